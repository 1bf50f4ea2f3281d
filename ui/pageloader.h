#pragma once
// Builds PageData off the UI thread: lives in its own QThread with its own database connection
// (a SQLite connection belongs to its thread), so a range change never blocks the window. Each
// request carries a token; the window ignores answers to requests it has since replaced.
#include "dashboard/pagedata.h"
#include "storage/database.h"

#include <QHash>
#include <QObject>

namespace insights {

class PageLoader final : public QObject {
    Q_OBJECT
public:
    explicit PageLoader(QString databasePath);

    // Thread-safe: queues the request in the loader's thread.
    void request(int token, const PageRequest &request);
    // Thread-safe: counts the stored rows per source (queued after any page request).
    void requestRowCounts();
    // Synchronous, in the caller's thread (tests, `insights chart`).
    static PageData loadNow(QSqlDatabase &db, const PageRequest &request);

signals:
    void loaded(int token, const insights::PageData &data);
    void rowCountsLoaded(const QHash<QString, qint64> &counts);

private:
    void load(int token, const PageRequest &request);
    bool ensureOpen(QString *error);

    QString m_path;
    Database m_db;
};

} // namespace insights
