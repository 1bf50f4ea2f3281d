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
    void run(const QStringList &sources);

signals:
    void progress(const QString &message);
    void finished(const QString &summary, bool anyFailed);

private:
    QString m_dataDir;
    std::atomic_bool m_cancelled{false};
};

} // namespace insights
