#include "subjectleases.h"

#include "util/clock.h"

namespace insights {

SubjectLeases::SubjectLeases(QSqlDatabase &db, QString holder, std::chrono::seconds lease, const Clock &clock, Claim claim)
    : m_leases(db, holder), m_runs(db), m_holder(std::move(holder)), m_lease(lease), m_clock(clock), m_claim(claim)
{
}

CollectionRunner::SubjectGuard SubjectLeases::guard()
{
    CollectionRunner::SubjectGuard guard;
    guard.holder = m_holder;
    guard.claim = [this](const QString &source, const QString &subject, int intervalHours) -> Result<bool> {
        const QDateTime now = m_clock.nowUtc();
        if (m_claim == Claim::DueOnly) {
            auto last = m_runs.lastSuccess(source, subject);
            if (!last)
                return last.error();
            if (*last && (*last)->addSecs(qint64(intervalHours) * 3600) > now)
                return false; // collected within its interval (here or by another collector)
        }
        auto got = m_leases.claim(source, subject, now, m_lease);
        if (got && *got)
            m_claimed[source].append(subject);
        return got;
    };
    guard.keep = [this](const QString &source, const QString &subject) {
        return m_leases.stillHeld(source, subject, m_clock.nowUtc(), m_lease);
    };
    return guard;
}

void SubjectLeases::release(const QString &source, const std::function<void(const QString &)> &log)
{
    for (const QString &subject : m_claimed.take(source))
        if (auto st = m_leases.release(source, subject); !st && log)
            log(tr("%1 %2: the lease could not be given back (%3); it runs out by itself.")
                    .arg(source, subject, st.errorMessage()));
}

} // namespace insights
