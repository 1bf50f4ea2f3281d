// Every form of Reddit post link a user may paste ends as the post id, or as a share, app or
// gallery link to resolve by redirect through the configured Reddit base; anything that is not
// a Reddit post is refused with a message.
#include "collectors/reddit/redditurl.h"

#include <QtTest>

using namespace insights;

class TestRedditUrl : public QObject {
    Q_OBJECT

private slots:
    void postLinks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("subreddit");
        const QString id = QStringLiteral("1abc2de");
        QTest::newRow("www") << QStringLiteral("https://www.reddit.com/r/cpp/comments/1abc2de/my_post/") << id << QStringLiteral("cpp");
        QTest::newRow("old") << QStringLiteral("https://old.reddit.com/r/cpp/comments/1abc2de/my_post/") << id << QStringLiteral("cpp");
        QTest::newRow("no subdomain") << QStringLiteral("https://reddit.com/r/cpp/comments/1abc2de/") << id << QStringLiteral("cpp");
        QTest::newRow("mobile") << QStringLiteral("https://m.reddit.com/r/cpp/comments/1abc2de/x") << id << QStringLiteral("cpp");
        QTest::newRow("no slug, no slash") << QStringLiteral("https://www.reddit.com/r/cpp/comments/1abc2de") << id << QStringLiteral("cpp");
        QTest::newRow("comments only") << QStringLiteral("https://www.reddit.com/comments/1abc2de") << id << QString();
        QTest::newRow("user post") << QStringLiteral("https://www.reddit.com/user/someone/comments/1abc2de/t/") << id << QString();
        QTest::newRow("redd.it") << QStringLiteral("https://redd.it/1abc2de") << id << QString();
        QTest::newRow("query and fragment") << QStringLiteral("https://www.reddit.com/r/cpp/comments/1abc2de/my_post/?utm_source=share&utm_medium=web#c1")
                                            << id << QStringLiteral("cpp");
        QTest::newRow("trailing .json") << QStringLiteral("https://www.reddit.com/r/cpp/comments/1abc2de/my_post.json") << id << QStringLiteral("cpp");
        QTest::newRow("json without slug") << QStringLiteral("https://www.reddit.com/comments/1abc2de.json") << id << QString();
        QTest::newRow("no scheme") << QStringLiteral("reddit.com/r/cpp/comments/1abc2de/x") << id << QStringLiteral("cpp");
        QTest::newRow("upper-case id") << QStringLiteral("https://redd.it/1ABC2DE") << id << QString();
        QTest::newRow("spaces around") << QStringLiteral("  https://redd.it/1abc2de \\n") << id << QString();
        QTest::newRow("a comment link") << QStringLiteral("https://www.reddit.com/r/cpp/comments/1abc2de/my_post/kx1y2z3/") << id
                                        << QStringLiteral("cpp");
        QTest::newRow("u/ post") << QStringLiteral("https://www.reddit.com/u/some-one/comments/1abc2de/t/") << id << QString();
        QTest::newRow("user name of 20 with -") << QStringLiteral("https://www.reddit.com/user/A-twenty_char-name-0/comments/1abc2de/")
                                                << id << QString();
        for (const char *host : {"new", "np", "sh", "amp"})
            QTest::addRow("%s.reddit.com", host) << QStringLiteral("https://%1.reddit.com/r/cpp/comments/1abc2de/x/").arg(QLatin1String(host))
                                                 << id << QStringLiteral("cpp");
    }

    void postLinks()
    {
        QFETCH(QString, text);
        QFETCH(QString, id);
        QFETCH(QString, subreddit);
        const auto link = RedditUrl::parse(text.replace(QLatin1String("\\n"), QLatin1String("\n")));
        QVERIFY2(link.ok(), qPrintable(link.errorMessage()));
        QCOMPARE(link->postId, id);
        QCOMPARE(link->subreddit, subreddit);
        QVERIFY(!link->isShareLink());
    }

    void linksOnlyARedirectResolves_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("resolveAt");
        const QString local = QStringLiteral("http://127.0.0.1:8080");
        QTest::newRow("subreddit share") << "https://www.reddit.com/r/cpp/s/AbC123xyZ?utm_source=x" << QString()
                                         << "https://www.reddit.com/r/cpp/s/AbC123xyZ";
        QTest::newRow("profile share") << "https://www.reddit.com/u/some-one/s/Qw3rTy12" << QString()
                                       << "https://www.reddit.com/u/some-one/s/Qw3rTy12";
        QTest::newRow("profile share, user/") << "https://reddit.com/user/A-twenty_char-name-0/s/Qw3rTy12" << QString()
                                              << "https://reddit.com/user/A-twenty_char-name-0/s/Qw3rTy12";
        QTest::newRow("gallery") << "https://www.reddit.com/gallery/1ABC2de" << QString() << "https://www.reddit.com/gallery/1abc2de";
        QTest::newRow("app link") << "https://reddit.app.link/aBcD3fGh1Jk" << QString() << "https://reddit.app.link/aBcD3fGh1Jk";
        QTest::newRow("app link, http") << "http://reddit.app.link/aBcD3fGh1Jk?x=1" << QString() << "https://reddit.app.link/aBcD3fGh1Jk";
        // Through the configured base: Reddit's web hosts and, when the base stands in for
        // Reddit, its app links too; paths kept.
        QTest::newRow("www share, local base") << "https://www.reddit.com/r/cpp/s/AbC123xyZ" << local
                                               << local + "/r/cpp/s/AbC123xyZ";
        QTest::newRow("old. gallery, local base") << "https://old.reddit.com/gallery/1abc2de" << local << local + "/gallery/1abc2de";
        QTest::newRow("app link, local base") << "https://reddit.app.link/aBcD3fGh1Jk" << local << local + "/aBcD3fGh1Jk";
        QTest::newRow("share on the base") << local + "/u/some-one/s/Qw3rTy12" << local << local + "/u/some-one/s/Qw3rTy12";
        QTest::newRow("app link, default base") << "https://reddit.app.link/aBcD3fGh1Jk" << "https://www.reddit.com"
                                                << "https://reddit.app.link/aBcD3fGh1Jk";
        QTest::newRow("old. share, default base") << "https://old.reddit.com/r/cpp/s/AbC123xyZ" << "https://www.reddit.com"
                                                  << "https://www.reddit.com/r/cpp/s/AbC123xyZ";
    }

    void linksOnlyARedirectResolves()
    {
        QFETCH(QString, text);
        QFETCH(QString, base);
        QFETCH(QString, resolveAt);
        const auto link = RedditUrl::parse(text, base.isEmpty() ? QUrl() : QUrl(base));
        QVERIFY2(link.ok(), qPrintable(link.errorMessage()));
        QVERIFY(link->isShareLink());
        QCOMPARE(link->shareUrl.toString(), resolveAt);
    }

    void shareLinksAreResolvedLater()
    {
        const auto link = RedditUrl::parse(QStringLiteral("https://www.reddit.com/r/cpp/s/AbC123xyZ?utm_source=x"));
        QVERIFY2(link.ok(), qPrintable(link.errorMessage()));
        QVERIFY(link->isShareLink());
        QCOMPARE(link->shareUrl.toString(), QStringLiteral("https://www.reddit.com/r/cpp/s/AbC123xyZ"));
        // The configured base URL counts as Reddit (a local server in tests keeps its scheme).
        const auto local = RedditUrl::parse(QStringLiteral("http://127.0.0.1:8080/r/cpp/s/AbC123xyZ"), QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QVERIFY2(local.ok(), qPrintable(local.errorMessage()));
        QCOMPARE(local->shareUrl.toString(), QStringLiteral("http://127.0.0.1:8080/r/cpp/s/AbC123xyZ"));
    }

    void notRedditPostsAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("another site") << QStringLiteral("https://news.ycombinator.com/item?id=1");
        QTest::newRow("look-alike host") << QStringLiteral("https://reddit.com.evil.example/r/cpp/comments/1abc2de/");
        QTest::newRow("subreddit page") << QStringLiteral("https://www.reddit.com/r/cpp/");
        QTest::newRow("front page") << QStringLiteral("https://www.reddit.com/");
        QTest::newRow("bad id") << QStringLiteral("https://www.reddit.com/r/cpp/comments/not-an-id!/x");
        QTest::newRow("ftp") << QStringLiteral("ftp://reddit.com/r/cpp/comments/1abc2de/");
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)");
        QTest::newRow("redd.it without id") << QStringLiteral("https://redd.it/");
        QTest::newRow("text") << QStringLiteral("my favourite post");
        QTest::newRow("user name of 21") << QStringLiteral("https://www.reddit.com/user/A-twenty-one_char-nam/comments/1abc2de/");
        QTest::newRow("user name of 2") << QStringLiteral("https://www.reddit.com/u/ab/s/Qw3rTy12");
        QTest::newRow("user name with a dot") << QStringLiteral("https://www.reddit.com/u/some.one/s/Qw3rTy12");
        QTest::newRow("app link without a code") << QStringLiteral("https://reddit.app.link/");
        QTest::newRow("app link look-alike") << QStringLiteral("https://reddit.app.link.evil.example/aBcD3fGh1Jk");
        QTest::newRow("gallery without id") << QStringLiteral("https://www.reddit.com/gallery/");
        QTest::newRow("a user's share of nothing") << QStringLiteral("https://www.reddit.com/u/some-one/s/");
    }

    void notRedditPostsAreRefused()
    {
        QFETCH(QString, text);
        const auto link = RedditUrl::parse(text);
        QVERIFY(!link.ok());
        QVERIFY2(link.errorMessage().contains(QLatin1String("not a link to a Reddit post")), qPrintable(link.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestRedditUrl)
#include "tst_redditurl.moc"
