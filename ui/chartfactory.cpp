#include "chartfactory.h"

#include "chartaxes.h"
#include "chartlegend.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>
#include <cmath>
#include <limits>
#include <memory>

namespace insights {

namespace {

const QList<QColor> &seriesColors()
{
    static const QList<QColor> colors = {QColor(0x2f, 0x7e, 0xd8), QColor(0xe8, 0x6a, 0x1a), QColor(0x2e, 0xa0, 0x4f),
                                         QColor(0x9b, 0x59, 0xb6), QColor(0xd6, 0x33, 0x6c), QColor(0x16, 0xa0, 0xa0),
                                         QColor(0xc9, 0xa2, 0x27), QColor(0x7f, 0x8c, 0x8d), QColor(0x5d, 0x6d, 0xd8),
                                         QColor(0xa0, 0x52, 0x2d)};
    return colors;
}

QColor annotationColor(Annotation::Kind kind)
{
    switch (kind) {
    case Annotation::Kind::Release: return QColor(0x2e, 0xa0, 0x4f);
    case Annotation::Kind::RedditPost: return QColor(0xff, 0x45, 0x00);
    case Annotation::Kind::StarBurst: return QColor(0xe3, 0xb3, 0x41);
    case Annotation::Kind::Record: return QColor(0xd6, 0x33, 0x6c);
    case Annotation::Kind::Event: return QColor(0x7f, 0x8c, 0x8d);
    case Annotation::Kind::Note: return QColor(0x5d, 0x6d, 0xd8);
    }
    return Qt::gray;
}

// Marks the gap-shading series a chart keeps across redraws.
constexpr const char *kGapShading = "insightsGapShading";

// Beyond ~4 months daily points read as noise: draw one point per week (the mean of its days
// with data, at the week's middle, so the axis stays "per day" for counts and rates alike; the
// axis title says "weekly mean") instead of one per day. Lines keep their shape, stacked
// areas stay aligned, and painting costs a seventh; tooltips still read the daily values.
// Stacked areas go weekly sooner: ten layers of daily noise over months are unreadable, and
// each layer is a filled polygon (the costliest thing a chart paints).
int bucketDays(const ChartData &data)
{
    const qint64 upTo = data.kind == ChartData::Kind::StackedAreas ? ChartFactory::kDailyAreasUpTo : ChartFactory::kDailyPointsUpTo;
    return data.range.days() > upTo ? 7 : 1;
}

// `values` over buckets of `bucket` days: the mean of the bucket's days with a value, or for a
// running total (`cumulative`) its last known value, the total the week ended on. A bucket
// without any value is a gap.
DailyValues bucketed(const DailyValues &values, int bucket, bool cumulative = false)
{
    if (bucket <= 1)
        return values;
    DailyValues out;
    out.reserve(values.size() / bucket + 1);
    for (qsizetype i = 0; i < values.size(); i += bucket) {
        double sum = 0;
        int n = 0;
        std::optional<double> last;
        for (qsizetype j = i; j < std::min(values.size(), i + bucket); ++j)
            if (values[j]) {
                sum += *values[j];
                last = values[j];
                ++n;
            }
        out.append(cumulative ? last : n ? std::optional<double>(sum / n) : std::nullopt);
    }
    return out;
}

// x of point i when points are `bucket` days apart from `from` (the bucket's middle).
double xOf(const QDate &from, qsizetype i, int bucket, qint64 shiftMs = 0)
{
    return double(ChartFactory::msecs(from.addDays(i * bucket)) + shiftMs) + (bucket - 1) * 12 * 3600e3;
}

// Consecutive points with a value, as point lists: a gap ends a line instead of dropping to zero.
QList<QList<QPointF>> segments(const DailyValues &daily, const QDate &from, int bucket, bool cumulative, bool positiveOnly,
                               qint64 shiftMs = 0)
{
    DailyValues values = bucketed(daily, bucket, cumulative);
    if (positiveOnly) // on a log scale zero has no place: a gap
        for (auto &v : values)
            if (v && *v <= 0)
                v.reset();
    QList<QList<QPointF>> out;
    QList<QPointF> current;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!values[i]) {
            if (!current.isEmpty())
                out.append(std::exchange(current, {}));
            continue;
        }
        current.append(QPointF(xOf(from, i, bucket, shiftMs), *values[i]));
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

double maxOf(const DailyValues &values)
{
    double m = 0;
    for (const auto &v : values)
        if (v)
            m = std::max(m, *v);
    return m;
}

double minOf(const DailyValues &values, double fallback)
{
    double m = fallback;
    for (const auto &v : values)
        if (v)
            m = std::min(m, *v);
    return m;
}

bool hasValue(const ChartData &data)
{
    const auto any = [](const DailyValues &values) { return std::any_of(values.begin(), values.end(), [](const auto &v) { return v.has_value(); }); };
    return std::any_of(data.series.begin(), data.series.end(), [&](const SeriesData &s) { return any(s.values) || any(s.previous); });
}

// The centred "No data for this range" of an empty chart: a child item of the chart, found again
// by its data key, kept centred as the chart is resized.
constexpr int kEmptyTextKey = 0x1e5;

QGraphicsSimpleTextItem *emptyText(QChart *chart, bool create)
{
    for (QGraphicsItem *item : chart->childItems())
        if (item->data(kEmptyTextKey).toBool())
            return static_cast<QGraphicsSimpleTextItem *>(item);
    if (!create)
        return nullptr;
    auto *text = new QGraphicsSimpleTextItem(chart);
    text->setData(kEmptyTextKey, true);
    text->setZValue(10);
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, [chart] {
        if (QGraphicsSimpleTextItem *t = emptyText(chart, false))
            t->setPos(chart->rect().center() - t->boundingRect().center());
    });
    return text;
}

} // namespace

