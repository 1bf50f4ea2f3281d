#include "schedule.h"

#include "storage/sqlutil.h"

#include <QSqlQuery>
#include <algorithm>

namespace insights {

QDateTime Schedule::dueAt(const SourceStatus &s, const QHash<QString, Attempt> &lastAttempt)
{
    if (!s.implemented || !s.enabled || s.subjects.isEmpty())
        return {};
    const qint64 interval = std::max(1, s.intervalHours) * 3600LL;
    QDateTime due = s.lastCollectedAt.isValid() ? s.lastCollectedAt.addSecs(interval) : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    const Attempt attempt = lastAttempt.value(s.key);
    if (attempt.failed && attempt.at.isValid()) {
        const qint64 backoff = std::clamp<qint64>(interval / 4, 15 * 60, 3600);
        due = std::max(due, attempt.at.addSecs(backoff));
    }
    return due;
}

QStringList Schedule::dueSources(const QList<SourceStatus> &sources, const QHash<QString, Attempt> &lastAttempt,
                                 const QDateTime &now)
{
    QStringList due;
    for (const SourceStatus &s : sources) {
        const QDateTime at = dueAt(s, lastAttempt);
        if (at.isValid() && at <= now)
            due.append(s.key);
    }
    return due;
}

QDateTime Schedule::nextDue(const QList<SourceStatus> &sources, const QHash<QString, Attempt> &lastAttempt,
                            const QDateTime &now)
{
    QDateTime next;
    for (const SourceStatus &s : sources) {
        const QDateTime at = dueAt(s, lastAttempt);
        if (at.isValid() && (!next.isValid() || at < next))
            next = at;
    }
    return next.isValid() ? std::max(next, now) : next;
}

Result<QHash<QString, Schedule::Attempt>> Schedule::lastAttempts(QSqlDatabase &db)
{
    // Each subject's newest run: a source has failed while any of its subjects' newest runs has,
    // whichever subject came last. Judged by the newest run of the source alone, a repository that
    // kept failing before another that worked left the source neither collected (its time is set
    // only when every subject succeeds) nor waiting (not "failed"): due again at every tick.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT s.key, r.finished_at, r.status FROM insight_run r JOIN insight_source s ON s.id = "
                               "r.source_id WHERE r.id IN (SELECT MAX(id) FROM insight_run GROUP BY source_id, subject)")))
        return sqlError(QStringLiteral("Cannot read the collection log"), q);
    QHash<QString, Attempt> out;
    while (q.next()) {
        const Attempt run{parseIsoUtc(q.value(1).toString()), q.value(2).toString() != QLatin1String("ok")};
        Attempt &source = out[q.value(0).toString()];
        // A failure outweighs a success; of two alike, the newer counts (the backoff runs from it).
        if (!source.at.isValid() || (run.failed && !source.failed) || (run.failed == source.failed && run.at > source.at))
            source = run;
    }
    return out;
}

} // namespace insights
