#include "restlists.h"

#include "collectors/github/githubapi.h"
#include "collectors/github/linkheader.h"
#include "util/jsonutil.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace insights {

Result<QList<QJsonObject>> fetchAllPages(GitHubApi &api, QUrl first, const QString &subject, const QString &what, int maxPages)
{
    QList<QJsonObject> out;
    QUrl url = std::move(first);
    for (int page = 0; url.isValid() && !url.isEmpty(); ++page) {
        if (page >= maxPages)
            return makeError(QCoreApplication::translate("GitHubApi", "github_events %1: GitHub's list of %2 did not end after %3 pages.")
                                 .arg(subject, what)
                                 .arg(maxPages),
                             Error::Kind::Parse);
        auto response = api.fetch(url, "application/vnd.github+json", subject, false);
        if (!response)
            return response.error();
        if (!response->isSuccess())
            return api.explain(*response, subject, what);
        auto doc = json::parse(response->body);
        if (!doc || !doc->isArray())
            return makeError(QCoreApplication::translate("GitHubApi", "github_events %1: GitHub's list of %2 could not be read%3.")
                                 .arg(subject, what, doc ? QString() : QStringLiteral(" (%1)").arg(doc.error().message)),
                             Error::Kind::Parse);
        for (const QJsonValue &item : doc->array())
            out.append(item.toObject());
        const QUrl next = parseLinkHeader(response->header("link")).value(QStringLiteral("next"));
        url = next.isEmpty() ? QUrl() : response->url.resolved(next);
    }
    return out;
}

} // namespace insights
