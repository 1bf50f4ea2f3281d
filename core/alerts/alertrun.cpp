#include "alertrun.h"

#include "alertdetector.h"
#include "alertrules.h"
#include "alertstore.h"

namespace insights {

Result<QList<Alert>> AlertRun::afterCollection(QSqlDatabase &db, const Config &config, const Clock &clock)
{
    const QDate today = clock.todayUtc();
    AlertDetector detector(db, AlertRules::load(config));
    auto found = detector.detect({today.addDays(-(kDaysChecked - 1)), today});
    if (!found)
        return found.error();
    return AlertStore(db, clock).record(*found);
}

} // namespace insights
