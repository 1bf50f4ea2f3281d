#pragma once
// A small HTTP/1.1 server on 127.0.0.1 for tests. It speaks real HTTP over a real socket
// (keep-alive, Content-Length) so the client under test runs its production code path, and it
// can misbehave on purpose: delay, hang, cut a body short, close without answering.
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

namespace insights::test {

struct TestRequest {
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

struct TestResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;         // wait before answering
    bool hang = false;       // never answer
    qsizetype truncateAt = -1; // announce the full length, send this many bytes, close
    bool closeWithoutAnswer = false;

    static TestResponse json(const QByteArray &body, int status = 200);
};

class LocalHttpServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<TestResponse(const TestRequest &)>;
    explicit LocalHttpServer(QObject *parent = nullptr);
    ~LocalHttpServer() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    // http://127.0.0.1:PORT + path; `host` may be "localhost" to get a second origin.
    QUrl url(const QString &path = QString(), const QString &host = QStringLiteral("127.0.0.1")) const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Sees every exchange, injected faults included (`injected`: a fault a test asked for, whose
    // answer is deliberately wrong). The GitHub servers log them for the conformance checks
    // (support/githubconformance.h).
    using Observer = std::function<void(const TestRequest &, const TestResponse &, bool injected)>;
    void setObserver(Observer observer) { m_observer = std::move(observer); }

    // The next `times` requests whose path contains `pathContains` get `response` instead of the
    // handler's answer (a 500, a 403 with retry-after, a truncated body, …), after `skip` such
    // requests were answered normally (a fault on page 3 of a list).
    void injectFault(const QString &pathContains, const TestResponse &response, int times = 1, int skip = 0);
    void clearFaults() { m_faults.clear(); }
    // Injected faults not served yet.
    int pendingFaults() const;
    // Requests whose path contains `pathContains` (all when empty).
    int requestCount(const QString &pathContains = QString()) const;

    const QList<TestRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

private:
    TestResponse answer(const TestRequest &request);
    TestResponse answerWithoutObserver(const TestRequest &request, bool &injected);
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const TestResponse &response);

    QTcpServer m_server;
    Handler m_handler;
    Observer m_observer;
    struct Fault {
        QString pathContains;
        TestResponse response;
        int times;
        int skip;
    };
    QList<Fault> m_faults;
    QList<TestRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace insights::test
