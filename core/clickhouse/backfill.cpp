#include "backfill.h"

#include "querybudget.h"
#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QSet>
#include <algorithm>

namespace insights::backfill {

QList<QDate> daysToRead(const Request &r)
{
    // A normal run catches up from the newest stored day (a day may have been partial, and a
    // pause of a week must not leave a hole), but never further back than a year.
    constexpr int kMaxCatchUpDays = 366;
    QSet<QDate> days;
    const auto add = [&](const QDate &first, const QDate &last) {
        for (QDate d = first; d.isValid() && d <= last; d = d.addDays(1))
            days.insert(d);
    };
    // (A first run reads firstRunDays unless a window was asked for.)
    const int firstDays = r.lookbackDays > 0 ? r.rereadDays : r.firstRunDays;
    QDate recentFrom = r.lastStored.isValid() ? std::min(r.today.addDays(1 - r.rereadDays), r.lastStored)
                                              : r.today.addDays(1 - std::max(1, firstDays));
    recentFrom = std::max(recentFrom, r.today.addDays(1 - std::max(kMaxCatchUpDays, r.firstRunDays)));
    add(recentFrom, r.today);
    for (const QDate &d : r.pending)
        if (d <= r.today)
            days.insert(d);
    if (r.lookbackDays > 0) {
        const QDate requested = r.today.addDays(1 - r.lookbackDays);
        // An interrupted backfill continues where it stopped: its finished days are not read
        // again; only days older than it was are added.
        const QDate oldestPending = r.pending.isEmpty() ? QDate() : *std::min_element(r.pending.begin(), r.pending.end());
        add(requested, oldestPending.isValid() ? oldestPending.addDays(-1) : r.today);
    }
    QList<QDate> out(days.begin(), days.end());
    std::sort(out.begin(), out.end());
    return out;
}

StateEntry pendingState(const QString &source, const QString &subject, const QList<QDate> &left)
{
    return {source, subject, quotastate::kPending, daywindows::encode(left)};
}

WindowReader::WindowReader(CollectContext &context, QueryBudget &budget, QString source, QString subject, QString where,
                           bool hadPending)
    : m_context(context), m_hadPending(hadPending), m_budget(budget), m_source(std::move(source)), m_subject(std::move(subject)),
      m_where(std::move(where))
{
}

Error WindowReader::stop(const Error &cause, const QList<QDate> &left, int doneDays, int allDays)
{
    const QDateTime until = cause.retryAt.isValid() ? cause.retryAt : m_budget.freeAt(m_context.clock.nowUtc());
    // The windows stored so far carry the days still to read; the budget's file says who waits
    // until when, with the days (all of them when nothing was stored).
    m_budget.setWaiting(m_source, m_subject, until, left);
    Error error = cause;
    error.kind = Error::Kind::RateLimited;
    error.retryAt = until;
    if (doneDays > 0)
        error.message = tr("%1: %2 of %3 days are stored; the other %4 wait for the ClickHouse quota until %5 and follow in the "
                           "next run after that.")
                            .arg(m_where)
                            .arg(doneDays)
                            .arg(allDays)
                            .arg(allDays - doneDays)
                            .arg(utcMinuteText(until));
    return error;
}

Error WindowReader::budgetWait(int needed)
{
    const QDateTime now = m_context.clock.nowUtc();
    const QDateTime until = m_budget.availableAt(now, needed);
    const int left = m_budget.remaining(now);
    Error error = makeError(left > 0 ? tr("%1: waits for the ClickHouse quota until %2: %3 of the hour's %4 queries are left, and "
                                          "it needs at least %5. Nothing of it was read yet.")
                                           .arg(m_where, utcMinuteText(until))
                                           .arg(left)
                                           .arg(QueryBudget::kPerHour)
                                           .arg(needed)
                                     : tr("%1: waits for the ClickHouse quota until %2: the hour's %3 queries are used up. Nothing "
                                          "of it was read yet.")
                                           .arg(m_where, utcMinuteText(until))
                                           .arg(QueryBudget::kPerHour),
                            Error::Kind::RateLimited);
    error.retryAt = until;
    return error;
}

Error WindowReader::waitBeforeStart(const QList<QDate> &days, const Error &cause)
{
    return stop(cause, days, 0, int(days.size()));
}

Result<Batch> WindowReader::run(const QList<DayWindow> &windows, const std::function<Result<Batch>(const DayWindow &)> &read)
{
    QList<QDate> left;
    for (const DayWindow &w : windows)
        left.append(daywindows::range(w.first, w.last));
    std::sort(left.begin(), left.end());
    const int allDays = int(left.size());
    Batch open; // what is not written yet
    for (qsizetype i = 0; i < windows.size(); ++i) {
        const DayWindow &w = windows[i];
        if (m_context.isCancelled())
            return makeError(tr("%1: cancelled.").arg(m_where), Error::Kind::Cancelled);
        auto batch = read(w);
        if (!batch) {
            if (batch.error().kind == Error::Kind::RateLimited)
                return stop(batch.error(), left, allDays - int(left.size()), allDays);
            return batch.error(); // the windows written so far stay, with the days still to read
        }
        left.erase(std::remove_if(left.begin(), left.end(), [&](const QDate &d) { return d >= w.first && d <= w.last; }),
                   left.end());
        open.append(std::move(batch).value());
        if (i + 1 < windows.size() && m_context.checkpoint) {
            open.state.append(pendingState(m_source, m_subject, left));
            if (auto st = m_context.checkpoint(m_subject, std::move(open)); !st)
                return st.error();
            open = Batch{};
            m_hadPending = true;
        }
    }
    if (m_hadPending)
        open.state.append(pendingState(m_source, m_subject, {}));
    m_budget.clearWaiting(m_source, m_subject);
    return open;
}

} // namespace insights::backfill
