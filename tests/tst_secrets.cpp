// Secrets stay secret (SPEC §4): every source that takes one runs with a known GitHub token and
// Plausible key (and Reddit, which takes none), successfully and then refused; afterwards no byte
// of either secret is in the data directory (database, WAL, settings, lock), in what the commands
// printed (stdout, stderr, status, export), and each secret reached only its own server.
#include "cliharness.h"
#include "githubtestserver.h"
#include "plausibletestserver.h"
#include "reddittestserver.h"
#include "secretscan.h"
#include "stargazerserver.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace insights;
using namespace insights::test;

namespace {

const QString kRepo = QStringLiteral("octo/widgets");
const QString kSite = QStringLiteral("docs.example.org");

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
        QProcessEnvironment env;
        env.insert(QStringLiteral("INSIGHT_GITHUB_API_URL"), github.apiUrl().toString());
        env.insert(QStringLiteral("INSIGHT_GITHUB_TOKEN"), github.token());
        env.insert(QStringLiteral("INSIGHT_GITHUB_REPOS"), kRepo);
        env.insert(QStringLiteral("INSIGHT_PLAUSIBLE_URL"), plausible.baseUrl().toString());
        env.insert(QStringLiteral("INSIGHT_PLAUSIBLE_SITES"), kSite);
        env.insert(QStringLiteral("INSIGHT_PLAUSIBLE_API_KEY"), plausible.key());
        env.insert(QStringLiteral("INSIGHT_REDDIT_URL"), reddit.baseUrl().toString());
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
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
