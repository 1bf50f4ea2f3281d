// Every network fault of SPEC §4 against every source that speaks HTTP: github_traffic,
// github_stars, plausible and reddit on their protocol servers, pypi and github_events on the
// ClickHouse engine (chDB) whose HTTP layer misbehaves on request. The collectors, the HTTP client
// and SQLite are the real ones, in process; a test clock makes waits instant and records them,
// and an attempt times out after 2 s so a silent server costs seconds, not minutes.
//
// Each case starts from a new database and meets one fault. It must either complete with exactly
// the data of a clean run (retried 5xx, a silent or cut-short answer once, rate limits waited out
// for as long as told), or fail naming its subject and the cause with nothing written; then the
// next run, the fault gone, completes. A redirect to another host must never carry a secret.
#include "collectors/collectionrunner.h"
#include "collectors/reddit/reddittracker.h"
#include "clickhouseengine.h"
#include "config/config.h"
#include "githubtestserver.h"
#include "http/httpclient.h"
#include "plausibletestserver.h"
#include "reddittestserver.h"
#include "serverenvironment.h"
#include "secrets/memorysecretstore.h"
#include "secrets/tokens.h"
#include "stargazerserver.h"
#include "storage/database.h"
#include "testclock.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace insights;
using namespace insights::test;

namespace {

const QDateTime kNow(QDate(2026, 5, 20), QTime(12, 0), Qt::UTC);
constexpr qint64 kBodyCap = 1 << 20;

// One misbehaviour, served `times` times to the source's first request path.
struct Fault {
    enum Kind { Status, Hang, Truncate, Huge, RedirectElsewhere } kind = Status;
    int status = 503;
    int times = 1;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

enum class Expect { Completes, Fails };

// Which sources a case applies to.
enum class Only {
    All,
    // Not the ClickHouse sources: ClickHouse answers its own exceptions (a memory limit, a
    // timeout) with HTTP 500, which asking again would only repeat, so its client retries 502,
    // 503 and 504 from a proxy in front but not 500.
    NotClickHouse,
    GitHub, // GitHub's own ways of saying "rate limited": a 403 with x-ratelimit-* or a message
};

struct Case {
    const char *name;
    QList<Fault> faults; // in order
    Expect expect;
    QString mustSay;     // part of the failure message (Fails)
    qint64 minWaitMs = 0; // the run waited at least this long in total (rate limits)
    Only only = Only::All;
};

Fault status(int code, int times = 1, QList<QPair<QByteArray, QByteArray>> headers = {}, QByteArray body = {})
{
    Fault f;
    f.status = code;
    f.times = times;
    f.headers = std::move(headers);
    f.body = std::move(body);
    return f;
}

Fault of(Fault::Kind kind, int times)
{
    Fault f;
    f.kind = kind;
    f.times = times;
    return f;
}

QList<Case> cases()
{
    const qint64 resetIn = 600; // s
    return {
        {"500, 502, 503, then an answer", {status(500), status(502), status(503)}, Expect::Completes, {}, 0, Only::NotClickHouse},
        {"502, 503, 504, then an answer", {status(502), status(503), status(504)}, Expect::Completes, {}},
        {"503 every time", {status(503, 50)}, Expect::Fails, QStringLiteral("503")},
        {"silent once", {of(Fault::Hang, 1)}, Expect::Completes, {}},
        {"silent every time", {of(Fault::Hang, 50)}, Expect::Fails, QStringLiteral("no answer")},
        {"cut short once", {of(Fault::Truncate, 1)}, Expect::Completes, {}},
        {"cut short every time", {of(Fault::Truncate, 50)}, Expect::Fails, QStringLiteral("closed before the answer was complete")},
        {"429 retry-after 90 s", {status(429, 1, {{"Retry-After", "90"}})}, Expect::Completes, {}, 90'000},
        {"429 without retry-after", {status(429)}, Expect::Completes, {}, 60'000},
        {"429 retry-after 2 h", {status(429, 50, {{"Retry-After", "7200"}})}, Expect::Fails,
         QStringLiteral("2026-05-20 14:00 UTC")},
        {"body over the size cap", {of(Fault::Huge, 50)}, Expect::Fails, QStringLiteral("larger than 1 MiB")},
        // Plausible does not follow redirects at all (its key never leaves); the others follow
        // without the secret and meet the other host's 503.
        {"redirect to another host", {of(Fault::RedirectElsewhere, 50)}, Expect::Fails, {}},
        {"403 primary limit until reset",
         {status(403, 1,
                 {{"x-ratelimit-remaining", "0"}, {"x-ratelimit-reset", QByteArray::number(kNow.toSecsSinceEpoch() + resetIn)}},
                 "{\"message\":\"API rate limit exceeded\"}")},
         Expect::Completes, {}, resetIn * 1000, Only::GitHub},
        {"403 secondary limit", {status(403, 1, {}, "{\"message\":\"You have exceeded a secondary rate limit.\"}")},
         Expect::Completes, {}, 60'000, Only::GitHub},
    };
}

// What a collection leaves behind, without the times that depend on how long it waited (when a
// post was fetched, when stars were last reconciled, when a source was last collected).
QString stored(QSqlDatabase &db)
{
    static const QRegularExpression fetchedAt(QStringLiteral("\"fetched_at\":\"[^\"]*\""));
    QString out;
    for (const char *sql : {"SELECT t.key, m.subject, m.date, m.period, m.item, m.value, m.metadata FROM insight_metric m "
                            "JOIN insight_metric_type t ON t.id = m.metric_type_id ORDER BY 1, 2, 3, 4, 5",
                            "SELECT source_id, subject, date, kind, item, title, metadata FROM insight_event ORDER BY 1, 2, 3, 4, 5",
                            "SELECT source_id, subject, key, CASE WHEN key LIKE '%\\_at' ESCAPE '\\' THEN 'a time' ELSE value END "
                            "FROM collector_state ORDER BY 1, 2, 3",
                            "SELECT post_id, subreddit, title, permalink, created_utc FROM reddit_post ORDER BY 1",
                            "SELECT key, last_collected_at IS NOT NULL FROM insight_source ORDER BY 1"}) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(sql)))
            return QStringLiteral("cannot read: ") + QString::fromLatin1(sql);
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                out += q.value(i).toString() + u'|';
            out += u'\n';
        }
    }
    return out.replace(fetchedAt, QStringLiteral("\"fetched_at\":…"));
}

} // namespace

