// github_traffic end to end inside one process: the local GitHub server, the real HTTP client,
// the real SQLite file, a test clock. What a maintainer relies on: overlapping windows keep every
// day once, the partial day is corrected, zero days are stored as 0, the API's own 14-day uniques
// are kept, and a failure writes nothing.
#include "collectors/collectionrunner.h"
#include "config/config.h"
#include "githubtestserver.h"
#include "http/httpclient.h"
#include "secrets/memorysecretstore.h"
#include "secrets/tokens.h"
#include "sqlprobe.h"
#include "storage/database.h"
#include "http/httpcachestore.h"
#include "testclock.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace insights;
using namespace insights::test;

class TestGitHubTraffic : public QObject {
    Q_OBJECT

    const QString repo = QStringLiteral("octo/widgets");

    struct Fixture {
        QTemporaryDir dir;
        GitHubTestServer server;
        TestClock clock{QDateTime(QDate(2026, 5, 20), QTime(12, 0), Qt::UTC)};
        MemorySecretStore secrets;
        Database db;
        std::unique_ptr<Config> config;
        std::unique_ptr<Tokens> tokens;

        explicit Fixture(const QStringList &repos)
        {
            QVERIFY(server.listen());
            QProcessEnvironment env;
            env.insert(QStringLiteral("INSIGHT_GITHUB_API_URL"), server.apiUrl().toString());
            env.insert(QStringLiteral("INSIGHT_GITHUB_REPOS"), repos.join(QLatin1Char(',')));
            config = std::make_unique<Config>(dir.path(), env);
            tokens = std::make_unique<Tokens>(&secrets, env);
            secrets.write(Tokens::keychainKey(TokenKind::GitHub), server.token());
            QVERIFY(db.open(config->databasePath()).ok());
        }

        RunReport collect()
        {
            HttpClient http(clock);
            HttpCacheStore cache(db.handle());
            http.setEtagCache(&cache);
            CollectionRunner runner(db, *config, *tokens, clock, http);
            RunReport report = runner.run({QStringLiteral("github_traffic")});
            for (const SourceOutcome &source : report.sources)
                for (const SubjectOutcome &subject : source.subjects)
                    if (!subject.ok)
                        qInfo("%s", qPrintable(subject.message));
            return report;
        }
    };

private slots:
    void overlappingWindowsKeepEveryDayOnceAndCorrectThePartialDay()
    {
        Fixture f({repo});
        const QDate day1 = f.clock.todayUtc();
        f.server.repo(repo).windowEnd = day1;
        QVERIFY(!f.collect().anyFailed());
        QCOMPARE(countRows(f.db.handle(), QStringLiteral("views"), repo), 15);
        QCOMPARE(metricValue(f.db.handle(), QStringLiteral("views"), repo, day1).toInt(),
                 GitHubTestServer::partial(GitHubTestServer::finalViews(day1)));

        // Three days later the window has moved: 3 new days, and day1 now carries its final figure.
        f.clock.advanceDays(3);
        f.server.repo(repo).windowEnd = day1.addDays(3);
        QVERIFY(!f.collect().anyFailed());

        QCOMPARE(countRows(f.db.handle(), QStringLiteral("views"), repo), 18);
        QCOMPARE(countRows(f.db.handle(), QStringLiteral("clones"), repo), 18);
        for (int i = 0; i < 18; ++i) {
            const QDate d = day1.addDays(-14 + i);
            const bool newest = d == day1.addDays(3);
            const int expected = newest ? GitHubTestServer::partial(GitHubTestServer::finalViews(d))
                                        : GitHubTestServer::finalViews(d);
            QCOMPARE(metricValue(f.db.handle(), QStringLiteral("views"), repo, d).toInt(), expected);
        }
        QCOMPARE(metricValue(f.db.handle(), QStringLiteral("views"), repo, day1).toInt(), GitHubTestServer::finalViews(day1));
        QCOMPARE(metricValue(f.db.handle(), QStringLiteral("unique_cloners"), repo, day1).toInt(),
                 GitHubTestServer::finalCloneUniques(day1));
        // The 14-day totals are the API's own figures of each collection date, never sums.
        QCOMPARE(metricValue(f.db.handle(), QStringLiteral("unique_visitors_14d"), repo, day1.addDays(3), QStringLiteral("snapshot")).toInt(),
                 f.server.viewsTotals(repo).second);
        QCOMPARE(countRows(f.db.handle(), QStringLiteral("unique_visitors_14d"), repo), 2);
    }

