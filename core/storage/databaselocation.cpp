#include "databaselocation.h"

#include <QUrl>
#include <QUrlQuery>

namespace insights {

namespace {
const QStringList kSslModes = {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                               QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

bool DatabaseLocation::looksLikeUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive)
        || QUrl(text).scheme().size() > 1; // "C:/…" is a Windows path, "mysql://" a URL we refuse
}

DatabaseLocation DatabaseLocation::file(const QString &path)
{
    DatabaseLocation l;
    l.filePath = path;
    return l;
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return makeError(tr("No database was given."), Error::Kind::Config);
    if (!looksLikeUrl(trimmed))
        return file(trimmed);
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    // The URL as the user may see it again: without the password.
    const QString shown = url.isValid() ? url.toString(QUrl::RemovePassword) : QStringLiteral("(the database URL)");
    if (!url.isValid())
        return makeError(tr("The database URL cannot be read: %1").arg(url.errorString().remove(url.password())), Error::Kind::Config);
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return makeError(tr("%1: only postgresql:// URLs (or a file path) can name a database.").arg(shown), Error::Kind::Config);
    DatabaseLocation l;
    l.kind = Kind::PostgreSQL;
    if (!url.host().isEmpty())
        l.host = url.host();
    l.port = url.port(5432);
    if (l.port <= 0 || l.port > 65535)
        return makeError(tr("%1: the port must be a number from 1 to 65535.").arg(shown), Error::Kind::Config);
    l.user = url.userName();
    l.password = url.password();
    l.database = url.path().mid(1);
    if (l.database.isEmpty() || l.database.contains(u'/'))
        return makeError(tr("%1 names no database: add it after the host, as in postgresql://insights@db.example.org/insights.")
                             .arg(shown),
                         Error::Kind::Config);
    if (l.user.isEmpty())
        return makeError(tr("%1 names no user: add it before the host, as in postgresql://insights@%2/%3.")
                             .arg(shown, l.host, l.database),
                         Error::Kind::Config);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            if (!kSslModes.contains(value))
                return makeError(tr("%1: sslmode must be one of %2.").arg(shown, kSslModes.join(QStringLiteral(", "))),
                                 Error::Kind::Config);
            l.sslMode = value;
        } else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 1 || seconds > 600)
                return makeError(tr("%1: connect_timeout must be a number of seconds from 1 to 600.").arg(shown), Error::Kind::Config);
            l.connectTimeout = seconds;
        } else {
            return makeError(tr("%1: the option \"%2\" is not understood (known: sslmode, connect_timeout).").arg(shown, key),
                             Error::Kind::Config);
        }
    }
    return l;
}

QString DatabaseLocation::display() const
{
    if (!isPostgres())
        return filePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    if (!sslMode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + sslMode);
    return url.toString();
}

QString DatabaseLocation::keychainKey() const
{
    return QStringLiteral("database:%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

bool DatabaseLocation::needsKeychainPassword() const
{
    return isPostgres() && password.isEmpty() && qEnvironmentVariable("INSIGHT_DATABASE_PASSWORD").isEmpty();
}

} // namespace insights
