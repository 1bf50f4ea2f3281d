#pragma once
// A whole process timed from start to exit, for the benchmarks that measure the real binary (or
// a script beside it) as a user runs it.
#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace insights::bench {

struct TimedRun {
    double ms = -1;  // from start to a successful exit; -1 when it failed or took over two minutes
    QString output;  // what it wrote, stdout and stderr together
};

inline TimedRun timeProcess(const QString &program, const QStringList &args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    const bool finished = process.waitForFinished(120'000);
    TimedRun run;
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        run.ms = timer.nsecsElapsed() / 1e6;
    else if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
    }
    run.output = QString::fromUtf8(process.readAll());
    return run;
}

} // namespace insights::bench
