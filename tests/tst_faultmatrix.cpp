// One fault matrix over every source (SPEC §4): after a good collection, each HTTP source meets a
// malformed JSON answer, an HTML page with status 200, JSON served as text and a refusal, and
// each ClickHouse source an exception after streaming began (HTTP 200), a used-up quota and a
// query timeout — one at a time, through the real binary; and a 1 GiB answer meets the size cap.
// Every case must exit 1, name the source and its subject, and leave every stored row and event
// exactly as it was. (Retries, timeouts, rate limits, size caps and redirects per source:
// tst_networkfaults.)
#include "cliharness.h"
#include "serverenvironment.h"
#include "sqlprobe.h"
#include "clickhouseengine.h"
#include "githubtestserver.h"
#include "plausibletestserver.h"
#include "reddittestserver.h"
#include "stargazerserver.h"
#include "storage/database.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/resource.h>

using namespace insights;
using namespace insights::test;

namespace {

// Every stored row with its update time, every event, every source's last collection.
QString fingerprint(const QString &dataDir)
{
    Database db;
    if (!db.open(QDir(dataDir).filePath(Database::fileName())).ok())
        return QStringLiteral("cannot open");
    return dataFingerprint(db.handle());
}

} // namespace

class TestFaultMatrix : public QObject {
    Q_OBJECT

    GitHubTestServer m_github;
    StargazerTestServer m_stars;
    PlausibleTestServer m_plausible;
    RedditTestServer m_reddit;
    ClickHouseEngine m_clickhouse;
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;

    LocalHttpServer &serverOf(const QString &source)
    {
        if (source == QLatin1String("plausible"))
            return m_plausible.http();
        if (source == QLatin1String("reddit"))
            return m_reddit.http();
        return m_github.http();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(serveSmallFixture(m_github, m_stars, m_plausible, m_reddit, QDateTime::currentDateTimeUtc()));
        const QString engineFailure = m_clickhouse.start();
        QVERIFY2(engineFailure.isEmpty(), qPrintable(engineFailure));
        m_env = serverEnvironment({&m_github, &m_plausible, &m_reddit, &m_clickhouse});
        const QStringList dataDir = {QStringLiteral("--data-dir"), m_dir.path()};
        QCOMPARE(runInsights(QStringList{QStringLiteral("reddit"), QStringLiteral("add"), QStringLiteral("https://redd.it/abc123")} + dataDir, m_env).exitCode, 0);
        const CliRun good = runInsights(QStringList{QStringLiteral("collect"), QStringLiteral("github_traffic"), QStringLiteral("github_stars"),
                                                    QStringLiteral("plausible"), QStringLiteral("reddit"), QStringLiteral("pypi"),
                                                    QStringLiteral("github_events"), QStringLiteral("--lookback-days"),
                                                    QStringLiteral("30")} + dataDir, m_env);
        QVERIFY2(good.exitCode == 0, qPrintable(good.err));
    }

