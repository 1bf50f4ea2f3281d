#include "clickhouseengine.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace insights::test {

ClickHouseEngine::ClickHouseEngine(const QDate &endDate, const QString &profile) : m_endDate(endDate), m_profile(profile) {}

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
                                             QStringLiteral("--end-date"), m_endDate.toString(Qt::ISODate),
                                             QStringLiteral("--profile"), m_profile});
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

QStringList ClickHouseEngine::changeableSettings()
{
    return {QStringLiteral("result_overflow_mode"), QStringLiteral("read_overflow_mode"), QStringLiteral("max_block_size"),
            QStringLiteral("allow_experimental_analyzer")};
}

QByteArray ClickHouseEngine::post(const QUrl &url, const QByteArray &body, int *status,
                                  const QList<QPair<QByteArray, QByteArray>> &headers, QByteArray *exceptionCode)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setRawHeader("X-ClickHouse-User", user().toUtf8());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    QNetworkReply *reply = nam.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (exceptionCode)
        *exceptionCode = reply->rawHeader("X-ClickHouse-Exception-Code");
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return answer;
}

QList<QJsonObject> ClickHouseEngine::rows(const QString &sql)
{
    QUrl url = m_url.resolved(QUrl(QStringLiteral("/__test/query")));
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

ClickHouseEngine::Answer ClickHouseEngine::ask(const QString &sql, const QUrlQuery &settings, const QString &client)
{
    QUrlQuery query = settings;
    query.addQueryItem(QStringLiteral("default_format"), QStringLiteral("JSON"));
    QUrl url = m_url;
    url.setQuery(query);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!client.isEmpty())
        headers.append({clientHeader(), client.toUtf8()});
    Answer answer;
    QByteArray code;
    answer.body = post(url, sql.toUtf8(), &answer.status, headers, &code);
    answer.code = code.trimmed().toInt();
    answer.json = QJsonDocument::fromJson(answer.body).object();
    return answer;
}

QJsonObject ClickHouseEngine::control(const QString &path, const QUrlQuery &query)
{
    QUrl url = m_url.resolved(QUrl(path));
    url.setQuery(query);
    int status = 0;
    const QByteArray answer = post(url, {}, &status);
    if (status != 200)
        qWarning("engine control %s failed: %s", qPrintable(path), answer.constData());
    return status == 200 ? QJsonDocument::fromJson(answer).object() : QJsonObject();
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

bool ClickHouseEngine::setProfile(const QString &profile)
{
    const QJsonObject answer = control(QStringLiteral("/__test/profile"), QUrlQuery{{QStringLiteral("name"), profile}});
    if (answer.value(QLatin1String("profile")).toString() != profile)
        return false;
    m_profile = profile;
    return true;
}

QString ClickHouseEngine::profile()
{
    return control(QStringLiteral("/__test/profile")).value(QLatin1String("profile")).toString();
}

bool ClickHouseEngine::setLimits(qint64 maxResultRows, qint64 maxRowsToRead)
{
    QUrlQuery query;
    if (maxResultRows >= 0)
        query.addQueryItem(QStringLiteral("max_result_rows"), QString::number(maxResultRows));
    if (maxRowsToRead >= 0)
        query.addQueryItem(QStringLiteral("max_rows_to_read"), QString::number(maxRowsToRead));
    const QJsonObject answer = control(QStringLiteral("/__test/limits"), query);
    return !answer.isEmpty() && (maxResultRows < 0 || answer.value(QLatin1String("max_result_rows")).toInteger() == maxResultRows)
           && (maxRowsToRead < 0 || answer.value(QLatin1String("max_rows_to_read")).toInteger() == maxRowsToRead);
}

bool ClickHouseEngine::resetLimits()
{
    const QString deflt = QStringLiteral("default");
    return !control(QStringLiteral("/__test/limits"), QUrlQuery{{QStringLiteral("max_result_rows"), deflt},
                                                                 {QStringLiteral("max_rows_to_read"), deflt},
                                                                 {QStringLiteral("max_result_bytes"), deflt},
                                                                 {QStringLiteral("block_size"), deflt}})
                .isEmpty();
}

bool ClickHouseEngine::setQuota(int limit)
{
    return control(QStringLiteral("/__test/quota"), QUrlQuery{{QStringLiteral("limit"), QString::number(limit)}})
               .value(QLatin1String("limit"))
               .toInt(-1)
           == limit;
}

bool ClickHouseEngine::resetQuota(const QString &client)
{
    QUrlQuery query{{QStringLiteral("reset"), QStringLiteral("1")}};
    if (!client.isEmpty())
        query.addQueryItem(QStringLiteral("client"), client);
    return !control(QStringLiteral("/__test/quota"), query).isEmpty();
}

int ClickHouseEngine::quotaUsed(const QString &client)
{
    const QJsonObject clients = control(QStringLiteral("/__test/quota")).value(QLatin1String("clients")).toObject();
    return clients.contains(client) ? clients.value(client).toObject().value(QLatin1String("used")).toInt(-1) : 0;
}

QDateTime ClickHouseEngine::quotaIntervalEnd(const QString &client)
{
    const QJsonObject clients = control(QStringLiteral("/__test/quota")).value(QLatin1String("clients")).toObject();
    return QDateTime::fromString(clients.value(client).toObject().value(QLatin1String("interval_end")).toString(), Qt::ISODateWithMs);
}

bool ClickHouseEngine::setClock(const QDateTime &now)
{
    const QJsonObject answer = control(QStringLiteral("/__test/clock"),
                                       QUrlQuery{{QStringLiteral("now"), QString::number(now.toSecsSinceEpoch())}});
    return answer.value(QLatin1String("fixed")).toBool();
}

bool ClickHouseEngine::advanceClock(qint64 seconds)
{
    return control(QStringLiteral("/__test/clock"), QUrlQuery{{QStringLiteral("advance"), QString::number(seconds)}})
        .value(QLatin1String("fixed"))
        .toBool();
}

bool ClickHouseEngine::useRealClock()
{
    const QJsonObject answer = control(QStringLiteral("/__test/clock"), QUrlQuery{{QStringLiteral("now"), QStringLiteral("real")}});
    return !answer.isEmpty() && !answer.value(QLatin1String("fixed")).toBool();
}

QJsonObject ClickHouseEngine::requests()
{
    return control(QStringLiteral("/__test/requests"));
}

bool ClickHouseEngine::resetRequests()
{
    return !control(QStringLiteral("/__test/requests"), QUrlQuery{{QStringLiteral("reset"), QStringLiteral("1")}}).isEmpty();
}

QStringList ClickHouseEngine::settingsSeen()
{
    QStringList names = requests().value(QLatin1String("settings")).toObject().keys();
    names.sort();
    return names;
}

int ClickHouseEngine::requestsOf(const QString &client)
{
    return requests().value(QLatin1String("clients")).toObject().value(client).toObject().value(QLatin1String("requests")).toInt(0);
}

} // namespace insights::test
