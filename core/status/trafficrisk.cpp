#include "trafficrisk.h"

namespace insights {

QDate TrafficRisk::lossStartsOn(const QDateTime &lastSuccess)
{
    return lastSuccess.toUTC().date().addDays(kWindowDays);
}

QString TrafficRisk::warning(const QString &repo, const std::optional<QDateTime> &lastSuccess, const QDateTime &now)
{
    if (!lastSuccess)
        return tr("%1: traffic has never been collected, and GitHub keeps only 14 days: collect it now.")
            .arg(repo);
    const qint64 days = lastSuccess->toUTC().date().daysTo(now.toUTC().date());
    if (days <= kWarnAfterDays)
        return {};
    const QDate loss = lossStartsOn(*lastSuccess);
    const QString last = lastSuccess->toUTC().date().toString(Qt::ISODate);
    if (now.toUTC().date() >= loss)
        return tr("%1: traffic was last collected on %2 (%3 days ago); days since %4 have already left GitHub's "
                  "14-day window and are lost. Collect now to keep the rest.")
            .arg(repo, last)
            .arg(days)
            .arg(lastSuccess->toUTC().date().toString(Qt::ISODate));
    return tr("%1: traffic was last collected on %2 (%3 days ago); data starts to be lost on %4. Collect it before "
              "then.")
        .arg(repo, last)
        .arg(days)
        .arg(loss.toString(Qt::ISODate));
}

} // namespace insights
