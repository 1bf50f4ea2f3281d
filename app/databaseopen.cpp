#include "databaseopen.h"

#include "config/config.h"
#include "secrets/keychain.h"
#include "secrets/secretsnapshot.h"

namespace insights {

DatabaseLocation withStoredPassword(DatabaseLocation location)
{
    if (!location.needsKeychainPassword())
        return location;
    Keychain keychain;
    const SecretSnapshot secrets = SecretSnapshot::loadNow(keychain, {location.keychainKey()}, SecretSnapshot::kDefaultTimeoutMs);
    // No keychain, or nothing stored: the server may need no password (trust, ~/.pgpass); if it
    // does, its refusal says where a password comes from.
    if (auto stored = secrets.read(location.keychainKey()); stored && stored->has_value())
        location.password = **stored;
    return location;
}

Status openCommandDatabase(Database &db, const Config &config)
{
    auto location = DatabaseLocation::parse(config.databaseLocation());
    if (!location)
        return location.error();
    return db.open(withStoredPassword(*location));
}

} // namespace insights
