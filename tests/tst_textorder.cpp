// Text sorts the same on both backends (schema 13): SQLite compares bytes (BINARY); a PostgreSQL
// server compares by the locale it was created with, and most are en_US, where "/api" comes
// before "/Docs". Insights' text columns on PostgreSQL compare bytes, so a list of paths, names
// or versions comes in one order whichever database the window reads; a team database of the
// previous release gets them on the owner's next start, with its rows and its unique key intact.
#include "storage/database.h"
#include "storage/metricstore.h"
#include "storage/migrations.h"
#include "sqlprobe.h"
#include "storewrite.h"
#include "testdatabases.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace insights;

namespace {

const QStringList kPaths = {QStringLiteral("/b"), QStringLiteral("/api"), QStringLiteral("/Docs"), QStringLiteral("/docs"),
                            QStringLiteral("/Ärger"), QStringLiteral("/zebra")};

QStringList column(QSqlDatabase &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qWarning() << sql << q.lastError().text();
        return {QStringLiteral("<failed>")};
    }
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// The six paths as a day of a site's pages.
Batch pages()
{
    Batch batch;
    for (int i = 0; i < kPaths.size(); ++i)
        batch.rows.append(MetricRow::make("top_pages", QStringLiteral("example.org"), QDate(2026, 11, 2), Period::Daily,
                                          10.0 + i, kPaths.at(i)));
    return batch;
}

const QString kByPath = QStringLiteral("SELECT item FROM insight_metric WHERE subject = 'example.org' ORDER BY item");

} // namespace

class TestTextOrder : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { INSIGHTS_REQUIRE_TEST_POSTGRES(); }

    // Without this the cases below could not fail: the test server sorts text as an en_US
    // server does (scripts/with-test-postgres.sh), not by bytes.
    void theServerSortsByItsLocale()
    {
        Database db;
        QVERIFY(db.open(test::freshPostgresDatabase()).ok());
        const QStringList sorted =
            column(db.handle(), QStringLiteral("SELECT x FROM (VALUES ('/Docs'), ('/api'), ('/b')) AS v(x) ORDER BY x"));
        QCOMPARE(sorted, QStringList({QStringLiteral("/api"), QStringLiteral("/b"), QStringLiteral("/Docs")}));
    }

    void pathsSortAsOnSqlite()
    {
        Database sqlite, postgres;
        QVERIFY(sqlite.open(m_dir.filePath(QStringLiteral("order.db"))).ok());
        QVERIFY(postgres.open(test::freshPostgresDatabase()).ok());
        test::writeCommitted(sqlite.handle(), pages());
        test::writeCommitted(postgres.handle(), pages());
        const QStringList bytes = {QStringLiteral("/Docs"), QStringLiteral("/api"), QStringLiteral("/b"),
                                   QStringLiteral("/docs"), QStringLiteral("/zebra"), QStringLiteral("/Ärger")};
        QCOMPARE(column(sqlite.handle(), kByPath), bytes);
        QCOMPARE(column(postgres.handle(), kByPath), bytes);
    }

    // A database of schema 12 (the server's collation on every text column) with a site's pages:
    // the owner's next start gives every column byte order, keeps the rows, and the unique key
    // still makes a re-run change nothing.
    void schema12GetsByteOrderAndKeepsItsRows()
    {
        const QString url = test::freshPostgresDatabase();
        {
            Database db;
            QVERIFY(db.open(url).ok());
            QSqlQuery q(db.handle());
            QVERIFY2(q.exec(QStringLiteral(
                         "DO $$ DECLARE c record; BEGIN FOR c IN SELECT table_name, column_name FROM information_schema.columns "
                         "WHERE table_schema = current_schema() AND data_type = 'text' AND table_name IN (SELECT table_name FROM "
                         "information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE') LOOP "
                         "EXECUTE format('ALTER TABLE %I ALTER COLUMN %I TYPE text COLLATE \"default\"', c.table_name, "
                         "c.column_name); END LOOP; END $$")),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("UPDATE insight_schema_version SET version = 12")));
            test::writeCommitted(db.handle(), pages());
            QCOMPARE(column(db.handle(), kByPath).first(), QStringLiteral("/api")); // the locale's order, as before
        }
        Database db;
        const Status opened = db.open(url);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QCOMPARE(test::scalar(db.handle(), QStringLiteral("SELECT version FROM insight_schema_version")).toInt(),
                 Migrations::latestVersion());
        QCOMPARE(column(db.handle(),
                        QStringLiteral("SELECT table_name || '.' || column_name FROM information_schema.columns WHERE table_schema "
                                       "= current_schema() AND data_type = 'text' AND collation_name IS DISTINCT FROM 'C' AND "
                                       "table_name IN (SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                       "current_schema() AND table_type = 'BASE TABLE')")),
                 QStringList());
        QCOMPARE(column(db.handle(), kByPath).size(), kPaths.size());
        QCOMPARE(column(db.handle(), kByPath).first(), QStringLiteral("/Docs"));
        QCOMPARE(test::writeCommitted(db.handle(), pages()).changed, 0);
        QCOMPARE(test::scalar(db.handle(), QStringLiteral("SELECT COUNT(*) FROM insight_metric WHERE subject = 'example.org'")).toInt(),
                 int(kPaths.size()));
    }
};

QTEST_GUILESS_MAIN(TestTextOrder)
#include "tst_textorder.moc"
