#include "teamcollector.h"

#include "alerts/alertrun.h"
#include "collectors/collectionsession.h"
#include "config/config.h"
#include "storage/database.h"
#include "subjectleases.h"
#include "util/clock.h"

#include <QSqlQuery>
#include <QSysInfo>
#include <algorithm>

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
    RunReport report = session.run({}, {});
    // What the new data says, by this collector's rules; every window on the database announces
    // the alerts (told through the same channel as new data). A failure here is not the round's.
    const bool changed = std::any_of(report.sources.begin(), report.sources.end(),
                                     [](const SourceOutcome &s) { return s.changed() > 0; });
    if (changed) {
        auto raised = AlertRun::afterCollection(db.handle(), config, SystemClock::instance());
        if (!raised) {
            log(tr("Alerts could not be checked: %1").arg(raised.errorMessage()));
        } else if (!raised->isEmpty()) {
            for (const Alert &alert : std::as_const(*raised))
                log(tr("alert: %1").arg(AlertText::describe(alert)));
            QSqlQuery notify(db.handle());
            if (!notify.exec(QStringLiteral("SELECT pg_notify('insights_data', 'alerts')")))
                log(tr("The windows could not be told of the alerts; they see them at their next start."));
        }
    }
    return report;
}

} // namespace insights
