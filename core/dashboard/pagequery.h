#pragma once
// The SQL every dashboard page is built from, aggregated in SQLite over the range (by day, by
// item) so that a page costs a handful of indexed queries whatever the dataset's size.
#include "pagedata.h"
#include "util/result.h"

#include <QHash>
#include <QSqlDatabase>

namespace insights {

// Per day, the sums of some JSON metadata keys and of the value itself (one reading of each row).
struct DailyJsonSums {
    QHash<QDate, QList<double>> keys; // the keys' sums, in the order asked for
    QHash<QDate, double> values;      // SUM(value) of the daily rows, as dailySums() gives it
};

struct ItemTotal {
    QString item;
    double value = 0;
    QList<double> extra; // sums of the metadata keys asked for, in order
};

class PageQuery final {
public:
    PageQuery(QSqlDatabase &db, const PageRequest &request) : m_db(db), m_request(request) {}

    const DateRange &range() const { return m_request.range; }
    QString subject() const { return m_request.subject; }

    // Sum of `metric` per day (over subjects and items) in `range`; days without rows are absent.
    Result<QHash<QDate, double>> dailySums(const QString &metric, const DateRange &range);
    // Rows of `metric` per day (events: stars, forks, releases), less those matching `except` (an
    // SQL filter a partial index serves, e.g. the stars counted out by an unstar).
    Result<QHash<QDate, double>> dailyCounts(const QString &metric, const DateRange &range, const QString &except = {});
    // Per day, the sums of the JSON metadata `keys` of `metric`, and of its values.
    Result<DailyJsonSums> dailyJsonSums(const QString &metric, const QStringList &keys, const DateRange &range);
    // Items of `metric` ranked by summed value over the range, with sums of metadata `extraKeys`.
    Result<QList<ItemTotal>> topItems(const QString &metric, const DateRange &range, int limit,
                                      const QStringList &extraKeys = {});
    // The newest value of a snapshot metric on or before `day` (summed over subjects).
    Result<std::optional<double>> latestSnapshot(const QString &metric, const QDate &day);
    // The newest snapshot date of `metric` within the range.
    Result<QDate> latestSnapshotDate(const QString &metric, const DateRange &range);
    Result<QList<ItemTotal>> snapshotItems(const QString &metric, const QDate &day, const QStringList &extraKeys);
    // Rows of `metric` before `day` (cumulative baselines), less those matching `except`.
    Result<double> countBefore(const QString &metric, const QDate &day, const QString &except = {});
    // The highest daily sum (or row count) of `metric` over all time (kept until the database
    // changes: it reads every row of the metric).
    Result<std::optional<std::pair<QDate, double>>> record(const QString &metric, bool counts = false);
    // Subjects that have rows of any of `metrics`, and the oldest day among them.
    Result<QStringList> subjects(const QStringList &metrics);
    Result<QDate> firstDay(const QStringList &metrics);
    // Timeline events of `source` (optionally of one `kind`) in the range.
    Result<QList<Annotation>> events(const QString &source, const QString &kind, Annotation::Kind as);

    // Values for every day of `range`: absent days are gaps (nullopt) or zeros.
    static DailyValues toDaily(const QHash<QDate, double> &byDay, const DateRange &range, bool absentIsZero);
    static QList<DateRange> gapsOf(const DailyValues &values, const DateRange &range);
    static std::optional<double> total(const DailyValues &values);

private:
    QString subjectFilter() const;
    Result<std::optional<std::pair<QDate, double>>> readRecord(const QString &metric, bool counts);
    QString base(const QString &table = QStringLiteral("insight_metric")) const;
    // base() of insight_metric for a query that reads several metadata keys of each row.
    QString baseParsingMetadataOnce() const;
    Result<QList<ItemTotal>> topItemsFromDays(const QString &metric, const DateRange &range, int limit,
                                              const QStringList &extraKeys);

    QSqlDatabase &m_db;
    PageRequest m_request;
};

} // namespace insights
