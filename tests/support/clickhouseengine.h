#pragma once
// The ClickHouse test engine (tests/clickhouse/server.js: chDB behind ClickHouse's HTTP
// interface) as a child process on 127.0.0.1, with its schemas and generated data. Also lets a
// test ask the engine directly, for the figures a collector's results must equal.
#include <QDate>
#include <QJsonObject>
#include <QProcess>
#include <QUrl>
#include <QUrlQuery>

namespace insights::test {

class ClickHouseEngine {
public:
    // `endDate`: the newest day of the generated data.
    explicit ClickHouseEngine(const QDate &endDate = QDate(2026, 5, 19));
    ~ClickHouseEngine();

    // Empty when running; otherwise what went wrong (e.g. the engine is not installed).
    QString start();
    QUrl url() const { return m_url; }
    QString user() const { return QStringLiteral("demo"); }

    // Runs `sql` as the test's own question (JSONEachRow rows); for expected values.
    QList<QJsonObject> rows(const QString &sql);
    // The next `times` queries fail as the public endpoint can: "error_in_200", "quota", "timeout";
    // or as the HTTP layer in front of it can: "status" (`extra` status=, retry_after=, location=),
    // "hang", "truncate", "huge" (bytes=). "clear" drops what is left.
    bool injectFault(const QString &mode, int times = 1, const QUrlQuery &extra = {});
    // "on"/"off": 64-bit integers quoted or not whatever a client asks; "client": as asked.
    bool forceQuote64(const QString &mode);
    // Queries the engine has answered so far (for query budgets).
    int queriesServed() { return stat(QStringLiteral("queries")); }
    // Injected faults not served yet.
    int pendingFaults() { return stat(QStringLiteral("faults")); }

private:
    int stat(const QString &name);
    QByteArray post(const QUrl &url, const QByteArray &body, int *status = nullptr);

    QDate m_endDate;
    QProcess m_process;
    QUrl m_url;
};

} // namespace insights::test
