#include "storage/dialect.h"
#include "historyimport.h"

#include "collectors/github/githubapi.h"
#include "storage/metricstore.h"
#include "storage/scopedtransaction.h"
#include "storage/sqlutil.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace insights {

namespace {

const QString kStarsSource = QStringLiteral("github_stars");

// The days of (metric, subject, period) that hold a row, each with whether an import wrote it.
// A snapshot day counts as held when any of its items is.
Result<QHash<QDate, bool>> storedDays(QSqlDatabase &db, int typeId, const QString &subject, Period period)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(Dialect::portable(q.driver(), QStringLiteral("SELECT date, MAX(CASE WHEN json_extract(metadata, '$.imported_from') IS NOT NULL THEN 1 ELSE 0 END) FROM insight_metric "
                             "WHERE metric_type_id = ? AND subject = ? AND period = ? GROUP BY date")));
    q.addBindValue(typeId);
    q.addBindValue(subject);
    q.addBindValue(periodName(period));
    if (auto st = execPrepared(q); !st)
        return st.error();
    QHash<QDate, bool> days;
    while (q.next())
        days.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toBool());
    return days;
}

// Whether GitHub's stars of `subject` are already in the database from a collection: profiles
// (`new_star`), a star history that was not imported, or any progress of the stars collector
// beyond the `daily_source` an earlier import set.
Result<bool> starsCollected(QSqlDatabase &db, const QString &subject)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(Dialect::portable(q.driver(), QStringLiteral(
        "SELECT EXISTS(SELECT 1 FROM insight_metric WHERE subject = :s AND metric_type_id = "
        "(SELECT id FROM insight_metric_type WHERE key = 'new_star')) "
        "OR EXISTS(SELECT 1 FROM insight_metric WHERE subject = :s AND period = 'daily' AND metric_type_id = "
        "(SELECT id FROM insight_metric_type WHERE key = 'stars_daily') AND json_extract(metadata, '$.imported_from') IS NULL) "
        "OR EXISTS(SELECT 1 FROM collector_state c JOIN insight_source src ON src.id = c.source_id "
        "WHERE src.key = 'github_stars' AND c.subject = :s AND c.key <> 'daily_source')")));
    q.bindValue(QStringLiteral(":s"), subject);
    if (auto st = execPrepared(q); !st)
        return st.error();
    return q.next() && q.value(0).toBool();
}

class Writer {
public:
    Writer(QSqlDatabase &db, MetricStore &store, const ImportedHistory &history, const QString &subject)
        : m_db(db), m_store(store), m_history(history), m_subject(subject)
    {
    }

    Batch batch;
    ImportSummary summary;

    QJsonObject marker(const QString &file) const
    {
        return {{QStringLiteral("imported_from"), m_history.tool}, {QStringLiteral("file"), file}};
    }

    // One figure per day into (metric, period): only where nothing is stored.
    Status fill(const char *metric, Period period, const ImportedFigures &figures)
    {
        if (figures.days.isEmpty())
            return Ok{};
        auto stored = held(metric, period);
        if (!stored)
            return stored.error();
        ImportSummary::Metric &entry = entryFor(metric);
        for (auto it = figures.days.cbegin(); it != figures.days.cend(); ++it) {
            if (!classify(entry, *stored, it.key()))
                continue;
            MetricRow row = MetricRow::make(metric, m_subject, it.key(), period, it.value());
            row.metadata = marker(figures.file);
            row.overwrite = false;
            batch.rows.append(row);
        }
        return Ok{};
    }

    // A day's top referrers or paths, with the metadata the traffic collector writes.
    Status fillSnapshots(const char *metric, const ImportedSnapshots &snapshots, bool isPath)
    {
        if (snapshots.days.isEmpty())
            return Ok{};
        auto stored = held(metric, Period::Snapshot);
        if (!stored)
            return stored.error();
        ImportSummary::Metric &entry = entryFor(metric);
        for (auto it = snapshots.days.cbegin(); it != snapshots.days.cend(); ++it) {
            if (!classify(entry, *stored, it.key()))
                continue;
            for (const ImportedPopular &p : it.value()) {
                MetricRow row = MetricRow::make(metric, m_subject, it.key(), Period::Snapshot, p.count, p.key);
                row.metadata = marker(snapshots.files.value(it.key()));
                row.metadata.insert(QStringLiteral("count"), p.count);
                row.metadata.insert(QStringLiteral("uniques"), p.uniques ? QJsonValue(*p.uniques) : QJsonValue());
                row.metadata.insert(isPath ? QStringLiteral("path") : QStringLiteral("referrer"), p.key);
                if (isPath) // neither tool keeps the page title GitHub gives
                    row.metadata.insert(QStringLiteral("title"), QJsonValue());
                row.overwrite = false;
                batch.rows.append(row);
            }
        }
        return Ok{};
    }

