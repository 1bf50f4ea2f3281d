#include "collectorcommand.h"

#include "clicommands.h"
#include "clistreams.h"
#include "service/teamcollector.h"

#include <QDateTime>
#include <QThread>
#include <atomic>
#include <csignal>

namespace insights {

namespace {

std::atomic_bool g_stop{false};

extern "C" void onStopSignal(int)
{
    g_stop.store(true);
}

void logLine(const QString &message)
{
    // journald stamps lines itself; a terminal or a file gets the time from here.
    cli::err() << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << ' ' << message << Qt::endl;
}

} // namespace

int CollectorCommand::run(const CommandLine &cl, const QString &dataDir)
{
    std::signal(SIGTERM, onStopSignal);
    std::signal(SIGINT, onStopSignal);
    const QString holder = TeamCollector::defaultHolder();
    TeamCollector collector(dataDir, holder, TeamCollector::defaultLease());
    logLine(tr("collector %1 started").arg(holder));
    for (;;) {
        auto report = collector.round(&g_stop, logLine);
        if (!report) {
            logLine(report.errorMessage());
            if (cl.once)
                return ExitSourceFailed;
        } else {
            for (const SourceOutcome &source : report->sources) {
                if (source.state == SourceOutcome::State::Skipped && source.subjects.isEmpty())
                    continue; // nothing due here
                int ok = 0;
                for (const SubjectOutcome &s : source.subjects)
                    ok += s.ok ? 1 : 0;
                logLine(tr("%1: %2 of %3 subjects collected, %4 rows changed%5")
                            .arg(source.source)
                            .arg(ok)
                            .arg(source.subjects.size())
                            .arg(source.changed())
                            .arg(source.message.isEmpty() ? QString() : QStringLiteral(" — ") + source.message));
            }
            if (cl.once)
                return report->anyFailed() && !g_stop.load() ? ExitSourceFailed : ExitOk;
        }
        // The next round in a minute; a signal ends the wait at once.
        for (int waited = 0; waited < 60'000 && !g_stop.load(); waited += 200)
            QThread::msleep(200);
        if (g_stop.load()) {
            logLine(tr("collector %1 stopped").arg(holder));
            return ExitOk;
        }
    }
}

} // namespace insights
