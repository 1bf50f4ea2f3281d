// github_events against the ClickHouse test engine as the public endpoint serves user `demo`
// (github_events sorted by repo_id, a read limit a repo_name filter exceeds, answers cut at 1,000
// rows, 60 queries an hour): the repository's id is looked up once and remembered, and over a
// year every stored day of star_events and each activity_summary key equals the engine's own
// count over that repo_id — in the planned queries (lookup, days, windows of releases and forks),
// with no setting outside the four; a renamed repository keeps the history of its old name; an
// unknown one says so; days after the newest event are gaps and the newest day is partial;
// releases and forks are each stored once; a window without events stores nothing and no date;
// a forced cut fails clearly; a name that is not a repository asks nothing.
#include "clickhouse/daywindows.h"
#include "clickhouseengine.h"
#include "githubtestserver.h"
#include "collectors/collectionrunner.h"
#include "config/config.h"
#include "http/httpclient.h"
#include "secrets/memorysecretstore.h"
#include "secrets/tokens.h"
#include "sqlprobe.h"
#include "storage/database.h"
#include "testclock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace insights;
using namespace insights::test;

class TestGitHubEvents : public QObject {
    Q_OBJECT
    const QDate loadedUntil{2026, 5, 19};
    const QString repo = QStringLiteral("octo/widgets");
    ClickHouseEngine engine{loadedUntil};

    RunReport collect(Database &db, const QString &dir, const QString &repos, TestClock &clock, int *queries = nullptr,
                      GitHubTestServer *github = nullptr, int lookbackDays = 0)
    {
        QProcessEnvironment env;
        if (github) {
            env.insert(QStringLiteral("INSIGHT_GITHUB_API_URL"), github->apiUrl().toString());
            env.insert(QStringLiteral("INSIGHT_GITHUB_TOKEN"), github->token());
        }
        env.insert(QStringLiteral("INSIGHT_CLICKHOUSE_URL"), engine.url().toString());
        env.insert(QStringLiteral("INSIGHT_GITHUB_REPOS"), repos);
        Config config(dir, env);
        MemorySecretStore secrets;
        Tokens tokens(&secrets, env);
        HttpClient http(clock);
        CollectionRunner runner(db, config, tokens, clock, http);
        const int before = engine.queriesServed();
        const RunReport report = runner.run({QStringLiteral("github_events")}, CollectOptions{lookbackDays});
        if (queries)
            *queries = engine.queriesServed() - before;
        return report;
    }

    static QString messageOf(const RunReport &report)
    {
        QStringList out;
        for (const SourceOutcome &s : report.sources)
            for (const SubjectOutcome &o : s.subjects)
                if (!o.ok)
                    out << o.message;
        return out.join(u'\n');
    }

    // A repository's id in the engine's data, asked of the engine itself.
    QString engineRepoId(const QString &name)
    {
        const auto rows = engine.rows(QStringLiteral("SELECT any(repo_id) AS id FROM github.repo_name_to_id WHERE repo_name = '%1'").arg(name));
        return rows.isEmpty() ? QString() : rows.first().value(QLatin1String("id")).toString();
    }

    qint64 engineCount(const QString &where, const QString &name = QStringLiteral("octo/widgets"))
    {
        const auto rows = engine.rows(QStringLiteral("SELECT count() AS n FROM github.github_events WHERE repo_id = '%1' AND ")
                                          .arg(engineRepoId(name)) + where);
        return rows.isEmpty() ? -1 : rows.first().value(QLatin1String("n")).toInteger();
    }

    // Lookup, the days, then windows of releases and forks packed from the engine's own counts.
    int plannedQueries(const QString &id, const QDate &first, const QDate &last, bool lookup)
    {
        QMap<QDate, qint64> rows;
        for (QDate d = first; d <= last; d = d.addDays(1))
            rows.insert(d, 0);
        for (const QJsonObject &r : engine.rows(QStringLiteral(
                 "SELECT toString(toDate(created_at)) AS d, uniqExactIf(actor_login, event_type = 'ForkEvent') "
                 "+ countIf(event_type = 'ReleaseEvent' AND action = 'published') AS n FROM github.github_events "
                 "WHERE repo_id = '%1' AND toDate(created_at) BETWEEN '%2' AND '%3' GROUP BY d")
                                                    .arg(id, first.toString(Qt::ISODate), last.toString(Qt::ISODate))))
            rows[QDate::fromString(r.value(QLatin1String("d")).toString(), Qt::ISODate)] = r.value(QLatin1String("n")).toInteger();
        int queries = (lookup ? 1 : 0) + 1;
        for (const DayWindow &w : daywindows::pack(rows))
            queries += w.queries();
        return queries;
    }

