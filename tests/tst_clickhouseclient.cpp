// The ClickHouse client against the test engine as the public endpoint serves user `demo`:
// typed parameters carry hostile text inertly; 64-bit integers read the same whether the server
// quotes them or not (the client asks for neither: the readonly user may not change that
// setting); every request carries exactly result_overflow_mode=throw and read_overflow_mode=throw
// and nothing else; an answer the endpoint would cut (1,000 rows, the read limit) is an error
// that says so, never a short answer; the quota's code 201 is RateLimited until the time the
// server names; a QueryBudget with nothing left sends nothing; and every other way ClickHouse
// reports an error — status and header, the "Code: N." text, an error inside an HTTP 200 body,
// timeout — becomes a clear error, never data.
#include "clickhouse/clickhouseclient.h"
#include "clickhouse/querybudget.h"
#include "clickhouseengine.h"
#include "testclock.h"
#include "util/jsonutil.h"

#include <QJsonArray>
#include <QtTest>

using namespace insights;
using namespace insights::test;

class TestClickHouseClient : public QObject {
    Q_OBJECT
    ClickHouseEngine engine;
    HttpClient http;

    ClickHouseClient client(const QString &user = QStringLiteral("demo"))
    {
        return ClickHouseClient(http, engine.url(), user, QStringLiteral("pypi insights-demo"));
    }

private slots:
    void initTestCase()
    {
        const QString failure = engine.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        http.options().backoffBaseMs = 1; // retries in this test need not wait
        QCOMPARE(engine.profile(), QStringLiteral("demo"));
    }

    void init()
    {
        QVERIFY(engine.resetQuota());
        QVERIFY(engine.resetLimits());
        QVERIFY(engine.useRealClock());
    }

