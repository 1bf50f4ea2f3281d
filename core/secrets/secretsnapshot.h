#pragma once
// The secrets one collection needs, read from the keychain before the run starts and handed to
// the collection thread as values. A run started by the schedule, by "Collect now" or right
// after Settings saved a token reads the keychain the same way: asynchronously, on the thread
// that owns the SecretService, queued behind any write still in flight (qtkeychain runs one job
// at a time), so the newest token is the one the run gets.
#include "secretstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <functional>

class QObject;

namespace insights {

class SecretService;

class SecretSnapshot final : public SecretStore {
    Q_DECLARE_TR_FUNCTIONS(SecretSnapshot)
public:
    // A key that was not read (its environment variable provides the token) reads as nothing.
    Result<std::optional<QString>> read(const QString &key) const override;
    void set(const QString &key, Result<std::optional<QString>> value) { m_values.insert(key, std::move(value)); }
    QStringList keys() const { return m_values.keys(); }

    // Reads `keys` through `service` and calls `done` on `context`'s thread once every answer is
    // in; a key still unanswered after `timeoutMs` (a keychain waiting to be unlocked) becomes an
    // error that says so, and its late answer is ignored. `done` is never called from inside
    // load(), and not at all when `context` is destroyed first.
    static void load(SecretService &service, const QStringList &keys, QObject *context, int timeoutMs,
                     std::function<void(const SecretSnapshot &)> done);

    // For the command line, whose main thread runs no event loop yet: load() and wait in a local
    // loop. Refused inside a running event loop (the window must use load()).
    static SecretSnapshot loadNow(SecretService &service, const QStringList &keys, int timeoutMs);

    static constexpr int kDefaultTimeoutMs = 30'000;

private:
    QHash<QString, Result<std::optional<QString>>> m_values;
};

} // namespace insights
