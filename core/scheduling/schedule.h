#pragma once
// When each source is next due for a background collection (the tray's schedule): every enabled
// source with something to collect, once its interval has passed since the last complete run. A
// failed attempt is not retried at once: it waits a quarter of the interval (at least 15 minutes,
// at most an hour), so a broken token or a rate limit does not turn into a request storm.
#include "status/statusreport.h"

#include <QDateTime>
#include <QHash>

namespace insights {

class Schedule final {
public:
    // `lastAttempt`: per source, when the newest run (of any outcome) finished and whether it failed.
    struct Attempt {
        QDateTime at;
        bool failed = false;
    };
    static QStringList dueSources(const QList<SourceStatus> &sources, const QHash<QString, Attempt> &lastAttempt,
                                  const QDateTime &now);
    // The earliest moment any source becomes due (invalid: none scheduled).
    static QDateTime nextDue(const QList<SourceStatus> &sources, const QHash<QString, Attempt> &lastAttempt,
                             const QDateTime &now);
    static Result<QHash<QString, Attempt>> lastAttempts(QSqlDatabase &db);

private:
    static QDateTime dueAt(const SourceStatus &source, const QHash<QString, Attempt> &lastAttempt);
};

} // namespace insights
