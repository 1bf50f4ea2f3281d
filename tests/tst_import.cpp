// `insights import` (issue 24): a github-repo-stats data folder and the seed article's Lambda
// export (tests/fixtures/import/) read into real SQLite files where some days were already
// collected through the collectors' write path. Collected days keep their figures, the missing
// ones get the imported figures marked as imported, a second import changes nothing, every kind
// of bad file is refused with its name and line and leaves the database as it was, the Stars
// page draws an imported star history, and the real binary answers with exit codes 0, 1 and 2.
#include "cliharness.h"
#include "dashboard/dashboarddata.h"
#include "import/historyfiles.h"
#include "import/historyimport.h"
#include "sqlprobe.h"
#include "starsfixture.h"
#include "storage/database.h"
#include "storewrite.h"
#include "testclock.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace insights;
using namespace insights::test;

namespace {

const QString kFixtures = QStringLiteral(INSIGHTS_SOURCE_DIR "/tests/fixtures/import");
const QString kRepo = QStringLiteral("octo/widgets");
const QString kGhrs = kFixtures + QStringLiteral("/ghrs/octo/widgets/ghrs-data");
const QString kLambda = kFixtures + QStringLiteral("/lambda");

QDate day(int month, int d)
{
    return QDate(2024, month, d);
}

QJsonObject metadataOf(QSqlDatabase &db, const QString &metric, const QDate &date, const QString &period = QStringLiteral("daily"),
                       const QString &item = QString(), const QString &subject = kRepo)
{
    const QVariant text = scalar(db,
                                 QStringLiteral("SELECT m.metadata FROM insight_metric m JOIN insight_metric_type t ON "
                                                "t.id = m.metric_type_id WHERE t.key = ? AND m.subject = ? AND m.date = ? "
                                                "AND m.period = ? AND m.item = ?"),
                                 {metric, subject, date.toString(Qt::ISODate), period, item});
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QStringList itemsOf(QSqlDatabase &db, const QString &metric, const QDate &date)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT m.item FROM insight_metric m JOIN insight_metric_type t ON t.id = m.metric_type_id "
                             "WHERE t.key = ? AND m.subject = ? AND m.date = ? ORDER BY m.item"));
    q.addBindValue(metric);
    q.addBindValue(kRepo);
    q.addBindValue(date.toString(Qt::ISODate));
    q.exec();
    QStringList items;
    while (q.next())
        items << q.value(0).toString();
    return items;
}

// Everything a user could see changed: every row with its stamps, the monthly sums and the
// collectors' progress, one line each.
QString dump(QSqlDatabase &db)
{
    QString out = dataFingerprint(db);
    for (const char *sql : {"SELECT * FROM insight_metric_month ORDER BY 1, 2, 3, 4",
                            "SELECT source_id, subject, key, value, updated_at FROM collector_state ORDER BY 1, 2, 3"})
        out += rowsText(db, sql);
    return out;
}

const ImportSummary::Metric *entry(const ImportSummary &summary, const QString &metric)
{
    for (const ImportSummary::Metric &m : summary.metrics)
        if (m.metric == metric)
            return &m;
    return nullptr;
}

// Days a traffic collection stored for octo/widgets, as GitHubTraffic writes them.
Batch collectedTraffic()
{
    Batch batch;
    for (auto [date, views, uniques] : {std::tuple{day(3, 2), 500.0, 90.0}, std::tuple{day(3, 3), 400.0, 80.0}}) {
        batch.rows.append(MetricRow::make("views", kRepo, date, Period::Daily, views));
        batch.rows.append(MetricRow::make("unique_visitors", kRepo, date, Period::Daily, uniques));
    }
    SnapshotSet referrers{QStringLiteral("referrers"), kRepo, day(3, 4), {}};
    MetricRow google;
    google.item = QStringLiteral("Google");
    google.value = 77;
    google.metadata = {{QStringLiteral("referrer"), QStringLiteral("Google")}, {QStringLiteral("count"), 77}, {QStringLiteral("uniques"), 33}};
    referrers.rows.append(google);
    batch.snapshots.append(referrers);
    batch.rows.append(MetricRow::make("stars_total", kRepo, day(3, 6), Period::Snapshot, 10));
    return batch;
}

