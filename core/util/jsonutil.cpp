#include "jsonutil.h"

#include <cmath>

namespace insights::json {

Result<QJsonDocument> parse(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(QStringLiteral("malformed JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset),
                         Error::Kind::Parse);
    return doc;
}

std::optional<qint64> integer(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9.007199254740992e15)
            return std::nullopt;
        return static_cast<qint64>(d);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        return ok ? std::optional(n) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<double> number(const QJsonValue &value)
{
    if (value.isDouble())
        return std::isfinite(value.toDouble()) ? std::optional(value.toDouble()) : std::nullopt;
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        return ok && std::isfinite(d) ? std::optional(d) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<QString> string(const QJsonValue &value)
{
    return value.isString() ? std::optional(value.toString()) : std::nullopt;
}

} // namespace insights::json
