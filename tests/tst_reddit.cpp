// reddit against a local Reddit through the real HTTP client and SQLite: every link form a user
// pastes ends as one tracked post (share, app and gallery links through their redirects, never to
// a foreign host), a link that is not a Reddit post changes nothing, snapshots are one per post
// per day with the score Reddit said, scheduled runs leave settled posts alone, and Reddit's HTML
// refusals are errors, never data. With a client id, posts are read from the OAuth host with an
// installed app's token, which is asked once, renewed before it runs out, and written nowhere;
// without one, a blocked anonymous request says how to sign in.
#include "collectors/collectionrunner.h"
#include "collectors/reddit/redditauth.h"
#include "collectors/reddit/redditposts.h"
#include "collectors/reddit/reddittracker.h"
#include "config/config.h"
#include "http/httpclient.h"
#include "reddittestserver.h"
#include "secretscan.h"
#include "secrets/memorysecretstore.h"
#include "secrets/tokens.h"
#include "sqlprobe.h"
#include "storage/database.h"
#include "testclock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
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
            RedditAuth::forgetAll(); // every case starts without a token in memory
            server.setClock(&clock);
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

        // An installed app registered at reddit.com/prefs/apps, and the OAuth host.
        void signIn(const QString &clientId = QStringLiteral("Xq3_vB9-tRk2mA"),
                    const QString &username = QStringLiteral("A-twenty_char-name-0"))
        {
            server.addClient(QStringLiteral("Xq3_vB9-tRk2mA"));
            env.insert(QStringLiteral("INSIGHT_REDDIT_CLIENT_ID"), clientId);
            env.insert(QStringLiteral("INSIGHT_REDDIT_USERNAME"), username);
            env.insert(QStringLiteral("INSIGHT_REDDIT_OAUTH_URL"), server.oauthUrl().toString());
            config = std::make_unique<Config>(dir.path(), env);
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
        // Reddit gives no upvote count (its `ups` is the score): estimated from score and ratio.
        QCOMPARE(meta.value(QLatin1String("upvotes")).toInt(), 430);
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

    void withAClientIdFiveLinkFormsReadThroughOAuth()
    {
        // Reddit refuses anonymous JSON; the app has a client id. Five forms of link to three
        // posts: a profile share link, an app link, a gallery, a www share link and a post link
        // under a user name with '-' and 20 characters.
        Fixture f;
        f.server.setBlockAnonymousJson(true);
        f.signIn();
        const QString user = QStringLiteral("A-twenty_char-name-0");
        f.server.addPost({QStringLiteral("jkl012"), QStringLiteral("u_") + user, QStringLiteral("My profile post"), user, 15, 3,
                          0.8, QDateTime(QDate(2026, 5, 17), QTime(8, 0), Qt::UTC), {}});
        f.server.addProfileShareLink(user, QStringLiteral("Pr0fShr1"), QStringLiteral("jkl012"));
        f.server.addAppLink(QStringLiteral("aBcD3fGh1Jk"), QStringLiteral("def456"));
        f.server.addShareLink(QStringLiteral("cpp"), QStringLiteral("Cpp5hare"), QStringLiteral("abc123"), 1);
        const QString base = f.server.baseUrl().toString();
        const QStringList links = {
            base + QStringLiteral("/u/%1/s/Pr0fShr1").arg(user),
            QStringLiteral("https://reddit.app.link/aBcD3fGh1Jk"),
            QStringLiteral("https://www.reddit.com/gallery/abc123"),
            QStringLiteral("https://www.reddit.com/r/cpp/s/Cpp5hare?utm_source=share"),
            QStringLiteral("https://www.reddit.com/user/%1/comments/jkl012/my_profile_post/").arg(user),
        };
        QStringList ids;
        for (const QString &link : links) {
            auto added = f.add(link);
            QVERIFY2(added.ok(), qPrintable(link + QStringLiteral(": ") + added.errorMessage()));
            ids.append(added->post.id);
        }
        QCOMPARE(ids, (QStringList{"jkl012", "def456", "abc123", "abc123", "jkl012"}));
        QCOMPARE(f.tracked(), 3);
        QCOMPARE(score(f, QStringLiteral("jkl012"), f.clock.todayUtc()), 15.0);

        // Every post was read from the OAuth host with the one token the app was given.
        QCOMPARE(f.server.postRequests(), 0);
        QCOMPARE(f.server.oauthPostRequests(), 5);
        QCOMPARE(f.server.issuedTokens().size(), 1);
        const QString token = f.server.issuedTokens().first();
        for (const TestRequest &r : f.server.oauthHttp().requests())
            QCOMPARE(r.header("authorization"), "Bearer " + token.toUtf8());
        // The token request: Basic with the client id and an empty password, the installed-app
        // grant, and this installation's device id (kept in settings.ini).
        const QList<TestRequest> asked = f.server.tokenRequests();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().method, QByteArray("POST"));
        QCOMPARE(asked.first().header("authorization"), "Basic " + QByteArray("Xq3_vB9-tRk2mA:").toBase64());
        const QUrlQuery form(QString::fromUtf8(asked.first().body));
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded),
                 QStringLiteral("https://oauth.reddit.com/grants/installed_client"));
        const QString device = form.queryItemValue(QStringLiteral("device_id"));
        QCOMPARE(device.size(), 30);
        QCOMPARE(QSettings(f.config->settingsPath(), QSettings::IniFormat).value(QStringLiteral("reddit/device_id")).toString(), device);
        // No other request carried a credential; every one said who asks, as Reddit's rules want.
        for (const TestRequest &r : f.server.requests()) {
            if (r.path != QLatin1String("/api/v1/access_token"))
                QVERIFY2(r.header("authorization").isEmpty(), qPrintable(r.path));
            QVERIFY2(r.header("user-agent").endsWith(QByteArray("(by /u/" + user.toUtf8() + ')')), r.header("user-agent").constData());
        }
        // The token is in memory only: no file of the data directory holds it.
        int scanned = 0;
        const QStringList leaks = filesContaining(f.dir.path(), {token.toUtf8()}, &scanned);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral(", "))));
        QVERIFY(scanned >= 2);

        // A collection later that day refreshes the three posts through the same token.
        f.clock.setNow(f.clock.nowUtc().addSecs(6 * 3600));
        QVERIFY(!f.collect().anyFailed());
        QCOMPARE(f.server.oauthPostRequests(), 8);
        QCOMPARE(f.server.issuedTokens().size(), 1);
        QCOMPARE(f.server.postRequests(), 0);
    }

    void withoutAClientIdABlockedRequestSaysHowToSignIn()
    {
        Fixture f;
        QVERIFY(f.add(QStringLiteral("https://redd.it/abc123")).ok()); // before Reddit blocked us
        f.server.setBlockAnonymousJson(true);
        f.clock.advanceDays(1);
        const QString before = dataFingerprint(f.db.handle());
        const int asked = f.server.postRequests();
        auto added = f.add(QStringLiteral("https://redd.it/def456"));
        QVERIFY(!added.ok());
        QVERIFY2(added.errorMessage().contains(QStringLiteral("Reddit asks apps to sign in: add a Reddit client id in Settings → Reddit")),
                 qPrintable(added.errorMessage()));
        QVERIFY2(added.errorMessage().contains(QLatin1String("403")), qPrintable(added.errorMessage()));
        QCOMPARE(f.server.postRequests(), asked + 1); // tried once
        const RunReport report = f.collect();
        QVERIFY(report.anyFailed());
        const QString said = report.sources.value(0).subjects.value(0).message;
        QVERIFY2(said.contains(QLatin1String("sign in")) && said.contains(QLatin1String("abc123")), qPrintable(said));
        QCOMPARE(dataFingerprint(f.db.handle()), before);
        QVERIFY(f.server.issuedTokens().isEmpty());
    }

    void theTokenIsRenewedBeforeItRunsOut()
    {
        Fixture f;
        f.signIn();
        f.server.setTokenLifetime(3600); // what the archived source gives; reddit.com gives a day
        QVERIFY(f.add(QStringLiteral("https://redd.it/abc123")).ok());
        f.clock.setNow(f.clock.nowUtc().addSecs(1800));
        QVERIFY(!f.collect().anyFailed());
        QCOMPARE(f.server.tokenRequests().size(), 1); // still good
        f.clock.setNow(f.clock.nowUtc().addSecs(1800 - 200)); // 200 s left: renewed first
        QVERIFY(!f.collect().anyFailed());
        QCOMPARE(f.server.tokenRequests().size(), 2);
        QCOMPARE(f.server.expiredTokenUses(), 0);
        QCOMPARE(f.server.oauthHttp().requestCount(), 3); // no request was refused
    }

    void aTokenTheOAuthHostForgotIsReplacedOnce()
    {
        Fixture f;
        f.signIn();
        QVERIFY(f.add(QStringLiteral("https://redd.it/abc123")).ok());
        f.server.revokeTokens();
        f.clock.setNow(f.clock.nowUtc().addSecs(3600));
        QVERIFY(!f.collect().anyFailed());
        QCOMPARE(f.server.tokenRequests().size(), 2);
        QCOMPARE(f.server.oauthHttp().requestCount(), 3); // the refused one, then the answer
        QCOMPARE(countRows(f.db.handle(), QStringLiteral("post_stats")), 1); // the same day's look, replaced
    }

    void aClientIdRedditRefusesSaysWhatToDo_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown id") << "Zz9_unknown-0000" << "installed app";
        QTest::newRow("a script app's id (it has a secret)") << "Scr1pt_app-id00" << "installed app";
        QTest::newRow("not an id") << "my client id!" << "is not a Reddit client id";
    }

    void aClientIdRedditRefusesSaysWhatToDo()
    {
        QFETCH(QString, clientId);
        QFETCH(QString, message);
        Fixture f;
        f.server.addClient(QStringLiteral("Scr1pt_app-id00"), QStringLiteral("s3cr3t"));
        f.signIn(clientId);
        const QString before = dataFingerprint(f.db.handle());
        auto added = f.add(QStringLiteral("https://redd.it/abc123"));
        QVERIFY(!added.ok());
        QVERIFY2(added.errorMessage().contains(message), qPrintable(added.errorMessage()));
        QCOMPARE(dataFingerprint(f.db.handle()), before);
        QCOMPARE(f.server.oauthPostRequests() + f.server.postRequests(), 0);
    }

    void theTokenEndpointAnswersLikeReddit_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error"); // the JSON "error", or "token"
        const QByteArray installed = "Basic " + QByteArray("Xq3_vB9-tRk2mA:").toBase64();
        const QByteArray grant = "grant_type=https%3A%2F%2Foauth.reddit.com%2Fgrants%2Finstalled_client";
        QTest::newRow("installed app") << QByteArray("POST") << installed << grant + "&device_id=abcdefghij0123456789ABCDEF" << 200 << "token";
        QTest::newRow("no credentials") << QByteArray("POST") << QByteArray() << grant + "&device_id=abcdefghij0123456789" << 401 << QString();
        QTest::newRow("short device id") << QByteArray("POST") << installed << grant + "&device_id=short" << 200 << "invalid_request";
        QTest::newRow("no device id") << QByteArray("POST") << installed << grant << 200 << "invalid_request";
        QTest::newRow("client_credentials without a secret") << QByteArray("POST") << installed
                                                             << QByteArray("grant_type=client_credentials") << 200 << "unauthorized_client";
        QTest::newRow("unknown grant") << QByteArray("POST") << installed << QByteArray("grant_type=magic") << 200
                                       << "unsupported_grant_type";
        QTest::newRow("GET") << QByteArray("GET") << installed << QByteArray() << 404 << QString();
    }

    void theTokenEndpointAnswersLikeReddit()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, authorization);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, error);
        Fixture f;
        f.server.addClient(QStringLiteral("Xq3_vB9-tRk2mA"));
        HttpClient http(f.clock);
        HttpRequest request;
        request.url = QUrl(f.server.baseUrl().toString() + QStringLiteral("/api/v1/access_token"));
        request.method = method;
        request.body = body;
        request.followRedirects = false;
        request.headers = {{"User-Agent", "linux:io.github.insights-app.insights:test (by /u/someone)"},
                           {"Content-Type", "application/x-www-form-urlencoded"}};
        if (!authorization.isEmpty())
            request.headers.append({"Authorization", authorization});
        auto answer = http.send(request);
        QVERIFY(answer);
        QCOMPARE(answer->status, status);
        const QJsonObject o = QJsonDocument::fromJson(answer->body).object();
        if (status == 401)
            QCOMPARE(answer->header("www-authenticate"), QByteArray(R"(Basic realm="reddit")"));
        if (error == QLatin1String("token")) {
            QCOMPARE(o.value(QLatin1String("token_type")).toString(), QStringLiteral("bearer"));
            QCOMPARE(o.value(QLatin1String("expires_in")).toInt(), 86'400);
            QVERIFY(!o.value(QLatin1String("access_token")).toString().isEmpty());
        } else if (!error.isEmpty()) {
            QCOMPARE(o.value(QLatin1String("error")).toString(), error);
        }
    }

    void upvotesAreWhatScoreAndRatioImply_data()
    {
        QTest::addColumn<double>("score");
        QTest::addColumn<double>("ratio"); // < 0: absent
        QTest::addColumn<double>("upvotes"); // < 0: unknown
        QTest::newRow("412 at 96 %") << 412.0 << 0.96 << 430.0;
        QTest::newRow("all upvotes") << 10.0 << 1.0 << 10.0;
        QTest::newRow("half and half") << 0.0 << 0.5 << -1.0;
        QTest::newRow("more down than up") << -3.0 << 0.3 << -1.0;
        QTest::newRow("no ratio") << 100.0 << -1.0 << -1.0;
        QTest::newRow("score and ratio disagree") << 5.0 << 0.4 << -1.0;
        QTest::newRow("few votes") << 2.0 << 0.6 << 6.0;
    }

    void upvotesAreWhatScoreAndRatioImply()
    {
        QFETCH(double, score);
        QFETCH(double, ratio);
        QFETCH(double, upvotes);
        const auto estimate = estimatedUpvotes(score, ratio < 0 ? std::nullopt : std::optional<double>(ratio));
        if (upvotes < 0)
            QVERIFY(!estimate);
        else
            QCOMPARE(estimate.value_or(-1), upvotes);
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
