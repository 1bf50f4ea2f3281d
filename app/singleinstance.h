#pragma once
// One Insights per data directory: the first launch holds a lock file and listens on a local
// socket; a second launch tells it to raise its window and exits. A lock left by a crashed
// instance is taken over (QLockFile checks that its owner still runs).
#include <QLockFile>
#include <QLocalServer>
#include <QObject>
#include <memory>

namespace insights {

class SingleInstance final : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when this process is the one instance (and listens from now on). False when another
    // runs: it has been asked to show itself.
    bool claim();
    QString serverName() const { return m_name; }

signals:
    void activationRequested();

private:
    QString m_name;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer m_server;
};

} // namespace insights
