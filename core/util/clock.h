#pragma once
// Time as a dependency: collectors and the HTTP client ask a Clock for "now" and to wait, so tests
// can replace both (a rate-limit wait of an hour takes no time under a test clock).
#include <QDateTime>
#include <atomic>
#include <functional>

namespace insights {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // Waits up to `msecs`, returning early (false) when `cancelled` becomes true.
    // Implementations keep the calling thread's event loop running.
    virtual bool wait(qint64 msecs, const std::atomic_bool *cancelled = nullptr) = 0;
    QDate todayUtc() const { return nowUtc().date(); }
};

// A moment as messages show it to the user: "2026-05-20 14:00 UTC".
QString utcMinuteText(const QDateTime &moment);

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override;
    bool wait(qint64 msecs, const std::atomic_bool *cancelled = nullptr) override;
    static SystemClock &instance();
};

} // namespace insights
