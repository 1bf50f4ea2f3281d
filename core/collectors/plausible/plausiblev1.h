#pragma once
// Plausible through its v1 API, for servers without v2: the daily totals of the window in one
// timeseries request, then each day's pages and countries as two breakdowns — newest day first,
// then any days an earlier run left pending. Requests are counted against an hourly budget
// under Plausible's 600/hour per key (shared by all sites, kept in collector_state), progress is
// checkpointed every few days, and what does not fit is left pending for the next run. A 429 ends
// the run the same way, with nothing lost.
#include "collectors/collector.h"

#include <QCoreApplication>
#include <QDateTime>

namespace insights::plausible {

class Api;

// Days still to read, kept as ranges: "2025-05-21..2025-08-24,2026-05-18..2026-05-20".
QString encodePending(QList<QDate> days);
QList<QDate> decodePending(const QString &text); // newest first

struct V1Budget {
    static constexpr int kPerHour = 540; // 10 % below Plausible's default 600
    QDateTime windowStart;
    int used = 0;
    // Starts a new hour when the last one is over; the requests left in it.
    int remaining(const QDateTime &now);
    QList<StateEntry> state() const;
    static V1Budget load(QSqlDatabase &db);
};

class V1Backfill final {
    Q_DECLARE_TR_FUNCTIONS(PlausibleV1Backfill)
public:
    static constexpr int kCheckpointDays = 10;
    static constexpr int kBreakdownLimit = 1000;

    V1Backfill(CollectContext &context, Api &api, V1Budget &budget, QString site);
    // Reads [from, today] and whatever is pending; the returned batch holds what the last
    // checkpoint did not.
    Result<Batch> run(const QDate &from, const QDate &today);

private:
    Result<QJsonArray> breakdown(const QString &property, const QDate &day, bool &outOfBudget);
    Status checkpoint(Batch &batch, const QList<QDate> &left);
    QList<StateEntry> pendingState(const QList<QDate> &left) const;
    bool spend();

    CollectContext &m_context;
    Api &m_api;
    V1Budget &m_budget;
    QString m_site;
    QString m_where;
};

} // namespace insights::plausible
