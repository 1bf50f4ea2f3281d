#pragma once
// The benchmarks' PostgreSQL ("team mode", SPEC §6): a server named by `--postgres URL` or, as the
// tests find theirs, INSIGHTS_TEST_POSTGRES_URL (scripts/with-test-postgres.sh; scripts/bench.sh
// runs the benchmarks beside one). The URL is a superuser's: each benchmark creates the databases
// it writes to and drops them again.
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>
#include <cstdio>
#include <optional>

namespace insights::bench {

// The server's URL: the option's value, else INSIGHTS_TEST_POSTGRES_URL; empty: no PostgreSQL run.
inline QString postgresServer(const QString &option)
{
    return option.isEmpty() ? qEnvironmentVariable("INSIGHTS_TEST_POSTGRES_URL") : option;
}

// `url` with another database.
inline QString withDatabase(const QString &url, const QString &database)
{
    QUrl u(url);
    u.setPath(QLatin1Char('/') + database);
    return u.toString();
}

// Runs `sql` on the server as the URL's user in its database; the first column of every row
// ("" when the statement returns none). Nullopt, with the reason printed, when it fails.
inline std::optional<QStringList> postgresAsk(const QString &url, const QString &sql)
{
    auto location = DatabaseLocation::parse(url);
    if (!location) {
        std::fprintf(stderr, "%s\n", qPrintable(location.errorMessage()));
        return std::nullopt;
    }
    Database db; // the app's own connection, without touching any schema
    if (auto st = db.connectOnly(*location); !st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.errorMessage()));
        return std::nullopt;
    }
    QSqlQuery q(db.handle());
    if (!q.exec(sql)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(sql.left(200)), qPrintable(q.lastError().text()));
        return std::nullopt;
    }
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

inline QString quotedIdentifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// Drops the database `name` if the server has it; false when that fails.
inline bool dropDatabase(const QString &server, const QString &name)
{
    // Asked first: DROP … IF EXISTS of a missing one says so in a notice on stderr.
    const auto there = postgresAsk(server, QStringLiteral("SELECT datname FROM pg_database WHERE datname = '%1'")
                                               .arg(QString(name).replace(QLatin1Char('\''), QStringLiteral("''"))));
    if (!there)
        return false;
    return there->isEmpty()
        || postgresAsk(server, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(quotedIdentifier(name))).has_value();
}

// A new, empty database `name` on the server (dropped first if it is there); its URL, or "".
inline QString freshDatabase(const QString &server, const QString &name)
{
    if (!dropDatabase(server, name) || !postgresAsk(server, QStringLiteral("CREATE DATABASE %1").arg(quotedIdentifier(name))))
        return {};
    return withDatabase(server, name);
}

// What the figures depend on besides the machine: the server's version and durability settings.
inline QString postgresSettings(const QString &server)
{
    auto rows = postgresAsk(server, QStringLiteral(
        "SELECT concat_ws(', ', 'PostgreSQL ' || current_setting('server_version'), 'fsync ' || current_setting('fsync'), "
        "'synchronous_commit ' || current_setting('synchronous_commit'), 'shared_buffers ' || current_setting('shared_buffers'), "
        "'host ' || COALESCE(host(inet_server_addr()), 'socket'))"));
    return rows && !rows->isEmpty() ? rows->constFirst() : QStringLiteral("?");
}

} // namespace insights::bench
