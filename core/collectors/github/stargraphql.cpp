#include "stargraphql.h"

#include "githubapi.h"
#include "http/httpclient.h"
#include "util/clock.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace insights {

namespace {

QDateTime resetOf(const HttpResponse &response)
{
    bool ok = false;
    const qint64 epoch = response.header("x-ratelimit-reset").trimmed().toLongLong(&ok);
    return ok ? QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC) : QDateTime();
}

} // namespace

StarGraphQl::StarGraphQl(HttpClient &http, Clock &clock, GitHubApi &rest, QUrl endpoint, QString token, QString subject)
    : m_http(http), m_clock(clock), m_rest(rest), m_endpoint(std::move(endpoint)), m_token(std::move(token)),
      m_subject(std::move(subject)), m_where(QStringLiteral("github_stars ") + m_subject)
{
}

QByteArray StarGraphQl::query(bool withEmail)
{
    // Profiles ride along with the stars: one request carries a page and everything shown about it.
    // Every connection names `first` (GitHub's rule); the nested ones ask only for totalCount.
    // `repositories` counts what REST calls public_repos: the user's own public repositories.
    QByteArray q = QByteArrayLiteral(
        "query($owner:String!,$name:String!,$after:String,$first:Int!){"
        "repository(owner:$owner,name:$name){stargazerCount "
        "stargazers(first:$first,after:$after,orderBy:{field:STARRED_AT,direction:DESC}){"
        "totalCount pageInfo{hasNextPage endCursor} "
        "edges{starredAt node{login name location company bio ");
    if (withEmail)
        q += "email ";
    q += "websiteUrl createdAt followers(first:1){totalCount} following(first:1){totalCount} "
         "repositories(first:1,ownerAffiliations:[OWNER],privacy:PUBLIC){totalCount} "
         "starredRepositories(first:1){totalCount}}}}} "
         "rateLimit{cost remaining resetAt}}";
    return q;
}

std::optional<bool> StarGraphQl::emailScope(const QByteArray &scopesHeader)
{
    if (scopesHeader.isNull())
        return std::nullopt;
    // "user" includes read:user and user:email (GitHub's scope documentation).
    for (const QByteArray &scope : scopesHeader.split(','))
        if (const QByteArray s = scope.trimmed(); s == "user" || s == "read:user" || s == "user:email")
            return true;
    return false;
}

QByteArray StarGraphQl::body(const QString &cursor) const
{
    QJsonObject variables{{QStringLiteral("owner"), m_subject.section(QLatin1Char('/'), 0, 0)},
                          {QStringLiteral("name"), m_subject.section(QLatin1Char('/'), 1)},
                          {QStringLiteral("first"), m_pageSize},
                          {QStringLiteral("after"), cursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(cursor)}};
    return QJsonDocument(QJsonObject{{QStringLiteral("query"), QString::fromLatin1(query(m_emailReadable.value_or(true)))},
                                     {QStringLiteral("variables"), variables}})
        .toJson(QJsonDocument::Compact);
}

Status StarGraphQl::waitForPoints()
{
    if (!m_pointsResetAt.isValid())
        return Ok{};
    const qint64 ms = m_clock.nowUtc().msecsTo(m_pointsResetAt);
    if (ms > m_http.options().maxRateLimitWaitMs)
        return makeError(tr("%1: the token's GraphQL points are used up until %2.")
                             .arg(m_where, utcMinuteText(m_pointsResetAt)),
                         Error::Kind::RateLimited);
    if (ms > 0) {
        if (m_notice)
            m_notice(tr("%1: GraphQL points are low; waiting until %2").arg(m_where, utcMinuteText(m_pointsResetAt)));
        if (!m_clock.wait(ms, m_cancelled))
            return makeError(tr("%1: cancelled").arg(m_where), Error::Kind::Cancelled);
    }
    m_pointsResetAt = {};
    return Ok{};
}

