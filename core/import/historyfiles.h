#pragma once
// Finds and reads the files of an old traffic history — a github-repo-stats data folder or the
// seed article's Lambda export (docs/import.md) — into an ImportedHistory, checking every line
// before anything is written. Nothing here touches the database.
#include "importedhistory.h"
#include "util/result.h"

#include <QCoreApplication>

namespace insights {

class HistoryFiles final {
    Q_DECLARE_TR_FUNCTIONS(HistoryFiles)
public:
    // "auto", "repo-stats" or "lambda-csv"; nullopt for anything else.
    static std::optional<ImportFormat> formatFromName(const QString &name);
    static QString formatName(ImportFormat format);

    // Reads `path`, a folder or one file. Error::Kind::Config when `path` holds nothing of
    // `format` (or of either, for Auto) or both kinds: the command must change. Error::Kind::Parse
    // when a file is wrong: "FILE, line N: reason". A day after `today` (UTC) is wrong.
    static Result<ImportedHistory> read(const QString &path, ImportFormat format, const QDate &today);
};

} // namespace insights
