#pragma once
// Leases on (source, subject) in the database, so that several collectors sharing one team
// database never collect the same subject at once, and a collector that died (killed, its
// machine gone) loses its subjects when its lease runs out.
// A lease is claimed by one conditional upsert: insert, or take the row over when it is this
// holder's own or has expired. Row locking makes it atomic on PostgreSQL (the conflicting row is
// locked before the condition is read; a second claimer waits, then sees the first one's lease)
// and SQLite writes one at a time. Expiry is compared as ISO UTC text, by the database clock of
// the claimer: the collectors' clocks must agree to well within a lease (NTP does).
// The lease is renewed inside the transaction that writes the subject's data (stillHeld): a
// collector that lost its lease while it was collecting writes nothing for that subject.
#include "util/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <chrono>

namespace insights {

class Leases final {
public:
    Leases(QSqlDatabase &db, QString holder);

    // True when this holder has (source, subject) until now + ttl.
    Result<bool> claim(const QString &source, const QString &subject, const QDateTime &now, std::chrono::seconds ttl);
    // Inside the write transaction: true when the lease is still this holder's (and renews it).
    Result<bool> stillHeld(const QString &source, const QString &subject, const QDateTime &now, std::chrono::seconds ttl);
    Status release(const QString &source, const QString &subject);
    const QString &holder() const { return m_holder; }

private:
    QSqlDatabase &m_db;
    QString m_holder;
};

} // namespace insights
