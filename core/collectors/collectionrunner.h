#pragma once
// Runs the chosen sources one after another. For each source it collects every subject first
// (no writes), then writes the subjects that succeeded in one transaction together with the run
// log. A subject that fails writes nothing; a source that fails does not stop the others;
// last_collected_at moves only when every subject of the source succeeded.
#include "collector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <atomic>
#include <functional>

namespace insights {

class Clock;
class Config;
class Database;
class HttpClient;
class Tokens;

struct SubjectOutcome {
    QString subject;
    bool ok = false;
    QString message;
    int changed = 0;
    QStringList notes; // for a successful subject: what the user should know (e.g. a capped list)
};

struct SourceOutcome {
    enum class State { Ok, Failed, Skipped, Cancelled };
    // What the user has to add before the source can run (Skipped, or Failed when asked for by
    // name): a subject to collect, or a token or key. The command line adds its own hint for it.
    enum class Missing { Nothing, Subjects, Credential };
    QString source;
    State state = State::Ok;
    Missing missing = Missing::Nothing;
    QString message; // source-level: not configured, no token, storage failure
    QList<SubjectOutcome> subjects;
    int changed() const;
};

struct RunReport {
    QList<SourceOutcome> sources;
    bool anyFailed() const;
};

class CollectionRunner final {
    Q_DECLARE_TR_FUNCTIONS(CollectionRunner)
public:
    CollectionRunner(Database &db, const Config &config, Tokens &tokens, Clock &clock, HttpClient &http);

    void setProgressHandler(std::function<void(const QString &source, const QString &message)> handler)
    {
        m_progress = std::move(handler);
    }
    void setCancelFlag(const std::atomic_bool *cancelled) { m_cancelled = cancelled; }
    // Called after each source is done (written, failed or skipped): the window shows a source's
    // data as soon as it is stored rather than at the end of the run.
    void setSourceDoneHandler(std::function<void(const SourceOutcome &)> handler) { m_sourceDone = std::move(handler); }

    // Team mode (`insights collector`): `claim` decides, before a subject is collected, whether
    // this collector takes it (it is due and its lease is free); `keep`, inside the transaction
    // that writes it, whether the subject is still this collector's. A subject it does not keep
    // writes nothing. Runs are logged under `holder`.
    struct SubjectGuard {
        std::function<Result<bool>(const QString &source, const QString &subject, int intervalHours)> claim;
        std::function<Result<bool>(const QString &source, const QString &subject)> keep;
        QString holder;
    };
    void setSubjectGuard(SubjectGuard guard) { m_guard = std::move(guard); }

    // Unknown keys are a usage error (the CLI exits 2).
    static Status validateSourceKeys(const QStringList &keys);

    // `sources` empty: every enabled source this build implements.
    RunReport run(const QStringList &sources, const CollectOptions &options = {});

private:
    SourceOutcome runSource(const QString &key, bool explicitlyRequested, const CollectOptions &options);
    Status writeSource(const QString &key, Collector &collector, const QList<std::pair<SubjectOutcome *, Batch>> &batches,
                       SourceOutcome &outcome, const QDateTime &startedAt);
    Result<int> writeCheckpoint(Collector &collector, const QString &subject, const Batch &batch);
    void logFailures(const QString &key, const SourceOutcome &outcome, const QDateTime &startedAt);
    void report(const QString &source, const QString &message) const;
    bool cancelled() const { return m_cancelled && m_cancelled->load(); }

    Database &m_db;
    const Config &m_config;
    Tokens &m_tokens;
    Clock &m_clock;
    HttpClient &m_http;
    const std::atomic_bool *m_cancelled = nullptr;
    std::function<void(const QString &, const QString &)> m_progress;
    std::function<void(const SourceOutcome &)> m_sourceDone;
    SubjectGuard m_guard;
};

} // namespace insights

Q_DECLARE_METATYPE(insights::RunReport) // handed from the collection thread to the window
