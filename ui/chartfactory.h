#pragma once
// Turns a page's ChartData into a Qt Charts QChart: one line (or stacked area) per series built
// from a point list and set with replace() once, the previous period drawn faintly behind, days
// without data shaded (never drawn as zero), annotations as markers, and a date axis whose ticks
// fall on calendar boundaries (days, Mondays, month or year starts). The window and
// `insights chart` draw with this one code.
#include "dashboard/pagedata.h"

#include <QCoreApplication>
#include <QPalette>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace insights {

class ChartFactory final {
    Q_DECLARE_TR_FUNCTIONS(ChartFactory)
public:
    static QChart *create(const ChartData &data, const QPalette &palette);
    // Clears `chart` and draws `data` into it (a range change redraws in place).
    static void populate(QChart *chart, const ChartData &data, const QPalette &palette);

    // Longer ranges are drawn one point per week, the mean of its days (tooltips keep the days):
    // 365 daily points read as noise.
    static constexpr qint64 kDailyPointsUpTo = 120;
    static constexpr qint64 kDailyAreasUpTo = 92;

    static qint64 msecs(const QDate &day) { return day.startOfDay(Qt::UTC).toMSecsSinceEpoch(); }
    static QString kindName(Annotation::Kind kind);
    static bool isDark(const QPalette &palette);
};

} // namespace insights
