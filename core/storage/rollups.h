#pragma once
// Monthly sums of the breakdown metrics (PyPI versions, countries, installers, types; Plausible
// pages and countries), so a dashboard ranks items over a year or five from a few thousand rows
// instead of a million daily ones. Table insight_metric_month holds, per metric type, month,
// subject and item, the sums of value and of up to two metadata keys. It is derived data, kept
// in the transaction that writes the rows: rows that are new are added to their month's sums
// (Deltas); a month where a row changed is marked stale (insight_metric_month_stale) and rebuilt
// from its daily rows before the transaction ends. Readers treat a stale month as absent and
// read its daily rows instead.
#include "util/daterange.h"
#include "util/result.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <optional>
#include <QSqlDatabase>
#include <QStringList>

namespace insights {

class Rollups final {
public:
    // The metrics that have monthly sums, and the metadata keys summed beside the value.
    static bool has(const QString &metric);
    static QStringList extraKeys(const QString &metric);
    // Stars have monthly counts per place instead: item "location\x1f<spelling>" or
    // "company\x1f<spelling>" (trimmed; a company without its leading "@"), stars still there.
    static bool hasPlaces(const QString &metric) { return metric == QLatin1String("new_star"); }
    static constexpr QChar kPlaceSeparator = QChar(0x1f);
    // A place as it is counted: trimmed of spaces as SQLite's trim() does, a company also of
    // its leading "@" and spaces.
    static QString place(const QString &text, bool company);

    // A range as whole months (m1..m2, "YYYY-MM"; empty when there are none) and the days
    // outside them.
    struct Split {
        QString firstMonth, lastMonth;
        QList<DateRange> days;
        QList<DateRange> minusDays; // days of the whole months outside the range, to subtract
    };
    static Split split(const DateRange &range);
    // The same, where a month partly in the range still counts as whole when none of its rows
    // (of `metric`, for `subject`, "" any) lie outside the range: a range ending today takes
    // the current month from its sums instead of a month of daily rows. With `subtract`, a
    // partial month at either end whose days outside the range are fewer than those inside is
    // read whole, less those days (minusDays): a year from 8 December reads December's sums and
    // subtracts seven days instead of adding twenty-four. Sums only: a caller that subtracts
    // must not count rows.
    static Result<Split> split(QSqlDatabase &db, const QString &metric, const QString &subject, const DateRange &range,
                               bool subtract = false);
    // SQL for "this month's sums are not stale", for a query over insight_metric_month as
    // `alias`: stale for the chosen subject (bound as :subject), or for any when `bySubject` is
    // false — the same months the caller then reads from the daily rows (`stale`, as staleDays
    // gave them). With no stale month in the range it is only "1 = 1": PostgreSQL would otherwise
    // probe the (empty) stale table once per month row, 30,000 times for a Plausible site's pages.
    static QString freshMonthsSql(const QString &alias, bool bySubject, const QList<DateRange> &stale);
    // The months of m1..m2 whose sums are stale for `subject` ("" any subject), as day ranges.
    static Result<QList<DateRange>> staleDays(QSqlDatabase &db, const QString &metric, const QString &subject,
                                              const QString &firstMonth, const QString &lastMonth);

    struct Month {
        int metricTypeId = 0;
        QString subject;
        QString month; // YYYY-MM
        bool operator==(const Month &o) const = default;
    };
    // Sums of rows newly inserted, per month and item, added to the table by apply().
    class Deltas {
    public:
        // false: the row's figures cannot be summed here (its month must be rebuilt instead).
        bool add(int metricTypeId, const QString &metric, const QString &subject, const QString &month, const QString &item,
                 const std::optional<double> &value, const QJsonObject &metadata);
        bool isEmpty() const { return m_sums.isEmpty(); }
        Status apply(QSqlDatabase &db);

    private:
        Status applyPostgres(QSqlDatabase &db); // metricstorepostgres.cpp: a few statements, not one per month
        struct Key {
            int metricTypeId;
            QString subject, month, item;
            bool operator==(const Key &o) const = default;
        };
        struct Sums {
            std::optional<double> value;
            double extra[2] = {0, 0};
        };
        friend size_t qHash(const Key &k, size_t seed) { return qHashMulti(seed, k.metricTypeId, k.subject, k.month, k.item); }
        QHash<Key, Sums> m_sums;
        QHash<int, QStringList> m_keys; // the extra keys per metric type
    };

    // Marks months stale (inside the caller's transaction).
    static Status markStale(QSqlDatabase &db, const QList<Month> &months);
    // Rebuilds every stale month from the daily rows (inside the caller's transaction).
    static Status refresh(QSqlDatabase &db);
};

inline size_t qHash(const Rollups::Month &m, size_t seed = 0)
{
    return qHashMulti(seed, m.metricTypeId, m.subject, m.month);
}

} // namespace insights
