// reddit against a local Reddit through the real HTTP client and SQLite: every link form a user
// pastes ends as one tracked post (share links through their redirects, never to a foreign
// host), a link that is not a Reddit post changes nothing, snapshots are one per post per day
// with the score Reddit said, scheduled runs leave settled posts alone, and Reddit's HTML
// refusals are errors, never data.
#include "collectors/collectionrunner.h"
#include "collectors/reddit/redditposts.h"
#include "collectors/reddit/reddittracker.h"
#include "config/config.h"
#include "http/httpclient.h"
#include "reddittestserver.h"
#include "secrets/memorysecretstore.h"
#include "secrets/tokens.h"
#include "sqlprobe.h"
#include "storage/database.h"
#include "testclock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace insights;
using namespace insights::test;

class TestReddit : public QObject {
    Q_OBJECT

    struct Fixture {
        QTemporaryDir dir;
        TestClock clock{QDateTime(QDate(2026, 5, 20), QTime(12, 0), Qt::UTC)};
        RedditTestServer server;
        Database db;
        QProcessEnvironment env;
        std::unique_ptr<Config> config;

        Fixture()
        {
            QVERIFY(server.listen());
            env.insert(QStringLiteral("INSIGHT_REDDIT_URL"), server.baseUrl().toString());
            config = std::make_unique<Config>(dir.path(), env);
            QVERIFY(db.open(config->databasePath()).ok());
            server.addPost({QStringLiteral("abc123"), QStringLiteral("cpp"), QStringLiteral("Insights: keep GitHub traffic <forever> & more"),
                            QStringLiteral("maintainer"), 412, 57, 0.96, QDateTime(QDate(2026, 5, 18), QTime(9, 30), Qt::UTC), {}});
            server.addPost({QStringLiteral("def456"), QStringLiteral("rust"), QStringLiteral("Show r/rust: a tray app"),
                            QStringLiteral("someone"), 88, 12, 0.9, QDateTime(QDate(2026, 5, 19), QTime(20, 0), Qt::UTC),
                            QStringLiteral("https://example.org/blog")});
            server.addPost({QStringLiteral("ghi789"), QStringLiteral("QtFramework"), QStringLiteral("Qt Charts at 60 fps"),
                            QStringLiteral("qtfan"), 23, 4, 0.8, QDateTime(QDate(2026, 4, 1), QTime(7, 0), Qt::UTC), {}});
        }

        Result<TrackOutcome> add(const QString &link)
        {
            HttpClient http(clock);
            RedditTracker tracker(db, *config, clock, http);
            return tracker.add(link);
        }

        RunReport collect(bool scheduled = false)
        {
            MemorySecretStore secrets;
            Tokens tokens(&secrets, env);
            HttpClient http(clock);
            CollectionRunner runner(db, *config, tokens, clock, http);
            CollectOptions options;
            options.scheduled = scheduled;
            return runner.run({QStringLiteral("reddit")}, options);
        }

        QJsonObject snapshot(const QString &id, const QDate &day)
        {
            return QJsonDocument::fromJson(
                       scalar(db.handle(),
                              QStringLiteral("SELECT m.metadata FROM insight_metric m JOIN insight_metric_type t ON "
                                             "t.id = m.metric_type_id WHERE t.key = 'post_stats' AND m.subject = ? AND m.date = ?"),
                              {id, day.toString(Qt::ISODate)})
                           .toByteArray())
                .object();
        }
        qint64 tracked() { return scalar(db.handle(), QStringLiteral("SELECT count(*) FROM reddit_post")).toLongLong(); }
    };

