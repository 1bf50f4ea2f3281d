#pragma once
// ClickHouse over its HTTP interface (API-NOTES §5), as the public-dataset collectors need it.
// Every value that comes from a user travels as a typed query parameter ({name:Type} in the SQL,
// param_name in the URL), never inside the SQL text. Answers are read whole (wait_end_of_query,
// an HTTP parameter) in the JSON format; 64-bit integers are read quoted or not, whatever the
// server's default (no setting asks for either: the public `demo` user is readonly and refuses
// any setting but four, API-NOTES §0.5). Every query sends two of those four,
// result_overflow_mode=throw and read_overflow_mode=throw, so that an answer the endpoint would
// cut at 1,000 rows or a scan it would stop early is an error (codes 396, 158), never a short
// result. An error is recognised by X-ClickHouse-Exception-Code, by the "Code: N." text, and also
// when it arrives inside an HTTP 200 body after streaming began. With a QueryBudget, a query
// that the hour's quota has no room for is not sent, and a code 201 blocks the budget until the
// moment the server names.
#include "http/httpclient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace insights {

class QueryBudget;

struct ClickHouseParam {
    QString name;  // as in {name:Type}
    QString value; // text, parsed by the server according to the placeholder's type (sent escaped: arrives as given)
};

struct ClickHouseResult {
    QList<QJsonObject> rows;
    qint64 rowsRead = 0; // statistics.rows_read, for figures
};

class ClickHouseClient final {
    Q_DECLARE_TR_FUNCTIONS(ClickHouseClient)
public:
    // Exception codes with their own explanation.
    static constexpr int kTooManyRows = 158;        // the read limit (max_rows_to_read)
    static constexpr int kTimeoutExceeded = 159;
    static constexpr int kReadonly = 164;           // a setting the user may not change
    static constexpr int kQuotaExceeded = 201;
    static constexpr int kTooManyBytes = 307;       // the read limit in bytes
    static constexpr int kTooManyRowsOrBytes = 396; // the result limit (max_result_rows)
    static constexpr int kAuthenticationFailed = 516;
    // The public endpoint's max_result_rows: an answer this long was cut.
    static constexpr int kMaxResultRows = 1000;

    // `context`: "pypi requests" — prefixes every message.
    ClickHouseClient(HttpClient &http, QUrl baseUrl, QString user, QString context, Clock &clock = SystemClock::instance());

    // Queries are counted against `budget` (not owned; null: no budget).
    void setBudget(QueryBudget *budget) { m_budget = budget; }
    // Names the server and user, for a budget: another endpoint has its own quota.
    QString endpoint() const { return endpointOf(m_base, m_user); }
    static QString endpointOf(const QUrl &baseUrl, const QString &user);

    // `what` names the question in messages ("daily downloads").
    Result<ClickHouseResult> query(const QString &sql, const QList<ClickHouseParam> &params, const QString &what);
    int queryCount() const { return m_queries; }

    // The settings every query carries (URL parameters), all changeable by a readonly user.
    static QList<std::pair<QByteArray, QByteArray>> settings();
    // A JSON answer's rows (FORMAT JSON: {"data": [{…}, …], "statistics": {…}}).
    static Result<ClickHouseResult> parseAnswer(const QByteArray &body, const QString &context, const QString &what);
    // An exception code from a header value or a body ("Code: 60. DB::Exception: …"); 0 when none.
    static int exceptionCode(const QByteArray &header, const QByteArray &body);
    // When a code-201 text says the quota frees ("… Interval will end at 2026-05-20 15:00:00. …",
    // the server's time, UTC on the public endpoint); invalid when it does not say.
    static QDateTime quotaFreesAt(const QByteArray &body);

private:
    Error explain(int code, int status, const QByteArray &body, const QString &what) const;
    Error waitForQuota(const QString &what) const;

    HttpClient &m_http;
    Clock &m_clock;
    QUrl m_base;
    QString m_user;
    QString m_context;
    QueryBudget *m_budget = nullptr;
    int m_queries = 0;
};

} // namespace insights