class TestNetworkFaults : public QObject {
    Q_OBJECT

    TestClock m_clock{kNow};
    GitHubTestServer m_github;
    StargazerTestServer m_stars;
    PlausibleTestServer m_plausible{&m_clock};
    RedditTestServer m_reddit;
    ClickHouseEngine m_clickhouse;
    LocalHttpServer m_elsewhere; // where redirects lead: another origin
    QProcessEnvironment m_env;
    QHash<QString, QString> m_reference; // source → what a clean run stores

    struct Target {
        QString subject;
        LocalHttpServer *server = nullptr; // null: the ClickHouse engine
        QString path;                      // the request path that meets the fault
    };

    Target targetOf(const QString &source)
    {
        if (source == QLatin1String("github_traffic"))
            return {kRepo, &m_github.http(), QStringLiteral("/traffic/views")};
        if (source == QLatin1String("github_stars"))
            return {kRepo, &m_github.http(), QStringLiteral("/graphql")};
        if (source == QLatin1String("plausible"))
            return {kSite, &m_plausible.http(), QStringLiteral("/api/v2/query")};
        if (source == QLatin1String("reddit"))
            return {kPost, &m_reddit.http(), kPost};
        if (source == QLatin1String("pypi"))
            return {kPackage, nullptr, {}};
        return {kRepo, nullptr, {}}; // github_events
    }

