#pragma once
// Answer bodies the GitHub test servers share: compact JSON and GitHub's error object
// {"message", "documentation_url"}.
#include "localhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>

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

// GitHub's Link header for page `page` of `lastPage` (prev/first, next, last). `hasNext`: GitHub
// keeps offering the next page past a cap, and following it then answers 422. `pageUrl(p)` is
// page p's address.
inline void addLinkHeader(TestResponse &response, int page, int lastPage, bool hasNext,
                          const std::function<QUrl(int)> &pageUrl)
{
    const auto link = [&](int p, const char *rel) -> QByteArray {
        return "<" + pageUrl(p).toEncoded() + ">; rel=\"" + rel + "\"";
    };
    QList<QByteArray> links;
    if (page > 1)
        links << link(page - 1, "prev") << link(1, "first");
    if (hasNext)
        links << link(page + 1, "next");
    if (page < lastPage)
        links << link(lastPage, "last");
    if (!links.isEmpty())
        response.headers.append(QPair<QByteArray, QByteArray>("link", links.join(", ")));
}

} // namespace insights::test
