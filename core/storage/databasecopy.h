#pragma once
// `insights migrate`: copies one Insights database into another — the local file into a team's
// PostgreSQL database, or back into a file — and proves the copy. Rows keep their own figures and
// time stamps; the ids of sources and metric types are matched by key, not copied, since each
// database numbers its own. The monthly sums are rebuilt from the copied rows, the HTTP cache is
// not copied (it is a cache). Everything goes in one transaction on the target: a failed or
// killed copy leaves the target as it was.
// A target that already holds data is refused unless `merge` is set; a merge adds the rows the
// target lacks and keeps every row it has (a collected day there wins, as an import's does).
// Proof: per table the row count, and a checksum of every row's values (row order and the
// backends' number spelling do not count) equal on both sides; a merge proves that every
// source row's key is in the target.
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <functional>

namespace insights {

class DatabaseCopy final {
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
public:
    struct Table {
        QString name;
        qint64 sourceRows = 0, targetRows = 0, copied = 0;
        QByteArray sourceSum, targetSum; // hex; empty after a merge
    };
    struct Report {
        QList<Table> tables;
        bool merged = false;
    };
    // Rows the target holds in the tables a copy writes (0: an empty Insights database).
    static Result<qint64> dataRows(QSqlDatabase &db);
    static Result<Report> copy(QSqlDatabase &source, QSqlDatabase &target, bool merge,
                               const std::function<void(const QString &)> &progress = {});
    // Checksum of one table as `copy` compares it.
    static Result<QByteArray> checksum(QSqlDatabase &db, const QString &table);
};

} // namespace insights
