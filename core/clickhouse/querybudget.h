#pragma once
// The public ClickHouse endpoint's quota as a budget (API-NOTES §0.6): 60 queries an hour per IP,
// counted in whole UTC hours (ClickHouse aligns a non-randomized quota interval to multiples of
// its duration), shared by every package and repository of every source. The quota belongs to
// the machine's address, not to a database (team mode shares one database between machines), so
// the count lives in a small file in the data directory, `clickhouse-quota.json`, saved at every
// change: the queries of this hour per endpoint, the moment a code 201 said the quota frees, and
// the subjects waiting for it (with the days they still have to read when nothing of them was
// stored yet). Planning against it keeps a run from stopping in the middle of a subject; the
// server stays the judge (a 201 is still handled).
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

namespace insights {

class QueryBudget final {
    Q_DECLARE_TR_FUNCTIONS(QueryBudget)
public:
    static constexpr int kPerHour = 60;

    // The file in `dataDir`; empty (this process only) when there is no data directory.
    static QString fileIn(const QString &dataDir);
    // The budget of `endpoint` (base URL and user: another server has its own quota) as `file`
    // keeps it; an unreadable or missing file is a fresh one. Empty `file`: nothing is kept.
    static QueryBudget open(const QString &file, const QString &endpoint, const QDateTime &now);

    // Queries still allowed before the quota frees again.
    int remaining(const QDateTime &now);
    // Counts `n` queries; false, counting nothing, when fewer are left.
    bool take(const QDateTime &now, int n = 1);
    // Counts queries already sent (an HTTP retry the server may have counted too).
    void record(const QDateTime &now, int n);
    // The server refused with code 201 and frees at `until`.
    void exhausted(const QDateTime &now, const QDateTime &until);
    // When `n` queries may go: `now` while that many are left, else the end of the hour or of
    // the server's block.
    QDateTime availableAt(const QDateTime &now, int n = 1);
    QDateTime freeAt(const QDateTime &now) { return availableAt(now, 1); }

    // A subject waits for the quota until `until`; `days`: what it still has to read that is not
    // kept elsewhere (an explicit backfill that did not start).
    void setWaiting(const QString &source, const QString &subject, const QDateTime &until, const QList<QDate> &days);
    void clearWaiting(const QString &source, const QString &subject);
    QList<QDate> waitingDays(const QString &source, const QString &subject) const;

    static QDateTime hourStart(const QDateTime &now);
    static QDateTime nextHour(const QDateTime &now) { return hourStart(now).addSecs(3600); }

private:
    void roll(const QDateTime &now);
    void save();

    QString m_file;
    QString m_endpoint;
    QJsonObject m_doc; // the whole file: {"endpoints": {endpoint: {hour, used, blocked_until}}, "waiting": {…}}
    QDateTime m_hour;
    int m_used = 0;
    QDateTime m_blockedUntil;
};

// Subjects waiting for the quota, as `insights status` says it: "3 of 14 packages wait for the
// ClickHouse quota until 2026-05-20 15:00 UTC", or that some still have days to read (a backfill
// that stopped half-way: collector_state `pending_days`). Empty when none waits.
QString quotaWaitWarning(QSqlDatabase &db, const QString &budgetFile, const QString &source, const QStringList &subjects,
                         const QDateTime &now);

// collector_state key (per source and subject) of the day ranges a half-done backfill still has
// to read; written with every window it stores, cleared when it completes.
namespace quotastate {
inline const QString kPending = QStringLiteral("pending_days");
} // namespace quotastate

} // namespace insights
