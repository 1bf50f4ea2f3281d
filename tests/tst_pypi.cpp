// pypi against a real ClickHouse engine: a 365-day backfill in at most 8 queries where every
// stored daily figure equals the engine's own sum, days the dataset has not loaded are gaps,
// the human/bot split follows the editable installer table, and a crafted package name stores
// nothing and asks nothing.
#include "clickhouseengine.h"
#include "collectors/collectionrunner.h"
#include "config/config.h"
#include "http/httpclient.h"
#include "secrets/memorysecretstore.h"
#include "secrets/tokens.h"
#include "sqlprobe.h"
#include "storage/database.h"
#include "testclock.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace insights;
using namespace insights::test;

class TestPyPi : public QObject {
    Q_OBJECT
    const QDate loadedUntil{2026, 5, 19};
    ClickHouseEngine engine{loadedUntil};

    struct Run {
        RunReport report;
        int requests = 0;
    };

    Run collect(Database &db, const QString &dir, const QString &packages, int lookbackDays, TestClock &clock)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("INSIGHT_CLICKHOUSE_URL"), engine.url().toString());
        env.insert(QStringLiteral("INSIGHT_PYPI_PACKAGES"), packages);
        Config config(dir, env);
        MemorySecretStore secrets;
        Tokens tokens(&secrets, env);
        HttpClient http(clock);
        CollectionRunner runner(db, config, tokens, clock, http);
        Run run;
        run.report = runner.run({QStringLiteral("pypi")}, CollectOptions{lookbackDays});
        run.requests = http.requestCount();
        return run;
    }

    qint64 engineSum(const QString &sql)
    {
        const auto rows = engine.rows(sql);
        return rows.isEmpty() ? 0 : rows.first().value(QLatin1String("s")).toInteger();
    }

