#include "chartaxes.h"

#include "chartfactory.h"

#include <QCategoryAxis>
#include <QCoreApplication>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QLogValueAxis>
#include <QPainterPath>
#include <QPen>
#include <QLocale>
#include <QValueAxis>
#include <cmath>
#include <limits>

namespace insights {

NiceScale ChartAxes::niceScale(double lo, double hi, bool integer, int ticks)
{
    if (!(hi > lo)) // nothing or one value: a unit-sized range above it
        hi = lo + (integer ? 1.0 : std::max(1.0, std::abs(lo)));
    const double raw = (hi - lo) / std::max(1, ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * magnitude;
    for (double m : {1.0, 2.0, 5.0})
        if (m * magnitude >= raw - 1e-12 * magnitude) {
            step = m * magnitude;
            break;
        }
    if (integer)
        step = std::max(1.0, std::round(step)); // 1-2-5 × 10^n ≥ 1 is whole already
    NiceScale scale;
    scale.step = step;
    scale.min = std::floor(lo / step + 1e-9) * step;
    scale.max = std::ceil(hi / step - 1e-9) * step;
    if (scale.max <= scale.min)
        scale.max = scale.min + step;
    return scale;
}

int ChartAxes::decimalsFor(double step)
{
    if (step >= 1 || step <= 0)
        return 0;
    return std::min(6, int(std::ceil(-std::log10(step) - 1e-9)));
}

QString ChartAxes::tickLabel(double value, double step)
{
    if (std::abs(value) < step * 1e-9)
        value = 0; // never "-0"
    return QLocale().toString(value, 'f', decimalsFor(step));
}

double ChartAxes::labelWidth(const QValueAxis *axis, const NiceScale &scale)
{
    const QFontMetricsF metrics(axis->labelsFont());
    double width = 0;
    for (double v = scale.min; v <= scale.max + scale.step / 2; v += scale.step)
        width = std::max(width, metrics.horizontalAdvance(tickLabel(v, scale.step)));
    return width;
}

NiceScale ChartAxes::scaleFor(const ChartData &data, int axis, double min, double max)
{
    const bool integer = (axis == 1 ? data.rightUnit : data.unit) != QLatin1String("%");
    const bool cumulative = data.kind == ChartData::Kind::Lines
        && std::any_of(data.series.begin(), data.series.end(), [&](const SeriesData &s) { return s.axis == axis && s.cumulative; });
    if (cumulative && min > 0) {
        const NiceScale tight = niceScale(min, max, integer);
        if (tight.min > 0)
            return tight;
    }
    return niceScale(std::min(0.0, min), max, integer);
}

namespace {

// The smallest step of 1, 2, 2.5 or 5 × 10^n (whole for counts) whose `intervals` steps from a
// multiple of it at or below `lo` reach `hi`.
NiceScale fitted(double lo, double hi, bool integer, int intervals)
{
    const double raw = std::max(hi - lo, integer ? 1.0 : 1e-9) / intervals;
    double magnitude = std::pow(10.0, std::floor(std::log10(raw)) - 1);
    for (int guard = 0; guard < 8; ++guard, magnitude *= 10)
        for (double m : {1.0, 2.0, 2.5, 5.0}) {
            const double step = m * magnitude;
            if (integer && std::abs(step - std::round(step)) > 1e-9)
                continue;
            const double min = std::floor(lo / step + 1e-9) * step;
            if (min + intervals * step >= hi - 1e-9 * step)
                return NiceScale{min, min + intervals * step, step};
        }
    return ChartAxes::niceScale(lo, hi, integer, intervals);
}

} // namespace

void ChartAxes::alignScales(NiceScale &left, NiceScale &right, const AxisSpan &leftSpan, const AxisSpan &rightSpan)
{
    // Of 4 to 7 intervals, the count that wastes the least of both axes' heights.
    double best = std::numeric_limits<double>::max();
    for (int n = 4; n <= 7; ++n) {
        const NiceScale l = fitted(left.min, leftSpan.hi, leftSpan.integer, n);
        const NiceScale r = fitted(right.min, rightSpan.hi, rightSpan.integer, n);
        const double waste = (l.max - l.min) / std::max(1e-9, leftSpan.hi - l.min) + (r.max - r.min) / std::max(1e-9, rightSpan.hi - r.min);
        if (waste < best - 1e-9) {
            best = waste;
            left = l;
            right = r;
        }
    }
}

namespace {
constexpr int kAxisBreakKey = 0xb2e;
}

QGraphicsItem *ChartAxes::axisBreak(const QChart *chart)
{
    for (QGraphicsItem *item : chart->childItems())
        if (item->data(kAxisBreakKey).toBool())
            return item;
    return nullptr;
}

void ChartAxes::showAxisBreak(QChart *chart, bool show, const QColor &color)
{
    auto *mark = static_cast<QGraphicsPathItem *>(axisBreak(chart));
    if (!show) {
        if (mark)
            mark->hide();
        return;
    }
    if (!mark) {
        mark = new QGraphicsPathItem(chart);
        mark->setData(kAxisBreakKey, true);
        mark->setZValue(20);
        QPainterPath path; // two parallel strokes across the axis line, 8 px apart
        path.moveTo(-6, 2);
        path.lineTo(6, -4);
        path.moveTo(-6, 8);
        path.lineTo(6, 2);
        mark->setPath(path);
        const auto place = [chart, mark] { mark->setPos(chart->plotArea().bottomLeft() + QPointF(0, -10)); };
        QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
        place();
    }
    QPen pen(color, 1.5);
    pen.setCosmetic(true);
    mark->setPen(pen);
    mark->setBrush(Qt::NoBrush);
    mark->show();
}

// Charts stacked on a page line up: the left axis takes the room of a six-digit label whatever
// its own labels are. The date axis centres its last label on the range's end: the right margin
// leaves room for half of it, so it is not cut ("30 No…").
void ChartAxes::setMargins(QChart *chart, QCategoryAxis *x, const QAbstractAxis *y, double leftLabels, bool rightAxis)
{
    const double reserve = QFontMetricsF(y->labelsFont()).horizontalAdvance(tickLabel(888888, 1));
    const int left = 6 + int(std::max(0.0, reserve - leftLabels));
    double dateLabel = 0;
    const QFontMetricsF dateMetrics(x->labelsFont());
    for (const QString &label : x->categoriesLabels())
        dateLabel = std::max(dateLabel, dateMetrics.horizontalAdvance(label));
    const int right = rightAxis ? 6 : 6 + int(std::ceil(dateLabel / 2));
    chart->setMargins(QMargins(left, 6, right, 6));
}

QLogValueAxis *ChartAxes::logAxis(double minPositive, double max, const QString &title, const QColor &text, const QColor &grid)
{
    auto *axis = new QLogValueAxis;
    axis->setBase(10);
    const double low = std::pow(10.0, std::floor(std::log10(minPositive) + 1e-9));
    double high = std::pow(10.0, std::ceil(std::log10(std::max(max, minPositive)) - 1e-9));
    if (high <= low)
        high = low * 10;
    axis->setRange(low, high);
    // Whole numbers from 1 up; a decimal only for the powers below 1 (a rate of 0.5 %).
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(low >= 1 ? 0 : std::min(6, int(std::ceil(-std::log10(low) - 1e-9)))));
    axis->setMinorTickCount(8); // 2 … 9 × each power, faint
    QColor minor = grid;
    minor.setAlpha(grid.alpha() / 2);
    axis->setMinorGridLineColor(minor);
    axis->setTitleText(title);
    axis->setLabelsColor(text);
    axis->setTitleBrush(text);
    axis->setGridLineColor(grid);
    axis->setLinePenColor(grid);
    return axis;
}

double ChartAxes::logLabelWidth(const QLogValueAxis *axis)
{
    const QFontMetricsF metrics(axis->labelsFont());
    double width = 0;
    for (double v = axis->min(); v <= axis->max() * 1.001; v *= 10)
        width = std::max(width, metrics.horizontalAdvance(tickLabel(v, v >= 1 ? 1 : v)));
    return width;
}

// The labels come from the chart's localized number formatting (QChart::setLocalizeNumbers):
// "%.0f" through QLocale gives "12,000", which a printf format cannot. Ticks are dynamic, anchored
// at the scale's minimum, so they fall on multiples of the step whatever the tick count would be.
QValueAxis *ChartAxes::valueAxis(const NiceScale &scale, const QString &title, const QColor &text, const QColor &grid)
{
    auto *axis = new QValueAxis;
    axis->setRange(scale.min, scale.max);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(scale.min);
    axis->setTickInterval(scale.step);
    axis->setMinorTickCount(0);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimalsFor(scale.step)));
    axis->setTitleText(title);
    axis->setLabelsColor(text);
    axis->setTitleBrush(text);
    axis->setGridLineColor(grid);
    axis->setLinePenColor(grid);
    return axis;
}

