#pragma once
// `insights migrate --to postgresql://…|FILE.db [--merge]` (issue 25): copies this database — the
// local file, or the team database INSIGHT_DATABASE_URL names — into another and proves the copy
// table by table (core/storage/databasecopy.h). The report goes to stdout; a target that cannot be
// reached, already holds data (without --merge) or does not match is an error on stderr, exit 1,
// with the target as it was.
#include "commandline.h"

#include <QCoreApplication>

namespace insights {

class MigrateCommand final {
    Q_DECLARE_TR_FUNCTIONS(MigrateCommand)
public:
    static int run(const CommandLine &commandLine, const QString &dataDir);
};

} // namespace insights