Result<ImportSummary> importPath(QSqlDatabase &db, const QString &path, const QString &subject = kRepo,
                                 ImportFormat format = ImportFormat::Auto)
{
    TestClock clock;
    auto history = HistoryFiles::read(path, format, clock.todayUtc());
    if (!history)
        return history.error();
    return HistoryImport(db, clock).run(*history, subject);
}

CliRun importCli(const QString &dataDir, QStringList args, const QString &trackedRepos = QString())
{
    args.prepend(QStringLiteral("import"));
    args << QStringLiteral("--data-dir") << dataDir;
    QProcessEnvironment env;
    env.insert(QStringLiteral("INSIGHT_GITHUB_REPOS"), trackedRepos);
    env.insert(QStringLiteral("INSIGHT_GITHUB_REPO"), QString());
    return runInsights(args, env);
}

} // namespace

class TestImport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("import%1.db").arg(++m_count)); }

private slots:
    void repoStatsFillsOnlyMissingDays()
    {
        Database db;
        QVERIFY(db.open(newPath()).ok());
        writeCommitted(db.handle(), collectedTraffic());

        auto summary = importPath(db.handle(), kGhrs);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));

        // Collected days keep their figures and carry no import mark.
        QCOMPARE(metricValue(db.handle(), QStringLiteral("views"), kRepo, day(3, 2)).toDouble(), 500.0);
        QCOMPARE(metricValue(db.handle(), QStringLiteral("unique_visitors"), kRepo, day(3, 3)).toDouble(), 80.0);
        QVERIFY(metadataOf(db.handle(), QStringLiteral("views"), day(3, 2)).isEmpty());
        // The others hold the file's figures, marked with where they came from.
        QCOMPARE(metricValue(db.handle(), QStringLiteral("views"), kRepo, day(3, 1)).toDouble(), 59.0);
        QCOMPARE(metricValue(db.handle(), QStringLiteral("unique_visitors"), kRepo, day(3, 4)).toDouble(), 22.0);
        QCOMPARE(metricValue(db.handle(), QStringLiteral("clones"), kRepo, day(3, 4)).toDouble(), 7.0);
        QCOMPARE(metricValue(db.handle(), QStringLiteral("unique_cloners"), kRepo, day(3, 6)).toDouble(), 2.0);
        QCOMPARE(metricValue(db.handle(), QStringLiteral("clones"), kRepo, day(3, 3)).toDouble(), 0.0); // a real 0, stored
        const QJsonObject mark = metadataOf(db.handle(), QStringLiteral("views"), day(3, 1));
        QCOMPARE(mark.value(QStringLiteral("imported_from")).toString(), QStringLiteral("github-repo-stats"));
        QCOMPARE(mark.value(QStringLiteral("file")).toString(), QStringLiteral("views_clones_aggregate.csv"));
        QCOMPARE(countRows(db.handle(), QStringLiteral("views"), kRepo), qint64(6));
        QCOMPARE(countRows(db.handle(), QStringLiteral("clones"), kRepo), qint64(6));

        // The collected referrer snapshot of 03-04 stays whole; of two snapshots taken on one
        // day only the later would have been imported.
        QCOMPARE(itemsOf(db.handle(), QStringLiteral("referrers"), day(3, 4)), QStringList{QStringLiteral("Google")});
        QCOMPARE(metricValue(db.handle(), QStringLiteral("referrers"), kRepo, day(3, 4), QStringLiteral("snapshot"),
                             QStringLiteral("Google")).toDouble(), 77.0);
        // Paths, with a comma inside a quoted path.
        QCOMPARE(itemsOf(db.handle(), QStringLiteral("popular_paths"), day(3, 5)),
                 (QStringList{QStringLiteral("/octo/widgets"), QStringLiteral("/octo/widgets/blob/main/README,old.md")}));
        const QJsonObject path = metadataOf(db.handle(), QStringLiteral("popular_paths"), day(3, 5), QStringLiteral("snapshot"),
                                            QStringLiteral("/octo/widgets"));
        QCOMPARE(path.value(QStringLiteral("uniques")).toDouble(), 40.0);
        QCOMPARE(path.value(QStringLiteral("file")).toString(), QStringLiteral("2024-03-05_231800_top_paths_snapshot.csv"));

        // Counts: the collected count of 03-06 wins; stars per day from the rises, from zero.
        QCOMPARE(metricValue(db.handle(), QStringLiteral("stars_total"), kRepo, day(3, 6), QStringLiteral("snapshot")).toDouble(), 10.0);
        QCOMPARE(metricValue(db.handle(), QStringLiteral("stars_total"), kRepo, day(3, 3), QStringLiteral("snapshot")).toDouble(), 5.0);
        QCOMPARE(metricValue(db.handle(), QStringLiteral("stars_daily"), kRepo, day(3, 1)).toDouble(), 2.0);
        QCOMPARE(metricValue(db.handle(), QStringLiteral("stars_daily"), kRepo, day(3, 3)).toDouble(), 3.0);
        QCOMPARE(metricValue(db.handle(), QStringLiteral("stars_daily"), kRepo, day(3, 6)).toDouble(), 4.0);
        QCOMPARE(countRows(db.handle(), QStringLiteral("stars_daily"), kRepo), qint64(3));
        QCOMPARE(metricValue(db.handle(), QStringLiteral("forks_total"), kRepo, day(3, 5), QStringLiteral("snapshot")).toDouble(), 2.0);
        QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT value FROM collector_state WHERE subject = ? AND key = 'daily_source'"),
                        {kRepo}).toString(), QStringLiteral("history"));

        // The summary says what was added and which days were kept.
        const ImportSummary::Metric *views = entry(*summary, QStringLiteral("views"));
        QVERIFY(views);
        QCOMPARE(views->added, (QList<QDate>{day(3, 1), day(3, 4), day(3, 5), day(3, 6)}));
        QCOMPARE(views->collected, (QList<QDate>{day(3, 2), day(3, 3)}));
        QCOMPARE(entry(*summary, QStringLiteral("referrers"))->collected, QList<QDate>{day(3, 4)});
        QCOMPARE(entry(*summary, QStringLiteral("stars_total"))->collected, QList<QDate>{day(3, 6)});
        QVERIFY(summary->starHistoryShown);
    }

    void starsPageDrawsTheImportedHistory()
    {
        Database db;
        QVERIFY(db.open(newPath()).ok());
        auto summary = importPath(db.handle(), kGhrs);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        PageRequest request{QStringLiteral("stars"), {day(3, 1), day(3, 6)}, kRepo, false};
        auto page = DashboardData::load(db.handle(), request);
        QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
        QVERIFY(page->empty.isEmpty());
        const DailyValues total = page->charts.first().series.first().values;
        QCOMPARE(total, (DailyValues{2.0, 2.0, 5.0, 5.0, 5.0, 9.0}));
    }

    void seedExportFillsOnlyMissingDays()
    {
        Database db;
        QVERIFY(db.open(newPath()).ok());
        const QString gadgets = QStringLiteral("octo/gadgets");
        Batch collected;
        collected.rows.append(MetricRow::make("views", gadgets, day(4, 2), Period::Daily, 640));
        writeCommitted(db.handle(), collected);

        auto summary = importPath(db.handle(), kLambda, gadgets);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(metricValue(db.handle(), QStringLiteral("views"), gadgets, day(4, 2)).toDouble(), 640.0);
        QCOMPARE(metricValue(db.handle(), QStringLiteral("views"), gadgets, day(4, 1)).toDouble(), 50.0);
        QCOMPARE(metricValue(db.handle(), QStringLiteral("views"), gadgets, day(4, 3)).toDouble(), 70.0);
        QCOMPARE(metricValue(db.handle(), QStringLiteral("clones"), gadgets, day(4, 2)).toDouble(), 0.0);
        QCOMPARE(metadataOf(db.handle(), QStringLiteral("views"), day(4, 4), QStringLiteral("daily"), QString(), gadgets)
                     .value(QStringLiteral("imported_from")).toString(),
                 QStringLiteral("lambda-csv"));
        // The seed keeps no uniques.
        QCOMPARE(countRows(db.handle(), QStringLiteral("unique_visitors"), gadgets), qint64(0));
        // Its counter starts wherever the function first ran: the first day is a starting point,
        // not 100 new stars.
        QVERIFY(!metricValue(db.handle(), QStringLiteral("stars_daily"), gadgets, day(4, 1)).isValid());
        QCOMPARE(metricValue(db.handle(), QStringLiteral("stars_daily"), gadgets, day(4, 2)).toDouble(), 1.0);
        QCOMPARE(metricValue(db.handle(), QStringLiteral("stars_daily"), gadgets, day(4, 3)).toDouble(), 2.0);
        QCOMPARE(metricValue(db.handle(), QStringLiteral("stars_total"), gadgets, day(4, 4), QStringLiteral("snapshot")).toDouble(), 103.0);
        QCOMPARE(metricValue(db.handle(), QStringLiteral("forks_total"), gadgets, day(4, 4), QStringLiteral("snapshot")).toDouble(), 5.0);
        // The undated top paths are the export's, dated by its newest traffic day.
        QCOMPARE(metricValue(db.handle(), QStringLiteral("popular_paths"), gadgets, day(4, 4), QStringLiteral("snapshot"),
                             QStringLiteral("/octo/gadgets")).toDouble(), 88.0);
        QCOMPARE(entry(*summary, QStringLiteral("views"))->collected, QList<QDate>{day(4, 2)});
    }

    void secondImportAddsNothing()
    {
        Database db;
        QVERIFY(db.open(newPath()).ok());
        writeCommitted(db.handle(), collectedTraffic());
        QVERIFY(importPath(db.handle(), kGhrs).ok());
        QVERIFY(importPath(db.handle(), kLambda).ok());
        const QString before = dump(db.handle());
        const qint64 rows = countRows(db.handle());

        auto again = importPath(db.handle(), kGhrs);
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        auto seedAgain = importPath(db.handle(), kLambda);
        QVERIFY(seedAgain.ok());
        QCOMPARE(countRows(db.handle()), rows);
        QCOMPARE(dump(db.handle()), before);
        QCOMPARE(again->addedDays(), 0);
        QCOMPARE(seedAgain->addedDays(), 0);
        QCOMPARE(entry(*again, QStringLiteral("views"))->alreadyImported, 4);
        QCOMPARE(entry(*again, QStringLiteral("views"))->collected.size(), 2);
    }

    // Stars the stargazer list holds are never counted a second time from an imported count.
    void collectedStarsAreNotDoubled()
    {
        Database db;
        QVERIFY(db.open(newPath()).ok());
        Batch stars;
        MetricRow star = MetricRow::make("new_star", kRepo, day(3, 1), Period::Event, 1, QStringLiteral("alice"));
        stars.rows.append(star);
        stars.state.append({QStringLiteral("github_stars"), kRepo, QStringLiteral("daily_source"), QStringLiteral("list")});
        stars.state.append({QStringLiteral("github_stars"), kRepo, QStringLiteral("backfill_complete"), QStringLiteral("1")});
        writeCommitted(db.handle(), stars);

        auto summary = importPath(db.handle(), kGhrs);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(countRows(db.handle(), QStringLiteral("stars_daily"), kRepo), qint64(0));
        QCOMPARE(countRows(db.handle(), QStringLiteral("new_star"), kRepo), qint64(1));
        QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT value FROM collector_state WHERE subject = ? AND key = 'daily_source'"),
                        {kRepo}).toString(), QStringLiteral("list"));
        QVERIFY(!entry(*summary, QStringLiteral("stars_daily"))->skippedBecause.isEmpty());
        QVERIFY(!summary->starHistoryShown);
        // The counts themselves are levels, not stars: they are kept.
        QCOMPARE(metricValue(db.handle(), QStringLiteral("stars_total"), kRepo, day(3, 6), QStringLiteral("snapshot")).toDouble(), 9.0);
    }

    // The imported stars per day stand in only until the stars collector runs: reading the
    // stargazer list, it counts every day from the list, and no imported star is left over.
    void aStarCollectionReplacesTheImportedStars()
    {
        StarsFixture f({kRepo});
        f.server.addStars(kRepo, StargazerTestServer::generate(40, QDateTime(QDate(2024, 2, 20), QTime(9, 0), Qt::UTC), 11));
        auto imported = importPath(f.db.handle(), kGhrs);
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        QVERIFY(imported->starHistoryShown);
        QVERIFY(!f.collect().anyFailed());

        const QString daily = QStringLiteral("SELECT %1 FROM insight_metric m JOIN insight_metric_type t ON t.id = m.metric_type_id "
                                             "WHERE t.key = 'stars_daily' AND m.subject = ? %2");
        QCOMPARE(scalar(f.db.handle(), daily.arg(QStringLiteral("SUM(m.value)"), QString()), {kRepo}).toDouble(), 40.0);
        QCOMPARE(scalar(f.db.handle(), daily.arg(QStringLiteral("count(*)"),
                                                 QStringLiteral("AND m.value <> 0 AND json_extract(m.metadata, '$.imported_from') IS NOT NULL")),
                        {kRepo}).toInt(),
                 0);
        QCOMPARE(f.state(kRepo, QStringLiteral("daily_source")), QStringLiteral("list"));

        // Imported again, the counts add no star: the list holds them all.
        auto again = importPath(f.db.handle(), kGhrs);
        QVERIFY(again.ok());
        QVERIFY(!entry(*again, QStringLiteral("stars_daily"))->skippedBecause.isEmpty());
        QCOMPARE(scalar(f.db.handle(), daily.arg(QStringLiteral("SUM(m.value)"), QString()), {kRepo}).toDouble(), 40.0);
    }

    void badFileIsRefusedWithItsLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("why");
        QTest::newRow("wrong header") << QStringLiteral("wrong-header/views_clones_aggregate.csv")
                                      << QStringLiteral("views_clones_aggregate.csv, line 1:") << QStringLiteral("clones_total");
        QTest::newRow("not a number") << QStringLiteral("bad-number/views_clones_aggregate.csv")
                                      << QStringLiteral("views_clones_aggregate.csv, line 3:") << QStringLiteral("\"many\"");
        QTest::newRow("missing column") << QStringLiteral("missing-column/views_clones_aggregate.csv")
                                        << QStringLiteral("views_clones_aggregate.csv, line 4:") << QStringLiteral("4 field");
        QTest::newRow("bad date") << QStringLiteral("bad-date/stargazers.csv") << QStringLiteral("stargazers.csv, line 3:")
                                  << QStringLiteral("2024-02-30");
        QTest::newRow("future") << QStringLiteral("future/forks.csv") << QStringLiteral("forks.csv, line 4:")
                                << QStringLiteral("2999-01-01 is in the future");
        QTest::newRow("negative in the seed") << QStringLiteral("lambda-bad-row/views_clones_stars.csv")
                                              << QStringLiteral("views_clones_stars.csv, line 3:") << QStringLiteral("\"-3\"");
        QTest::newRow("snapshot without its time") << QStringLiteral("snapshot-bad-name/latest_top_referrers_snapshot.csv")
                                                   << QStringLiteral("latest_top_referrers_snapshot.csv:")
                                                   << QStringLiteral("snapshot's time");
    }

    void badFileIsRefusedWithItsLine()
    {
        QFETCH(QString, file);
        QFETCH(QString, where);
        QFETCH(QString, why);
        Database db;
        QVERIFY(db.open(newPath()).ok());
        writeCommitted(db.handle(), collectedTraffic());
        const QString before = dump(db.handle());

        auto summary = importPath(db.handle(), kFixtures + QStringLiteral("/bad/") + file);
        QVERIFY(!summary.ok());
        QCOMPARE(summary.error().kind, Error::Kind::Parse);
        QVERIFY2(summary.errorMessage().contains(where), qPrintable(summary.errorMessage()));
        QVERIFY2(summary.errorMessage().contains(why), qPrintable(summary.errorMessage()));
        QCOMPARE(dump(db.handle()), before);
    }

    // One bad file among good ones: the whole folder is refused, nothing of the good ones lands.
    void oneBadFileRefusesTheFolder()
    {
        QTemporaryDir folder;
        const QString data = folder.filePath(QStringLiteral("ghrs-data"));
        QVERIFY(QDir().mkpath(data));
        for (const char *name : {"views_clones_aggregate.csv", "stargazers.csv"})
            QVERIFY(QFile::copy(kGhrs + QLatin1Char('/') + QLatin1String(name), data + QLatin1Char('/') + QLatin1String(name)));
        QVERIFY(QFile::copy(kFixtures + QStringLiteral("/bad/future/forks.csv"), data + QStringLiteral("/forks.csv")));
        Database db;
        QVERIFY(db.open(newPath()).ok());
        const QString before = dump(db.handle());
        auto summary = importPath(db.handle(), folder.path());
        QVERIFY(!summary.ok());
        QVERIFY2(summary.errorMessage().contains(QStringLiteral("forks.csv, line 4")), qPrintable(summary.errorMessage()));
        QCOMPARE(dump(db.handle()), before);
        QCOMPARE(countRows(db.handle()), qint64(0));
    }

    // --- the real binary -------------------------------------------------------------------

    void cliImportsAndSaysWhat()
    {
        QTemporaryDir data;
        // The folder holding ghrs-data is named octo/widgets, which is tracked: no --subject needed.
        CliRun run = importCli(data.path(), {kFixtures + QStringLiteral("/ghrs/octo/widgets")}, kRepo);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("into octo/widgets")), qPrintable(run.out));
        // "6 days" once the English plural forms are in translations/; "6 day(s)" before.
        QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("views: 6 days?(\\(s\\))? added \\(2024-03-01\\.\\.2024-03-06\\)"))),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("stargazer-snapshots.csv")), qPrintable(run.out)); // left alone, and said so
        {
            Database db;
            QVERIFY(db.open(QDir(data.path()).filePath(Database::fileName())).ok());
            QCOMPARE(countRows(db.handle(), QStringLiteral("views"), kRepo), qint64(6));
        }
        run = importCli(data.path(), {kGhrs, QStringLiteral("--format"), QStringLiteral("repo-stats")}, kRepo);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Nothing was added")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("views: nothing added; 6 days?(\\(s\\))? imported before"))),
                 qPrintable(run.out));
    }

    void cliBadFileExitsOne()
    {
        QTemporaryDir data;
        const CliRun run = importCli(data.path(), {kFixtures + QStringLiteral("/bad/bad-number/views_clones_aggregate.csv"),
                                                   QStringLiteral("--subject"), kRepo});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("views_clones_aggregate.csv, line 3:")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(QDir(data.path()).filePath(Database::fileName()))); // nothing was even opened
    }

    void cliUsageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("no PATH") << QStringList{} << QStringLiteral("usage: insights import");
        QTest::newRow("missing PATH") << QStringList{kFixtures + QStringLiteral("/nowhere")} << QStringLiteral("does not exist");
        QTest::newRow("unknown format") << QStringList{kLambda, QStringLiteral("--format"), QStringLiteral("xlsx")}
                                        << QStringLiteral("auto, repo-stats or lambda-csv");
        QTest::newRow("bad subject") << QStringList{kLambda, QStringLiteral("--subject"), QStringLiteral("not a repo")}
                                     << QStringLiteral("write it as owner/repo");
        QTest::newRow("seed without subject") << QStringList{kLambda} << QStringLiteral("pass --subject");
        QTest::newRow("untracked layout") << QStringList{kGhrs} << QStringLiteral("suggests octo/widgets");
        QTest::newRow("wrong format") << QStringList{kLambda, QStringLiteral("--format"), QStringLiteral("repo-stats"),
                                                     QStringLiteral("--subject"), kRepo}
                                      << QStringLiteral("holds no file");
    }

    void cliUsageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        QTemporaryDir parent;
        const QString data = parent.filePath(QStringLiteral("data"));
        const CliRun run = importCli(data, args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(data)); // a usage error creates nothing
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
