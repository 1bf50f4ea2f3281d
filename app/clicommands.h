#pragma once
// The command-line commands: progress to stderr, results to stdout, exit codes of SPEC §3.
#include "commandline.h"

#include <QCoreApplication>

namespace insights {

enum ExitCode { ExitOk = 0, ExitSourceFailed = 1, ExitUsage = 2 };

class CliCommands final {
    Q_DECLARE_TR_FUNCTIONS(CliCommands)
public:
    static int run(const CommandLine &commandLine);
    // Creates the data directory if needed and moves an unreadable database aside (saying so);
    // 0, or the exit code to end with. Every command that opens the database runs it first.
    static int prepareDataDir(const QString &dataDir);
    // Reading commands never create a data directory: when `dataDir` does not exist, says so on
    // stderr and returns true (the caller ends with exit code 1).
    static bool dataDirMissing(const QString &dataDir);
    // A usage error found after parsing: the message, where to read more, exit code 2.
    static int usageError(const QString &message);

private:
    static int collect(const CommandLine &commandLine, const QString &dataDir);
    static int status(const QString &dataDir);
    static int reddit(const CommandLine &commandLine, const QString &dataDir);
    static int exportMetrics(const CommandLine &commandLine, const QString &dataDir);
};

} // namespace insights
