#pragma once
// The history of collection runs per source and subject (table insight_run): what status reads
// for "last run", "last error" and the 14-day data-loss warning.
#include "util/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <optional>

namespace insights {

struct RunRecord {
    QString source;
    QString subject;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString status; // ok | failed | cancelled
    int rowsWritten = 0;
    QString message;
    QString holder = {}; // the collector that wrote it (team mode); '' for the window and `insights collect`
};

class RunLog final {
public:
    explicit RunLog(QSqlDatabase &db) : m_db(db) {}

    Status record(const RunRecord &run);
    // Most recent successful run of (source, subject).
    Result<std::optional<QDateTime>> lastSuccess(const QString &source, const QString &subject);
    // The newest successful run of the source (any subject): when, and which collector.
    Result<std::optional<RunRecord>> lastSuccessOf(const QString &source);
    // The newest run of the source if it failed after its last success.
    Result<std::optional<RunRecord>> lastFailure(const QString &source);

private:
    QSqlDatabase &m_db;
};

} // namespace insights
