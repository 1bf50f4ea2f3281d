#pragma once
// Resolves the token for an API: the environment first (it overrides settings, SPEC §3), then
// the keychain's values read before the run (a SecretSnapshot). Tokens are returned to the
// caller and never stored anywhere else. Saving a token is the SecretService's job.
#include "secretstore.h"
#include "tokenkind.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace insights {

class Tokens final {
    Q_DECLARE_TR_FUNCTIONS(Tokens)
public:
    Tokens(const SecretStore *store, QProcessEnvironment env = QProcessEnvironment::systemEnvironment());

    static QString keychainKey(TokenKind kind);
    static QString environmentVariable(TokenKind kind);
    // The keychain entries a run has to read: those whose environment variable is not set.
    static QStringList keychainKeysToRead(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    // The token, or an empty string when none is configured. An unreachable keychain is an error
    // only when the environment does not provide the token either.
    Result<QString> token(TokenKind kind) const;

private:
    const SecretStore *m_store;
    QProcessEnvironment m_env;
};

} // namespace insights
