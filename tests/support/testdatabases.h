#pragma once
// The backends a storage test runs on: SQLite always, and PostgreSQL on the throw-away server
// scripts/with-test-postgres.sh starts (INSIGHTS_TEST_POSTGRES_URL, a superuser's URL). A test
// class that takes a Backend runs once per backend (INSIGHTS_TEST_MAIN_ON_EVERY_BACKEND); each
// database it asks for is a new one: a temporary file, or a new database on the server.
// Under CI a missing server is a failure, not a skip: the suite must prove both backends.
#include "storage/database.h"
#include "storage/dialect.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <cstdio>

namespace insights::test {

inline QString postgresAdminUrl()
{
    return qEnvironmentVariable("INSIGHTS_TEST_POSTGRES_URL");
}

inline QString backendName(Backend backend)
{
    return backend == Backend::PostgreSQL ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

// Runs `sql` as the server's superuser in `database` (default: postgres); false with a warning
// on failure.
inline bool postgresAdmin(const QString &sql, const QString &database = QStringLiteral("postgres"))
{
    auto location = DatabaseLocation::parse(postgresAdminUrl());
    if (!location)
        return false;
    location->database = database;
    Database db; // the app's own connection, without touching any schema
    if (auto st = db.connectOnly(*location); !st) {
        qWarning("cannot reach the test PostgreSQL: %s", qPrintable(st.errorMessage()));
        return false;
    }
    QSqlQuery q(db.handle());
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

// The URL of `database` on the test server for `user` (default: the superuser, with its password).
inline QString postgresUrl(const QString &database, const QString &user = QString(), const QString &password = QString())
{
    QUrl url(postgresAdminUrl());
    url.setPath(QLatin1Char('/') + database);
    if (!user.isEmpty()) {
        url.setUserName(user);
        url.setPassword(password);
    }
    return url.toString();
}

// A new, empty database on the test server; its URL.
inline QString freshPostgresDatabase()
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("insights_t%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    if (!postgresAdmin(QStringLiteral("CREATE DATABASE %1").arg(name)))
        qFatal("cannot create the test database %s", qPrintable(name));
    return postgresUrl(name);
}

// Where a test's next database lives on `backend`: a new file in `dir`, or a new database.
inline QString freshLocation(Backend backend, const QTemporaryDir &dir)
{
    static QAtomicInt counter;
    if (backend == Backend::PostgreSQL)
        return freshPostgresDatabase();
    return dir.filePath(QStringLiteral("t%1.db").arg(counter.fetchAndAddRelaxed(1)));
}

// Runs the test class once per backend. Without a test server PostgreSQL is skipped with a
// warning, except under CI, where that fails.
template<typename T>
int runOnEveryBackend(int argc, char **argv)
{
    int status = 0;
    for (Backend backend : {Backend::SQLite, Backend::PostgreSQL}) {
        if (backend == Backend::PostgreSQL && postgresAdminUrl().isEmpty()) {
            if (qEnvironmentVariable("CI") == QLatin1String("true")) {
                qCritical("INSIGHTS_TEST_POSTGRES_URL is not set: run the suite under scripts/with-test-postgres.sh");
                return 1;
            }
            qWarning("PostgreSQL skipped: no test server (scripts/with-test-postgres.sh starts one)");
            continue;
        }
        std::printf("--- on %s\n", qPrintable(backendName(backend)));
        std::fflush(stdout);
        T test(backend);
        // Each backend's results under its own name: "sqlite" and "postgresql".
        QStringList args;
        for (int i = 0; i < argc; ++i)
            args << QString::fromLocal8Bit(argv[i]);
        test.setObjectName(QString::fromLatin1(T::staticMetaObject.className()) + QLatin1Char('-') + backendName(backend));
        status |= QTest::qExec(&test, args);
    }
    return status;
}

} // namespace insights::test

// In initTestCase of a test that needs the PostgreSQL server: skipped without one, except under
// CI, where that fails.
#define INSIGHTS_REQUIRE_TEST_POSTGRES()                                                                                    \
    do {                                                                                                                   \
        if (insights::test::postgresAdminUrl().isEmpty()) {                                                                \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                                       \
                QFAIL("INSIGHTS_TEST_POSTGRES_URL is not set: run the suite under scripts/with-test-postgres.sh");         \
            QSKIP("no test PostgreSQL (scripts/with-test-postgres.sh starts one)");                                        \
        }                                                                                                                  \
    } while (false)

#define INSIGHTS_TEST_MAIN_ON_EVERY_BACKEND(TestClass)                                                                       \
    int main(int argc, char **argv)                                                                                        \
    {                                                                                                                      \
        QCoreApplication app(argc, argv);                                                                                  \
        return insights::test::runOnEveryBackend<TestClass>(argc, argv);                                                   \
    }