    void daysTheApiLeavesOutAreZeroButNeverEraseAFigure()
    {
        Fixture f({repo});
        const QDate today = f.clock.todayUtc();
        f.server.repo(repo).windowEnd = today;
        QVERIFY(!f.collect().anyFailed());
        const QDate quiet = today.addDays(-5);
        QCOMPARE(metricValue(f.db.handle(), QStringLiteral("views"), repo, quiet).toInt(), GitHubTestServer::finalViews(quiet));

        // Next day: a day inside the window is left out (zero traffic): stored as 0 when new...
        f.clock.advanceDays(1);
        f.server.repo(repo).windowEnd = today.addDays(1);
        f.server.repo(repo).omitted = {today.addDays(1), quiet};
        QVERIFY(!f.collect().anyFailed());
        const QVariant zero = metricValue(f.db.handle(), QStringLiteral("views"), repo, today.addDays(1));
        QVERIFY(zero.isValid());
        QCOMPARE(zero.toInt(), 0);
        // ...but a figure stored earlier is not overwritten by an omission.
        QCOMPARE(metricValue(f.db.handle(), QStringLiteral("views"), repo, quiet).toInt(), GitHubTestServer::finalViews(quiet));
    }

    void snapshotsAreReplacedPerCollectionDate()
    {
        Fixture f({repo});
        f.server.repo(repo).windowEnd = f.clock.todayUtc();
        QVERIFY(!f.collect().anyFailed());
        const QDate today = f.clock.todayUtc();
        QCOMPARE(countRows(f.db.handle(), QStringLiteral("referrers"), repo), 2);
        QCOMPARE(metricValue(f.db.handle(), QStringLiteral("referrers"), repo, today, QStringLiteral("snapshot"),
                             QStringLiteral("news.ycombinator.com")).toInt(), 25);
        QCOMPARE(metricValue(f.db.handle(), QStringLiteral("stars_total"), repo, today, QStringLiteral("snapshot")).toInt(), 1234);
        QCOMPARE(metricValue(f.db.handle(), QStringLiteral("forks_total"), repo, today, QStringLiteral("snapshot")).toInt(), 56);

        // Later the same day, one referrer fell out of the top list: the day's snapshot follows.
        f.server.repo(repo).referrers.removeLast();
        f.server.repo(repo).stars = 1240;
        QVERIFY(!f.collect().anyFailed());
        QCOMPARE(countRows(f.db.handle(), QStringLiteral("referrers"), repo), 1);
        QCOMPARE(metricValue(f.db.handle(), QStringLiteral("stars_total"), repo, today, QStringLiteral("snapshot")).toInt(), 1240);
    }

    void aRerunWithNothingNewChangesNothing()
    {
        Fixture f({repo});
        f.server.repo(repo).windowEnd = f.clock.todayUtc();
        QVERIFY(!f.collect().anyFailed());
        const QString before = dataFingerprint(f.db.handle());
        f.clock.setNow(f.clock.nowUtc().addSecs(3600));
        const RunReport again = f.collect();
        QVERIFY(!again.anyFailed());
        QCOMPARE(again.sources.first().changed(), 0);
        // Only last_collected_at moves; no metric row is touched.
        QString after = dataFingerprint(f.db.handle());
        QCOMPARE(after.section(QStringLiteral("github_traffic|"), 0, 0), before.section(QStringLiteral("github_traffic|"), 0, 0));
        // Unchanged answers came back as 304 Not Modified against the stored ETags.
        QVERIFY(f.server.requestCount(QStringLiteral("/traffic/views")) == 2);
    }

