#pragma once
// Where a credential may travel: only over HTTPS, or plain HTTP to a loopback address (local
// test servers), and across a redirect only when the origin stays the same.
#include <QUrl>

namespace insights::tokenpolicy {

bool isLoopbackHost(const QString &host);
// True when a bearer token may be sent to `url` at all.
bool maySendToken(const QUrl &url);
// True when `to` has the same scheme, host and port as `from`.
bool sameOrigin(const QUrl &from, const QUrl &to);

} // namespace insights::tokenpolicy
