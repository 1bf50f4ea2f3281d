#pragma once
// Tells the next start that a run of the window ended unexpectedly (a crash, a kill, a power
// cut). The window writes <data dir>/.insights.running when it starts and removes it when it
// ends cleanly (Quit, closing the window, a logout's SIGTERM); one window per data directory
// (SingleInstance) makes a marker left behind mean exactly that the last run did not end well.
#include <QCoreApplication>
#include <QString>

namespace insights {

class RunMarker final {
    Q_DECLARE_TR_FUNCTIONS(RunMarker)
public:
    // Claims the marker for this run. `logPath` is where this run logs, for the next start's note.
    RunMarker(const QString &dataDir, const QString &logPath);
    ~RunMarker(); // the clean end

    // Non-empty when the previous run left its marker: what to tell the user, and where its log is.
    QString previousRunNote() const { return m_previousRunNote; }

private:
    QString m_path;
    QString m_previousRunNote;
};

} // namespace insights
