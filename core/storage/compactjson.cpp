#include "compactjson.h"

#include <QJsonDocument>
#include <QLocale>
#include <cmath>

namespace insights {

void appendJsonString(QByteArray &out, const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

QByteArray numberText(double d)
{
    constexpr double kExact = 9007199254740992.0; // 2^53: every integer below is a double
    if (!std::isfinite(d))
        return {};
    if (d == std::trunc(d) && std::fabs(d) < kExact)
        return QByteArray::number(static_cast<qint64>(d));
    return QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
}

QByteArray compactJson(const QJsonObject &object)
{
    QByteArray out;
    out.reserve(24 * object.size() + 2);
    out += '{';
    bool first = true;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isArray() || v.isObject())
            return QJsonDocument(object).toJson(QJsonDocument::Compact);
        if (!std::exchange(first, false))
            out += ',';
        appendJsonString(out, it.key().toUtf8());
        out += ':';
        switch (v.type()) {
        case QJsonValue::Bool: out += v.toBool() ? "true" : "false"; break;
        case QJsonValue::Double: {
            const QByteArray number = numberText(v.toDouble());
            out += number.isEmpty() ? QByteArray("null") : number;
            break;
        }
        case QJsonValue::String: appendJsonString(out, v.toString().toUtf8()); break;
        default: out += "null"; break;
        }
    }
    out += '}';
    return out;
}

} // namespace insights
