#include "compactjson.h"

#include <QJsonDocument>
#include <QLocale>
#include <cmath>

namespace insights {

namespace {

void appendString(QByteArray &out, const QString &text)
{
    appendJsonString(out, text.toUtf8());
}


} // namespace

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

namespace {

void appendNumber(QByteArray &out, double d)
{
    constexpr double kExact = 9007199254740992.0; // 2^53: every integer below is a double
    if (!std::isfinite(d))
        out += "null";
    else if (d == std::trunc(d) && std::fabs(d) < kExact)
        out += QByteArray::number(static_cast<qint64>(d));
    else
        out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
}

} // namespace

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
        appendString(out, it.key());
        out += ':';
        switch (v.type()) {
        case QJsonValue::Bool: out += v.toBool() ? "true" : "false"; break;
        case QJsonValue::Double: appendNumber(out, v.toDouble()); break;
        case QJsonValue::String: appendString(out, v.toString()); break;
        default: out += "null"; break;
        }
    }
    out += '}';
    return out;
}

} // namespace insights
