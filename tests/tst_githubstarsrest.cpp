// github_stars on a GitHub without GraphQL (older Enterprise): REST pages with starred_at, Link
// pagination through GitHub's own URLs, one profile request per new star, deleted accounts
// counted, REST's 400-page cap explained, and Link URLs to another server never followed.
#include "starsfixture.h"

using namespace insights;
using namespace insights::test;

namespace {

const QDateTime kFirstStar(QDate(2020, 2, 10), QTime(14, 0), Qt::UTC);

int deletedCount(const QList<FixtureStar> &stars)
{
    return int(std::count_if(stars.begin(), stars.end(), [](const FixtureStar &s) { return s.login.isEmpty(); }));
}

} // namespace

class TestGitHubStarsRest : public QObject {
    Q_OBJECT
    const QString repo = QStringLiteral("octo/widgets");

private slots:
    void withoutGraphQlEveryStarComesThroughRest()
    {
        StarsFixture f({repo}, QStringLiteral("/api/v3"));
        f.server.setGraphQlEnabled(false);
        f.server.addStars(repo, StargazerTestServer::generate(250, kFirstStar, 21));
        QVERIFY(deletedCount(f.server.stars(repo)) > 0);
        // One stargazer deleted the account after starring: the profile is gone, the star stays.
        const QString vanished = inStarOrder(f.server.stars(repo)).at(3).login;
        f.server.deleteAccount(vanished);

        const RunReport first = f.collect();
        QVERIFY(!first.anyFailed());
        const QString notes = first.sources.first().subjects.first().notes.join(u' ');
        QVERIFY2(notes.contains(QLatin1String("no GraphQL")), qPrintable(notes));
        const int profiles = 250 - deletedCount(f.server.stars(repo));
        QCOMPARE(f.server.requestCount(QStringLiteral("/users/")), profiles);
        QCOMPARE(f.server.requestCount(QStringLiteral("/stargazers")), 3);
        QCOMPARE(countRows(f.db.handle(), QStringLiteral("new_star"), repo), 250);
        QVERIFY(f.storedStars(repo).value(vanished).value(QLatin1String("name")).isNull());
        QCOMPARE(f.storedStars(repo).value(vanished).value(QLatin1String("star_number")).toInt(), 4);
        QCOMPARE(f.starDays(repo), expectedStarDays(f.server.stars(repo)));

        // Newer stars: from the page that was the last one, forwards; a profile for each new star.
        f.clock.advanceDays(1);
        const QList<FixtureStar> newer = StargazerTestServer::generate(30, inStarOrder(f.server.stars(repo)).last().starredAt.addSecs(60), 22);
        f.server.addStars(repo, newer);
        const int stargazerRequests = f.server.requestCount(QStringLiteral("/stargazers"));
        const int userRequests = f.server.requestCount(QStringLiteral("/users/"));
        QVERIFY(!f.collect().anyFailed());
        QVERIFY(f.server.requestCount(QStringLiteral("/stargazers")) - stargazerRequests <= 3);
        QCOMPARE(f.server.requestCount(QStringLiteral("/users/")) - userRequests, 30 - deletedCount(newer));
        QCOMPARE(countRows(f.db.handle(), QStringLiteral("new_star"), repo), 280);
        QCOMPARE(f.starDays(repo), expectedStarDays(f.server.stars(repo)));

        // Nothing new: one request, for the page that was the last one.
        const int beforeQuiet = f.server.http().requests().size();
        QVERIFY(!f.collect().anyFailed());
        QCOMPARE(f.server.http().requests().size() - beforeQuiet, 1);
    }

    void restsCapIsTheEndOfWhatItCanListAndSaysSo()
    {
        StarsFixture f({repo});
        f.server.setGraphQlEnabled(false);
        f.server.setRestPageCap(2);
        f.server.addStars(repo, StargazerTestServer::generate(350, kFirstStar, 23));
        const RunReport report = f.collect();
        QVERIFY(!report.anyFailed());
        const QString notes = report.sources.first().subjects.first().notes.join(u' ');
        QVERIFY2(notes.contains(QLatin1String("oldest 40,000")), qPrintable(notes));
        // The oldest 200 are stored and numbered from 1; the total is GitHub's count.
        const QList<FixtureStar> ordered = inStarOrder(f.server.stars(repo));
        verifyStoredStars(f, repo, ordered.mid(0, 200), true);
        QCOMPARE(metricValue(f.db.handle(), QStringLiteral("stars_total"), repo, f.clock.todayUtc(), QStringLiteral("snapshot")).toInt(), 350);
    }

    void aLinkToAnotherServerIsNotFollowed()
    {
        StarsFixture f({repo});
        f.server.setGraphQlEnabled(false);
        f.server.addStars(repo, StargazerTestServer::generate(20, kFirstStar, 24));
        TestResponse page = TestResponse::json("[]");
        const QByteArray elsewhere = f.server.http().url(QStringLiteral("/repositories/1/stargazers"), QStringLiteral("localhost"))
                                         .toEncoded() + "?page=2";
        page.headers.append(QPair<QByteArray, QByteArray>("link", "<" + elsewhere + ">; rel=\"next\""));
        f.server.injectFault(QStringLiteral("/stargazers"), page);
        const RunReport report = f.collect();
        QVERIFY(report.anyFailed());
        QVERIFY2(report.sources.first().subjects.first().message.contains(QLatin1String("another server")),
                 qPrintable(report.sources.first().subjects.first().message));
        for (const TestRequest &r : f.server.http().requests())
            QVERIFY(!r.header("host").startsWith("localhost"));
    }
};

QTEST_GUILESS_MAIN(TestGitHubStarsRest)
#include "tst_githubstarsrest.moc"
