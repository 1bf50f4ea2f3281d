#include "teamcollector.h"

#include "collectors/collectionsession.h"
#include "config/config.h"
#include "storage/database.h"
#include "subjectleases.h"
#include "util/clock.h"

#include <QSysInfo>

namespace insights {

TeamCollector::TeamCollector(QString dataDir, QString holder, std::chrono::seconds lease)
    : m_dataDir(std::move(dataDir)), m_holder(std::move(holder)), m_lease(lease)
{
}

QString TeamCollector::defaultHolder()
{
    const QString named = qEnvironmentVariable("INSIGHT_COLLECTOR_NAME").trimmed();
    if (!named.isEmpty())
        return named;
    return QStringLiteral("%1:%2").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid());
}

std::chrono::seconds TeamCollector::defaultLease()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("INSIGHT_LEASE_SECONDS", &ok);
    return std::chrono::seconds(ok && seconds >= 1 && seconds <= 86400 ? seconds : 3600);
}

Result<RunReport> TeamCollector::round(const std::atomic_bool *stop, const std::function<void(const QString &)> &log)
{
    Config config(m_dataDir);
    Database db;
    if (auto st = db.open(config.databaseLocation()); !st)
        return st.error();
    SubjectLeases leases(db.handle(), m_holder, m_lease, SystemClock::instance(), SubjectLeases::Claim::DueOnly);
    CollectionSession session(db, config, nullptr, SystemClock::instance());
    session.setCancelFlag(stop);
    session.setProgressHandler(log);
    session.setSubjectGuard(leases.guard());
    session.setSourceDoneHandler([&](const SourceOutcome &outcome) { leases.release(outcome.source, log); });
    return session.run({}, {});
}

} // namespace insights
