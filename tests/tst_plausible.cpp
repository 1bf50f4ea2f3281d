// plausible against a local Plausible (v2 and v1-only) through the real HTTP client and SQLite:
// a 365-day backfill with per-day pages and countries in at most 12 requests where every stored
// figure equals what the server said; null rates stay NULL; a v1-only server is read under its
// hourly limit and finished by the next run; 401/402/429 and broken answers store nothing.
// The server judges every v2 body by Plausible's own query rules (plausiblequeryrules.h), and
// answers as Plausible does: per-page durations are those of visits that entered there, ties of
// the default order come back in any order, imported history counts only when asked, days are
// the site's own, and the hourly limit turns over at full hours.
#include "collectors/collectionrunner.h"
#include "collectors/plausible/plausibleapi.h"
#include "collectors/plausible/plausiblestats.h"
#include "config/config.h"
#include "http/httpclient.h"
#include "plausiblequeryrules.h"
#include "plausibletestserver.h"
#include "secrets/memorysecretstore.h"
#include "secrets/tokens.h"
#include "sqlprobe.h"
#include "secrets/tokencheck.h"
#include "status/statusreport.h"
#include "storage/database.h"
#include "testclock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
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
    void verifyEveryDay(Fixture &f, const QString &domain, const QDate &from, const QDate &to, bool v1 = false)
    {
        QVERIFY2(f.server.refusals().isEmpty(), qPrintable(f.server.refusals().join(u'\n')));
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
                // The length of the visits that began on this page; unknown (never 0 s) where
                // none did. v1 does not say how many began, so its 0 is unknown too.
                const QJsonValue entries = row.metadata.value(QLatin1String("entries"));
                const QJsonValue entryDuration = row.metadata.value(QLatin1String("entry_visit_duration"));
                QVERIFY(!row.metadata.contains(QLatin1String("duration")));
                if (v1) {
                    QVERIFY(entries.isNull());
                    if (p.entries > 0 && p.entryDuration > 0)
                        QCOMPARE(entryDuration.toDouble(), p.entryDuration);
                    else
                        QVERIFY2(entryDuration.isNull(), qPrintable(p.page));
                } else {
                    QCOMPARE(entries.toInt(), p.entries);
                    if (p.entries > 0)
                        QCOMPARE(entryDuration.toDouble(), p.entryDuration);
                    else
                        QVERIFY2(entryDuration.isNull(), qPrintable(p.page + QLatin1Char(' ') + d.toString(Qt::ISODate)));
                }
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
        qint64 entryRows = 0;
        for (QDate d = today.addDays(-364); d <= today; d = d.addDays(1))
            for (const auto &p : f.server.pages(site, d))
                entryRows += p.entries > 0;
        QVERIFY(pageRows > 40'000 && countryRows > 20'000 && entryRows > 10'000);
        QCOMPARE(qint64(f.requests),
                 1 + (pageRows + 9'999) / 10'000 + (entryRows + 9'999) / 10'000 + (countryRows + 9'999) / 10'000);
        verifyEveryDay(f, site, today.addDays(-364), today);
        // Every body had a total order before its offset, and asked for imported data like the dashboard.
        const QList<QJsonObject> bodies = f.server.v2Bodies();
        QCOMPARE(bodies.size(), f.requests);
        for (const QJsonObject &body : bodies) {
            QVERIFY(body.value(QLatin1String("include")).toObject().value(QLatin1String("imports")).toBool());
            QJsonArray expected;
            for (const QJsonValue &d : body.value(QLatin1String("dimensions")).toArray())
                expected.append(QJsonArray{d, QStringLiteral("asc")});
            QCOMPARE(body.value(QLatin1String("order_by")).toArray(), expected);
            QCOMPARE(expected.first().toArray().first().toString(), QStringLiteral("time:day"));
        }
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
        QCOMPARE(f.requests, 4);
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
        verifyEveryDay(f, site, today.addDays(-59), today, true);
    }

    void v1ServerIsPacedUnderItsHourlyLimitAndFinishedNextRun()
    {
        Fixture f(site, 12, 6);
        f.server.setV1Only(true);
        f.server.setHourlyLimit(600);
        const QDate today = f.clock.todayUtc();

        // No header tells a key's limit: the first hour runs until Plausible refuses, and what it
        // let through is the budget from then on (90 % of it, room for other tools on the key).
        RunReport first = f.collect();
        QVERIFY(!first.anyFailed());
        QCOMPARE(f.server.v1Requests(), 601); // (after one v2 request, answered 404)
        QCOMPARE(f.server.rateLimited(), 1);
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

        // An hour later the backfill finishes within 540 requests, with no day asked twice
        // beyond the re-read, and Plausible refuses nothing more.
        f.clock.setNow(f.clock.nowUtc().addSecs(3600));
        QVERIFY(!f.collect().anyFailed());
        QVERIFY(f.requests <= 540);
        QCOMPARE(f.server.rateLimited(), 1);
        QCOMPARE(f.server.v2Requests(), 1); // asked once, remembered for a week
        // Three daily-totals requests (one per run), every day's two breakdowns once, the one
        // refused, and the three re-read days of the last run again: nothing else.
        QVERIFY2(f.server.v1Requests() <= 3 + 365 * 2 + 1 + 3 * 2, qPrintable(QString::number(f.server.v1Requests())));
        verifyEveryDay(f, site, today.addDays(-364), today, true);
        QVERIFY2(!pendingWarning().contains(QLatin1String("still to be read")), qPrintable(pendingWarning()));
    }

    void aV1ServerThatAllowsMoreIsReadInOneRun()
    {
        // Community Edition 2.1.2 and later allow a key 1,000,000 requests an hour: nothing caps
        // a backfill that Plausible never refuses.
        Fixture f(site, 6, 3);
        f.server.setV1Only(true);
        f.server.setHourlyLimit(1'000'000);
        const RunReport run = f.collect();
        QVERIFY(!run.anyFailed());
        QVERIFY(run.sources.value(0).subjects.value(0).notes.isEmpty());
        QCOMPARE(f.server.v1Requests(), 1 + 365 * 2);
        QCOMPARE(f.server.rateLimited(), 0);
        const QDate today = f.clock.todayUtc();
        verifyEveryDay(f, site, today.addDays(-364), today, true);
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
            QVERIFY(f.requests <= 90); // 90 % of what Plausible let through
        }
        QCOMPARE(f.server.rateLimited(), 1); // learned once, never refused again
        verifyEveryDay(f, site, QDate(2026, 5, 20).addDays(-364), QDate(2026, 5, 20), true);
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
        QTest::newRow("wrong key") << "key" << "Create a Stats API key";
        QTest::newRow("unknown site") << "site" << "exactly as in Plausible";
        QTest::newRow("plan without the API") << "402" << "plan";
        QTest::newRow("limit used up") << "429" << "2026-05-20 13:00 UTC";
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
            f.server.http().injectFault(QStringLiteral("/api/v2/"),
                                        TestResponse::json(R"({"error":"Too many API requests: 600 per hour."})", 429), 100);
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

    void aSingle429IsConfirmedOnceThenTheRunGoesOn()
    {
        // A lone 429 (a proxy in front of a self-hosted server) is asked again once, a minute later.
        Fixture f(site, 3, 2);
        f.server.http().injectFault(QStringLiteral("/api/v2/"), TestResponse::json(R"({"error":"Too many requests"})", 429), 1);
        QVERIFY(!f.collect(CollectOptions{10}).anyFailed());
        QCOMPARE(f.clock.waits(), (QList<qint64>{60'000}));
        verifyEveryDay(f, site, f.clock.todayUtc().addDays(-9), f.clock.todayUtc());
    }

    void plausiblesHourlyLimitStopsTheRunUntilTheNextFullHour()
    {
        // Plausible counts a key's requests in windows that turn over at each full hour, refused
        // ones too, and its 429 has no Retry-After. A backfill refused half-way stops (after one
        // confirmation, no series of growing waits), names the hour, stores nothing of the site,
        // and the run after that hour completes the data exactly.
        Fixture f(site, 150, 80); // 12 requests for the year
        f.clock.setNow(QDateTime(QDate(2026, 5, 20), QTime(12, 20), Qt::UTC));
        f.server.setHourlyLimit(5);
        const RunReport first = f.collect(CollectOptions{365});
        QVERIFY(first.anyFailed());
        const QString said = f.firstMessage(first);
        QVERIFY2(said.contains(QLatin1String("continues")) && said.contains(QLatin1String("2026-05-20 13:00 UTC")),
                 qPrintable(said));
        QVERIFY2(said.contains(site), qPrintable(said));
        QCOMPARE(f.clock.waits().size(), 1);
        QVERIFY(f.clock.totalWaitedMs() <= 60'000);
        QCOMPARE(countRows(f.db.handle()), 0);

        // Within the hour nothing changes; after it the whole year arrives, each figure once.
        f.clock.setNow(QDateTime(QDate(2026, 5, 20), QTime(13, 0, 30), Qt::UTC));
        f.server.setHourlyLimit(600);
        QVERIFY(!f.collect(CollectOptions{365}).anyFailed());
        const QDate today = f.clock.todayUtc();
        verifyEveryDay(f, site, today.addDays(-364), today);
    }

    void theDefaultOrderLosesRowsAcrossPagesOursDoesNot()
    {
        // Why every query names a total order: Plausible's default [time, first metric desc]
        // leaves pages with equal visitors in any order, so offsets skip and repeat rows.
        Fixture f(site, 150, 10);
        HttpClient http(f.clock);
        const QDate to = f.clock.todayUtc(), from = to.addDays(-29);
        const auto pageThrough = [&](bool total) {
            QSet<QString> seen;
            qint64 rows = 0;
            for (qint64 offset = 0; offset < 5'000; offset += 100) {
                QJsonObject q = PlausibleStats::v2Query(site, {QStringLiteral("visitors")},
                                                        {QStringLiteral("time:day"), QStringLiteral("event:page")}, from, to, offset);
                q.insert(QStringLiteral("pagination"), QJsonObject{{QStringLiteral("limit"), 100}, {QStringLiteral("offset"), offset}});
                if (!total)
                    q.remove(QStringLiteral("order_by"));
                HttpRequest request;
                request.url = QUrl(f.server.baseUrl().toString() + QStringLiteral("/api/v2/query"));
                request.method = "POST";
                request.body = QJsonDocument(q).toJson(QJsonDocument::Compact);
                request.bearerToken = f.server.key();
                auto answer = http.send(request);
                if (!answer || answer->status != 200)
                    return qMakePair(qint64(-1), qsizetype(-1));
                for (const QJsonValue &row : QJsonDocument::fromJson(answer->body).object().value(QLatin1String("results")).toArray()) {
                    seen.insert(QString::fromUtf8(QJsonDocument(row.toObject().value(QLatin1String("dimensions")).toArray())
                                                      .toJson(QJsonDocument::Compact)));
                    ++rows;
                }
            }
            return qMakePair(rows, seen.size());
        };
        const auto ours = pageThrough(true);
        const auto plain = pageThrough(false);
        QVERIFY(ours.first > 3'000);
        QCOMPARE(qint64(ours.second), ours.first);   // every row once
        QCOMPARE(plain.first, ours.first);             // as many rows came back…
        QVERIFY(qint64(plain.second) < plain.first);   // …but some twice, so others never
        QVERIFY(f.server.refusals().isEmpty());
    }

    void perPageDurationIsThatOfTheVisitsThatEnteredThere()
    {
        Fixture f(site, 40, 3);
        QVERIFY(!f.collect(CollectOptions{20}).anyFailed());
        const QDate today = f.clock.todayUtc();
        verifyEveryDay(f, site, today.addDays(-19), today);
        // Most pages are never an entry page on a given day: they have no duration, not "0 s".
        QSqlQuery q(f.db.handle());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT sum(json_extract(metadata, '$.entries') = 0 AND json_extract(metadata, '$.entry_visit_duration') IS NULL), "
            "sum(json_extract(metadata, '$.entry_visit_duration') = 0 AND json_extract(metadata, '$.entries') = 0), "
            "sum(json_extract(metadata, '$.entries') > 0) FROM insight_metric WHERE item <> '' AND metric_type_id = "
            "(SELECT id FROM insight_metric_type WHERE key = 'top_pages')")));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toInt() > q.value(2).toInt(), "most page-days had no entry");
        QCOMPARE(q.value(1).toInt(), 0);
        // Asked the other way, Plausible would have said 0 s for those pages.
        HttpClient http(f.clock);
        QJsonObject old = PlausibleStats::v2Query(site, {QStringLiteral("visitors"), QStringLiteral("visit_duration")},
                                                  {QStringLiteral("time:day"), QStringLiteral("event:page")}, today, today, 0);
        HttpRequest request;
        request.url = QUrl(f.server.baseUrl().toString() + QStringLiteral("/api/v2/query"));
        request.method = "POST";
        request.body = QJsonDocument(old).toJson(QJsonDocument::Compact);
        request.bearerToken = f.server.key();
        auto answer = http.send(request);
        QVERIFY(answer && answer->status == 200);
        int zeros = 0;
        for (const QJsonValue &row : QJsonDocument::fromJson(answer->body).object().value(QLatin1String("results")).toArray())
            zeros += row.toObject().value(QLatin1String("metrics")).toArray().at(1).toDouble() == 0;
        QVERIFY(zeros > 0);
    }

    void importedHistoryCountsLikeOnTheDashboard_data()
    {
        QTest::addColumn<bool>("v1");
        QTest::newRow("v2") << false;
        QTest::newRow("v1") << true;
    }

    void importedHistoryCountsLikeOnTheDashboard()
    {
        QFETCH(bool, v1);
        Fixture f(site, 4, 2);
        f.server.setV1Only(v1);
        const QDate today = f.clock.todayUtc();
        f.server.setImportedUntil(site, today.addDays(-40)); // Google Analytics history, then Plausible
        QVERIFY(!f.collect(CollectOptions{90}).anyFailed());
        int importedVisitors = 0;
        for (QDate d = today.addDays(-89); d <= today.addDays(-40); d = d.addDays(1))
            importedVisitors += f.server.totals(site, d).visitors;
        QVERIFY(importedVisitors > 0);
        verifyEveryDay(f, site, today.addDays(-89), today, v1); // the dashboard's figures, imports included
    }

    void theSitesDayNotOurs_data()
    {
        QTest::addColumn<int>("offsetHours");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDate>("siteToday");
        QTest::newRow("Sydney, evening in UTC") << 10 << QDateTime(QDate(2026, 5, 20), QTime(20, 0), Qt::UTC) << QDate(2026, 5, 21);
        QTest::newRow("California, early in UTC") << -7 << QDateTime(QDate(2026, 5, 20), QTime(3, 0), Qt::UTC) << QDate(2026, 5, 19);
        QTest::newRow("UTC") << 0 << QDateTime(QDate(2026, 5, 20), QTime(12, 0), Qt::UTC) << QDate(2026, 5, 20);
    }

    void theSitesDayNotOurs()
    {
        QFETCH(int, offsetHours);
        QFETCH(QDateTime, now);
        QFETCH(QDate, siteToday);
        Fixture f(site, 5, 3);
        f.clock.setNow(now);
        f.server.setUtcOffset(site, offsetHours * 3600);
        QCOMPARE(f.server.siteToday(site), siteToday);
        QVERIFY(!f.collect(CollectOptions{30}).anyFailed());
        // Today is the site's today: still growing, and no day after it.
        QVERIFY(stored(f.db.handle(), QStringLiteral("visitors"), site, siteToday).metadata.value(QLatin1String("partial")).toBool());
        QVERIFY(!stored(f.db.handle(), QStringLiteral("visitors"), site, siteToday.addDays(1)).exists);
        QVERIFY(stored(f.db.handle(), QStringLiteral("visitors"), site, siteToday.addDays(-1)).metadata.isEmpty());
        verifyEveryDay(f, site, siteToday.addDays(-29), siteToday);
        // The next run knows the offset: it asks exactly up to the site's today.
        f.server.http().clearRequests();
        f.clock.setNow(now.addSecs(3600));
        QVERIFY(!f.collect().anyFailed());
        const QDate later = f.server.siteToday(site);
        for (const QJsonObject &body : f.server.v2Bodies())
            QCOMPARE(body.value(QLatin1String("date_range")).toArray().at(1).toString(), later.toString(Qt::ISODate));
    }

    void theQueryRulesRefuseWhatPlausibleRefuses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("refusal"); // empty: accepted
        const QByteArray base = R"("site_id":"docs.example.org","date_range":["2026-05-01","2026-05-20"])";
        const auto body = [&](const char *rest) -> QByteArray { return QByteArray("{") + base + "," + QByteArray(rest) + "}"; };
        QTest::newRow("ours: pages") << body(R"("metrics":["visitors","pageviews"],"dimensions":["time:day","event:page"],"order_by":[["time:day","asc"],["event:page","asc"]],"include":{"imports":true,"total_rows":true},"pagination":{"limit":10000,"offset":0})") << QString();
        QTest::newRow("ours: entries") << body(R"("metrics":["visits","visit_duration"],"dimensions":["time:day","visit:entry_page"],"order_by":[["time:day","asc"],["visit:entry_page","asc"]],"include":{"imports":true})") << QString();
        QTest::newRow("a date range shorthand") << QByteArray(R"({"site_id":"docs.example.org","metrics":["visitors"],"date_range":"7d"})") << QString();
        QTest::newRow("date-times") << QByteArray(R"({"site_id":"docs.example.org","metrics":["visitors"],"date_range":["2026-05-01T00:00:00+02:00","2026-05-02T12:00:00+02:00"]})") << QString();
        QTest::newRow("limit over 10,000") << body(R"("metrics":["visitors"],"pagination":{"limit":10001})") << "pagination/limit";
        QTest::newRow("limit not whole") << body(R"("metrics":["visitors"],"pagination":{"limit":2.5})") << "pagination/limit";
        QTest::newRow("negative offset") << body(R"("metrics":["visitors"],"pagination":{"offset":-1})") << "pagination/offset";
        QTest::newRow("unknown pagination key") << body(R"("metrics":["visitors"],"pagination":{"page":2})") << "pagination";
        QTest::newRow("no metrics") << body(R"("metrics":[])") << "metrics";
        QTest::newRow("internal metric") << body(R"("metrics":["time_on_page"],"dimensions":["event:page"])") << "metrics/0";
        QTest::newRow("metric twice") << body(R"("metrics":["visitors","visitors"])") << "unique";
        QTest::newRow("unknown dimension") << body(R"("metrics":["visitors"],"dimensions":["event:path"])") << "dimensions/0";
        QTest::newRow("mixed date range") << QByteArray(R"({"site_id":"docs.example.org","metrics":["visitors"],"date_range":["2026-05-01","2026-05-02T00:00:00Z"]})") << "date_range";
        QTest::newRow("impossible date") << QByteArray(R"({"site_id":"docs.example.org","metrics":["visitors"],"date_range":["2026-02-30","2026-03-01"]})") << "date_range";
        QTest::newRow("unknown shorthand") << QByteArray(R"({"site_id":"docs.example.org","metrics":["visitors"],"date_range":"yesterday"})") << "date_range";
        QTest::newRow("no date range") << QByteArray(R"({"site_id":"docs.example.org","metrics":["visitors"]})") << "date_range";
        QTest::newRow("internal top-level key") << body(R"("metrics":["visitors"],"date":"2026-05-01")") << "unknown property";
        QTest::newRow("order by what is not asked") << body(R"("metrics":["visitors"],"dimensions":["time:day"],"order_by":[["pageviews","desc"]])") << "order_by";
        QTest::newRow("order direction") << body(R"("metrics":["visitors"],"dimensions":["time:day"],"order_by":[["time:day","up"]])") << "order_by/0";
        QTest::newRow("order by the goal") << body(R"("metrics":["visitors"],"dimensions":["event:goal"],"order_by":[["event:goal","asc"]])") << "order_by/0";
        QTest::newRow("unknown include") << body(R"("metrics":["visitors"],"include":{"comparisons":{"mode":"previous_period"}})") << "include";
        QTest::newRow("include not boolean") << body(R"("metrics":["visitors"],"include":{"imports":"yes"})") << "include/imports";
        QTest::newRow("time labels without time") << body(R"("metrics":["visitors"],"include":{"time_labels":true})") << "time_labels";
        QTest::newRow("session metric, event dimension") << body(R"("metrics":["visit_duration"],"dimensions":["event:name"])") << "Session metric";
        QTest::newRow("event metric, entry page") << body(R"("metrics":["pageviews"],"dimensions":["visit:entry_page"])") << "Event metric";
        QTest::newRow("views per visit with dimensions") << body(R"("metrics":["views_per_visit"],"dimensions":["visit:country"])") << "views_per_visit";
    }

    void theQueryRulesRefuseWhatPlausibleRefuses()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, refusal);
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        QVERIFY2(doc.isObject(), body.constData());
        const QString why = plausiblerules::refusal(doc.object());
        if (refusal.isEmpty()) {
            QVERIFY2(why.isEmpty(), qPrintable(why));
        } else {
            QVERIFY2(why.contains(refusal), qPrintable(why));
            // Over HTTP: Plausible's 400 with {"error": …}, and nothing else is computed.
            Fixture f(site, 2, 2);
            HttpClient http(f.clock);
            HttpRequest request;
            request.url = QUrl(f.server.baseUrl().toString() + QStringLiteral("/api/v2/query"));
            request.method = "POST";
            request.body = body;
            request.bearerToken = f.server.key();
            auto answer = http.send(request);
            QVERIFY(answer);
            QCOMPARE(answer->status, 400);
            QCOMPARE(QJsonDocument::fromJson(answer->body).object().value(QLatin1String("error")).toString(), why);
        }
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
