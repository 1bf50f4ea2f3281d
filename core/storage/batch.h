#pragma once
// What a collector hands to storage: metric rows, snapshot sets and timeline events. A collector
// builds a Batch in memory from a complete, parsed answer; only then is it written, in one
// transaction, so a failed fetch or parse writes nothing.
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace insights {

enum class Period { Daily, Snapshot, Event, Cumulative };
QString periodName(Period period);

struct MetricRow {
    QString metric;  // insight_metric_type.key
    QString subject; // owner/repo, package, site, post id
    QDate date;
    Period period = Period::Daily;
    QString item;                // '' unless the metric has items (referrer, version, login, ...)
    std::optional<double> value; // nullopt is stored as NULL ("unknown", never 0)
    QJsonObject metadata;        // empty is stored as NULL
    // false: only insert when the row does not exist yet (a day the API left out is 0, but must
    // never overwrite a figure an earlier run stored).
    bool overwrite = true;

    // The fields every collector sets; metadata and overwrite are set afterwards where needed.
    static MetricRow make(const char *metric, const QString &subject, const QDate &date, Period period, double value,
                          const QString &item = {})
    {
        MetricRow row;
        row.metric = QString::fromLatin1(metric);
        row.subject = subject;
        row.date = date;
        row.period = period;
        row.item = item;
        row.value = value;
        return row;
    }
};

// The complete set of items of one snapshot metric for (subject, date): rows of that key that
// are not in the new set are removed, so a referrer that fell out of the top 10 disappears.
struct SnapshotSet {
    QString metric;
    QString subject;
    QDate date;
    QList<MetricRow> rows;
};

struct EventRow {
    QString source; // insight_source.key
    QString subject;
    QDate date;
    QString kind;
    QString item; // distinguishes several events of one kind on one day; '' otherwise
    QString title;
    QJsonObject metadata;
};

// Collector progress stored with the data it describes (table collector_state).
struct StateEntry {
    QString source;
    QString subject;
    QString key;
    QString value;
};

struct Batch {
    QList<MetricRow> rows;
    QList<SnapshotSet> snapshots;
    QList<EventRow> events;
    QList<StateEntry> state;
    QStringList notes; // things the user should know about a successful run; not stored
    // A checkpoint in the middle of a long backfill: the collector's derived data (numbering,
    // titles) waits for the next write that does not defer it, so each checkpoint costs only
    // its own rows.
    bool deferDerived = false;

    bool isEmpty() const { return rows.isEmpty() && snapshots.isEmpty() && events.isEmpty() && state.isEmpty(); }
    void append(Batch &&other);
};

} // namespace insights
