#pragma once
// Schema migrations keyed on PRAGMA user_version. Each step runs in its own transaction and is
// never edited once released: a later change is a new step.
#include "util/result.h"

#include <QSqlDatabase>

namespace insights {

class Migrations final {
public:
    static int latestVersion();
    static Result<int> currentVersion(QSqlDatabase &db);
    // Brings the schema up to `target` (default: latest). A file newer than this build is refused
    // rather than touched.
    static Status migrate(QSqlDatabase &db, int target = -1);
};

} // namespace insights
