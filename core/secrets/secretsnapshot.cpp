#include "secretsnapshot.h"

#include "secretservice.h"

#include <QEventLoop>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <memory>

namespace insights {

Result<std::optional<QString>> SecretSnapshot::read(const QString &key) const
{
    if (auto it = m_values.constFind(key); it != m_values.constEnd())
        return *it;
    return std::optional<QString>();
}

namespace {

// One load in flight: collects the answers, then hands the snapshot over once.
class PendingLoad final : public QObject {
public:
    PendingLoad(QStringList keys, QObject *context, std::function<void(const SecretSnapshot &)> done)
        : m_waiting(std::move(keys)), m_context(context), m_done(std::move(done))
    {
    }

    void answer(const QString &key, const Result<std::optional<QString>> &value)
    {
        if (m_finished || !m_waiting.removeOne(key))
            return; // a late answer after the timeout
        m_snapshot.set(key, value);
        if (m_waiting.isEmpty())
            finish();
    }

    void timeOut(int timeoutMs)
    {
        for (const QString &key : std::as_const(m_waiting))
            m_snapshot.set(key, makeError(SecretSnapshot::tr("The keychain did not answer within %n second(s); it may be "
                                                             "waiting for you to unlock it.",
                                                             nullptr, timeoutMs / 1000),
                                          Error::Kind::Timeout));
        m_waiting.clear();
        finish();
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        if (m_context)
            QMetaObject::invokeMethod(
                m_context.data(), [done = m_done, snapshot = m_snapshot] { done(snapshot); }, Qt::QueuedConnection);
        deleteLater();
    }

private:
    QStringList m_waiting;
    QPointer<QObject> m_context;
    std::function<void(const SecretSnapshot &)> m_done;
    SecretSnapshot m_snapshot;
    bool m_finished = false;
};

} // namespace

void SecretSnapshot::load(SecretService &service, const QStringList &keys, QObject *context, int timeoutMs,
                          std::function<void(const SecretSnapshot &)> done)
{
    auto *pending = new PendingLoad(keys, context, std::move(done));
    if (!keys.isEmpty()) {
        auto *timer = new QTimer(pending);
        timer->setSingleShot(true);
        timer->setInterval(timeoutMs);
        QObject::connect(timer, &QTimer::timeout, pending, [pending, timeoutMs] { pending->timeOut(timeoutMs); });
        QMetaObject::invokeMethod(timer, qOverload<>(&QTimer::start), Qt::QueuedConnection); // in its own thread
    }
    if (context && pending->thread() != context->thread())
        pending->moveToThread(context->thread()); // the timer goes with it
    if (keys.isEmpty()) {
        QMetaObject::invokeMethod(pending, [pending] { pending->finish(); }, Qt::QueuedConnection);
        return;
    }
    for (const QString &key : keys)
        service.read(key, pending, [pending, key](const Result<std::optional<QString>> &value) { pending->answer(key, value); });
}

SecretSnapshot SecretSnapshot::loadNow(SecretService &service, const QStringList &keys, int timeoutMs)
{
    SecretSnapshot out;
    if (QThread::currentThread()->loopLevel() > 0) {
        qWarning("SecretSnapshot::loadNow inside a running event loop; use load()");
        for (const QString &key : keys)
            out.set(key, makeError(tr("Internal error: the keychain was asked from inside a running event loop."),
                                   Error::Kind::Generic));
        return out;
    }
    QEventLoop loop;
    bool arrived = false;
    load(service, keys, &loop, timeoutMs, [&](const SecretSnapshot &snapshot) {
        out = snapshot;
        arrived = true;
        loop.quit();
    });
    if (!arrived)
        loop.exec();
    return out;
}

} // namespace insights
