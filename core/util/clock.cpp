#include "clock.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace insights {

QString utcMinuteText(const QDateTime &moment)
{
    return moment.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

bool SystemClock::wait(qint64 msecs, const std::atomic_bool *cancelled)
{
    // Wait in short slices so that cancellation is noticed quickly and the thread's event loop
    // (network replies, local servers in tests) keeps running.
    QElapsedTimer elapsed;
    elapsed.start();
    while (elapsed.elapsed() < msecs) {
        if (cancelled && cancelled->load())
            return false;
        QEventLoop loop;
        QTimer::singleShot(std::min<qint64>(100, msecs - elapsed.elapsed()), &loop, &QEventLoop::quit);
        loop.exec();
    }
    return !(cancelled && cancelled->load());
}

SystemClock &SystemClock::instance()
{
    static SystemClock clock;
    return clock;
}

} // namespace insights
