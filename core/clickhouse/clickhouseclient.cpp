#include "clickhouseclient.h"

#include "http/urlutil.h"
#include "querybudget.h"
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

// ClickHouse reads a parameter's value in its type's escaped text format (as a TSV field): for a
// String, a backslash starts an escape sequence, so "a\nb" would arrive as a line break. Escaping
// the backslash and the characters that end a field makes every value arrive exactly as given.
// Composite types (Array, Tuple, Map) are read as their literal, whose quoted elements carry
// their own escapes: the caller writes those, and the value is sent as it is.
QString escapedValue(const QString &sql, const QString &name, const QString &value)
{
    const QRegularExpression placeholder(QStringLiteral("\\{\\s*%1\\s*:\\s*(Array|Tuple|Map)\\s*\\(")
                                             .arg(QRegularExpression::escape(name)));
    if (placeholder.match(sql).hasMatch())
        return value;
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '\\': out += QLatin1String("\\\\"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case 0: out += QLatin1String("\\0"); break;
        default: out += c;
        }
    }
    return out;
}

} // namespace

ClickHouseClient::ClickHouseClient(HttpClient &http, QUrl baseUrl, QString user, QString context, Clock &clock)
    : m_http(http), m_clock(clock), m_base(std::move(baseUrl)), m_user(std::move(user)), m_context(std::move(context))
{
}

QString ClickHouseClient::endpointOf(const QUrl &baseUrl, const QString &user)
{
    return baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo).toString() + QLatin1Char('|') + user;
}

QList<std::pair<QByteArray, QByteArray>> ClickHouseClient::settings()
{
    // The only settings sent, both changeable by the readonly `demo` user (API-NOTES §0.5–0.6):
    // a result over max_result_rows and a scan over max_rows_to_read become errors instead of
    // a silently shortened answer.
    return {{"result_overflow_mode", "throw"}, {"read_overflow_mode", "throw"}};
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

QDateTime ClickHouseClient::quotaFreesAt(const QByteArray &body)
{
    static const QRegularExpression end(QStringLiteral("Interval will end at (\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}:\\d{2})"));
    const auto match = end.match(QString::fromUtf8(body.left(4096)));
    if (!match.hasMatch())
        return {};
    const QDate day = QDate::fromString(match.captured(1), Qt::ISODate);
    const QTime time = QTime::fromString(match.captured(2), QStringLiteral("HH:mm:ss"));
    return day.isValid() && time.isValid() ? QDateTime(day, time, Qt::UTC) : QDateTime();
}

Error ClickHouseClient::waitForQuota(const QString &what) const
{
    const QDateTime now = m_clock.nowUtc();
    const QDateTime at = m_budget ? m_budget->freeAt(now) : QueryBudget::nextHour(now);
    Error error = makeError(tr("%1: %2 waits for the ClickHouse quota until %3 (the public endpoint answers %4 queries an hour "
                               "for all packages and repositories together).")
                                .arg(m_context, what, utcMinuteText(at))
                                .arg(QueryBudget::kPerHour),
                            Error::Kind::RateLimited);
    error.retryAt = at;
    return error;
}

Error ClickHouseClient::explain(int code, int status, const QByteArray &body, const QString &what) const
{
    const QString said = exceptionText(body);
    switch (code) {
    case kQuotaExceeded: {
        const QDateTime now = m_clock.nowUtc();
        QDateTime at = quotaFreesAt(body);
        if (!at.isValid() || at <= now)
            at = QueryBudget::nextHour(now); // the quota counts whole hours
        if (m_budget)
            m_budget->exhausted(now, at);
        Error error = makeError(tr("%1: the ClickHouse quota for user \"%2\" is used up until %3 (code 201: %4). The next run "
                                   "after that continues.")
                                    .arg(m_context, m_user, utcMinuteText(at), said),
                                Error::Kind::RateLimited, status);
        error.retryAt = at;
        return error;
    }
    case kTimeoutExceeded:
        return makeError(tr("%1: ClickHouse stopped the query for %2 because it took too long (code 159). Try a shorter "
                            "--lookback-days or again later.")
                             .arg(m_context, what),
                         Error::Kind::Timeout, status);
    case kTooManyRowsOrBytes:
    case kTooManyRows:
    case kTooManyBytes:
        return makeError(tr("%1: ClickHouse would have cut the answer to %2 short (code %3: %4); the public endpoint returns "
                            "at most 1,000 rows and reads a limited number of rows per query. Nothing of it was stored.")
                             .arg(m_context, what)
                             .arg(code)
                             .arg(said),
                         Error::Kind::Http, status);
    case kReadonly:
        return makeError(tr("%1: the ClickHouse user \"%2\" is read-only and refused %3 (code 164: %4). Nothing was stored; "
                            "please report this.")
                             .arg(m_context, m_user, what, said),
                         Error::Kind::Http, status);
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
    if (m_budget && !m_budget->take(m_clock.nowUtc()))
        return waitForQuota(what);
    // Built by hand: QUrlQuery leaves "+" and "&" unencoded inside values, and a value must reach
    // the server exactly as given.
    QByteArray query = "default_format=JSON&wait_end_of_query=1";
    for (const auto &[name, value] : settings())
        query += '&' + name + '=' + value;
    for (const ClickHouseParam &p : params)
        query += "&param_" + QUrl::toPercentEncoding(p.name) + '=' + QUrl::toPercentEncoding(escapedValue(sql, p.name, p.value));
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
    const int sentBefore = m_http.requestCount();
    auto response = m_http.send(request);
    if (m_budget && m_http.requestCount() - sentBefore > 1) // retries the server may have counted too
        m_budget->record(m_clock.nowUtc(), m_http.requestCount() - sentBefore - 1);
    if (!response)
        return response.error();

    const int code = exceptionCode(response->header("x-clickhouse-exception-code"), response->body);
    if (code != 0 || !response->isSuccess())
        return explain(code, response->isSuccess() ? 0 : response->status, response->body, what);

    auto answer = parseAnswer(response->body, m_context, what);
    // A server that ignored result_overflow_mode=throw (or a proxy limit) hands back a cut answer:
    // nothing Insights asks for is planned this long, so this many rows means rows are missing.
    if (answer && answer->rows.size() >= kMaxResultRows)
        return makeError(tr("%1: ClickHouse would have cut the answer to %2 short (%3 rows, the public endpoint's limit is "
                            "1,000). Nothing of it was stored.")
                             .arg(m_context, what)
                             .arg(answer->rows.size()),
                         Error::Kind::Parse);
    return answer;
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
