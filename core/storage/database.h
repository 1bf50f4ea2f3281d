#pragma once
// One SQLite connection, owned by the thread that opened it. Opening configures the connection
// (WAL, synchronous=NORMAL, foreign keys, busy timeout) and brings the schema up to date.
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

    // Opens (creating if needed) the database file and migrates it to the latest schema.
    Status open(const QString &filePath);
    // Opens without migrating; for tests that build an older schema version on purpose.
    Status openRaw(const QString &filePath);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &handle() { return m_db; }
    QString filePath() const { return m_path; }

    static QString fileName() { return QStringLiteral("insights.db"); }

private:
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
};

} // namespace insights
