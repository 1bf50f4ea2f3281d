#pragma once
// Reading a long span of days in answers the public ClickHouse endpoint returns whole: it cuts
// every answer at 1,000 rows (API-NOTES §0.6), so a backfill first asks how many rows each day
// will give (a plan, one row per day), then reads the days in windows of consecutive days whose
// rows stay under the cut, newest first. A single day with more rows than one answer may hold is
// read in pages (ORDER BY … LIMIT … OFFSET …). Days still to read are kept as text ranges in
// collector_state, so an interrupted backfill continues where it stopped.
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <utility>

namespace insights {

struct DayWindow {
    QDate first; // oldest day, inclusive
    QDate last;  // newest day, inclusive
    qint64 rows = 0; // rows the window's detail query answers, from the plan
    int pages = 1;   // > 1 only for a single day with more rows than one answer may hold

    int queries() const { return rows == 0 ? 0 : pages; }
};

namespace daywindows {

// Below the endpoint's max_result_rows = 1000 ("every answer < 1,000 rows", SPEC §6).
constexpr int kMaxRows = 999;
// Days per plan query: a plan answers one row per day.
constexpr int kMaxPlanDays = 999;

// Windows over the days of `rowsPerDay` (every day to read, with the rows its detail query
// answers; 0 allowed), newest first. A window holds consecutive days only, and at most
// `maxRows` rows unless it is a single day, which then has pages.
QList<DayWindow> pack(const QMap<QDate, qint64> &rowsPerDay, int maxRows = kMaxRows);
// The queries reading `windows` will take.
inline int queriesOf(const QList<DayWindow> &windows)
{
    int n = 0;
    for (const DayWindow &w : windows)
        n += w.queries();
    return n;
}
// Spans [first, last] covering `days` (any order), each at most `maxDays` long, oldest first.
QList<std::pair<QDate, QDate>> spans(QList<QDate> days, int maxDays = kMaxPlanDays);

// "2025-05-21..2025-08-24,2026-05-18..2026-05-18"; any order in, ranges oldest first out.
QString encode(QList<QDate> days);
// Ascending, without duplicates; an unreadable range is skipped (costs a re-read at most).
QList<QDate> decode(const QString &text);
// Every day of [first, last].
QList<QDate> range(const QDate &first, const QDate &last);

} // namespace daywindows
} // namespace insights
