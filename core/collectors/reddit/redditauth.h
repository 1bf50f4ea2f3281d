#pragma once
// Reddit's OAuth2 for an *installed app* without a user (application-only), as
// reddit-archive/reddit implements it (r2/controllers/oauth2.py, r2/models/token.py) and its
// wiki page "OAuth2" describes:
// - The user registers an app of type "installed app" at reddit.com/prefs/apps. It gets a client
//   id and no secret: installed apps are not confidential, so Reddit checks only the id.
// - The app asks POST {web host}/api/v1/access_token (HTTPS only) with HTTP Basic credentials
//   "CLIENT_ID:" (empty password) and a form body
//   grant_type=https://oauth.reddit.com/grants/installed_client&device_id=ID, where the device id
//   is 20 to 30 characters (the wiki; the code accepts up to 50) that stay the same for one
//   installation. An unknown id (or an app that has a secret) is refused with 401 and
//   `WWW-Authenticate: Basic realm="reddit"`; other problems come back as JSON
//   {"error": "invalid_request" | "unsupported_grant_type" | "unauthorized_client" | …}
//   ("bad device_id" as its description); `client_credentials` is for confidential apps only.
// - The answer: {"access_token", "token_type": "bearer", "expires_in": seconds, "scope": "*",
//   "device_id"}. The archived code gives an hour; reddit.com today gives 86,400 s. No refresh
//   token: when it runs out, the app asks again.
// - Posts are then read from the OAuth host (oauth.reddit.com) with `Authorization: bearer
//   TOKEN` (the scheme is compared without case); an unknown or expired token is refused with
//   401 and `WWW-Authenticate: Bearer realm="reddit", error="invalid_token"`.
//
// The token lives only in this process's memory, shared by every request of the process and
// renewed a few minutes before `expires_in` runs out (or at once when the OAuth host refuses it);
// it is never written anywhere (settings, database, logs) and never part of a message.
#include "http/httpclient.h"

#include <QCoreApplication>

namespace insights {

struct RedditCredentials {
    QString clientId;
    QString deviceId;
    QUrl tokenUrl;       // WEB/api/v1/access_token
    QByteArray userAgent;
};

class RedditAuth final {
    Q_DECLARE_TR_FUNCTIONS(RedditAuth)
public:
    static constexpr qint64 kRenewBeforeMs = 5 * 60'000;

    RedditAuth(HttpClient &http, Clock &clock, RedditCredentials credentials, QString context);

    // A token with at least a few minutes left, from memory or asked for now.
    Result<QString> bearer();
    // The OAuth host refused `token`: forget it, so bearer() asks for a new one.
    void invalidate(const QString &token);
    int tokenRequests() const { return m_tokenRequests; }

    // Forget every token of this process (tests start each case afresh).
    static void forgetAll();

    // An installed app's client id as Reddit shows it under the app's name (letters, digits,
    // '-' and '_'); a user name as Reddit allows them: 3 to 20 of [A-Za-z0-9_-].
    static bool isValidClientId(const QString &clientId);
    static bool isValidUsername(const QString &username);

private:
    Result<QString> requestToken();
    QString cacheKey() const;

    HttpClient &m_http;
    Clock &m_clock;
    RedditCredentials m_credentials;
    QString m_context;
    int m_tokenRequests = 0;
};

} // namespace insights
