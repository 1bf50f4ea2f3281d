// The traffic parsers: real shapes, quoted numbers, and every way an answer can be wrong.
#include "collectors/github/trafficparser.h"

#include <QtTest>

using namespace insights;

class TestTrafficParser : public QObject {
    Q_OBJECT

private slots:
    void series_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("days");
        QTest::addColumn<qint64>("uniques");
        QTest::newRow("API-NOTES example")
            << QByteArray(R"({"count": 412, "uniques": 97, "views": [{"timestamp": "2024-05-13T00:00:00Z", "count": 31, "uniques": 12},
                           {"timestamp": "2024-05-14T00:00:00Z", "count": 58, "uniques": 20}]})")
            << true << 2 << qint64(97);
        QTest::newRow("quoted numbers") << QByteArray(R"({"count": "5", "uniques": "2", "views": [{"timestamp": "2024-05-13T00:00:00Z", "count": "5", "uniques": "2"}]})")
                                        << true << 1 << qint64(2);
        QTest::newRow("empty window") << QByteArray(R"({"count": 0, "uniques": 0, "views": []})") << true << 0 << qint64(0);
        QTest::newRow("truncated") << QByteArray("{\"count\": 412, \"uniques\": 97, \"views\": [{\"timest") << false << 0 << qint64(0);
        QTest::newRow("html error page") << QByteArray("<html><body>Unicorn!</body></html>") << false << 0 << qint64(0);
        QTest::newRow("array instead of object") << QByteArray("[]") << false << 0 << qint64(0);
        QTest::newRow("missing uniques") << QByteArray(R"({"count": 1, "views": []})") << false << 0 << qint64(0);
        QTest::newRow("negative count") << QByteArray(R"({"count": 1, "uniques": 1, "views": [{"timestamp": "2024-05-13T00:00:00Z", "count": -1, "uniques": 0}]})")
                                        << false << 0 << qint64(0);
        QTest::newRow("bad timestamp") << QByteArray(R"({"count": 1, "uniques": 1, "views": [{"timestamp": "yesterday", "count": 1, "uniques": 1}]})")
                                       << false << 0 << qint64(0);
        QTest::newRow("fractional count") << QByteArray(R"({"count": 1.5, "uniques": 1, "views": []})") << false << 0 << qint64(0);
    }

    void series()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(int, days);
        QFETCH(qint64, uniques);
        auto result = traffic::parseSeries(body, QStringLiteral("views"));
        QCOMPARE(result.ok(), ok);
        if (ok) {
            QCOMPARE(result->days.size(), days);
            QCOMPARE(result->uniques, uniques);
        } else {
            QVERIFY(!result.errorMessage().isEmpty());
        }
    }

    void timestampsAreUtcDays()
    {
        auto result = traffic::parseSeries(
            R"({"count": 3, "uniques": 1, "clones": [{"timestamp": "2024-05-13T00:00:00Z", "count": 3, "uniques": 1}]})",
            QStringLiteral("clones"));
        QVERIFY(result.ok());
        QCOMPARE(result->days.first().date, QDate(2024, 5, 13));
    }

    void popular_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("keyField");
        QTest::addColumn<int>("entries");
        QTest::newRow("referrers") << QByteArray(R"([{"referrer":"Google","count":4,"uniques":3},{"referrer":"github.com","count":2,"uniques":1}])")
                                   << QStringLiteral("referrer") << 2;
        QTest::newRow("paths") << QByteArray(R"([{"path":"/o/r","title":"o/r: x","count":4,"uniques":3}])") << QStringLiteral("path") << 1;
        QTest::newRow("empty") << QByteArray("[]") << QStringLiteral("path") << 0;
        QTest::newRow("object instead of list") << QByteArray(R"({"message":"Not Found"})") << QStringLiteral("path") << -1;
        QTest::newRow("missing key") << QByteArray(R"([{"count":4,"uniques":3}])") << QStringLiteral("referrer") << -1;
    }

    void popular()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, keyField);
        QFETCH(int, entries);
        auto result = traffic::parsePopular(body, keyField);
        QCOMPARE(result.ok(), entries >= 0);
        if (entries >= 0)
            QCOMPARE(result->size(), entries);
    }

    void repository()
    {
        QCOMPARE(traffic::parseRepository(R"({"stargazers_count": 10, "forks_count": 2})")->stars, 10);
        QVERIFY(!traffic::parseRepository(R"({"stargazers_count": 10})").ok());
        QVERIFY(!traffic::parseRepository("[1,2]").ok());
    }
};

QTEST_GUILESS_MAIN(TestTrafficParser)
#include "tst_trafficparser.moc"
