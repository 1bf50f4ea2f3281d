#pragma once
// Where the data lives: the local SQLite file (the default), or a team's PostgreSQL server named
// by a URL in libpq's form, postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=…]
// (INSIGHT_DATABASE_URL or Settings → General). The password may be left out of the URL: it then
// comes from INSIGHT_DATABASE_PASSWORD or the keychain, never from a file.
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace insights {

struct DatabaseLocation {
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)
public:
    enum class Kind { SQLite, PostgreSQL };
    Kind kind = Kind::SQLite;
    QString filePath; // SQLite
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString user, password, database;
    QString sslMode;        // libpq's sslmode; empty: libpq's default (prefer)
    int connectTimeout = 10; // seconds

    bool isPostgres() const { return kind == Kind::PostgreSQL; }
    // Whether `text` is meant as a server URL rather than a file path.
    static bool looksLikeUrl(const QString &text);
    // A URL (postgresql:// or postgres://) or a file path. A URL that cannot be used is an error
    // that says what is wrong with it; the password never appears in it.
    static Result<DatabaseLocation> parse(const QString &text);
    static DatabaseLocation file(const QString &path);
    // For messages and Settings: the file, or the URL without its password.
    QString display() const;
    // The keychain entry that keeps the password of this server's role and database (Settings
    // stores it there, never in settings.ini).
    QString keychainKey() const;
    // The password is to be asked of the keychain: a server whose URL carries none, when
    // INSIGHT_DATABASE_PASSWORD gives none either.
    bool needsKeychainPassword() const;
};

} // namespace insights
