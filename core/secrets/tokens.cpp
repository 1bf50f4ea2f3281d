#include "tokens.h"

namespace insights {

Tokens::Tokens(const SecretStore *store, QProcessEnvironment env) : m_store(store), m_env(std::move(env)) {}

QString Tokens::keychainKey(TokenKind kind)
{
    return kind == TokenKind::GitHub ? QStringLiteral("github-token") : QStringLiteral("plausible-api-key");
}

QString Tokens::environmentVariable(TokenKind kind)
{
    return kind == TokenKind::GitHub ? QStringLiteral("INSIGHT_GITHUB_TOKEN") : QStringLiteral("INSIGHT_PLAUSIBLE_API_KEY");
}

QStringList Tokens::keychainKeysToRead(const QProcessEnvironment &env)
{
    QStringList keys;
    for (TokenKind kind : {TokenKind::GitHub, TokenKind::Plausible})
        if (env.value(environmentVariable(kind)).trimmed().isEmpty())
            keys << keychainKey(kind);
    return keys;
}

Result<QString> Tokens::token(TokenKind kind) const
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

} // namespace insights
