#pragma once
// The one date range every dashboard page shows (SPEC §3): presets 7d, 30d, 90d, 6m, 1y, all and
// custom, and the period just before it of the same length, which the charts draw faintly
// behind the current one for comparison.
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace insights {

struct DateRange {
    QDate from; // invalid: from the first day
    QDate to;   // invalid: to the last day (inclusive)

    bool isBounded() const { return from.isValid() && to.isValid(); }
    qint64 days() const { return isBounded() ? from.daysTo(to) + 1 : 0; }
    bool contains(const QDate &d) const { return (!from.isValid() || d >= from) && (!to.isValid() || d <= to); }
    // The same number of days, ending the day before `from`.
    DateRange previous() const { return {from.addDays(-days()), from.addDays(-1)}; }
    bool operator==(const DateRange &other) const = default;
};

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
