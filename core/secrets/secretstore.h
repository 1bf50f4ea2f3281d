#pragma once
// What a collection reads its secrets from: values already in memory, so a run never asks the
// keychain itself (the keychain is asked asynchronously on the main thread before the run, see
// secretservice.h and secretsnapshot.h). Nothing behind this interface writes a secret to a file.
#include "util/result.h"

#include <QString>
#include <optional>

namespace insights {

class SecretStore {
public:
    virtual ~SecretStore() = default;
    // nullopt when no secret is stored under `key`; an error when the keychain could not be asked.
    virtual Result<std::optional<QString>> read(const QString &key) const = 0;
};

} // namespace insights