bool ChartFactory::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QString ChartFactory::kindName(Annotation::Kind kind)
{
    switch (kind) {
    case Annotation::Kind::Release: return tr("▲ Releases");
    case Annotation::Kind::RedditPost: return tr("▲ Reddit posts");
    case Annotation::Kind::StarBurst: return tr("▲ Star bursts");
    case Annotation::Kind::Record: return tr("▲ All-time records");
    case Annotation::Kind::Event: return tr("▲ Events");
    case Annotation::Kind::Note: return tr("▲ Your notes");
    }
    return {};
}

QChart *ChartFactory::create(const ChartData &data, const QPalette &palette)
{
    auto *chart = new QChart;
    populate(chart, data, palette);
    return chart;
}

void ChartFactory::populate(QChart *chart, const ChartData &data, const QPalette &palette)
{
    // Line series and the gap shading stay in the chart across redraws: adding a series (a
    // graphics item and a legend marker each) costs more than its points, and a range with gaps
    // draws a line per stretch of days. Only points, pens and names change; what is left over goes.
    QAreaSeries *gapArea = nullptr;
    QList<QLineSeries *> spare;
    const QList<QAbstractSeries *> existing = chart->series();
    for (QAbstractSeries *series : existing) {
        if (!gapArea && series->property(kGapShading).toBool()) {
            gapArea = static_cast<QAreaSeries *>(series);
            continue;
        }
        if (series->type() == QAbstractSeries::SeriesTypeLine) {
            spare.append(static_cast<QLineSeries *>(series));
            continue;
        }
        chart->removeSeries(series);
        delete series;
    }
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    const bool dark = isDark(palette);
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(40);
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme || existing.isEmpty())
        chart->setTheme(theme); // restyles every item: only when it changes
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setTitle(data.title);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true); // axis labels with the locale's group separators ("12,000")
    chart->setLocale(QLocale());
    const auto dropSpare = [&] {
        for (QLineSeries *line : std::as_const(spare)) {
            chart->removeSeries(line);
            delete line;
        }
        spare.clear();
    };
    QGraphicsSimpleTextItem *noData = emptyText(chart, false);
    if (noData)
        noData->hide();
    if (!data.range.isBounded() || !hasValue(data)) {
        // No axes and no flat zero line: a 0–1 grid would read as "zero" where nothing is known.
        if (data.range.isBounded()) {
            noData = emptyText(chart, true);
            noData->setText(tr("No data for this range"));
            noData->setBrush(text);
            noData->setPos(chart->rect().center() - noData->boundingRect().center());
            noData->show();
        }
        dropSpare();
        if (gapArea) {
            chart->removeSeries(gapArea);
            delete gapArea;
        }
        return;
    }

    // Stacked areas add up per day; a gap counts as nothing there and is shaded.
    // A layer hidden by a legend click adds nothing: the layers above it close the gap.
    QList<DailyValues> stacked;
    const QStringList hidden = ChartLegend::hiddenNames(chart);
    if (data.kind == ChartData::Kind::StackedAreas) {
        DailyValues running(data.range.days(), std::optional<double>(0.0));
        for (const SeriesData &s : data.series) {
            if (!hidden.contains(s.name))
                for (qsizetype i = 0; i < running.size(); ++i)
                    running[i] = *running[i] + s.values.value(i).value_or(0);
            stacked.append(running);
        }
    }
    double mins[2] = {std::numeric_limits<double>::max(), std::numeric_limits<double>::max()};
    double maxs[2] = {0, 0};
    for (qsizetype i = 0; i < data.series.size(); ++i) {
        const SeriesData &s = data.series[i];
        const int a = s.axis == 1 ? 1 : 0;
        maxs[a] = std::max(maxs[a], stacked.isEmpty() ? std::max(maxOf(s.values), maxOf(s.previous)) : maxOf(stacked[i]));
        mins[a] = std::min(mins[a], minOf(s.values, minOf(s.previous, mins[a])));
    }
    const int bucket = bucketDays(data);
    const auto axisTitle = [&](const QString &unit, const NiceScale &scale, int axis) {
        QString title = unit;
        if (scale.min > 0) // not from zero: say so where the numbers are read
            title = tr("%1 (axis from %2)").arg(unit, ChartAxes::tickLabel(scale.min, scale.step));
        const bool means = std::any_of(data.series.begin(), data.series.end(), [&](const SeriesData &s) { return s.axis == axis && !s.cumulative; });
        if (bucket > 1)
            title = means ? tr("%1, weekly mean").arg(title) : tr("%1, weekly").arg(title);
        return title;
    };

    // A log scale needs a value above zero; days at zero are left out of its lines (a gap, not
    // a cliff to the bottom of the chart), and the axis title says so.
    double minPositive = std::numeric_limits<double>::max();
    for (const SeriesData &s : data.series)
        if (s.axis != 1)
            for (const DailyValues *values : {&s.values, &s.previous})
                for (const auto &v : *values)
                    if (v && *v > 0)
                        minPositive = std::min(minPositive, *v);
    const bool log = data.logScale && data.kind == ChartData::Kind::Lines && minPositive < std::numeric_limits<double>::max();

    QCategoryAxis *x = data.daysSinceStart ? ChartAxes::dayAxis(data.range, text, grid) : ChartAxes::dateAxis(data.range, text, grid);
    NiceScale leftScale = ChartAxes::scaleFor(data, 0, mins[0], maxs[0]);
    const bool twoAxes = std::any_of(data.series.begin(), data.series.end(), [](const SeriesData &s) { return s.axis == 1; });
    NiceScale rightScale;
    if (twoAxes && log) {
        rightScale = ChartAxes::scaleFor(data, 1, mins[1], maxs[1]); // its own ticks: no grid of its own
    } else if (twoAxes) {
        // As many intervals on both: the left axis' grid lines are the right axis' ticks too (a
        // second grid that does not match the first reads as noise), so the right draws none.
        rightScale = ChartAxes::scaleFor(data, 1, mins[1], maxs[1]);
        ChartAxes::alignScales(leftScale, rightScale, {maxs[0], data.unit != QLatin1String("%")}, {maxs[1], data.rightUnit != QLatin1String("%")});
    }
    QAbstractAxis *y = nullptr;
    double top = 0, bottom = 0, leftLabels = 0;
    if (log) {
        QString title = tr("%1, log scale").arg(axisTitle(data.unit, NiceScale{}, 0));
        QLogValueAxis *logY = ChartAxes::logAxis(minPositive, maxs[0], title, text, grid);
        top = logY->max();
        bottom = logY->min();
        leftLabels = ChartAxes::logLabelWidth(logY);
        y = logY;
    } else {
        QValueAxis *valueY = ChartAxes::valueAxis(leftScale, axisTitle(data.unit, leftScale, 0), text, grid);
        top = valueY->max();
        bottom = valueY->min();
        leftLabels = ChartAxes::labelWidth(valueY, leftScale);
        y = valueY;
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    QValueAxis *y2 = nullptr;
    if (twoAxes) {
        y2 = ChartAxes::valueAxis(rightScale, axisTitle(data.rightUnit, rightScale, 1), text, grid);
        y2->setGridLineVisible(false);
        chart->addAxis(y2, Qt::AlignRight);
    }
    ChartAxes::setMargins(chart, x, y, leftLabels, y2 != nullptr);
    ChartAxes::showAxisBreak(chart, !log && leftScale.min > 0, text);
    const auto attach = [&](QAbstractSeries *series, int axis) {
        if (!series->chart())
            chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(axis == 1 && y2 ? y2 : y);
    };
    // A line series: a spare one in chart order (so the drawing order stays), else a new one.
    const auto takeLine = [&]() -> QLineSeries * {
        QLineSeries *line = spare.isEmpty() ? new QLineSeries : spare.takeFirst();
        line->setVisible(true); // a legend click may have hidden it before this redraw
        return line;
    };
    const auto showInLegend = [&](QAbstractSeries *series, bool shown) { ChartLegend::setListed(series, shown); };

    // Shaded gaps first (the chart's first series), so the lines are drawn over them.
    {
        QList<QPointF> points;
        for (const DateRange &gap : data.gaps) {
            const double a = double(msecs(gap.from)) - 12 * 3600e3, b = double(msecs(gap.to)) + 12 * 3600e3;
            points << QPointF(a, bottom) << QPointF(a, top) << QPointF(b, top) << QPointF(b, bottom);
        }
        if (!gapArea) {
            gapArea = new QAreaSeries(new QLineSeries);
            gapArea->upperSeries()->setParent(gapArea); // an area series does not own its lines
            gapArea->setProperty(kGapShading, true);
            gapArea->setName(tr("No data"));
            gapArea->setPen(Qt::NoPen);
            chart->addSeries(gapArea);
        }
        gapArea->upperSeries()->replace(points);
        gapArea->setVisible(true);
        QColor shade = text;
        shade.setAlpha(dark ? 40 : 28);
        gapArea->setBrush(shade);
        attach(gapArea, 0);
        showInLegend(gapArea, !points.isEmpty());
    }

    const qint64 shift = msecs(data.range.from) - msecs(data.range.previous().from);
    // Each stacked layer's top as points, once: a layer's bottom is the top of the one below.
    QList<QList<QPointF>> layerTops;
    for (const DailyValues &layer : std::as_const(stacked)) {
        const DailyValues points = bucketed(layer, bucket);
        QList<QPointF> layerTop;
        layerTop.reserve(points.size());
        for (qsizetype d = 0; d < points.size(); ++d)
            layerTop.append(QPointF(xOf(data.range.from, d, bucket), points[d].value_or(0)));
        layerTops.append(layerTop);
    }
    for (qsizetype i = 0; i < data.series.size(); ++i) {
        const SeriesData &s = data.series[i];
        const QColor color = seriesColors().at(i % seriesColors().size());
        if (!s.previous.isEmpty() && data.kind == ChartData::Kind::Lines) {
            bool first = true;
            for (const QList<QPointF> &points : segments(s.previous, data.range.previous().from, bucket, s.cumulative, log && s.axis != 1, shift)) {
                QLineSeries *line = takeLine();
                line->setName(tr("%1 (previous period)").arg(s.name));
                QColor faint = color;
                faint.setAlpha(110);
                QPen pen(faint, 1, Qt::SolidLine);
                pen.setCosmetic(true); // the fast path: a dashed 1.5 px pen took longer than the rest of the chart
                line->setPen(pen);
                line->setPointsVisible(false);
                line->replace(points);
                attach(line, s.axis);
                showInLegend(line, std::exchange(first, false));
            }
        }
        if (data.kind == ChartData::Kind::StackedAreas) {
            auto *upper = new QLineSeries;
            auto *lower = i > 0 ? new QLineSeries : nullptr; // a hidden layer: upper == lower
            upper->replace(layerTops[i]);
            if (lower)
                lower->replace(layerTops[i - 1]);
            auto *area = new QAreaSeries(upper, lower);
            upper->setParent(area); // an area series does not own its lines: they went with it
            if (lower)
                lower->setParent(area);
            area->setName(s.name);
            QColor fill = color;
            fill.setAlpha(255); // opaque: layers never overlap, and blending doubled the paint time
            const bool hiddenLayer = hidden.contains(s.name); // no height (see above) and no paint
            area->setBrush(hiddenLayer ? QBrush(Qt::NoBrush) : QBrush(fill));
            // No outline: the opaque layers' colours part them as well, and stroking ten outlines
            // (each layer's edges twice, antialiased) was ~10 ms of every redraw of the Activity page.
            area->setPen(QPen(Qt::NoPen));
            attach(area, s.axis);
            continue;
        }
        bool first = true;
        for (const QList<QPointF> &points : segments(s.values, data.range.from, bucket, s.cumulative, log && s.axis != 1)) {
            QLineSeries *line = takeLine();
            line->setName(s.name);
            line->setPen(QPen(color, 2));
            line->setPointsVisible(points.size() == 1);
            line->replace(points);
            attach(line, s.axis);
            showInLegend(line, std::exchange(first, false));
        }
    }
    dropSpare();

    // Markers along the top, one legend entry per kind.
    QMap<int, QList<QPointF>> byKind;
    for (const Annotation &a : data.annotations)
        if (data.range.contains(a.date))
            byKind[int(a.kind)].append(QPointF(double(msecs(a.date)), log ? bottom * std::pow(top / bottom, 0.97) : bottom + (top - bottom) * 0.97));
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        auto *markers = new QScatterSeries;
        markers->setName(kindName(Annotation::Kind(it.key())));
        markers->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        markers->setMarkerSize(11);
        markers->setColor(annotationColor(Annotation::Kind(it.key())));
        markers->setBorderColor(palette.color(QPalette::Base));
        markers->replace(it.value());
        attach(markers, 0);
    }
    if (data.kind == ChartData::Kind::StackedAreas)
        ChartLegend::connectToggles(chart, [chart, shared = std::make_shared<const ChartData>(data), palette] { populate(chart, *shared, palette); });
    else
        ChartLegend::connectToggles(chart);
}

} // namespace insights
