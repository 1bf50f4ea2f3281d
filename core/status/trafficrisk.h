#pragma once
// GitHub keeps 14 days of traffic. After the last successful collection on day L, the figure of
// day L (then still partial) is final only in later answers, and it leaves the window on day
// L + 14: from that date on, data is lost for good. Warn from day 10 on (SPEC §1).
#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace insights {

class TrafficRisk final {
    Q_DECLARE_TR_FUNCTIONS(TrafficRisk)
public:
    static constexpr int kWarnAfterDays = 10;
    static constexpr int kWindowDays = 14;

    // The date from which data starts to be lost, given the last successful collection.
    static QDate lossStartsOn(const QDateTime &lastSuccess);
    // A warning for `repo`, or an empty string when there is nothing to worry about.
    static QString warning(const QString &repo, const std::optional<QDateTime> &lastSuccess, const QDateTime &now);
};

} // namespace insights
