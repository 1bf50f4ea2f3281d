#pragma once
// Runs a collection off the UI thread. Lives in its own QThread and creates there everything a
// run needs (database connection, HTTP client), because SQLite connections and network managers
// belong to the thread that made them. It never asks the keychain: the window reads the secrets
// before the run (SecretSnapshot) and hands them over as values.
#include "secrets/secretsnapshot.h"

#include <QObject>
#include <QStringList>
#include <atomic>

namespace insights {

class CollectionWorker final : public QObject {
    Q_OBJECT
public:
    explicit CollectionWorker(QString dataDir);

    // Thread-safe: asks a running collection to stop; nothing of the interrupted source is written.
    void cancel() { m_cancelled.store(true); }
    // Thread-safe: called by the window before it queues a run (a cancel after this stops that run).
    void resetCancel() { m_cancelled.store(false); }

public slots:
    // `scheduled`: a background run on the sources' intervals (Reddit then refreshes young posts only).
    void run(const QStringList &sources, bool scheduled, const insights::SecretSnapshot &secrets);
    // Resolves and tracks a Reddit link (network: never on the UI thread).
    void trackRedditPost(const QString &link);

signals:
    void progress(const QString &message);
    void finished(const QString &summary, bool anyFailed);
    // After a run: stars added by github_stars, and the messages of what failed.
    void outcome(int newStars, const QStringList &failures);
    void redditTracked(bool ok, const QString &message);

private:
    QString m_dataDir;
    std::atomic_bool m_cancelled{false};
};

} // namespace insights