    void truncatedJsonWritesNothingAndSaysWhere()
    {
        Fixture f({repo});
        f.server.repo(repo).windowEnd = f.clock.todayUtc();
        TestResponse cut = TestResponse::json("{\"count\": 412, \"uniques\": 97, \"views\": [{\"timestamp\": \"2026-05-");
        f.server.injectFault(QStringLiteral("/traffic/clones"), cut);
        const QString before = dataFingerprint(f.db.handle());
        const RunReport report = f.collect();
        QVERIFY(report.anyFailed());
        const QString message = report.sources.first().subjects.first().message;
        QVERIFY2(message.contains(QLatin1String("github_traffic")) && message.contains(repo), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("nothing was stored")), qPrintable(message));
        QCOMPARE(countRows(f.db.handle()), 0);
        QCOMPARE(dataFingerprint(f.db.handle()), before);
    }

    void rejectedTokenIsExplained()
    {
        Fixture f({repo});
        f.server.repo(repo).windowEnd = f.clock.todayUtc();
        f.server.setToken(QStringLiteral("a-different-token"));
        const RunReport report = f.collect();
        QVERIFY(report.anyFailed());
        const QString message = report.sources.first().subjects.first().message;
        QVERIFY2(message.contains(QLatin1String("rejected the token")) && message.contains(QLatin1String("401")),
                 qPrintable(message));
        QCOMPARE(countRows(f.db.handle()), 0);
    }

    void missingPushAccessNamesThePermission()
    {
        Fixture f({repo});
        f.server.repo(repo).windowEnd = f.clock.todayUtc();
        f.server.repo(repo).pushAccess = false;
        const RunReport report = f.collect();
        const QString message = report.sources.first().subjects.first().message;
        QVERIFY2(message.contains(QLatin1String("Administration: read")) && message.contains(QLatin1String("\"repo\" scope")),
                 qPrintable(message));
    }

    void oneFailingRepoDoesNotCostTheOthers()
    {
        Fixture f({repo, QStringLiteral("octo/missing")});
        f.server.repo(repo).windowEnd = f.clock.todayUtc();
        const RunReport report = f.collect();
        QVERIFY(report.anyFailed());
        const auto &subjects = report.sources.first().subjects;
        QCOMPARE(subjects.size(), 2);
        QVERIFY(subjects[0].ok);
        QVERIFY(!subjects[1].ok);
        QVERIFY2(subjects[1].message.contains(QLatin1String("404")), qPrintable(subjects[1].message));
        QCOMPARE(countRows(f.db.handle(), QStringLiteral("views"), repo), 15);
        QCOMPARE(countRows(f.db.handle(), QString(), QStringLiteral("octo/missing")), 0);
        // The source is not "collected" until every subject succeeded.
        QVERIFY(scalar(f.db.handle(), QStringLiteral("SELECT last_collected_at FROM insight_source WHERE key='github_traffic'")).isNull());
    }

    void invalidRepositoryNameIsRefusedWithoutARequest()
    {
        Fixture f({QStringLiteral("not a repo")});
        const RunReport report = f.collect();
        QVERIFY(report.anyFailed());
        QVERIFY(report.sources.first().subjects.first().message.contains(QLatin1String("owner/repo")));
        QCOMPARE(f.server.http().requests().size(), 0);
    }

    void enterprisePathPrefixIsKept()
    {
        Fixture f({repo});
        f.server.setPrefix(QStringLiteral("/api/v3"));
        f.server.repo(repo).windowEnd = f.clock.todayUtc();
        QProcessEnvironment env;
        env.insert(QStringLiteral("INSIGHT_GITHUB_API_URL"), f.server.apiUrl().toString());
        env.insert(QStringLiteral("INSIGHT_GITHUB_REPOS"), repo);
        f.config = std::make_unique<Config>(f.dir.path(), env);
        QVERIFY(!f.collect().anyFailed());
        QVERIFY(f.server.http().requests().first().path.startsWith(QLatin1String("/api/v3/repos/octo/widgets/")));
    }
};

QTEST_GUILESS_MAIN(TestGitHubTraffic)
#include "tst_githubtraffic.moc"
