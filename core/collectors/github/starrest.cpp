#include "starrest.h"

#include "githubapi.h"
#include "linkheader.h"
#include "stargazerparser.h"
#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace insights {

namespace {

constexpr QByteArrayView kStarJson = "application/vnd.github.star+json";

} // namespace

StarRest::StarRest(StarRun &run, GitHubApi &api) : m_run(run), m_api(api) {}

QUrl StarRest::firstPage() const
{
    return m_api.url(GitHubApi::repoPath(m_run.subject()) + QStringLiteral("/stargazers"),
                     QUrlQuery{{QStringLiteral("per_page"), QStringLiteral("100")}});
}

int StarRest::pageNumber(const QUrl &url)
{
    const int page = QUrlQuery(url).queryItemValue(QStringLiteral("page")).toInt();
    return page > 0 ? page : 1;
}

Result<StarRest::Page> StarRest::fetchPage(const QUrl &url)
{
    if (m_run.context().isCancelled())
        return makeError(tr("%1: cancelled").arg(m_run.where()), Error::Kind::Cancelled);
    auto response = m_api.fetch(url, kStarJson.toByteArray(), m_run.subject(), false);
    if (!response)
        return response.error();
    Page page;
    page.url = url;
    if (response->status == 422) {
        // Only "pagination is limited for this resource" is the 40,000-star cap; a 422 that says
        // the endpoint "has been spammed" (or anything else) is a refusal to try again later
        // (API-NOTES §0.1), and must not mark the repository as capped.
        const QString message = GitHubApi::githubMessage(response->body);
        if (message.contains(QLatin1String("pagination is limited"), Qt::CaseInsensitive)) {
            page.capped = true;
            return page;
        }
        return makeError(tr("%1: GitHub refused the stargazer list for now (HTTP 422, \"%2\"); the next run tries again.")
                             .arg(m_run.where(), message),
                         Error::Kind::Http, 422);
    }
    if (response->status == 403)
        return makeError(tr("%1: GitHub refused the stargazer list (HTTP 403, \"%2\").")
                             .arg(m_run.where(), GitHubApi::githubMessage(response->body)),
                         Error::Kind::Permission, 403);
    if (!response->isSuccess())
        return m_api.explain(*response, m_run.subject(), tr("the stargazer list"));
    auto stars = stars::parseRestPage(response->body);
    if (!stars)
        return makeError(tr("%1: GitHub's stargazer page could not be read (%2); nothing of it was stored.")
                             .arg(m_run.where(), stars.error().message),
                         Error::Kind::Parse);
    page.stars = std::move(stars).value();
    const auto links = parseLinkHeader(response->header("link"));
    const auto resolve = [&](const char *rel) {
        const QUrl link = links.value(QString::fromLatin1(rel));
        return link.isEmpty() ? QUrl() : response->url.resolved(link);
    };
    page.next = resolve("next");
    page.prev = resolve("prev");
    page.last = resolve("last");
    return page;
}

Status StarRest::addWithProfile(const Stargazer &listed)
{
    if (m_run.ledger().isKnown(listed) || m_run.isQueued(listed))
        return Ok{};
    Stargazer star = listed;
    if (!star.isDeleted()) {
        const QUrl url = m_api.url(QStringLiteral("/users/") + QString::fromUtf8(QUrl::toPercentEncoding(star.login)));
        auto response = m_api.fetch(url, "application/vnd.github+json", m_run.subject(), false);
        if (!response)
            return response.error();
        if (response->status == 404) {
            ++m_vanishedProfiles; // the account went away after starring; the star still counts
        } else if (!response->isSuccess()) {
            return m_api.explain(*response, m_run.subject(), tr("the profile of %1").arg(star.login));
        } else if (auto st = stars::parseRestUser(response->body, star); !st) {
            return makeError(tr("%1: the profile of %2 could not be read (%3).")
                                 .arg(m_run.where(), star.login, st.error().message),
                             Error::Kind::Parse);
        }
    }
    m_run.add(star);
    return Ok{};
}

Status StarRest::noteCap()
{
    m_run.setState(StarRun::kCapped, QStringLiteral("1"));
    m_run.addNote(tr("GitHub's REST API lists only the oldest 40,000 stars of a repository (HTTP 422 after page "
                     "400), and this server offers no GraphQL API; newer stars cannot be listed. The total is still "
                     "recorded daily."));
    // Numbering needs the real total when the list is cut short.
    auto body = m_api.get(GitHubApi::repoPath(m_run.subject()), {}, m_run.subject(), tr("the repository"));
    if (!body)
        return body.error();
    const auto count = QJsonDocument::fromJson(*body).object().value(QLatin1String("stargazers_count"));
    if (count.isDouble())
        m_run.recordTotal(qint64(count.toDouble()));
    return Ok{};
}

