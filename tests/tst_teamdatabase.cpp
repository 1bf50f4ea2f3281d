// A team's PostgreSQL database when something is wrong: a URL that cannot be used, a server that
// does not answer, a wrong password, a missing database, a database that belongs to something
// else or to a newer Insights, and a viewer's role that may only read. Each is a clear message
// that never shows the password, nothing on the server or in the local data directory changes,
// and the command line exits 1.
#include "cliharness.h"
#include "sqlprobe.h"
#include "dashboard/dashboarddata.h"
#include "sample/datasetgenerator.h"
#include "storage/database.h"
#include "storage/databasecopy.h"
#include "storage/metricstore.h"
#include "storage/migrations.h"
#include "storage/scopedtransaction.h"
#include "storewrite.h"
#include "testdatabases.h"

#include <QDir>
#include <QTcpServer>
#include <QtTest>

using namespace insights;
using namespace insights::test;

namespace {

// The password part of the test server's URL, which no message may show.
QString adminPassword()
{
    return QUrl(postgresAdminUrl()).password();
}

QString databaseOf(const QString &url)
{
    return QUrl(url).path().mid(1);
}

// Every table's name and row count: what "unchanged" is checked against.
QString contents(const QString &url)
{
    Database db;
    if (!db.open(url).ok())
        return QStringLiteral("(cannot open)");
    QStringList out;
    QSqlQuery tables(db.handle());
    tables.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1"));
    while (tables.next())
        out << tables.value(0).toString() + QLatin1Char('=')
                + scalar(db.handle(), QStringLiteral("SELECT count(*) FROM %1").arg(tables.value(0).toString())).toString();
    return out.join(u' ');
}

QString number(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 12) : QStringLiteral("-");
}

QString values(const DailyValues &list)
{
    QStringList out;
    for (const auto &v : list)
        out << number(v);
    return out.join(u',');
}

// A page as text, line by line, with its figures rounded to 12 digits (the backends add in
// different orders).
QStringList pageText(const PageData &page)
{
    QStringList out;
    out << QStringLiteral("subjects %1; first %2; empty %3; error %4").arg(page.subjects.join(u','), page.firstDay.toString(Qt::ISODate), page.empty, page.error);
    for (const CardData &c : page.cards)
        out << QStringLiteral("card %1 %2 %3 %4").arg(c.label, number(c.value), number(c.previous), values(c.spark));
    for (const ChartData &c : page.charts) {
        out << QStringLiteral("chart %1 %2..%3").arg(c.id, c.range.from.toString(Qt::ISODate), c.range.to.toString(Qt::ISODate));
        for (const SeriesData &s : c.series)
            out << QStringLiteral("  series %1: %2 | %3").arg(s.name, values(s.values), values(s.previous));
        for (const Annotation &a : c.annotations)
            out << QStringLiteral("  marker %1 %2").arg(a.date.toString(Qt::ISODate), a.title);
        for (const DateRange &g : c.gaps)
            out << QStringLiteral("  gap %1..%2").arg(g.from.toString(Qt::ISODate), g.to.toString(Qt::ISODate));
    }
    for (const TableData &t : page.tables) {
        out << QStringLiteral("table %1 (%2 rows of %3) %4").arg(t.id).arg(t.rows.size()).arg(t.totalRows).arg(t.note);
        for (const QVariantList &row : t.rows) {
            QStringList cells;
            for (const QVariant &v : row)
                cells << (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong
                              ? number(v.toDouble())
                              : v.toString());
            out << QLatin1String("  ") + cells.join(u'|');
        }
    }
    out << page.notes << page.warnings;
    return out;
}

} // namespace

class TestTeamDatabase : public QObject {
    Q_OBJECT

    QTemporaryDir m_dataDir;

    void expectRefused(const QString &url, const char *says)
    {
        Database db;
        const Status st = db.open(url);
        QVERIFY(!st.ok());
        QVERIFY2(st.errorMessage().contains(QLatin1String(says)), qPrintable(st.errorMessage()));
        QVERIFY2(!st.errorMessage().contains(adminPassword()), "the message shows the password");
        QVERIFY(!db.isOpen());
        // The command line says the same, exits 1, and makes no local database instead.
        QProcessEnvironment env;
        env.insert(QStringLiteral("INSIGHT_DATABASE_URL"), url);
        const CliRun run = runInsights({QStringLiteral("--data-dir"), m_dataDir.path(), QStringLiteral("status")}, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String(says)), qPrintable(run.err));
        QVERIFY(!run.err.contains(adminPassword()) && !run.out.contains(adminPassword()));
        QVERIFY(!QFileInfo::exists(QDir(m_dataDir.path()).filePath(Database::fileName())));
    }

