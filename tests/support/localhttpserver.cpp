#include "localhttpserver.h"

#include <algorithm>

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace insights::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 304: return "Not Modified";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

} // namespace

TestResponse TestResponse::json(const QByteArray &body, int status)
{
    TestResponse r;
    r.status = status;
    r.body = body;
    r.headers.append(QPair<QByteArray, QByteArray>("Content-Type", "application/json; charset=utf-8"));
    return r;
}

LocalHttpServer::LocalHttpServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LocalHttpServer::onNewConnection);
}

LocalHttpServer::~LocalHttpServer()
{
    // Sockets are children of m_server and die after our members; cut them loose first.
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
        socket->disconnect(this);
}

bool LocalHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl LocalHttpServer::url(const QString &path, const QString &host) const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(host);
    u.setPort(port());
    u.setPath(path);
    return u;
}

void LocalHttpServer::injectFault(const QString &pathContains, const TestResponse &response, int times, int skip)
{
    m_faults.append({pathContains, response, times, skip});
}

int LocalHttpServer::requestCount(const QString &pathContains) const
{
    return int(std::count_if(m_requests.begin(), m_requests.end(),
                             [&](const TestRequest &r) { return r.path.contains(pathContains); }));
}

int LocalHttpServer::pendingFaults() const
{
    int n = 0;
    for (const Fault &f : m_faults)
        n += f.times;
    return n;
}

TestResponse LocalHttpServer::answer(const TestRequest &request)
{
    bool injected = false;
    TestResponse response = answerWithoutObserver(request, injected);
    if (m_observer)
        m_observer(request, response, injected);
    return response;
}

TestResponse LocalHttpServer::answerWithoutObserver(const TestRequest &request, bool &injected)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        if (!request.path.contains(m_faults[i].pathContains))
            continue;
        if (m_faults[i].skip > 0) {
            --m_faults[i].skip;
            continue;
        }
        const TestResponse fault = m_faults[i].response;
        if (--m_faults[i].times <= 0)
            m_faults.removeAt(i);
        injected = true;
        return fault;
    }
    return m_handler ? m_handler(request) : TestResponse::json("{}", 404);
}

void LocalHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        // Head and body are separate writes: without this, Nagle's algorithm meets the client's
        // delayed ACK and every answer waits ~40 ms, which benchmarks would blame on the client.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void LocalHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        TestRequest request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        const QUrl target(QString::fromLatin1(requestLine.value(1)));
        request.path = target.path();
        request.query = QUrlQuery(target);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.header("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_requests.append(request);
        const TestResponse response = answer(request);
        if (response.hang)
            return;
        if (response.delayMs > 0) {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(response.delayMs, this, [this, guard, response] {
                if (guard)
                    respond(guard, response);
            });
        } else {
            respond(socket, response);
        }
    }
}

void LocalHttpServer::respond(QTcpSocket *socket, const TestResponse &response)
{
    if (response.closeWithoutAnswer) {
        socket->disconnectFromHost();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    bool hasLength = false;
    for (const auto &[name, value] : response.headers) {
        head += name + ": " + value + "\r\n";
        hasLength = hasLength || name.toLower() == "content-length";
    }
    if (!hasLength && response.status != 304)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "Connection: keep-alive\r\n\r\n";
    socket->write(head);
    if (response.truncateAt >= 0) {
        socket->write(response.body.left(response.truncateAt));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    if (response.status != 304)
        socket->write(response.body);
}

} // namespace insights::test