    void inject(const Target &target, const Fault &fault)
    {
        if (!target.server) {
            QUrlQuery extra;
            QString mode;
            switch (fault.kind) {
            case Fault::Status:
                mode = QStringLiteral("status");
                extra.addQueryItem(QStringLiteral("status"), QString::number(fault.status));
                for (const auto &[name, value] : fault.headers)
                    if (name.compare("Retry-After", Qt::CaseInsensitive) == 0)
                        extra.addQueryItem(QStringLiteral("retry_after"), QString::fromLatin1(value));
                break;
            case Fault::Hang: mode = QStringLiteral("hang"); break;
            case Fault::Truncate: mode = QStringLiteral("truncate"); break;
            case Fault::Huge:
                mode = QStringLiteral("huge");
                extra.addQueryItem(QStringLiteral("bytes"), QString::number(3 * kBodyCap));
                break;
            case Fault::RedirectElsewhere:
                mode = QStringLiteral("status");
                extra.addQueryItem(QStringLiteral("status"), QStringLiteral("307"));
                extra.addQueryItem(QStringLiteral("location"), m_elsewhere.url(QStringLiteral("/moved")).toString());
                break;
            }
            QVERIFY(m_clickhouse.injectFault(mode, fault.times, extra));
            return;
        }
        TestResponse r;
        r.status = fault.status;
        r.headers = fault.headers;
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        r.body = fault.body.isEmpty() ? QByteArrayLiteral("{\"message\":\"Server Error\"}") : fault.body;
        switch (fault.kind) {
        case Fault::Status: break;
        case Fault::Hang: r.hang = true; break;
        case Fault::Truncate:
            r.status = 200;
            r.body = "{\"data\": {\"items\": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}}";
            r.truncateAt = 12;
            break;
        case Fault::Huge:
            r.status = 200;
            r.body = QByteArray(3 * kBodyCap, ' ');
            break;
        case Fault::RedirectElsewhere:
            r.status = 307;
            r.headers.append(qMakePair(QByteArray("Location"), m_elsewhere.url(QStringLiteral("/moved")).toEncoded()));
            break;
        }
        target.server->injectFault(target.path, r, fault.times);
    }

    void clearFaults()
    {
        for (LocalHttpServer *s : {&m_github.http(), &m_plausible.http(), &m_reddit.http()})
            s->clearFaults();
        QVERIFY(m_clickhouse.injectFault(QStringLiteral("clear")));
    }

    struct Run {
        bool ok = false;
        QString message;
        QString subject;
        qint64 waitedMs = 0;
    };

    Run collect(Database &db, const QString &source)
    {
        Config config(QString(), m_env);
        MemorySecretStore secrets;
        Tokens tokens(&secrets, m_env);
        HttpOptions options;
        options.timeoutMs = 2000;
        options.maxBodyBytes = kBodyCap;
        HttpClient http(m_clock, options);
        CollectionRunner runner(db, config, tokens, m_clock, http);
        const qint64 waitedBefore = m_clock.totalWaitedMs();
        CollectOptions collectOptions;
        collectOptions.lookbackDays = 30;
        const RunReport report = runner.run({source}, collectOptions);
        Run run;
        run.waitedMs = m_clock.totalWaitedMs() - waitedBefore;
        const SourceOutcome outcome = report.sources.value(0);
        run.ok = !report.anyFailed() && outcome.state == SourceOutcome::State::Ok;
        run.message = outcome.message;
        for (const SubjectOutcome &s : outcome.subjects)
            if (!s.ok)
                run.message += s.message, run.subject = s.subject;
        return run;
    }

    // A new database, ready for `source` (Reddit's post is tracked first, as `reddit add` would).
    bool prepare(const QTemporaryDir &dir, Database &db, const QString &source)
    {
        if (!db.open(dir.filePath(QStringLiteral("insights.db"))).ok())
            return false;
        if (source != QLatin1String("reddit"))
            return true;
        Config config(QString(), m_env);
        HttpClient http(m_clock);
        RedditTracker tracker(db, config, m_clock, http);
        return tracker.add(QStringLiteral("https://redd.it/") + kPost).ok();
    }

    static QStringList sources()
    {
        return {QStringLiteral("github_traffic"), QStringLiteral("github_stars"), QStringLiteral("plausible"),
                QStringLiteral("reddit"), QStringLiteral("pypi"), QStringLiteral("github_events")};
    }

private slots:
    // The engine keeps the public endpoint's quota (60 queries an hour per client); this suite runs
    // far more collections than a user would in an hour (a PyPI year alone is 14 queries since the
    // Python versions and systems came), so every case starts with a fresh hour.
    void init()
    {
        if (!m_clickhouse.url().isEmpty())
            QVERIFY(m_clickhouse.resetQuota());
    }

