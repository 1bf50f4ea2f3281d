#pragma once
// Where a page load's time goes: SQLite's own per-statement timing (SQLITE_TRACE_PROFILE) while
// `work` runs, summed per statement text (binds left out, so a statement run per subject is one
// line), slowest first. For bench_dashboard --profile; not a figure of its own.
#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <sqlite3.h>

namespace insights::bench {

struct StatementTime {
    QString sql;
    double ms = 0;
    int runs = 0;
};

inline void printStatementProfile(QSqlDatabase &db, const std::function<void()> &work, int top = 12)
{
    const QVariant v = db.driver()->handle();
    sqlite3 *handle = qstrcmp(v.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(v.constData()) : nullptr;
    if (!handle) {
        std::fprintf(stderr, "profile: not an SQLite connection\n");
        return;
    }
    QHash<QString, StatementTime> times;
    const auto profile = [](unsigned, void *context, void *statement, void *nanoseconds) -> int {
        const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(statement));
        auto &entry = (*static_cast<QHash<QString, StatementTime> *>(context))[QString::fromUtf8(sql ? sql : "?").simplified()];
        entry.ms += double(*static_cast<sqlite3_int64 *>(nanoseconds)) / 1e6;
        ++entry.runs;
        return 0;
    };
    sqlite3_trace_v2(handle, SQLITE_TRACE_PROFILE, profile, &times);
    work();
    sqlite3_trace_v2(handle, 0, nullptr, nullptr);
    QList<StatementTime> sorted;
    double total = 0;
    for (auto it = times.begin(); it != times.end(); ++it) {
        it->sql = it.key();
        total += it->ms;
        sorted.append(*it);
    }
    std::sort(sorted.begin(), sorted.end(), [](const StatementTime &a, const StatementTime &b) { return a.ms > b.ms; });
    std::printf("  %.1f ms in %lld statements; the slowest:\n", total, qlonglong(times.size()));
    for (qsizetype i = 0; i < sorted.size() && i < top; ++i)
        std::printf("  %8.2f ms %4d× %s\n", sorted[i].ms, sorted[i].runs, qPrintable(sorted[i].sql.left(260)));
}

} // namespace insights::bench
