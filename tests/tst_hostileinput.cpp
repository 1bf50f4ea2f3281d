// Hostile input, gathered (SPEC §4 "Injection"): what a user types or pastes and what a server
// answers can be crafted. Through the real binary:
// - repository, package and site names built to break out of a URL, a query or a header are
//   refused alone, before any request: the good subject beside them is collected, no request
//   carries any part of the hostile one, no row names it, the schema is untouched;
// - links that are not Reddit posts track nothing and reach no server;
// - hostile text in answers (SQL, wildcards, quotes, markup, control and bidi characters) is
//   stored and exported exactly as sent, and the window shows it as text, never as markup.
#include "cliharness.h"
#include "clickhouseengine.h"
#include "dashboardpage.h"
#include "githubtestserver.h"
#include "mainwindow.h"
#include "plausibletestserver.h"
#include "reddittestserver.h"
#include "serverenvironment.h"
#include "stargazerserver.h"
#include "storage/database.h"
#include "storedcontents.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace insights;
using namespace insights::test;

namespace {

const QString kMarker = QStringLiteral("zqx"); // in every hostile name; no good request contains it

// Text a server may send: SQL, LIKE wildcards, quotes and backslashes, markup, a line break and a
// tab, a right-to-left override, non-ASCII and an emoji.
const QStringList kHostileText = {
    QStringLiteral("Robert'); DROP TABLE insight_metric;--"),
    QStringLiteral("100%_off \\ \"quoted\" 'single'"),
    QStringLiteral("<b>bold</b><img src=\"file:///etc/passwd\">"),
    QStringLiteral("line one\nline two\ttabbed"),
    QStringLiteral("\u202Egnp.exe ünïcödé 😀"),
};

int schemaObjects(const QString &dataDir)
{
    Database db;
    if (!db.open(QDir(dataDir).filePath(Database::fileName())).ok())
        return -1;
    QSqlQuery q(QStringLiteral("SELECT count(*) FROM sqlite_master"), db.handle());
    return q.next() ? q.value(0).toInt() : -1;
}

// Subjects that hold data (metrics, events, collection state). The run log names a refused
// subject on purpose: that is where the user reads what failed.
QStringList storedSubjects(const QString &dataDir)
{
    Database db;
    if (!db.open(QDir(dataDir).filePath(Database::fileName())).ok())
        return {QStringLiteral("cannot open")};
    QSqlQuery q(QStringLiteral("SELECT subject FROM insight_metric UNION SELECT subject FROM insight_event UNION "
                               "SELECT subject FROM collector_state ORDER BY 1"),
                db.handle());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    out.removeAll(QString());
    return out;
}

} // namespace

class TestHostileInput : public QObject {
    Q_OBJECT

    GitHubTestServer m_github;
    StargazerTestServer m_stars;
    PlausibleTestServer m_plausible;
    RedditTestServer m_reddit;
    ClickHouseEngine m_clickhouse{QDateTime::currentDateTimeUtc().date().addDays(-1)};
    QProcessEnvironment m_env;
    int m_freshSchema = 0;

    // Requests any HTTP test server received that carry `marker` in path, query or body.
    QStringList requestsWith(const QString &marker)
    {
        QStringList out;
        for (LocalHttpServer *s : {&m_github.http(), &m_plausible.http(), &m_reddit.http()})
            for (const TestRequest &r : s->requests()) {
                const QString all = r.path + u'?' + r.query.toString(QUrl::FullyDecoded) + u' ' + QString::fromUtf8(r.body);
                if (all.contains(marker, Qt::CaseInsensitive))
                    out << all.left(200);
            }
        return out;
    }

private slots:
    // The engine keeps the public endpoint's quota (60 queries an hour per client); this suite runs
    // far more collections than a user would in an hour, so every case starts with a fresh hour.
    void init()
    {
        if (!m_clickhouse.url().isEmpty())
            QVERIFY(m_clickhouse.resetQuota());
    }

