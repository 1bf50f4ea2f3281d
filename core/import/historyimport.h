#pragma once
// Writes an ImportedHistory for one repository: only days Insights has no figure for (a day
// collected from GitHub always wins), marked `{"imported_from": TOOL, "file": NAME}`, through
// MetricStore in one transaction, so the monthly sums and every page treat them as the
// collectors' rows. Importing the same files again adds nothing. How each file maps onto the
// metrics, and why stars go where they go: docs/import.md.
#include "importedhistory.h"
#include "util/clock.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace insights {

struct ImportSummary {
    struct Metric {
        QString metric;           // insight_metric_type.key
        QList<QDate> added;       // days written now
        QList<QDate> collected;   // days kept because a collected figure exists
        int alreadyImported = 0;  // days an earlier import wrote
        QString skippedBecause;   // set when none of the metric was considered (stars per day)
    };
    QList<Metric> metrics;
    bool starHistoryShown = false; // the Stars page now draws the imported stars per day

    int addedDays() const
    {
        int n = 0;
        for (const Metric &m : metrics)
            n += int(m.added.size());
        return n;
    }
};

class HistoryImport final {
    Q_DECLARE_TR_FUNCTIONS(HistoryImport)
public:
    HistoryImport(QSqlDatabase &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // `subject` must be owner/repo. Writes everything or nothing.
    Result<ImportSummary> run(const ImportedHistory &history, const QString &subject);

private:
    QSqlDatabase &m_db;
    const Clock &m_clock;
};

} // namespace insights