    // Stars per day, from the rises of the count: only for a repository whose stars Insights has
    // not collected (docs/import.md, "Stars").
    Status fillStarsPerDay()
    {
        if (m_history.stars.days.isEmpty())
            return Ok{};
        auto collected = starsCollected(m_db, m_subject);
        if (!collected)
            return collected.error();
        if (*collected) {
            ImportSummary::Metric &entry = entryFor("stars_daily");
            entry.skippedBecause = HistoryImport::tr("Insights already holds the stars of %1 from GitHub (the stargazer "
                                                     "list or GitHub's star history), which count every star that "
                                                     "still stands; the imported counts went to stars_total only.")
                                       .arg(m_subject);
            return Ok{};
        }
        ImportedFigures rises;
        rises.file = m_history.stars.file;
        std::optional<double> previous;
        if (m_history.starsFromZero)
            previous = 0;
        for (auto it = m_history.stars.days.cbegin(); it != m_history.stars.days.cend(); ++it) {
            // A day the count fell had no new star that still stands; the curve still ends at
            // the newest count (the Stars page draws it back from there).
            if (previous && it.value() > *previous)
                rises.days.insert(it.key(), it.value() - *previous);
            previous = it.value();
        }
        if (auto st = fill("stars_daily", Period::Daily, rises); !st)
            return st;
        auto source = m_store.state(kStarsSource, m_subject, QStringLiteral("daily_source"));
        if (!source)
            return source.error();
        // The Stars page draws stars per day for repositories whose counts come from a history;
        // the stars collector sets its own source on its first run and then recounts or
        // overwrites every imported day.
        if (!*source)
            batch.state.append({kStarsSource, m_subject, QStringLiteral("daily_source"), QStringLiteral("history")});
        summary.starHistoryShown = true;
        return Ok{};
    }

private:
    Result<QHash<QDate, bool>> held(const char *metric, Period period)
    {
        auto type = m_store.metricTypeId(QString::fromLatin1(metric));
        if (!type)
            return type.error();
        return storedDays(m_db, *type, m_subject, period);
    }

    ImportSummary::Metric &entryFor(const char *metric)
    {
        summary.metrics.append({QString::fromLatin1(metric), {}, {}, 0, {}});
        return summary.metrics.last();
    }

    // Whether `day` is to be written; otherwise counts it as kept.
    static bool classify(ImportSummary::Metric &entry, const QHash<QDate, bool> &stored, const QDate &day)
    {
        const auto it = stored.constFind(day);
        if (it == stored.constEnd()) {
            entry.added.append(day);
            return true;
        }
        if (*it)
            ++entry.alreadyImported;
        else
            entry.collected.append(day);
        return false;
    }

    QSqlDatabase &m_db;
    MetricStore &m_store;
    const ImportedHistory &m_history;
    const QString &m_subject;
};

} // namespace

Result<ImportSummary> HistoryImport::run(const ImportedHistory &history, const QString &subject)
{
    if (!GitHubApi::isValidRepo(subject))
        return makeError(tr("\"%1\" is not a repository name; use the form owner/repo.").arg(subject), Error::Kind::Config);
    ScopedTransaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st.error();
    MetricStore store(m_db);
    Writer writer(m_db, store, history, subject);
    // The traffic collector's metrics, in the order its page shows them.
    for (const char *metric : {"views", "unique_visitors", "clones", "unique_cloners"})
        if (history.daily.contains(QString::fromLatin1(metric)))
            if (auto st = writer.fill(metric, Period::Daily, history.daily.value(QString::fromLatin1(metric))); !st)
                return st.error();
    for (auto [metric, snapshots, isPath] : {std::tuple{"referrers", &history.referrers, false},
                                             std::tuple{"popular_paths", &history.paths, true}})
        if (auto st = writer.fillSnapshots(metric, *snapshots, isPath); !st)
            return st.error();
    if (auto st = writer.fill("stars_total", Period::Snapshot, history.stars); !st)
        return st.error();
    if (auto st = writer.fillStarsPerDay(); !st)
        return st.error();
    if (auto st = writer.fill("forks_total", Period::Snapshot, history.forks); !st)
        return st.error();
    if (!writer.batch.isEmpty()) {
        auto written = store.write(writer.batch, m_clock.nowUtc());
        if (!written)
            return written.error();
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return writer.summary;
}

} // namespace insights
