#pragma once
// One connection, owned by the thread that opened it: to the local SQLite file, or to a team's
// PostgreSQL server (DatabaseLocation). Opening configures the connection (SQLite: WAL,
// synchronous=NORMAL, foreign keys, busy timeout) and brings the schema up to date.
#include "databaselocation.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace insights {

class Database final {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) the database file, or the server a postgresql:// URL names, and
    // migrates it to the latest schema.
    Status open(const QString &location);
    Status open(const DatabaseLocation &location);
    // Opens without migrating; for tests that build an older schema version on purpose.
    Status openRaw(const QString &filePath);
    // Connects to a team's server without touching its schema (Settings' "Test connection").
    Status connectOnly(const DatabaseLocation &location) { return openPostgres(location); }
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &handle() { return m_db; }
    QString filePath() const { return m_path; }
    bool isPostgres() const { return m_location.isPostgres(); }
    const DatabaseLocation &location() const { return m_location; }

    static QString fileName() { return QStringLiteral("insights.db"); }

    // When `filePath` exists but is not a readable SQLite database (not a database, or its
    // header damaged), moves it and its -wal/-shm aside to "<name>.unreadable-<UTC time>" so
    // that a new database can start, and returns what happened for the user; an empty string
    // when nothing had to move. Called once, before the first open of a process.
    static Result<QString> recoverIfUnreadable(const QString &filePath);

private:
    // Writers from other processes (a second `insights collect`, the tray) wait this long.
    static constexpr int kBusyTimeoutMs = 15'000;
    Status enableWal();
    Status openPostgres(const DatabaseLocation &location);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    DatabaseLocation m_location;
    bool m_unreadable = false; // the last openRaw failed on a damaged file
    QString m_probeError;      // SQLite's words for it
};

} // namespace insights
