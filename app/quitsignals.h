#pragma once
// SIGTERM, SIGINT and SIGHUP (a logout, `kill`, Ctrl+C in a terminal) end the window the way Quit
// does: the event loop returns, a running collection is cancelled (nothing half written), and the
// run marker is removed, so the next start does not report a crash. The handler only writes one
// byte to a pipe; the quit happens in the event loop.
#include <QObject>

class QSocketNotifier;

namespace insights {

class QuitSignals final : public QObject {
    Q_OBJECT
public:
    explicit QuitSignals(QObject *parent = nullptr);
    ~QuitSignals() override;

signals:
    void quitRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace insights
