#include "database.h"

#include "migrations.h"
#include "sqlutil.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace insights {

namespace {
QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("insights-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Database::~Database()
{
    close();
}

Status Database::openRaw(const QString &filePath)
{
    close();
    m_path = filePath;
    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(filePath);
    // Writers from other processes (a second `insights collect`, the tray) wait instead of failing.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    if (!m_db.open())
        return makeError(tr("Cannot open the database %1: %2").arg(filePath, m_db.lastError().text()),
                         Error::Kind::Storage);

    // Reading the schema version first surfaces "file is not a database" as a clear error.
    {
        QSqlQuery probe(m_db);
        if (!probe.exec(QStringLiteral("PRAGMA user_version")))
            return makeError(tr("%1 is not a readable Insights database (%2). Move it aside or choose "
                                "another data directory.")
                                 .arg(filePath, probe.lastError().text()),
                             Error::Kind::Storage);
    } // finished here: an open statement would keep a read transaction and block journal_mode=WAL

    // A 16 MiB page cache per connection (SQLite's default is 2): a collection's batch and a
    // page's queries stay in memory; three connections stay far inside SPEC §6's 250 MB.
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA cache_size=-16384",
                               "PRAGMA foreign_keys=ON"}) {
        if (auto st = execSql(m_db, QString::fromLatin1(pragma)); !st)
            return st;
    }
    return Ok{};
}

Status Database::open(const QString &filePath)
{
    if (auto st = openRaw(filePath); !st)
        return st;
    return Migrations::migrate(m_db);
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

} // namespace insights
