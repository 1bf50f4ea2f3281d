#include "starhistoryserver.h"

#include "githubanswers.h"
#include "stargazerserver.h"
#include "util/clock.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

namespace insights::test {

namespace {

QDate weekStart(const QDate &day)
{
    return day.addDays(-(day.dayOfWeek() % 7)); // Qt: Monday 1 … Sunday 7
}

qint64 epoch(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

// A page number or per_page as GitHub reads it: digits, else the default.
std::optional<int> number(const QUrlQuery &query, const QString &name)
{
    if (!query.hasQueryItem(name))
        return std::nullopt;
    bool ok = false;
    const int n = query.queryItemValue(name).toInt(&ok);
    return ok ? std::optional(n) : std::optional(-1);
}

} // namespace

StarHistoryServer::StarHistoryServer(StargazerTestServer &stars) : m_stars(stars) {}

int StarHistoryServer::Week::total() const
{
    int sum = 0;
    for (int d : days)
        sum += d;
    return sum;
}

QDateTime StarHistoryServer::now() const
{
    return m_clock ? m_clock->nowUtc() : QDateTime::currentDateTimeUtc();
}

void StarHistoryServer::setListEmpty(const QString &repo, bool empty)
{
    if (empty)
        m_emptyLists.insert(repo);
    else
        m_emptyLists.remove(repo);
}

void StarHistoryServer::setUnauthenticatedBudget(int remaining, const QDateTime &resetAt)
{
    m_unauthenticatedRemaining = remaining;
    m_unauthenticatedReset = resetAt;
}

QMap<QDate, int> StarHistoryServer::daysOf(const QList<FixtureStar> &stars)
{
    QMap<QDate, int> days;
    for (const FixtureStar &s : stars)
        ++days[s.starredAt.toUTC().date()];
    return days;
}

QList<StarHistoryServer::Week> StarHistoryServer::weeksOf(const QList<FixtureStar> &stars, const QDateTime &now)
{
    if (stars.isEmpty())
        return {};
    const QMap<QDate, int> days = daysOf(stars);
    const QDate first = weekStart(days.firstKey());
    const QDate last = weekStart(std::max(days.lastKey(), now.toUTC().date()));
    QList<Week> weeks;
    for (QDate start = last; start >= first; start = start.addDays(-7)) {
        Week week;
        week.start = epoch(start);
        for (int i = 0; i < 7; ++i)
            week.days[size_t(i)] = days.value(start.addDays(i));
        weeks.append(week);
    }
    return weeks;
}

std::optional<TestResponse> StarHistoryServer::answer(const TestRequest &request)
{
    const QString &prefix = m_stars.m_prefix;
    if (!request.path.startsWith(prefix + QStringLiteral("/")))
        return std::nullopt;
    const QStringList parts = request.path.mid(prefix.size()).split(u'/', Qt::SkipEmptyParts);
    // /repos/{o}/{r}/stargazers/{history|count}, or a list answered empty.
    const bool counts = parts.size() == 5 && parts[0] == QLatin1String("repos") && parts[3] == QLatin1String("stargazers")
                        && (parts[4] == QLatin1String("history") || parts[4] == QLatin1String("count"));
    QString emptyList;
    if (parts.size() == 4 && parts[0] == QLatin1String("repos") && parts[3] == QLatin1String("stargazers"))
        emptyList = parts[1] + u'/' + parts[2];
    if (parts.size() == 3 && parts[0] == QLatin1String("repositories") && parts[2] == QLatin1String("stargazers"))
        for (auto it = m_stars.m_repos.cbegin(); it != m_stars.m_repos.cend(); ++it)
            if (QString::number(it->id) == parts[1])
                emptyList = it.key();
    if (!counts && !m_emptyLists.contains(emptyList))
        return std::nullopt;

    // A token is checked when one is sent; none is an unauthenticated request.
    const QByteArray authorization = request.header("authorization");
    const bool authenticated = !authorization.isEmpty();
    if (authenticated && !m_stars.m_token.isEmpty() && authorization != "Bearer " + m_stars.m_token.toUtf8())
        return githubError(401, QStringLiteral("Bad credentials"));
    if (!counts) // GitHub hides the list by answering it empty
        return authenticated ? withHeaders(TestResponse::json("[]"), request, true)
                             : githubError(401, QStringLiteral("Requires authentication"));

    const QString repo = parts[1] + u'/' + parts[2];
    if (!m_available || !m_stars.m_repos.contains(repo))
        return withHeaders(githubError(404, QStringLiteral("Not Found")), request, authenticated);
    const QList<FixtureStar> &stars = m_stars.m_repos[repo].stars;
    if (parts[4] == QLatin1String("count"))
        return withHeaders(TestResponse::json(compactJson(QJsonObject{{QStringLiteral("count"), int(stars.size())}})), request,
                           authenticated);
    return withHeaders(history(stars, request), request, authenticated);
}

TestResponse StarHistoryServer::history(const QList<FixtureStar> &stars, const TestRequest &request)
{
    const int perPage = number(request.query, QStringLiteral("per_page")).value_or(kMaxPerPage);
    const int page = std::max(1, number(request.query, QStringLiteral("page")).value_or(1));
    if (perPage < 1 || perPage > kMaxPerPage)
        return githubError(422, QStringLiteral("per_page must be between 1 and %1 for the star history.").arg(kMaxPerPage));
    if (page > kMaxPage)
        return githubError(422, QStringLiteral("In order to keep the API fast for everyone, pagination is limited for "
                                               "this resource. Check the rel=last link relation in the Link response "
                                               "header to see how far back you can traverse."));
    const QList<Week> weeks = weeksOf(stars, now());
    QJsonArray items;
    for (qsizetype i = qsizetype(page - 1) * perPage; i < std::min<qsizetype>(weeks.size(), qsizetype(page) * perPage); ++i) {
        QJsonArray days;
        for (int d : weeks[i].days)
            days.append(d);
        items.append(QJsonObject{{QStringLiteral("week"), double(weeks[i].start)},
                                 {QStringLiteral("total"), weeks[i].total()},
                                 {QStringLiteral("days"), days}});
    }
    TestResponse response = TestResponse::json(compactJson(items));
    // Links on the origin the request came to (a server that forwards stargazer requests has
    // its own address).
    const int lastPage = std::min(kMaxPage, std::max(1, int((weeks.size() + perPage - 1) / perPage)));
    // Past page 100 too: following it answers 422.
    addLinkHeader(response, page, lastPage, qsizetype(page) * perPage < weeks.size(), [&](int p) {
        QUrl url(QStringLiteral("http://") + QString::fromLatin1(request.header("host")) + request.path);
        url.setQuery(QStringLiteral("per_page=%1&page=%2").arg(perPage).arg(p));
        return url;
    });
    return response;
}

TestResponse StarHistoryServer::withHeaders(TestResponse response, const TestRequest &request, bool authenticated)
{
    const QDateTime at = now();
    int &remaining = authenticated ? m_authenticatedRemaining : m_unauthenticatedRemaining;
    QDateTime &reset = authenticated ? m_authenticatedReset : m_unauthenticatedReset;
    const int limit = authenticated ? kAuthenticatedLimit : kUnauthenticatedLimit;
    if (!reset.isValid()) {
        reset = at.addSecs(3600);
    } else if (at >= reset) { // a new hour
        remaining = limit;
        reset = at.addSecs(3600);
    }
    ++(authenticated ? m_authenticatedRequests : m_unauthenticatedRequests);

    if (remaining <= 0) {
        response = authenticated ? githubError(403, QStringLiteral("API rate limit exceeded for user ID 1."))
                                 : githubError(403, QStringLiteral("API rate limit exceeded for 127.0.0.1. (But here's the "
                                                                   "good news: Authenticated requests get a higher rate "
                                                                   "limit. Check out the documentation for more details.)"));
    } else if (response.status == 200) {
        const QByteArray etag = "W/\"" + QCryptographicHash::hash(response.body, QCryptographicHash::Sha1).toHex() + "\"";
        response.headers.append(QPair<QByteArray, QByteArray>("etag", etag));
        if (request.header("if-none-match") == etag) {
            response.status = 304;
            response.body.clear();
        }
        // Conditional answers that did not change are free for a token (API-NOTES §4).
        if (!(authenticated && response.status == 304))
            --remaining;
    } else {
        --remaining;
    }
    response.headers.append(QPair<QByteArray, QByteArray>("x-ratelimit-limit", QByteArray::number(limit)));
    response.headers.append(QPair<QByteArray, QByteArray>("x-ratelimit-remaining", QByteArray::number(std::max(0, remaining))));
    response.headers.append(QPair<QByteArray, QByteArray>("x-ratelimit-used", QByteArray::number(limit - std::max(0, remaining))));
    response.headers.append(QPair<QByteArray, QByteArray>("x-ratelimit-reset", QByteArray::number(reset.toSecsSinceEpoch())));
    response.headers.append(QPair<QByteArray, QByteArray>("x-ratelimit-resource", "core"));
    if (authenticated && m_stars.m_scopes)
        response.headers.append(QPair<QByteArray, QByteArray>("X-OAuth-Scopes", *m_stars.m_scopes));
    return response;
}

} // namespace insights::test
