#pragma once
// Runs the real `insights` binary (INSIGHTS_BINARY, defined by the test's CMake target) while the
// calling thread's event loop keeps any local test server answering; exit code, stdout, stderr.
#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

namespace insights::test {

struct CliRun {
    int exitCode = -1; // -1: crashed or timed out
    QString out;
    QString err;
};

inline CliRun runInsights(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment())
{
    QProcess process;
    QProcessEnvironment full = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys())
        full.insert(key, env.value(key));
    process.setProcessEnvironment(full);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(INSIGHTS_BINARY), args);
    loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace insights::test
