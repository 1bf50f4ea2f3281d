#pragma once
// The subjects one collection on a team database may collect: each is claimed with a lease
// (storage/leases.h) before it is collected, checked again in the transaction that writes it,
// and given back when its source is done. `insights collector` claims only the subjects that are
// due (their last successful run, by anyone, is an interval old); "Collect now" in a window on
// the team database claims every subject no other collector holds at that moment.
#include "collectors/collectionrunner.h"
#include "storage/leases.h"
#include "storage/runlog.h"

#include <QCoreApplication>
#include <QHash>
#include <chrono>

namespace insights {

class Clock;

class SubjectLeases final {
    Q_DECLARE_TR_FUNCTIONS(SubjectLeases)
public:
    enum class Claim { DueOnly, Any };
    SubjectLeases(QSqlDatabase &db, QString holder, std::chrono::seconds lease, const Clock &clock, Claim claim);

    // For CollectionSession::setSubjectGuard; valid while this object lives.
    CollectionRunner::SubjectGuard guard();
    // Gives back the subjects of `source` this collection holds (from the source-done handler).
    // A lease that cannot be given back runs out by itself; `log` is told.
    void release(const QString &source, const std::function<void(const QString &)> &log);

private:
    Leases m_leases;
    RunLog m_runs;
    QString m_holder;
    std::chrono::seconds m_lease;
    const Clock &m_clock;
    Claim m_claim;
    QHash<QString, QStringList> m_claimed; // per source
};

} // namespace insights
