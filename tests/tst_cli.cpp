// The insights binary as users and scripts run it: exit codes, stdout/stderr, and the
// github_traffic promise end to end against the local GitHub server. Every case runs twice: on
// the local SQLite file, and on a team database (INSIGHT_DATABASE_URL, a new PostgreSQL database
// per case on the test server).
#include "githubtestserver.h"
#include "reddittestserver.h"
#include "clickhouseengine.h"
#include "stargazerserver.h"
#include "sqlprobe.h"
#include "storage/database.h"
#include "storage/runlog.h"

#include "cliharness.h"
#include "secretscan.h"
#include "testdatabases.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>


using namespace insights;
using namespace insights::test;

namespace {

// GitHub as a whole for runs that collect every source: traffic from `server`, stargazers (30,
// with profiles) from `stars`, both behind one address and one token.
void addStargazers(GitHubTestServer &server, StargazerTestServer &stars, const QString &repo)
{
    stars.setToken(server.token());
    stars.addStars(repo, StargazerTestServer::generate(30, QDateTime(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC)));
    server.setStargazers([&stars](const TestRequest &r) { return stars.answer(r); });
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

    const QString repo = QStringLiteral("octo/widgets");
    ClickHouseEngine clickhouse; // github_events reads the events dataset when every source runs

    const Backend m_backend;
    QString m_url; // PostgreSQL: this case's database

    CliRun insights(const QStringList &args, QProcessEnvironment env = QProcessEnvironment()) const
    {
        if (m_backend == Backend::PostgreSQL && !env.contains(QStringLiteral("INSIGHT_DATABASE_URL")))
            env.insert(QStringLiteral("INSIGHT_DATABASE_URL"), m_url);
        return runInsights(args, env);
    }

    // Where the commands of this case keep their data: the data directory's file, or the team database.
    QString location(const QString &dataDir) const
    {
        return m_backend == Backend::PostgreSQL ? m_url : QDir(dataDir).filePath(Database::fileName());
    }

    QProcessEnvironment githubEnv(const GitHubTestServer &server, const QString &token) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("INSIGHT_GITHUB_API_URL"), server.apiUrl().toString());
        env.insert(QStringLiteral("INSIGHT_GITHUB_TOKEN"), token);
        env.insert(QStringLiteral("INSIGHT_GITHUB_REPOS"), repo);
        env.insert(QStringLiteral("INSIGHT_CLICKHOUSE_URL"), clickhouse.url().toString());
        return env;
    }

public:
    explicit TestCli(Backend backend) : m_backend(backend) {}

