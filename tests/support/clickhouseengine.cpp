#include "clickhouseengine.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace insights::test {

ClickHouseEngine::ClickHouseEngine(const QDate &endDate) : m_endDate(endDate) {}

ClickHouseEngine::~ClickHouseEngine()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QString ClickHouseEngine::start()
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(QStringLiteral("node"), {QStringLiteral(INSIGHTS_CLICKHOUSE_SHIM), QStringLiteral("--port"), QStringLiteral("0"),
                                             QStringLiteral("--end-date"), m_endDate.toString(Qt::ISODate)});
    if (!m_process.waitForStarted(10'000))
        return QStringLiteral("node could not start (%1); run scripts/install-test-engine.sh").arg(m_process.errorString());
    QByteArray out;
    QEventLoop loop;
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &loop, [&] {
        out += m_process.readAllStandardOutput();
        if (out.contains('\n'))
            loop.quit();
    });
    QObject::connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(90'000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!out.startsWith("LISTENING "))
        return QStringLiteral("the ClickHouse test engine did not start; run scripts/install-test-engine.sh. Its output: %1")
            .arg(QString::fromUtf8(m_process.readAllStandardError().right(2000)));
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(out.mid(10).trimmed().toInt()));
    return {};
}

QByteArray ClickHouseEngine::post(const QUrl &url, const QByteArray &body, int *status)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setRawHeader("X-ClickHouse-User", user().toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    QNetworkReply *reply = nam.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return answer;
}

QList<QJsonObject> ClickHouseEngine::rows(const QString &sql)
{
    QUrl url = m_url;
    url.setQuery(QStringLiteral("default_format=JSONEachRow&output_format_json_quote_64bit_integers=0"));
    int status = 0;
    const QByteArray answer = post(url, sql.toUtf8(), &status);
    QList<QJsonObject> out;
    if (status != 200)
        qWarning("engine query failed: %s", answer.constData());
    for (const QByteArray &line : answer.split('\n'))
        if (!line.trimmed().isEmpty())
            out.append(QJsonDocument::fromJson(line).object());
    return out;
}

bool ClickHouseEngine::injectFault(const QString &mode, int times, const QUrlQuery &extra)
{
    QUrl url = m_url.resolved(QUrl(QStringLiteral("/__test/fault")));
    QUrlQuery query = extra;
    query.addQueryItem(QStringLiteral("mode"), mode);
    query.addQueryItem(QStringLiteral("times"), QString::number(times));
    url.setQuery(query);
    int status = 0;
    post(url, {}, &status);
    return status == 200;
}

int ClickHouseEngine::stat(const QString &name)
{
    int status = 0;
    const QByteArray answer = post(m_url.resolved(QUrl(QStringLiteral("/__test/stats"))), {}, &status);
    return status == 200 ? QJsonDocument::fromJson(answer).object().value(name).toInt(-1) : -1;
}

bool ClickHouseEngine::forceQuote64(const QString &mode)
{
    QUrl url = m_url.resolved(QUrl(QStringLiteral("/__test/quote64")));
    url.setQuery(QStringLiteral("mode=%1").arg(mode));
    int status = 0;
    post(url, {}, &status);
    return status == 200;
}

} // namespace insights::test
