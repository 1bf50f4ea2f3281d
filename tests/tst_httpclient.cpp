// The HTTP client against a real local server: what every collector depends on.
#include "http/httpclient.h"
#include "localhttpserver.h"
#include "secrets/memorysecretstore.h"
#include "testclock.h"

#include <QtTest>

using namespace insights;
using namespace insights::test;

namespace {

class MemoryEtagCache final : public EtagCache {
public:
    QHash<QString, Entry> entries;
    bool lookup(const QString &url, Entry &entry) override
    {
        if (!entries.contains(url))
            return false;
        entry = entries.value(url);
        return true;
    }
    void store(const QString &url, const Entry &entry) override { entries.insert(url, entry); }
};

HttpRequest get(const QUrl &url, const QString &token = QString())
{
    HttpRequest r;
    r.url = url;
    r.bearerToken = token;
    r.context = QStringLiteral("test_source o/r");
    return r;
}

} // namespace

class TestHttpClient : public QObject {
    Q_OBJECT

private slots:
    void sendsUserAgentAndToken()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TestRequest &) { return TestResponse::json("{}"); });
        TestClock clock;
        HttpClient http(clock);
        auto response = http.send(get(server.url(QStringLiteral("/x")), QStringLiteral("tok")));
        QVERIFY(response.ok());
        QCOMPARE(response->status, 200);
        QVERIFY(server.requests().first().header("user-agent").startsWith("Insights/" INSIGHTS_VERSION));
        QCOMPARE(server.requests().first().header("authorization"), QByteArray("Bearer tok"));
    }

    void serverErrorsAreRetriedWithBackoff()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        int calls = 0;
        server.setHandler([&](const TestRequest &) {
            return ++calls < 3 ? TestResponse::json(R"({"message":"busy"})", 502) : TestResponse::json(R"({"ok":1})");
        });
        TestClock clock;
        HttpClient http(clock);
        auto response = http.send(get(server.url(QStringLiteral("/x"))));
        QVERIFY(response.ok());
        QCOMPARE(response->status, 200);
        QCOMPARE(calls, 3);
        QCOMPARE(clock.waits().size(), 2);
        QVERIFY(clock.waits()[0] >= 1000 && clock.waits()[0] <= 1500); // 1 s plus ≤ 50 % jitter
        QVERIFY(clock.waits()[1] >= 2000 && clock.waits()[1] <= 3000);
    }

    void persistentServerErrorsEndWithAClearError()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TestRequest &) { return TestResponse::json("{}", 503); });
        TestClock clock;
        HttpClient http(clock);
        auto response = http.send(get(server.url(QStringLiteral("/x"))));
        QVERIFY(!response.ok());
        QCOMPARE(server.requests().size(), 4);
        QVERIFY2(response.errorMessage().startsWith(QLatin1String("test_source o/r:")), qPrintable(response.errorMessage()));
        QVERIFY2(response.errorMessage().contains(QLatin1String("503")), qPrintable(response.errorMessage()));
    }

    void aSilentServerTimesOutAndIsRetried()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        int calls = 0;
        server.setHandler([&](const TestRequest &) {
            TestResponse r = TestResponse::json("{}");
            r.hang = ++calls == 1;
            return r;
        });
        TestClock clock;
        HttpOptions options;
        options.timeoutMs = 300;
        HttpClient http(clock, options);
        auto response = http.send(get(server.url(QStringLiteral("/x"))));
        QVERIFY2(response.ok(), qPrintable(response.errorMessage()));
        QCOMPARE(calls, 2);
    }

    void primaryRateLimitWaitsUntilReset()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        TestClock clock;
        const qint64 reset = clock.nowUtc().toSecsSinceEpoch() + 120;
        int calls = 0;
        server.setHandler([&](const TestRequest &) {
            if (++calls == 1) {
                TestResponse r = TestResponse::json(R"({"message":"API rate limit exceeded"})", 403);
                r.headers.append(QPair<QByteArray, QByteArray>("x-ratelimit-remaining", "0"));
                r.headers.append(QPair<QByteArray, QByteArray>("x-ratelimit-reset", QByteArray::number(reset)));
                return r;
            }
            return TestResponse::json("{}");
        });
        HttpClient http(clock);
        QStringList notices;
        http.setNoticeHandler([&](const QString &n) { notices.append(n); });
        auto response = http.send(get(server.url(QStringLiteral("/x"))));
        QVERIFY(response.ok());
        QCOMPARE(response->status, 200);
        QCOMPARE(clock.waits().size(), 1);
        QCOMPARE(clock.waits().first(), 121'000); // until the reset, plus a second
        QVERIFY(notices.first().contains(QLatin1String("rate limit")));
    }

    void retryAfterIsHonouredAndLongWaitsEndTheRun_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<bool>("succeeds");
        QTest::addColumn<qint64>("waited");
        QTest::newRow("short wait") << QByteArray("30") << true << qint64(30'000);
        QTest::newRow("beyond the maximum wait") << QByteArray("7200") << false << qint64(0);
    }

    void retryAfterIsHonouredAndLongWaitsEndTheRun()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(bool, succeeds);
        QFETCH(qint64, waited);
        LocalHttpServer server;
        QVERIFY(server.listen());
        int calls = 0;
        server.setHandler([&](const TestRequest &) {
            if (++calls == 1) {
                TestResponse r = TestResponse::json(R"({"message":"You have exceeded a secondary rate limit"})", 429);
                r.headers.append(QPair<QByteArray, QByteArray>("Retry-After", retryAfter));
                return r;
            }
            return TestResponse::json("{}");
        });
        TestClock clock;
        HttpClient http(clock);
        auto response = http.send(get(server.url(QStringLiteral("/x"))));
        QCOMPARE(response.ok(), succeeds);
        QCOMPARE(clock.totalWaitedMs(), waited);
        if (!succeeds) {
            QCOMPARE(response.error().kind, Error::Kind::RateLimited);
            QVERIFY2(response.errorMessage().contains(QLatin1String("next try after")), qPrintable(response.errorMessage()));
        }
    }

    void secondaryLimitWithoutRetryAfterWaitsAMinute()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        int calls = 0;
        server.setHandler([&](const TestRequest &) {
            return ++calls == 1 ? TestResponse::json(R"({"message":"You have exceeded a secondary rate limit."})", 403)
                                : TestResponse::json("{}");
        });
        TestClock clock;
        HttpClient http(clock);
        QVERIFY(http.send(get(server.url(QStringLiteral("/x")))).ok());
        QCOMPARE(clock.waits(), QList<qint64>{60'000});
    }

    void permissionRefusalIsNotMistakenForARateLimit()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TestRequest &) {
            TestResponse r = TestResponse::json(R"({"message":"Must have push access to repository"})", 403);
            r.headers.append(QPair<QByteArray, QByteArray>("x-ratelimit-remaining", "4000"));
            return r;
        });
        TestClock clock;
        HttpClient http(clock);
        auto response = http.send(get(server.url(QStringLiteral("/x"))));
        QVERIFY(response.ok());
        QCOMPARE(response->status, 403);
        QVERIFY(clock.waits().isEmpty());
        QCOMPARE(server.requests().size(), 1);
    }

    void etagAnswersNotModifiedFromTheCache()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TestRequest &r) {
            if (r.header("if-none-match") == "W/\"v1\"") {
                TestResponse nm;
                nm.status = 304;
                return nm;
            }
            TestResponse ok = TestResponse::json(R"({"value":42})");
            ok.headers.append(QPair<QByteArray, QByteArray>("ETag", "W/\"v1\""));
            return ok;
        });
        TestClock clock;
        HttpClient http(clock);
        MemoryEtagCache cache;
        http.setEtagCache(&cache);
        HttpRequest request = get(server.url(QStringLiteral("/x")));
        request.useEtag = true;
        auto first = http.send(request);
        QVERIFY(first.ok() && !first->fromCache);
        auto second = http.send(request);
        QVERIFY(second.ok());
        QVERIFY(second->fromCache);
        QCOMPARE(second->status, 200);
        QCOMPARE(second->body, QByteArray(R"({"value":42})"));
        QCOMPARE(server.requests().last().header("if-none-match"), QByteArray("W/\"v1\""));
    }

    void redirectToAnotherOriginDropsTheToken()
    {
        LocalHttpServer origin, other;
        QVERIFY(origin.listen());
        QVERIFY(other.listen());
        other.setHandler([](const TestRequest &) { return TestResponse::json(R"({"landed":true})"); });
        origin.setHandler([&](const TestRequest &r) {
            if (r.path == QLatin1String("/same")) {
                TestResponse redirect;
                redirect.status = 302;
                redirect.headers.append(QPair<QByteArray, QByteArray>("Location", "/final"));
                return redirect;
            }
            if (r.path == QLatin1String("/final"))
                return TestResponse::json("{}");
            TestResponse redirect;
            redirect.status = 301;
            redirect.headers.append(QPair<QByteArray, QByteArray>("Location", other.url(QStringLiteral("/elsewhere")).toEncoded()));
            return redirect;
        });
        TestClock clock;
        HttpClient http(clock);
        auto response = http.send(get(origin.url(QStringLiteral("/away")), QStringLiteral("secret-token")));
        QVERIFY(response.ok());
        QCOMPARE(response->body, QByteArray(R"({"landed":true})"));
        QCOMPARE(other.requests().size(), 1);
        QVERIFY(other.requests().first().header("authorization").isEmpty());

        // Within the same origin the token follows.
        QVERIFY(http.send(get(origin.url(QStringLiteral("/same")), QStringLiteral("secret-token"))).ok());
        QCOMPARE(origin.requests().last().path, QStringLiteral("/final"));
        QCOMPARE(origin.requests().last().header("authorization"), QByteArray("Bearer secret-token"));
    }

    void tokenNeverGoesOverPlainHttpToANonLoopbackHost()
    {
        TestClock clock;
        HttpClient http(clock);
        auto response = http.send(get(QUrl(QStringLiteral("http://example.invalid/x")), QStringLiteral("secret-token")));
        QVERIFY(!response.ok());
        QVERIFY2(response.errorMessage().contains(QLatin1String("plain HTTP")), qPrintable(response.errorMessage()));
        QVERIFY(!response.errorMessage().contains(QLatin1String("secret-token")));
        QCOMPARE(http.requestCount(), 0);
    }

    void oversizedBodiesAreRefused()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TestRequest &) { return TestResponse::json(QByteArray(3 << 20, 'x')); });
        TestClock clock;
        HttpOptions options;
        options.maxBodyBytes = 1 << 20;
        HttpClient http(clock, options);
        auto response = http.send(get(server.url(QStringLiteral("/x"))));
        QVERIFY(!response.ok());
        QVERIFY2(response.errorMessage().contains(QLatin1String("larger than")), qPrintable(response.errorMessage()));
    }

    void aBodyCutShortIsAnError()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TestRequest &) {
            TestResponse r = TestResponse::json(R"({"count": 1, "uniques": 1, "views": []})");
            r.truncateAt = 10;
            return r;
        });
        TestClock clock;
        HttpClient http(clock);
        auto response = http.send(get(server.url(QStringLiteral("/x"))));
        QVERIFY(!response.ok());
        QCOMPARE(server.requests().size(), 4); // retried like any network failure
        QVERIFY2(response.errorMessage().contains(QLatin1String("closed before the answer was complete")),
                 qPrintable(response.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
