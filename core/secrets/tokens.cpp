#include "tokens.h"

namespace insights {

Tokens::Tokens(SecretStore *store, QProcessEnvironment env) : m_store(store), m_env(std::move(env)) {}

QString Tokens::keychainKey(TokenKind kind)
{
    return kind == TokenKind::GitHub ? QStringLiteral("github-token") : QStringLiteral("plausible-api-key");
}

QString Tokens::environmentVariable(TokenKind kind)
{
    return kind == TokenKind::GitHub ? QStringLiteral("INSIGHT_GITHUB_TOKEN") : QStringLiteral("INSIGHT_PLAUSIBLE_API_KEY");
}

Result<QString> Tokens::token(TokenKind kind)
{
    const QString fromEnv = m_env.value(environmentVariable(kind)).trimmed();
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (!m_store)
        return QString();
    auto stored = m_store->read(keychainKey(kind));
    if (!stored)
        return stored.error();
    return stored->value_or(QString()).trimmed();
}

Status Tokens::store(TokenKind kind, const QString &token)
{
    if (!m_store)
        return makeError(tr("No keychain is configured; set %1 in the environment instead.").arg(environmentVariable(kind)),
                         Error::Kind::Config);
    return m_store->write(keychainKey(kind), token.trimmed());
}

Status Tokens::forget(TokenKind kind)
{
    return m_store ? m_store->remove(keychainKey(kind)) : Status(Ok{});
}

} // namespace insights
