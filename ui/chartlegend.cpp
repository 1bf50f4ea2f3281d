#include "chartlegend.h"

#include <QAbstractSeries>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>

namespace insights::ChartLegend {

namespace {
constexpr const char *kListed = "insightsListed";
constexpr const char *kHidden = "insightsHidden";
}

QStringList hiddenNames(const QChart *chart)
{
    return chart->property(kHidden).toStringList();
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

void connectToggles(QChart *chart, std::function<void()> restack)
{
    // After a redraw every series is shown but those a stacked chart keeps hidden: undo the
    // dimming of an entry hidden before.
    const QColor text = chart->legend()->labelColor();
    QColor dimmed = text;
    dimmed.setAlpha(90);
    const QStringList hidden = hiddenNames(chart);
    for (QLegendMarker *marker : chart->legend()->markers()) {
        // A stacked chart draws its hidden layers with no height and no paint instead of hiding
        // them: Qt hides a hidden series' legend entry too, at a time of its choosing.
        const bool shown = !hidden.contains(marker->series()->name());
        marker->setVisible(isListed(marker->series()));
        marker->setLabelBrush(shown ? text : dimmed);
        QObject::disconnect(marker, &QLegendMarker::clicked, nullptr, nullptr);
        if (!restack) {
            QObject::connect(marker, &QLegendMarker::clicked, marker, [chart, marker] { toggle(chart, marker->series()); });
            continue;
        }
        // The redraw replaces the markers: it runs after the click has been handled.
        QObject::connect(marker, &QLegendMarker::clicked, marker, [chart, marker, restack] {
            QStringList names = hiddenNames(chart);
            const QString name = marker->series()->name();
            if (!names.removeAll(name))
                names.append(name);
            chart->setProperty(kHidden, names);
            QMetaObject::invokeMethod(chart, restack, Qt::QueuedConnection);
        });
    }
}

} // namespace insights::ChartLegend
