// The ClickHouse client against a real ClickHouse engine (chDB behind the HTTP interface):
// typed parameters carry hostile text inertly, 64-bit integers read the same quoted or not,
// and every way ClickHouse reports an error — status and header, the "Code: N." text, an error
// inside an HTTP 200 body, quota and timeout — becomes a clear error, never data.
#include "clickhouse/clickhouseclient.h"
#include "clickhouseengine.h"
#include "util/jsonutil.h"

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
    }

    void hostileTextTravelsAsAValue_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("quote") << QStringLiteral("x' OR 1=1 --");
        QTest::newRow("statement") << QStringLiteral("a'); DROP TABLE pypi.pypi_downloads; --");
        QTest::newRow("url syntax") << QStringLiteral("a+b&param_p=evil#frag%20=");
        QTest::newRow("placeholder") << QStringLiteral("{p:String}");
        QTest::newRow("unicode") << QStringLiteral("Zoë 東京\\n\"");
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
        auto quoted = client();
        auto plain = client();
        plain.setQuote64BitIntegers(false);
        const auto a = quoted.query(sql, {{QStringLiteral("p"), QStringLiteral("insights-demo")}}, QStringLiteral("daily downloads"));
        const auto b = plain.query(sql, {{QStringLiteral("p"), QStringLiteral("insights-demo")}}, QStringLiteral("daily downloads"));
        QVERIFY2(a.ok() && b.ok(), qPrintable(a.errorMessage() + b.errorMessage()));
        const int days = engine.rows(QStringLiteral("SELECT uniqExact(date) AS d FROM pypi.pypi_downloads_per_day "
                                                    "WHERE project = 'insights-demo'")).first().value(QLatin1String("d")).toInt();
        QVERIFY(days > 300);
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

    void errorsBecomeClearMessages_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("expected");
        const QString ok = QStringLiteral("SELECT number FROM system.numbers LIMIT 100000");
        QTest::newRow("unknown table") << QStringLiteral("SELECT 1 FROM pypi.nope") << QString() << QStringLiteral("demo") << QStringLiteral("code 60, HTTP 404");
        QTest::newRow("syntax") << QStringLiteral("SELEC 1") << QString() << QStringLiteral("demo") << QStringLiteral("code 62, HTTP 400");
        QTest::newRow("wrong user") << ok << QString() << QStringLiteral("mallory") << QStringLiteral("refused the user \"mallory\"");
        QTest::newRow("quota") << ok << QStringLiteral("quota") << QStringLiteral("demo") << QStringLiteral("quota");
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