Status StarRest::backfill()
{
    QUrl url = QUrl(m_run.ledger().state(QString::fromLatin1(StarRun::kRestNextUrl)));
    if (url.isEmpty() || !url.isValid())
        url = firstPage();
    qint64 seen = m_run.ledger().currentCount();
    qint64 estimate = 0;
    QUrl lastGood;
    for (;;) {
        auto page = fetchPage(url);
        if (!page)
            return page.error();
        if (page->capped) {
            if (lastGood.isValid())
                m_run.setState(StarRun::kRestLastUrl, lastGood.toString());
            if (auto st = noteCap(); !st)
                return st;
            break;
        }
        lastGood = url;
        for (const Stargazer &star : page->stars)
            if (auto st = addWithProfile(star); !st)
                return st;
        seen += page->stars.size();
        if (page->last.isValid())
            estimate = qint64(pageNumber(page->last)) * 100;
        if (!page->next.isValid()) {
            m_run.setState(StarRun::kCapped, QStringLiteral("0"));
            m_run.setState(StarRun::kRestLastUrl, url.toString());
            break;
        }
        url = page->next;
        m_run.setState(StarRun::kRestNextUrl, url.toString());
        if (auto st = m_run.pageDone(seen, std::max(seen, estimate), true); !st)
            return st;
    }
    if (m_vanishedProfiles > 0)
        m_run.addNote(tr("%n stargazer account(s) no longer exist; their stars are kept without a profile.", nullptr,
                         m_vanishedProfiles));
    m_run.setState(StarRun::kRestNextUrl, QString());
    m_run.setState(StarRun::kBackfillComplete, QStringLiteral("1"));
    m_run.setState(StarRun::kLastReconcile, isoUtc(m_run.context().clock.nowUtc()));
    return Ok{};
}

Status StarRest::newest()
{
    // Start from the page that was the last one a run ago (one request when nothing is new);
    // without it, or when the list shrank below it, from page 1 and its rel="last".
    QList<Page> pages;
    const QUrl remembered(m_run.ledger().state(QString::fromLatin1(StarRun::kRestLastUrl)));
    if (remembered.isValid() && !remembered.isEmpty()) {
        auto page = fetchPage(remembered);
        if (!page)
            return page.error();
        if (page->capped || !page->stars.isEmpty())
            pages.append(std::move(page).value());
    }
    if (pages.isEmpty()) {
        auto first = fetchPage(firstPage());
        if (!first)
            return first.error();
        const QUrl last = first->last;
        pages.append(std::move(first).value());
        if (last.isValid()) {
            auto page = fetchPage(last);
            if (!page)
                return page.error();
            pages = {std::move(page).value()};
        }
    }
    // Newer pages appeared since: follow rel="next" to the end.
    while (!pages.last().capped && pages.last().next.isValid()) {
        auto page = fetchPage(pages.last().next);
        if (!page)
            return page.error();
        pages.append(std::move(page).value());
    }
    if (pages.last().capped) {
        pages.removeLast();
        if (auto st = noteCap(); !st)
            return st;
    }
    if (!pages.isEmpty())
        m_run.setState(StarRun::kRestLastUrl, pages.last().url.toString());

    // Newest first until a stored star, going back through rel="prev" if need be.
    for (;;) {
        if (pages.isEmpty())
            return Ok{};
        const Page page = pages.takeLast();
        bool reachedKnown = false;
        for (auto it = page.stars.crbegin(); it != page.stars.crend() && !reachedKnown; ++it) {
            reachedKnown = m_run.ledger().isKnown(*it);
            if (!reachedKnown)
                if (auto st = addWithProfile(*it); !st)
                    return st;
        }
        if (auto st = m_run.pageDone(m_run.added(), 0, false); !st)
            return st;
        if (reachedKnown)
            return Ok{};
        if (pages.isEmpty() && page.prev.isValid()) {
            auto previous = fetchPage(page.prev);
            if (!previous)
                return previous.error();
            pages.append(std::move(previous).value());
        }
    }
}

Result<QSet<QString>> StarRest::listAll()
{
    QSet<QString> keys;
    QUrl url = firstPage();
    while (url.isValid()) {
        auto page = fetchPage(url);
        if (!page)
            return page.error();
        if (page->capped)
            return makeError(tr("%1: the REST API cannot list every star of this repository, so unstars cannot be "
                                "checked.")
                                 .arg(m_run.where()),
                             Error::Kind::Http, 422);
        for (const Stargazer &star : page->stars) {
            keys.insert(StarLedger::keyOf(star));
            if (auto st = addWithProfile(star); !st) // fills any hole on the way
                return st.error();
        }
        url = page->next;
    }
    return keys;
}

} // namespace insights
