// AppService: the tokens. Tests run on a pool thread with their own HTTP client (the window never
// waits for an API); the keychain is asked only here, on the service's thread, asynchronously.
#include "appservice.h"

#include "collectors/reddit/redditapi.h"
#include "collectors/reddit/redditauth.h"
#include "http/urlutil.h"
#include "secrets/secretservice.h"
#include "secrets/tokencheck.h"
#include "secrets/tokens.h"
#include "service/pooltask.h"
#include "util/clock.h"


namespace insights {

namespace {

HttpOptions testOptions()
{
    HttpOptions options;
    options.timeoutMs = 15'000;
    options.maxAttempts = 1;
    return options;
}

} // namespace

QString AppService::tokenVariable(TokenKind kind)
{
    return Tokens::environmentVariable(kind);
}

bool AppService::tokenFromEnvironment(TokenKind kind) const
{
    return m_config->isOverriddenByEnvironment(Tokens::environmentVariable(kind));
}

void AppService::answerLater(QObject *context, std::function<void()> answer)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(this, [guard, answer = std::move(answer)] {
        if (guard)
            answer();
    }, Qt::QueuedConnection);
}

void AppService::storeToken(TokenKind kind, const QString &token, QObject *context, std::function<void(const Status &)> done)
{
    if (!m_secrets) {
        answerLater(context, [done] { done(makeError(tr("No keychain is available."))); });
        return;
    }
    m_secrets->write(Tokens::keychainKey(kind), token, context, std::move(done));
}

void AppService::hasStoredSecret(const QString &key, QObject *context, std::function<void(bool)> done)
{
    if (!m_secrets) {
        answerLater(context, [done] { done(false); });
        return;
    }
    m_secrets->read(key, context, [done](const Result<std::optional<QString>> &stored) {
        done(stored && stored->has_value() && !(*stored)->trimmed().isEmpty());
    });
}

void AppService::hasStoredToken(TokenKind kind, QObject *context, std::function<void(bool)> done)
{
    hasStoredSecret(Tokens::keychainKey(kind), context, std::move(done));
}

void AppService::checkToken(const TokenCheckRequest &request, QObject *context, std::function<void(const CheckOutcome &)> done)
{
    TokenCheckRequest filled = request;
    if (filled.base.isEmpty()) {
        const Api api = request.kind == TokenKind::GitHub ? Api::GitHub : Api::Plausible;
        auto configured = m_config->baseUrl(api);
        filled.base = configured ? *configured : QUrl(Config::defaultBaseUrl(api));
    }
    const auto ask = [filled, context, done](const QString &token) {
        runOnPool<CheckOutcome>(
            [filled, token] {
                HttpClient http(SystemClock::instance());
                http.options() = testOptions();
                const Result<QString> result = filled.kind == TokenKind::GitHub
                                                   ? TokenCheck::github(http, filled.base, token)
                                                   : TokenCheck::plausible(http, filled.base, token, filled.subjects.value(0));
                return result ? CheckOutcome{true, *result} : CheckOutcome{false, result.errorMessage()};
            },
            context, done);
    };
    QString token = request.token.trimmed();
    if (token.isEmpty())
        token = Tokens(nullptr).token(request.kind).value(); // the environment's, when it sets one
    if (!token.isEmpty() || !m_secrets) {
        ask(token);
        return;
    }
    // Nothing typed: test the stored one, asked of the keychain without waiting for it.
    m_secrets->read(Tokens::keychainKey(request.kind), context, [ask, done](const Result<std::optional<QString>> &stored) {
        if (!stored) {
            done(CheckOutcome{false, stored.errorMessage()});
            return;
        }
        ask(stored->value_or(QString()).trimmed());
    });
}

void AppService::checkRedditClientId(const QString &clientId, const QString &username, const QUrl &webBase,
                                     QObject *context, std::function<void(const CheckOutcome &)> done)
{
    auto configured = m_config->baseUrl(Api::Reddit);
    const QUrl web = !webBase.isEmpty() ? webBase : configured ? *configured : QUrl(Config::defaultBaseUrl(Api::Reddit));
    const RedditCredentials credentials{clientId, m_config->redditDeviceId(), joinUrl(web, QStringLiteral("/api/v1/access_token")),
                                        RedditApi::userAgent(username)};
    runOnPool<CheckOutcome>(
        [credentials] {
            HttpClient http(SystemClock::instance());
            http.options() = testOptions();
            RedditAuth auth(http, SystemClock::instance(), credentials, QStringLiteral("Reddit"));
            const Result<QString> token = auth.bearer();
            // The token stays in this process's memory; it is neither shown nor kept.
            return token ? CheckOutcome{true, tr("Reddit accepted the client id: Insights can read posts as this app.")}
                         : CheckOutcome{false, token.errorMessage()};
        },
        context, done);
}

} // namespace insights
