#pragma once
// One collector per source. A collector fetches and parses a subject completely and returns a
// Batch; it never writes. The runner writes the batches of a source in one transaction.
#include "storage/batch.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace insights {

class Clock;
class Config;
class HttpClient;
class MetricStore;
class Tokens;

struct CollectOptions {
    int lookbackDays = 0; // 0: the source's normal window
    // A background run on the source's interval rather than one a user asked for: sources with
    // an on-demand nature (Reddit) refresh only what still moves.
    bool scheduled = false;
};

struct CollectContext {
    HttpClient &http;
    Clock &clock;
    const Config &config;
    Tokens &tokens;
    QSqlDatabase &db; // for reading what is already stored (incremental collection)
    CollectOptions options;
    std::function<void(const QString &message)> progress;
    const std::atomic_bool *cancelled = nullptr;
    // Writes `batch` for `subject` now, in its own transaction, followed by the collector's
    // afterWrite. Only for long backfills that must survive an interruption: the batch carries
    // the state (cursor) that says how far it got, so a later run resumes there.
    std::function<Status(const QString &subject, Batch &&batch)> checkpoint;

    void report(const QString &message) const
    {
        if (progress)
            progress(message);
    }
    bool isCancelled() const { return cancelled && cancelled->load(); }
};

class Collector {
public:
    virtual ~Collector() = default;
    virtual QString key() const = 0;
    virtual int defaultIntervalHours() const = 0;
    // The configured subjects (owner/repo, package, site, post id). Most come from the settings;
    // tracked Reddit posts are data and live in the database.
    virtual QStringList subjects(const Config &config, QSqlDatabase &db) const = 0;
    // What to tell a user whose source has no subjects.
    virtual QString howToConfigure() const = 0;
    // Checks that apply to every subject (token present, base URL valid). An error fails the
    // source without a request.
    virtual Status prepare(CollectContext &context) = 0;
    virtual Result<Batch> collect(CollectContext &context, const QString &subject) = 0;
    // Data derived from everything stored for `subject` (numbering, timeline titles), computed
    // inside the write transaction right after the subject's batch.
    virtual Status afterWrite(QSqlDatabase &db, MetricStore &store, const QString &subject, const QDateTime &now)
    {
        Q_UNUSED(db) Q_UNUSED(store) Q_UNUSED(subject) Q_UNUSED(now)
        return Ok{};
    }
};

} // namespace insights

Q_DECLARE_METATYPE(insights::CollectOptions)
