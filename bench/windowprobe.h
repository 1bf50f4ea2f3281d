#pragma once
// bench_dashboard's instruments: the real binary started until its probe's line (first paint,
// the tour), and a range change in this process until the page's main chart has painted.
#include "config/config.h"
#include "dashboardpage.h"
#include "mainwindow.h"
#include "paintprobe.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QSettings>
#include <QTimer>
#include <functional>

namespace insights::bench {

struct ProbeRun {
    double ms = -1;    // from process start until the probe's line
    qint64 vmhwmKiB = -1;
    QString output;
};

// Starts `program`, waits for the line starting with `marker`; the time is taken when it is read.
// `env`: variables set for the process besides this one's (INSIGHT_DATABASE_URL).
inline ProbeRun runProbe(const QString &program, const QStringList &args, const QString &mode, const QString &marker, int timeoutMs,
                         const QHash<QString, QString> &env = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("INSIGHTS_BENCH_PROBE"), mode);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (auto it = env.begin(); it != env.end(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    ProbeRun run;
    QElapsedTimer timer;
    QEventLoop loop;
    QByteArray out;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &loop, [&] {
        out += process.readAllStandardOutput();
        for (const QByteArray &line : out.split('\n')) {
            if (run.ms < 0 && line.startsWith(marker.toUtf8()) && out.contains(QByteArray(line + '\n'))) {
                run.ms = timer.nsecsElapsed() / 1e6;
                const QList<QByteArray> words = line.split(' ');
                const qsizetype at = words.indexOf("vmhwm-kib");
                if (at >= 0)
                    run.vmhwmKiB = words.value(at + 1).toLongLong();
            }
        }
    });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    timer.start();
    process.start(program, args);
    loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        run.ms = -1;
    }
    out += process.readAllStandardOutput();
    run.output = QString::fromUtf8(out) + QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline void openOn(const QString &dataDir, const QString &page)
{
    QSettings settings(Config(dataDir).settingsPath(), QSettings::IniFormat);
    settings.setValue(QStringLiteral("window/page"), page);
}

inline void openOnStars(const QString &dataDir)
{
    openOn(dataDir, QStringLiteral("stars"));
}

inline bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

// From `change` until `key`'s page has loaded and its main chart has painted the result.
struct Redraw {
    double ms = -1;       // until painted
    double loadedMs = -1; // until the data reached the window (queries and hand-over)
};

inline Redraw timeRedraw(MainWindow &window, const QString &key, const std::function<void()> &change)
{
    Redraw out;
    QEventLoop loop;
    QElapsedTimer timer;
    QMetaObject::Connection loaded = QObject::connect(&window, &MainWindow::pageLoaded, &window, [&](const QString &k) {
        if (k != key)
            return;
        out.loadedMs = timer.nsecsElapsed() / 1e6;
        auto *probe = new PaintProbe(window.page(key)->mainView(), &window);
        QObject::connect(probe, &PaintProbe::painted, &loop, [&out, &timer, &loop, probe] {
            out.ms = timer.nsecsElapsed() / 1e6;
            probe->deleteLater();
            loop.quit();
        });
    });
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    timer.start();
    change();
    loop.exec();
    QObject::disconnect(loaded);
    return out;
}

} // namespace insights::bench
