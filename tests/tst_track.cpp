// Issue 21 from the command line, with the real binary: `insights track` asks GitHub (anonymously,
// as a newcomer without a token does) and ClickHouse's pypi.projects, stores the repository and
// its packages and only suggests the site; unknown names, rate limits and a dead network add
// nothing; renamed repositories are stored under GitHub's name now; `untrack` keeps the data
// unless --purge, which deletes that subject's rows only; `sample` never writes into a directory
// it was not given or that holds someone's files; `collect` without a token skips what needs one
// and collects the rest, unless that source is named.
#include "cliharness.h"
#include "clickhouseengine.h"
#include "config/config.h"
#include "secrets/keychain.h"
#include "githubtestserver.h"
#include "sample/sampledata.h"
#include "serverenvironment.h"
#include "sqlprobe.h"
#include "stargazerserver.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QSqlError>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace insights;
using namespace insights::test;

class TestTrack : public QObject {
    Q_OBJECT
    // The dataset ends yesterday, as the public one does; the binary runs on the wall clock.
    ClickHouseEngine clickhouse{QDateTime::currentDateTimeUtc().date().addDays(-1)};
    GitHubTestServer github;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e;
        e.insert(QStringLiteral("INSIGHT_GITHUB_API_URL"), github.apiUrl().toString());
        e.insert(QStringLiteral("INSIGHT_CLICKHOUSE_URL"), clickhouse.url().toString());
        for (const char *unset : {"INSIGHT_GITHUB_TOKEN", "INSIGHT_GITHUB_REPOS", "INSIGHT_PYPI_PACKAGES", "INSIGHT_PLAUSIBLE_SITES"})
            e.insert(QString::fromLatin1(unset), QString());
        return e;
    }
    CliRun insights(const QStringList &args, const QTemporaryDir &dir) const
    {
        return runInsights(QStringList(args) << QStringLiteral("--data-dir") << dir.path(), env());
    }
    // The settings as the binary left them (no environment override).
    static QStringList repos(const QTemporaryDir &dir) { return Config(dir.path(), {}).githubRepos(); }
    static QStringList packages(const QTemporaryDir &dir) { return Config(dir.path(), {}).pypiPackages(); }

    static void exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(db);
        QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
        for (const QVariant &b : binds)
            q.addBindValue(b);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    // One row in every table that names a subject, for `subject` of `source` (metric `metric`).
    static void storeRows(QSqlDatabase &db, const QString &source, const QString &metric, const QString &subject)
    {
        const QString sourceId = QStringLiteral("(SELECT id FROM insight_source WHERE key = '%1')").arg(source);
        const QString typeId = QStringLiteral("(SELECT id FROM insight_metric_type WHERE key = '%1')").arg(metric);
        exec(db, QStringLiteral("INSERT INTO insight_metric(date, metric_type_id, subject, value, period, created_at, updated_at) "
                                "VALUES('2026-05-01', %1, ?, 7, 'daily', 'x', 'x')").arg(typeId), {subject});
        exec(db, QStringLiteral("INSERT INTO insight_event(date, source_id, subject, kind, title, created_at) "
                                "VALUES('2026-05-01', %1, ?, 'k', 't', 'x')").arg(sourceId), {subject});
        exec(db, QStringLiteral("INSERT INTO insight_run(source_id, subject, started_at, finished_at, status) "
                                "VALUES(%1, ?, 'x', 'x', 'ok')").arg(sourceId), {subject});
        exec(db, QStringLiteral("INSERT INTO collector_state(source_id, subject, key, value, updated_at) VALUES(%1, ?, 'c', '1', 'x')")
                     .arg(sourceId), {subject});
        exec(db, QStringLiteral("INSERT INTO insight_metric_month(metric_type_id, month, subject, item, value) VALUES(%1, '2026-05', ?, '', 7)")
                     .arg(typeId), {subject});
    }
    static qint64 rowsOf(QSqlDatabase &db, const QString &subject)
    {
        qint64 n = 0;
        for (const char *table : {"insight_metric", "insight_event", "insight_run", "collector_state", "insight_metric_month"})
            n += scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE subject = ?").arg(QLatin1String(table)), {subject}).toLongLong();
        return n;
    }

    // The binary reads the keychain's GitHub token when the environment has none: the tests are
    // about a newcomer without one, so a token another test left in the shared test keyring (a
    // crash before its clean-up) goes first.
    void forgetSavedToken()
    {
        if (!qEnvironmentVariableIsSet("INSIGHTS_TEST_KEYRING"))
            return;
        Keychain keychain;
        bool done = false;
        keychain.remove(QStringLiteral("github-token"), this, [&](const Status &) { done = true; });
        if (!QTest::qWaitFor([&] { return done; }, 30'000))
            qWarning("the keychain did not answer");
    }

private slots:
    void initTestCase()
    {
        forgetSavedToken();
        const QString failure = clickhouse.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(github.listen());
        github.setAnonymousAllowed(true);
        GitHubTestServer::Repo &widgets = github.repo(kRepo);
        widgets.description = QStringLiteral("Widgets for everyone");
        widgets.homepage = QStringLiteral("https://www.Docs.Example.org/guide/");
        widgets.windowEnd = QDateTime::currentDateTimeUtc().date();
        github.repo(QStringLiteral("octo/gizmos")).stars = 5;
        github.renameRepository(QStringLiteral("octo/gizmos"), QStringLiteral("octo/gadgets"));
    }

    void init() { QVERIFY(clickhouse.resetQuota()); }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("track alone") << QStringList{"track"} << "usage: insights track";
        QTest::newRow("track two") << QStringList{"track", "octo/widgets", "octo/gadgets"} << "usage: insights track";
        QTest::newRow("unknown option") << QStringList{"track", "octo/widgets", "--fast"} << "Unknown option --fast";
        QTest::newRow("not a repository") << QStringList{"track", "widgets"} << "owner/repo";
        QTest::newRow("purge with track") << QStringList{"track", "octo/widgets", "--purge"} << "--purge";
        QTest::newRow("no-discover elsewhere") << QStringList{"untrack", "octo/widgets", "--no-discover"} << "--no-discover";
        QTest::newRow("untrack alone") << QStringList{"untrack"} << "usage: insights untrack";
        QTest::newRow("sample size") << QStringList{"sample", "--size", "huge"} << "small or large";
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const CliRun run = insights(args, dir);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(repos(dir).isEmpty());
        QCOMPARE(github.requestCount(), 0);
    }

    void trackFindsThePackagesAndSuggestsTheSite()
    {
        QTemporaryDir dir;
        const int asked = clickhouse.queriesServed();
        CliRun run = insights({QStringLiteral("track"), QStringLiteral("https://github.com/octo/widgets/tree/main")}, dir);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // (%n plurals read "star(s)" until translations/insights_en.ts has the English forms.)
        QVERIFY2(run.out.contains(QLatin1String("Found octo/widgets on GitHub: 1234 star")) && run.out.contains(QStringLiteral(" — Widgets for everyone\n")),
                 qPrintable(run.out));
        for (const QString &line : {QStringLiteral("Tracking repository octo/widgets"), QStringLiteral("Tracking PyPI package insights-demo"),
                                    QStringLiteral("Tracking PyPI package widgets-extra"), QStringLiteral("Tracking PyPI package widgets-cli"),
                                    QStringLiteral("Plausible site suggestion: docs.example.org (add it in Settings with a Plausible key)")})
            QVERIFY2(run.out.contains(line + u'\n'), qPrintable(run.out));
        QCOMPARE(repos(dir), QStringList{kRepo});
        QCOMPARE(packages(dir), (QStringList{"insights-demo", "widgets-extra", "widgets-cli"}));
        QVERIFY(Config(dir.path(), {}).plausibleSites().isEmpty()); // a site needs a Plausible key
        QCOMPARE(clickhouse.queriesServed() - asked, 1);
        // Anonymous, as GitHub answers public repositories.
        QVERIFY(github.http().requests().constLast().header("authorization").isEmpty());

        const int requests = github.requestCount();
        run = insights({QStringLiteral("track"), QStringLiteral("Octo/Widgets")}, dir);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("already tracked")), qPrintable(run.out));
        QCOMPARE(github.requestCount(), requests);
        QCOMPARE(repos(dir), QStringList{kRepo});
    }

    void withoutDiscoveryOnlyTheRepository()
    {
        QTemporaryDir dir;
        const int asked = clickhouse.queriesServed();
        const CliRun run = insights({QStringLiteral("track"), QStringLiteral("OCTO/widgets"), QStringLiteral("--no-discover")}, dir);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(repos(dir), QStringList{kRepo}); // GitHub's spelling
        QVERIFY(packages(dir).isEmpty());
        QCOMPARE(clickhouse.queriesServed(), asked);
        QVERIFY2(!run.out.contains(QLatin1String("PyPI")), qPrintable(run.out));
    }

    void aRenamedRepositoryIsStoredUnderItsNewName()
    {
        QTemporaryDir dir;
        const CliRun run = insights({QStringLiteral("track"), QStringLiteral("octo/gizmos")}, dir);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("GitHub calls octo/gizmos octo/gadgets now")), qPrintable(run.out));
        QCOMPARE(repos(dir), QStringList{QStringLiteral("octo/gadgets")});
        QCOMPARE(packages(dir), (QStringList{"other-package", "moved-pkg"}));
        QCOMPARE(github.requestCount(QStringLiteral("/repositories/")), 1); // followed GitHub's 301
    }

    void nothingIsAddedWhenGitHubSaysNo_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown") << "404" << "GitHub knows no public repository octo/nowhere — check the spelling";
        QTest::newRow("rate limited") << "limit" << "try again after";
        QTest::newRow("network") << "network" << "cannot reach";
    }

    void nothingIsAddedWhenGitHubSaysNo()
    {
        QFETCH(QString, fault);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QProcessEnvironment e = env();
        QTcpServer closed; // a port nobody listens on any more
        if (fault == QLatin1String("network")) {
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            e.insert(QStringLiteral("INSIGHT_GITHUB_API_URL"), QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
            closed.close();
        }
        const QDateTime reset = QDateTime::currentDateTimeUtc().addSecs(1800);
        if (fault == QLatin1String("limit"))
            github.setAnonymousRateLimit(0, reset.toSecsSinceEpoch());
        const int asked = clickhouse.queriesServed();
        const QString repo = fault == QLatin1String("404") ? QStringLiteral("octo/nowhere") : kRepo;
        const CliRun run = runInsights({QStringLiteral("track"), repo, QStringLiteral("--data-dir"), dir.path()}, e);
        github.setAnonymousRateLimit(60, 0);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        if (fault == QLatin1String("limit"))
            QVERIFY2(run.err.contains(utcMinuteText(reset)) || run.err.contains(utcMinuteText(reset.addSecs(60))), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(repos(dir).isEmpty());
        QVERIFY(packages(dir).isEmpty());
        QCOMPARE(clickhouse.queriesServed(), asked);
    }

    void untrackKeepsTheDataUnlessPurged()
    {
        QTemporaryDir dir;
        for (const QString &repo : {kRepo, QStringLiteral("octo/gadgets")})
            QCOMPARE(insights({QStringLiteral("track"), repo, QStringLiteral("--no-discover")}, dir).exitCode, 0);
        {
            Config config(dir.path(), {});
            config.setPypiPackages({QStringLiteral("insights-demo"), QStringLiteral("abc123")});
            config.sync();
        }
        Database db;
        QVERIFY(db.open(QDir(dir.path()).filePath(Database::fileName())).ok());
        storeRows(db.handle(), QStringLiteral("github_stars"), QStringLiteral("stars_daily"), kRepo);
        storeRows(db.handle(), QStringLiteral("github_stars"), QStringLiteral("stars_daily"), QStringLiteral("octo/gadgets"));
        storeRows(db.handle(), QStringLiteral("pypi"), QStringLiteral("downloads_daily"), QStringLiteral("abc123"));
        // A Reddit post whose id is spelled like the package: another subject.
        storeRows(db.handle(), QStringLiteral("reddit"), QStringLiteral("post_stats"), QStringLiteral("abc123"));
        for (const char *url : {"/repos/octo/widgets/traffic/views?per=day", "/repos/octo/widgets", "/repos/octo/widgets-fork/releases"})
            exec(db.handle(), QStringLiteral("INSERT INTO http_cache(url, etag, body, updated_at) VALUES(?, 'e', 'b', 'x')"),
                 {QVariant(github.apiUrl().toString() + QLatin1String(url))});
        const QString before = dataFingerprint(db.handle());

        CliRun run = insights({QStringLiteral("untrack"), QStringLiteral("https://github.com/octo/widgets")}, dir);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("Stopped tracking repository octo/widgets")), qPrintable(run.out));
        QCOMPARE(repos(dir), QStringList{QStringLiteral("octo/gadgets")});
        QCOMPARE(dataFingerprint(db.handle()), before);
        run = insights({QStringLiteral("untrack"), kRepo}, dir);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("not tracked")), qPrintable(run.err));

        QCOMPARE(insights({QStringLiteral("track"), kRepo, QStringLiteral("--no-discover")}, dir).exitCode, 0);
        run = insights({QStringLiteral("untrack"), QStringLiteral("Octo/Widgets"), QStringLiteral("--purge")}, dir);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("Deleted 7 row")), qPrintable(run.out)); // 5 tables + 2 cached answers
        QCOMPARE(rowsOf(db.handle(), kRepo), 0);
        QCOMPARE(rowsOf(db.handle(), QStringLiteral("octo/gadgets")), 5);
        QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT COUNT(*) FROM http_cache")).toInt(), 1); // widgets-fork's

        run = insights({QStringLiteral("untrack"), QStringLiteral("abc123"), QStringLiteral("--purge")}, dir);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(packages(dir), QStringList{QStringLiteral("insights-demo")});
        QCOMPARE(rowsOf(db.handle(), QStringLiteral("abc123")), 5); // the Reddit post's rows
        QCOMPARE(scalar(db.handle(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void sampleGoesOnlyWhereItIsTold()
    {
        QTemporaryDir real; // where INSIGHT_DATA_DIR points: never used by sample
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("INSIGHT_DATA_DIR"), real.path());
        CliRun run = runInsights({QStringLiteral("sample")}, e);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("--data-dir")), qPrintable(run.err));
        QVERIFY(QDir(real.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));

        QTemporaryDir parent;
        const QString target = QDir(parent.path()).filePath(QStringLiteral("sample"));
        run = runInsights({QStringLiteral("sample"), QStringLiteral("--data-dir"), target}, e);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(SampleData::isSample(target));
        QVERIFY2(run.out.contains(QStringLiteral("insights --data-dir %1").arg(QDir::toNativeSeparators(target))), qPrintable(run.out));

        QTemporaryDir foreign;
        const QString notes = QDir(foreign.path()).filePath(QStringLiteral("notes.txt"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("mine");
        file.close();
        run = runInsights({QStringLiteral("sample"), QStringLiteral("--data-dir"), foreign.path()}, e);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QDir::toNativeSeparators(foreign.path())), qPrintable(run.err));
        QVERIFY(!SampleData::isSample(foreign.path()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("mine"));
        QCOMPARE(QDir(foreign.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{"notes.txt"});
    }

    void collectWithoutATokenSkipsTrafficAndCollectsTheRest()
    {
        StargazerTestServer stars;
        stars.addStars(kRepo, StargazerTestServer::generate(20, QDateTime(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC)));
        github.setStargazers([&stars](const TestRequest &r) { return stars.answer(r); });
        QTemporaryDir dir;
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("INSIGHT_GITHUB_REPOS"), kRepo);
        e.insert(QStringLiteral("INSIGHT_PYPI_PACKAGES"), kPackage);
        const QStringList collect{QStringLiteral("collect"), QStringLiteral("--data-dir"), dir.path()};
        CliRun run = runInsights(collect, e);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err.right(1500) + run.out));
        // The reason once, that it was skipped, and what the command line can do about it.
        QCOMPARE(run.err.count(QStringLiteral("github_traffic: no GitHub token (GitHub shows traffic only to people "
                                              "with push access). Add one in Settings.")),
                 1);
        QVERIFY2(run.err.contains(QStringLiteral("github_traffic: skipped\n")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("Or set INSIGHT_GITHUB_TOKEN.")), qPrintable(run.err));
        for (const char *ok : {"github_stars: ok", "github_events: ok", "pypi: ok"})
            QVERIFY2(run.out.contains(QLatin1String(ok)), qPrintable(run.out + run.err));
        QVERIFY2(!run.out.contains(QLatin1String("github_traffic")), qPrintable(run.out));

        Database db;
        QVERIFY(db.open(QDir(dir.path()).filePath(Database::fileName())).ok());
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QCOMPARE(metricValue(db.handle(), QStringLiteral("stars_total"), kRepo, today, QStringLiteral("snapshot")).toInt(), 20);
        QCOMPARE(countRows(db.handle(), QStringLiteral("views")), 0);
        QVERIFY(countRows(db.handle(), QStringLiteral("activity_summary"), kRepo) > 0);
        const QDate newest = today.addDays(-1);
        const qint64 downloads = clickhouse.rows(QStringLiteral("SELECT sum(count) AS s FROM pypi.pypi_downloads_per_day WHERE "
                                                                "project = 'insights-demo' AND date = '%1'").arg(newest.toString(Qt::ISODate)))
                                     .value(0).value(QLatin1String("s")).toVariant().toLongLong();
        QVERIFY(downloads > 0);
        QCOMPARE(metricValue(db.handle(), QStringLiteral("downloads_daily"), kPackage, newest).toLongLong(), downloads);
        // A skipped source is no failure: nothing for status to report as the last error.
        QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT COUNT(*) FROM insight_run WHERE status <> 'ok'")).toInt(), 0);

        // Named explicitly, the missing token is a failure.
        run = runInsights({QStringLiteral("collect"), QStringLiteral("github_traffic"), QStringLiteral("--data-dir"), dir.path()}, e);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("no GitHub token")) && run.err.contains(QLatin1String("INSIGHT_GITHUB_TOKEN")),
                 qPrintable(run.err));
        github.setStargazers({});
    }
};

QTEST_GUILESS_MAIN(TestTrack)
#include "tst_track.moc"
