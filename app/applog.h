#pragma once
// The window's log file, <data dir>/logs/insights.log (the previous one kept as insights.log.1
// once it passes 1 MiB): every Qt message and every line of the collection log, with a UTC time.
// A fatal signal (a crash) adds one last line before the process dies, written with write(2)
// alone, since nothing else is safe in a signal handler. No core file is written (crashdumps.h);
// this line and the run marker (runmarker.h) are what tell the user afterwards. Nothing logged
// here carries a token: messages quote URLs and servers, never Authorization headers.
#include <QString>

namespace insights::applog {

// Opens the log and installs the message and fatal-signal handlers; returns the log's path.
QString install(const QString &dataDir);
QString path(const QString &dataDir);

} // namespace insights::applog
