#include "trafficparser.h"

#include "util/jsonutil.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace insights::traffic {

namespace {

std::optional<qint64> count(const QJsonObject &o, QLatin1String key)
{
    auto n = json::integer(o.value(key));
    return n && *n >= 0 ? n : std::nullopt;
}

Error shapeError(const QString &what)
{
    return makeError(QStringLiteral("unexpected answer: %1").arg(what), Error::Kind::Parse);
}

} // namespace

Result<Series> parseSeries(const QByteArray &body, const QString &arrayKey)
{
    auto doc = json::parse(body);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return shapeError(QStringLiteral("expected an object with \"%1\"").arg(arrayKey));
    const QJsonObject root = doc->object();
    Series series;
    const auto total = count(root, QLatin1String("count"));
    const auto uniques = count(root, QLatin1String("uniques"));
    const QJsonValue array = root.value(arrayKey);
    if (!total || !uniques || !array.isArray())
        return shapeError(QStringLiteral("\"count\", \"uniques\" and \"%1\" are required").arg(arrayKey));
    series.count = *total;
    series.uniques = *uniques;
    for (const QJsonValue &entry : array.toArray()) {
        const QJsonObject o = entry.toObject();
        const QDateTime ts = QDateTime::fromString(o.value(QLatin1String("timestamp")).toString(), Qt::ISODate);
        const auto c = count(o, QLatin1String("count"));
        const auto u = count(o, QLatin1String("uniques"));
        if (!ts.isValid() || !c || !u)
            return shapeError(QStringLiteral("a day in \"%1\" lacks a timestamp, count or uniques").arg(arrayKey));
        series.days.append({ts.toUTC().date(), *c, *u});
    }
    return series;
}

Result<QList<Popular>> parsePopular(const QByteArray &body, const QString &keyField)
{
    auto doc = json::parse(body);
    if (!doc)
        return doc.error();
    if (!doc->isArray())
        return shapeError(QStringLiteral("expected a list of %1s").arg(keyField));
    QList<Popular> out;
    for (const QJsonValue &entry : doc->array()) {
        const QJsonObject o = entry.toObject();
        const auto key = json::string(o.value(keyField));
        const auto c = count(o, QLatin1String("count"));
        const auto u = count(o, QLatin1String("uniques"));
        if (!key || key->isEmpty() || !c || !u)
            return shapeError(QStringLiteral("an entry lacks \"%1\", count or uniques").arg(keyField));
        out.append({*key, o.value(QLatin1String("title")).toString(), *c, *u});
    }
    return out;
}

Result<RepoCounters> parseRepository(const QByteArray &body)
{
    auto doc = json::parse(body);
    if (!doc)
        return doc.error();
    const QJsonObject o = doc->object();
    const auto stars = count(o, QLatin1String("stargazers_count"));
    const auto forks = count(o, QLatin1String("forks_count"));
    if (!doc->isObject() || !stars || !forks)
        return shapeError(QStringLiteral("the repository lacks stargazers_count or forks_count"));
    return RepoCounters{*stars, *forks};
}

} // namespace insights::traffic
