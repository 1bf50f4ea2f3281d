#pragma once
// The reference dataset on PostgreSQL (team mode, SPEC §6): the cached SQLite dataset copied into a
// database of its own on the server by the app's own `insights migrate` code (DatabaseCopy: one
// transaction, proved by row counts and checksums), so both backends show the same rows. The copy
// is kept on the server and reused while the SQLite dataset's stamp (size, date, generator
// version) is the same; on scripts/with-test-postgres.sh's throw-away server that is one run.
// After the copy the tables are vacuumed and analysed: what autovacuum does to a freshly loaded
// table within a minute (PostgreSQL ≥ 13 vacuums after inserts too), so the figures are those of
// a team database in use, not of the minute after a migration.
// A data directory of its own beside the dataset's holds the same settings.ini (the tracked
// repository, package, site) and the window's state; INSIGHT_DATABASE_URL points it at the copy.
#include "postgresbench.h"

#include "storage/database.h"
#include "storage/databasecopy.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

namespace insights::bench {

struct PostgresDataset {
    QString url;     // the database, as the superuser
    QString dataDir; // settings beside it
};

inline std::optional<PostgresDataset> postgresDataset(const QString &server, const QString &dataDir, const QString &size)
{
    QFile stampFile(QDir(dataDir).filePath(QStringLiteral("dataset.stamp")));
    if (!stampFile.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QString stamp = QString::fromUtf8(stampFile.readAll()).trimmed() + QStringLiteral(" copied by DatabaseCopy, analysed");
    const QString name = QStringLiteral("insights_bench_") + size;
    PostgresDataset out{withDatabase(server, name), dataDir + QStringLiteral("-postgresql")};
    QDir().mkpath(out.dataDir);
    const QString settings = QDir(out.dataDir).filePath(QStringLiteral("settings.ini"));
    QFile::remove(settings);
    if (!QFile::copy(QDir(dataDir).filePath(QStringLiteral("settings.ini")), settings)) {
        std::fprintf(stderr, "cannot copy the dataset's settings.ini to %s\n", qPrintable(out.dataDir));
        return std::nullopt;
    }

    const auto comment = postgresAsk(server, QStringLiteral("SELECT COALESCE(shobj_description(oid, 'pg_database'), '') FROM "
                                                            "pg_database WHERE datname = '%1'").arg(name));
    if (!comment)
        return std::nullopt;
    if (comment->value(0) == stamp) {
        std::printf("the %s dataset on PostgreSQL: %s (cached: %s)\n", qPrintable(size), qPrintable(name), qPrintable(stamp));
        return out;
    }
    if (freshDatabase(server, name).isEmpty())
        return std::nullopt;
    std::printf("copying the %s dataset into PostgreSQL's %s (insights migrate's DatabaseCopy) …\n", qPrintable(size), qPrintable(name));
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    {
        Database source, target;
        if (auto st = source.open(QDir(dataDir).filePath(Database::fileName())); !st) {
            std::fprintf(stderr, "%s\n", qPrintable(st.errorMessage()));
            return std::nullopt;
        }
        if (auto st = target.open(out.url); !st) {
            std::fprintf(stderr, "%s\n", qPrintable(st.errorMessage()));
            return std::nullopt;
        }
        auto report = DatabaseCopy::copy(source.handle(), target.handle(), false);
        if (!report) {
            std::fprintf(stderr, "the copy failed: %s\n", qPrintable(report.errorMessage()));
            return std::nullopt;
        }
        for (const DatabaseCopy::Table &t : report->tables)
            if (t.sourceRows != t.targetRows || t.sourceSum != t.targetSum) {
                std::fprintf(stderr, "the copy of %s differs\n", qPrintable(t.name));
                return std::nullopt;
            }
    }
    const double copySeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    if (!postgresAsk(out.url, QStringLiteral("VACUUM (ANALYZE)")))
        return std::nullopt;
    std::printf("  copied in %.1f s, vacuumed and analysed in %.1f s\n", copySeconds, timer.nsecsElapsed() / 1e9);
    if (!postgresAsk(server, QStringLiteral("COMMENT ON DATABASE %1 IS '%2'").arg(quotedIdentifier(name), stamp)))
        return std::nullopt;
    return out;
}

} // namespace insights::bench
