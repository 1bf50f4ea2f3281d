#pragma once
// RFC 8288 Link headers as GitHub sends them: <https://…?page=2>; rel="next", <…>; rel="last".
#include <QByteArray>
#include <QHash>
#include <QUrl>

namespace insights {

// rel → URL; relations GitHub sends more than once keep the first.
QHash<QString, QUrl> parseLinkHeader(const QByteArray &header);

} // namespace insights
