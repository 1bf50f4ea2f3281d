// github_stars through GraphQL: the "done when" of the stars issue. A first run stores every star
// with its profile in ⌈N/100⌉ + 2 requests, later runs only the new ones, a run with nothing new
// costs one request, an interrupted first collection resumes where it stopped, a weekly full walk
// finds unstars, and every star day carries its exact title.
#include "queries/stargazerqueries.h"
#include "status/starprogress.h"
#include "status/statusreport.h"
#include "starsfixture.h"

using namespace insights;
using namespace insights::test;

namespace {

const QDateTime kFirstStar(QDate(2019, 3, 1), QTime(8, 0), Qt::UTC);

int ceilDiv(int n, int d)
{
    return (n + d - 1) / d;
}

FixtureStar star(int day, int hour, const QString &login)
{
    FixtureStar s;
    s.login = login;
    s.starredAt = QDateTime(QDate(2026, 1, 1).addDays(day), QTime(hour, 0), Qt::UTC);
    s.createdAt = QDateTime(QDate(2015, 6, 1), QTime(0, 0), Qt::UTC);
    s.name = login.isEmpty() ? std::optional<QString>() : std::optional<QString>(login.toUpper());
    return s;
}

} // namespace

class TestGitHubStars : public QObject {
    Q_OBJECT
    const QString repo = QStringLiteral("octo/widgets");

private slots:
    void everyStarWithProfileThenOnlyNewOnesThenOneRequest()
    {
        StarsFixture f({repo});
        f.server.addStars(repo, StargazerTestServer::generate(1234, kFirstStar, 1));
        QVERIFY(!f.collect().anyFailed());
        QVERIFY2(f.server.graphQlRequestCount() <= ceilDiv(1234, 100) + 2, qPrintable(QString::number(f.server.graphQlRequestCount())));
        verifyStoredStars(f, repo, f.server.stars(repo));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(f.starDays(repo), expectedStarDays(f.server.stars(repo)));
        QCOMPARE(metricValue(f.db.handle(), QStringLiteral("stars_total"), repo, f.clock.todayUtc(), QStringLiteral("snapshot")).toInt(), 1234);
        QVERIFY(f.progress.join(u'\n').contains(QRegularExpression(QStringLiteral("\\d+ of 1,?234 stars"))));

        // New stars arrive, some on the newest stored day: only they are read.
        f.clock.advanceDays(1);
        const QDateTime newest = inStarOrder(f.server.stars(repo)).last().starredAt;
        f.server.addStars(repo, StargazerTestServer::generate(150, newest.addSecs(600), 2));
        const int before = f.server.graphQlRequestCount();
        const RunReport second = f.collect();
        QVERIFY(!second.anyFailed());
        QVERIFY(f.server.graphQlRequestCount() - before <= ceilDiv(150, 100) + 2);
        QCOMPARE(second.sources.first().subjects.first().changed > 0, true);
        verifyStoredStars(f, repo, f.server.stars(repo));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(f.starDays(repo), expectedStarDays(f.server.stars(repo)));

        // Nothing new: one request, nothing written.
        const QString data = dataFingerprint(f.db.handle());
        const int beforeThird = f.server.graphQlRequestCount();
        const RunReport third = f.collect();
        QVERIFY(!third.anyFailed());
        QCOMPARE(f.server.graphQlRequestCount() - beforeThird, 1);
        QCOMPARE(third.sources.first().subjects.first().changed, 0);
        QCOMPARE(dataFingerprint(f.db.handle()), data);
    }

