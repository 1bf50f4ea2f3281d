#pragma once
// "Test" in Settings: asks the API whether a token works before the user relies on it, with a
// message that says what the token can do (or why it was refused). The token goes only to its
// own API's base URL, like every request.
#include "http/httpclient.h"

#include <QCoreApplication>

namespace insights {

class TokenCheck final {
    Q_DECLARE_TR_FUNCTIONS(TokenCheck)
public:
    // GET /user: the login the token belongs to, its scopes when GitHub says them, and which
    // scopes Insights would use that it lacks (repo for traffic; user:email or read:user for
    // stargazers' e-mail addresses) and what they add. Then, for each of `repos` (the first
    // kMaxCheckedRepos), whether the token can read its traffic (push access) and its stargazer
    // list, asked the way the collectors ask; a scope says little about one repository.
    static Result<QString> github(HttpClient &http, const QUrl &apiBase, const QString &token,
                                  const QStringList &repos = {});
    static constexpr int kMaxCheckedRepos = 10;
    // The scopes of an X-OAuth-Scopes header ("repo, user:email").
    static QStringList githubScopes(const QByteArray &header);
    // A one-day v2 query for `site` (or, on a v1-only server, the v1 aggregate).
    static Result<QString> plausible(HttpClient &http, const QUrl &base, const QString &key, const QString &site);

private:
    // "owner/name — traffic: yes; stargazer list: no (…)".
    static QString repositoryAccess(HttpClient &http, const QUrl &apiBase, const QString &token, const QString &repo);
};

} // namespace insights
