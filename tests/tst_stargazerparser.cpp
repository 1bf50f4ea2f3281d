// Reading GitHub's stargazer answers: a GraphQL page (errors arrive with HTTP 200), a REST page
// with nullable users, a REST profile, and Link headers. An answer of the wrong shape is an
// error, never half a page.
#include "collectors/github/linkheader.h"
#include "collectors/github/stargazerparser.h"

#include <QtTest>

using namespace insights;

class TestStargazerParser : public QObject {
    Q_OBJECT

private slots:
    void graphQlErrorsInA200AreErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("not found") << QByteArray("{\"data\":{\"repository\":null},\"errors\":[{\"type\":\"NOT_FOUND\",\"message\":\"Could not resolve\"}]}")
                                   << int(Error::Kind::Http) << 404;
        QTest::newRow("rate limited") << QByteArray("{\"errors\":[{\"type\":\"RATE_LIMITED\",\"message\":\"API rate limit exceeded\"}]}")
                                      << int(Error::Kind::RateLimited) << 0;
        QTest::newRow("forbidden") << QByteArray("{\"data\":{\"repository\":{\"stargazerCount\":3,\"stargazers\":null}},\"errors\":[{\"type\":\"FORBIDDEN\",\"message\":\"no\"}]}")
                                   << int(Error::Kind::Permission) << 403;
        QTest::newRow("other") << QByteArray("{\"errors\":[{\"message\":\"Something went wrong\"}]}") << int(Error::Kind::Http) << 0;
        QTest::newRow("no pageInfo") << QByteArray("{\"data\":{\"repository\":{\"stargazerCount\":1,\"stargazers\":{\"edges\":[]}}}}")
                                     << int(Error::Kind::Parse) << 0;
        QTest::newRow("next page without cursor")
            << QByteArray("{\"data\":{\"repository\":{\"stargazerCount\":1,\"stargazers\":{\"pageInfo\":{\"hasNextPage\":true},\"edges\":[]}}}}")
            << int(Error::Kind::Parse) << 0;
        QTest::newRow("truncated") << QByteArray("{\"data\":{\"repos") << int(Error::Kind::Parse) << 0;
    }

    void graphQlErrorsInA200AreErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(int, status);
        const auto page = stars::parseGraphQlPage(body);
        QVERIFY(!page.ok());
        QCOMPARE(int(page.error().kind), kind);
        QCOMPARE(page.error().httpStatus, status);
    }

    void aGraphQlPageWithEmptyStringsAndAGhost()
    {
        const QByteArray body =
            "{\"data\":{\"repository\":{\"stargazerCount\":2,\"stargazers\":{\"totalCount\":2,"
            "\"pageInfo\":{\"hasNextPage\":false,\"endCursor\":\"Y3Vy\"},\"edges\":["
            "{\"starredAt\":\"2026-01-02T03:04:05Z\",\"node\":{\"login\":\"zoe\",\"name\":\"Zo\\u00eb \\u00c6r\\u00f8\","
            "\"location\":\"\",\"company\":null,\"bio\":\"  \",\"email\":\"\",\"websiteUrl\":\"https://z.example\","
            "\"createdAt\":\"2020-01-02T00:00:00Z\",\"followers\":{\"totalCount\":5},\"following\":{\"totalCount\":1},"
            "\"repositories\":{\"totalCount\":3},\"starredRepositories\":{\"totalCount\":\"40\"}}},"
            "{\"starredAt\":\"2026-01-01T00:00:00Z\",\"node\":null}]}},"
            "\"rateLimit\":{\"cost\":1,\"remaining\":4999,\"resetAt\":\"2026-01-02T04:00:00Z\"}}}";
        const auto page = stars::parseGraphQlPage(body);
        QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
        QCOMPARE(page->stargazerCount, 2);
        QCOMPARE(page->stars.size(), 2);
        const Stargazer &zoe = page->stars[0];
        QCOMPARE(zoe.name.value_or(QString()), QStringLiteral("Zoë Ærø"));
        QVERIFY(!zoe.location && !zoe.company && !zoe.bio && !zoe.email); // "" and null alike
        QCOMPARE(zoe.blog.value_or(QString()), QStringLiteral("https://z.example"));
        QCOMPARE(zoe.starsGiven.value_or(0), 40); // quoted numbers are accepted
        QVERIFY(page->stars[1].isDeleted());
        QCOMPARE(page->stars[1].item(), QStringLiteral("deleted:2026-01-01T00:00:00Z"));
        QCOMPARE(page->rateRemaining.value_or(0), 4999);
    }

    void aRestPageCountsDeletedAccounts()
    {
        const auto page = stars::parseRestPage(
            "[{\"starred_at\":\"2020-01-01T00:00:00Z\",\"user\":{\"login\":\"a\"}},{\"starred_at\":\"2020-01-02T00:00:00Z\",\"user\":null}]");
        QVERIFY(page.ok());
        QCOMPARE(page->size(), 2);
        QVERIFY(page->at(1).isDeleted());
        // Without the star+json media type GitHub sends users without dates: that is an error.
        QVERIFY(!stars::parseRestPage("[{\"login\":\"a\"}]").ok());
    }

    void linkHeaders_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("next");
        QTest::addColumn<QString>("last");
        QTest::newRow("github") << QByteArray("<https://api.github.com/repositories/1/stargazers?page=2>; rel=\"next\", "
                                              "<https://api.github.com/repositories/1/stargazers?page=9>; rel=\"last\"")
                                << QStringLiteral("https://api.github.com/repositories/1/stargazers?page=2")
                                << QStringLiteral("https://api.github.com/repositories/1/stargazers?page=9");
        QTest::newRow("last page") << QByteArray("<https://h/x?page=1>; rel=\"first\", <https://h/x?page=8>; rel=\"prev\"")
                                   << QString() << QString();
        QTest::newRow("unquoted, several rels") << QByteArray("<https://h/x?page=3>; rel=next last") << QStringLiteral("https://h/x?page=3")
                                                << QStringLiteral("https://h/x?page=3");
        QTest::newRow("empty") << QByteArray() << QString() << QString();
    }

    void linkHeaders()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, next);
        QFETCH(QString, last);
        const auto links = parseLinkHeader(header);
        QCOMPARE(links.value(QStringLiteral("next")).toString(), next);
        QCOMPARE(links.value(QStringLiteral("last")).toString(), last);
    }
};

QTEST_GUILESS_MAIN(TestStargazerParser)
#include "tst_stargazerparser.moc"