    void starDayTitles_data()
    {
        QTest::addColumn<QList<FixtureStar>>("first");
        QTest::addColumn<QList<FixtureStar>>("later");
        QTest::addColumn<QStringList>("titles"); // by day, after both runs
        const auto s = star;
        QTest::newRow("one star") << QList<FixtureStar>{s(0, 9, QStringLiteral("ncthuc"))} << QList<FixtureStar>{}
                                  << QStringList{QStringLiteral("#1 - ncthuc")};
        QTest::newRow("several on a day")
            << QList<FixtureStar>{s(0, 9, QStringLiteral("a")), s(0, 10, QStringLiteral("b")), s(0, 11, QStringLiteral("c"))}
            << QList<FixtureStar>{} << QStringList{QStringLiteral("#1-#3 (3 stars)")};
        QTest::newRow("days mixed")
            << QList<FixtureStar>{s(0, 9, QStringLiteral("a")), s(1, 9, QStringLiteral("b")), s(1, 23, QStringLiteral("c")),
                                  s(4, 0, QStringLiteral("d"))}
            << QList<FixtureStar>{}
            << QStringList{QStringLiteral("#1 - a"), QStringLiteral("#2-#3 (2 stars)"), QStringLiteral("#4 - d")};
        QTest::newRow("a day gains stars in a later run")
            << QList<FixtureStar>{s(0, 9, QStringLiteral("a")), s(1, 8, QStringLiteral("b"))}
            << QList<FixtureStar>{s(1, 12, QStringLiteral("c")), s(1, 13, QStringLiteral("e")), s(2, 1, QStringLiteral("f"))}
            << QStringList{QStringLiteral("#1 - a"), QStringLiteral("#2-#4 (3 stars)"), QStringLiteral("#5 - f")};
        QTest::newRow("a deleted account") << QList<FixtureStar>{s(0, 9, QString()), s(3, 9, QStringLiteral("z"))}
                                           << QList<FixtureStar>{} << QStringList{QStringLiteral("#1 - ghost"), QStringLiteral("#2 - z")};
    }

    void starDayTitles()
    {
        QFETCH(QList<FixtureStar>, first);
        QFETCH(QList<FixtureStar>, later);
        QFETCH(QStringList, titles);
        StarsFixture f({repo});
        f.server.addStars(repo, first);
        QVERIFY(!f.collect().anyFailed());
        QCOMPARE(f.starDays(repo), expectedStarDays(first));
        if (!later.isEmpty()) {
            f.server.addStars(repo, later);
            QVERIFY(!f.collect().anyFailed());
        }
        QCOMPARE(f.starDays(repo).values(), titles);
    }

    void anInterruptedFirstCollectionResumesWhereItStopped_data()
    {
        QTest::addColumn<bool>("cancelled"); // else the server starts refusing the token
        QTest::newRow("cancelled by the user") << true;
        QTest::newRow("failed part-way") << false;
    }

    void anInterruptedFirstCollectionResumesWhereItStopped()
    {
        QFETCH(bool, cancelled);
        StarsFixture f({repo});
        f.server.addStars(repo, StargazerTestServer::generate(1234, kFirstStar, 3));
        const QString token = f.server.token();
        f.onProgress = [&](const QString &) {
            // Request 1 asks for e-mail addresses and learns that a "repo" token may not read
            // them (INSUFFICIENT_SCOPES); requests 2…8 are the seven pages read before the stop.
            if (f.server.graphQlRequestCount() == 8) {
                if (cancelled)
                    f.cancel = true;
                else
                    f.server.setToken(QStringLiteral("ghp_revoked"));
            }
        };
        const RunReport interrupted = f.collect();
        QVERIFY(interrupted.anyFailed());
        QVERIFY(interrupted.sources.first().message.contains(QLatin1String("kept"))
                || interrupted.sources.first().subjects.first().message.contains(QLatin1String("kept")));
        // Seven pages were read; all of them are kept, numbered from GitHub's total down.
        const QHash<QString, QJsonObject> kept = f.storedStars(repo);
        QCOMPARE(kept.size(), 700);
        const QList<FixtureStar> ordered = inStarOrder(f.server.stars(repo));
        QCOMPARE(kept.value(itemOf(ordered.last())).value(QLatin1String("star_number")).toInt(), 1234);
        QCOMPARE(kept.value(itemOf(ordered.at(1234 - 700))).value(QLatin1String("star_number")).toInt(), 1234 - 700 + 1);
        QVERIFY(!f.state(repo, QStringLiteral("backfill_cursor")).isEmpty());
        const auto status = StatusReport::build(f.db.handle(), *f.config, f.clock);
        QVERIFY(status.ok());
        const auto stars = std::find_if(status->begin(), status->end(), [](const SourceStatus &s) { return s.key == QLatin1String("github_stars"); });
        QVERIFY2(stars->warnings.join(u'\n').contains(QRegularExpression(QStringLiteral("under way, 700 of 1,?234 stars stored"))),
                 qPrintable(stars->warnings.join(u'\n')));

        f.onProgress = nullptr;
        f.cancel = false;
        f.server.setToken(token);
        const int before = f.server.graphQlRequestCount();
        QVERIFY(!f.collect().anyFailed());
        QVERIFY(f.server.graphQlRequestCount() - before <= ceilDiv(1234 - 700, 100) + 2);
        verifyStoredStars(f, repo, f.server.stars(repo));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(f.starDays(repo), expectedStarDays(f.server.stars(repo)));
        QCOMPARE(f.state(repo, QStringLiteral("backfill_complete")), QStringLiteral("1"));
        QVERIFY(StarProgress::warnings(f.db.handle(), repo)->isEmpty());
    }

