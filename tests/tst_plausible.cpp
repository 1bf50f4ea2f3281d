// plausible against a local Plausible (v2 and v1-only) through the real HTTP client and SQLite:
// a 365-day backfill with per-day pages and countries in at most 12 requests where every stored
// figure equals what the server said; null rates stay NULL; a v1-only server is read under its
// hourly limit and finished by the next run; 401/402/429 and broken answers store nothing.
#include "collectors/collectionrunner.h"
#include "config/config.h"
#include "http/httpclient.h"
#include "plausibletestserver.h"
#include "secrets/memorysecretstore.h"
#include "secrets/tokens.h"
#include "sqlprobe.h"
#include "secrets/tokencheck.h"
#include "status/statusreport.h"
#include "storage/database.h"
#include "testclock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace insights;
using namespace insights::test;

namespace {

struct Stored {
    QVariant value;
    QJsonObject metadata;
    bool exists = false;
};

Stored stored(QSqlDatabase &db, const QString &metric, const QString &site, const QDate &day, const QString &item = {})
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT m.value, m.metadata FROM insight_metric m JOIN insight_metric_type t ON t.id = "
                             "m.metric_type_id WHERE t.key = ? AND m.subject = ? AND m.date = ? AND m.item = ? AND "
                             "m.period = 'daily'"));
    q.addBindValue(metric);
    q.addBindValue(site);
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(item.isNull() ? QStringLiteral("") : item);
    if (!q.exec() || !q.next())
        return {};
    return {q.value(0), QJsonDocument::fromJson(q.value(1).toByteArray()).object(), true};
}

} // namespace

class TestPlausible : public QObject {
    Q_OBJECT

    const QString site = QStringLiteral("docs.example.org"); // the site of most tests

    struct Fixture {
        QTemporaryDir dir;
        TestClock clock{QDateTime(QDate(2026, 5, 20), QTime(12, 0), Qt::UTC)};
        PlausibleTestServer server{&clock};
        Database db;
        QProcessEnvironment env;
        int requests = 0;

        Fixture(const QString &sites, int pagesPerDay = 40, int countriesPerDay = 20)
        {
            QVERIFY(server.listen());
            for (const QString &s : sites.split(u','))
                server.addSite(s, pagesPerDay, countriesPerDay);
            env.insert(QStringLiteral("INSIGHT_PLAUSIBLE_URL"), server.baseUrl().toString());
            env.insert(QStringLiteral("INSIGHT_PLAUSIBLE_SITES"), sites);
            env.insert(QStringLiteral("INSIGHT_PLAUSIBLE_API_KEY"), server.key());
            QVERIFY(db.open(Config(dir.path(), env).databasePath()).ok());
        }

        RunReport collect(const CollectOptions &options = {})
        {
            Config config(dir.path(), env);
            MemorySecretStore secrets;
            Tokens tokens(&secrets, env);
            HttpClient http(clock);
            CollectionRunner runner(db, config, tokens, clock, http);
            RunReport report = runner.run({QStringLiteral("plausible")}, options);
            requests = http.requestCount();
            for (const SourceOutcome &source : report.sources) {
                if (!source.message.isEmpty())
                    qInfo("%s", qPrintable(source.message));
                for (const SubjectOutcome &s : source.subjects) {
                    if (!s.ok)
                        qInfo("%s", qPrintable(s.message));
                    for (const QString &note : s.notes)
                        qInfo("note: %s", qPrintable(note));
                }
            }
            return report;
        }

        QString firstMessage(const RunReport &report) const
        {
            const SourceOutcome &s = report.sources.value(0);
            return s.message.isEmpty() && !s.subjects.isEmpty() ? s.subjects.first().message : s.message;
        }
    };