    void initTestCase()
    {
        QVERIFY(m_github.listen());
        auto &repo = m_github.repo(kRepo);
        repo.windowEnd = QDateTime::currentDateTimeUtc().date();
        repo.referrers = {{kHostileText.at(0), {}, 40, 12}, {kHostileText.at(1), {}, 25, 20}};
        repo.paths = {{QStringLiteral("/octo/widgets/") + kHostileText.at(2), kHostileText.at(3), 90, 30},
                      {QStringLiteral("/octo/widgets/wiki/") + kHostileText.at(4), kHostileText.at(2), 10, 3}};
        m_stars.setToken(m_github.token());
        m_stars.addStars(kRepo, StargazerTestServer::generate(10, QDateTime(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC)));
        m_github.setStargazers([this](const TestRequest &r) { return m_stars.answer(r); });
        QStringList pages;
        for (const QString &text : kHostileText)
            pages << u'/' + text;
        m_plausible.setSpecialPages(pages);
        m_plausible.addSite(kSite, 8, 4);
        QVERIFY(m_plausible.listen());
        m_reddit.addPost({QStringLiteral("abc123"), QStringLiteral("cpp"), kHostileText.at(0) + u' ' + kHostileText.at(2),
                          QStringLiteral("some_one"), 42, 7, 0.9, QDateTime::currentDateTimeUtc().addDays(-2), {}});
        QVERIFY(m_reddit.listen());
        const QString engineFailure = m_clickhouse.start();
        QVERIFY2(engineFailure.isEmpty(), qPrintable(engineFailure));

        m_env = serverEnvironment({&m_github, &m_plausible, &m_reddit, &m_clickhouse});

        QTemporaryDir fresh;
        QCOMPARE(runInsights({QStringLiteral("status"), QStringLiteral("--data-dir"), fresh.path()}, m_env).exitCode, 0);
        m_freshSchema = schemaObjects(fresh.path());
        QVERIFY(m_freshSchema > 10);
    }

