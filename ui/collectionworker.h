#pragma once
// Runs a collection off the UI thread. Lives in its own QThread and creates there everything a
// run needs (database connection, HTTP client, keychain access), because SQLite connections and
// network managers belong to the thread that made them.
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

public slots:
    // `scheduled`: a background run on the sources' intervals (Reddit then refreshes young posts only).
    void run(const QStringList &sources, bool scheduled = false);
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
