#include "clickhouseclient.h"

#include "http/urlutil.h"
#include "util/jsonutil.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace insights {

namespace {

// The first line of ClickHouse's exception text, without the build suffix.
QString exceptionText(const QByteArray &body)
{
    static const QRegularExpression code(QStringLiteral("Code: \\d+\\. DB::Exception: ([^\\n]*)"));
    const auto match = code.match(QString::fromUtf8(body.right(4096)));
    QString text = match.hasMatch() ? match.captured(1) : QString::fromUtf8(body.left(300)).simplified();
    text.remove(QRegularExpression(QStringLiteral("\\s*\\(version [^)]*\\)\\s*$")));
    return text.left(300);
}

} // namespace

ClickHouseClient::ClickHouseClient(HttpClient &http, QUrl baseUrl, QString user, QString context)
    : m_http(http), m_base(std::move(baseUrl)), m_user(std::move(user)), m_context(std::move(context))
{
}

int ClickHouseClient::exceptionCode(const QByteArray &header, const QByteArray &body)
{
    bool ok = false;
    const int fromHeader = header.trimmed().toInt(&ok);
    if (ok && fromHeader > 0)
        return fromHeader;
    // An error after streaming began is appended to an HTTP 200 body: look at its end.
    static const QRegularExpression code(QStringLiteral("(?:^|\\n)Code: (\\d+)\\. DB::Exception"));
    const auto match = code.match(QString::fromUtf8(body.right(4096)));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

Error ClickHouseClient::explain(int code, int status, const QByteArray &body, const QString &what) const
{
    const QString said = exceptionText(body);
    switch (code) {
    case kQuotaExceeded:
        return makeError(tr("%1: the ClickHouse server's query quota for user \"%2\" is used up (code 201: %3). The public "
                            "endpoint limits queries per hour; the next run tries again.")
                             .arg(m_context, m_user, said),
                         Error::Kind::RateLimited, status);
    case kTimeoutExceeded:
        return makeError(tr("%1: ClickHouse stopped the query for %2 because it took too long (code 159). Try a shorter "
                            "--lookback-days or again later.")
                             .arg(m_context, what),
                         Error::Kind::Timeout, status);
    case kAuthenticationFailed:
        return makeError(tr("%1: ClickHouse refused the user \"%2\" (code 516). Check INSIGHT_CLICKHOUSE_USER (the public "
                            "endpoint uses \"demo\").")
                             .arg(m_context, m_user),
                         Error::Kind::Auth, status);
    default:
        return makeError(tr("%1: ClickHouse could not answer %2 (code %3%4): %5")
                             .arg(m_context, what)
                             .arg(code)
                             .arg(status ? QStringLiteral(", HTTP %1").arg(status) : QString(), said),
                         Error::Kind::Http, status);
    }
}

Result<ClickHouseResult> ClickHouseClient::query(const QString &sql, const QList<ClickHouseParam> &params, const QString &what)
{
    // Built by hand: QUrlQuery leaves "+" and "&" unencoded inside values, and a value must reach
    // the server exactly as given.
    QByteArray query = "default_format=JSON&wait_end_of_query=1&output_format_json_quote_64bit_integers=";
    query += m_quote64 ? "1" : "0";
    for (const ClickHouseParam &p : params)
        query += "&param_" + QUrl::toPercentEncoding(p.name) + '=' + QUrl::toPercentEncoding(p.value);
    HttpRequest request;
    request.url = joinUrl(m_base, QStringLiteral("/"), {});
    request.url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    request.method = "POST";
    request.body = sql.toUtf8();
    request.headers = {{"X-ClickHouse-User", m_user.toUtf8()}, {"Content-Type", "text/plain; charset=UTF-8"}};
    request.context = m_context;
    // ClickHouse answers its own exceptions (a timeout, a memory limit) with 500: asking again
    // repeats the same failure. 502/503/504 from a proxy in front are still retried.
    request.noRetryStatuses = {500};
    ++m_queries;
    auto response = m_http.send(request);
    if (!response)
        return response.error();

    const int code = exceptionCode(response->header("x-clickhouse-exception-code"), response->body);
    if (code != 0 || !response->isSuccess())
        return explain(code, response->isSuccess() ? 0 : response->status, response->body, what);

    return parseAnswer(response->body, m_context, what);
}

Result<ClickHouseResult> ClickHouseClient::parseAnswer(const QByteArray &body, const QString &context, const QString &what)
{
    auto doc = json::parse(body);
    if (!doc)
        return makeError(tr("%1: ClickHouse's answer to %2 could not be read (%3); nothing was stored.")
                             .arg(context, what, doc.error().message),
                         Error::Kind::Parse);
    const QJsonValue data = doc->object().value(QLatin1String("data"));
    if (!data.isArray())
        return makeError(tr("%1: ClickHouse's answer to %2 has no data; nothing was stored.").arg(context, what),
                         Error::Kind::Parse);
    ClickHouseResult result;
    for (const QJsonValue &row : data.toArray()) {
        if (!row.isObject())
            return makeError(tr("%1: ClickHouse's answer to %2 has a malformed row.").arg(context, what), Error::Kind::Parse);
        result.rows.append(row.toObject());
    }
    result.rowsRead = json::integer(doc->object().value(QLatin1String("statistics")).toObject().value(QLatin1String("rows_read")))
                          .value_or(0);
    return result;
}

} // namespace insights
