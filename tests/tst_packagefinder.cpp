// Finding a repository's PyPI packages in pypi.projects on the ClickHouse test engine (profile
// demo): every form of URL packages use names the repository (https and http, capitals, ".git",
// "/tree/main", "#readme", a trailing "/", a "Label, URL" entry of project_urls or home_page),
// look-alikes do not (octo/widgets-fork, a sponsors or organisation page, gitlab); packages whose
// newest upload still names the repository come first, one that moved away is marked as such;
// an unknown repository finds nothing; each search is one query, counted against the quota
// budget, with no setting outside the four.
#include "clickhouse/clickhouseclient.h"
#include "clickhouse/querybudget.h"
#include "clickhouseengine.h"
#include "collectors/pypi/packagefinder.h"
#include "testclock.h"

#include <QtTest>

using namespace insights;
using namespace insights::test;

class TestPackageFinder : public QObject {
    Q_OBJECT
    ClickHouseEngine engine;
    HttpClient http;
    TestClock clock;

    static QStringList names(const QList<FoundPackage> &found, bool currentOnly)
    {
        QStringList out;
        for (const FoundPackage &p : found)
            if (p.current || !currentOnly)
                out << p.name;
        return out;
    }

private slots:
    void initTestCase()
    {
        const QString failure = engine.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(engine.profile(), QStringLiteral("demo"));
        QVERIFY(engine.resetRequests());
    }

    void aRepositorysPackages_data()
    {
        QTest::addColumn<QString>("repo");
        QTest::addColumn<QStringList>("current"); // newest upload names the repository, newest first
        QTest::addColumn<QStringList>("all");
        QTest::newRow("every URL form") << QStringLiteral("octo/widgets")
                                        << QStringList{"insights-demo", "widgets-extra", "widgets-cli"}
                                        << QStringList{"insights-demo", "widgets-extra", "widgets-cli"};
        QTest::newRow("capitals as typed") << QStringLiteral("Octo/Widgets")
                                           << QStringList{"insights-demo", "widgets-extra", "widgets-cli"}
                                           << QStringList{"insights-demo", "widgets-extra", "widgets-cli"};
        QTest::newRow("project_urls only, and a package that moved here") << QStringLiteral("octo/gadgets")
                                                                          << QStringList{"other-package", "moved-pkg"}
                                                                          << QStringList{"other-package", "moved-pkg"};
        QTest::newRow("a package that moved away") << QStringLiteral("old/place") << QStringList{} << QStringList{"moved-pkg"};
        QTest::newRow("the look-alike is its own repository") << QStringLiteral("octo/widgets-fork") << QStringList{"unrelated-pkg"}
                                                               << QStringList{"unrelated-pkg"};
        QTest::newRow("unknown") << QStringLiteral("octo/nowhere") << QStringList{} << QStringList{};
    }

    void aRepositorysPackages()
    {
        QFETCH(QString, repo);
        QFETCH(QStringList, current);
        QFETCH(QStringList, all);
        ClickHouseClient clickhouse(http, engine.url(), QStringLiteral("demo"), QStringLiteral("track %1").arg(repo), clock);
        QueryBudget budget = QueryBudget::open(QString(), clickhouse.endpoint(), clock.nowUtc());
        clickhouse.setBudget(&budget);
        const int before = engine.queriesServed();
        const auto found = PackageFinder::find(clickhouse, repo);
        QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
        QCOMPARE(engine.queriesServed() - before, 1);
        QCOMPARE(budget.remaining(clock.nowUtc()), QueryBudget::kPerHour - 1);
        QCOMPARE(names(*found, true), current);
        QCOMPARE(names(*found, false), all);
        for (const FoundPackage &p : *found)
            QVERIFY(p.lastUpload.isValid() && p.lastUpload.timeSpec() == Qt::UTC);
        const QStringList allowed = ClickHouseEngine::changeableSettings();
        for (const QString &name : engine.settingsSeen())
            QVERIFY2(allowed.contains(name), qPrintable(name));
    }

    void notARepositoryAsksNothing()
    {
        ClickHouseClient clickhouse(http, engine.url(), QStringLiteral("demo"), QStringLiteral("track"), clock);
        const int before = engine.queriesServed();
        const auto found = PackageFinder::find(clickhouse, QStringLiteral("octo/widgets'--"));
        QVERIFY(!found.ok());
        QCOMPARE(found.error().kind, Error::Kind::Config);
        QCOMPARE(engine.queriesServed(), before);
    }
};

QTEST_GUILESS_MAIN(TestPackageFinder)
#include "tst_packagefinder.moc"
