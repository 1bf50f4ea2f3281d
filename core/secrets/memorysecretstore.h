#pragma once
// A SecretStore held in memory, for tests.
#include "secretstore.h"

#include <QHash>

namespace insights {

class MemorySecretStore final : public SecretStore {
public:
    Result<std::optional<QString>> read(const QString &key) const override
    {
        if (auto it = m_values.constFind(key); it != m_values.constEnd())
            return std::optional<QString>(*it);
        return std::optional<QString>();
    }
    void write(const QString &key, const QString &secret) { m_values.insert(key, secret); }
    void remove(const QString &key) { m_values.remove(key); }

private:
    QHash<QString, QString> m_values;
};

} // namespace insights
