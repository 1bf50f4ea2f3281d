#pragma once
// What a ClickHouse collector reads in one run and how it reads it under the quota. The days: a
// normal run re-reads from the newest stored day (at least the last few), an explicit
// --lookback-days window adds its days, and days an interrupted backfill left are read first.
// The reading: windows newest first (daywindows.h); every finished window but the last is written
// at once with the days still to read (collector_state `pending_days`), so a quota stop, a
// failure or a killed process loses only the window in flight and the next run continues there.
// Every stored day is complete: a window carries all of its days' figures. A subject that stops
// for the quota is noted in the budget's file (with its days, when nothing of it was stored):
// a failed subject writes nothing to the database beyond the windows it finished.
#include "collectors/collector.h"
#include "daywindows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <functional>

namespace insights {

class QueryBudget;

namespace backfill {

struct Request {
    QDate today;
    int lookbackDays = 0; // 0: a normal run
    int rereadDays = 3;   // a normal run reads at least these last days
    int firstRunDays = 3; // a normal run with nothing stored reads these
    QDate lastStored;     // newest stored day of the subject (invalid: none)
    QList<QDate> pending; // left by an interrupted backfill
};

// Ascending, without duplicates.
QList<QDate> daysToRead(const Request &request);

// The collector_state entry of the days a half-done backfill still has to read ('' when none).
StateEntry pendingState(const QString &source, const QString &subject, const QList<QDate> &left);

class WindowReader final {
    Q_DECLARE_TR_FUNCTIONS(ClickHouseBackfill)
public:
    // `where`: "pypi insights-demo", for messages; `hadPending`: collector_state holds days an
    // earlier run left (cleared when this one completes).
    WindowReader(CollectContext &context, QueryBudget &budget, QString source, QString subject, QString where, bool hadPending);

    // Reads `windows` (newest first) with `read`, which returns a window's complete batch.
    // Returns the batch of what was not written yet, with the subject's waiting state cleared.
    // A window the quota has no room for stops the subject: what is done stays, the rest is
    // left pending, and the error (RateLimited, retryAt) says until when it waits.
    Result<Batch> run(const QList<DayWindow> &windows, const std::function<Result<Batch>(const DayWindow &)> &read);

    // Stops the subject before it read a window: its days wait for the quota (`cause`: the
    // server's code 201, or budgetWait's).
    Error waitBeforeStart(const QList<QDate> &days, const Error &cause);
    // The hour has fewer than `needed` queries left: the subject waits until it has them.
    Error budgetWait(int needed);

private:
    Error stop(const Error &cause, const QList<QDate> &left, int doneDays, int allDays);

    CollectContext &m_context;
    bool m_hadPending = false;
    QueryBudget &m_budget;
    QString m_source;
    QString m_subject;
    QString m_where;
};

} // namespace backfill
} // namespace insights