private slots:
    void initTestCase()
    {
        INSIGHTS_REQUIRE_TEST_POSTGRES();
        QVERIFY(m_dataDir.isValid());
    }

    void aUrlThatCannotBeUsedSaysWhy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("says");
        QTest::newRow("other scheme") << "mysql://u@h/db" << "only postgresql://";
        QTest::newRow("no database") << "postgresql://u:secret-pw@h" << "names no database";
        QTest::newRow("no user") << "postgresql://h/db" << "names no user";
        QTest::newRow("bad sslmode") << "postgresql://u:secret-pw@h/db?sslmode=maybe" << "sslmode must be one of";
        QTest::newRow("unknown option") << "postgresql://u@h/db?pool=9" << "\"pool\" is not understood";
        QTest::newRow("bad port") << "postgresql://u@h:0/db" << "port must be";
        QTest::newRow("bad timeout") << "postgresql://u@h/db?connect_timeout=soon" << "connect_timeout must be";
    }

    void aUrlThatCannotBeUsedSaysWhy()
    {
        QFETCH(QString, url);
        QFETCH(QString, says);
        auto parsed = DatabaseLocation::parse(url);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.errorMessage().contains(says), qPrintable(parsed.errorMessage()));
        QVERIFY(!parsed.errorMessage().contains(QLatin1String("secret-pw")));
    }

    void theUrlIsShownWithoutItsPassword()
    {
        auto parsed = DatabaseLocation::parse(QStringLiteral("postgresql://team:s3cr%40t@db.example.org:6432/insights?sslmode=require"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->password, QStringLiteral("s3cr@t"));
        QCOMPARE(parsed->port, 6432);
        QCOMPARE(parsed->display(), QStringLiteral("postgresql://team@db.example.org:6432/insights?sslmode=require"));
        QVERIFY(DatabaseLocation::parse(QStringLiteral("/home/me/insights.db"))->kind == DatabaseLocation::Kind::SQLite);
    }

    void aServerThatDoesNotAnswer()
    {
        QTcpServer probe; // a port that was free a moment ago: nothing listens there now
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QUrl url(postgresAdminUrl());
        url.setPort(port);
        expectRefused(url.toString(), "Cannot reach the team database at 127.0.0.1");
    }

    void aWrongPassword()
    {
        QUrl url(postgresAdminUrl());
        url.setPassword(QStringLiteral("not-the-password"));
        expectRefused(url.toString(), "refused the password of insights_admin");
    }

    void aMissingDatabase()
    {
        expectRefused(postgresUrl(QStringLiteral("no_such_database")), "\"no_such_database\" does not exist");
    }

    void aDatabaseOfSomethingElseIsLeftAlone()
    {
        const QString url = freshPostgresDatabase();
        QVERIFY(postgresAdmin(QStringLiteral("CREATE TABLE invoices (id int); INSERT INTO invoices VALUES (1)"), databaseOf(url)));
        const QString before = contents(url);
        expectRefused(url, "already holds 1 tables that are not Insights'");
        QCOMPARE(contents(url), before);
    }

    void aNewerSchemaIsLeftAlone()
    {
        const QString url = freshPostgresDatabase();
        {
            Database db;
            QVERIFY(db.open(url).ok());
            QVERIFY(QSqlQuery(db.handle()).exec(QStringLiteral("UPDATE insight_schema_version SET version = 99")));
        }
        const QString before = contents(url);
        expectRefused(url, "newer Insights (schema 99");
        QCOMPARE(contents(url), before);
    }

    // A viewer's role (SELECT only, as docs/team.md grants it) reads the team's data and cannot
    // change it; on a database without the schema it is told who can create it.
    void aViewerReadsAndCannotWrite()
    {
        const QString url = freshPostgresDatabase();
        const QString name = databaseOf(url);
        {
            Database owner;
            QVERIFY(owner.open(url).ok());
            Batch batch;
            batch.rows.append(MetricRow::make("views", QStringLiteral("o/r"), QDate(2026, 12, 1), Period::Daily, 7));
            writeCommitted(owner.handle(), batch);
        }
        QVERIFY(postgresAdmin(QStringLiteral("DROP ROLE IF EXISTS insights_viewer_t; CREATE ROLE insights_viewer_t LOGIN PASSWORD "
                                             "'viewer-pw'")));
        QVERIFY(postgresAdmin(QStringLiteral("GRANT CONNECT ON DATABASE %1 TO insights_viewer_t").arg(name)));
        QVERIFY(postgresAdmin(QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC; "
                                             "GRANT USAGE ON SCHEMA public TO insights_viewer_t; "
                                             "GRANT SELECT ON ALL TABLES IN SCHEMA public TO insights_viewer_t"),
                              name));
        Database viewer;
        const Status opened = viewer.open(postgresUrl(name, QStringLiteral("insights_viewer_t"), QStringLiteral("viewer-pw")));
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QCOMPARE(metricValue(viewer.handle(), QStringLiteral("views"), QStringLiteral("o/r"), QDate(2026, 12, 1)).toInt(), 7);
        const QString before = contents(url);
        {
            ScopedTransaction tx(viewer.handle());
            QVERIFY(tx.begin().ok());
            Batch batch;
            batch.rows.append(MetricRow::make("views", QStringLiteral("o/r"), QDate(2026, 12, 2), Period::Daily, 9));
            auto written = MetricStore(viewer.handle()).write(batch, QDateTime::currentDateTimeUtc());
            QVERIFY(!written.ok());
            QVERIFY2(written.errorMessage().contains(QLatin1String("permission denied")), qPrintable(written.errorMessage()));
        }
        QCOMPARE(contents(url), before);

        const QString empty = freshPostgresDatabase();
        QVERIFY(postgresAdmin(QStringLiteral("GRANT CONNECT ON DATABASE %1 TO insights_viewer_t").arg(databaseOf(empty))));
        QVERIFY(postgresAdmin(QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC"), databaseOf(empty)));
        Database early;
        const Status st = early.open(postgresUrl(databaseOf(empty), QStringLiteral("insights_viewer_t"), QStringLiteral("viewer-pw")));
        QVERIFY(!st.ok());
        QVERIFY2(st.errorMessage().contains(QLatin1String("may not create it")), qPrintable(st.errorMessage()));
    }

    // `insights migrate` copies a sample history into the team database and back into a file:
    // every table's rows and checksum equal, the monthly sums rebuilt to the same figures, the
    // ids of metric types matched by key. A target with data is refused unless --merge, and a
    // merge adds only what the target lacks.
    void migrateThereAndBack()
    {
        QTemporaryDir dir;
        const CliRun sample = runInsights({QStringLiteral("sample"), QStringLiteral("--data-dir"), dir.path()});
        QVERIFY2(sample.exitCode == 0, qPrintable(sample.err));
        QVERIFY(runInsights({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("note"), QStringLiteral("add"),
                             QStringLiteral("2026-11-02"), QStringLiteral("launched on HN, it's \"big\"")})
                    .exitCode == 0);
        const QString url = freshPostgresDatabase();
        const CliRun there = runInsights({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("migrate"), QStringLiteral("--to"), url});
        QVERIFY2(there.exitCode == 0, qPrintable(there.err));
        QVERIFY2(there.out.contains(QLatin1String("insight_metric: ")) && there.out.contains(QLatin1String("equal on both sides")),
                 qPrintable(there.out));
        QVERIFY(!there.out.contains(adminPassword()) && !there.err.contains(adminPassword()));

        Database local, team;
        QVERIFY(local.open(QDir(dir.path()).filePath(Database::fileName())).ok());
        QVERIFY(team.open(url).ok());
        QVERIFY(countRows(local.handle()) > 1000);
        for (const char *table : {"insight_metric", "insight_event", "insight_note", "reddit_post", "collector_state"}) {
            QCOMPARE(scalar(team.handle(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toLongLong(),
                     scalar(local.handle(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toLongLong());
            QCOMPARE(*DatabaseCopy::checksum(team.handle(), QLatin1String(table)), *DatabaseCopy::checksum(local.handle(), QLatin1String(table)));
        }
        const QString sums = QStringLiteral("SELECT t.key, mm.month, mm.subject, mm.item, mm.value, mm.extra1 FROM insight_metric_month mm "
                                            "JOIN insight_metric_type t ON t.id = mm.metric_type_id ORDER BY 1, 2, 3, 4");
        const auto rows = [&](Database &db) {
            QStringList out;
            QSqlQuery q(db.handle());
            q.exec(sums);
            while (q.next())
                out << QStringLiteral("%1|%2|%3|%4|%5|%6").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                            q.value(3).toString()).arg(q.value(4).toDouble()).arg(q.value(5).toDouble());
            out.sort(); // the backends' text collations may differ
            return out;
        };
        QVERIFY(!rows(local).isEmpty());
        QCOMPARE(rows(team), rows(local));
        // The planner knows the copy at once (its indexes serve the first window, not a full scan).
        QVERIFY(scalar(team.handle(), QStringLiteral("SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = 'insight_metric'"))
                    .toBool());

        // Again into the same database: refused, nothing changed; --merge adds nothing new.
        const QString before = contents(url);
        const CliRun again = runInsights({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("migrate"), QStringLiteral("--to"), url});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("already holds")) && again.err.contains(QLatin1String("--merge")), qPrintable(again.err));
        QCOMPARE(contents(url), before);
        const CliRun merged = runInsights(
            {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("migrate"), QStringLiteral("--to"), url, QStringLiteral("--merge")});
        QVERIFY2(merged.exitCode == 0, qPrintable(merged.err));
        QVERIFY2(merged.out.contains(QLatin1String("insight_metric: 0 rows added")), qPrintable(merged.out));
        QCOMPARE(contents(url), before);

        // And back into a new file, from the team database.
        const QString back = dir.filePath(QStringLiteral("back.db"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("INSIGHT_DATABASE_URL"), url);
        const CliRun home = runInsights({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("migrate"), QStringLiteral("--to"), back}, env);
        QVERIFY2(home.exitCode == 0, qPrintable(home.err));
        Database file;
        QVERIFY(file.open(back).ok());
        for (const char *table : {"insight_metric", "insight_event", "insight_note", "insight_alert", "pypi_installer_class"})
            QCOMPARE(*DatabaseCopy::checksum(file.handle(), QLatin1String(table)), *DatabaseCopy::checksum(local.handle(), QLatin1String(table)));
        QCOMPARE(rows(file), rows(local));
    }

    void migrateUsageErrors()
    {
        QCOMPARE(runInsights({QStringLiteral("migrate")}).exitCode, 2);
        QCOMPARE(runInsights({QStringLiteral("migrate"), QStringLiteral("--to"), QStringLiteral("mysql://u@h/db")}).exitCode, 2);
        QCOMPARE(runInsights({QStringLiteral("status"), QStringLiteral("--merge")}).exitCode, 2);
    }

    // Every page over every range, for all subjects and for one, reads the same figures from the
    // team database as from the file it was copied from: cards, every series day by day,
    // markers, gaps and every table row. (The test server sorts text bytewise, as SQLite does.)
    void everyPageReadsTheSameOnBothBackends()
    {
        QTemporaryDir dir;
        Database local;
        QVERIFY(local.open(dir.filePath(Database::fileName())).ok());
        const QDate today = QDate::currentDate();
        QVERIFY(DatasetGenerator::generate(local, DatasetSpec::small(today)).ok());
        Database team;
        QVERIFY(team.open(freshPostgresDatabase()).ok());
        auto copied = DatabaseCopy::copy(local.handle(), team.handle(), false);
        QVERIFY2(copied.ok(), qPrintable(copied.errorMessage()));

        QList<RangePreset> presets = DateRanges::presets();
        presets.removeAll(RangePreset::Custom);
        int compared = 0;
        for (const QString &page : DashboardData::pages())
            for (RangePreset preset : presets)
                for (const QString &subject : {QString(), QStringLiteral("octo/insights")}) {
                    PageRequest request{page, DateRanges::forPreset(preset, today), subject, true, preset == RangePreset::All};
                    auto a = DashboardData::load(local.handle(), request);
                    auto b = DashboardData::load(team.handle(), request);
                    const QString where = QStringLiteral("%1 %2 %3").arg(page, DateRanges::key(preset), subject);
                    QVERIFY2(a.ok(), qPrintable(where + QLatin1String(": ") + a.errorMessage()));
                    QVERIFY2(b.ok(), qPrintable(where + QLatin1String(" on PostgreSQL: ") + b.errorMessage()));
                    const QStringList want = pageText(*a), got = pageText(*b);
                    for (qsizetype i = 0; i < std::max(want.size(), got.size()); ++i)
                        QVERIFY2(want.value(i) == got.value(i),
                                 qPrintable(QStringLiteral("%1, line %2:\n sqlite:     %3\n postgresql: %4").arg(where).arg(i).arg(want.value(i), got.value(i))));
                    ++compared;
                }
        QVERIFY(compared > 50);
    }

    // Two Insights starting together on a new database make one schema.
    void twoFirstStartsMakeOneSchema()
    {
        const QString url = freshPostgresDatabase();
        Database a, b;
        QVERIFY(a.open(url).ok());
        QVERIFY(b.open(url).ok());
        QCOMPARE(scalar(a.handle(), QStringLiteral("SELECT count(*) FROM insight_schema_version")).toInt(), 1);
        QCOMPARE(scalar(a.handle(), QStringLiteral("SELECT version FROM insight_schema_version")).toInt(), Migrations::latestVersion());
        QCOMPARE(scalar(b.handle(), QStringLiteral("SELECT count(*) FROM insight_metric_type")).toInt(),
                 scalar(a.handle(), QStringLiteral("SELECT count(*) FROM insight_metric_type")).toInt());
    }
};

QTEST_GUILESS_MAIN(TestTeamDatabase)
#include "tst_teamdatabase.moc"