namespace {

// An x axis over `range`'s days, labelled at the values appended to it.
QCategoryAxis *dayRangeAxis(const DateRange &range, const QColor &text, const QColor &grid)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(double(ChartFactory::msecs(range.from)), double(ChartFactory::msecs(range.to)));
    axis->setLabelsColor(text);
    axis->setGridLineColor(grid);
    axis->setLinePenColor(grid);
    return axis;
}

} // namespace

QCategoryAxis *ChartAxes::dayAxis(const DateRange &range, const QColor &text, const QColor &grid)
{
    QCategoryAxis *axis = dayRangeAxis(range, text, grid);
    axis->setTitleText(QCoreApplication::translate("ChartAxes", "days since each one's first star or download"));
    axis->setTitleBrush(text);
    const NiceScale scale = niceScale(0, double(std::max<qint64>(1, range.days() - 1)), true, 6);
    for (double d = 0; d <= range.days() - 1; d += scale.step)
        axis->append(QCoreApplication::translate("ChartAxes", "Day %1").arg(QLocale().toString(qint64(d))),
                     double(ChartFactory::msecs(range.from.addDays(qint64(d)))));
    return axis;
}

// Ticks on calendar boundaries: every day, every Monday, each month, each quarter or each year.
QCategoryAxis *ChartAxes::dateAxis(const DateRange &range, const QColor &text, const QColor &grid)
{
    QCategoryAxis *axis = dayRangeAxis(range, text, grid);
    const qint64 days = range.days();
    const QLocale locale;
    const auto add = [&](const QDate &d, const QString &label) { axis->append(label, double(ChartFactory::msecs(d))); };
    if (days <= 16) {
        for (QDate d = range.from; d <= range.to; d = d.addDays(1))
            add(d, locale.toString(d, QStringLiteral("d MMM")));
    } else if (days <= 100) {
        for (QDate d = range.from.addDays((8 - range.from.dayOfWeek()) % 7); d <= range.to; d = d.addDays(7))
            add(d, locale.toString(d, QStringLiteral("d MMM")));
    } else if (days <= 800) {
        const int step = days <= 400 ? 1 : 2;
        for (QDate d(range.from.year(), range.from.month(), 1); d <= range.to; d = d.addMonths(step))
            if (d >= range.from)
                add(d, locale.toString(d, d.month() == 1 || days > 400 ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM")));
    } else if (days <= 1500) {
        for (QDate d(range.from.year(), ((range.from.month() - 1) / 3) * 3 + 1, 1); d <= range.to; d = d.addMonths(3))
            if (d >= range.from)
                add(d, locale.toString(d, QStringLiteral("MMM yyyy")));
    } else {
        for (QDate d(range.from.year(), 1, 1); d <= range.to; d = d.addYears(1))
            if (d >= range.from)
                add(d, QString::number(d.year()));
    }
    return axis;
}

} // namespace insights
