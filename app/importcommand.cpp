#include "importcommand.h"

#include "clicommands.h"
#include "clistreams.h"
#include "collectors/github/githubapi.h"
#include "config/config.h"
#include "config/validation.h"
#include "databaseopen.h"
#include "import/historyfiles.h"
#include "import/historyimport.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QDir>
#include <QFileInfo>

namespace insights {

namespace {

using cli::err;
using cli::out;

QString usage()
{
    return ImportCommand::tr("usage: insights import PATH [--subject OWNER/REPO] [--format auto|repo-stats|lambda-csv]");
}

// Days as the summary lists them: runs of consecutive days as one range; with `spanOver` ranges
// or more, only the first and last day (the days added: a year of snapshots would fill a screen).
QString dayList(QList<QDate> days, qsizetype spanOver = 0)
{
    std::sort(days.begin(), days.end());
    QStringList parts;
    for (qsizetype i = 0; i < days.size();) {
        qsizetype j = i;
        while (j + 1 < days.size() && days.at(j + 1) == days.at(j).addDays(1))
            ++j;
        parts.append(i == j ? days.at(i).toString(Qt::ISODate)
                            : QStringLiteral("%1..%2").arg(days.at(i).toString(Qt::ISODate), days.at(j).toString(Qt::ISODate)));
        i = j + 1;
    }
    if (spanOver > 0 && parts.size() >= spanOver)
        return ImportCommand::tr("between %1 and %2").arg(days.first().toString(Qt::ISODate), days.last().toString(Qt::ISODate));
    return parts.join(QStringLiteral(", "));
}

QString metricLine(const ImportSummary::Metric &m)
{
    if (!m.skippedBecause.isEmpty())
        return ImportCommand::tr("  %1: not imported. %2").arg(m.metric, m.skippedBecause);
    QStringList parts;
    parts.append(m.added.isEmpty() ? ImportCommand::tr("nothing added")
                                   : ImportCommand::tr("%n day(s) added (%1)", nullptr, int(m.added.size())).arg(dayList(m.added, 6)));
    if (!m.collected.isEmpty())
        parts.append(ImportCommand::tr("%n day(s) skipped, a collected figure exists: %1", nullptr, int(m.collected.size()))
                         .arg(dayList(m.collected)));
    if (m.alreadyImported > 0)
        parts.append(ImportCommand::tr("%n day(s) imported before", nullptr, m.alreadyImported));
    return QStringLiteral("  %1: %2").arg(m.metric, parts.join(QStringLiteral("; ")));
}

bool tracked(const QString &dataDir, const QString &repo)
{
    const QStringList repos = Config(dataDir).githubRepos();
    return std::any_of(repos.begin(), repos.end(), [&](const QString &r) { return r.compare(repo, Qt::CaseInsensitive) == 0; });
}

// The repository the files belong to: --subject, else the one github-repo-stats' folder layout
// names when the user tracks it (a folder name alone is too weak a guess to write under).
std::optional<QString> subjectOf(const QString &given, const ImportedHistory &history, const QString &dataDir, QString &problem)
{
    if (!given.isEmpty())
        return given;
    if (!history.subjectHint.isEmpty() && GitHubApi::isValidRepo(history.subjectHint) && tracked(dataDir, history.subjectHint))
        return history.subjectHint;
    if (!history.subjectHint.isEmpty() && GitHubApi::isValidRepo(history.subjectHint))
        problem = ImportCommand::tr("The folder suggests %1, which is not tracked; pass --subject OWNER/REPO to say whose "
                                    "history this is.")
                      .arg(history.subjectHint);
    else
        problem = ImportCommand::tr("These files do not name their repository; pass --subject OWNER/REPO.");
    return std::nullopt;
}

} // namespace

QString ImportCommand::usageError(const CommandLine &cl)
{
    if (cl.arguments.size() != 1 || cl.subjects.size() > 1)
        return usage();
    if (!cl.format.isEmpty() && !HistoryFiles::formatFromName(cl.format))
        return tr("--format of an import is auto, repo-stats or lambda-csv, not \"%1\".").arg(cl.format);
    return {};
}

int ImportCommand::run(const CommandLine &cl, const QString &dataDir)
{
    const QString path = cl.arguments.value(0);
    if (!QFileInfo::exists(path))
        return CliCommands::usageError(tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
    // Any owner/repo, tracked or not: importing a repository's history before tracking it (or
    // after untracking it) is a fair wish, and its pages show whatever is stored. The name must
    // still be one GitHub could have, so that the rows land where a later collection writes.
    QString given;
    if (!cl.subjects.isEmpty()) {
        auto repo = Validation::repository(cl.subjects.first()); // a pasted GitHub link is fine too
        if (!repo)
            return CliCommands::usageError(tr("--subject: %1").arg(repo.errorMessage()));
        given = *repo;
    }
    const ImportFormat format = HistoryFiles::formatFromName(cl.format.isEmpty() ? QStringLiteral("auto") : cl.format)
                                    .value_or(ImportFormat::Auto);

    // Every file is read and checked before the data directory is touched: wrong input leaves
    // no trace.
    auto history = HistoryFiles::read(path, format, SystemClock::instance().todayUtc());
    if (!history) {
        if (history.error().kind == Error::Kind::Config)
            return CliCommands::usageError(history.error().message);
        err() << history.error().message << Qt::endl << tr("Nothing was imported.") << Qt::endl;
        return ExitSourceFailed;
    }
    QString problem;
    const auto subject = subjectOf(given, *history, dataDir, problem);
    if (!subject)
        return CliCommands::usageError(problem);

    if (const int failed = CliCommands::prepareDataDir(dataDir))
        return failed;
    Database db;
    if (auto st = openCommandDatabase(db, Config(dataDir)); !st) {
        err() << st.errorMessage() << Qt::endl;
        return ExitSourceFailed;
    }
    auto summary = HistoryImport(db.handle(), SystemClock::instance()).run(*history, *subject);
    if (!summary) {
        err() << summary.errorMessage() << Qt::endl << tr("Nothing was imported.") << Qt::endl;
        return ExitSourceFailed;
    }

    out() << tr("Imported %1 history into %2 from %n file(s):", nullptr, int(history->files.size()))
                 .arg(history->tool, *subject)
          << Qt::endl;
    // A year of github-repo-stats holds hundreds of snapshots: the first few name the folder.
    constexpr qsizetype kListed = 8;
    for (const QString &file : history->files.first(std::min(kListed, history->files.size())))
        out() << QStringLiteral("  %1").arg(file) << Qt::endl;
    if (history->files.size() > kListed)
        out() << tr("  … and %n more", nullptr, int(history->files.size() - kListed)) << Qt::endl;
    for (const ImportSummary::Metric &m : std::as_const(summary->metrics))
        out() << metricLine(m) << Qt::endl;
    if (summary->addedDays() == 0)
        out() << tr("Nothing was added: every day in these files is already stored.") << Qt::endl;
    if (summary->starHistoryShown)
        out() << tr("The Stars page draws the imported stars per day until Insights collects the stars of %1 from "
                    "GitHub, which then replace them.")
                     .arg(*subject)
              << Qt::endl;
    if (!history->ignored.isEmpty())
        out() << tr("Left alone (nothing Insights imports): %1")
                     .arg(history->ignored.size() > kListed
                              ? tr("%1 and %n more", nullptr, int(history->ignored.size() - kListed))
                                    .arg(history->ignored.first(kListed).join(QStringLiteral(", ")))
                              : history->ignored.join(QStringLiteral(", ")))
              << Qt::endl;
    if (!tracked(dataDir, *subject))
        out() << tr("%1 is not tracked, so nothing new is collected for it; to start: insights track %1").arg(*subject)
              << Qt::endl;
    return ExitOk;
}

} // namespace insights
