#include "appstatus.h"

#include "config/config.h"
#include "scheduling/schedule.h"
#include "util/clock.h"

namespace insights {

AppStatus AppStatus::build(QSqlDatabase &db, const Config &config, const QDateTime &now, QStringList *due)
{
    AppStatus status;
    // Row counts read every row's index entry (half a second on a large database): counted
    // separately, after any page the user asked for.
    auto report = StatusReport::build(db, config, SystemClock::instance(), false);
    if (!report) {
        status.error = report.errorMessage();
        return status;
    }
    status.sources = *report;
    for (const SourceStatus &s : std::as_const(status.sources))
        if (s.key == QLatin1String("github_traffic") && s.enabled && !s.subjects.isEmpty())
            status.trafficWarnings << s.warnings;
    if (auto attempts = Schedule::lastAttempts(db)) {
        status.nextDue = Schedule::nextDue(status.sources, *attempts, now);
        if (due)
            *due = Schedule::dueSources(status.sources, *attempts, now);
    } else {
        status.error = attempts.errorMessage();
    }
    return status;
}

} // namespace insights