    void aBadAnswerFailsTheSourceAndWritesNothing_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("path");    // which request gets the fault
        QTest::addColumn<QString>("subject"); // what the message must name
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        const QByteArray malformed = "{\"count\": 3, \"views\": [{\"timestamp\": \"2026-"; // cut off
        const QByteArray html = "<!DOCTYPE html><html><head><title>Maintenance</title></head><body>Back soon</body></html>";
        const struct {
            const char *source;
            const char *path;
            QString subject;
            int refusal;
        } sources[] = {{"github_traffic", "/traffic/views", kRepo, 401},
                       {"github_stars", "/graphql", kRepo, 401},
                       {"plausible", "/api/v2/query", kSite, 401},
                       {"reddit", "abc123", kPost, 403}};
        for (const auto &s : sources) {
            QTest::addRow("%s malformed JSON", s.source) << s.source << s.path << s.subject << 200 << QByteArray("application/json") << malformed;
            QTest::addRow("%s HTML with 200", s.source) << s.source << s.path << s.subject << 200 << QByteArray("text/html; charset=utf-8") << html;
            QTest::addRow("%s JSON served as text", s.source) << s.source << s.path << s.subject << 200 << QByteArray("text/plain") << malformed;
            QTest::addRow("%s refused %d", s.source, s.refusal) << s.source << s.path << s.subject << s.refusal
                                                               << QByteArray("application/json") << QByteArray("{\"message\":\"Bad credentials\"}");
        }
    }

    void aBadAnswerFailsTheSourceAndWritesNothing()
    {
        QFETCH(QString, source);
        QFETCH(QString, path);
        QFETCH(QString, subject);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        const QString before = fingerprint(m_dir.path());
        TestResponse fault;
        fault.status = status;
        fault.headers = {{"Content-Type", contentType}};
        fault.body = body;
        serverOf(source).injectFault(path, fault, 10);
        const CliRun run = runInsights({QStringLiteral("collect"), source, QStringLiteral("--data-dir"), m_dir.path()}, m_env);
        serverOf(source).clearFaults(); // nothing left over for the next case
        QVERIFY2(run.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
        QVERIFY2(run.err.contains(source) && run.err.contains(subject), qPrintable(run.err));
        QCOMPARE(fingerprint(m_dir.path()), before);
    }

    // An answer far over the size cap (1 GiB, streamed) is refused once the cap is passed: the
    // binary's memory stays bounded (its peak RSS, from the kernel, under SPEC §6's 250 MB).
    void aHugeAnswerIsRefusedWithMemoryBounded()
    {
        const QString before = fingerprint(m_dir.path());
        rusage earlier{};
        getrusage(RUSAGE_CHILDREN, &earlier);
        QUrlQuery size;
        size.addQueryItem(QStringLiteral("bytes"), QString::number(1LL << 30));
        QVERIFY(m_clickhouse.injectFault(QStringLiteral("huge"), 50, size));
        const CliRun run = runInsights({QStringLiteral("collect"), QStringLiteral("pypi"), QStringLiteral("--data-dir"), m_dir.path()}, m_env);
        QVERIFY(m_clickhouse.injectFault(QStringLiteral("clear")));
        QVERIFY2(run.exitCode == 1 && run.err.contains(QLatin1String("larger than 64 MiB")), qPrintable(run.err));
        QCOMPARE(fingerprint(m_dir.path()), before);
        rusage children{};
        QCOMPARE(getrusage(RUSAGE_CHILDREN, &children), 0); // the largest of every binary this test ran
        const qint64 peakMiB = qint64(children.ru_maxrss) / 1024;
        qInfo("peak RSS of the binary meeting 1 GiB: %lld MiB (of every earlier run: %lld MiB)", peakMiB,
              qint64(earlier.ru_maxrss) / 1024);
        QVERIFY2(peakMiB < 200, qPrintable(QStringLiteral("%1 MiB").arg(peakMiB)));
    }

    void aBadClickHouseAnswerFailsTheSourceAndWritesNothing_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("mode");
        for (const auto &[source, subject] : {std::pair{QStringLiteral("pypi"), QStringLiteral("insights-demo")},
                                              std::pair{QStringLiteral("github_events"), kRepo}})
            for (const char *mode : {"error_in_200", "quota", "timeout"})
                QTest::addRow("%s %s", qPrintable(source), mode) << source << subject << QString::fromLatin1(mode);
    }

    void aBadClickHouseAnswerFailsTheSourceAndWritesNothing()
    {
        QFETCH(QString, source);
        QFETCH(QString, subject);
        QFETCH(QString, mode);
        const QString before = fingerprint(m_dir.path());
        QVERIFY(m_clickhouse.injectFault(mode, 50)); // every query of the run
        const CliRun run = runInsights({QStringLiteral("collect"), source, QStringLiteral("--data-dir"), m_dir.path()}, m_env);
        QVERIFY(m_clickhouse.injectFault(QStringLiteral("clear"))); // nothing left over for the next case
        QVERIFY2(run.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
        QVERIFY2(run.err.contains(source) && run.err.contains(subject, Qt::CaseInsensitive), qPrintable(run.err));
        QCOMPARE(fingerprint(m_dir.path()), before);
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
