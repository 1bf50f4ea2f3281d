// Stars after GitHub's 2026 restriction (issue 16 §3, API-NOTES §0.2–0.3): every repository gets
// `stars_daily` equal to GitHub's star history day by day and a `stars_total` equal to GitHub's
// count — with a token that reads the list (with every profile, no extra request), with a list
// closed to the token (counts only, success, the list asked for again weekly), and without a
// token (no list request at all). Later runs read the newest history page and upsert it; a
// malformed history page writes nothing; the Stars page draws the history ending at the count.
#include "collectors/github/starhistory.h"
#include "dashboard/dashboarddata.h"
#include "cliharness.h"
#include "starhistoryserver.h"
#include "status/starprogress.h"
#include "status/statusreport.h"
#include "starsfixture.h"
#include "storewrite.h"

#include <QSqlDriver>
#include <sqlite3.h>

using namespace insights;
using namespace insights::test;

namespace {

const QString kOpen = QStringLiteral("octo/open");
const QString kClosed = QStringLiteral("octo/closed");
const QString kCountsOnly = QStringLiteral("star counts only — GitHub shows who starred only to the repository's admins "
                                           "and collaborators");

int ceilDiv(qsizetype n, int d)
{
    return int((n + d - 1) / d);
}

QMap<QDate, double> storedDaily(QSqlDatabase &db, const QString &repo)
{
    QMap<QDate, double> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT m.date, m.value FROM insight_metric m JOIN insight_metric_type t ON t.id = "
                             "m.metric_type_id WHERE t.key = 'stars_daily' AND m.subject = ? AND m.period = 'daily'"));
    q.addBindValue(repo);
    q.exec();
    while (q.next())
        out.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toDouble());
    return out;
}

// What GitHub's history says per day, up to today (the server's own weeks).
QMap<QDate, int> historyDays(const QList<FixtureStar> &stars, const QDateTime &now)
{
    QMap<QDate, int> out;
    for (const StarHistoryServer::Week &week : StarHistoryServer::weeksOf(stars, now))
        for (int i = 0; i < 7; ++i) {
            const QDate day = QDateTime::fromSecsSinceEpoch(week.start + i * 86400, Qt::UTC).date();
            if (day <= now.date())
                out.insert(day, week.days[size_t(i)]);
        }
    return out;
}

// stars_daily equals the history day by day: every day of the history has its figure (a day
// without a row is 0), no other day holds a star, and the days add up to the count.
void verifyDaily(QSqlDatabase &db, const QString &repo, const QList<FixtureStar> &stars, const QDateTime &now)
{
    const QMap<QDate, double> stored = storedDaily(db, repo);
    const QMap<QDate, int> history = historyDays(stars, now);
    QVERIFY2(!history.isEmpty(), "the fixture has no stars");
    for (auto it = history.cbegin(); it != history.cend(); ++it)
        QVERIFY2(stored.value(it.key(), 0) == it.value(),
                 qPrintable(QStringLiteral("%1 %2: stored %3, history %4")
                                .arg(repo, it.key().toString(Qt::ISODate))
                                .arg(stored.value(it.key(), 0))
                                .arg(it.value())));
    double sum = 0;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!history.contains(it.key()))
            QVERIFY2(it.value() == 0, qPrintable(repo + u' ' + it.key().toString(Qt::ISODate)));
        sum += it.value();
    }
    QCOMPARE(sum, double(stars.size()));
}

void verifyDaily(StarsFixture &f, const QString &repo)
{
    verifyDaily(f.db.handle(), repo, f.server.stars(repo), f.clock.nowUtc());
}

int storedTotal(StarsFixture &f, const QString &repo)
{
    return metricValue(f.db.handle(), QStringLiteral("stars_total"), repo, f.clock.todayUtc(), QStringLiteral("snapshot")).toInt();
}

// Requests for the stargazer list of `repo`: GraphQL pages naming it, REST list pages.
int listRequests(StargazerTestServer &server, const QString &repo)
{
    const QByteArray name = "\"name\":\"" + repo.section(u'/', 1).toUtf8() + "\"";
    int n = 0;
    for (const TestRequest &r : server.http().requests())
        if ((r.path.endsWith(QLatin1String("/graphql")) && r.body.contains(name))
            || r.path.endsWith(repo + QStringLiteral("/stargazers")) || r.path.startsWith(QLatin1String("/repositories/")))
            ++n;
    return n;
}

