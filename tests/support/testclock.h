#pragma once
// A Clock for tests: time stands still until a wait moves it, and waits return at once. Every
// wait is recorded so a test can assert that a rate limit was honoured for as long as told.
#include "util/clock.h"

#include <QList>

namespace insights::test {

class TestClock final : public Clock {
public:
    explicit TestClock(QDateTime now = QDateTime(QDate(2026, 5, 20), QTime(12, 0), Qt::UTC)) : m_now(std::move(now)) {}

    QDateTime nowUtc() const override { return m_now; }
    bool wait(qint64 msecs, const std::atomic_bool *cancelled = nullptr) override
    {
        m_waits.append(msecs);
        m_now = m_now.addMSecs(msecs);
        return !(cancelled && cancelled->load());
    }

    void setNow(const QDateTime &now) { m_now = now.toUTC(); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }
    const QList<qint64> &waits() const { return m_waits; }
    qint64 totalWaitedMs() const
    {
        qint64 total = 0;
        for (qint64 w : m_waits)
            total += w;
        return total;
    }

private:
    QDateTime m_now;
    QList<qint64> m_waits;
};

} // namespace insights::test
