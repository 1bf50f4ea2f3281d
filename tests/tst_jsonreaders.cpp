// The metadata readers of a team database answer as SQLite's json_extract does where the queries
// use it: PostgreSQL's insight_json_number gives what SQLite's SUM makes of json_extract (a
// number; text counts as the number it starts with; true 1, false 0; absent or null nothing) and
// insight_json_text gives json_extract's text (a string's value, an object as it was written,
// absent or null nothing); so do their twins that read a document parsed once per row
// (Dialect::parseOncePerRow). Every kind of JSON value, hostile spellings included, is read by
// both backends and compared; and a team database at schema 11 gets the readers of schema 12.
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/migrations.h"
#include "testdatabases.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace insights;

namespace {

QVariant ask(QSqlDatabase &db, const QString &sql, const QString &doc)
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        qWarning() << sql << q.lastError().text();
        return QStringLiteral("<prepare failed>");
    }
    q.addBindValue(doc);
    if (!q.exec() || !q.next()) {
        qWarning() << sql << doc << q.lastError().text();
        return QStringLiteral("<failed>");
    }
    return q.value(0);
}

QString shown(const QVariant &v)
{
    return v.isNull() ? QStringLiteral("NULL") : v.toString();
}

} // namespace

class TestJsonReaders : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_sqlite;
    Database m_postgres;

