#include "migratecommand.h"

#include "clicommands.h"
#include "clistreams.h"
#include "config/config.h"
#include "databaseopen.h"
#include "storage/database.h"
#include "storage/databasecopy.h"

#include <QFileInfo>
#include <QLocale>

namespace insights {

int MigrateCommand::run(const CommandLine &cl, const QString &dataDir)
{
    using cli::err;
    using cli::out;
    auto target = DatabaseLocation::parse(cl.migrateTo);
    if (!target) {
        err() << target.errorMessage() << Qt::endl;
        return ExitUsage;
    }
    auto source = DatabaseLocation::parse(Config(dataDir).databaseLocation());
    if (!source) {
        err() << source.errorMessage() << Qt::endl;
        return ExitSourceFailed;
    }
    if (target->display() == source->display()
        || (!target->isPostgres() && !source->isPostgres()
            && QFileInfo(target->filePath).absoluteFilePath() == QFileInfo(source->filePath).absoluteFilePath())) {
        err() << tr("%1 is the database this copies from; name another with --to.").arg(target->display()) << Qt::endl;
        return ExitUsage;
    }
    if (!source->isPostgres() && !QFileInfo::exists(source->filePath)) {
        err() << tr("There is no database at %1 to copy from.").arg(source->filePath) << Qt::endl;
        return ExitSourceFailed;
    }
    Database from, to;
    if (auto st = from.open(withStoredPassword(*source)); !st) {
        err() << st.errorMessage() << Qt::endl;
        return ExitSourceFailed;
    }
    if (auto st = to.open(withStoredPassword(*target)); !st) {
        err() << st.errorMessage() << Qt::endl;
        return ExitSourceFailed;
    }
    err() << tr("Copying %1 into %2 …").arg(source->display(), target->display()) << Qt::endl;
    auto report = DatabaseCopy::copy(from.handle(), to.handle(), cl.merge,
                                     [](const QString &table) { cli::err() << "  " << table << Qt::endl; });
    if (!report) {
        err() << report.errorMessage() << Qt::endl;
        return ExitSourceFailed;
    }
    const QLocale c = QLocale::c();
    for (const DatabaseCopy::Table &t : report->tables) {
        if (report->merged)
            out() << tr("%1: %2 rows added; %3 rows there now (%4 in the copy's source)")
                         .arg(t.name, c.toString(t.copied), c.toString(t.targetRows), c.toString(t.sourceRows))
                  << Qt::endl;
        else
            out() << tr("%1: %2 rows, checksum %3, equal on both sides").arg(t.name, c.toString(t.targetRows), QString::fromLatin1(t.sourceSum))
                  << Qt::endl;
    }
    out() << (report->merged ? tr("Merged into %1.") : tr("Copied into %1 and verified.")).arg(target->display()) << Qt::endl;
    return ExitOk;
}

} // namespace insights
