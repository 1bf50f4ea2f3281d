// Secrets stay secret (SPEC §4): every source that takes one runs with a known GitHub token and
// Plausible key (and Reddit, which takes none), successfully and then refused; afterwards no byte
// of either secret is in the data directory (database, WAL, settings, lock), in what the commands
// printed (stdout, stderr, status, export), and each secret reached only its own server. With every
// Qt log category switched on, and after a crash in the middle of a request, no secret is in the
// output or in any file under the user's home, and no core file is written.
#include "cliharness.h"
#include "githubtestserver.h"
#include "plausibletestserver.h"
#include "reddittestserver.h"
#include "secretscan.h"
#include "serverenvironment.h"
#include "stargazerserver.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace insights;
using namespace insights::test;

namespace {

// Authorization headers a server received.
QStringList authorizations(const QList<TestRequest> &requests)
{
    QStringList out;
    for (const TestRequest &r : requests)
        if (!r.header("authorization").isEmpty())
            out << QString::fromUtf8(r.header("authorization"));
    return out;
}

} // namespace

class TestSecrets : public QObject {
    Q_OBJECT

private slots:
    void noSecretLeavesItsPlace()
    {
        GitHubTestServer github;
        QVERIFY(github.listen());
        github.repo(kRepo).windowEnd = QDateTime::currentDateTimeUtc().date();
        StargazerTestServer stars;
        stars.setToken(github.token());
        stars.addStars(kRepo, StargazerTestServer::generate(25, QDateTime(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC)));
        github.setStargazers([&stars](const TestRequest &r) { return stars.answer(r); });
        PlausibleTestServer plausible;
        plausible.addSite(kSite, 10, 5);
        plausible.setKey(QStringLiteral("plausible-key-7f3a91c2d4e5"));
        QVERIFY(plausible.listen());
        RedditTestServer reddit;
        reddit.addPost({QStringLiteral("abc123"), QStringLiteral("cpp"), QStringLiteral("Insights"), QStringLiteral("someone"), 42, 7,
                        0.9, QDateTime::currentDateTimeUtc().addDays(-2), {}});
        QVERIFY(reddit.listen());

        const QByteArray token = github.token().toUtf8();
        const QByteArray key = plausible.key().toUtf8();
        QVERIFY(token.size() >= 10 && key.size() >= 10);
        QTemporaryDir dir;
        const QProcessEnvironment env = serverEnvironment({&github, &plausible, &reddit});
        const QStringList sources = {QStringLiteral("github_traffic"), QStringLiteral("github_stars"), QStringLiteral("plausible"),
                                     QStringLiteral("reddit")};
        const QStringList dataDir = {QStringLiteral("--data-dir"), dir.path()};

        QList<CliRun> runs;
        runs << runInsights(QStringList{QStringLiteral("reddit"), QStringLiteral("add"), QStringLiteral("https://redd.it/abc123")} + dataDir, env);
        QCOMPARE(runs.last().exitCode, 0);
        runs << runInsights(QStringList{QStringLiteral("collect")} + sources + QStringList{QStringLiteral("--lookback-days"), QStringLiteral("30")} + dataDir, env);
        QVERIFY2(runs.last().exitCode == 0, qPrintable(runs.last().err));
        // Both secrets refused: the error paths print what the servers said, never the secrets.
        github.setToken(QStringLiteral("rotated"));
        stars.setToken(QStringLiteral("rotated"));
        plausible.setKey(QStringLiteral("rotated"));
        runs << runInsights(QStringList{QStringLiteral("collect")} + sources + dataDir, env);
        QCOMPARE(runs.last().exitCode, 1);
        runs << runInsights(QStringList{QStringLiteral("status")} + dataDir, env);
        runs << runInsights(QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")} + dataDir, env);
        QCOMPARE(runs.last().exitCode, 0);
        QVERIFY(runs.last().out.contains(QLatin1String("plausible"))); // the export holds the collected rows

        for (const CliRun &run : std::as_const(runs))
            for (const QByteArray &secret : {token, key}) {
                QVERIFY2(!run.out.toUtf8().contains(secret), qPrintable(run.out.left(300)));
                QVERIFY2(!run.err.toUtf8().contains(secret), qPrintable(run.err));
            }
        int files = 0;
        const QStringList leaked = filesContaining(dir.path(), {token, key}, &files);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u' ')));
        QVERIFY(files >= 1 && QFile::exists(dir.filePath(QStringLiteral("insights.db"))));

        // Each secret went to its own server only, and Reddit got none.
        for (const QString &auth : authorizations(github.http().requests()))
            QVERIFY2(!auth.contains(plausible.key()) && !auth.contains(QLatin1String("plausible-key")), qPrintable(auth));
        QVERIFY(authorizations(github.http().requests()).join(u' ').contains(QString::fromUtf8(token)));
        for (const QString &auth : authorizations(plausible.http().requests()))
            QVERIFY2(!auth.contains(QString::fromUtf8(token)), qPrintable(auth));
        QVERIFY(authorizations(plausible.http().requests()).join(u' ').contains(QLatin1String("plausible-key-7f3a91c2d4e5")));
        QVERIFY(!reddit.requests().isEmpty());
        QVERIFY2(authorizations(reddit.requests()).isEmpty(), qPrintable(authorizations(reddit.requests()).join(u' ')));
    }

    void noSecretInDebugLogsSettingsOrCrashOutput()
    {
        GitHubTestServer github;
        QVERIFY(github.listen());
        github.repo(kRepo).windowEnd = QDateTime::currentDateTimeUtc().date();
        PlausibleTestServer plausible;
        plausible.addSite(kSite, 10, 5);
        plausible.setKey(QStringLiteral("plausible-key-7f3a91c2d4e5"));
        QVERIFY(plausible.listen());
        const QByteArrayList secrets = {github.token().toUtf8(), plausible.key().toUtf8()};

        // A home of its own, open to "nobody" (below): settings, data, cache and state all land here.
        QTemporaryDir home;
        QVERIFY(QFile::setPermissions(home.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                       | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther));
        QProcessEnvironment env = serverEnvironment({&github, &plausible}, QProcessEnvironment::systemEnvironment());
        env.insert(QStringLiteral("HOME"), home.path());
        for (const char *xdg : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            env.insert(QString::fromLatin1(xdg), home.filePath(QString::fromLatin1(xdg).toLower()));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true")); // network, sql, everything

        // As root the binary runs as "nobody": only then does the owner of /proc/<pid>/environ
        // show whether the process let itself be read (not dumpable: owned by root).
        const bool root = ::geteuid() == 0;
        const bool asNobody = root && !QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty();
        const auto start = [&](QProcess &p, const QStringList &args) {
            p.setProcessEnvironment(env);
            p.setWorkingDirectory(home.path()); // where a core file would go
            if (asNobody)
                p.start(QStringLiteral("setpriv"), QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                                               QStringLiteral("--clear-groups"), QStringLiteral(INSIGHTS_BINARY)} + args);
            else
                p.start(QStringLiteral(INSIGHTS_BINARY), args);
        };
        const auto finish = [](QProcess &p) {
            for (int i = 0; i < 3000 && p.state() != QProcess::NotRunning; ++i)
                QTest::qWait(20); // the servers answer from this thread's event loop
            return p.state() == QProcess::NotRunning;
        };
        const QStringList collect = {QStringLiteral("collect"), QStringLiteral("github_traffic"), QStringLiteral("plausible"),
                                     QStringLiteral("--lookback-days"), QStringLiteral("30")};

        QProcess logged;
        start(logged, collect);
        QVERIFY(finish(logged));
        const QByteArray loggedErr = logged.readAllStandardError();
        if (asNobody && logged.exitCode() == 127)
            QSKIP("the binary cannot be run as nobody here");
        QVERIFY2(logged.exitCode() == 0, loggedErr.right(2000).constData());
        QVERIFY2(loggedErr.contains("qt."), "Qt's debug logging did not switch on");
        for (const QByteArray &secret : secrets) {
            QVERIFY2(!loggedErr.contains(secret), "a secret is in the debug log");
            QVERIFY(!logged.readAllStandardOutput().contains(secret));
        }

        // A crash while the token is in flight: a request that never gets an answer, then SIGSEGV.
        rlimit previous{};
        getrlimit(RLIMIT_CORE, &previous);
        const rlimit unlimited{RLIM_INFINITY, previous.rlim_max};
        setrlimit(RLIMIT_CORE, &unlimited); // the child would inherit core files of any size
        TestResponse hang;
        hang.hang = true;
        github.http().injectFault(QStringLiteral("/traffic/views"), hang, 1);
        QProcess crashing;
        start(crashing, collect);
        setrlimit(RLIMIT_CORE, &previous);
        QTRY_VERIFY_WITH_TIMEOUT(github.http().requestCount(QStringLiteral("/traffic/views")) >= 2, 20'000); // second run's
        const qint64 pid = crashing.processId();
        QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
        QVERIFY(limits.open(QIODevice::ReadOnly));
        QByteArray coreLimit;
        for (const QByteArray &line : limits.readAll().split('\n'))
            if (line.startsWith("Max core file size"))
                coreLimit = line.mid(int(qstrlen("Max core file size"))).simplified();
        QVERIFY2(coreLimit.startsWith("0 0 "), coreLimit.constData());
        if (asNobody || !root)
            QCOMPARE(QFileInfo(QStringLiteral("/proc/%1/environ").arg(pid)).ownerId(), 0u);
        ::kill(pid_t(pid), SIGSEGV);
        QVERIFY(finish(crashing));
        QCOMPARE(crashing.exitStatus(), QProcess::CrashExit);
        const QByteArray crashOutput = crashing.readAllStandardError() + crashing.readAllStandardOutput();
        for (const QByteArray &secret : secrets)
            QVERIFY2(!crashOutput.contains(secret), "a secret is in the crash output");

        int files = 0;
        const QStringList leaked = filesContaining(home.path(), secrets, &files);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u' ')));
        QVERIFY2(files >= 2, "the database and its settings should be under the home"); // not a vacuous scan
        QDirIterator cores(home.path(), {QStringLiteral("core*")}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(!cores.hasNext(), qPrintable(cores.hasNext() ? cores.next() : QString()));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
