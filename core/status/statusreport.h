#pragma once
// Per source: configuration, last run, next due time, stored rows, last error and warnings.
// Read by `insights status` and by the main window.
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
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
    qint64 rows = 0;
    QString lastError;
    QStringList warnings;
};

class StatusReport final {
    Q_DECLARE_TR_FUNCTIONS(StatusReport)
public:
    static Result<QList<SourceStatus>> build(QSqlDatabase &db, const Config &config, const Clock &clock);
};

} // namespace insights
