#pragma once
// A SecretService held in memory, for tests: answers like the keychain does (later, on the
// context's thread), optionally refusing every request with `failure`.
#include "secretservice.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

namespace insights {

class MemorySecretService final : public SecretService {
    Q_OBJECT
public:
    using SecretService::SecretService;

    void setFailure(std::optional<Error> failure) { m_failure = std::move(failure); }
    // Answers only after `ms` (a keychain waiting to be unlocked, a slow D-Bus).
    void setDelayMs(int ms) { m_delayMs = ms; }
    // What is stored now (tests look without going through the asynchronous interface).
    std::optional<QString> value(const QString &key) const
    {
        if (auto it = m_values.constFind(key); it != m_values.constEnd())
            return *it;
        return std::nullopt;
    }
    int requests() const { return m_requests; }

    void read(const QString &key, QObject *context, ReadDone done) override
    {
        ++m_requests;
        Result<std::optional<QString>> answer = m_failure ? Result<std::optional<QString>>(*m_failure) : value(key);
        later(context, [done, answer] { done(answer); });
    }
    void write(const QString &key, const QString &secret, QObject *context, Done done) override
    {
        ++m_requests;
        if (!m_failure)
            m_values.insert(key, secret);
        const Status answer = m_failure ? Status(*m_failure) : Status(Ok{});
        later(context, [done, answer] { done(answer); });
    }
    void remove(const QString &key, QObject *context, Done done) override
    {
        ++m_requests;
        if (!m_failure)
            m_values.remove(key);
        const Status answer = m_failure ? Status(*m_failure) : Status(Ok{});
        later(context, [done, answer] { done(answer); });
    }

private:
    template<typename F>
    void later(QObject *context, F call) const
    {
        if (!context)
            return;
        if (m_delayMs > 0)
            QTimer::singleShot(m_delayMs, context, std::move(call));
        else
            QMetaObject::invokeMethod(context, std::move(call), Qt::QueuedConnection);
    }

    QHash<QString, QString> m_values;
    std::optional<Error> m_failure;
    int m_requests = 0;
    int m_delayMs = 0;
};

} // namespace insights
