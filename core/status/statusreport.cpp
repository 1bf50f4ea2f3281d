#include "statusreport.h"

#include "starprogress.h"

#include "clickhouse/querybudget.h"
#include "collectors/plausible/plausiblev1.h"
#include "collectors/registry.h"
#include "config/config.h"
#include "storage/metricstore.h"
#include "storage/runlog.h"
#include "storage/sqlutil.h"
#include "trafficrisk.h"
#include "util/clock.h"

#include <QHash>
#include <QSqlQuery>

namespace insights {

namespace {
[[maybe_unused]] const char *const kSourceNames[] = {
    QT_TRANSLATE_NOOP("StatusReport", "GitHub traffic"), QT_TRANSLATE_NOOP("StatusReport", "GitHub stars"),
    QT_TRANSLATE_NOOP("StatusReport", "GitHub events"),  QT_TRANSLATE_NOOP("StatusReport", "PyPI downloads"),
    QT_TRANSLATE_NOOP("StatusReport", "Plausible"),      QT_TRANSLATE_NOOP("StatusReport", "Reddit")};
} // namespace

Result<QHash<QString, qint64>> StatusReport::rowCounts(QSqlDatabase &db)
{
    QHash<QString, qint64> rowCounts;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT t.source_id, count(*) FROM insight_metric m "
                               "JOIN insight_metric_type t ON t.id = m.metric_type_id GROUP BY t.source_id")))
        return sqlError(QStringLiteral("Cannot count stored rows"), q);
    QHash<int, qint64> bySourceId;
    while (q.next())
        bySourceId.insert(q.value(0).toInt(), q.value(1).toLongLong());
    QSqlQuery s(db);
    if (!s.exec(QStringLiteral("SELECT id, key FROM insight_source")))
        return sqlError(QStringLiteral("Cannot read sources"), s);
    while (s.next())
        rowCounts.insert(s.value(1).toString(), bySourceId.value(s.value(0).toInt()));
    return rowCounts;
}

Result<QList<SourceStatus>> StatusReport::build(QSqlDatabase &db, const Config &config, const Clock &clock, bool countRows)
{
    QHash<QString, qint64> rowCounts;
    if (countRows) {
        auto counted = StatusReport::rowCounts(db);
        if (!counted)
            return counted.error();
        rowCounts = *counted;
    }

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT key, display_name, collection_interval_hours, last_collected_at FROM insight_source")))
        return sqlError(QStringLiteral("Cannot read sources"), q);
    QHash<QString, SourceStatus> byKey;
    while (q.next()) {
        SourceStatus st;
        st.key = q.value(0).toString();
        // The stored name, in the user's language (the names are listed below for lupdate).
        st.displayName = QCoreApplication::translate("StatusReport", q.value(1).toString().toUtf8().constData());
        st.intervalHours = q.value(2).toInt();
        if (!q.value(3).isNull())
            st.lastCollectedAt = parseIsoUtc(q.value(3).toString());
        byKey.insert(st.key, st);
    }

    RunLog log(db);
    QList<SourceStatus> out;
    const QDateTime now = clock.nowUtc();
    for (const QString &key : allSourceKeys()) {
        SourceStatus st = byKey.value(key);
        st.key = key;
        st.rows = countRows ? rowCounts.value(key) : -1;
        st.enabled = config.isEnabled(key);
        const auto collector = createCollector(key);
        st.implemented = collector != nullptr;
        if (collector) {
            st.intervalHours = config.intervalHours(key, collector->defaultIntervalHours());
            st.subjects = collector->subjects(config, db);
            if (st.subjects.isEmpty())
                st.warnings.append(collector->howToConfigure());
        }
        if (st.enabled && st.implemented && !st.subjects.isEmpty())
            st.nextDueAt = st.lastCollectedAt.isValid() ? std::max(now, st.lastCollectedAt.addSecs(st.intervalHours * 3600LL))
                                                        : now;
        auto success = log.lastSuccessOf(key);
        if (!success)
            return success.error();
        if (*success) {
            st.lastCollector = (*success)->holder;
            st.lastSuccessAt = (*success)->finishedAt;
        }
        auto failure = log.lastFailure(key);
        if (!failure)
            return failure.error();
        if (*failure) {
            st.lastError = (*failure)->message;
            st.lastErrorAt = (*failure)->finishedAt;
        }
        if (key == QLatin1String("github_traffic") && st.enabled) {
            for (const QString &repo : std::as_const(st.subjects)) {
                auto last = log.lastSuccess(key, repo);
                if (!last)
                    return last.error();
                if (const QString w = TrafficRisk::warning(repo, *last, now); !w.isEmpty())
                    st.warnings.append(w);
            }
        }
        if (key == QLatin1String("github_stars") && st.enabled) {
            for (const QString &repo : std::as_const(st.subjects)) {
                auto notes = StarProgress::warnings(db, repo);
                if (!notes)
                    return notes.error();
                st.warnings.append(*notes);
            }
        }
        if (key == QLatin1String("plausible") && st.enabled) {
            MetricStore store(db);
            for (const QString &site : std::as_const(st.subjects)) {
                auto pending = store.state(key, site, QStringLiteral("v1_pending"));
                if (!pending)
                    return pending.error();
                const int days = int(plausible::decodePending(pending->value_or(QString())).size());
                if (days > 0)
                    st.warnings.append(QCoreApplication::translate("StatusReport",
                                                                   "%1: pages and countries of %n day(s) are still to be read; "
                                                                   "Plausible's v1 API allows 600 requests an hour, so this "
                                                                   "continues over the next runs.",
                                                                   nullptr, days)
                                           .arg(site));
            }
        }
        if ((key == QLatin1String("pypi") || key == QLatin1String("github_events")) && st.enabled)
            if (const QString w = quotaWaitWarning(db, QueryBudget::fileIn(config.dataDir()), key, st.subjects, now); !w.isEmpty())
                st.warnings.append(w);
        out.append(st);
    }
    return out;
}

} // namespace insights
