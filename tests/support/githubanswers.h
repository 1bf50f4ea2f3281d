#pragma once
// Answer bodies the GitHub test servers share: compact JSON and GitHub's error object
// {"message", "documentation_url"}.
#include "localhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace insights::test {

inline QByteArray compactJson(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

inline TestResponse githubError(int status, const QString &text)
{
    return TestResponse::json(compactJson(QJsonObject{{QStringLiteral("message"), text},
                                                      {QStringLiteral("documentation_url"),
                                                       QStringLiteral("https://docs.github.com/rest")}}),
                              status);
}

} // namespace insights::test