    // Every stored figure of [from, to] equals the server's: totals (NULL where it said null or
    // there were no visitors), each page and each country of each day, and nothing more.
    void verifyEveryDay(Fixture &f, const QString &domain, const QDate &from, const QDate &to)
    {
        const QString &site_ = domain;
        QSqlDatabase &db = f.db.handle();
        qint64 pageRows = 0, countryRows = 0;
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            const auto t = f.server.totals(site_, d);
            QCOMPARE(stored(db, QStringLiteral("visitors"), site_, d).value.toInt(), t.visitors);
            QCOMPARE(stored(db, QStringLiteral("pageviews"), site_, d).value.toInt(), t.pageviews);
            const Stored duration = stored(db, QStringLiteral("avg_duration"), site_, d);
            const Stored bounce = stored(db, QStringLiteral("bounce_rate"), site_, d);
            QVERIFY(duration.exists && bounce.exists);
            if (t.visitors == 0) {
                QVERIFY2(duration.value.isNull() && bounce.value.isNull(), qPrintable(d.toString(Qt::ISODate)));
            } else {
                QCOMPARE(duration.value.toDouble(), t.visitDuration.value());
                QCOMPARE(bounce.value.toDouble(), t.bounceRate.value());
            }
            for (const auto &p : f.server.pages(site_, d)) {
                const Stored row = stored(db, QStringLiteral("top_pages"), site_, d, p.page);
                QVERIFY2(row.exists, qPrintable(p.page + QLatin1Char(' ') + d.toString(Qt::ISODate)));
                QCOMPARE(row.value.toInt(), p.visitors);
                QCOMPARE(row.metadata.value(QLatin1String("pageviews")).toInt(), p.pageviews);
                QCOMPARE(row.metadata.value(QLatin1String("duration")).toDouble(), p.visitDuration);
                ++pageRows;
            }
            for (const auto &c : f.server.countries(site_, d)) {
                const Stored row = stored(db, QStringLiteral("top_countries"), site_, d, c.country);
                QVERIFY2(row.exists, qPrintable(c.country + QLatin1Char(' ') + d.toString(Qt::ISODate)));
                QCOMPARE(row.value.toInt(), c.visitors);
                ++countryRows;
            }
        }
        QCOMPARE(countRows(db, QStringLiteral("top_pages"), site_), pageRows);
        QCOMPARE(countRows(db, QStringLiteral("top_countries"), site_), countryRows);
        QCOMPARE(countRows(db, QStringLiteral("visitors"), site_), from.daysTo(to) + 1);
    }

