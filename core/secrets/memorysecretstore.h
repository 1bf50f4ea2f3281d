#pragma once
// A SecretStore held in memory: for tests and for sessions where the user chose not to persist.
#include "secretstore.h"

#include <QHash>

namespace insights {

class MemorySecretStore final : public SecretStore {
public:
    Result<std::optional<QString>> read(const QString &key) override
    {
        if (auto it = m_values.constFind(key); it != m_values.constEnd())
            return std::optional<QString>(*it);
        return std::optional<QString>();
    }
    Status write(const QString &key, const QString &secret) override
    {
        m_values.insert(key, secret);
        return Ok{};
    }
    Status remove(const QString &key) override
    {
        m_values.remove(key);
        return Ok{};
    }

private:
    QHash<QString, QString> m_values;
};

} // namespace insights