Result<stars::GraphQlPage> StarGraphQl::page(const QString &cursor)
{
    m_endpointMissing = false;
    int rateLimitedAnswers = 0;
    for (;;) {
        if (auto st = waitForPoints(); !st)
            return st.error();
        HttpRequest request;
        request.url = m_endpoint;
        request.method = "POST";
        request.body = body(cursor);
        request.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
        request.bearerToken = m_token;
        request.context = m_where;
        request.noRetryStatuses = {502, 504};
        auto response = m_http.send(request);
        if (!response)
            return response.error();

        if (response->status == 502 || response->status == 504) {
            if (m_pageSize <= kMinPage)
                return makeError(tr("%1: GitHub's GraphQL API timed out even for pages of %2 stars (HTTP %3); try "
                                    "again later.")
                                     .arg(m_where)
                                     .arg(m_pageSize)
                                     .arg(response->status),
                                 Error::Kind::Http, response->status);
            m_pageSize = std::max(kMinPage, m_pageSize / 2);
            m_pagesAtThisSize = 0;
            if (m_notice)
                m_notice(tr("%1: GitHub took too long; asking for %2 stars per page").arg(m_where).arg(m_pageSize));
            continue;
        }
        if (response->status == 404 || response->status == 410 || response->status == 501) {
            m_endpointMissing = true;
            return makeError(tr("%1: there is no GraphQL API at %2 (HTTP %3).")
                                 .arg(m_where, m_endpoint.toString(QUrl::RemoveUserInfo))
                                 .arg(response->status),
                             Error::Kind::Http, response->status);
        }
        if (!response->isSuccess())
            return m_rest.explain(*response, m_subject, tr("the stargazer list"));

        const bool askedEmail = m_emailReadable.value_or(true);
        const auto scopes = emailScope(response->headers.contains("x-oauth-scopes") ? response->header("x-oauth-scopes")
                                                                                    : QByteArray());
        auto page = stars::parseGraphQlPage(response->body);
        if (!page) {
            const Error &e = page.error();
            switch (e.kind) {
            case Error::Kind::RateLimited: {
                if (++rateLimitedAnswers > 3)
                {
                    Error error = makeError(tr("%1: GitHub's GraphQL rate limit (%2); try again after the reset.")
                                                .arg(m_where, e.message),
                                            Error::Kind::RateLimited);
                    error.retryAt = resetOf(*response);
                    return error;
                }
                // The primary budget is gone (x-ratelimit-remaining: 0): the client holds the next
                // request until the reset. Otherwise this is a secondary limit: GitHub asks for at
                // least a minute's pause, and longer each time, never an immediate retry.
                if (response->header("x-ratelimit-remaining").trimmed() == "0"
                    && !response->header("x-ratelimit-reset").isEmpty())
                    continue;
                const qint64 ms = secondaryWaitMs(rateLimitedAnswers - 1);
                if (m_notice)
                    m_notice(tr("%1: GitHub's secondary rate limit; waiting %2 s before asking again")
                                 .arg(m_where)
                                 .arg(ms / 1000));
                if (!m_clock.wait(ms, m_cancelled))
                    return makeError(tr("%1: cancelled").arg(m_where), Error::Kind::Cancelled);
                continue;
            }
            case Error::Kind::Auth:
                // INSUFFICIENT_SCOPES. For e-mail addresses: ask again without them, and remember.
                if (askedEmail && e.message.contains(QLatin1String("email"))) {
                    m_emailReadable = false;
                    if (m_notice)
                        m_notice(tr("%1: the token may not read e-mail addresses (scope user:email or read:user); "
                                    "collecting without them")
                                     .arg(m_where));
                    continue;
                }
                return makeError(tr("%1: the token lacks a scope GitHub asks for (%2).").arg(m_where, e.message),
                                 Error::Kind::Auth, 403);
            case Error::Kind::Http:
                if (e.httpStatus == 404)
                    return makeError(tr("%1: GitHub does not know %2, or the token cannot see it (%3). Check the name "
                                        "(owner/repo) and the token's access.")
                                         .arg(m_where, m_subject, e.message),
                                     Error::Kind::Http, 404);
                return makeError(QStringLiteral("%1: %2").arg(m_where, e.message), e.kind, e.httpStatus);
            case Error::Kind::Permission:
                return makeError(QStringLiteral("%1: %2").arg(m_where, e.message), e.kind, 403);
            default:
                return makeError(tr("%1: GitHub's stargazer answer could not be read (%2); nothing of it was stored.")
                                     .arg(m_where, e.message),
                                 Error::Kind::Parse);
            }
        }
        // What the token may read, for the next page: its scopes say so where it has any; a
        // query that asked for e-mail addresses and was answered says so too.
        if (scopes)
            m_emailReadable = *scopes;
        else if (askedEmail)
            m_emailReadable = true;
        // Grow back slowly: GitHub's slowness tends to last, and every 502 costs a request.
        if (m_pageSize < kMaxPage && ++m_pagesAtThisSize >= kPagesBeforeGrowing) {
            m_pageSize = std::min(kMaxPage, m_pageSize * 2);
            m_pagesAtThisSize = 0;
        }
        if (page->rateRemaining && page->rateResetAt.isValid()
            && *page->rateRemaining < page->rateCost.value_or(1) + kReservePoints)
            m_pointsResetAt = page->rateResetAt;
        return page;
    }
}

} // namespace insights
