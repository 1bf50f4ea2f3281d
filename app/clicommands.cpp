#include "clicommands.h"
#include "clistreams.h"
#include "databaseopen.h"

#include "collectors/reddit/reddittracker.h"
#include "config/config.h"
#include "digestcommand.h"
#include "migratecommand.h"
#include "collectorcommand.h"
#include "export/metricexporter.h"
#include "http/httpclient.h"
#include "importcommand.h"
#include "notecommands.h"
#include "service/appservice.h"
#include "secrets/tokens.h"
#include "status/overviewsummary.h"
#include "status/statusreport.h"
#include "storage/database.h"
#include "trackcommands.h"
#include "util/clock.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFile>
#include <QSet>
#include <QTimer>
#include <QSaveFile>
#include <QTextStream>
#include <climits>
#include <atomic>
#include <csignal>

namespace insights {

namespace {

std::atomic_bool g_interrupted{false};

extern "C" void onSignal(int)
{
    g_interrupted.store(true);
}

using cli::err;
using cli::out;

// Opens the data directory's database; says why on stderr when it cannot.
bool openDatabase(Database &db, const QString &dataDir)
{
    if (auto st = openCommandDatabase(db, Config(dataDir)); !st) {
        err() << st.errorMessage() << Qt::endl;
        return false;
    }
    return true;
}

QString when(const QDateTime &dt, const QString &otherwise)
{
    return dt.isValid() ? utcMinuteText(dt) : otherwise;
}

// What the command line can do about a source that misses something; the core's message names
// Settings only, because the window shows it too.
QString commandLineHint(const SourceOutcome &s)
{
    const bool plausible = s.source == QLatin1String("plausible");
    if (s.missing == SourceOutcome::Missing::Credential)
        return CliCommands::tr("Or set %1.").arg(Tokens::environmentVariable(plausible ? TokenKind::Plausible : TokenKind::GitHub));
    if (s.missing != SourceOutcome::Missing::Subjects)
        return {};
    if (s.source == QLatin1String("pypi"))
        return CliCommands::tr("Or set INSIGHT_PYPI_PACKAGES.");
    if (plausible)
        return CliCommands::tr("Or set INSIGHT_PLAUSIBLE_SITES.");
    if (s.source == QLatin1String("reddit"))
        return CliCommands::tr("Or run: insights reddit add URL");
    return CliCommands::tr("Or run: insights track OWNER/REPO (or set INSIGHT_GITHUB_REPOS).");
}

QString withHint(const QString &message, const SourceOutcome &s)
{
    const QString hint = commandLineHint(s);
    return hint.isEmpty() ? message : message + QLatin1Char(' ') + hint;
}

} // namespace

int CliCommands::usageError(const QString &message)
{
    err() << message << Qt::endl << CommandLineParser::seeHelp() << Qt::endl;
    return ExitUsage;
}

bool CliCommands::dataDirMissing(const QString &dataDir)
{
    if (QFileInfo(dataDir).isDir())
        return false;
    err() << tr("There is no Insights data in %1: the folder does not exist.").arg(QDir::toNativeSeparators(dataDir))
          << Qt::endl;
    return true;
}

int CliCommands::prepareDataDir(const QString &dataDir)
{
    if (auto st = Config::prepareDataDir(dataDir); !st) {
        err() << st.errorMessage() << Qt::endl;
        return ExitSourceFailed;
    }
    auto recovered = Database::recoverIfUnreadable(Config(dataDir).databasePath());
    if (!recovered) {
        err() << recovered.errorMessage() << Qt::endl;
        return ExitSourceFailed;
    }
    if (!recovered->isEmpty())
        err() << tr("warning: %1").arg(*recovered) << Qt::endl;
    return ExitOk;
}

int CliCommands::run(const CommandLine &cl)
{
    if (cl.command == QLatin1String("sample"))
        return TrackCommands::sample(cl); // before anything creates files where the sample goes
    const QString dataDir = Config::resolveDataDir(cl.dataDir);
    if (cl.command == QLatin1String("note"))
        return NoteCommands::run(cl, dataDir); // checks its input before it may create anything
    if (cl.command == QLatin1String("import"))
        return ImportCommand::run(cl, dataDir); // reads and checks every file before it may create anything
    if (cl.command == QLatin1String("migrate"))
        return MigrateCommand::run(cl, dataDir); // never creates the data directory it copies from
    // Reading commands never create a data directory: a mistyped path says so instead.
    const bool reads = cl.command == QLatin1String("status") || cl.command == QLatin1String("export")
        || cl.command == QLatin1String("digest");
    if (reads && dataDirMissing(dataDir))
        return ExitSourceFailed;
    if (const int failed = prepareDataDir(dataDir))
        return failed;
    if (cl.command == QLatin1String("collect"))
        return collect(cl, dataDir);
    if (cl.command == QLatin1String("collector"))
        return CollectorCommand::run(cl, dataDir);
    if (cl.command == QLatin1String("track"))
        return TrackCommands::track(cl, dataDir);
    if (cl.command == QLatin1String("untrack"))
        return TrackCommands::untrack(cl, dataDir);
    if (cl.command == QLatin1String("reddit"))
        return reddit(cl, dataDir);
    if (cl.command == QLatin1String("export"))
        return exportMetrics(cl, dataDir);
    if (cl.command == QLatin1String("digest"))
        return DigestCommand::run(cl, dataDir);
    return status(dataDir);
}

int CliCommands::exportMetrics(const CommandLine &cl, const QString &dataDir)
{
    // "insights" is no collector but the source column of the user's notes: it exports only them.
    if (!cl.source.isEmpty() && cl.source != MetricExporter::notesSource())
        if (auto st = CollectionRunner::validateSourceKeys({cl.source}); !st)
            return usageError(st.errorMessage());
    Database db;
    if (!openDatabase(db, dataDir))
        return ExitSourceFailed;
    ExportRequest request;
    request.format = cl.format == QLatin1String("json") ? ExportRequest::Format::Json : ExportRequest::Format::Csv;
    request.range = {cl.from, cl.to};
    request.source = cl.source;
    request.subject = cl.subjects.value(0);
    request.noPersonal = cl.noPersonal;
    if (!cl.noPersonal && (cl.source.isEmpty() || cl.source == QLatin1String("github_stars")))
        err() << tr("note: stargazer profiles may contain names and e-mail addresses; --no-personal leaves them out.")
              << Qt::endl;
    // A file appears whole or not at all: written aside, renamed when complete.
    QSaveFile file(cl.out);
    QFile stdoutFile;
    QIODevice *device = &file;
    if (cl.out.isEmpty() || cl.out == QLatin1String("-")) {
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly)) {
            err() << tr("Cannot write to the standard output.") << Qt::endl;
            return ExitSourceFailed;
        }
        device = &stdoutFile;
    } else if (!file.open(QIODevice::WriteOnly)) {
        err() << tr("Cannot write %1: %2").arg(cl.out, file.errorString()) << Qt::endl;
        return ExitSourceFailed;
    }
    auto rows = MetricExporter::write(db.handle(), request, *device);
    if (!rows) {
        err() << rows.errorMessage() << Qt::endl;
        if (device == &file)
            file.cancelWriting();
        return ExitSourceFailed;
    }
    if (device == &file && !file.commit()) {
        err() << tr("Cannot write %1: %2").arg(cl.out, file.errorString()) << Qt::endl;
        return ExitSourceFailed;
    }
    stdoutFile.close();
    err() << tr("%n row(s) exported.", nullptr, int(std::min<qint64>(*rows, INT_MAX))) << Qt::endl;
    return ExitOk;
}

