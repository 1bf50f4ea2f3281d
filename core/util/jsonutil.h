#pragma once
// Reading numbers from JSON without Qt's silent defaults: QJsonValue::toInt() turns a quoted
// number or a missing field into 0, which would store a wrong figure as if it were real.
#include "util/result.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <optional>

namespace insights::json {

// A whole JSON document; a syntax error says where ("malformed JSON (… at byte N)").
Result<QJsonDocument> parse(const QByteArray &body);
// An integer given as a JSON number or as a string of digits ("12", "-3"); nullopt otherwise.
std::optional<qint64> integer(const QJsonValue &value);
// A finite number (JSON number or numeric string); nullopt for null, missing or text.
std::optional<double> number(const QJsonValue &value);
// A string, treating null and missing alike as nullopt.
std::optional<QString> string(const QJsonValue &value);

} // namespace insights::json
