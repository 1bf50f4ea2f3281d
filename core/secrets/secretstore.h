#pragma once
// Where tokens live. The production store is the OS keychain (qtkeychain); tests may use an
// in-memory store. Nothing behind this interface ever writes a secret to a file Insights owns.
#include "util/result.h"

#include <QString>
#include <optional>

namespace insights {

class SecretStore {
public:
    virtual ~SecretStore() = default;
    // nullopt when no secret is stored under `key`; an error when the store cannot be asked.
    virtual Result<std::optional<QString>> read(const QString &key) = 0;
    virtual Status write(const QString &key, const QString &secret) = 0;
    virtual Status remove(const QString &key) = 0;
};

} // namespace insights
