// Kill at any moment (SPEC §4), for the long collections not covered elsewhere: Plausible's paced
// v1 backfill (checkpointed every ten days) and the year-long backfills of PyPI downloads and
// GitHub events against the ClickHouse engine. The real binary is killed with SIGKILL while one
// of its requests hangs half-way through; the database must pass integrity_check and hold no more
// than an uninterrupted run would, and the next run must store exactly what that run stores.
// (Stars: tst_starskill; Plausible's v2 backfill: tst_concurrency.)
#include "clickhouseengine.h"
#include "plausibletestserver.h"
#include "serverenvironment.h"
#include "storedcontents.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

using namespace insights;
using namespace insights::test;

namespace {

// Waits with this thread's event loop running (the test servers answer from it).
bool waitFinished(QProcess &process, int ms = 120'000)
{
    QElapsedTimer t;
    t.start();
    while (process.state() != QProcess::NotRunning && t.elapsed() < ms)
        QTest::qWait(20);
    return process.state() == QProcess::NotRunning;
}

} // namespace

class TestKillMidway : public QObject {
    Q_OBJECT

    PlausibleTestServer m_plausible;
    // The dataset ends yesterday, as the public one does, so a year back from today is all data.
    ClickHouseEngine m_clickhouse{QDateTime::currentDateTimeUtc().date().addDays(-1)};
    QProcessEnvironment m_env;

    void start(QProcess &process, const QString &source, int lookbackDays, const QString &dataDir)
    {
        process.setProcessEnvironment(m_env);
        process.start(QStringLiteral(INSIGHTS_BINARY), {QStringLiteral("collect"), source, QStringLiteral("--lookback-days"),
                                                        QString::number(lookbackDays), QStringLiteral("--data-dir"), dataDir});
    }

    // `served`: requests the source's server has received so far; `hangAt(n)`: the n-th request
    // from now never gets an answer; `clear`: no fault left.
    void killMidwayThenResume(const QString &source, int lookbackDays, const std::function<int()> &served,
                              const std::function<void(int)> &hangAt, const std::function<void()> &clear)
    {
        QTemporaryDir alone, killed;
        int requests = served();
        {
            QProcess reference;
            start(reference, source, lookbackDays, alone.path());
            QVERIFY(waitFinished(reference));
            QVERIFY2(reference.exitCode() == 0, reference.readAllStandardError().constData());
        }
        requests = served() - requests;
        QVERIFY2(requests >= 3, qPrintable(QStringLiteral("%1 requests: too few to stop half-way").arg(requests)));
        const QStringList expected = storedContents(alone.path());
        QVERIFY(expected.size() > 100);

        const int half = requests / 2 + 1;
        hangAt(half);
        const int before = served();
        QProcess victim;
        start(victim, source, lookbackDays, killed.path());
        QTRY_VERIFY_WITH_TIMEOUT(served() - before >= half, 60'000); // the hanging one has arrived
        QTest::qWait(300);
        QVERIFY(victim.state() == QProcess::Running);
        victim.kill();
        QVERIFY(waitFinished(victim));
        QCOMPARE(victim.exitStatus(), QProcess::CrashExit);
        clear();

        const QStringList afterKill = storedContents(killed.path());
        QCOMPARE(afterKill.last(), QStringLiteral("ok")); // integrity_check
        QVERIFY(afterKill.size() < expected.size());
        for (const QString &row : afterKill.mid(0, afterKill.size() - 1)) // what was checkpointed is right
            QVERIFY2(expected.contains(row), qPrintable(row));
        qInfo("%s: killed at request %d of %d with %lld of %lld rows stored", qPrintable(source), half, requests,
              qlonglong(afterKill.size() - 1), qlonglong(expected.size() - 1));

        QProcess next;
        start(next, source, lookbackDays, killed.path());
        QVERIFY(waitFinished(next));
        QVERIFY2(next.exitCode() == 0, next.readAllStandardError().constData());
        QCOMPARE(storedContents(killed.path()), expected); // complete, nothing twice
    }

private slots:
    void initTestCase()
    {
        m_plausible.addSite(kSite, 20, 10);
        m_plausible.setV1Only(true); // a self-hosted Plausible without the v2 API
        QVERIFY(m_plausible.listen());
        const QString engineFailure = m_clickhouse.start();
        QVERIFY2(engineFailure.isEmpty(), qPrintable(engineFailure));
        m_env = serverEnvironment({nullptr, &m_plausible, nullptr, &m_clickhouse}, QProcessEnvironment::systemEnvironment());
        m_env.insert(QStringLiteral("INSIGHT_GITHUB_REPOS"), kRepo); // github_events needs no GitHub server
    }

    void plausibleV1BackfillKilledMidwayResumes()
    {
        // 100 days: one timeseries and two breakdowns a day, 201 requests, inside one hour's budget.
        killMidwayThenResume(
            QStringLiteral("plausible"), 100, [this] { return m_plausible.v1Requests(); },
            [this](int n) {
                TestResponse hang;
                hang.hang = true;
                m_plausible.http().injectFault(QStringLiteral("/api/v1/"), hang, 1, n - 1);
            },
            [this] { m_plausible.http().clearFaults(); });
    }

    void clickHouseBackfillKilledMidwayResumes_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("pypi") << QStringLiteral("pypi");
        QTest::newRow("github_events") << QStringLiteral("github_events");
    }

    void clickHouseBackfillKilledMidwayResumes()
    {
        QFETCH(QString, source);
        killMidwayThenResume(
            source, 365, [this] { return m_clickhouse.queriesServed(); },
            [this](int n) {
                QUrlQuery skip;
                skip.addQueryItem(QStringLiteral("skip"), QString::number(n - 1));
                QVERIFY(m_clickhouse.injectFault(QStringLiteral("hang"), 1, skip));
            },
            [this] { QVERIFY(m_clickhouse.injectFault(QStringLiteral("clear"))); });
    }
};

QTEST_GUILESS_MAIN(TestKillMidway)
#include "tst_killmidway.moc"
