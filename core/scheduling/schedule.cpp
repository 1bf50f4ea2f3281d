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
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT s.key, r.finished_at, r.status FROM insight_run r JOIN insight_source s ON s.id = "
                               "r.source_id WHERE r.id IN (SELECT MAX(id) FROM insight_run GROUP BY source_id)")))
        return sqlError(QStringLiteral("Cannot read the collection log"), q);
    QHash<QString, Attempt> out;
    while (q.next())
        out.insert(q.value(0).toString(), {parseIsoUtc(q.value(1).toString()), q.value(2).toString() != QLatin1String("ok")});
    return out;
}

} // namespace insights
