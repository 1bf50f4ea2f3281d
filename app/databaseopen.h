#pragma once
// The database a command works on: Config::databaseLocation(), with a team database's password
// taken, when neither the URL nor INSIGHT_DATABASE_PASSWORD gives one, from the keychain entry
// Settings → General stores (asked once, here; a command runs no window). `insights collector`
// does not use this: a server has no keychain, and its password comes from the environment.
#include "storage/database.h"

namespace insights {

class Config;

// `location` with the keychain's password filled in when it needs one and one is stored.
DatabaseLocation withStoredPassword(DatabaseLocation location);
Status openCommandDatabase(Database &db, const Config &config);

} // namespace insights