    void aWeeklyFullWalkFindsUnstarsAndCountsThemOut()
    {
        StarsFixture f({repo});
        f.server.addStars(repo, StargazerTestServer::generate(300, kFirstStar, 4));
        QVERIFY(!f.collect().anyFailed());
        const QList<FixtureStar> ordered = inStarOrder(f.server.stars(repo));
        QStringList gone;
        for (int i : {10, 150, 299})
            if (!ordered[i].login.isEmpty())
                gone.append(ordered[i].login);
        for (const QString &login : std::as_const(gone))
            QVERIFY(f.server.unstar(repo, login));

        // The next day is an ordinary run: one request, nothing is counted out yet.
        f.clock.advanceDays(1);
        int before = f.server.graphQlRequestCount();
        QVERIFY(!f.collect().anyFailed());
        QCOMPARE(f.server.graphQlRequestCount() - before, 1);
        QCOMPARE(StargazerQueries(f.db.handle(), repo).count({}).value(), 300);

        // A week after the last full walk the list is walked again.
        f.clock.advanceDays(6);
        before = f.server.graphQlRequestCount();
        const RunReport report = f.collect();
        QVERIFY(!report.anyFailed());
        QCOMPARE(f.server.graphQlRequestCount() - before, ceilDiv(300 - int(gone.size()), 100));
        QVERIFY(report.sources.first().subjects.first().notes.join(u' ').contains(QLatin1String("withdrawn")));
        const QHash<QString, QJsonObject> stored = f.storedStars(repo);
        QCOMPARE(stored.size(), 300); // rows are kept...
        for (const QString &login : std::as_const(gone))
            QCOMPARE(stored.value(login).value(QLatin1String("unstarred_at")).toString(), f.clock.nowUtc().toString(Qt::ISODate));
        QCOMPARE(scalar(f.db.handle(), QStringLiteral("SELECT COUNT(*) FROM insight_event WHERE kind = 'unstar'")).toInt(),
                 gone.size());
        // ...and counted out: numbers and star days follow the stars still there.
        QCOMPARE(StargazerQueries(f.db.handle(), repo).count({}).value(), 300 - int(gone.size()));
        QCOMPARE(f.starDays(repo), expectedStarDays(f.server.stars(repo)));
        QCOMPARE(metricValue(f.db.handle(), QStringLiteral("stars_total"), repo, f.clock.todayUtc(), QStringLiteral("snapshot")).toInt(),
                 300 - int(gone.size()));

        // The same walk again changes no star.
        f.clock.advanceDays(7);
        QVERIFY(f.storedStars(repo) == stored);
        QVERIFY(!f.collect().anyFailed());
        QVERIFY(f.storedStars(repo) == stored);
        QCOMPARE(scalar(f.db.handle(), QStringLiteral("SELECT COUNT(*) FROM insight_event WHERE kind = 'unstar'")).toInt(),
                 gone.size());
        QCOMPARE(f.starDays(repo), expectedStarDays(f.server.stars(repo)));
    }
};

QTEST_GUILESS_MAIN(TestGitHubStars)
#include "tst_githubstars.moc"