    void initTestCase()
    {
        QVERIFY(serveSmallFixture(m_github, m_stars, m_plausible, m_reddit, kNow));
        m_elsewhere.setHandler([](const TestRequest &) { return TestResponse::json("{\"message\":\"Service Unavailable\"}", 503); });
        QVERIFY(m_elsewhere.listen());
        const QString engineFailure = m_clickhouse.start();
        QVERIFY2(engineFailure.isEmpty(), qPrintable(engineFailure));

        m_env = serverEnvironment({&m_github, &m_plausible, &m_reddit, &m_clickhouse});

        // What each source stores when nothing goes wrong: every completed case must equal it.
        for (const QString &source : sources()) {
            QTemporaryDir dir;
            Database db;
            QVERIFY2(prepare(dir, db, source), qPrintable(source));
            const Run clean = collect(db, source);
            QVERIFY2(clean.ok, qPrintable(source + u' ' + clean.message));
            m_reference.insert(source, stored(db.handle()));
            qInfo("%s: a clean run stores %lld lines", qPrintable(source), qlonglong(m_reference.value(source).count(u'\n')));
            QVERIFY2(m_reference.value(source).count(u'\n') > 6, qPrintable(source + u' ' + m_reference.value(source)));
        }
    }

    void everyFaultEndsInCompleteDataOrAClearFailure_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("index");
        const QList<Case> all = cases();
        for (const QString &source : sources()) {
            const bool clickHouse = !targetOf(source).server;
            const bool github = !clickHouse && source.startsWith(QLatin1String("github_"));
            for (int i = 0; i < all.size(); ++i)
                if (all[i].only == Only::All || (all[i].only == Only::NotClickHouse && !clickHouse)
                    || (all[i].only == Only::GitHub && github))
                    QTest::addRow("%s: %s", qPrintable(source), all[i].name) << source << i;
        }
    }

    void everyFaultEndsInCompleteDataOrAClearFailure()
    {
        QFETCH(QString, source);
        QFETCH(int, index);
        const Case c = cases().at(index);
        const Target target = targetOf(source);
        QTemporaryDir dir;
        Database db;
        QVERIFY(prepare(dir, db, source));
        const QString before = stored(db.handle());
        m_elsewhere.clearRequests();
        m_clock.setNow(kNow); // every case at the same time, whatever earlier cases waited

        for (const Fault &f : c.faults)
            inject(target, f);
        const Run run = collect(db, source);
        const int unserved = target.server ? target.server->pendingFaults() : m_clickhouse.pendingFaults();
        clearFaults();

        for (const TestRequest &r : m_elsewhere.requests()) // a secret stays with its own host
            QVERIFY2(r.header("authorization").isEmpty(), qPrintable(r.path));
        if (c.expect == Expect::Completes) {
            QCOMPARE(unserved, 0); // the run met every fault, and still completed
            QVERIFY2(run.ok, qPrintable(run.message));
            QVERIFY2(run.waitedMs >= c.minWaitMs, qPrintable(QStringLiteral("waited %1 ms").arg(run.waitedMs)));
            const QString got = stored(db.handle());
            if (got != m_reference.value(source)) {
                const QStringList a = got.split(u'\n'), b = m_reference.value(source).split(u'\n');
                for (int i = 0; i < qMax(a.size(), b.size()); ++i)
                    if (a.value(i) != b.value(i)) { qWarning("got  %s\nwant %s", qPrintable(a.value(i)), qPrintable(b.value(i))); break; }
            }
            QCOMPARE(got, m_reference.value(source));
            return;
        }
        QVERIFY2(!run.ok, "the fault went unnoticed");
        QCOMPARE(run.subject, target.subject);
        QVERIFY2(run.message.contains(target.subject, Qt::CaseInsensitive) && run.message.contains(c.mustSay),
                 qPrintable(run.message));
        QCOMPARE(stored(db.handle()), before); // nothing of the failed run
        if (Fault::RedirectElsewhere == c.faults.first().kind) {
            const bool follows = source != QLatin1String("plausible");
            QCOMPARE(m_elsewhere.requests().isEmpty(), !follows);
            QVERIFY2(run.message.contains(follows ? QStringLiteral("503") : QStringLiteral("HTTP 307")), qPrintable(run.message));
        }

        const Run next = collect(db, source); // the fault is gone: the next run completes
        QVERIFY2(next.ok, qPrintable(next.message));
        QCOMPARE(stored(db.handle()), m_reference.value(source));
    }
};

QTEST_GUILESS_MAIN(TestNetworkFaults)
#include "tst_networkfaults.moc"