    // Every request since the last reset: no setting outside the four, every answer under 1,000 rows.
    void checkRequests()
    {
        const QStringList allowed = ClickHouseEngine::changeableSettings();
        for (const QString &name : engine.settingsSeen())
            QVERIFY2(allowed.contains(name), qPrintable(name));
        for (const QJsonValue &r : engine.requests().value(QLatin1String("requests")).toArray())
            QVERIFY(r.toObject().value(QLatin1String("result_rows")).toInteger() < 1000);
    }

private slots:
    void initTestCase()
    {
        const QString failure = engine.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(engine.profile(), QStringLiteral("demo"));
    }

    void init()
    {
        QVERIFY(engine.resetQuota());
        QVERIFY(engine.resetLimits());
        QVERIFY(engine.resetRequests());
    }

    void aYearOfDaysEqualsTheEnginesOwnCounts()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("insights.db"))).ok());
        TestClock clock(QDateTime(loadedUntil.addDays(1), QTime(12, 0), Qt::UTC));
        int queries = 0;
        const RunReport report = collect(db, dir.path(), repo, clock, &queries);
        QVERIFY2(!report.anyFailed(), qPrintable(messageOf(report)));
        const QDate today = clock.todayUtc();
        const QString repoId = engineRepoId(repo);
        QVERIFY(!repoId.isEmpty());
        const int planned = plannedQueries(repoId, today.addDays(-364), loadedUntil, true);
        qInfo("a first year of %s without a token: %d queries (planned %d)", qPrintable(repo), queries, planned);
        QCOMPARE(queries, planned);
        checkRequests();
        QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT value FROM collector_state WHERE key = 'dataset_newest_event'")).toString().left(10),
                 loadedUntil.toString(Qt::ISODate));
        QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT value FROM collector_state WHERE key = 'repo_id' AND subject = ?"), {repo}).toString(),
                 repoId);

        QVERIFY(!metricValue(db.handle(), QStringLiteral("star_events"), repo, today).isValid()); // not loaded yet: a gap
        const QList<QPair<QString, QString>> keys{{QStringLiteral("push"), QStringLiteral("PushEvent")},
                                                  {QStringLiteral("issues"), QStringLiteral("IssuesEvent")},
                                                  {QStringLiteral("pull_requests"), QStringLiteral("PullRequestEvent")},
                                                  {QStringLiteral("pull_request_reviews"), QStringLiteral("PullRequestReviewEvent")},
                                                  {QStringLiteral("issue_comments"), QStringLiteral("IssueCommentEvent")},
                                                  {QStringLiteral("forks"), QStringLiteral("ForkEvent")},
                                                  {QStringLiteral("stars"), QStringLiteral("WatchEvent")},
                                                  {QStringLiteral("releases"), QStringLiteral("ReleaseEvent")},
                                                  {QStringLiteral("creates"), QStringLiteral("CreateEvent")},
                                                  {QStringLiteral("deletes"), QStringLiteral("DeleteEvent")}};
        // The engine's own counts for every day and type of the year, in one question.
        QHash<QDate, QHash<QString, qint64>> engineDays;
        QHash<QDate, qint64> engineStars;
        for (const QJsonObject &r : engine.rows(QStringLiteral(
                 "SELECT toString(toDate(created_at)) AS day, toString(event_type) AS type, count() AS n, "
                 "countIf(event_type = 'WatchEvent' AND action = 'started') AS s FROM github.github_events "
                 "WHERE repo_id = '%2' AND created_at >= '%1 00:00:00' GROUP BY day, type")
                                                    .arg(today.addDays(-364).toString(Qt::ISODate), repoId))) {
            const QDate d = QDate::fromString(r.value(QLatin1String("day")).toString(), Qt::ISODate);
            engineDays[d][r.value(QLatin1String("type")).toString()] += r.value(QLatin1String("n")).toInteger();
            engineStars[d] += r.value(QLatin1String("s")).toInteger();
        }
        int days = 0;
        for (QDate d = today.addDays(-364); d <= loadedUntil; d = d.addDays(1), ++days) {
            QCOMPARE(metricValue(db.handle(), QStringLiteral("star_events"), repo, d).toLongLong(), engineStars.value(d));
            qint64 all = 0;
            for (qint64 n : engineDays.value(d))
                all += n;
            QCOMPARE(metricValue(db.handle(), QStringLiteral("activity_summary"), repo, d).toLongLong(), all);
            const QJsonObject meta = QJsonDocument::fromJson(
                scalar(db.handle(), QStringLiteral("SELECT m.metadata FROM insight_metric m JOIN insight_metric_type t ON t.id = m.metric_type_id "
                                                    "WHERE t.key = 'activity_summary' AND m.subject = ? AND m.date = ?"),
                       {repo, d.toString(Qt::ISODate)}).toString().toUtf8()).object();
            for (const auto &[key, type] : keys)
                QCOMPARE(qint64(meta.value(key).toDouble()), engineDays.value(d).value(type));
        }
        QCOMPARE(days, 364);
        QVERIFY(engineCount(QStringLiteral("event_type = 'WatchEvent'")) > 0); // the data is really there
        QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT json_extract(m.metadata, '$.partial') FROM insight_metric m JOIN insight_metric_type t "
                                                     "ON t.id = m.metric_type_id WHERE t.key = 'star_events' AND m.date = ?"),
                        {loadedUntil.toString(Qt::ISODate)}).toInt(), 1);
        const QString window = QStringLiteral("created_at >= '%1 00:00:00'").arg(today.addDays(-364).toString(Qt::ISODate));
        QCOMPARE(countRows(db.handle(), QStringLiteral("releases"), repo),
                 engineCount(window + QStringLiteral(" AND event_type = 'ReleaseEvent' AND action = 'published'")));
        const auto forks = engine.rows(QStringLiteral("SELECT uniqExact(toDate(created_at), actor_login) AS n FROM github.github_events "
                                                      "WHERE repo_id = '%1' AND event_type = 'ForkEvent' AND ").arg(repoId) + window);
        QCOMPARE(countRows(db.handle(), QStringLiteral("forks"), repo), forks.first().value(QLatin1String("n")).toInteger());

        // The next day re-reads from the newest stored day, without looking the id up again, and
        // changes nothing already final.
        const qint64 rows = countRows(db.handle());
        clock.advanceDays(1);
        QVERIFY(!collect(db, dir.path(), repo, clock, &queries).anyFailed());
        qInfo("a daily run without a token: %d queries", queries);
        QCOMPARE(queries, 2); // the days and one window
        QCOMPARE(countRows(db.handle()), rows);
        checkRequests();
    }

    // octo/renamed was octo/old-name until 200 days ago: one repo_id, so a year holds both names' events.
    void aRenamedRepositoryKeepsItsHistory()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("insights.db"))).ok());
        TestClock clock(QDateTime(loadedUntil.addDays(1), QTime(12, 0), Qt::UTC));
        const QString renamed = QStringLiteral("octo/renamed");
        const RunReport report = collect(db, dir.path(), renamed, clock);
        QVERIFY2(!report.anyFailed(), qPrintable(messageOf(report)));
        const QString window = QStringLiteral("created_at >= '%1 00:00:00'").arg(clock.todayUtc().addDays(-364).toString(Qt::ISODate));
        const qint64 all = engineCount(window, renamed);
        const qint64 byName = engine.rows(QStringLiteral("SELECT count() AS n FROM github.github_events WHERE repo_name = 'octo/renamed' AND ")
                                          + window).first().value(QLatin1String("n")).toInteger();
        QVERIFY(all > byName);
        QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT SUM(m.value) FROM insight_metric m JOIN insight_metric_type t ON t.id = m.metric_type_id "
                                                     "WHERE t.key = 'activity_summary' AND m.subject = ?"), {renamed}).toLongLong(),
                 all);
    }

    void anUnknownRepositorySaysSo()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("insights.db"))).ok());
        TestClock clock(QDateTime(loadedUntil.addDays(1), QTime(12, 0), Qt::UTC));
        int queries = 0;
        const RunReport report = collect(db, dir.path(), QStringLiteral("octo/nowhere"), clock, &queries);
        QVERIFY(report.anyFailed());
        QVERIFY2(messageOf(report).contains(QLatin1String("knows no repository named \"octo/nowhere\"")), qPrintable(messageOf(report)));
        QCOMPARE(queries, 1);
        QCOMPARE(countRows(db.handle()), 0);
    }

    // A window in which the repository has no event: nothing stored, no date taken from an empty
    // max(created_at) (1970-01-01), and the run is not a failure.
    void noEventInTheWindowIsNoData()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("insights.db"))).ok());
        TestClock clock(QDateTime(loadedUntil.addDays(60), QTime(12, 0), Qt::UTC));
        const RunReport report = collect(db, dir.path(), repo, clock, nullptr, nullptr, 30);
        QVERIFY2(!report.anyFailed(), qPrintable(messageOf(report)));
        QCOMPARE(countRows(db.handle()), 0);
        QVERIFY(!scalar(db.handle(), QStringLiteral("SELECT value FROM collector_state WHERE key = 'dataset_newest_event'")).isValid());
        QVERIFY2(report.sources.first().subjects.first().notes.join(u' ').contains(QLatin1String("no event")),
                 qPrintable(report.sources.first().subjects.first().notes.join(u' ')));
    }

    void aForcedCutFailsClearlyAndStoresNothing()
    {
        QVERIFY(engine.setLimits(-1, 2000)); // a year of one repository reads far more
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("insights.db"))).ok());
        TestClock clock(QDateTime(loadedUntil.addDays(1), QTime(12, 0), Qt::UTC));
        const RunReport report = collect(db, dir.path(), repo, clock);
        QVERIFY(engine.resetLimits());
        QVERIFY(report.anyFailed());
        QVERIFY2(messageOf(report).contains(QLatin1String("ClickHouse would have cut the answer")), qPrintable(messageOf(report)));
        QCOMPARE(countRows(db.handle()), 0);
    }

    void withATokenReleasesAndForksComeCompleteFromGitHub()
    {
        GitHubTestServer github;
        QVERIFY(github.listen());
        GitHubTestServer::Repo &r = github.repo(repo);
        const QDateTime t0(QDate(2024, 1, 1), QTime(10, 0), Qt::UTC);
        r.releases = {{QStringLiteral("v3.0.0-rc1"), QString(), QStringLiteral("ann"), QDateTime(), true},  // a draft
                      {QStringLiteral("v2.0.0"), QStringLiteral("Two"), QStringLiteral("bob"), t0.addDays(300), false},
                      {QStringLiteral("v1.0.0"), QString(), QStringLiteral("ann"), t0, false}};
        for (int i = 0; i < 250; ++i)
            r.forkList.append({QStringLiteral("forker%1").arg(i), t0.addSecs(3600LL * (250 - i))});
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("insights.db"))).ok());
        TestClock clock(QDateTime(loadedUntil.addDays(1), QTime(12, 0), Qt::UTC));
        const int before = engine.queriesServed();
        const RunReport report = collect(db, dir.path(), repo, clock, nullptr, &github);
        QVERIFY2(!report.anyFailed(), qPrintable(report.sources.first().subjects.first().message));
        QCOMPARE(engine.queriesServed() - before, 2); // the id and the days; releases and forks came from GitHub
        QCOMPARE(github.requestCount(QStringLiteral("/forks")), 3);
        QCOMPARE(countRows(db.handle(), QStringLiteral("forks"), repo), 250);
        QCOMPARE(countRows(db.handle(), QStringLiteral("releases"), repo), 2);
        QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT json_extract(metadata, '$.name') IS NULL AND json_extract(metadata, '$.actor') = 'ann' "
                                                     "FROM insight_metric WHERE item = 'v1.0.0'")).toInt(), 1);
        QVERIFY(metricValue(db.handle(), QStringLiteral("releases"), repo, t0.addDays(300).date(), QStringLiteral("event"), QStringLiteral("v2.0.0")).isValid());
    }

    // GitHub's description allows null for a fork's created_at and a release's name: a list with
    // such entries never fails the subject; what cannot be dated is left out with a note.
    void nullFieldsInForksAndReleasesNeverFailASubject()
    {
        GitHubTestServer github;
        QVERIFY(github.listen());
        GitHubTestServer::Repo &r = github.repo(repo);
        const QDateTime t0(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC);
        r.releases = {{QStringLiteral("v0.2.0"), QString(), QStringLiteral("ann"), t0.addDays(5), false}};
        r.forkList = {{QStringLiteral("dated"), t0.addDays(2)}, {QStringLiteral("undated"), QDateTime()},
                      {QStringLiteral("early"), t0}};
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("insights.db"))).ok());
        TestClock clock(QDateTime(loadedUntil.addDays(1), QTime(12, 0), Qt::UTC));
        const RunReport report = collect(db, dir.path(), repo, clock, nullptr, &github);
        QVERIFY2(!report.anyFailed(), qPrintable(report.sources.first().subjects.first().message));
        QCOMPARE(countRows(db.handle(), QStringLiteral("forks"), repo), 2);
        QCOMPARE(countRows(db.handle(), QStringLiteral("releases"), repo), 1);
    }

    void aNameThatIsNotARepositoryAsksNothing()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("insights.db"))).ok());
        TestClock clock(QDateTime(loadedUntil, QTime(12, 0), Qt::UTC));
        int queries = -1;
        const RunReport report = collect(db, dir.path(), QStringLiteral("octo/widgets'--"), clock, &queries);
        QVERIFY(report.anyFailed());
        QCOMPARE(queries, 0);
        QCOMPARE(countRows(db.handle()), 0);
    }
};

QTEST_GUILESS_MAIN(TestGitHubEvents)
#include "tst_githubevents.moc"
