#pragma once
// Runs collections and Reddit lookups in the collection thread the application service owns.
// Everything a run needs (database connection, HTTP client) is made here, in that thread,
// because SQLite connections and network managers belong to the thread that made them. It never
// asks the keychain: the service reads the secrets before the run (SecretSnapshot) and hands
// them over as values. No widgets: the window and the command line both collect through it.
// On a team database a run claims each subject with a lease (subjectleases.h) first, so the
// window never collects a subject a collector is collecting.
#include "alerts/alert.h"
#include "collectors/collectionrunner.h"
#include "secrets/secretsnapshot.h"
#include "storage/databaselocation.h"

#include <QObject>
#include <QStringList>
#include <atomic>
#include <optional>

namespace insights {

class Config;
class Database;

class CollectionWorker final : public QObject {
    Q_OBJECT
public:
    explicit CollectionWorker(QString dataDir);

    // Thread-safe: asks a running collection to stop; nothing of the interrupted source is written.
    void cancel() { m_cancelled.store(true); }
    // Thread-safe: called before a run is queued (a cancel after this stops that run).
    void resetCancel() { m_cancelled.store(false); }

    // In the worker's thread (queued by the service): where runs write from now on, with the
    // password the service read from the keychain. Until then: the configured location.
    void setLocation(const insights::DatabaseLocation &location) { m_location = location; }

public slots:
    void run(const QStringList &sources, const insights::CollectOptions &options, const insights::SecretSnapshot &secrets);
    // Resolves and tracks a Reddit link (network: never on the UI thread).
    void trackRedditPost(const QString &link);

signals:
    void progress(const QString &message);
    // `newStars`: stars github_stars added in this run.
    void finished(const insights::RunReport &report, int newStars);
    void redditTracked(bool ok, const QString &message);
    // A source of the running collection is done and its data written.
    void sourceCollected(const QString &source);
    // Alerts the run's data raised (stored, not notified yet); before finished().
    void alertsRaised(const QList<insights::Alert> &alerts);

private:
    Status open(Database &db, const Config &config) const;

    QString m_dataDir;
    std::optional<DatabaseLocation> m_location;
    std::atomic_bool m_cancelled{false};
};

} // namespace insights
