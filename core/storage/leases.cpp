#include "leases.h"

#include "sqlutil.h"

#include <QSqlQuery>

namespace insights {

Leases::Leases(QSqlDatabase &db, QString holder) : m_db(db), m_holder(std::move(holder)) {}

Result<bool> Leases::claim(const QString &source, const QString &subject, const QDateTime &now, std::chrono::seconds ttl)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO insight_lease(source, subject, holder, expires_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(source, subject) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at "
        "WHERE insight_lease.holder = excluded.holder OR insight_lease.expires_at < ? RETURNING holder"));
    q.addBindValue(source);
    q.addBindValue(sqlText(subject));
    q.addBindValue(m_holder);
    q.addBindValue(isoUtc(now.addSecs(ttl.count())));
    q.addBindValue(isoUtc(now));
    if (auto st = execPrepared(q); !st)
        return st.error();
    return q.next();
}

Result<bool> Leases::stillHeld(const QString &source, const QString &subject, const QDateTime &now, std::chrono::seconds ttl)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE insight_lease SET expires_at = ? WHERE source = ? AND subject = ? AND holder = ? "
                             "RETURNING holder"));
    q.addBindValue(isoUtc(now.addSecs(ttl.count())));
    q.addBindValue(source);
    q.addBindValue(sqlText(subject));
    q.addBindValue(m_holder);
    if (auto st = execPrepared(q); !st)
        return st.error();
    return q.next();
}

Status Leases::release(const QString &source, const QString &subject)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM insight_lease WHERE source = ? AND subject = ? AND holder = ?"));
    q.addBindValue(source);
    q.addBindValue(sqlText(subject));
    q.addBindValue(m_holder);
    return execPrepared(q);
}

} // namespace insights
