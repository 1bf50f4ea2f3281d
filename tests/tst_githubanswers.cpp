// GitHub as it really answers (issue 16, API-NOTES §0, §3, §4): the stargazer server validates
// every GraphQL document against GitHub's published schema and answers with GitHub's own
// refusals (INSUFFICIENT_SCOPES for User.email without the scope, RATE_LIMITED in a 200, an
// error on one node beside good data, a 422 that is not the 40,000-star cap), and the collectors
// do what GitHub asks of a client. Every wait is on the test clock.
#include "githubtestserver.h"
#include "secrets/tokencheck.h"
#include "starsfixture.h"

#include <QtTest>

using namespace insights;
using namespace insights::test;

namespace {

const QDateTime kFirstStar(QDate(2024, 1, 10), QTime(8, 0), Qt::UTC);

bool failed(const SourceOutcome &source)
{
    if (source.state == SourceOutcome::State::Failed)
        return true;
    for (const SubjectOutcome &subject : source.subjects)
        if (!subject.ok)
            return true;
    return false;
}

int failures(const RunReport &report)
{
    int n = 0;
    for (const SourceOutcome &source : report.sources)
        n += failed(source) ? 1 : 0;
    return n;
}

QString messages(const RunReport &report)
{
    QStringList out;
    for (const SourceOutcome &source : report.sources) {
        out << source.message;
        for (const SubjectOutcome &subject : source.subjects)
            out << subject.message;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestGitHubAnswers : public QObject {
    Q_OBJECT

    const QString repo = QStringLiteral("octo/widgets");

private slots:
    // The README asks for a classic token with `repo` for traffic. GitHub refuses a query that
    // asks User.email of such a token as a whole (API-NOTES §0.4): every star must still arrive,
    // with e-mail null and public_repos counting the user's own public repositories.
    void aRepoOnlyTokenCollectsEveryStarWithoutEMail()
    {
        StarsFixture f({repo});
        f.server.setScopes(QByteArray("repo"));
        f.server.addStars(repo, StargazerTestServer::generate(250, kFirstStar, 4));
        const RunReport first = f.collect();
        QCOMPARE(failures(first), 0);
        verifyStoredStars(f, repo, f.server.stars(repo), false, Email::Hidden);
        QCOMPARE(f.state(repo, QStringLiteral("email_readable")), QStringLiteral("0"));
        QVERIFY(f.server.graphQlRequestCount() <= 3 + 2); // ⌈250/100⌉ pages, + the refused first ask

        // The next run remembers: no refused request, one page for nothing new.
        const int before = f.server.graphQlRequestCount();
        QCOMPARE(failures(f.collect()), 0);
        QCOMPARE(f.server.graphQlRequestCount() - before, 1);
    }

    void aTokenWithReadUserCollectsEMailAddresses()
    {
        StarsFixture f({repo});
        f.server.setScopes(QByteArray("repo, read:user"));
        f.server.addStars(repo, StargazerTestServer::generate(120, kFirstStar, 5));
        QCOMPARE(failures(f.collect()), 0);
        verifyStoredStars(f, repo, f.server.stars(repo), false, Email::Visible);
        QCOMPARE(f.state(repo, QStringLiteral("email_readable")), QStringLiteral("1"));
        QVERIFY(f.server.graphQlRequestCount() <= 2 + 2);
    }

    // Scopes learned later (the user made a new token with user:email) are used at once.
    void scopesAreReadFromEveryAnswer()
    {
        StarsFixture f({repo});
        f.server.setScopes(QByteArray("repo"));
        f.server.addStars(repo, StargazerTestServer::generate(30, kFirstStar, 6));
        QCOMPARE(failures(f.collect()), 0);
        QCOMPARE(f.state(repo, QStringLiteral("email_readable")), QStringLiteral("0"));
        f.server.setScopes(QByteArray("repo, user"));
        QCOMPARE(failures(f.collect()), 0);
        QCOMPARE(f.state(repo, QStringLiteral("email_readable")), QStringLiteral("1"));
    }

    // A page where GitHub fails one node keeps the good stars and reads the page again at the
    // next run, without losing the backfill's place.
    void aFailedNodeIsNotAFailedPage()
    {
        StarsFixture f({repo});
        f.server.addStars(repo, StargazerTestServer::generate(350, kFirstStar, 7));
        f.server.failOneNode(2);
        const RunReport first = f.collect();
        QCOMPARE(failures(first), 0);
        QCOMPARE(f.storedStars(repo).size(), 350 - 2);
        QVERIFY(!f.state(repo, QStringLiteral("retry_pages")).isEmpty());
        QCOMPARE(f.state(repo, QStringLiteral("backfill_complete")), QStringLiteral("1"));

        QCOMPARE(failures(f.collect()), 0);
        verifyStoredStars(f, repo, f.server.stars(repo), false, Email::Hidden);
        QVERIFY(f.state(repo, QStringLiteral("retry_pages")).isEmpty());
    }

    // RATE_LIMITED in an HTTP 200 with budget left is a secondary limit: at least a minute, then
    // longer, never an immediate retry; the wait is shown in progress.
    void aSecondaryLimitWaitsAMinuteThenLonger()
    {
        StarsFixture f({repo});
        f.server.addStars(repo, StargazerTestServer::generate(80, kFirstStar, 8));
        f.server.failWithSecondaryLimit(2);
        QCOMPARE(failures(f.collect()), 0);
        QCOMPARE(f.storedStars(repo).size(), 80);
        QList<qint64> waits = f.clock.waits();
        waits.removeAll(0);
        QVERIFY2(waits.size() >= 2, qPrintable(QString::number(waits.size())));
        QVERIFY(waits.at(0) >= 60'000);
        QVERIFY(waits.at(1) > waits.at(0));
        QVERIFY(f.progress.join(QLatin1Char('\n')).contains(QLatin1String("secondary rate limit")));
    }

    // 403 without retry-after and with a "secondary rate limit" message: the same rule.
    void aSecondaryLimit403WithoutRetryAfterWaitsAMinute()
    {
        StarsFixture f({repo});
        f.server.addStars(repo, StargazerTestServer::generate(40, kFirstStar, 9));
        f.server.injectFault(QStringLiteral("/graphql"),
                             TestResponse::json("{\"message\":\"You have exceeded a secondary rate limit. Please wait a few "
                                                "minutes before you try again.\",\"documentation_url\":\"https://docs.github.com/"
                                                "rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits\"}",
                                                403));
        QCOMPARE(failures(f.collect()), 0);
        QCOMPARE(f.storedStars(repo).size(), 40);
        QVERIFY(!f.clock.waits().isEmpty());
        QVERIFY(f.clock.waits().first() >= 60'000);
    }

    // GitHub keeps a budget per resource: an exhausted GraphQL budget neither delays nor fails
    // the REST traffic of the same repository in the same run, and the message names the reset.
    void anExhaustedGraphQlBudgetLeavesTrafficAlone()
    {
        QTemporaryDir dir;
        GitHubTestServer github;
        StargazerTestServer stars;
        QVERIFY(github.listen());
        stars.setToken(github.token());
        const QDateTime reset(QDate(2026, 5, 20), QTime(14, 30), Qt::UTC);
        stars.setRateLimit(0, reset);
        stars.addStars(repo, StargazerTestServer::generate(40, kFirstStar, 10));
        github.setStargazers([&](const TestRequest &r) { return stars.answer(r); });
        github.repo(repo).windowEnd = QDate(2026, 5, 20);
        TestClock clock{QDateTime(QDate(2026, 5, 20), QTime(12, 0), Qt::UTC)};
        QProcessEnvironment env;
        env.insert(QStringLiteral("INSIGHT_GITHUB_API_URL"), github.apiUrl().toString());
        env.insert(QStringLiteral("INSIGHT_GITHUB_REPOS"), repo);
        env.insert(QStringLiteral("INSIGHT_GITHUB_TOKEN"), github.token());
        Config config(dir.path(), env);
        Tokens tokens(nullptr, env);
        Database db;
        QVERIFY(db.open(config.databasePath()).ok());
        HttpClient http(clock);
        CollectionRunner runner(db, config, tokens, clock, http);
        const RunReport report = runner.run({QStringLiteral("github_stars"), QStringLiteral("github_traffic")});
        QCOMPARE(report.sources.size(), 2);
        QVERIFY(failed(report.sources.at(0)));
        QVERIFY2(messages(report).contains(QLatin1String("14:31")) || messages(report).contains(QLatin1String("14:30")),
                 qPrintable(messages(report)));
        QVERIFY2(!failed(report.sources.at(1)), qPrintable(messages(report)));
        QCOMPARE(clock.totalWaitedMs(), 0); // traffic did not wait for GraphQL's reset
        const int days = scalar(db.handle(),
                                QStringLiteral("SELECT count(*) FROM insight_metric m JOIN insight_metric_type t ON t.id = "
                                               "m.metric_type_id WHERE t.key = 'views' AND m.subject = ?"),
                                {repo})
                             .toInt();
        QCOMPARE(days, github.repo(repo).windowDays);
    }

    // A 422 that says the endpoint was spammed is a refusal for now, not the 40,000-star cap.
    void a422ThatIsNotTheCapDoesNotMarkTheRepositoryCapped()
    {
        StarsFixture f({repo});
        f.server.setGraphQlEnabled(false);
        f.server.addStars(repo, StargazerTestServer::generate(60, kFirstStar, 11));
        f.server.injectFault(QStringLiteral("/stargazers"),
                             TestResponse::json("{\"message\":\"This endpoint has been spammed. Please try again later.\","
                                                "\"documentation_url\":\"https://docs.github.com/rest\"}",
                                                422));
        const RunReport first = f.collect();
        QCOMPARE(failures(first), 1);
        QVERIFY2(messages(first).contains(QLatin1String("spammed")), qPrintable(messages(first)));
        QVERIFY(f.state(repo, QStringLiteral("rest_capped")) != QLatin1String("1"));
        QCOMPARE(failures(f.collect()), 0);
        QCOMPARE(f.storedStars(repo).size(), 60);
        QVERIFY(f.state(repo, QStringLiteral("rest_capped")) != QLatin1String("1"));
    }

    // Settings → Test says which scopes Insights would use that the token lacks.
    void theTokenTestNamesMissingScopes()
    {
        GitHubTestServer github;
        QVERIFY(github.listen());
        HttpClient http;
        github.setScopes(QByteArray("repo"));
        auto repoOnly = TokenCheck::github(http, github.apiUrl(), github.token());
        QVERIFY2(repoOnly.ok(), qPrintable(repoOnly.errorMessage()));
        QVERIFY2(repoOnly->contains(QLatin1String("user:email")), qPrintable(*repoOnly));
        QVERIFY(repoOnly->contains(QLatin1String("octo-maintainer")));

        github.setScopes(QByteArray("repo, read:user"));
        auto full = TokenCheck::github(http, github.apiUrl(), github.token());
        QVERIFY(full.ok());
        QVERIFY2(!full->contains(QLatin1String("missing")), qPrintable(*full));

        github.setScopes(QByteArray("public_repo"));
        auto publicOnly = TokenCheck::github(http, github.apiUrl(), github.token());
        QVERIFY(publicOnly.ok());
        QVERIFY2(publicOnly->contains(QLatin1String("\"repo\" is missing")), qPrintable(*publicOnly));

        github.setScopes(std::nullopt);
        auto fineGrained = TokenCheck::github(http, github.apiUrl(), github.token());
        QVERIFY(fineGrained.ok());
        QVERIFY2(fineGrained->contains(QLatin1String("fine-grained")), qPrintable(*fineGrained));
    }

    // Settings → Test also says, per configured repository, what the token can read there, as
    // GitHub answers: traffic needs push access (403 "Must have push access to repository"), the
    // stargazer list may be shown to collaborators only, and a repository the token cannot see
    // is a 404. At most ten repositories are asked.
    void theTokenTestSaysWhatItCanReadPerRepository()
    {
        GitHubTestServer github;
        StargazerTestServer stars;
        QVERIFY(github.listen());
        stars.setToken(github.token());
        github.setStargazers([&](const TestRequest &r) { return stars.answer(r); });
        const QString own = QStringLiteral("octo/widgets"), contributed = QStringLiteral("octo/contrib"),
                      locked = QStringLiteral("octo/locked"), missing = QStringLiteral("octo/missing");
        for (const QString &name : {own, contributed, locked}) {
            github.repo(name).windowEnd = QDate(2026, 5, 20);
            stars.addStars(name, StargazerTestServer::generate(3, kFirstStar, 12));
        }
        github.repo(contributed).pushAccess = false;
        stars.setRestricted(locked, true);
        HttpClient http;
        const auto checked = TokenCheck::github(http, github.apiUrl(), github.token(), {own, contributed, locked, missing});
        QVERIFY2(checked.ok(), qPrintable(checked.errorMessage()));
        const QStringList lines = checked->split(QLatin1Char('\n'));
        const auto lineOf = [&](const QString &name) {
            for (const QString &line : lines)
                if (line.startsWith(QStringLiteral("• ") + name + QLatin1Char(' ')))
                    return line;
            return QString();
        };
        QVERIFY2(lineOf(own).contains(QLatin1String("traffic: yes; stargazer list: yes")), qPrintable(*checked));
        QVERIFY2(lineOf(contributed).contains(QLatin1String("traffic: no (GitHub: \"Must have push access to repository\"")),
                 qPrintable(*checked));
        QVERIFY2(lineOf(contributed).contains(QLatin1String("stargazer list: yes")), qPrintable(*checked));
        QVERIFY2(lineOf(locked).contains(QLatin1String("traffic: yes; stargazer list: no")), qPrintable(*checked));
        QVERIFY2(lineOf(missing).contains(QLatin1String("traffic: no")) && lineOf(missing).contains(QLatin1String("check the name")),
                 qPrintable(*checked));
        QCOMPARE(github.requestCount(QStringLiteral("/traffic/views")), 4);
        QCOMPARE(github.requestCount(QStringLiteral("/stargazers")), 4);

        QStringList many;
        for (int i = 0; i < 12; ++i)
            many << QStringLiteral("octo/repo%1").arg(i);
        const auto capped = TokenCheck::github(http, github.apiUrl(), github.token(), many);
        QVERIFY(capped.ok());
        QCOMPARE(github.requestCount(QStringLiteral("/traffic/views")), 4 + TokenCheck::kMaxCheckedRepos);
        QVERIFY2(capped->contains(QLatin1String("Only the first 10")), qPrintable(*capped));

        // A refused token asks nothing more.
        const int before = github.requestCount();
        QVERIFY(!TokenCheck::github(http, github.apiUrl(), QStringLiteral("ghp_wrong"), {own}).ok());
        QCOMPARE(github.requestCount() - before, 1);
    }
};

QTEST_GUILESS_MAIN(TestGitHubAnswers)
#include "tst_githubanswers.moc"