private slots:
    void initTestCase()
    {
        const QString failure = engine.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void aYearBackfillEqualsTheEnginesOwnSums()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("insights.db"))).ok());
        TestClock clock(QDateTime(loadedUntil.addDays(1), QTime(12, 0), Qt::UTC));
        const Run run = collect(db, dir.path(), QStringLiteral("Insights_Demo"), 365, clock);
        QVERIFY2(!run.report.anyFailed(), qPrintable(run.report.sources.first().subjects.first().message));
        QVERIFY2(run.requests <= 8, qPrintable(QString::number(run.requests)));

        const QString subject = QStringLiteral("Insights_Demo");
        const QDate today = clock.todayUtc();
        QVERIFY(!metricValue(db.handle(), QStringLiteral("downloads_daily"), subject, today).isValid()); // a gap, not 0
        int checked = 0;
        for (QDate d = today.addDays(-364); d <= loadedUntil; d = d.addDays(1), ++checked) {
            const QString day = d.toString(Qt::ISODate);
            const qint64 all = engineSum(QStringLiteral("SELECT sum(count) AS s FROM pypi.pypi_downloads_per_day "
                                                        "WHERE project = 'insights-demo' AND date = '%1'").arg(day));
            const qint64 human = engineSum(QStringLiteral("SELECT sum(count) AS s FROM pypi.pypi_downloads_per_day_by_version_by_installer_by_type "
                                                          "WHERE project = 'insights-demo' AND date = '%1' AND installer IN ('pip', 'uv')").arg(day));
            QCOMPARE(metricValue(db.handle(), QStringLiteral("downloads_daily"), subject, d).toLongLong(), all);
            QCOMPARE(metricValue(db.handle(), QStringLiteral("downloads_daily_human"), subject, d).toLongLong(), human);
        }
        QCOMPARE(checked, 364);
        QCOMPARE(metricValue(db.handle(), QStringLiteral("downloads_total"), subject, today, QStringLiteral("cumulative")).toLongLong(),
                 engineSum(QStringLiteral("SELECT sum(count) AS s FROM pypi.pypi_downloads WHERE project = 'insights-demo'")));
        // Each version's human and bot add up to its figure; versions add up to the day.
        QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT COUNT(*) FROM insight_metric WHERE item <> '' AND metadata IS NOT NULL "
                                                     "AND json_extract(metadata, '$.human') + json_extract(metadata, '$.bot') <> value")).toInt(), 0);
        QCOMPARE(scalar(db.handle(), QStringLiteral(
                     "SELECT COUNT(*) FROM (SELECT m.date, SUM(m.value) AS v FROM insight_metric m JOIN insight_metric_type t ON t.id = m.metric_type_id "
                     "WHERE t.key = 'downloads_by_version' GROUP BY m.date) AS byv JOIN insight_metric d ON d.date = byv.date "
                     "JOIN insight_metric_type dt ON dt.id = d.metric_type_id AND dt.key = 'downloads_daily' WHERE d.value <> byv.v")).toInt(), 0);
    }

    void aNormalRunRereadsThreeDaysAndFollowsTheInstallerTable()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("insights.db"))).ok());
        TestClock clock(QDateTime(loadedUntil, QTime(23, 0), Qt::UTC));
        QVERIFY(!collect(db, dir.path(), QStringLiteral("insights-demo"), 0, clock).report.anyFailed());
        QCOMPARE(countRows(db.handle(), QStringLiteral("downloads_daily")), 3);

        QSqlQuery q(db.handle());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO pypi_installer_class(installer, class) VALUES ('poetry', 'human')")));
        QVERIFY(!collect(db, dir.path(), QStringLiteral("insights-demo"), 0, clock).report.anyFailed());
        const QString day = loadedUntil.toString(Qt::ISODate);
        QCOMPARE(metricValue(db.handle(), QStringLiteral("downloads_daily_human"), QStringLiteral("insights-demo"), loadedUntil).toLongLong(),
                 engineSum(QStringLiteral("SELECT sum(count) AS s FROM pypi.pypi_downloads_per_day_by_version_by_installer_by_type "
                                          "WHERE project = 'insights-demo' AND date = '%1' AND installer IN ('pip', 'uv', 'poetry')").arg(day)));
    }

    void quotedAndUnquotedIntegersStoreTheSameFigures()
    {
        QStringList fingerprints;
        for (const char *mode : {"on", "off"}) {
            QVERIFY(engine.forceQuote64(QString::fromLatin1(mode)));
            QTemporaryDir dir;
            Database db;
            QVERIFY(db.open(dir.filePath(QStringLiteral("insights.db"))).ok());
            TestClock clock(QDateTime(loadedUntil, QTime(23, 0), Qt::UTC));
            QVERIFY(!collect(db, dir.path(), QStringLiteral("insights-demo"), 60, clock).report.anyFailed());
            QVERIFY(countRows(db.handle(), QStringLiteral("downloads_by_version")) > 100);
            fingerprints.append(scalar(db.handle(), QStringLiteral("SELECT group_concat(date || item || value || ifnull(metadata, ''), '|') "
                                                                     "FROM (SELECT * FROM insight_metric ORDER BY metric_type_id, date, item)")).toString());
        }
        QVERIFY(engine.forceQuote64(QStringLiteral("client")));
        QVERIFY(!fingerprints.first().isEmpty());
        QCOMPARE(fingerprints.first(), fingerprints.last());
    }

    void aCraftedPackageNameStoresNothingAndAsksNothing()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("insights.db"))).ok());
        TestClock clock(QDateTime(loadedUntil, QTime(23, 0), Qt::UTC));
        const Run run = collect(db, dir.path(), QStringLiteral("insights-demo')OR(project!='')--"), 30, clock);
        QVERIFY(run.report.anyFailed());
        QVERIFY2(run.report.sources.first().subjects.first().message.contains(QLatin1String("not a PyPI package name")),
                 qPrintable(run.report.sources.first().subjects.first().message));
        QCOMPARE(run.requests, 0);
        QCOMPARE(countRows(db.handle()), 0);
    }
};

QTEST_GUILESS_MAIN(TestPyPi)
#include "tst_pypi.moc"
