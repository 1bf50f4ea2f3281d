#pragma once
// Plausible through its v1 API, for servers without v2: the daily totals of the window in one
// timeseries request, then each day's pages and countries as two breakdowns — newest day first,
// then any days an earlier run left pending. Requests are counted against an hourly budget
// (shared by all sites of the key, kept in collector_state) in the same fixed clock-hour windows
// Plausible counts in; progress is checkpointed every few days, and what does not fit is left
// pending for the next run. A 429 ends the run the same way, with nothing lost, until the next
// full hour. Imported history is included (`with_imported=true`), as on the dashboard.
//
// The budget, read from the server: a server without the v2 API is a self-hosted Community
// Edition before 3.0, whose keys allow 600 requests an hour up to 2.1.1 and 1,000,000 from 2.1.2
// on (plausible/analytics CHANGELOG), unless an administrator changed it. No header tells the
// limit, and the sentence of the 429 that names it does not reach us (the HTTP layer turns a 429
// into an error without its body). So the server says it by refusing: until a key has been
// refused, the backfill is not capped; at the first refusal the number of requests Plausible let
// through in that window is kept (`v1_key_limit`) and later windows use 90 % of it.
#include "collectors/collector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace insights::plausible {

class Api;

// Days still to read, kept as ranges: "2025-05-21..2025-08-24,2026-05-18..2026-05-20".
QString encodePending(QList<QDate> days);
QList<QDate> decodePending(const QString &text); // newest first

struct V1Budget {
    static constexpr int kUnlimited = 1 << 30;
    QDateTime windowStart; // the clock hour being counted
    int used = 0;          // our requests in it
    // What Plausible let this key do in one window, learned when it first refused (nullopt: it
    // never has, so the server's limit is above anything asked so far).
    std::optional<int> keyLimit;
    // Requests we allow ourselves per window: 90 % of the learned limit (room for other tools
    // on the same key), no cap while Plausible has never refused.
    int perWindow() const;
    // Starts a new window at each full clock hour; the requests left in this one.
    int remaining(const QDateTime &now);
    // Plausible refused a request of this window: learn how far it let us go, and stop for the hour.
    void refused();
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
