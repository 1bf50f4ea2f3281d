// github_stars when GitHub misbehaves: errors inside HTTP 200 answers, pages that take too long,
// secondary rate limits, a point budget running low, and a stargazer list GitHub refuses. Each
// case ends with either every star stored exactly once or a clear message and nothing lost.
#include "starsfixture.h"
#include "status/starprogress.h"

using namespace insights;
using namespace insights::test;

namespace {

const QDateTime kFirstStar(QDate(2021, 7, 1), QTime(6, 30), Qt::UTC);

} // namespace

class TestGitHubStarsFaults : public QObject {
    Q_OBJECT
    const QString repo = QStringLiteral("octo/widgets");

private slots:
    void anUnknownRepositoryFailsAloneWithAClearMessage()
    {
        StarsFixture f({QStringLiteral("octo/missing"), repo});
        f.server.addStars(repo, StargazerTestServer::generate(120, kFirstStar, 5));
        const RunReport report = f.collect();
        const QList<SubjectOutcome> &subjects = report.sources.first().subjects;
        QVERIFY(!subjects[0].ok);
        QVERIFY2(subjects[0].message.contains(QLatin1String("does not know octo/missing")), qPrintable(subjects[0].message));
        QVERIFY(subjects[1].ok);
        QCOMPARE(countRows(f.db.handle(), QStringLiteral("new_star"), QStringLiteral("octo/missing")), 0);
        verifyStoredStars(f, repo, f.server.stars(repo));
    }

    void aRateLimitErrorInsideA200IsWaitedOut()
    {
        StarsFixture f({repo});
        f.server.addStars(repo, StargazerTestServer::generate(250, kFirstStar, 6));
        f.server.setRateLimit(4000, f.clock.nowUtc().addSecs(300));
        f.server.failGraphQlWithRateLimit(1);
        QVERIFY(!f.collect().anyFailed());
        QVERIFY2(f.clock.totalWaitedMs() >= 290'000, qPrintable(QString::number(f.clock.totalWaitedMs())));
        verifyStoredStars(f, repo, f.server.stars(repo));
    }

    void slowPagesAreAskedForAgainSmaller()
    {
        StarsFixture f({repo});
        f.server.addStars(repo, StargazerTestServer::generate(640, kFirstStar, 7));
        f.server.setSlowAbove(50);
        QVERIFY(!f.collect().anyFailed());
        const QList<int> sizes = f.server.graphQlPageSizes();
        QCOMPARE(sizes.first(), 100);
        QVERIFY(sizes.contains(50));
        QVERIFY(!sizes.contains(25)); // 50 worked: no need to go smaller
        // 13 pages of 50, plus one 502 at the start and one after every 5 pages at the smaller size.
        QVERIFY2(sizes.size() <= 13 + 3, qPrintable(QString::number(sizes.size())));
        verifyStoredStars(f, repo, f.server.stars(repo));
    }

    void aSecondaryLimitWithRetryAfterIsHonoured()
    {
        StarsFixture f({repo});
        f.server.addStars(repo, StargazerTestServer::generate(150, kFirstStar, 8));
        TestResponse limited = TestResponse::json(
            "{\"message\":\"You have exceeded a secondary rate limit. Please wait a few minutes before you try again.\"}", 403);
        limited.headers.append(QPair<QByteArray, QByteArray>("retry-after", "30"));
        f.server.injectFault(QStringLiteral("graphql"), limited);
        QVERIFY(!f.collect().anyFailed());
        QVERIFY(f.clock.waits().contains(30'000));
        verifyStoredStars(f, repo, f.server.stars(repo));
    }

    void lowPointsWaitForTheResetWhenItIsNear()
    {
        StarsFixture f({repo});
        f.server.addStars(repo, StargazerTestServer::generate(250, kFirstStar, 9));
        const QDateTime reset = f.clock.nowUtc().addSecs(600);
        f.server.setRateLimit(12, reset);
        QVERIFY(!f.collect().anyFailed());
        QVERIFY(f.clock.nowUtc() >= reset);
        QVERIFY(f.progress.join(u'\n').contains(QLatin1String("points are low")));
        verifyStoredStars(f, repo, f.server.stars(repo));
    }

    void pointsUsedUpForHoursStopTheRunAndTheNextOneGoesOn()
    {
        StarsFixture f({repo});
        f.server.addStars(repo, StargazerTestServer::generate(450, kFirstStar, 10));
        f.server.setRateLimit(5, f.clock.nowUtc().addSecs(2 * 3600));
        const RunReport stopped = f.collect();
        QVERIFY(stopped.anyFailed());
        const QString message = stopped.sources.first().subjects.first().message;
        QVERIFY2(message.contains(QLatin1String("used up until")) && message.contains(QLatin1String("kept")), qPrintable(message));
        QCOMPARE(countRows(f.db.handle(), QStringLiteral("new_star"), repo), 100);

        f.clock.advanceDays(1);
        f.server.setRateLimit(5000, f.clock.nowUtc().addSecs(3600));
        QVERIFY(!f.collect().anyFailed());
        verifyStoredStars(f, repo, f.server.stars(repo));
    }

    void aRefusedListStillRecordsTheTotalAndSaysWhy()
    {
        StarsFixture f({repo});
        f.server.addStars(repo, StargazerTestServer::generate(40, kFirstStar, 11));
        f.server.setRestricted(repo, true);
        const RunReport report = f.collect();
        QVERIFY(!report.anyFailed());
        const QString notes = report.sources.first().subjects.first().notes.join(u' ');
        QVERIFY2(notes.contains(QLatin1String("star counts only")), qPrintable(notes));
        QCOMPARE(countRows(f.db.handle(), QStringLiteral("new_star"), repo), 0);
        QCOMPARE(metricValue(f.db.handle(), QStringLiteral("stars_total"), repo, f.clock.todayUtc(), QStringLiteral("snapshot")).toInt(), 40);
        QCOMPARE(f.state(repo, QStringLiteral("restricted")), QStringLiteral("1"));
        QVERIFY(StarProgress::warnings(f.db.handle(), repo)->join(u' ').contains(QLatin1String("star counts only")));

        // Access granted later: the stars follow when the list is asked for again (weekly).
        f.server.setRestricted(repo, false);
        f.clock.advanceDays(7);
        QVERIFY(!f.collect().anyFailed());
        verifyStoredStars(f, repo, f.server.stars(repo));
        QCOMPARE(f.state(repo, QStringLiteral("restricted")), QStringLiteral("0"));
    }

    void aTruncatedAnswerWritesNothing()
    {
        StarsFixture f({repo});
        f.server.addStars(repo, StargazerTestServer::generate(80, kFirstStar, 12));
        TestResponse broken = TestResponse::json("{\"data\":{\"repository\":{\"stargazerCount\":80,\"stargazers\":{\"edges\":[{\"starredAt\":", 200);
        f.server.injectFault(QStringLiteral("graphql"), broken);
        const RunReport report = f.collect();
        QVERIFY(report.anyFailed());
        const QString message = report.sources.first().subjects.first().message;
        QVERIFY2(message.contains(QLatin1String("could not be read")) && message.contains(repo), qPrintable(message));
        QCOMPARE(countRows(f.db.handle(), QStringLiteral("new_star")), 0);
        QVERIFY(!f.collect().anyFailed());
        verifyStoredStars(f, repo, f.server.stars(repo));
    }
};

QTEST_GUILESS_MAIN(TestGitHubStarsFaults)
#include "tst_githubstarsfaults.moc"
