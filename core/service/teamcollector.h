#pragma once
// One round of `insights collector`: every enabled source, for the subjects that are due (their
// last successful run is an interval old) and whose lease this collector gets, so that several
// collectors on one team database share the subjects and never collect one twice at once. Each
// subject's lease is checked again in the transaction that writes it, and released when its
// source is done. Tokens come from the environment only (a server has no keychain).
#include "collectors/collectionrunner.h"
#include "util/result.h"

#include <QCoreApplication>
#include <atomic>
#include <chrono>
#include <functional>

namespace insights {

class TeamCollector final {
    Q_DECLARE_TR_FUNCTIONS(TeamCollector)
public:
    // `lease`: how long a subject stays this collector's without a word from it; a killed
    // collector's subjects are free again after it.
    TeamCollector(QString dataDir, QString holder, std::chrono::seconds lease);

    Result<RunReport> round(const std::atomic_bool *stop, const std::function<void(const QString &)> &log);

    // The name runs and leases are held under: INSIGHT_COLLECTOR_NAME, else host:pid.
    static QString defaultHolder();
    // INSIGHT_LEASE_SECONDS (60 to 86400), else an hour.
    static std::chrono::seconds defaultLease();

private:
    QString m_dataDir, m_holder;
    std::chrono::seconds m_lease;
};

} // namespace insights