    static double score(Fixture &f, const QString &id, const QDate &day)
    {
        return metricValue(f.db.handle(), QStringLiteral("post_stats"), id, day, QStringLiteral("event"), id).toDouble();
    }

private slots:
    void fourLinksOfThreePostsEndAsThreeTrackedPosts()
    {
        Fixture f;
        f.server.addShareLink(QStringLiteral("QtFramework"), QStringLiteral("Xy7Zq2Lm"), QStringLiteral("ghi789"));
        const QString base = f.server.baseUrl().toString();
        const QStringList links = {
            base + QStringLiteral("/r/cpp/comments/abc123/insights_keep_github_traffic/?utm_source=share&utm_medium=web#c1"),
            QStringLiteral("https://redd.it/abc123"),
            QStringLiteral("old.reddit.com/r/rust/comments/def456.json"),
            base + QStringLiteral("/r/QtFramework/s/Xy7Zq2Lm"),
        };
        QStringList ids;
        for (const QString &link : links) {
            auto added = f.add(link);
            QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
            ids.append(added->post.id);
        }
        QCOMPARE(ids, (QStringList{"abc123", "abc123", "def456", "ghi789"}));
        QCOMPARE(f.tracked(), 3);
        const QDate today = f.clock.todayUtc();
        QCOMPARE(score(f, QStringLiteral("abc123"), today), 412.0);
        QCOMPARE(score(f, QStringLiteral("def456"), today), 88.0);
        QCOMPARE(score(f, QStringLiteral("ghi789"), today), 23.0);
        QCOMPARE(countRows(f.db.handle(), QStringLiteral("post_stats")), 3);

        const QJsonObject meta = f.snapshot(QStringLiteral("abc123"), today);
        QCOMPARE(meta.value(QLatin1String("title")).toString(), QStringLiteral("Insights: keep GitHub traffic <forever> & more"));
        QCOMPARE(meta.value(QLatin1String("subreddit")).toString(), QStringLiteral("cpp"));
        QCOMPARE(meta.value(QLatin1String("comments")).toInt(), 57);
        QCOMPARE(meta.value(QLatin1String("upvotes")).toInt(), 412);
        QCOMPARE(meta.value(QLatin1String("upvote_ratio")).toDouble(), 0.96);
        QCOMPARE(meta.value(QLatin1String("created_utc")).toString().left(16), QStringLiteral("2026-05-18T09:30"));
        QVERIFY2(meta.value(QLatin1String("url")).toString().startsWith(base + QStringLiteral("/r/cpp/comments/abc123/")),
                 qPrintable(meta.value(QLatin1String("url")).toString()));
        QVERIFY(meta.contains(QLatin1String("fetched_at")));
        QCOMPARE(meta.value(QLatin1String("post_id")).toString(), QStringLiteral("abc123"));

        // One timeline event per post, on the day it was posted.
        QCOMPARE(scalar(f.db.handle(), QStringLiteral("SELECT count(*) FROM insight_event WHERE kind = 'reddit_post'")).toInt(), 3);
        QCOMPARE(scalar(f.db.handle(), QStringLiteral("SELECT date FROM insight_event WHERE subject = 'def456'")).toString(),
                 QStringLiteral("2026-05-19"));

        // Every request said who is asking.
        for (const TestRequest &r : f.server.requests())
            QVERIFY2(r.header("user-agent").contains("io.github.insights-app.insights"), r.header("user-agent").constData());
    }

    void anythingThatIsNotARedditPostChangesNothing_data()
    {
        QTest::addColumn<QString>("link");
        QTest::newRow("another site") << "https://example.com/r/cpp/comments/abc123/x/";
        QTest::newRow("look-alike host") << "https://reddit.com.evil.example/r/cpp/comments/abc123/";
        QTest::newRow("a subreddit") << "https://www.reddit.com/r/cpp/";
        QTest::newRow("a user") << "https://www.reddit.com/user/someone/";
        QTest::newRow("plain text") << "my post about insights";
        QTest::newRow("javascript") << "javascript:alert(1)";
    }

    void anythingThatIsNotARedditPostChangesNothing()
    {
        QFETCH(QString, link);
        Fixture f;
        const QString before = dataFingerprint(f.db.handle());
        auto added = f.add(link);
        QVERIFY(!added.ok());
        QVERIFY2(added.errorMessage().contains(QLatin1String("not a link to a Reddit post")), qPrintable(added.errorMessage()));
        QCOMPARE(f.tracked(), 0);
        QCOMPARE(dataFingerprint(f.db.handle()), before);
        QCOMPARE(f.server.requests().size(), 0);
    }

