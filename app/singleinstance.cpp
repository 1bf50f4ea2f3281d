#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalSocket>

namespace insights {

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent) : QObject(parent)
{
    const QByteArray id = QCryptographicHash::hash(QDir(dataDir).canonicalPath().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    m_name = QStringLiteral("insights-") + QString::fromLatin1(id);
    m_lock = std::make_unique<QLockFile>(QDir(dataDir).filePath(QStringLiteral(".insights.lock")));
    m_lock->setStaleLockTime(0); // only a dead owner makes the lock stale
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().contains("raise"))
                    emit activationRequested();
                socket->disconnectFromServer();
            });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::claim()
{
    if (m_lock->tryLock(200)) {
        QLocalServer::removeServer(m_name); // a socket file left by a crash
        m_server.setSocketOptions(QLocalServer::UserAccessOption);
        m_server.listen(m_name);
        return true;
    }
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (socket.waitForConnected(2000)) {
        socket.write("raise\n");
        socket.waitForBytesWritten(2000);
        socket.waitForDisconnected(1000);
    }
    return false;
}

} // namespace insights
