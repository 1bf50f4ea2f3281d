#pragma once
// Finds what the rules ask for in the stored data of a few days (after a collection: the days it
// may have changed), for every tracked subject: spikes of new stars, views and downloads by
// people against the median of the 28 days before, and referrers new in GitHub's top 10. Each
// alert comes with its likely cause — a release or a Reddit post that day or the day before, a
// note of the user's, or (for stars and views) a referrer new that day. Only reads.
#include "alert.h"
#include "alertrules.h"
#include "util/daterange.h"
#include "util/result.h"

#include <QSqlDatabase>

namespace insights {

class AlertDetector final {
public:
    static constexpr int kBaselineDays = 28;
    // A median of fewer known days says little: the first weeks of a collection raise nothing.
    static constexpr int kMinimumKnownDays = 14;

    AlertDetector(QSqlDatabase &db, AlertRules rules) : m_db(db), m_rules(std::move(rules)) {}

    // The alerts of the days in `days` (both ends set), oldest first.
    Result<QList<Alert>> detect(const DateRange &days);

    // The median of the known (non-empty) values; nullopt when there are none.
    static std::optional<double> median(QList<double> values);

private:
    Result<QList<Alert>> spikes(const QString &metric, const DateRange &days);
    Result<QList<Alert>> newReferrers(const DateRange &days);
    Result<QString> causeOf(const Alert &alert);

    QSqlDatabase &m_db;
    AlertRules m_rules;
};

} // namespace insights