    void hostileTextTravelsAsAValue_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("quote") << QStringLiteral("x' OR 1=1 --");
        QTest::newRow("statement") << QStringLiteral("a'); DROP TABLE pypi.pypi_downloads; --");
        QTest::newRow("url syntax") << QStringLiteral("a+b&param_p=evil#frag%20=");
        QTest::newRow("placeholder") << QStringLiteral("{p:String}");
        QTest::newRow("unicode") << QStringLiteral("Zoë 東京\\n\"");
        QTest::newRow("escapes") << QStringLiteral("back\\slash\ttab\nline\\'quote'");
    }

    void hostileTextTravelsAsAValue()
    {
        QFETCH(QString, value);
        auto c = client();
        const auto result = c.query(QStringLiteral("SELECT {p:String} AS p, length({p:String}) AS n"), {{QStringLiteral("p"), value}},
                                    QStringLiteral("an echo"));
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(result->rows.size(), 1);
        QCOMPARE(result->rows.first().value(QLatin1String("p")).toString(), value);
        // The tables are all still there.
        QVERIFY(engine.rows(QStringLiteral("SELECT count() AS n FROM pypi.pypi_downloads")).first().value(QLatin1String("n")).toInt() > 0);
    }

    void sixtyFourBitIntegersReadTheSameQuotedOrNot()
    {
        const QString sql = QStringLiteral(
            "SELECT date, sum(count) AS downloads, toInt64(9007199254740993) AS big FROM pypi.pypi_downloads_per_day "
            "WHERE project = {p:String} GROUP BY date ORDER BY date");
        auto c = client();
        QVERIFY(engine.forceQuote64(QStringLiteral("on"))); // a server before ClickHouse 25.8
        const auto a = c.query(sql, {{QStringLiteral("p"), QStringLiteral("insights-demo")}}, QStringLiteral("daily downloads"));
        QVERIFY(engine.forceQuote64(QStringLiteral("off"))); // 25.8 and later
        const auto b = c.query(sql, {{QStringLiteral("p"), QStringLiteral("insights-demo")}}, QStringLiteral("daily downloads"));
        QVERIFY(engine.forceQuote64(QStringLiteral("client")));
        QVERIFY2(a.ok() && b.ok(), qPrintable(a.errorMessage() + b.errorMessage()));
        const int days = engine.rows(QStringLiteral("SELECT uniqExact(date) AS d FROM pypi.pypi_downloads_per_day "
                                                    "WHERE project = 'insights-demo'")).first().value(QLatin1String("d")).toInt();
        QVERIFY(days > 300 && days < 1000);
        QCOMPARE(a->rows.size(), days);
        QVERIFY(a->rows.first().value(QLatin1String("downloads")).isString()); // really quoted...
        QVERIFY(b->rows.first().value(QLatin1String("downloads")).isDouble()); // ...and really not
        for (qsizetype i = 0; i < a->rows.size(); ++i)
            QCOMPARE(json::integer(a->rows[i].value(QLatin1String("downloads"))), json::integer(b->rows[i].value(QLatin1String("downloads"))));
        // Beyond 2^53 only the quoted form is exact.
        QCOMPARE(json::integer(a->rows.first().value(QLatin1String("big"))).value_or(0), Q_INT64_C(9007199254740993));
        // The engine's own sum, asked independently.
        const qint64 total = engine.rows(QStringLiteral("SELECT sum(count) AS s FROM pypi.pypi_downloads WHERE project = 'insights-demo'"))
                                 .first().value(QLatin1String("s")).toInteger();
        qint64 summed = 0;
        for (const QJsonObject &row : a->rows)
            summed += json::integer(row.value(QLatin1String("downloads"))).value_or(0);
        QCOMPARE(summed, total);
    }

    // What every request carries: the two overflow modes, nothing the readonly user may not change.
    void onlyTheTwoOverflowSettingsAreSent()
    {
        QVERIFY(engine.resetRequests());
        auto c = client();
        QVERIFY(c.query(QStringLiteral("SELECT 1 AS one"), {}, QStringLiteral("one")).ok());
        QVERIFY(c.query(QStringLiteral("SELECT {p:String} AS p"), {{QStringLiteral("p"), QStringLiteral("x")}}, QStringLiteral("p")).ok());
        const QJsonArray requests = engine.requests().value(QLatin1String("requests")).toArray();
        QCOMPARE(requests.size(), 2);
        for (const QJsonValue &r : requests) {
            QStringList sent;
            for (const QJsonValue &s : r.toObject().value(QLatin1String("settings")).toArray())
                sent << s.toObject().value(QLatin1String("name")).toString() + u'=' + s.toObject().value(QLatin1String("value")).toString();
            sent.sort();
            QCOMPARE(sent, (QStringList{QStringLiteral("read_overflow_mode=throw"), QStringLiteral("result_overflow_mode=throw")}));
        }
        const QStringList allowed = ClickHouseEngine::changeableSettings();
        for (const QString &name : engine.settingsSeen())
            QVERIFY2(allowed.contains(name), qPrintable(name));
    }

    void aCutAnswerIsAnErrorNeverAShortAnswer_data()
    {
        QTest::addColumn<qint64>("maxResultRows");
        QTest::addColumn<qint64>("maxRowsToRead");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("code");
        QTest::newRow("1,000 rows") << qint64(-1) << qint64(-1)
                                    << QStringLiteral("SELECT toString(date) AS d, country_code, sum(count) AS n FROM "
                                                      "pypi.pypi_downloads_per_day_by_version_by_country WHERE project = 'insights-demo' "
                                                      "GROUP BY date, country_code")
                                    << 396;
        QTest::newRow("a lowered result limit") << qint64(20) << qint64(-1)
                                                << QStringLiteral("SELECT number FROM system.numbers LIMIT 50") << 396;
        QTest::newRow("the read limit") << qint64(-1) << qint64(-1)
                                        << QStringLiteral("SELECT count() AS n FROM github.github_events WHERE repo_name = 'octo/widgets'")
                                        << 158;
    }

    void aCutAnswerIsAnErrorNeverAShortAnswer()
    {
        QFETCH(qint64, maxResultRows);
        QFETCH(qint64, maxRowsToRead);
        QFETCH(QString, sql);
        QFETCH(int, code);
        QVERIFY(engine.setLimits(maxResultRows, maxRowsToRead));
        auto c = client();
        const auto result = c.query(sql, {}, QStringLiteral("a long question"));
        QVERIFY(!result.ok());
        QVERIFY2(result.errorMessage().contains(QStringLiteral("ClickHouse would have cut the answer to a long question short (code %1")
                                                    .arg(code)),
                 qPrintable(result.errorMessage()));
        // Without throw the same question comes back short, with HTTP 200 and no error.
        const auto silent = engine.ask(sql);
        QCOMPARE(silent.status, 200);
    }

    void theQuotaIsRateLimitedUntilTheServerSaysSo()
    {
        TestClock clock(QDateTime(QDate(2026, 5, 20), QTime(14, 10), Qt::UTC));
        QVERIFY(engine.setClock(clock.nowUtc()));
        QVERIFY(engine.setQuota(2));
        ClickHouseClient c(http, engine.url(), QStringLiteral("demo"), QStringLiteral("pypi insights-demo"), clock);
        QueryBudget budget = QueryBudget::open(QString(), c.endpoint(), clock.nowUtc());
        c.setBudget(&budget);
        QVERIFY(c.query(QStringLiteral("SELECT 1 AS one"), {}, QStringLiteral("one")).ok());
        QVERIFY(c.query(QStringLiteral("SELECT 1 AS one"), {}, QStringLiteral("one")).ok());
        const auto refused = c.query(QStringLiteral("SELECT 1 AS one"), {}, QStringLiteral("one"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::RateLimited);
        QCOMPARE(refused.error().retryAt, QDateTime(QDate(2026, 5, 20), QTime(15, 0), Qt::UTC));
        QCOMPARE(refused.error().retryAt, engine.quotaIntervalEnd());
        QVERIFY2(refused.errorMessage().contains(QLatin1String("until 2026-05-20 15:00 UTC")), qPrintable(refused.errorMessage()));
        // The budget now knows: nothing more is sent before 15:00.
        const int before = engine.queriesServed();
        const auto waiting = c.query(QStringLiteral("SELECT 1 AS one"), {}, QStringLiteral("one"));
        QCOMPARE(waiting.error().kind, Error::Kind::RateLimited);
        QCOMPARE(engine.queriesServed(), before);
        QCOMPARE(budget.freeAt(clock.nowUtc()), QDateTime(QDate(2026, 5, 20), QTime(15, 0), Qt::UTC));
        QVERIFY(engine.setQuota(QueryBudget::kPerHour));
    }

    void aSpentBudgetSendsNothing()
    {
        TestClock clock;
        ClickHouseClient c(http, engine.url(), QStringLiteral("demo"), QStringLiteral("pypi insights-demo"), clock);
        QueryBudget budget = QueryBudget::open(QString(), c.endpoint(), clock.nowUtc());
        QVERIFY(budget.take(clock.nowUtc(), QueryBudget::kPerHour));
        c.setBudget(&budget);
        const int before = engine.queriesServed();
        const auto result = c.query(QStringLiteral("SELECT 1 AS one"), {}, QStringLiteral("the answer"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::RateLimited);
        QVERIFY2(result.errorMessage().contains(QLatin1String("the answer waits for the ClickHouse quota until 2026-05-20 13:00 UTC")),
                 qPrintable(result.errorMessage()));
        QCOMPARE(engine.queriesServed(), before);
    }

    void errorsBecomeClearMessages_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("expected");
        const QString ok = QStringLiteral("SELECT number FROM system.numbers LIMIT 100");
        QTest::newRow("unknown table") << QStringLiteral("SELECT 1 FROM pypi.nope") << QString() << QStringLiteral("demo") << QStringLiteral("code 60, HTTP 404");
        QTest::newRow("syntax") << QStringLiteral("SELECT 1 +") << QString() << QStringLiteral("demo") << QStringLiteral("code 62, HTTP 400");
        QTest::newRow("wrong user") << ok << QString() << QStringLiteral("mallory") << QStringLiteral("refused the user \"mallory\"");
        QTest::newRow("quota") << ok << QStringLiteral("quota") << QStringLiteral("demo") << QStringLiteral("quota for user \"demo\" is used up until");
        QTest::newRow("timeout") << ok << QStringLiteral("timeout") << QStringLiteral("demo") << QStringLiteral("took too long");
        QTest::newRow("error inside a 200") << ok << QStringLiteral("error_in_200") << QStringLiteral("demo") << QStringLiteral("code 241");
    }

    void errorsBecomeClearMessages()
    {
        QFETCH(QString, sql);
        QFETCH(QString, fault);
        QFETCH(QString, user);
        QFETCH(QString, expected);
        if (!fault.isEmpty())
            QVERIFY(engine.injectFault(fault));
        auto c = client(user);
        const auto result = c.query(sql, {}, QStringLiteral("a test question"));
        QVERIFY(!result.ok());
        QVERIFY2(result.errorMessage().contains(expected), qPrintable(result.errorMessage()));
        QVERIFY2(result.errorMessage().startsWith(QLatin1String("pypi insights-demo: ")), qPrintable(result.errorMessage()));
    }

    void exceptionCodesAreReadFromHeaderOrText()
    {
        QCOMPARE(ClickHouseClient::exceptionCode("60", {}), 60);
        QCOMPARE(ClickHouseClient::exceptionCode({}, "{\"data\":[\nCode: 241. DB::Exception: Memory limit"), 241);
        QCOMPARE(ClickHouseClient::exceptionCode({}, "{\"data\":[{\"title\":\"Code: 12. DB::Exception in a title\"}]}"), 0);
    }
};

QTEST_GUILESS_MAIN(TestClickHouseClient)
#include "tst_clickhouseclient.moc"