private slots:
    void yearBackfillFitsInTwelveRequestsAndEqualsTheServer()
    {
        // 150 pages and 80 countries a day: 54,750 + 29,200 rows, so both lists need pagination.
        Fixture f(site, 150, 80);
        const QDate today = f.clock.todayUtc();
        QVERIFY(!f.collect(CollectOptions{365}).anyFailed());
        QVERIFY2(f.requests <= 12, qPrintable(QString::number(f.requests)));
        QCOMPARE(f.server.v2Requests(), f.requests);
        qint64 pageRows = 0, countryRows = 0;
        for (QDate d = today.addDays(-364); d <= today; d = d.addDays(1)) {
            pageRows += f.server.pages(site, d).size();
            countryRows += f.server.countries(site, d).size();
        }
        QVERIFY(pageRows > 40'000 && countryRows > 20'000);
        QCOMPARE(qint64(f.requests), 1 + (pageRows + 9'999) / 10'000 + (countryRows + 9'999) / 10'000);
        verifyEveryDay(f, site, today.addDays(-364), today);
        // The newest day is still growing and says so.
        QVERIFY(stored(f.db.handle(), QStringLiteral("visitors"), site, today).metadata.value(QLatin1String("partial")).toBool());
    }

    void laterRunsRereadThreeDaysAndCountNothingTwice()
    {
        Fixture f(site, 10, 5);
        QVERIFY(!f.collect().anyFailed());
        const qint64 rows = countRows(f.db.handle());
        f.clock.setNow(f.clock.nowUtc().addSecs(3600));
        f.server.http().clearRequests();
        QVERIFY(!f.collect().anyFailed());
        QCOMPARE(f.requests, 3);
        QCOMPARE(countRows(f.db.handle()), rows);
        // Two days later: the two new days are added, the partial day is corrected.
        f.clock.advanceDays(2);
        const QDate today = f.clock.todayUtc();
        QVERIFY(!f.collect().anyFailed());
        verifyEveryDay(f, site, today.addDays(-366), today);
        QVERIFY(stored(f.db.handle(), QStringLiteral("visitors"), site, today.addDays(-2)).metadata.isEmpty());
    }

    void missedRunsAreFilledFromTheLastStoredDay()
    {
        Fixture f(site, 5, 3);
        QVERIFY(!f.collect(CollectOptions{30}).anyFailed());
        const QDate first = f.clock.todayUtc();
        f.clock.advanceDays(20);
        QVERIFY(!f.collect().anyFailed());
        verifyEveryDay(f, site, first.addDays(-29), f.clock.todayUtc());
    }

    void nullRatesStayUnknownEvenWhenTheServerSaysZero()
    {
        Fixture f(site, 3, 2);
        f.server.setV1Only(true);
        f.server.setZeroInsteadOfNull(true);
        QVERIFY(!f.collect(CollectOptions{60}).anyFailed());
        const QDate today = f.clock.todayUtc();
        int emptyDays = 0;
        for (QDate d = today.addDays(-59); d <= today; d = d.addDays(1)) {
            if (f.server.totals(site, d).visitors != 0)
                continue;
            ++emptyDays;
            QVERIFY(stored(f.db.handle(), QStringLiteral("bounce_rate"), site, d).value.isNull());
            QVERIFY(stored(f.db.handle(), QStringLiteral("avg_duration"), site, d).value.isNull());
            QCOMPARE(stored(f.db.handle(), QStringLiteral("visitors"), site, d).value.toInt(), 0);
        }
        QVERIFY2(emptyDays > 0, "the fixture must have days without visits");
        verifyEveryDay(f, site, today.addDays(-59), today);
    }

    void v1ServerIsPacedUnderItsHourlyLimitAndFinishedNextRun()
    {
        Fixture f(site, 12, 6);
        f.server.setV1Only(true);
        f.server.setHourlyLimit(600);
        const QDate today = f.clock.todayUtc();

        RunReport first = f.collect();
        QVERIFY(!first.anyFailed());
        QVERIFY(f.requests <= 600);
        QCOMPARE(f.server.rateLimited(), 0);
        const QStringList notes = first.sources.value(0).subjects.value(0).notes;
        QVERIFY2(!notes.isEmpty() && notes.first().contains(QLatin1String("next runs")), qPrintable(notes.join(u'|')));
        // The daily totals of the whole year are there at once; some days' pages wait.
        QCOMPARE(countRows(f.db.handle(), QStringLiteral("visitors"), site), 365);
        QVERIFY(countRows(f.db.handle(), QStringLiteral("top_pages"), site) > 0);
        const qint64 pagesAfterFirst = countRows(f.db.handle(), QStringLiteral("top_pages"), site);
        const auto pendingWarning = [&] {
            Config config(f.dir.path(), f.env);
            auto report = StatusReport::build(f.db.handle(), config, f.clock);
            for (const SourceStatus &s : *report)
                if (s.key == QLatin1String("plausible"))
                    return s.warnings.join(u'|');
            return QString();
        };
        QVERIFY2(pendingWarning().contains(QLatin1String("still to be read")), qPrintable(pendingWarning()));

        // Within the same hour, a run asks no more breakdowns (at most the daily totals again).
        f.clock.setNow(f.clock.nowUtc().addSecs(600));
        QVERIFY(!f.collect().anyFailed());
        QVERIFY2(f.requests <= 1, qPrintable(QString::number(f.requests)));
        QCOMPARE(countRows(f.db.handle(), QStringLiteral("top_pages"), site), pagesAfterFirst);

        // An hour later the backfill finishes, with no day asked twice beyond the re-read.
        f.clock.setNow(f.clock.nowUtc().addSecs(3600));
        QVERIFY(!f.collect().anyFailed());
        QCOMPARE(f.server.rateLimited(), 0);
        QCOMPARE(f.server.v2Requests(), 1); // asked once, remembered for a week
        // Three daily-totals requests (one per run), every day's two breakdowns once, and the
        // three re-read days of the last run again: nothing else.
        QVERIFY2(f.server.v1Requests() <= 3 + 365 * 2 + 3 * 2, qPrintable(QString::number(f.server.v1Requests())));
        verifyEveryDay(f, site, today.addDays(-364), today);
        QVERIFY2(!pendingWarning().contains(QLatin1String("still to be read")), qPrintable(pendingWarning()));
    }

    void aRateLimitInTheMiddleOfAV1BackfillKeepsWhatWasRead()
    {
        Fixture f(site, 4, 2);
        f.server.setV1Only(true);
        f.server.setHourlyLimit(100); // another tool shares the key: Plausible refuses long before our budget
        RunReport first = f.collect();
        QVERIFY(!first.anyFailed());
        QCOMPARE(f.server.rateLimited(), 1);
        const qint64 pages = countRows(f.db.handle(), QStringLiteral("top_pages"), site);
        QVERIFY(pages > 0);
        for (int hour = 1; hour <= 8; ++hour) {
            f.clock.setNow(f.clock.nowUtc().addSecs(3600));
            QVERIFY(!f.collect().anyFailed());
        }
        verifyEveryDay(f, site, QDate(2026, 5, 20).addDays(-364), QDate(2026, 5, 20));
    }

    void selfHostedUnderAPathPrefix()
    {
        Fixture f(site, 3, 2);
        f.server.setPrefix(QStringLiteral("/analytics"));
        f.env.insert(QStringLiteral("INSIGHT_PLAUSIBLE_URL"), f.server.baseUrl().toString());
        QVERIFY(!f.collect(CollectOptions{10}).anyFailed());
        verifyEveryDay(f, site, f.clock.todayUtc().addDays(-9), f.clock.todayUtc());
    }

    void refusalsSayWhatToDoAndStoreNothing_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong key") << "key" << "INSIGHT_PLAUSIBLE_API_KEY";
        QTest::newRow("unknown site") << "site" << "exactly as in Plausible";
        QTest::newRow("plan without the API") << "402" << "plan";
        QTest::newRow("limit used up") << "429" << "600 an hour";
        QTest::newRow("truncated page") << "truncated" << "could not be read";
        QTest::newRow("html with 200") << "html" << "not JSON";
        QTest::newRow("wrong shape") << "shape" << "could not be read";
    }

    void refusalsSayWhatToDoAndStoreNothing()
    {
        QFETCH(QString, fault);
        QFETCH(QString, message);
        Fixture f(site, 150, 80); // several pages, so a fault can hit page 2 of the page list
        if (fault == QLatin1String("key"))
            f.env.insert(QStringLiteral("INSIGHT_PLAUSIBLE_API_KEY"), QStringLiteral("not-the-key"));
        if (fault == QLatin1String("site"))
            f.env.insert(QStringLiteral("INSIGHT_PLAUSIBLE_SITES"), QStringLiteral("other.example.net"));
        if (fault == QLatin1String("402"))
            f.server.setPaymentRequired(true);
        if (fault == QLatin1String("429"))
            f.server.http().injectFault(QStringLiteral("/api/v2/"), TestResponse::json(R"({"error":"Too many API requests"})", 429), 100);
        if (fault == QLatin1String("truncated") || fault == QLatin1String("html") || fault == QLatin1String("shape")) {
            TestResponse bad;
            if (fault == QLatin1String("truncated"))
                bad = TestResponse::json(R"({"results":[{"metrics":[1,2,3],"dimensions":["2026-05-01","/"]},)");
            else if (fault == QLatin1String("html"))
                bad = TestResponse{200, {{"Content-Type", "text/html"}}, "<html><title>Maintenance</title></html>"};
            else
                bad = TestResponse::json(R"({"results":[{"metrics":[1],"dimensions":["2026-05-01"]}]})");
            // The daily totals and the first page of pages succeed; the third answer is broken.
            f.server.http().injectFault(QStringLiteral("/api/v2/"), bad, 1, 2);
        }
        const QString before = dataFingerprint(f.db.handle());
        const RunReport report = f.collect();
        QVERIFY(report.anyFailed());
        const QString said = f.firstMessage(report);
        QVERIFY2(said.contains(message), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("plausible")), qPrintable(said));
        QCOMPARE(dataFingerprint(f.db.handle()), before);
        QCOMPARE(countRows(f.db.handle()), 0);
    }

    void aShortRateLimitIsWaitedOut()
    {
        Fixture f(site, 3, 2);
        f.server.http().injectFault(QStringLiteral("/api/v2/"), TestResponse::json(R"({"error":"Too many API requests"})", 429), 1);
        QVERIFY(!f.collect(CollectOptions{10}).anyFailed());
        QVERIFY(f.clock.totalWaitedMs() >= 60'000);
        verifyEveryDay(f, site, f.clock.todayUtc().addDays(-9), f.clock.todayUtc());
    }

    void theSettingsTestButtonTellsAWorkingKeyFromARefusedOne()
    {
        Fixture f(site);
        HttpClient http(f.clock);
        auto ok = TokenCheck::plausible(http, f.server.baseUrl(), f.server.key(), site);
        QVERIFY2(ok.ok(), qPrintable(ok.errorMessage()));
        auto refused = TokenCheck::plausible(http, f.server.baseUrl(), QStringLiteral("wrong"), site);
        QVERIFY(!refused.ok());
        QVERIFY(refused.errorMessage().contains(QLatin1String("401")));
        f.server.setV1Only(true); // an older server answers through v1
        QVERIFY(TokenCheck::plausible(http, f.server.baseUrl(), f.server.key(), site).ok());
    }

    void noKeyAsksNothing()
    {
        Fixture f(site);
        f.env.remove(QStringLiteral("INSIGHT_PLAUSIBLE_API_KEY"));
        const RunReport report = f.collect();
        QVERIFY(report.anyFailed());
        QVERIFY2(f.firstMessage(report).contains(QLatin1String("API key")), qPrintable(f.firstMessage(report)));
        QCOMPARE(f.server.http().requests().size(), 0);
    }

    void aSiteThatIsNotADomainAsksNothing()
    {
        Fixture f(QStringLiteral("example.com"));
        f.env.insert(QStringLiteral("INSIGHT_PLAUSIBLE_SITES"), QStringLiteral("example.com\",\"x"));
        const RunReport report = f.collect();
        QVERIFY(report.anyFailed());
        QCOMPARE(f.server.http().requests().size(), 0);
        QCOMPARE(countRows(f.db.handle()), 0);
    }
};

QTEST_GUILESS_MAIN(TestPlausible)
#include "tst_plausible.moc"
