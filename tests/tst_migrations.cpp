// Schema migrations: an empty file, every earlier version, a newer file and a file that is not
// a database.
#include "sqlprobe.h"
#include "storage/database.h"
#include "storage/migrations.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace insights;
using namespace insights::test;

class TestMigrations : public QObject {
    Q_OBJECT

private slots:
    void emptyFileReachesTheLatestSchema()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("insights.db"))).ok());
        QCOMPARE(*Migrations::currentVersion(db.handle()), Migrations::latestVersion());
        QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT count(*) FROM insight_source")).toInt(), 6);
        // stars_daily since schema 8; downloads_by_python and downloads_by_system since schema 10
        QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT count(*) FROM insight_metric_type")).toInt(), 34);
        // Alerts (schema 10): their own table, one row per alert's identity.
        QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'insight_alert'")).toInt(),
                 2); // the unique key and the date index
        // The user's notes (schema 9): their own table, looked up by date.
        QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE (type, name, tbl_name) IN "
                                                     "(VALUES ('table', 'insight_note', 'insight_note'), "
                                                     "('index', 'insight_note_date', 'insight_note'))"))
                     .toInt(),
                 2);
        QCOMPARE(scalar(db.handle(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db.handle(), QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
        QCOMPARE(scalar(db.handle(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        // Every metric type of SPEC §1 belongs to its source.
        QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT s.key FROM insight_metric_type t JOIN insight_source s "
                                                     "ON s.id = t.source_id WHERE t.key = 'unique_cloners_14d'"))
                     .toString(),
                 QStringLiteral("github_traffic"));
    }

    void everyEarlierVersionMigratesAndKeepsItsData_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < Migrations::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void everyEarlierVersionMigratesAndKeepsItsData()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("insights.db"));
        {
            Database old;
            QVERIFY(old.openRaw(path).ok());
            QVERIFY(Migrations::migrate(old.handle(), from).ok());
            QCOMPARE(*Migrations::currentVersion(old.handle()), from);
            QSqlQuery q(old.handle());
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO insight_metric(date, metric_type_id, subject, item, value, period, created_at, updated_at) "
                "SELECT '2024-05-13', id, 'o/r', '', 31, 'daily', '2024-05-14T00:00:00Z', '2024-05-14T00:00:00Z' "
                "FROM insight_metric_type WHERE key = 'views'")));
        }
        Database db;
        QVERIFY(db.open(path).ok());
        QCOMPARE(*Migrations::currentVersion(db.handle()), Migrations::latestVersion());
        QCOMPARE(metricValue(db.handle(), QStringLiteral("views"), QStringLiteral("o/r"), QDate(2024, 5, 13)).toInt(), 31);
        QVERIFY(scalar(db.handle(), QStringLiteral("SELECT count(*) FROM insight_run")).isValid());
        QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT count(*) FROM insight_note")).toInt(), 0);
    }

    void aFileFromANewerVersionIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("insights.db"));
        {
            Database db;
            QVERIFY(db.open(path).ok());
            QVERIFY(QSqlQuery(db.handle()).exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        Database db;
        const Status st = db.open(path);
        QVERIFY(!st.ok());
        QVERIFY2(st.errorMessage().contains(QLatin1String("newer Insights")), qPrintable(st.errorMessage()));
        QVERIFY(!db.isOpen()); // a database that cannot be used is not left open
        Database raw;
        QVERIFY(raw.openRaw(path).ok());
        QCOMPARE(scalar(raw.handle(), QStringLiteral("PRAGMA user_version")).toInt(), 999);
    }

    void aFileThatIsNotADatabaseGivesAClearError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("insights.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'z'));
        f.close();
        Database db;
        const Status st = db.open(path);
        QVERIFY(!st.ok());
        QVERIFY2(st.errorMessage().contains(QLatin1String("not a readable Insights database")), qPrintable(st.errorMessage()));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray(8192, 'z')); // untouched
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
