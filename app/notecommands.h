#pragma once
// `insights note add DATE TEXT [--subject S] | list [--from DATE] [--to DATE] [--subject S] |
// remove ID`: the user's own notes on the timeline (core/notes). Results to stdout, problems to
// stderr; wrong input of any kind (a bad date or text, an ID that is not a note) is a usage
// error, exit 2, found before anything is created or written.
#include "commandline.h"

#include <QCoreApplication>

namespace insights {

class NoteCommands final {
    Q_DECLARE_TR_FUNCTIONS(NoteCommands)
public:
    // The usage error the arguments' shape shows (sub-command, their number, options that do not
    // belong), or an empty string. Called by the parser.
    static QString usageError(const CommandLine &commandLine);
    // `list` and `remove` never create the data directory; `add` does (like `reddit add`).
    static int run(const CommandLine &commandLine, const QString &dataDir);
};

} // namespace insights