private slots:
    void init()
    {
        if (m_backend == Backend::PostgreSQL)
            m_url = freshPostgresDatabase();
    }

    void initTestCase()
    {
        const QString failure = clickhouse.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("fly")} << QStringLiteral("Unknown command");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("status"), QStringLiteral("--fast")} << QStringLiteral("Unknown option");
        QTest::newRow("unknown source") << QStringList{QStringLiteral("collect"), QStringLiteral("github_trafic")} << QStringLiteral("Unknown source");
        QTest::newRow("bad lookback") << QStringList{QStringLiteral("collect"), QStringLiteral("--lookback-days"), QStringLiteral("many")}
                                      << QStringLiteral("--lookback-days");
        QTest::newRow("missing value") << QStringList{QStringLiteral("status"), QStringLiteral("--data-dir")} << QStringLiteral("needs a value");
        QTest::newRow("reddit alone") << QStringList{QStringLiteral("reddit")} << QStringLiteral("usage: insights reddit");
        QTest::newRow("reddit add without url") << QStringList{QStringLiteral("reddit"), QStringLiteral("add")} << QStringLiteral("usage: insights reddit add URL");
        QTest::newRow("purge elsewhere") << QStringList{QStringLiteral("status"), QStringLiteral("--purge")} << QStringLiteral("--purge");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const CliRun run = insights(args << QStringLiteral("--data-dir=%1").arg(dir.path()));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        // One line and where to read more, not the whole help.
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 1);
        QVERIFY2(run.err.contains(QLatin1String("insights --help")), qPrintable(run.err));
    }

    void readingCommandsCreateNothingAndStatusSaysWhenASourceFails()
    {
        QTemporaryDir parent;
        const QString missing = parent.filePath(QStringLiteral("typo"));
        for (const QString &command : {QStringLiteral("status"), QStringLiteral("export")}) {
            const CliRun run = insights({command, QStringLiteral("--data-dir"), missing});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QLatin1String("does not exist")), qPrintable(run.err));
            QVERIFY(!QFileInfo::exists(missing));
        }

        QTemporaryDir dir;
        CliRun run = insights({QStringLiteral("status"), QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(run.exitCode, 0); // nothing failing
        {
            Database db;
            QVERIFY(db.open(location(dir.path())).ok());
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QVERIFY(RunLog(db.handle()).record({QStringLiteral("pypi"), QStringLiteral("insights-demo"), now, now,
                                                QStringLiteral("failed"), 0, QStringLiteral("ClickHouse answered HTTP 500")})
                        .ok());
        }
        QProcessEnvironment env;
        env.insert(QStringLiteral("INSIGHT_PYPI_PACKAGES"), QStringLiteral("insights-demo"));
        run = insights({QStringLiteral("status"), QStringLiteral("--data-dir"), dir.path()}, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QLatin1String("ClickHouse answered HTTP 500")), qPrintable(run.out));

        // A chart of nothing is not drawn as a chart of zeros.
        const QString png = dir.filePath(QStringLiteral("stars.png"));
        run = insights({QStringLiteral("chart"), QStringLiteral("stars"), QStringLiteral("--out"), png, QStringLiteral("--data-dir"),
                        dir.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("Nothing is stored")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(png));
    }

    void helpAndVersion()
    {
        CliRun run = insights({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.section(QLatin1Char('\n'), 0, 0), QStringLiteral("insights " INSIGHTS_VERSION));
        QVERIFY(run.out.contains(QLatin1String("GPL-3.0-or-later")));
        run = insights({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("collect [SOURCE...]")));
    }

    void redditAddListRemoveFromTheCommandLine()
    {
        RedditTestServer reddit;
        QVERIFY(reddit.listen());
        const QDateTime posted = QDateTime::currentDateTimeUtc().addDays(-1);
        reddit.addPost({QStringLiteral("abc123"), QStringLiteral("cpp"), QStringLiteral("Insights, the app"), QStringLiteral("me"), 412, 57, 0.96, posted, {}});
        reddit.addPost({QStringLiteral("def456"), QStringLiteral("rust"), QStringLiteral("A tray app"), QStringLiteral("me"), 88, 12, 0.9, posted, {}});
        reddit.addPost({QStringLiteral("ghi789"), QStringLiteral("QtFramework"), QStringLiteral("Charts"), QStringLiteral("me"), 23, 4, 0.8, posted, {}});
        reddit.addShareLink(QStringLiteral("QtFramework"), QStringLiteral("Xy7Zq2Lm"), QStringLiteral("ghi789"), 1);
        QProcessEnvironment env;
        env.insert(QStringLiteral("INSIGHT_REDDIT_URL"), reddit.baseUrl().toString());
        QTemporaryDir dir;
        const QString base = reddit.baseUrl().toString();
        const auto reddit_ = [&](const QStringList &args) {
            return insights(QStringList{QStringLiteral("reddit")} << args << QStringLiteral("--data-dir") << dir.path(), env);
        };

        // Four links of three posts in four forms.
        for (const QString &link : QStringList{base + QStringLiteral("/r/cpp/comments/abc123/insights_the_app/?utm_source=share"),
                                    QStringLiteral("https://redd.it/abc123"), QStringLiteral("https://old.reddit.com/r/rust/comments/def456.json"),
                                    base + QStringLiteral("/r/QtFramework/s/Xy7Zq2Lm")}) {
            const CliRun run = reddit_({QStringLiteral("add"), link});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY2(run.out.contains(QLatin1String("Tracking")) || run.out.contains(QLatin1String("Already tracked")), qPrintable(run.out));
        }
        CliRun run = reddit_({QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].startsWith(QLatin1String("abc123")) && lines[0].contains(QLatin1String("score 412")), qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith(QLatin1String("def456")) && lines[1].contains(QLatin1String("score 88")), qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(QLatin1String("ghi789")) && lines[2].contains(QLatin1String("score 23")), qPrintable(lines[2]));

        // Not a Reddit post: refused with a usage error, nothing changes, Reddit is not asked.
        Database db;
        QVERIFY(db.open(location(dir.path())).ok());
        const QString before = dataFingerprint(db.handle());
        const int asked = reddit.requests().size();
        run = reddit_({QStringLiteral("add"), QStringLiteral("https://github.com/octo/widgets")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("not a link to a Reddit post")), qPrintable(run.err));
        QCOMPARE(dataFingerprint(db.handle()), before);
        QCOMPARE(reddit.requests().size(), asked);

        run = reddit_({QStringLiteral("remove"), QStringLiteral("def456")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(reddit_({QStringLiteral("list")}).out.trimmed().split(u'\n').size(), 2);
        run = reddit_({QStringLiteral("remove"), QStringLiteral("def456")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("not tracked")), qPrintable(run.err));

        // collect reddit refreshes what is tracked.
        reddit.post(QStringLiteral("abc123")).score = 500;
        run = insights({QStringLiteral("collect"), QStringLiteral("reddit"), QStringLiteral("--data-dir"), dir.path()}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(reddit_({QStringLiteral("list")}).out.contains(QLatin1String("score 500")), qPrintable(run.out));
    }

    void trafficWindowMovingForwardKeepsEighteenDaysOnce()
    {
        GitHubTestServer server;
        QVERIFY(server.listen());
        StargazerTestServer stars;
        addStargazers(server, stars, repo);
        QTemporaryDir dir;
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QDate firstEnd = today.addDays(-3);
        server.repo(repo).windowEnd = firstEnd;
        const QProcessEnvironment env = githubEnv(server, server.token());

        CliRun run = insights({QStringLiteral("collect"), QStringLiteral("github_traffic"), QStringLiteral("--data-dir"), dir.path()}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("github_traffic: ok")), qPrintable(run.out));
        QVERIFY2(run.err.contains(QLatin1String("reading traffic views")), qPrintable(run.err)); // progress on stderr

        server.repo(repo).windowEnd = today;
        run = insights({QStringLiteral("collect"), QStringLiteral("--data-dir"), dir.path()}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        Database db;
        QVERIFY(db.open(location(dir.path())).ok());
        for (const QString &metric : {QStringLiteral("views"), QStringLiteral("unique_visitors"), QStringLiteral("clones"),
                                      QStringLiteral("unique_cloners")})
            QCOMPARE(countRows(db.handle(), metric, repo), 18);
        for (QDate d = today.addDays(-17); d < today; d = d.addDays(1))
            QCOMPARE(metricValue(db.handle(), QStringLiteral("views"), repo, d).toInt(), GitHubTestServer::finalViews(d));
        // The day that was partial in the first run now carries its final figure.
        QCOMPARE(metricValue(db.handle(), QStringLiteral("views"), repo, firstEnd).toInt(), GitHubTestServer::finalViews(firstEnd));
        QCOMPARE(metricValue(db.handle(), QStringLiteral("unique_visitors_14d"), repo, today, QStringLiteral("snapshot")).toInt(),
                 server.viewsTotals(repo).second);
        QCOMPARE(countRows(db.handle(), QStringLiteral("new_star"), repo), 30); // every enabled source ran
        if (m_backend == Backend::SQLite)
            QCOMPARE(scalar(db.handle(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));

        // status reports what is stored.
        run = insights({QStringLiteral("status"), QStringLiteral("--data-dir"), dir.path()}, env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("github_traffic (GitHub traffic): enabled, every 6 hours")), qPrintable(run.out));
        // Rows are counted per source (the source owning each metric type).
        for (const char *source : {"github_traffic", "github_stars", "github_events"}) {
            const qint64 rows = scalar(db.handle(), QStringLiteral("SELECT COUNT(*) FROM insight_metric m JOIN insight_metric_type t "
                                                                   "ON t.id = m.metric_type_id JOIN insight_source s ON s.id = t.source_id "
                                                                   "WHERE s.key = ?"),
                                       {QString::fromLatin1(source)}).toLongLong();
            QVERIFY(rows > 0);
            QVERIFY2(run.out.contains(QStringLiteral("rows:       %1").arg(rows)), qPrintable(run.out));
        }
    }

    void rejectedTokenExitsOneAndChangesNoData()
    {
        GitHubTestServer server;
        QVERIFY(server.listen());
        StargazerTestServer stars;
        addStargazers(server, stars, repo);
        server.repo(repo).windowEnd = QDateTime::currentDateTimeUtc().date();
        QTemporaryDir dir;
        const QString badToken = QStringLiteral("ghp_RejectedToken_Secret_4242");
        const QProcessEnvironment env = githubEnv(server, badToken);
        // A first good run so there is data to protect.
        QCOMPARE(insights({QStringLiteral("collect"), QStringLiteral("--data-dir"), dir.path()}, githubEnv(server, server.token())).exitCode, 0);
        QString before;
        {
            Database db;
            QVERIFY(db.open(location(dir.path())).ok());
            before = dataFingerprint(db.handle());
        }
        server.repo(repo).windowEnd = server.repo(repo).windowEnd.addDays(1);

        const CliRun run = insights({QStringLiteral("collect"), QStringLiteral("github_traffic"), QStringLiteral("--data-dir"), dir.path()}, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("rejected the token")), qPrintable(run.err));
        QVERIFY(!run.err.contains(badToken) && !run.out.contains(badToken));
        Database db;
        QVERIFY(db.open(location(dir.path())).ok());
        QCOMPARE(dataFingerprint(db.handle()), before);

        // status shows the failure so the user sees it later too.
        const CliRun status = insights({QStringLiteral("status"), QStringLiteral("--data-dir"), dir.path()}, env);
        QVERIFY2(status.out.contains(QLatin1String("last error: github_traffic octo/widgets: GitHub rejected the token")),
                 qPrintable(status.out));
    }

    void noTokenAppearsInAnyFileInsightsWrites()
    {
        GitHubTestServer server;
        QVERIFY(server.listen());
        StargazerTestServer stars;
        addStargazers(server, stars, repo);
        server.repo(repo).windowEnd = QDateTime::currentDateTimeUtc().date();
        QTemporaryDir dir;
        const QProcessEnvironment env = githubEnv(server, server.token());
        QCOMPARE(insights({QStringLiteral("collect"), QStringLiteral("--data-dir"), dir.path()}, env).exitCode, 0);
        server.setToken(QStringLiteral("another"));
        stars.setToken(QStringLiteral("another"));
        const CliRun failed = insights({QStringLiteral("collect"), QStringLiteral("--data-dir"), dir.path()}, env);
        QCOMPARE(failed.exitCode, 1);
        QVERIFY(!failed.err.contains(server.token()));

        int files = 0;
        const QStringList leaked = filesContaining(dir.path(), {env.value(QStringLiteral("INSIGHT_GITHUB_TOKEN")).toUtf8()}, &files);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u' ')));
        QVERIFY(files >= 1);
    }

    void statusWarnsBeforeTrafficIsLost()
    {
        QTemporaryDir dir;
        const QDateTime lastRun = QDateTime::currentDateTimeUtc().addDays(-12);
        {
            Database db;
            QVERIFY(db.open(location(dir.path())).ok());
            QSqlQuery q(db.handle());
            q.prepare(QStringLiteral("INSERT INTO insight_run(source_id, subject, started_at, finished_at, status) "
                                     "SELECT id, ?, ?, ?, 'ok' FROM insight_source WHERE key = 'github_traffic'"));
            q.addBindValue(repo);
            q.addBindValue(lastRun.toString(Qt::ISODate));
            q.addBindValue(lastRun.toString(Qt::ISODate));
            QVERIFY(q.exec());
        }
        QProcessEnvironment env;
        env.insert(QStringLiteral("INSIGHT_GITHUB_REPOS"), repo);
        const CliRun run = insights({QStringLiteral("status"), QStringLiteral("--data-dir"), dir.path()}, env);
        QCOMPARE(run.exitCode, 0);
        const QString lossDate = lastRun.date().addDays(14).toString(Qt::ISODate);
        QVERIFY2(run.out.contains(QStringLiteral("data starts to be lost on %1").arg(lossDate)), qPrintable(run.out));
    }

    void nothingConfiguredIsSaidPlainly()
    {
        QTemporaryDir dir;
        const CliRun run = insights({QStringLiteral("collect"), QStringLiteral("github_traffic"), QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("INSIGHT_GITHUB_REPOS")), qPrintable(run.err));

        // Every source, nothing tracked: each reason once, each hint once, and exit 1 (documented):
        // a scheduled run that stores nothing must not look like a success.
        const CliRun all = insights({QStringLiteral("collect"), QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(all.exitCode, 1);
        for (const char *source : {"github_traffic", "github_stars", "github_events", "pypi", "plausible", "reddit"}) {
            QVERIFY2(all.err.count(QStringLiteral("%1: ").arg(QLatin1String(source))) == 2, qPrintable(all.err)); // the reason, "skipped"
            QVERIFY2(all.err.contains(QStringLiteral("%1: skipped\n").arg(QLatin1String(source))), qPrintable(all.err));
        }
        QCOMPARE(all.err.count(QLatin1String("no repositories are tracked")), 3); // one per GitHub source, not twice
        QCOMPARE(all.err.count(QLatin1String("insights track OWNER/REPO")), 1);
        QVERIFY2(all.err.trimmed().endsWith(QLatin1String("Nothing is tracked, so nothing was collected.")), qPrintable(all.err));
        QVERIFY(all.out.isEmpty());
        QVERIFY(insights({QStringLiteral("--help")}).out.contains(QLatin1String("for collect: also when nothing")));
    }

    void unusableDataDirectoryIsAClearError()
    {
        // A regular file where the directory should be: fails for every user, root included (collect
        // creates its data directory; status and export never do).
        QTemporaryDir dir;
        const QString blocker = QDir(dir.path()).filePath(QStringLiteral("not-a-dir"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const CliRun run = insights({QStringLiteral("collect"), QStringLiteral("--data-dir"), blocker + QStringLiteral("/data")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("Cannot create the data directory")), qPrintable(run.err));
    }
};

INSIGHTS_TEST_MAIN_ON_EVERY_BACKEND(TestCli)
#include "tst_cli.moc"