int historyRequests(StargazerTestServer &server, const QString &repo = QString())
{
    return server.requestCount(QStringLiteral("%1/stargazers/history").arg(repo));
}

int countRequests(StargazerTestServer &server, const QString &repo = QString())
{
    return server.requestCount(QStringLiteral("%1/stargazers/count").arg(repo));
}

QStringList notesOf(const RunReport &report, const QString &repo)
{
    for (const SubjectOutcome &s : report.sources.value(0).subjects)
        if (s.subject == repo)
            return s.notes;
    return {};
}

QByteArray headerOf(const TestResponse &response, const QByteArray &name)
{
    for (const auto &[key, value] : response.headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

TestRequest get(const QString &path, const QString &query = QString(), const QByteArray &authorization = {})
{
    TestRequest r;
    r.method = "GET";
    r.path = path;
    r.query = QUrlQuery(query);
    r.headers.insert("host", "127.0.0.1:1");
    if (!authorization.isEmpty())
        r.headers.insert("authorization", authorization);
    return r;
}

// Stars given at `times` (whole seconds, UTC, none in the future), each with a profile.
QList<FixtureStar> starsAt(const QList<QDateTime> &times, const QString &prefix)
{
    QList<FixtureStar> out;
    for (qsizetype i = 0; i < times.size(); ++i) {
        FixtureStar s;
        s.login = QStringLiteral("%1-%2").arg(prefix).arg(i);
        s.starredAt = times[i].toUTC();
        s.createdAt = s.starredAt.addDays(-400 - i);
        s.name = QStringLiteral("Late %1").arg(i);
        s.location = QStringLiteral("Lyon");
        s.followers = int(i);
        out.append(s);
    }
    return out;
}

// `count` stars in the hours before `now`.
QList<FixtureStar> justNow(const QDateTime &now, int count, const QString &prefix)
{
    QList<QDateTime> at;
    for (int i = 0; i < count; ++i)
        at.append(now.addSecs(-60 * (count - i)));
    return starsAt(at, prefix);
}

// A closed list, stars over two years up to a few days before the fixture's clock.
QList<FixtureStar> twoYears(int count, int seed)
{
    return StargazerTestServer::generate(count, QDateTime(QDate(2024, 5, 3), QTime(7, 30), Qt::UTC), seed);
}

} // namespace

class TestStarHistory : public QObject {
    Q_OBJECT

private slots:
    void withAnOpenListEveryStarHasItsProfileAndTheCountsMatch()
    {
        StarsFixture f({kOpen});
        f.server.history().setClock(&f.clock);
        f.server.addStars(kOpen, twoYears(250, 41));
        QVERIFY(!f.collect().anyFailed());
        verifyStoredStars(f, kOpen, f.server.stars(kOpen));
        verifyDaily(f, kOpen);
        QCOMPARE(storedTotal(f, kOpen), 250);
        QCOMPARE(f.state(kOpen, QStringLiteral("daily_source")), QStringLiteral("list"));
        // The list itself gives the counts: no history or count request (SPEC §6 budget).
        const int requests = int(f.server.http().requests().size());
        qInfo("open list, first run of 250 stars: %d requests (%d GraphQL, %d history, %d count)", requests,
              f.server.graphQlRequestCount(), historyRequests(f.server), countRequests(f.server));
        QVERIFY2(requests <= ceilDiv(250, 100) + 2, qPrintable(QString::number(requests)));
        QCOMPARE(historyRequests(f.server) + countRequests(f.server), 0);

        // Nothing new: one request, nothing written.
        const QString data = dataFingerprint(f.db.handle());
        qsizetype before = f.server.http().requests().size();
        QVERIFY(!f.collect().anyFailed());
        QCOMPARE(f.server.http().requests().size() - before, 1);
        QCOMPARE(dataFingerprint(f.db.handle()), data);

        // New stars the next day: their days follow.
        f.clock.advanceDays(1);
        f.server.addStars(kOpen, justNow(f.clock.nowUtc(), 20, QStringLiteral("new")));
        QVERIFY(!f.collect().anyFailed());
        verifyDaily(f, kOpen);
        QCOMPARE(storedTotal(f, kOpen), 270);

        // A star withdrawn leaves its day when the weekly full walk counts it out.
        const FixtureStar gone = inStarOrder(f.server.stars(kOpen)).at(7);
        QVERIFY(!gone.login.isEmpty() && f.server.unstar(kOpen, gone.login));
        f.clock.advanceDays(7);
        QVERIFY(!f.collect().anyFailed());
        verifyDaily(f, kOpen);
        QCOMPARE(storedTotal(f, kOpen), 269);
    }

    void aListClosedToTheTokenKeepsTheCountsAndIsAskedForWeekly()
    {
        StarsFixture f({kOpen, kClosed});
        f.server.history().setClock(&f.clock);
        f.server.addStars(kOpen, twoYears(120, 43));
        f.server.addStars(kClosed, twoYears(180, 44));
        f.server.setRestricted(kClosed, true);
        const RunReport report = f.collect();
        QVERIFY(!report.anyFailed());
        QVERIFY2(notesOf(report, kClosed).join(u' ').contains(kCountsOnly), qPrintable(notesOf(report, kClosed).join(u' ')));
        QCOMPARE(countRows(f.db.handle(), QStringLiteral("new_star"), kClosed), 0);
        verifyDaily(f, kClosed);
        QCOMPARE(storedTotal(f, kClosed), 180);
        verifyStoredStars(f, kOpen, f.server.stars(kOpen));
        verifyDaily(f, kOpen);
        QCOMPARE(f.state(kClosed, QStringLiteral("restricted")), QStringLiteral("1"));
        QCOMPARE(f.state(kClosed, QStringLiteral("history_complete")), QStringLiteral("1"));
        const int weeks = int(StarHistoryServer::weeksOf(f.server.stars(kClosed), f.clock.nowUtc()).size());
        QCOMPARE(historyRequests(f.server, kClosed), ceilDiv(weeks, 30));
        QCOMPARE(countRequests(f.server, kClosed), 1);
        QVERIFY(listRequests(f.server, kClosed) >= 1); // asked, refused
        qInfo("closed list, first run (%d weeks of history): %d list, %d history, %d count request(s)", weeks,
              listRequests(f.server, kClosed), historyRequests(f.server, kClosed), countRequests(f.server, kClosed));

        // insights status and the Sources page say so.
        const QString warnings = StarProgress::warnings(f.db.handle(), kClosed)->join(u'\n');
        QVERIFY2(warnings.contains(kCountsOnly), qPrintable(warnings));
        const auto status = StatusReport::build(f.db.handle(), *f.config, f.clock);
        QVERIFY(status.ok());
        const auto stars = std::find_if(status->begin(), status->end(),
                                        [](const SourceStatus &s) { return s.key == QLatin1String("github_stars"); });
        QVERIFY(stars->lastError.isEmpty());
        QVERIFY2(stars->warnings.join(u'\n').contains(kClosed + QStringLiteral(": ") + kCountsOnly),
                 qPrintable(stars->warnings.join(u'\n')));
        QVERIFY(!stars->warnings.join(u'\n').contains(kOpen));

        // The next day the list is not asked for; the counts are (one history page, the count).
        f.clock.advanceDays(1);
        int list = listRequests(f.server, kClosed), history = historyRequests(f.server, kClosed),
            count = countRequests(f.server, kClosed);
        QVERIFY(!f.collect().anyFailed());
        QCOMPARE(listRequests(f.server, kClosed) - list, 0);
        QCOMPARE(historyRequests(f.server, kClosed) - history, 1);
        QCOMPARE(countRequests(f.server, kClosed) - count, 1);
        verifyDaily(f, kClosed);

        // A week after it was refused, it is asked for again (and refused again).
        f.clock.advanceDays(6);
        list = listRequests(f.server, kClosed);
        QVERIFY(!f.collect().anyFailed());
        QVERIFY(listRequests(f.server, kClosed) - list >= 1);
        QCOMPARE(countRows(f.db.handle(), QStringLiteral("new_star"), kClosed), 0);

        // Access granted: at the next weekly ask, every star with its profile; the counts agree.
        f.server.setRestricted(kClosed, false);
        f.clock.advanceDays(7);
        QVERIFY(!f.collect().anyFailed());
        verifyStoredStars(f, kClosed, f.server.stars(kClosed));
        QCOMPARE(f.state(kClosed, QStringLiteral("restricted")), QStringLiteral("0"));
        QCOMPARE(f.state(kClosed, QStringLiteral("daily_source")), QStringLiteral("list"));
        verifyDaily(f, kClosed);
        QVERIFY(StarProgress::warnings(f.db.handle(), kClosed)->isEmpty());
    }

    void theCommandLineExitsZeroAndStatusSaysCountsOnly()
    {
        StargazerTestServer server;
        QVERIFY(server.listen());
        server.addStars(kOpen, twoYears(60, 45));
        server.addStars(kClosed, twoYears(90, 46));
        server.setRestricted(kClosed, true);
        QTemporaryDir dir;
        QProcessEnvironment env;
        env.insert(QStringLiteral("INSIGHT_GITHUB_API_URL"), server.apiUrl().toString());
        env.insert(QStringLiteral("INSIGHT_GITHUB_TOKEN"), server.token());
        env.insert(QStringLiteral("INSIGHT_GITHUB_REPOS"), kOpen + u',' + kClosed);
        const CliRun run = runInsights({QStringLiteral("collect"), QStringLiteral("github_stars"), QStringLiteral("--data-dir"), dir.path()}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(QString(run.out + run.err).contains(kCountsOnly), qPrintable(run.out + run.err));
        const CliRun status = runInsights({QStringLiteral("status"), QStringLiteral("--data-dir"), dir.path()}, env);
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(QStringLiteral("warning:    %1: %2").arg(kClosed, kCountsOnly)), qPrintable(status.out));

        Database db;
        QVERIFY(db.open(QDir(dir.path()).filePath(QStringLiteral("insights.db"))).ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        verifyDaily(db.handle(), kClosed, server.stars(kClosed), now);
        verifyDaily(db.handle(), kOpen, server.stars(kOpen), now);
        verifyStoredStars(db.handle(), kOpen, server.stars(kOpen));
        QCOMPARE(countRows(db.handle(), QStringLiteral("new_star"), kClosed), 0);
        QCOMPARE(metricValue(db.handle(), QStringLiteral("stars_total"), kClosed, now.date(), QStringLiteral("snapshot")).toInt(), 90);
    }

    void withoutATokenTheCountsComeWithNoListRequest()
    {
        StarsFixture f({kOpen});
        f.secrets.remove(Tokens::keychainKey(TokenKind::GitHub));
        f.server.history().setClock(&f.clock);
        f.server.addStars(kOpen, twoYears(300, 47));
        const RunReport report = f.collect();
        QVERIFY(!report.anyFailed());
        const QString notes = notesOf(report, kOpen).join(u' ');
        QVERIFY2(notes.contains(QLatin1String("no GitHub token")) && notes.contains(QLatin1String("needs a token")),
                 qPrintable(notes));
        verifyDaily(f, kOpen);
        QCOMPARE(storedTotal(f, kOpen), 300);
        QCOMPARE(countRows(f.db.handle(), QStringLiteral("new_star"), kOpen), 0);
        QCOMPARE(f.server.graphQlRequestCount(), 0);
        QCOMPARE(listRequests(f.server, kOpen), 0);
        for (const TestRequest &r : f.server.http().requests())
            QVERIFY2(r.header("authorization").isEmpty(), qPrintable(r.path));
        const int weeks = int(StarHistoryServer::weeksOf(f.server.stars(kOpen), f.clock.nowUtc()).size());
        QCOMPARE(historyRequests(f.server), ceilDiv(weeks, 30));
        QCOMPARE(countRequests(f.server), 1);
        QCOMPARE(f.server.history().unauthenticatedRequests(), int(f.server.http().requests().size()));
        qInfo("no token, first run (%d weeks): %lld requests, all unauthenticated (budget 60 an hour)", weeks,
              qlonglong(f.server.http().requests().size()));
        QVERIFY2(StarProgress::warnings(f.db.handle(), kOpen)->join(u' ').contains(QLatin1String("needs a GitHub token")),
                 qPrintable(StarProgress::warnings(f.db.handle(), kOpen)->join(u' ')));

        // The next day: two requests, still no list.
        f.clock.advanceDays(1);
        const qsizetype before = f.server.http().requests().size();
        QVERIFY(!f.collect().anyFailed());
        QCOMPARE(f.server.http().requests().size() - before, 2);
        QCOMPARE(listRequests(f.server, kOpen), 0);

        // A token arrives: the profiles follow and the note goes.
        f.secrets.write(Tokens::keychainKey(TokenKind::GitHub), f.server.token());
        QVERIFY(!f.collect().anyFailed());
        verifyStoredStars(f, kOpen, f.server.stars(kOpen));
        verifyDaily(f, kOpen);
        QVERIFY(StarProgress::warnings(f.db.handle(), kOpen)->isEmpty());
    }

    void aLaterRunReadsTheNewestPageAndUpsertsIt()
    {
        StarsFixture f({kClosed});
        f.server.history().setClock(&f.clock);
        f.server.addStars(kClosed, StargazerTestServer::generate(400, QDateTime(QDate(2023, 1, 9), QTime(9, 0), Qt::UTC), 48));
        const QDateTime threeWeeksAgo = f.clock.nowUtc().addDays(-20);
        f.server.addStars(kClosed, starsAt({threeWeeksAgo, threeWeeksAgo.addSecs(3600)}, QStringLiteral("recent")));
        f.server.setRestricted(kClosed, true);
        QVERIFY(!f.collect().anyFailed());
        const int weeks = int(StarHistoryServer::weeksOf(f.server.stars(kClosed), f.clock.nowUtc()).size());
        QVERIFY(weeks > 90);
        QCOMPARE(historyRequests(f.server), ceilDiv(weeks, 30));
        verifyDaily(f, kClosed);

        // The next day: a star of three weeks ago was withdrawn, two stars arrived today.
        f.clock.advanceDays(1);
        const QList<FixtureStar> ordered = inStarOrder(f.server.stars(kClosed));
        const QDate day = threeWeeksAgo.date();
        const double was = storedDaily(f.db.handle(), kClosed).value(day);
        QCOMPARE(was, 2.0);
        QVERIFY(f.server.unstar(kClosed, QStringLiteral("recent-0")));
        f.server.addStars(kClosed, justNow(f.clock.nowUtc(), 2, QStringLiteral("new")));
        int pages = historyRequests(f.server);
        QVERIFY(!f.collect().anyFailed());
        QCOMPARE(historyRequests(f.server) - pages, 1);
        QCOMPARE(storedDaily(f.db.handle(), kClosed).value(day), was - 1);
        QCOMPARE(storedDaily(f.db.handle(), kClosed).value(f.clock.todayUtc()), 2.0);
        QCOMPARE(storedTotal(f, kClosed), 403);
        verifyDaily(f, kClosed);

        // The same day again: the same figures, nothing added twice.
        const QString data = dataFingerprint(f.db.handle());
        QVERIFY(!f.collect().anyFailed());
        QCOMPARE(dataFingerprint(f.db.handle()), data);

        // A star of two years ago withdrawn: its week is past the newest page, so the weekly walk
        // over every page corrects it.
        const FixtureStar oldest = *std::find_if(ordered.cbegin(), ordered.cend(), [](const FixtureStar &s) { return !s.login.isEmpty(); });
        QVERIFY(f.server.unstar(kClosed, oldest.login));
        f.clock.advanceDays(1);
        pages = historyRequests(f.server);
        QVERIFY(!f.collect().anyFailed());
        QCOMPARE(historyRequests(f.server) - pages, 1);
        f.clock.advanceDays(6);
        pages = historyRequests(f.server);
        QVERIFY(!f.collect().anyFailed());
        QCOMPARE(historyRequests(f.server) - pages,
                 ceilDiv(StarHistoryServer::weeksOf(f.server.stars(kClosed), f.clock.nowUtc()).size(), 30));
        verifyDaily(f, kClosed);
        QCOMPARE(storedTotal(f, kClosed), 402);
    }

    void aMalformedHistoryPageWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("a week without 7 days") << QByteArray(R"([{"week":1778976000,"total":3,"days":[1,0,2]}])")
                                               << QStringLiteral("does not have 7 \"days\"");
        QTest::newRow("a negative count") << QByteArray(R"([{"week":1778976000,"total":1,"days":[1,0,0,0,0,-1,1]}])")
                                          << QStringLiteral("day 6 of week 1");
        QTest::newRow("week not an integer") << QByteArray(R"([{"week":"last week","total":0,"days":[0,0,0,0,0,0,0]}])")
                                             << QStringLiteral("no \"week\"");
        QTest::newRow("a fractional week") << QByteArray(R"([{"week":1778976000.5,"total":0,"days":[0,0,0,0,0,0,0]}])")
                                           << QStringLiteral("no \"week\"");
        QTest::newRow("weeks out of order")
            << QByteArray(R"([{"week":1778371200,"total":0,"days":[0,0,0,0,0,0,0]},{"week":1778976000,"total":0,"days":[0,0,0,0,0,0,0]}])")
            << QStringLiteral("not older");
        QTest::newRow("not a list") << QByteArray(R"({"message":"Moved"})") << QStringLiteral("list of weeks");
        QTest::newRow("cut short") << QByteArray("[{\"week\":1778976000,\"total\":0,\"da") << QStringLiteral("malformed JSON");
    }

    void aMalformedHistoryPageWritesNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        StarsFixture f({kClosed});
        f.server.history().setClock(&f.clock);
        f.server.addStars(kClosed, twoYears(120, 50));
        f.server.setRestricted(kClosed, true);

        // A first run meets it: nothing at all is stored.
        f.server.injectFault(QStringLiteral("/stargazers/history"), TestResponse::json(body));
        RunReport report = f.collect();
        QVERIFY(report.anyFailed());
        QString message = report.sources.first().subjects.first().message;
        QVERIFY2(message.contains(kClosed) && message.contains(QLatin1String("star history could not be read"))
                     && message.contains(says),
                 qPrintable(message));
        QCOMPARE(countRows(f.db.handle(), QStringLiteral("stars_daily")) + countRows(f.db.handle(), QStringLiteral("stars_total")), 0);

        // A later run meets it on its newest page: the database is as it was.
        QVERIFY(!f.collect().anyFailed());
        f.clock.advanceDays(1);
        f.server.addStars(kClosed, justNow(f.clock.nowUtc(), 3, QStringLiteral("new")));
        const QString data = dataFingerprint(f.db.handle());
        f.server.injectFault(QStringLiteral("/stargazers/history"), TestResponse::json(body));
        report = f.collect();
        QVERIFY(report.anyFailed());
        message = report.sources.first().subjects.first().message;
        QVERIFY2(message.contains(QLatin1String("nothing of it was stored")), qPrintable(message));
        QCOMPARE(dataFingerprint(f.db.handle()), data);
        QVERIFY(!f.collect().anyFailed()); // and the next run completes
        verifyDaily(f, kClosed);
    }

    void theParserRefusesAPageAsAWhole()
    {
        auto good = stars::parseHistoryPage(R"([{"week":1778976000,"total":4,"days":[1,0,2,0,0,0,1]},
                                               {"week":"1778371200","total":0,"days":[0,0,0,0,0,0,0]}])");
        QVERIFY2(good.ok(), qPrintable(good.errorMessage()));
        QCOMPARE(good->size(), 2);
        QCOMPARE(good->first().day(0), QDate(2026, 5, 17)); // a Sunday
        QCOMPARE(good->first().day(6), QDate(2026, 5, 23));
        const QList<MetricRow> rows = stars::historyRows(kClosed, *good, QDate(2026, 5, 20));
        QCOMPARE(rows.size(), 7 + 4); // the days after today are not stored yet
        QCOMPARE(rows.first().value, 1.0);
        QVERIFY(stars::parseHistoryPage("[]").ok());
        // A week that starts at local midnight east or west of UTC names the same days.
        auto shifted = stars::parseHistoryPage(R"([{"week":1778950800,"total":0,"days":[0,0,0,0,0,0,0]}])"); // UTC+7
        QVERIFY(shifted.ok());
        QCOMPARE(shifted->first().day(0), QDate(2026, 5, 17));
        QCOMPARE(stars::parseStarCount(R"({"count":42})").value(), 42);
        QVERIFY(!stars::parseStarCount(R"({"count":-1})").ok());
        QVERIFY(!stars::parseStarCount(R"({"total":4})").ok());
    }

    void theTestServerKeepsGitHubsBounds()
    {
        StargazerTestServer server;
        server.addStars(kClosed, twoYears(50, 52));
        StarHistoryServer &history = server.history();
        const QString path = QStringLiteral("/repos/octo/closed/stargazers/history");
        QCOMPARE(history.answer(get(path, QStringLiteral("per_page=31")))->status, 422);
        QCOMPARE(history.answer(get(path, QStringLiteral("page=101")))->status, 422);
        QCOMPARE(history.answer(get(QStringLiteral("/repos/octo/missing/stargazers/count")))->status, 404);
        QCOMPARE(history.answer(get(path, {}, "Bearer wrong"))->status, 401);
        QVERIFY(!history.answer(get(QStringLiteral("/repos/octo/closed/stargazers"))).has_value()); // the list is not ours

        const TestResponse anonymous = *history.answer(get(path, QStringLiteral("per_page=30")));
        QCOMPARE(anonymous.status, 200);
        QCOMPARE(headerOf(anonymous, "x-ratelimit-limit"), QByteArray("60"));
        QCOMPARE(headerOf(anonymous, "x-ratelimit-resource"), QByteArray("core"));
        QVERIFY(headerOf(anonymous, "link").contains("page=2>; rel=\"next\""));
        auto weeks = stars::parseHistoryPage(anonymous.body);
        QVERIFY2(weeks.ok(), qPrintable(weeks.errorMessage()));
        QCOMPARE(weeks->size(), 30);

        const TestResponse withToken = *history.answer(get(QStringLiteral("/repos/octo/closed/stargazers/count"), {},
                                                           "Bearer " + server.token().toUtf8()));
        QCOMPARE(headerOf(withToken, "x-ratelimit-limit"), QByteArray("5000"));
        QCOMPARE(stars::parseStarCount(withToken.body).value(), 50);
        TestRequest again = get(QStringLiteral("/repos/octo/closed/stargazers/count"), {}, "Bearer " + server.token().toUtf8());
        again.headers.insert("if-none-match", headerOf(withToken, "etag"));
        QCOMPARE(history.answer(again)->status, 304);

        // Unauthenticated requests have their own budget.
        history.setUnauthenticatedBudget(1, QDateTime::currentDateTimeUtc().addSecs(600));
        QCOMPARE(history.answer(get(path))->status, 200);
        const TestResponse exhausted = *history.answer(get(path));
        QCOMPARE(exhausted.status, 403);
        QCOMPARE(headerOf(exhausted, "x-ratelimit-remaining"), QByteArray("0"));
        QCOMPARE(history.answer(get(path, {}, "Bearer " + server.token().toUtf8()))->status, 200);
    }

    void anEmptyListWhileTheCountIsNotZeroIsAClosedList()
    {
        StarsFixture f({kOpen});
        f.server.history().setClock(&f.clock);
        f.server.setGraphQlEnabled(false);
        f.server.addStars(kOpen, twoYears(60, 53));
        f.server.history().setListEmpty(kOpen, true);
        const RunReport report = f.collect();
        QVERIFY(!report.anyFailed());
        QVERIFY2(notesOf(report, kOpen).join(u' ').contains(QLatin1String("listed no stargazer")),
                 qPrintable(notesOf(report, kOpen).join(u' ')));
        QCOMPARE(f.state(kOpen, QStringLiteral("restricted")), QStringLiteral("1"));
        QCOMPARE(countRows(f.db.handle(), QStringLiteral("new_star"), kOpen), 0);
        QCOMPARE(storedTotal(f, kOpen), 60);
        verifyDaily(f, kOpen);
    }

    void aServerWithoutTheHistoryStillRecordsTheTotal()
    {
        StarsFixture f({kOpen}, QStringLiteral("/api/v3"));
        f.server.addStars(kOpen, twoYears(30, 54));
        f.server.setRestricted(kOpen, true);
        f.server.history().setAvailable(false); // GitHub Enterprise Server
        const RunReport report = f.collect();
        QVERIFY(!report.anyFailed());
        QVERIFY2(notesOf(report, kOpen).join(u' ').contains(QLatin1String("no star history")),
                 qPrintable(notesOf(report, kOpen).join(u' ')));
        QCOMPARE(storedTotal(f, kOpen), 30); // from the repository object
        QCOMPARE(countRows(f.db.handle(), QStringLiteral("stars_daily")), 0);
    }

    void theStarsPageDrawsTheHistoryEndingAtTheCount()
    {
        StarsFixture f({kOpen, kClosed});
        f.server.history().setClock(&f.clock);
        f.server.addStars(kOpen, twoYears(80, 55));
        f.server.addStars(kClosed, twoYears(140, 56));
        f.server.setRestricted(kClosed, true);
        QVERIFY(!f.collect().anyFailed());
        const QDate today = f.clock.todayUtc();
        const auto starsBefore = [&](const QString &repo, const QDate &day) { // given on or before `day`
            return int(std::count_if(f.server.stars(repo).begin(), f.server.stars(repo).end(),
                                     [&](const FixtureStar &s) { return s.starredAt.date() <= day; }));
        };

        QSet<QString> statements;
        sqlite3 *handle = nullptr;
        if (const QVariant v = f.db.handle().driver()->handle(); qstrcmp(v.typeName(), "sqlite3*") == 0)
            handle = *static_cast<sqlite3 *const *>(v.constData());
        QVERIFY(handle);
        sqlite3_trace_v2(
            handle, SQLITE_TRACE_STMT,
            [](unsigned, void *context, void *statement, void *) {
                if (char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement))) {
                    static_cast<QSet<QString> *>(context)->insert(QString::fromUtf8(sql));
                    sqlite3_free(sql);
                }
                return 0;
            },
            &statements);
        const auto page = [&](const QString &subject, RangePreset preset) {
            return DashboardData::load(f.db.handle(),
                                       PageRequest{QStringLiteral("stars"), DateRanges::forPreset(preset, today), subject, true,
                                                   preset == RangePreset::All});
        };

        auto closed = page(kClosed, RangePreset::Days90);
        QVERIFY2(closed.ok(), qPrintable(closed.errorMessage()));
        const DailyValues line = closed->charts.first().series.first().values;
        QCOMPARE(line.last().value_or(-1), 140.0);
        QCOMPARE(line.first().value_or(-1), double(starsBefore(kClosed, closed->request.range.from)));
        QVERIFY2(closed->notes.join(u' ').contains(QLatin1String("star history")), qPrintable(closed->notes.join(u' ')));
        QVERIFY(closed->subjects.contains(kClosed));
        auto all = page(kClosed, RangePreset::All);
        QVERIFY(all.ok());
        QCOMPARE(all->charts.first().series.first().values.last().value_or(-1), 140.0);

        auto open = page(kOpen, RangePreset::Days90);
        QVERIFY(open.ok());
        QCOMPARE(open->charts.first().series.first().values.last().value_or(-1), 80.0);
        QVERIFY2(open->notes.join(u' ').contains(QLatin1String("stargazer list")), qPrintable(open->notes.join(u' ')));

        auto both = page(QString(), RangePreset::Year1);
        QVERIFY(both.ok());
        QCOMPARE(both->charts.first().series.first().values.last().value_or(-1), 220.0);
        QCOMPARE(both->charts.first().series.first().values.first().value_or(-1),
                 double(starsBefore(kOpen, both->request.range.from) + starsBefore(kClosed, both->request.range.from)));
        QVERIFY2(both->notes.join(u' ').contains(kOpen) && both->notes.join(u' ').contains(kClosed), qPrintable(both->notes.join(u' ')));

        // GitHub counts stars the history does not show (older than its first week): the curve
        // still ends at the count, and they are its starting point.
        Batch more;
        more.rows.append(MetricRow::make("stars_total", kClosed, today, Period::Snapshot, 145));
        writeCommitted(f.db.handle(), more);
        closed = page(kClosed, RangePreset::Days90);
        QVERIFY(closed.ok());
        QCOMPARE(closed->charts.first().series.first().values.last().value_or(-1), 145.0);
        QCOMPARE(closed->charts.first().series.first().values.first().value_or(-1),
                 double(starsBefore(kClosed, closed->request.range.from) + 5));
        sqlite3_trace_v2(handle, 0, nullptr, nullptr);

        // Every query of the page is served by an index (as tst_queryplans asks of every page).
        int metricQueries = 0;
        for (const QString &sql : std::as_const(statements)) {
            if (!sql.contains(QLatin1String("insight_metric ")))
                continue;
            ++metricQueries;
            QSqlQuery plan(f.db.handle());
            QVERIFY2(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql), qPrintable(sql));
            while (plan.next()) {
                const QString step = plan.value(3).toString();
                QVERIFY2(!(step.startsWith(QLatin1String("SCAN ")) && (step.contains(QLatin1String("insight_metric")) || step == QLatin1String("SCAN m"))),
                         qPrintable(sql + QStringLiteral("\n  plan: ") + step));
            }
        }
        QVERIFY(metricQueries > 10);
    }
};

QTEST_GUILESS_MAIN(TestStarHistory)
#include "tst_starhistory.moc"
