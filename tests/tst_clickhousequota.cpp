// The ClickHouse quota through the real `insights` binary and the test engine (profile demo): a
// year of PyPI downloads and GitHub events that the quota cuts off mid-run exits 1 naming the
// time the quota frees, stores only complete days, and `insights status` says who waits until
// when; a run before that time asks nothing (the budget file in the data directory remembers the
// server's answer). Resuming after that time is tst_pypi's (it needs a clock the test controls).
#include "cliharness.h"
#include "clickhouse/querybudget.h"
#include "clickhouseengine.h"
#include "serverenvironment.h"
#include "sqlprobe.h"
#include "storage/database.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace insights;
using namespace insights::test;

class TestClickHouseQuota : public QObject {
    Q_OBJECT
    // The dataset ends yesterday, as the public one does; the binary runs on the wall clock.
    ClickHouseEngine m_clickhouse{QDateTime::currentDateTimeUtc().date().addDays(-1)};
    QProcessEnvironment m_env;

private slots:
    void initTestCase()
    {
        const QString failure = m_clickhouse.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(m_clickhouse.profile(), QStringLiteral("demo"));
        m_env = serverEnvironment({nullptr, nullptr, nullptr, &m_clickhouse});
        m_env.insert(QStringLiteral("INSIGHT_GITHUB_REPOS"), kRepo);
    }

    void aQuotaUsedUpMidRunExitsOneNamingTheTime()
    {
        // The quota counts whole hours of the wall clock: do not start in an hour's last minute.
        const qint64 toNextHour = 3600 - QDateTime::currentSecsSinceEpoch() % 3600;
        if (toNextHour < 60)
            QTest::qWait(int(toNextHour + 1) * 1000);
        QVERIFY(m_clickhouse.useRealClock());
        QVERIFY(m_clickhouse.resetQuota());
        QVERIFY(m_clickhouse.setQuota(6)); // others behind the same address used the rest
        QTemporaryDir dir;
        const QStringList collect{QStringLiteral("collect"), QStringLiteral("pypi"), QStringLiteral("github_events"),
                                  QStringLiteral("--lookback-days"), QStringLiteral("365"), QStringLiteral("--data-dir"), dir.path()};
        const CliRun run = runInsights(collect, m_env);
        const QDateTime frees = m_clickhouse.quotaIntervalEnd();
        QVERIFY(frees.isValid());
        const QString at = frees.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        QVERIFY2(run.exitCode == 1, qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("pypi insights-demo")) && run.err.contains(at), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("github_events octo/widgets")), qPrintable(run.err));

        // Only whole days: every stored day has its four breakdowns adding up to its total.
        Database db;
        QVERIFY(db.open(QDir(dir.path()).filePath(Database::fileName())).ok());
        const qint64 days = countRows(db.handle(), QStringLiteral("downloads_daily"));
        QVERIFY2(days > 0 && days < 365, qPrintable(QString::number(days)));
        for (const char *breakdown : {"downloads_by_version", "downloads_by_country", "downloads_by_installer", "downloads_by_type"})
            QCOMPARE(scalar(db.handle(), QStringLiteral(
                         "SELECT COUNT(*) FROM insight_metric d JOIN insight_metric_type dt ON dt.id = d.metric_type_id AND dt.key = 'downloads_daily' "
                         "WHERE d.value <> IFNULL((SELECT SUM(b.value) FROM insight_metric b JOIN insight_metric_type bt "
                         "ON bt.id = b.metric_type_id AND bt.key = ? WHERE b.subject = d.subject AND b.date = d.date), 0)"),
                            {QString::fromLatin1(breakdown)}).toInt(), 0);
        QCOMPARE(countRows(db.handle(), QStringLiteral("activity_summary")), 0); // github_events never started
        db.close();

        // The last run of both sources ended on the quota: status says when they go on, and exits 1
        // as it does while a source's last run failed.
        const CliRun status = runInsights({QStringLiteral("status"), QStringLiteral("--data-dir"), dir.path()}, m_env);
        QCOMPARE(status.exitCode, 1);
        QVERIFY2(status.out.contains(QStringLiteral("1 of 1 packages wait for the ClickHouse quota until %1").arg(at))
                     && status.out.contains(QStringLiteral("1 of 1 repositories wait for the ClickHouse quota until %1").arg(at)),
                 qPrintable(status.out));

        // Before the quota frees, another run asks nothing and says the same.
        const int before = m_clickhouse.queriesServed();
        const CliRun again = runInsights(collect, m_env);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(at), qPrintable(again.err));
        QCOMPARE(m_clickhouse.queriesServed(), before);
        QVERIFY(QFile::exists(QueryBudget::fileIn(dir.path())));
        QVERIFY(m_clickhouse.setQuota(QueryBudget::kPerHour));
    }
};

QTEST_GUILESS_MAIN(TestClickHouseQuota)
#include "tst_clickhousequota.moc"
