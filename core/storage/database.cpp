#include "database.h"

#include "migrations.h"
#include "sqlutil.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

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
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!m_db.open())
        return makeError(tr("Cannot open the database %1: %2").arg(filePath, m_db.lastError().text()),
                         Error::Kind::Storage);

    // Reading the schema version first surfaces "file is not a database" as a clear error.
    {
        QSqlQuery probe(m_db);
        m_unreadable = false;
        if (!probe.exec(QStringLiteral("PRAGMA user_version"))) {
            // SQLITE_NOTADB (26) or SQLITE_CORRUPT (11): the file itself is damaged, as opposed
            // to a lock, a permission or a missing directory.
            const QString code = probe.lastError().nativeErrorCode();
            m_unreadable = code == QLatin1String("26") || code == QLatin1String("11");
            m_probeError = probe.lastError().databaseText();
            return makeError(tr("%1 is not a readable Insights database (%2). Move it aside or choose "
                                "another data directory.")
                                 .arg(filePath, probe.lastError().text()),
                             Error::Kind::Storage);
        }
    } // finished here: an open statement would keep a read transaction and block journal_mode=WAL

    if (auto st = enableWal(); !st)
        return st;
    // A 16 MiB page cache per connection (SQLite's default is 2): a collection's batch and a
    // page's queries stay in memory; three connections stay far inside SPEC §6's 250 MB.
    for (const char *pragma : {"PRAGMA synchronous=NORMAL", "PRAGMA cache_size=-16384", "PRAGMA foreign_keys=ON"}) {
        if (auto st = execSql(m_db, QString::fromLatin1(pragma)); !st)
            return st;
    }
    return Ok{};
}

Status Database::enableWal()
{
    // WAL is a property of the file: once set, every later open finds it and takes no lock.
    {
        QSqlQuery mode(QStringLiteral("PRAGMA journal_mode"), m_db);
        if (mode.next() && mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            return Ok{};
    }
    // Switching needs the file to itself, and SQLite answers "locked" at once, without its busy
    // wait, when two processes open a new database together (two `insights collect` at first
    // start): ask again for as long as the busy timeout would have waited.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        QSqlQuery wal(m_db);
        if (wal.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
            return Ok{};
        // SQLITE_BUSY (5) is the race; any other error is an answer.
        if (wal.lastError().nativeErrorCode() != QLatin1String("5") || waited.elapsed() > kBusyTimeoutMs)
            return sqlError(QStringLiteral("Database error in \"PRAGMA journal_mode=WAL\""), wal);
        QThread::msleep(20);
    }
}

Result<QString> Database::recoverIfUnreadable(const QString &filePath)
{
    if (!QFileInfo::exists(filePath))
        return QString();
    QString reason;
    QFile file(filePath);
    // The header first, without SQLite: opening a file that is not a database lets SQLite tidy
    // away its -wal, and those bytes may be what a recovery needs.
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray header = file.read(16);
        file.close();
        if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
            reason = tr("it is not an SQLite database file");
    }
    if (reason.isEmpty()) {
        Database probe;
        const Status st = probe.openRaw(filePath);
        if (st || !probe.m_unreadable)
            return QString(); // readable, or a problem that moving the file would not solve
        reason = probe.m_probeError;
    }
    // Moved aside, never overwritten: the file (and its journal files) keep their bytes.
    const QString aside = QStringLiteral("%1.unreadable-%2")
                              .arg(filePath, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!QFileInfo::exists(filePath + suffix))
            continue;
        if (!QFile::rename(filePath + suffix, aside + suffix))
            return makeError(tr("%1 cannot be read and cannot be moved aside (%2). Move it yourself or choose another "
                                "data directory.")
                                 .arg(filePath, reason),
                             Error::Kind::Storage);
    }
    return tr("The database %1 could not be read (%2). It was moved to %3, unchanged, and a new database was started; "
              "nothing was deleted.")
        .arg(filePath, reason, aside);
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
