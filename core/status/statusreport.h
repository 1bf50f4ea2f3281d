#pragma once
// Per source: configuration, last run, next due time, stored rows, last error and warnings.
// Read by `insights status` and by the main window.
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace insights {

class Clock;
class Config;

struct SourceStatus {
    QString key;
    QString displayName;
    bool enabled = true;
    bool implemented = false;
    int intervalHours = 0;
    QStringList subjects;
    QDateTime lastCollectedAt; // invalid: never
    QDateTime nextDueAt;       // invalid: not scheduled (disabled, not configured)
    qint64 rows = -1; // -1: not counted (counting reads every row's index entry)
    QString lastError;
    QDateTime lastErrorAt; // when that run ended
    QStringList warnings;
    QString lastCollector;   // team mode: the collector of the newest successful run ('' the window or the CLI)
    QDateTime lastSuccessAt; // and when it ended
};

class StatusReport final {
    Q_DECLARE_TR_FUNCTIONS(StatusReport)
public:
    // `countRows`: also count the stored rows per source (half a second on the large dataset:
    // the window counts in its reader thread, the schedule never needs them).
    static Result<QList<SourceStatus>> build(QSqlDatabase &db, const Config &config, const Clock &clock,
                                             bool countRows = true);
    // Stored metric rows per source key.
    static Result<QHash<QString, qint64>> rowCounts(QSqlDatabase &db);
};

} // namespace insights