private slots:
    void initTestCase()
    {
        INSIGHTS_REQUIRE_TEST_POSTGRES();
        QVERIFY(m_sqlite.open(m_dir.filePath(QStringLiteral("readers.db"))).ok());
        const Status opened = m_postgres.open(test::freshPostgresDatabase());
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    }

    void numbersAsSqliteSumsThem_data()
    {
        QTest::addColumn<QString>("doc");
        const char *const docs[] = {
            "{\"n\":12}", "{\"n\":-3.5}", "{\"n\":1e-07}", "{\"n\":1e+300}", "{\"n\":9007199254740991}", "{\"n\":0}",
            "{\"n\":-0}", "{\"n\":2E3}", "{\"n\":\"12\"}", "{\"n\":\" 7 apples\"}", "{\"n\":\"abc\"}", "{\"n\":\"\"}",
            "{\"n\":\"-2.5e3x\"}", "{\"n\":\".5\"}", "{\"n\":\"+4\"}", "{\"n\":true}", "{\"n\":false}", "{\"n\":null}", "{}",
            "{\"n\":{\"a\":1}}", "{\"n\":[1,2]}", "{ \"n\" : 42 , \"m\" : \"x\" }", "{\"a\":{\"n\":5},\"n\":6}",
            "{\"a\":{\"n\":5}}", "{\"m\":\"{\\\"n\\\":3}\"}", "{\"n\":\"\\u0031\\u0032\"}",
        };
        for (const char *doc : docs)
            QTest::newRow(doc) << QString::fromUtf8(doc);
    }

    void numbersAsSqliteSumsThem()
    {
        QFETCH(QString, doc);
        doc.replace(QLatin1String("\"n\""), QLatin1String("\"followers\""));
        for (const QString &key : {QStringLiteral("followers"), QStringLiteral("stars")}) { // stars: absent
            const QString read = QStringLiteral("json_extract(m.metadata, '$.%1')").arg(key);
            const QVariant want = ask(m_sqlite.handle(), QStringLiteral("SELECT SUM(%1) FROM (SELECT ? AS metadata) AS m").arg(read), doc);
            for (const bool once : {false, true}) {
                const QString sql = QStringLiteral("SELECT %1 FROM (SELECT CAST(? AS TEXT) AS metadata, 1 AS id) AS m").arg(read)
                    + (once ? Dialect::parseOncePerRow(Backend::PostgreSQL, QStringLiteral("m.metadata")) : QString());
                const QVariant got = ask(m_postgres.handle(), Dialect::portable(m_postgres.handle(), sql), doc);
                const QString what = QStringLiteral("%1%2: PostgreSQL %3, SQLite %4").arg(key, once ? QStringLiteral(" (parsed once)") : QString(), shown(got), shown(want));
                QVERIFY2(got.isNull() == want.isNull(), qPrintable(what));
                if (!want.isNull())
                    QVERIFY2(got.toDouble() == want.toDouble(), qPrintable(what));
            }
        }
    }

    void textAsJsonExtractGivesIt_data()
    {
        QTest::addColumn<QString>("doc");
        // Text keys hold strings or null (docs/storage.md); objects as Qt writes them, compact.
        const char *const docs[] = {
            "{\"t\":\"Berlin\"}", "{\"t\":\"\"}", "{\"t\":null}", "{}", "{\"t\":\"zo\\u00eb \\\"q\\\" \\\\ back\\nline\\ttab\\u0001\"}",
            "{\"t\":\"@acme, inc.\"}", "{\"t\":\"2026-03-01T10:00:00Z\"}", "{\"t\":{\"a\":1,\"b\":[true,null]}}",
            "{\"t\":\"東京\"}", "{\"a\":{\"t\":\"inner\"}}", "{ \"t\" : \"spaced\" }", "{\"t\":\"it's\"}",
        };
        for (const char *doc : docs)
            QTest::newRow(doc) << QString::fromUtf8(doc);
    }

    void textAsJsonExtractGivesIt()
    {
        QFETCH(QString, doc);
        doc.replace(QLatin1String("\"t\""), QLatin1String("\"location\""));
        for (const QString &key : {QStringLiteral("location"), QStringLiteral("company")}) { // company: absent
            const QString read = QStringLiteral("json_extract(m.metadata, '$.%1')").arg(key);
            const QVariant want = ask(m_sqlite.handle(), QStringLiteral("SELECT %1 FROM (SELECT ? AS metadata) AS m").arg(read), doc);
            for (const bool once : {false, true}) {
                // A document parsed once is jsonb, which spells an object its own way (text keys
                // hold strings; docs/storage.md): only the reader per call gives it back as written.
                if (once && doc.contains(QLatin1String("{\"a\":1")))
                    continue;
                const QString sql = QStringLiteral("SELECT %1 FROM (SELECT CAST(? AS TEXT) AS metadata, 1 AS id) AS m").arg(read)
                    + (once ? Dialect::parseOncePerRow(Backend::PostgreSQL, QStringLiteral("m.metadata")) : QString());
                const QVariant got = ask(m_postgres.handle(), Dialect::portable(m_postgres.handle(), sql), doc);
                QVERIFY2(shown(got) == shown(want), qPrintable(QStringLiteral("%1%2: PostgreSQL %3, SQLite %4")
                                                                    .arg(key, once ? QStringLiteral(" (parsed once)") : QString(), shown(got), shown(want))));
            }
        }
    }

    // A team database a collector of the previous release created has schema 11 and the readers
    // that parse each document twice; the next start of a collector (the owner's role) replaces
    // them, and the pages read the same.
    void schema11GetsTheReadersOf12()
    {
        const QString url = test::freshPostgresDatabase();
        {
            Database db;
            QVERIFY(db.open(url).ok());
            QSqlQuery q(db.handle());
            QVERIFY(q.exec(QStringLiteral("UPDATE insight_schema_version SET version = 11")));
            QVERIFY(q.exec(QStringLiteral("CREATE OR REPLACE FUNCTION insight_json_text(doc text, key text) RETURNS text "
                                          "LANGUAGE sql IMMUTABLE AS $$ SELECT 'schema 11' $$")));
        }
        Database db;
        const Status opened = db.open(url);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QCOMPARE(ask(db.handle(), QStringLiteral("SELECT version FROM insight_schema_version WHERE ? <> ''"), QStringLiteral("x")).toInt(), Migrations::latestVersion());
        QCOMPARE(shown(ask(db.handle(), QStringLiteral("SELECT insight_json_text(CAST(? AS TEXT), 'k')"), QStringLiteral("{\"k\":\"v\"}"))),
                 QStringLiteral("v"));
    }
};

QTEST_GUILESS_MAIN(TestJsonReaders)
#include "tst_jsonreaders.moc"
