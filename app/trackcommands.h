#pragma once
// `insights track`, `insights untrack` and `insights sample` (issue 21): what a newcomer does
// first, from the command line. Results to stdout, problems to stderr, exit codes of SPEC §3.
#include "commandline.h"

#include <QCoreApplication>

namespace insights {

class TrackCommands final {
    Q_DECLARE_TR_FUNCTIONS(TrackCommands)
public:
    // Asks GitHub about the repository (and, unless --no-discover, ClickHouse for its packages),
    // then adds the repository and the packages; the homepage's site is only suggested (it needs
    // a Plausible key).
    static int track(const CommandLine &commandLine, const QString &dataDir);
    static int untrack(const CommandLine &commandLine, const QString &dataDir);
    // Needs no prepared data directory: it must stay untouched unless it is empty or a sample.
    static int sample(const CommandLine &commandLine);
};

} // namespace insights
