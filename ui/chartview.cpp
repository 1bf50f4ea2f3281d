#include "chartview.h"

#include "chartexport.h"
#include "chartfactory.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QGraphicsLineItem>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QToolTip>

namespace insights {

namespace {

QString number(double v)
{
    return QLocale().toString(v, 'f', std::abs(v - std::round(v)) < 1e-9 ? 0 : 1);
}

} // namespace

ChartView::ChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setMinimumHeight(260);
    setFocusPolicy(Qt::StrongFocus);
    setChart(new QChart);
    m_crosshair = new QGraphicsLineItem;
    m_crosshair->setZValue(100);
    m_crosshair->hide();
    scene()->addItem(m_crosshair);
}

void ChartView::setData(const ChartData &data)
{
    m_data = data;
    ChartFactory::populate(chart(), data, palette());
    setAccessibleName(data.title);
    m_crosshair->hide();
}

QString ChartView::describeDay(const QDate &day) const
{
    if (!m_data.range.contains(day) || !m_data.range.isBounded())
        return {};
    const qsizetype i = m_data.range.from.daysTo(day);
    QStringList lines{QStringLiteral("<b>%1</b>").arg(m_data.daysSinceStart ? tr("Day %1").arg(QLocale().toString(m_data.range.from.daysTo(day)))
                                                                             : QLocale().toString(day, QLocale::LongFormat))};
    for (const SeriesData &s : m_data.series) {
        const auto v = s.values.value(i);
        QString line = QStringLiteral("%1: %2").arg(s.name.toHtmlEscaped(), v ? number(*v) : tr("no data"));
        if (!s.previous.isEmpty())
            if (const auto p = s.previous.value(i))
                line += tr(" (previous period: %1)").arg(number(*p));
        lines.append(line);
    }
    for (const Annotation &a : m_data.annotations)
        if (a.date == day)
            lines.append(QStringLiteral("▲ %1").arg(a.title.toHtmlEscaped()));
    return lines.join(QStringLiteral("<br>"));
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    const QRectF plot = chart()->plotArea();
    const QPointF scenePos = mapToScene(event->position().toPoint());
    if (!m_data.range.isBounded() || !plot.contains(scenePos) || chart()->series().isEmpty()) {
        m_crosshair->hide();
        QToolTip::hideText();
        return;
    }
    const QPointF value = chart()->mapToValue(scenePos);
    const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(value.x()) + 12 * 3600 * 1000, Qt::UTC).date();
    if (!m_data.range.contains(day))
        return;
    const QPointF at = chart()->mapToPosition(QPointF(double(ChartFactory::msecs(day)), 0));
    QColor color = palette().color(QPalette::WindowText);
    color.setAlpha(110);
    m_crosshair->setPen(QPen(color, 1, Qt::DotLine));
    m_crosshair->setLine(at.x(), plot.top(), at.x(), plot.bottom());
    m_crosshair->show();
    QToolTip::showText(event->globalPosition().toPoint(), describeDay(day), this);
}

void ChartView::leaveEvent(QEvent *event)
{
    m_crosshair->hide();
    QChartView::leaveEvent(event);
}

void ChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_data.range.isBounded())
        ChartFactory::populate(chart(), m_data, palette()); // light/dark switch
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    // The day under the pointer, when it is inside the plot: a note goes there.
    const QPointF scenePos = mapToScene(event->pos());
    if (m_data.range.isBounded() && !m_data.daysSinceStart && chart()->plotArea().contains(scenePos) && !chart()->series().isEmpty()) {
        const QPointF value = chart()->mapToValue(scenePos);
        const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(value.x()) + 12 * 3600 * 1000, Qt::UTC).date();
        if (m_data.range.contains(day)) {
            menu.addAction(tr("Add a note on %1…").arg(QLocale().toString(day, QLocale::ShortFormat)), this,
                           [this, day] { emit noteRequested(day); })
                ->setObjectName(QStringLiteral("addNote"));
            menu.addSeparator();
        }
    }
    menu.addAction(tr("Export as PNG…"), this, &ChartView::exportPng);
    menu.addAction(tr("Export as SVG…"), this, &ChartView::exportSvg);
    menu.addAction(tr("Copy"), this, &ChartView::copyToClipboard);
    menu.exec(event->globalPos());
}

QString ChartView::suggestedFileName(const QString &suffix) const
{
    // The Pictures folder, as users expect of a picture; home where the desktop has none.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QDir::homePath();
    return QDir(dir).filePath(QStringLiteral("insights-%1-%2.%3").arg(m_data.id, m_data.range.to.toString(Qt::ISODate), suffix));
}

void ChartView::exportPng()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), suggestedFileName(QStringLiteral("png")),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (auto st = ChartExport::savePng(m_data, path, size(), devicePixelRatioF(), palette()); !st)
        QMessageBox::warning(this, tr("Export chart"), st.errorMessage());
}

void ChartView::exportSvg()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), suggestedFileName(QStringLiteral("svg")),
                                                      tr("SVG images (*.svg)"));
    if (path.isEmpty())
        return;
    if (auto st = ChartExport::saveSvg(m_data, path, size(), palette()); !st)
        QMessageBox::warning(this, tr("Export chart"), st.errorMessage());
}

void ChartView::copyToClipboard()
{
    QApplication::clipboard()->setImage(ChartExport::image(m_data, size(), devicePixelRatioF(), palette()));
}

} // namespace insights
