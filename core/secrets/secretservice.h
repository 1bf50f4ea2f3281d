#pragma once
// The keychain as the application asks it: asynchronously, and always from the thread that owns
// the service. qtkeychain's jobs share one queue and helper objects that are not safe to drive
// from two threads at once (issue 19: a read from the collection thread while the window thread
// delivered a job's event crashed in QObject::disconnect), nor from inside a nested event loop.
// So a request may be made from any thread, but it is carried to the owner's thread and run
// there, and its answer is delivered later (never from inside the call) to `context`'s thread.
// If `context` is gone by then, the answer is dropped.
#include "util/result.h"

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace insights {

class SecretService : public QObject {
    Q_OBJECT
public:
    using ReadDone = std::function<void(const Result<std::optional<QString>> &)>;
    using Done = std::function<void(const Status &)>;

    explicit SecretService(QObject *parent = nullptr) : QObject(parent) {}

    // nullopt when nothing is stored under `key`; an error when the keychain cannot be asked.
    virtual void read(const QString &key, QObject *context, ReadDone done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, Done done) = 0;
    // Removing what is not there succeeds.
    virtual void remove(const QString &key, QObject *context, Done done) = 0;
};

} // namespace insights