    void shareLinksFollowAtMostFiveRedditHops_data()
    {
        QTest::addColumn<int>("extraHops");
        QTest::addColumn<QString>("foreignHost");
        QTest::addColumn<QString>("error");
        QTest::newRow("three hops") << 2 << QString() << QString();
        QTest::newRow("five hops") << 4 << QString() << QString();
        QTest::newRow("six hops") << 5 << QString() << "more than 5 times";
        QTest::newRow("to another host") << 0 << "tracker.example.net" << "not Reddit";
    }

    void shareLinksFollowAtMostFiveRedditHops()
    {
        QFETCH(int, extraHops);
        QFETCH(QString, foreignHost);
        QFETCH(QString, error);
        Fixture f;
        f.server.addShareLink(QStringLiteral("cpp"), QStringLiteral("AbCd1234"), QStringLiteral("abc123"), extraHops, foreignHost);
        auto added = f.add(f.server.baseUrl().toString() + QStringLiteral("/r/cpp/s/AbCd1234"));
        if (error.isEmpty()) {
            QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
            QCOMPARE(added->post.id, QStringLiteral("abc123"));
            QCOMPARE(f.server.requests().size(), extraHops + 1 + 1);
            return;
        }
        QVERIFY(!added.ok());
        QVERIFY2(added.errorMessage().contains(error), qPrintable(added.errorMessage()));
        QCOMPARE(f.tracked(), 0);
        QCOMPARE(countRows(f.db.handle()), 0);
        QCOMPARE(f.server.postRequests(), 0);
    }

    void anUnknownPostIsNotTracked()
    {
        Fixture f;
        auto added = f.add(f.server.baseUrl().toString() + QStringLiteral("/r/cpp/comments/zzz999/gone/"));
        QVERIFY(!added.ok());
        QVERIFY2(added.errorMessage().contains(QLatin1String("404")), qPrintable(added.errorMessage()));
        QCOMPARE(f.tracked(), 0);
    }

    void snapshotsAreOnePerPostPerDayWithTheLatestScore()
    {
        Fixture f;
        QVERIFY(f.add(QStringLiteral("https://redd.it/abc123")).ok());
        const QDate day1 = f.clock.todayUtc();
        f.server.post(QStringLiteral("abc123")).score = 530;
        f.server.post(QStringLiteral("abc123")).comments = 80;
        QVERIFY(!f.collect().anyFailed());
        QCOMPARE(countRows(f.db.handle(), QStringLiteral("post_stats")), 1);
        QCOMPARE(score(f, QStringLiteral("abc123"), day1), 530.0);
        QCOMPARE(f.snapshot(QStringLiteral("abc123"), day1).value(QLatin1String("comments")).toInt(), 80);

        f.clock.advanceDays(1);
        f.server.post(QStringLiteral("abc123")).score = 601;
        QVERIFY(!f.collect().anyFailed());
        QCOMPARE(countRows(f.db.handle(), QStringLiteral("post_stats")), 2);
        QCOMPARE(score(f, QStringLiteral("abc123"), day1), 530.0);
        QCOMPARE(score(f, QStringLiteral("abc123"), day1.addDays(1)), 601.0);
        // Adding the same post again tracks it once and adds no second event.
        auto again = f.add(f.server.baseUrl().toString() + QStringLiteral("/comments/abc123"));
        QVERIFY(again.ok() && again->alreadyTracked);
        QCOMPARE(f.tracked(), 1);
        QCOMPARE(scalar(f.db.handle(), QStringLiteral("SELECT count(*) FROM insight_event")).toInt(), 1);
    }

