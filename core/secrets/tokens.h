#pragma once
// Resolves the token for an API: the environment first (it overrides settings, SPEC §3), then
// the keychain. Tokens are returned to the caller and never stored anywhere else.
#include "secretstore.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace insights {

enum class TokenKind { GitHub, Plausible };

class Tokens final {
    Q_DECLARE_TR_FUNCTIONS(Tokens)
public:
    Tokens(SecretStore *store, QProcessEnvironment env = QProcessEnvironment::systemEnvironment());

    static QString keychainKey(TokenKind kind);
    static QString environmentVariable(TokenKind kind);

    // The token, or an empty string when none is configured. An unreachable keychain is an error
    // only when the environment does not provide the token either.
    Result<QString> token(TokenKind kind);
    Status store(TokenKind kind, const QString &token);
    Status forget(TokenKind kind);

private:
    SecretStore *m_store;
    QProcessEnvironment m_env;
};

} // namespace insights
