#pragma once
// The reading thread of the application service: builds PageData, the status of every source
// and the other answers the window asks the database for, in its own QThread with its own
// database connection (a SQLite connection belongs to its thread; WAL lets it read while a
// collection writes), so the UI thread never runs SQL. Page requests carry a token; the window
// ignores answers to requests it has since replaced.
#include "dashboard/pagedata.h"
#include "storage/database.h"

#include <QHash>
#include <QObject>
#include <functional>

namespace insights {

class PageLoader final : public QObject {
    Q_OBJECT
public:
    explicit PageLoader(QString databasePath);

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

    QString m_path;
    Database m_db;
};

} // namespace insights