    void theScheduleRefreshesOnlyYoungPosts()
    {
        Fixture f;
        QVERIFY(f.add(QStringLiteral("https://redd.it/abc123")).ok()); // two days old
        QVERIFY(f.add(QStringLiteral("https://redd.it/ghi789")).ok()); // seven weeks old
        f.clock.advanceDays(1);
        f.server.http().clearRequests();
        QVERIFY(!f.collect(true).anyFailed());
        QCOMPARE(f.server.postRequests(), 1);
        QVERIFY(f.server.requests().first().path.contains(QLatin1String("abc123")));
        // Asked for by the user, every post is refreshed.
        f.server.http().clearRequests();
        QVERIFY(!f.collect(false).anyFailed());
        QCOMPARE(f.server.postRequests(), 2);
    }

    void htmlRefusalsAreErrorsNeverData_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("withOk");
        QTest::addColumn<QString>("message");
        QTest::newRow("403 blocked") << 403 << false << "403";
        QTest::newRow("html page with 200") << 403 << true << "web page";
        QTest::newRow("429 page with 200") << 429 << true << "web page";
    }

    void htmlRefusalsAreErrorsNeverData()
    {
        QFETCH(int, status);
        QFETCH(bool, withOk);
        QFETCH(QString, message);
        Fixture f;
        QVERIFY(f.add(QStringLiteral("https://redd.it/abc123")).ok());
        f.clock.advanceDays(1);
        const QString before = dataFingerprint(f.db.handle());
        f.server.refuseWithHtml(status, 1, withOk);
        const RunReport report = f.collect();
        QVERIFY(report.anyFailed());
        const QString said = report.sources.value(0).subjects.value(0).message;
        QVERIFY2(said.contains(message) && said.contains(QLatin1String("abc123")), qPrintable(said));
        QCOMPARE(dataFingerprint(f.db.handle()), before);
        QCOMPARE(countRows(f.db.handle(), QStringLiteral("post_stats")), 1);

        // Adding a post while Reddit refuses changes nothing either.
        f.server.refuseWithHtml(403, 1, withOk);
        f.server.addPost({QStringLiteral("new111"), QStringLiteral("cpp"), QStringLiteral("t"), QStringLiteral("a"), 1, 0, 1.0,
                          f.clock.nowUtc(), {}});
        QVERIFY(!f.add(QStringLiteral("https://redd.it/new111")).ok());
        QCOMPARE(f.tracked(), 1);
    }

    void a429IsWaitedOutThenTheRunCompletes()
    {
        Fixture f;
        QVERIFY(f.add(QStringLiteral("https://redd.it/abc123")).ok());
        f.clock.advanceDays(1);
        f.server.refuseWithHtml(429, 1, false);
        QVERIFY(!f.collect().anyFailed());
        QVERIFY(f.clock.totalWaitedMs() >= 60'000);
        QCOMPARE(countRows(f.db.handle(), QStringLiteral("post_stats")), 2);
    }

    void removeKeepsHistoryUnlessPurged()
    {
        Fixture f;
        QVERIFY(f.add(QStringLiteral("https://redd.it/abc123")).ok());
        QVERIFY(f.add(QStringLiteral("https://redd.it/def456")).ok());
        HttpClient http(f.clock);
        RedditTracker tracker(f.db, *f.config, f.clock, http);
        QCOMPARE(*tracker.remove(QStringLiteral("abc123"), false), QStringLiteral("abc123"));
        QCOMPARE(f.tracked(), 1);
        QCOMPARE(countRows(f.db.handle(), QStringLiteral("post_stats"), QStringLiteral("abc123")), 1);
        QCOMPARE(*tracker.remove(QStringLiteral("https://www.reddit.com/r/rust/comments/def456/x/"), true), QStringLiteral("def456"));
        QCOMPARE(f.tracked(), 0);
        QCOMPARE(countRows(f.db.handle(), QStringLiteral("post_stats"), QStringLiteral("def456")), 0);
        QVERIFY(!tracker.remove(QStringLiteral("zzz999"), false).ok());
        QCOMPARE(f.server.postRequests(), 2); // removing asks Reddit nothing
    }
};

QTEST_GUILESS_MAIN(TestReddit)
#include "tst_reddit.moc"
