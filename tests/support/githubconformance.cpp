#include "githubconformance.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QProcess>

namespace insights::test::conformance {

namespace {

QString testName()
{
    return QFileInfo(QCoreApplication::applicationFilePath()).baseName();
}

void appendLine(const char *variable, const QJsonObject &line)
{
    const QString path = qEnvironmentVariable(variable);
    if (path.isEmpty())
        return;
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    QFile file(path);
    // One write per line in append mode: lines of concurrent test processes do not interleave.
    if (file.open(QIODevice::WriteOnly | QIODevice::Append))
        file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
}

// The validator process, started on first use in the thread that uses it.
class Validator {
public:
    GraphQlVerdict check(const QString &query, const QJsonObject &variables)
    {
        GraphQlVerdict verdict;
        if (!start(verdict))
            return verdict;
        const QByteArray line =
            QJsonDocument(QJsonObject{{QStringLiteral("query"), query}, {QStringLiteral("variables"), variables}})
                .toJson(QJsonDocument::Compact)
            + '\n';
        m_process.write(line);
        m_process.waitForBytesWritten(30'000);
        while (!m_process.canReadLine()) {
            if (m_process.state() != QProcess::Running || !m_process.waitForReadyRead(60'000)) {
                verdict.errors << QStringLiteral("the GraphQL validator stopped answering: %1")
                                      .arg(QString::fromUtf8(m_process.readAllStandardError()).left(500));
                m_failed = true;
                return verdict;
            }
        }
        const QJsonObject answer = QJsonDocument::fromJson(m_process.readLine()).object();
        verdict.ok = answer.value(QLatin1String("ok")).toBool();
        for (const QJsonValue &e : answer.value(QLatin1String("errors")).toArray())
            verdict.errors << e.toString();
        for (const QJsonValue &f : answer.value(QLatin1String("fields")).toArray())
            verdict.fields.insert(f.toString());
        if (!verdict.ok && verdict.errors.isEmpty())
            verdict.errors << QStringLiteral("the GraphQL validator gave no answer");
        return verdict;
    }

    ~Validator()
    {
        if (m_process.state() == QProcess::Running) {
            m_process.closeWriteChannel();
            if (!m_process.waitForFinished(5'000))
                m_process.kill();
        }
    }

private:
    bool start(GraphQlVerdict &verdict)
    {
        if (m_process.state() == QProcess::Running)
            return true;
        if (!m_failed) {
            const QString script = QStringLiteral(INSIGHTS_SOURCE_DIR "/tests/github/validate-graphql.js");
            m_process.setProcessChannelMode(QProcess::SeparateChannels);
            m_process.start(QStringLiteral("node"), {script, QStringLiteral("--serve")});
            if (m_process.waitForStarted(30'000))
                return true;
            m_failed = true;
        }
        verdict.errors << QStringLiteral("GitHub's GraphQL schema could not be asked: node tests/github/validate-graphql.js "
                                         "did not start (run scripts/install-test-engine.sh)");
        return false;
    }

    QProcess m_process;
    bool m_failed = false;
};

} // namespace

GraphQlVerdict validateGraphQl(const QString &query, const QJsonObject &variables)
{
    appendLine("INSIGHTS_GITHUB_GRAPHQL_LOG", QJsonObject{{QStringLiteral("query"), query},
                                                         {QStringLiteral("variables"), variables},
                                                         {QStringLiteral("test"), testName()}});
    thread_local Validator validator;
    return validator.check(query, variables);
}

TestResponse graphQlRefusal(const GraphQlVerdict &verdict)
{
    QJsonArray errors;
    for (const QString &message : verdict.errors)
        errors.append(QJsonObject{{QStringLiteral("message"), message}});
    return TestResponse::json(QJsonDocument(QJsonObject{{QStringLiteral("errors"), errors}}).toJson(QJsonDocument::Compact));
}

void observeRest(LocalHttpServer &server, const QString *prefix)
{
    server.setObserver([prefix](const TestRequest &request, const TestResponse &response, bool injected) {
        if (request.path.endsWith(QLatin1String("/graphql")) || !request.path.startsWith(*prefix + QLatin1Char('/')))
            return;
        logRest(request, request.path.mid(prefix->size()), response, injected);
    });
}

void logRest(const TestRequest &request, const QString &apiPath, const TestResponse &response, bool injected)
{
    if (qEnvironmentVariableIsEmpty("INSIGHTS_GITHUB_REST_LOG") || response.closeWithoutAnswer || response.hang)
        return;
    QJsonObject query;
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded))
        query.insert(key, value);
    QByteArray contentType;
    for (const auto &[name, value] : response.headers)
        if (name.toLower() == "content-type")
            contentType = value;
    const QByteArray body = response.truncateAt >= 0 ? QByteArray() : response.body;
    appendLine("INSIGHTS_GITHUB_REST_LOG",
               QJsonObject{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                           {QStringLiteral("path"), apiPath},
                           {QStringLiteral("query"), query},
                           {QStringLiteral("accept"), QString::fromLatin1(request.header("accept"))},
                           {QStringLiteral("status"), response.status},
                           {QStringLiteral("contentType"), QString::fromLatin1(contentType)},
                           {QStringLiteral("body"), QString::fromUtf8(body)},
                           {QStringLiteral("hostile"), injected},
                           {QStringLiteral("test"), testName()}});
}

} // namespace insights::test::conformance