int CliCommands::collect(const CommandLine &cl, const QString &dataDir)
{
    if (auto st = CollectionRunner::validateSourceKeys(cl.arguments); !st)
        return usageError(st.errorMessage());
    // The same service as the window's, headless: it reads the keychain once, before the run and
    // only for what the environment does not set, and collects in its collection thread.
    AppService service(dataDir);
    service.setScheduleEnabled(false);
    QSet<QString> said; // progress already printed: a skipped source's reason comes this way first
    QObject::connect(&service, &AppService::progress, [&said](const QString &message) {
        said.insert(message);
        err() << message << Qt::endl;
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer interrupted;
    QObject::connect(&interrupted, &QTimer::timeout, &service, [&service] {
        if (g_interrupted.load())
            service.cancel();
    });
    interrupted.start(100);

    // Alerts are printed, not marked as shown: the window notifies of them at its next start.
    QList<Alert> alerts;
    QObject::connect(&service, &AppService::alertsRaised, [&alerts](const QList<Alert> &raised) { alerts += raised; });

    CollectOptions options;
    options.lookbackDays = cl.lookbackDays.value_or(0);
    RunReport report;
    QEventLoop loop;
    QObject::connect(&service, &AppService::collectionFinished, &loop, [&](const RunReport &finished) {
        report = finished;
        loop.quit();
    });
    if (!service.collect(cl.arguments, options)) {
        err() << service.databaseError() << Qt::endl;
        return ExitSourceFailed;
    }
    loop.exec();

    if (report.sources.isEmpty())
        err() << tr("Nothing to collect: no enabled source is configured. See \"insights status\".") << Qt::endl;
    QStringList hints; // what the command line can do about the skipped sources, each once, last
    for (const SourceOutcome &source : report.sources) {
        for (const SubjectOutcome &subject : source.subjects)
            for (const QString &note : subject.notes)
                err() << tr("note: %1").arg(note) << Qt::endl;
        switch (source.state) {
        case SourceOutcome::State::Ok:
            out() << tr("%1: ok, %n subject(s), %2 row(s) changed", nullptr, int(source.subjects.size()))
                         .arg(source.source)
                         .arg(source.changed())
                  << Qt::endl;
            break;
        case SourceOutcome::State::Skipped: {
            // Not a result: each reason once (the progress said it already), then what the
            // command line can do about it, once however many sources share it.
            if (said.contains(source.message))
                err() << tr("%1: skipped").arg(source.source) << Qt::endl;
            else
                err() << tr("%1: skipped — %2").arg(source.source, source.message.section(QStringLiteral(": "), 1)) << Qt::endl;
            if (const QString hint = commandLineHint(source); !hint.isEmpty() && !hints.contains(hint))
                hints.append(hint);
            break;
        }
        case SourceOutcome::State::Cancelled:
        case SourceOutcome::State::Failed: {
            out() << tr("%1: failed").arg(source.source) << Qt::endl;
            if (!source.message.isEmpty())
                err() << withHint(tr("error: %1").arg(source.message), source) << Qt::endl;
            for (const SubjectOutcome &subject : source.subjects) {
                if (subject.ok)
                    out() << tr("  %1: ok, %2 row(s) changed").arg(subject.subject).arg(subject.changed) << Qt::endl;
                else if (subject.message != source.message)
                    err() << tr("error: %1").arg(subject.message) << Qt::endl;
            }
            break;
        }
        }
    }
    for (const QString &hint : std::as_const(hints))
        err() << hint << Qt::endl;
    for (const Alert &alert : std::as_const(alerts))
        out() << tr("alert: %1").arg(AlertText::describe(alert)) << Qt::endl;
    // A run that could collect nothing at all because nothing is tracked is not a success: a
    // scheduled `insights collect` would otherwise look fine forever while storing nothing.
    const bool nothingTracked = !report.sources.isEmpty() && std::all_of(report.sources.begin(), report.sources.end(), [](const SourceOutcome &s) {
        return s.state == SourceOutcome::State::Skipped && s.missing == SourceOutcome::Missing::Subjects;
    });
    if (nothingTracked) {
        err() << tr("Nothing is tracked, so nothing was collected.") << Qt::endl;
        return ExitSourceFailed;
    }
    return report.anyFailed() ? ExitSourceFailed : ExitOk;
}

int CliCommands::reddit(const CommandLine &cl, const QString &dataDir)
{
    Database db;
    if (!openDatabase(db, dataDir))
        return ExitSourceFailed;
    Config config(dataDir);
    const QString sub = cl.arguments.value(0);
    if (sub == QLatin1String("list")) {
        auto posts = RedditPosts(db.handle()).list();
        if (!posts) {
            err() << posts.errorMessage() << Qt::endl;
            return ExitSourceFailed;
        }
        if (posts->isEmpty())
            err() << tr("No Reddit posts are tracked. Add one with: insights reddit add URL") << Qt::endl;
        for (const TrackedPost &p : std::as_const(*posts)) {
            const QString score = p.score ? QString::number(*p.score, 'f', 0) : QStringLiteral("-");
            const QString comments = p.comments ? QString::number(*p.comments, 'f', 0) : QStringLiteral("-");
            out() << tr("%1  r/%2  score %3  comments %4  (as of %5)  %6")
                         .arg(p.postId, p.subreddit, score, comments,
                              p.lastSnapshot.isValid() ? p.lastSnapshot.toString(Qt::ISODate) : tr("never"), p.title)
                  << Qt::endl;
        }
        return ExitOk;
    }

    HttpClient http(SystemClock::instance());
    http.setNoticeHandler([](const QString &message) { err() << message << Qt::endl; });
    RedditTracker tracker(db, config, SystemClock::instance(), http);
    if (sub == QLatin1String("remove")) {
        auto removed = tracker.remove(cl.arguments.value(1), cl.purge);
        if (!removed) {
            err() << removed.errorMessage() << Qt::endl;
            return removed.error().kind == Error::Kind::Config ? ExitUsage : ExitSourceFailed;
        }
        out() << (cl.purge ? tr("Stopped tracking %1 and deleted its history.").arg(*removed)
                           : tr("Stopped tracking %1; its history is kept (--purge deletes it).").arg(*removed))
              << Qt::endl;
        return ExitOk;
    }

    auto added = tracker.add(cl.arguments.value(1));
    if (!added) {
        err() << added.errorMessage() << Qt::endl;
        return added.error().kind == Error::Kind::Config ? ExitUsage : ExitSourceFailed;
    }
    const RedditPost &post = added->post;
    out() << (added->alreadyTracked ? tr("Already tracked, refreshed: %1  r/%2  score %3  comments %4  %5")
                                    : tr("Tracking %1  r/%2  score %3  comments %4  %5"))
                 .arg(post.id, post.subreddit, QString::number(post.score, 'f', 0), QString::number(post.comments, 'f', 0),
                      post.title)
          << Qt::endl;
    return ExitOk;
}

int CliCommands::status(const QString &dataDir)
{
    Database db;
    if (!openDatabase(db, dataDir))
        return ExitSourceFailed;
    Config config(dataDir);
    auto report = StatusReport::build(db.handle(), config, SystemClock::instance());
    if (!report) {
        err() << report.errorMessage() << Qt::endl;
        return ExitSourceFailed;
    }
    out() << tr("Data directory: %1").arg(dataDir) << Qt::endl;
    for (const SourceStatus &s : *report) {
        QString state;
        if (!s.implemented)
            state = tr("not available in this version yet");
        else if (!s.enabled)
            state = tr("disabled");
        else
            state = tr("enabled, every %n hour(s)", nullptr, s.intervalHours);
        out() << Qt::endl << QStringLiteral("%1 (%2): %3").arg(s.key, s.displayName, state) << Qt::endl;
        if (!s.implemented)
            continue;
        out() << tr("  subjects:   %1").arg(s.subjects.isEmpty() ? tr("none") : s.subjects.join(QStringLiteral(", ")))
              << Qt::endl;
        out() << tr("  last run:   %1").arg(when(s.lastCollectedAt, tr("never"))) << Qt::endl;
        if (!s.lastCollector.isEmpty()) // team mode: who collected last, and when
            out() << tr("  collected:  %1 by %2").arg(when(s.lastSuccessAt, tr("never")), s.lastCollector) << Qt::endl;
        out() << tr("  next run:   %1").arg(when(s.nextDueAt, tr("not scheduled"))) << Qt::endl;
        out() << tr("  rows:       %1").arg(s.rows) << Qt::endl;
        if (!s.lastError.isEmpty())
            out() << tr("  last error: %1").arg(s.lastError) << Qt::endl;
        for (const QString &warning : s.warnings)
            out() << tr("  warning:    %1").arg(warning) << Qt::endl;
    }
    // Last, the Overview in text: what the window's first page shows for the last 30 days.
    auto overview = OverviewSummary::lines(db.handle(), QDate::currentDate());
    if (!overview) {
        err() << overview.errorMessage() << Qt::endl;
        return ExitSourceFailed;
    }
    if (!overview->isEmpty())
        out() << Qt::endl << overview->join(QLatin1Char('\n')) << Qt::endl;
    // A failing source is what `status` is asked for in scripts and monitoring: exit 1.
    const bool failing = std::any_of(report->begin(), report->end(), [](const SourceStatus &s) {
        return s.implemented && s.enabled && !s.lastError.isEmpty();
    });
    return failing ? ExitSourceFailed : ExitOk;
}

} // namespace insights
