#pragma once
// The one date range every dashboard page shows (SPEC §3): presets 7d, 30d, 90d, 6m, 1y, all and
// custom. The range itself and the period just before it of the same length, which the charts
// draw faintly behind the current one for comparison, are DateRange (util/daterange.h).
#include "util/daterange.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace insights {

enum class RangePreset { Days7, Days30, Days90, Months6, Year1, All, Custom };

class DateRanges final {
    Q_DECLARE_TR_FUNCTIONS(DateRanges)
public:
    // `firstDataDay`: the oldest stored day of the page ("all"); invalid: a year.
    static DateRange forPreset(RangePreset preset, const QDate &today, const QDate &firstDataDay = {});
    static QString label(RangePreset preset);   // "7 days", … for buttons
    static QString key(RangePreset preset);     // "7d", "30d", "90d", "6m", "1y", "all", "custom"
    static std::optional<RangePreset> fromKey(const QString &key);
    static QList<RangePreset> presets();        // in display order, Custom last
};

} // namespace insights
