#include "githubapi.h"

#include "http/urlutil.h"
#include "secrets/tokens.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace insights {

GitHubApi::GitHubApi(HttpClient &http, QUrl baseUrl, QString token, QString source)
    : m_http(http), m_base(std::move(baseUrl)), m_token(std::move(token)), m_source(std::move(source))
{
}

Result<QString> GitHubApi::requireToken(Tokens &tokens, const QString &source, const QString &why)
{
    auto token = tokens.token(TokenKind::GitHub);
    if (!token)
        return makeError(QStringLiteral("%1: %2").arg(source, token.error().message), token.error().kind);
    if (token->isEmpty())
        // No environment variable or command here: the window shows this too (the command line
        // adds its own hint).
        return makeError(tr("%1: no GitHub token (%2). Add one in Settings.").arg(source, why), Error::Kind::NoCredential);
    return token;
}

bool GitHubApi::isValidRepo(const QString &repo)
{
    // Owners: alphanumerics and single hyphens, ≤ 39 characters; names: [A-Za-z0-9._-], ≤ 100, not "." or "..".
    static const QRegularExpression re(QStringLiteral(R"(^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$)"));
    if (!re.match(repo).hasMatch())
        return false;
    const QString name = repo.section(QLatin1Char('/'), 1);
    return name != QLatin1String(".") && name != QLatin1String("..");
}

QString GitHubApi::githubMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return {};
    QString message = doc.object().value(QLatin1String("message")).toString().simplified();
    if (message.size() > 200)
        message = message.left(200) + QStringLiteral("…");
    return message;
}

Error GitHubApi::explain(const HttpResponse &response, const QString &subject, const QString &what) const
{
    const QString where = QStringLiteral("%1 %2").arg(m_source, subject);
    const QString said = githubMessage(response.body);
    const QString quoted = said.isEmpty() ? QString() : QStringLiteral(" (GitHub: \"%1\")").arg(said);
    switch (response.status) {
    case 401:
        return makeError(tr("%1: GitHub rejected the token (HTTP 401)%2. Create a new token and save it in "
                            "Settings.")
                             .arg(where, quoted),
                         Error::Kind::Auth, 401);
    case 403:
        if (said.contains(QLatin1String("push access"), Qt::CaseInsensitive)
            || said.contains(QLatin1String("not accessible"), Qt::CaseInsensitive))
            return makeError(tr("%1: the token may not read %2%3. GitHub shows traffic only to people with push "
                                "access: use a classic token with the \"repo\" scope, or a fine-grained token "
                                "with the repository permission \"Administration: read\" for this repository.")
                                 .arg(where, what, quoted),
                             Error::Kind::Permission, 403);
        return makeError(tr("%1: GitHub refused access to %2 (HTTP 403)%3.").arg(where, what, quoted),
                         Error::Kind::Permission, 403);
    case 404:
        return makeError(tr("%1: GitHub does not know %2, or the token cannot see it (HTTP 404). Check the "
                            "name (owner/repo) and the token's access.")
                             .arg(where, subject),
                         Error::Kind::Http, 404);
    default:
        return makeError(tr("%1: GitHub answered HTTP %2 for %3%4.").arg(where).arg(response.status).arg(what, quoted),
                         Error::Kind::Http, response.status);
    }
}

QUrl GitHubApi::url(const QString &path, const QUrlQuery &query) const
{
    return joinUrl(m_base, path, query);
}

Result<HttpResponse> GitHubApi::fetch(const QUrl &url, const QByteArray &accept, const QString &subject, bool useEtag)
{
    if (url.scheme() != m_base.scheme() || url.host() != m_base.host() || url.port() != m_base.port())
        return makeError(tr("%1 %2: GitHub pointed to another server (%3); not following it with the token.")
                             .arg(m_source, subject, url.host()),
                         Error::Kind::Http);
    HttpRequest prepared = request(url, accept, subject);
    prepared.useEtag = useEtag;
    return m_http.send(prepared);
}

HttpRequest GitHubApi::request(const QUrl &url, const QByteArray &accept, const QString &subject) const
{
    HttpRequest request;
    request.url = url;
    request.headers = {{"Accept", accept}, {"X-GitHub-Api-Version", "2022-11-28"}};
    request.bearerToken = m_token;
    request.context = QStringLiteral("%1 %2").arg(m_source, subject);
    return request;
}

Result<QByteArray> GitHubApi::get(const QString &path, const QUrlQuery &query, const QString &subject, const QString &what)
{
    auto response = fetch(url(path, query), "application/vnd.github+json", subject);
    if (!response)
        return response.error();
    if (!response->isSuccess())
        return explain(*response, subject, what);
    return response->body;
}

} // namespace insights
