#pragma once
// SecretStore on the OS keychain through qtkeychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows). qtkeychain's jobs are asynchronous; this class waits for each
// with a local event loop so callers stay simple.
#include "secretstore.h"

#include <QCoreApplication>

namespace insights {

class KeychainStore final : public SecretStore {
    Q_DECLARE_TR_FUNCTIONS(KeychainStore)
public:
    explicit KeychainStore(QString service = QStringLiteral("Insights"));

    Result<std::optional<QString>> read(const QString &key) override;
    Status write(const QString &key, const QString &secret) override;
    Status remove(const QString &key) override;

private:
    QString m_service;
};

} // namespace insights
