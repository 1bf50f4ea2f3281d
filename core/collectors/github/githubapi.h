#pragma once
// GitHub REST as the collectors need it: the required headers (API-NOTES §1), ETags, and HTTP
// statuses turned into messages that say what the user can do (401 token, 403 permission,
// 404 name or access).
#include "http/httpclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrlQuery>

namespace insights {

class Tokens;

class GitHubApi final {
    Q_DECLARE_TR_FUNCTIONS(GitHubApi)
public:
    GitHubApi(HttpClient &http, QUrl baseUrl, QString token, QString source);

    // GET base + path; the answer's body when it is 2xx JSON, an explained error otherwise.
    // `what` names the resource in messages ("traffic views").
    Result<QByteArray> get(const QString &path, const QUrlQuery &query, const QString &subject, const QString &what);
    // GET an absolute URL on the API's own origin (a Link header's next page) with `accept`; any
    // HTTP status comes back for the caller to interpret. Another origin is refused: the token
    // must never follow a URL an answer handed us to a different host.
    // `useEtag`: worth it for small answers polled often, not for thousands of list pages.
    Result<HttpResponse> fetch(const QUrl &url, const QByteArray &accept, const QString &subject, bool useEtag = true);
    // The request fetch() sends, for a caller that must change one of its options (a first look
    // that may not wait for the rate limit): GitHub's headers, the token, the message context.
    HttpRequest request(const QUrl &url, const QByteArray &accept, const QString &subject) const;
    // An HTTP error turned into a message that says what the user can do.
    Error explain(const HttpResponse &response, const QString &subject, const QString &what) const;
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;
    const QUrl &baseUrl() const { return m_base; }

    // The GitHub token for `source`, or an error saying why the source needs one (`why`) and
    // where to put it: Error::Kind::NoCredential when none is configured.
    static Result<QString> requireToken(Tokens &tokens, const QString &source, const QString &why);

    static bool isValidRepo(const QString &repo);
    static QString repoPath(const QString &repo) { return QStringLiteral("/repos/") + repo; }

    // GitHub's own "message" from an error body, shortened; empty when the body is not JSON.
    static QString githubMessage(const QByteArray &body);

private:

    HttpClient &m_http;
    QUrl m_base;
    QString m_token;
    QString m_source;
};

} // namespace insights
