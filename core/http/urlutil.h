#pragma once
#include <QUrl>
#include <QUrlQuery>

namespace insights {

// base + path, keeping the base's own path prefix (https://HOST/api/v3 + /repos/o/r → /api/v3/repos/o/r).
QUrl joinUrl(const QUrl &base, const QString &path, const QUrlQuery &query = {});

} // namespace insights
