#pragma once
// ClickHouse over its HTTP interface (API-NOTES §5), as the public-dataset collectors need it.
// Every value that comes from a user travels as a typed query parameter ({name:Type} in the SQL,
// param_name in the URL), never inside the SQL text. Answers are read whole (wait_end_of_query)
// in the JSON format, 64-bit integers quoted by explicit setting; an error is recognised by
// X-ClickHouse-Exception-Code, by the "Code: N." text, and also when it arrives inside an
// HTTP 200 body after streaming began.
#include "http/httpclient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace insights {

struct ClickHouseParam {
    QString name;  // as in {name:Type}
    QString value; // text, parsed by the server according to the placeholder's type
};

struct ClickHouseResult {
    QList<QJsonObject> rows;
    qint64 rowsRead = 0; // statistics.rows_read, for figures
};

class ClickHouseClient final {
    Q_DECLARE_TR_FUNCTIONS(ClickHouseClient)
public:
    // Exception codes with their own explanation.
    static constexpr int kQuotaExceeded = 201;
    static constexpr int kTimeoutExceeded = 159;
    static constexpr int kAuthenticationFailed = 516;

    // `context`: "pypi requests" — prefixes every message.
    ClickHouseClient(HttpClient &http, QUrl baseUrl, QString user, QString context);

    // false: ask for 64-bit integers unquoted (both must give the same figures).
    void setQuote64BitIntegers(bool quote) { m_quote64 = quote; }

    // `what` names the question in messages ("daily downloads").
    Result<ClickHouseResult> query(const QString &sql, const QList<ClickHouseParam> &params, const QString &what);
    int queryCount() const { return m_queries; }

    // A JSON answer's rows (FORMAT JSON: {"data": [{…}, …], "statistics": {…}}).
    static Result<ClickHouseResult> parseAnswer(const QByteArray &body, const QString &context, const QString &what);
    // An exception code from a header value or a body ("Code: 60. DB::Exception: …"); 0 when none.
    static int exceptionCode(const QByteArray &header, const QByteArray &body);

private:
    Error explain(int code, int status, const QByteArray &body, const QString &what) const;

    HttpClient &m_http;
    QUrl m_base;
    QString m_user;
    QString m_context;
    bool m_quote64 = true;
    int m_queries = 0;
};

} // namespace insights
