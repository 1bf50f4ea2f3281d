#include "validation.h"

#include "collectors/github/githubapi.h"
#include "collectors/plausible/plausibleapi.h"
#include "collectors/pypi/pypiname.h"
#include "collectors/reddit/redditauth.h"

#include <QRegularExpression>
#include <QUrl>

namespace insights {

namespace {

// Values are quoted back to the user; a pasted page of text should not fill the whole dialog.
QString quoted(const QString &text, int length = 80)
{
    return text.size() > length ? text.left(length) + QStringLiteral("…") : text;
}

} // namespace

Result<QString> Validation::repository(const QString &text)
{
    QString repo = text.trimmed();
    // The owner and name are the first two path segments of any github.com address.
    static const QRegularExpression link(
        QStringLiteral(R"(^(?:(?:https?://)?(?:www\.)?github\.com/|git@github\.com:)([^/?#\s]+)/([^/?#\s]+))"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = link.match(repo); m.hasMatch()) {
        QString name = m.captured(2);
        if (name.endsWith(QLatin1String(".git"), Qt::CaseInsensitive))
            name.chop(4);
        repo = m.captured(1) + QLatin1Char('/') + name;
    } else if (repo.endsWith(QLatin1Char('/'))) {
        repo.chop(1);
    }
    if (!GitHubApi::isValidRepo(repo))
        return makeError(tr("\"%1\" is not a GitHub repository; write it as owner/repo (e.g. octocat/hello-world) or "
                            "paste its address from github.com.")
                             .arg(quoted(text.trimmed())),
                         Error::Kind::Config);
    return repo;
}

Result<QString> Validation::pypiPackage(const QString &text)
{
    return PyPiName::normalize(text);
}

Result<QString> Validation::plausibleSite(const QString &text)
{
    QString site = text.trimmed();
    for (const QLatin1String scheme : {QLatin1String("https://"), QLatin1String("http://")})
        if (site.startsWith(scheme, Qt::CaseInsensitive))
            site.remove(0, scheme.size());
    if (site.endsWith(QLatin1Char('/')))
        site.chop(1);
    if (!plausible::isValidSite(site))
        return makeError(tr("\"%1\" is not a site domain; write it as in Plausible, e.g. example.com.").arg(quoted(text.trimmed())),
                         Error::Kind::Config);
    return site;
}

Result<QString> Validation::baseUrl(const QString &text, const QString &example)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (trimmed.isEmpty() || !url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) || url.hasQuery() || url.hasFragment())
        return makeError(tr("\"%1\" is not a usable address; expected something like %2.").arg(quoted(trimmed), example),
                         Error::Kind::Config);
    return trimmed;
}

Result<QString> Validation::redditClientId(const QString &text)
{
    const QString id = text.trimmed();
    if (!RedditAuth::isValidClientId(id))
        return makeError(tr("\"%1\" is not a Reddit client id; copy the id shown under the app's name at "
                            "reddit.com/prefs/apps.")
                             .arg(quoted(id, 64)),
                         Error::Kind::Config);
    return id;
}

Result<QString> Validation::redditUsername(const QString &text)
{
    QString name = text.trimmed();
    if (name.startsWith(QLatin1String("/u/")))
        name.remove(0, 3);
    else if (name.startsWith(QLatin1String("u/")))
        name.remove(0, 2);
    if (!RedditAuth::isValidUsername(name))
        return makeError(tr("\"%1\" is not a Reddit user name (3 to 20 letters, digits, - or _).").arg(quoted(name, 40)),
                         Error::Kind::Config);
    return name;
}

} // namespace insights
