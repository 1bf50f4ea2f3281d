#pragma once
// The raised alerts, table insight_alert: the one place that writes and reads them. An alert's
// identity is its rule, measure, subject, day and detail, so recording the same find again (a
// re-collection of the day, a restart) adds nothing and never notifies twice.
#include "alert.h"
#include "util/clock.h"
#include "util/daterange.h"
#include "util/result.h"

#include <QSqlDatabase>

namespace insights {

class AlertStore final {
public:
    explicit AlertStore(QSqlDatabase &db, const Clock &clock = SystemClock::instance()) : m_db(db), m_clock(clock) {}

    // Keeps the alerts not stored yet, in one transaction; returns those (with their ids).
    Result<QList<Alert>> record(const QList<Alert> &found);
    // The alerts of `range` (either end open), newest day first.
    Result<QList<Alert>> list(const DateRange &range = {});
    // Alerts no notification has shown yet (raised by a collection of the command line, or while
    // notifications could not be shown), oldest first.
    Result<QList<Alert>> unnotified();
    Status markNotified(const QList<qint64> &ids);
    // Team mode, where each window remembers what it has shown: the alerts after `id`, oldest
    // first, and the newest id (0: none).
    Result<QList<Alert>> after(qint64 id);
    Result<qint64> lastId();

private:
    Result<QList<Alert>> select(const QString &where, const QVariantHash &binds);

    QSqlDatabase &m_db;
    const Clock &m_clock;
};

} // namespace insights