    void hostileNamesAreRefusedAloneAndAskNothing_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("good");
        QTest::addColumn<QString>("hostile");
        const QString m = kMarker;
        const QStringList repos = {
            QStringLiteral("octo/%1' OR '1'='1").arg(m), QStringLiteral("../../%1/etc/passwd").arg(m),
            QStringLiteral("octo/widgets/../../%1").arg(m), QStringLiteral("octo/%1?per_page=100&page=2").arg(m),
            // Commas and white space (line breaks too) separate names, so a header cannot ride along.
            QStringLiteral("octo/%1#frag").arg(m), QStringLiteral("octo/widgets\r\nX-Injected: %1").arg(m),
            QStringLiteral("octo/%1%2e%2e").arg(m),
            QStringLiteral("octo/%1").arg(m + QString(300, u'a')), QStringLiteral("octo/wídgets%1").arg(m),
            QStringLiteral("https://evil.example/%1/x").arg(m), QStringLiteral("octo/%1\"}}){viewer{login}}#").arg(m)};
        for (const char *source : {"github_traffic", "github_stars", "github_events"})
            for (const QString &r : repos)
                QTest::addRow("%s %s", source, qPrintable(r.left(40).simplified()))
                    << QString::fromLatin1(source) << QStringLiteral("INSIGHT_GITHUB_REPOS") << kRepo << r;
        const QStringList packages = {
            QStringLiteral("insights-%1')OR(project!='')--").arg(m), QStringLiteral("%1'/**/UNION/**/SELECT/**/1--").arg(m),
            QStringLiteral("../%1").arg(m), QStringLiteral("insights-demo\r\n%1:y").arg(m), QStringLiteral("{%1:String}").arg(m),
            QStringLiteral("%1%00").arg(m), QStringLiteral("ünï%1").arg(m), m + QString(300, u'a')};
        for (const QString &p : packages)
            QTest::addRow("pypi %s", qPrintable(p.left(40).simplified())) << QStringLiteral("pypi") << QStringLiteral("INSIGHT_PYPI_PACKAGES")
                                                                         << kPackage << p;
        const QStringList sites = {
            QStringLiteral("%1.org/../../api/v1").arg(m), QStringLiteral("%1.org?site_id=other.org").arg(m),
            QStringLiteral("evil@%1.org").arg(m), QStringLiteral("%1\texample").arg(m),
            QStringLiteral("docs.example.org\r\nX-Injected: %1").arg(m), QStringLiteral("%1.org#x").arg(m),
            QString(300, u'a') + m + QStringLiteral(".org"), QStringLiteral("%1.org\" OR \"1").arg(m)};
        for (const QString &s : sites)
            QTest::addRow("plausible %s", qPrintable(s.left(40).simplified()))
                << QStringLiteral("plausible") << QStringLiteral("INSIGHT_PLAUSIBLE_SITES") << kSite << s;
    }

    void hostileNamesAreRefusedAloneAndAskNothing()
    {
        QFETCH(QString, source);
        QFETCH(QString, variable);
        QFETCH(QString, good);
        QFETCH(QString, hostile);
        QTemporaryDir dir;
        QProcessEnvironment env = m_env;
        env.insert(variable, good + u',' + hostile);
        for (LocalHttpServer *s : {&m_github.http(), &m_plausible.http(), &m_reddit.http()})
            s->clearRequests();
        const int queriesBefore = m_clickhouse.queriesServed();

        const CliRun run = runInsights({QStringLiteral("collect"), source, QStringLiteral("--lookback-days"), QStringLiteral("30"),
                                        QStringLiteral("--data-dir"), dir.path()},
                                       env);
        const int queries = m_clickhouse.queriesServed() - queriesBefore;
        QVERIFY2(run.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
        QVERIFY2(run.err.contains(source) && run.err.contains(kMarker), qPrintable(run.err)); // names what it refused
        QVERIFY2(requestsWith(kMarker).isEmpty(), qPrintable(requestsWith(kMarker).join(u'\n')));
        QCOMPARE(storedSubjects(dir.path()), QStringList{good}); // the good one collected, nothing else
        QCOMPARE(schemaObjects(dir.path()), m_freshSchema);
        if (source == QLatin1String("pypi") || source == QLatin1String("github_events")) {
            // Exactly the queries the good subject alone needs.
            QTemporaryDir alone;
            QProcessEnvironment goodOnly = m_env;
            goodOnly.insert(variable, good);
            const int before = m_clickhouse.queriesServed();
            QCOMPARE(runInsights({QStringLiteral("collect"), source, QStringLiteral("--lookback-days"), QStringLiteral("30"),
                                  QStringLiteral("--data-dir"), alone.path()},
                                 goodOnly)
                         .exitCode,
                     0);
            QCOMPARE(queries, m_clickhouse.queriesServed() - before);
        }
    }

    void linksThatAreNotRedditPostsTrackNothing_data()
    {
        QTest::addColumn<QString>("link");
        const QString m = kMarker;
        QTest::newRow("script") << QStringLiteral("javascript:alert('%1')").arg(m);
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd#%1").arg(m);
        QTest::newRow("another host") << QStringLiteral("https://evil.example/r/cpp/comments/%1/x/").arg(m);
        QTest::newRow("reddit as a subdomain") << QStringLiteral("https://www.reddit.com.evil.example/r/cpp/comments/%1/").arg(m);
        QTest::newRow("reddit as a user name") << QStringLiteral("https://www.reddit.com@evil.example/r/cpp/comments/%1/").arg(m);
        QTest::newRow("SQL as the id") << QStringLiteral("https://www.reddit.com/r/cpp/comments/%1'); DROP TABLE reddit_post;--/").arg(m);
        QTest::newRow("path escape") << QStringLiteral("https://www.reddit.com/r/cpp/comments/../../%1/").arg(m);
        QTest::newRow("header in the link") << QStringLiteral("https://redd.it/%1\r\nX-Injected: 1").arg(m);
        QTest::newRow("huge") << QStringLiteral("https://www.reddit.com/r/cpp/comments/") + m + QString(5000, u'a');
    }

    void linksThatAreNotRedditPostsTrackNothing()
    {
        QFETCH(QString, link);
        QTemporaryDir dir;
        m_reddit.http().clearRequests();
        const CliRun run = runInsights({QStringLiteral("reddit"), QStringLiteral("add"), link, QStringLiteral("--data-dir"), dir.path()},
                                       m_env);
        QVERIFY2(run.exitCode == 1 || run.exitCode == 2, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
        QVERIFY2(!run.err.trimmed().isEmpty(), "no reason given");
        QVERIFY2(requestsWith(kMarker).isEmpty(), qPrintable(requestsWith(kMarker).join(u'\n')));
        const CliRun list = runInsights({QStringLiteral("reddit"), QStringLiteral("list"), QStringLiteral("--data-dir"), dir.path()}, m_env);
        const QString said = list.out + list.err;
        QVERIFY2(said.contains(QLatin1String("No Reddit posts are tracked")), qPrintable(said));
        QCOMPARE(schemaObjects(dir.path()), m_freshSchema);
    }

    void hostileTextInAnswersIsKeptAndShownAsText()
    {
        QTemporaryDir dir;
        const QProcessEnvironment env = m_env;
        const QStringList dataDir = {QStringLiteral("--data-dir"), dir.path()};
        QCOMPARE(runInsights(QStringList{QStringLiteral("reddit"), QStringLiteral("add"), QStringLiteral("https://redd.it/abc123")} + dataDir, env)
                     .exitCode,
                 0);
        const CliRun collect = runInsights(QStringList{QStringLiteral("collect"), QStringLiteral("github_traffic"), QStringLiteral("plausible"),
                                                       QStringLiteral("reddit"), QStringLiteral("--lookback-days"), QStringLiteral("30")} + dataDir,
                                           env);
        QVERIFY2(collect.exitCode == 0, qPrintable(collect.err));
        QCOMPARE(schemaObjects(dir.path()), m_freshSchema);
        QCOMPARE(storedContents(dir.path()).last(), QStringLiteral("ok"));

        // Every hostile text comes back out of the export exactly as the servers sent it.
        const CliRun exported = runInsights(QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")} + dataDir, env);
        QCOMPARE(exported.exitCode, 0);
        QJsonParseError error{};
        const QJsonArray rows = QJsonDocument::fromJson(exported.out.toUtf8(), &error).array();
        QVERIFY2(error.error == QJsonParseError::NoError && !rows.isEmpty(), qPrintable(error.errorString()));
        QSet<QString> items;
        QSet<QString> texts; // every string inside metadata
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            items.insert(row.value(QLatin1String("item")).toString());
            const QJsonObject meta = row.value(QLatin1String("metadata")).toObject();
            for (auto it = meta.begin(); it != meta.end(); ++it)
                if (it->isString())
                    texts.insert(it->toString());
        }
        for (const QString &text : kHostileText) {
            QVERIFY2(items.contains(u'/' + text), qPrintable(QStringLiteral("Plausible page: ") + text));
        }
        QVERIFY(items.contains(kHostileText.at(0)) && items.contains(kHostileText.at(1))); // GitHub referrers
        QVERIFY(items.contains(QStringLiteral("/octo/widgets/") + kHostileText.at(2)));   // GitHub path
        QVERIFY(texts.contains(kHostileText.at(3)));                                       // its title
        QVERIFY(texts.contains(kHostileText.at(0) + u' ' + kHostileText.at(2)));           // Reddit title

        // The window shows server text as text: no label renders any of it as markup. A refusal
        // whose message is markup puts it in the traffic page's banner.
        TestResponse refusal = TestResponse::json(QJsonDocument(QJsonObject{{QStringLiteral("message"), kHostileText.at(2)}}).toJson(), 403);
        m_github.http().injectFault(QStringLiteral("/traffic/"), refusal, 10);
        const CliRun refused = runInsights(QStringList{QStringLiteral("collect"), QStringLiteral("github_traffic")} + dataDir, env);
        m_github.http().clearFaults();
        QVERIFY2(refused.exitCode == 1 && refused.err.contains(QLatin1String("<b>bold</b>")), qPrintable(refused.err));
        MainWindow window(dir.path());
        window.setScheduleEnabled(false);
        window.show();
        int labelsWithMarkup = 0;
        for (const QString &page : {QStringLiteral("traffic"), QStringLiteral("plausible"), QStringLiteral("reddit")}) {
            window.showPage(page);
            QTRY_VERIFY(window.isIdle());
            for (QLabel *label : window.findChildren<QLabel *>()) {
                if (!label->text().contains(QLatin1String("<b>bold</b>")))
                    continue;
                ++labelsWithMarkup;
                QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName() + u' ' + label->text()));
            }
        }
        QVERIFY(labelsWithMarkup >= 1); // the banner, at least
    }
};

QTEST_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
