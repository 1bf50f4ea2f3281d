#pragma once
// The ClickHouse test engine (tests/clickhouse/server.js: chDB behind ClickHouse's HTTP
// interface) as a child process on 127.0.0.1, with the public endpoint's tables and generated
// data. By default it behaves like sql-clickhouse.clickhouse.com for user `demo` (readonly, four
// changeable settings, answers cut at 1,000 rows and long reads cut, 60 queries an hour per
// client: tests/clickhouse/README.md); profile "open" drops all of that. Also lets a test ask the
// engine directly for the figures a collector's results must equal, and drive the test controls.
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace insights::test {

class ClickHouseEngine {
public:
    // `endDate`: the newest day of the generated data. `profile`: "demo" (the public endpoint) or
    // "open" (no readonly, no limits, no quota: the engine before issue 17).
    explicit ClickHouseEngine(const QDate &endDate = QDate(2026, 5, 19), const QString &profile = QStringLiteral("demo"));
    ~ClickHouseEngine();

    // Empty when running; otherwise what went wrong (e.g. the engine is not installed).
    QString start();
    QUrl url() const { return m_url; }
    QString user() const { return QStringLiteral("demo"); }

    // The settings user `demo` may change (setup.sql's CHANGEABLE_IN_READONLY); any other setting
    // is refused with code 164 unless it equals the current value.
    static QStringList changeableSettings();
    // The header that makes a request another client of the quota (the engine's own, not ClickHouse's).
    static QByteArray clientHeader() { return QByteArrayLiteral("X-Test-Client"); }

    // Runs `sql` as the test's own question (JSONEachRow rows); for expected values. Not subject
    // to the profile, the limits or the quota, and not counted or logged.
    QList<QJsonObject> rows(const QString &sql);

    // A query as a client of the endpoint would send it (profile, limits and quota apply):
    // `settings` go in the URL next to default_format=JSON; `client` empty means this machine.
    struct Answer {
        int status = 0;
        int code = 0;       // X-ClickHouse-Exception-Code, 0 when none
        QByteArray body;
        QJsonObject json;   // the parsed body when it is JSON
    };
    Answer ask(const QString &sql, const QUrlQuery &settings = {}, const QString &client = {});

    // The next `times` queries fail as the public endpoint can: "error_in_200", "quota", "timeout";
    // or as the HTTP layer in front of it can: "status" (`extra` status=, retry_after=, location=),
    // "hang", "truncate", "huge" (bytes=). "clear" drops what is left.
    bool injectFault(const QString &mode, int times = 1, const QUrlQuery &extra = {});
    // The server's default for quoting 64-bit integers in JSON: "on" (as before ClickHouse 25.8),
    // "off" (25.8 and later), "client" (the engine's own, off). Under profile demo a client that
    // sends another value gets code 164; under "open" the answer is forced whatever it asks.
    bool forceQuote64(const QString &mode);

    // Profile "demo" or "open", switched at once (the limits and the quota keep their state).
    bool setProfile(const QString &profile);
    QString profile();

    // The demo profile's limits; a negative value leaves that one as it is. max_result_rows is
    // 1,000 by default; max_rows_to_read is scaled to the generated data (a year of one tracked
    // repository by repo_id reads less, any filter on repo_name more). Both cut silently unless
    // the query sets the overflow mode to throw (codes 396, 158).
    bool setLimits(qint64 maxResultRows, qint64 maxRowsToRead = -1);
    bool resetLimits();
    qint64 maxResultRows() { return control(QStringLiteral("/__test/limits")).value(QLatin1String("max_result_rows")).toInteger(-1); }
    qint64 maxRowsToRead() { return control(QStringLiteral("/__test/limits")).value(QLatin1String("max_rows_to_read")).toInteger(-1); }

    // The quota: `limit` queries per interval per client (60 an hour by default).
    bool setQuota(int limit);
    // Forgets what clients used (one client, or all when empty).
    bool resetQuota(const QString &client = {});
    // Queries `client` used in its current interval (this machine: "127.0.0.1"); -1 if unknown.
    int quotaUsed(const QString &client = QStringLiteral("127.0.0.1"));
    // When `client`'s current interval ends (the quota frees), invalid if it asked nothing yet.
    QDateTime quotaIntervalEnd(const QString &client = QStringLiteral("127.0.0.1"));

    // The "now" of the quota: fixed, moved, or back to the wall clock.
    bool setClock(const QDateTime &now);
    bool advanceClock(qint64 seconds);
    bool useRealClock();

    // Every query request since the last reset: {"queries", "counted", "clients": {client:
    // {"requests", "counted"}}, "settings": {name: requests}, "requests": [{"client", "settings":
    // [{"name", "value", "source": "url"|"query"}], "parameters", "code", "status", "counted",
    // "rows_read", "result_rows"}]}.
    QJsonObject requests();
    bool resetRequests();
    // The names of the settings any request carried (URL or SETTINGS clause) since the last reset.
    QStringList settingsSeen();
    // Requests of one client since the last reset (quota-counted or not).
    int requestsOf(const QString &client = QStringLiteral("127.0.0.1"));

    // Queries the engine has answered so far (every request to the endpoint, for query budgets).
    int queriesServed() { return stat(QStringLiteral("queries")); }
    // Requests the quota counted so far (not refused before it, e.g. by readonly).
    int queriesCounted() { return stat(QStringLiteral("counted")); }
    // Injected faults not served yet.
    int pendingFaults() { return stat(QStringLiteral("faults")); }

private:
    int stat(const QString &name);
    QJsonObject control(const QString &path, const QUrlQuery &query = {});
    QByteArray post(const QUrl &url, const QByteArray &body, int *status = nullptr,
                    const QList<QPair<QByteArray, QByteArray>> &headers = {}, QByteArray *exceptionCode = nullptr);

    QDate m_endDate;
    QString m_profile;
    QProcess m_process;
    QUrl m_url;
};

} // namespace insights::test
