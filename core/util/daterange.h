#pragma once
// A span of whole days, either end open. The plain type every layer passes around (storage's
// monthly sums split one; queries and pages answer for one); the presets and their labels are
// in queries/daterange.h.
#include <QDate>

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

} // namespace insights
