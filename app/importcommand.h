#pragma once
// `insights import PATH [--subject OWNER/REPO] [--format auto|repo-stats|lambda-csv]` (issue 24):
// brings a traffic and star history kept by github-repo-stats or the seed article's Lambda export
// into the database (core/import, docs/import.md). The summary goes to stdout; a usage error
// (no PATH, an unknown format, a bad or missing --subject) exits 2 and a bad file exits 1 with
// its name, line and reason on stderr — both before anything is written.
#include "commandline.h"

#include <QCoreApplication>

namespace insights {

class ImportCommand final {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    // The usage error the arguments' shape shows, or an empty string. Called by the parser.
    static QString usageError(const CommandLine &commandLine);
    static int run(const CommandLine &commandLine, const QString &dataDir);
};

} // namespace insights
