#include "teamcollector.h"

#include "collectors/collectionsession.h"
#include "config/config.h"
#include "storage/database.h"
#include "storage/leases.h"
#include "storage/runlog.h"
#include "util/clock.h"

#include <QSet>
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
    Clock &clock = SystemClock::instance();
    Leases leases(db.handle(), m_holder);
    RunLog runs(db.handle());
    QHash<QString, QStringList> claimed; // per source, the subjects this round holds

    CollectionSession session(db, config, nullptr, clock);
    session.setCancelFlag(stop);
    session.setProgressHandler(log);
    CollectionRunner::SubjectGuard guard;
    guard.holder = m_holder;
    guard.claim = [&](const QString &source, const QString &subject, int intervalHours) -> Result<bool> {
        const QDateTime now = clock.nowUtc();
        auto last = runs.lastSuccess(source, subject);
        if (!last)
            return last.error();
        if (*last && (*last)->addSecs(qint64(intervalHours) * 3600) > now)
            return false; // collected within its interval (here or by another collector)
        auto got = leases.claim(source, subject, now, m_lease);
        if (got && *got)
            claimed[source].append(subject);
        return got;
    };
    guard.keep = [&](const QString &source, const QString &subject) {
        return leases.stillHeld(source, subject, clock.nowUtc(), m_lease);
    };
    session.setSubjectGuard(guard);
    session.setSourceDoneHandler([&](const SourceOutcome &outcome) {
        for (const QString &subject : claimed.take(outcome.source))
            if (auto st = leases.release(outcome.source, subject); !st)
                log(tr("%1 %2: the lease could not be given back (%3); it runs out by itself.")
                        .arg(outcome.source, subject, st.errorMessage()));
    });
    return session.run({}, {});
}

} // namespace insights
