#pragma once
// The reading thread of the application service: builds PageData, the status of every source
// and the other answers the window asks the database for, in its own QThread with its own
// database connection (a SQLite connection belongs to its thread; WAL lets it read while a
// collection writes), so the UI thread never runs SQL. Page requests carry a token; the window
// ignores answers to requests it has since replaced. Requests made before the service knows where
// the database is (a team database's password is still being read from the keychain) wait, in
// order, until setLocation().
#include "dashboard/pagedata.h"
#include "storage/database.h"

#include <QHash>
#include <QObject>
#include <optional>
#include <functional>

namespace insights {

class PageLoader final : public QObject {
    Q_OBJECT
public:
    PageLoader();

    // Thread-safe: where to read from now (closing any connection to another place); runs
    // `first` (in the loader's thread, before anything opens it), then the requests that waited.
    void setLocation(const DatabaseLocation &location, std::function<void()> first = {});

    // Thread-safe: queues the request in the loader's thread.
    void request(int token, const PageRequest &request);
    // Thread-safe: counts the stored rows per source (queued after any page request).
    void requestRowCounts();
    // Thread-safe: runs `task` in the loader's thread with its connection (null, and `error`
    // saying why, when the database cannot be opened). Tasks run in the order they were posted.
    using Task = std::function<void(QSqlDatabase *db, const QString &error)>;
    void post(Task task);
    // Synchronous, in the caller's thread (tests, `insights chart`).
    static PageData loadNow(QSqlDatabase &db, const PageRequest &request);

signals:
    void loaded(int token, const insights::PageData &data);
    void rowCountsLoaded(const QHash<QString, qint64> &counts);
    // Team mode: another process committed data of `source` to the database (PostgreSQL's
    // LISTEN/NOTIFY on channel insights_data; the collectors notify in their write transaction).
    void dataChanged(const QString &source);

private:
    void load(int token, const PageRequest &request);
    bool ensureOpen(QString *error);
    // In the loader's thread: runs `job` now, or once the location is known.
    void run(std::function<void()> job);

    std::optional<DatabaseLocation> m_location;
    QList<std::function<void()>> m_waiting;
    Database m_db;
};

} // namespace insights
