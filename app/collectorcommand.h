#pragma once
// `insights collector [--once]` (issue 25): the schedule without a window or tray, for a server.
// Every minute (or once, for cron) it collects the subjects that are due and whose lease it gets
// (TeamCollector), logging to stderr for journald. SIGTERM or SIGINT stop it cleanly: a run in
// flight stops between subjects and writes nothing of the source it was collecting (its
// transaction never began), then the process exits 0. --once exits 1 when a source failed.
#include "commandline.h"

#include <QCoreApplication>

namespace insights {

class CollectorCommand final {
    Q_DECLARE_TR_FUNCTIONS(CollectorCommand)
public:
    static int run(const CommandLine &commandLine, const QString &dataDir);
};

} // namespace insights
