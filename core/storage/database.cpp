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
    m_location = DatabaseLocation::file(filePath);
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

Status Database::open(const QString &location)
{
    auto parsed = DatabaseLocation::parse(location);
    if (!parsed)
        return parsed.error();
    return open(*parsed);
}

Status Database::open(const DatabaseLocation &location)
{
    if (location.isPostgres()) {
        if (auto st = openPostgres(location); !st)
            return st;
    } else if (auto st = openRaw(location.filePath); !st) {
        return st;
    }
    if (auto st = Migrations::migrate(m_db); !st) {
        close(); // half a database is no database: the caller sees the error and nothing else
        return st;
    }
    return Ok{};
}

Status Database::openPostgres(const DatabaseLocation &location)
{
    close();
    m_location = location;
    m_path = location.display();
    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!m_db.isValid())
        return makeError(tr("Insights cannot talk to PostgreSQL: Qt's PostgreSQL driver is not installed (Debian: "
                            "libqt6sql6-psql)."),
                         Error::Kind::Config);
    m_db.setHostName(location.host);
    m_db.setPort(location.port);
    m_db.setDatabaseName(location.database);
    m_db.setUserName(location.user);
    QString password = location.password;
    if (password.isEmpty())
        password = qEnvironmentVariable("INSIGHT_DATABASE_PASSWORD");
    m_db.setPassword(password);
    QStringList options{QStringLiteral("connect_timeout=%1").arg(location.connectTimeout),
                        QStringLiteral("application_name=insights")};
    if (!location.sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + location.sslMode;
    m_db.setConnectOptions(options.join(u';'));
    if (!m_db.open()) {
        const QString said = m_db.lastError().databaseText().trimmed();
        const QString where = QStringLiteral("%1:%2").arg(location.host).arg(location.port);
        QString message;
        if (said.contains(QLatin1String("password authentication failed")) || said.contains(QLatin1String("no password supplied")))
            message = tr("The team database at %1 refused the password of %2. Check the password (keychain, "
                         "INSIGHT_DATABASE_PASSWORD or the URL).")
                          .arg(where, location.user);
        else if (said.contains(QLatin1String("does not exist")) && said.contains(QLatin1String("database")))
            message = tr("The database \"%1\" does not exist on %2. Create it (CREATE DATABASE %1) or correct the URL.")
                          .arg(location.database, where);
        else if (said.contains(QLatin1String("role")) && said.contains(QLatin1String("does not exist")))
            message = tr("The team database at %1 has no role \"%2\". Create it (docs/team.md) or correct the URL.")
                          .arg(where, location.user);
        else if (said.contains(QLatin1String("timeout expired")))
            message = tr("The team database at %1 did not answer within %2 s. Check the address and that the server is "
                         "running.")
                          .arg(where)
                          .arg(location.connectTimeout);
        else
            message = tr("Cannot reach the team database at %1: %2").arg(where, said.isEmpty() ? m_db.lastError().text() : said);
        close();
        return makeError(message, Error::Kind::Storage);
    }
    // Times are stored as UTC text by Insights itself; the session's zone only matters to now().
    // The write path spells text literals with only their quotes doubled, which holds when
    // backslashes are plain characters (PostgreSQL's default since 9.1; set so a server's
    // configuration cannot change it).
    // No JIT and no parallel workers: a page's queries read thousands of rows, not millions, but
    // the planner, which cannot know the metric type a query asks for (a subquery's id), often
    // estimates tens of thousands, and then compiling (~40 ms) or starting workers (~100 ms on
    // two cores) costs more than the query.
    for (const char *sql : {"SET TIME ZONE 'UTC'", "SET standard_conforming_strings = on", "SET jit = off",
                            "SET max_parallel_workers_per_gather = 0"})
        if (auto st = execSql(m_db, QString::fromLatin1(sql)); !st) {
            close();
            return st;
        }
    return Ok{};
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
