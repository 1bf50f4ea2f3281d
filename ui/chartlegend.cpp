#include "chartlegend.h"

#include <QAbstractSeries>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>

namespace insights::ChartLegend {

namespace {
constexpr const char *kListed = "insightsListed";
}

void setListed(QAbstractSeries *series, bool listed)
{
    series->setProperty(kListed, listed);
    if (QChart *chart = series->chart())
        for (QLegendMarker *marker : chart->legend()->markers(series))
            marker->setVisible(listed);
}

bool isListed(const QAbstractSeries *series)
{
    const QVariant listed = series->property(kListed);
    return !listed.isValid() || listed.toBool();
}

void toggle(QChart *chart, QAbstractSeries *series)
{
    const bool show = !series->isVisible();
    const QString name = series->name();
    for (QAbstractSeries *s : chart->series())
        if (s->name() == name)
            s->setVisible(show);
    // Qt hides a hidden series' marker too; keep the entry (dimmed) so it can be clicked back.
    const QColor text = chart->legend()->labelColor();
    QColor dimmed = text;
    dimmed.setAlpha(90);
    for (QLegendMarker *marker : chart->legend()->markers()) {
        marker->setVisible(isListed(marker->series()));
        marker->setLabelBrush(marker->series()->isVisible() ? text : dimmed);
    }
}

void connectToggles(QChart *chart)
{
    // After a redraw every series is shown: undo the dimming of an entry hidden before.
    const QColor text = chart->legend()->labelColor();
    for (QLegendMarker *marker : chart->legend()->markers()) {
        marker->setLabelBrush(text);
        QObject::disconnect(marker, &QLegendMarker::clicked, nullptr, nullptr);
        QObject::connect(marker, &QLegendMarker::clicked, marker, [chart, marker] { toggle(chart, marker->series()); });
    }
}

} // namespace insights::ChartLegend
