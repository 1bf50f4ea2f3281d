#include "collectionrunner.h"

#include "config/config.h"
#include "http/httpclient.h"
#include "registry.h"
#include "storage/dialect.h"
#include "storage/database.h"
#include "storage/metricstore.h"
#include "storage/runlog.h"
#include "storage/scopedtransaction.h"
#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QHash>
#include <QSqlQuery>

namespace insights {

int SourceOutcome::changed() const
{
    int n = 0;
    for (const SubjectOutcome &s : subjects)
        n += s.changed;
    return n;
}

bool RunReport::anyFailed() const
{
    return std::any_of(sources.begin(), sources.end(), [](const SourceOutcome &s) {
        return s.state == SourceOutcome::State::Failed || s.state == SourceOutcome::State::Cancelled;
    });
}

CollectionRunner::CollectionRunner(Database &db, const Config &config, Tokens &tokens, Clock &clock, HttpClient &http)
    : m_db(db), m_config(config), m_tokens(tokens), m_clock(clock), m_http(http)
{
}

Status CollectionRunner::validateSourceKeys(const QStringList &keys)
{
    const QStringList known = allSourceKeys();
    for (const QString &key : keys)
        if (!known.contains(key))
            return makeError(tr("Unknown source \"%1\". Sources: %2.").arg(key, known.join(QStringLiteral(", "))),
                             Error::Kind::Config);
    return Ok{};
}

void CollectionRunner::report(const QString &source, const QString &message) const
{
    if (m_progress)
        m_progress(source, message);
}

RunReport CollectionRunner::run(const QStringList &sources, const CollectOptions &options)
{
    RunReport report;
    const bool explicitList = !sources.isEmpty();
    const QStringList keys = explicitList ? sources : allSourceKeys();
    for (const QString &key : keys) {
        if (!explicitList && !m_config.isEnabled(key))
            continue;
        if (!explicitList && !createCollector(key))
            continue; // not implemented in this build; status says so
        report.sources.append(runSource(key, explicitList, options));
        if (m_sourceDone)
            m_sourceDone(report.sources.constLast());
    }
    return report;
}

SourceOutcome CollectionRunner::runSource(const QString &key, bool explicitlyRequested, const CollectOptions &options)
{
    SourceOutcome outcome;
    outcome.source = key;
    const QDateTime startedAt = m_clock.nowUtc();

    std::unique_ptr<Collector> collector = createCollector(key);
    if (!collector) {
        outcome.state = SourceOutcome::State::Failed;
        outcome.message = tr("%1: this source is not available in this version of Insights yet.").arg(key);
        return outcome;
    }
    QStringList subjects = collector->subjects(m_config, m_db.handle());
    if (m_guard.claim && !subjects.isEmpty()) {
        QStringList mine;
        for (const QString &subject : std::as_const(subjects)) {
            auto claimed = m_guard.claim(key, subject, m_config.intervalHours(key, collector->defaultIntervalHours()));
            if (!claimed) {
                outcome.state = SourceOutcome::State::Failed;
                outcome.message = QStringLiteral("%1: %2").arg(key, claimed.errorMessage());
                report(key, outcome.message);
                return outcome;
            }
            if (*claimed)
                mine.append(subject);
        }
        if (mine.isEmpty()) {
            outcome.state = SourceOutcome::State::Skipped; // not due here, or another collector has it
            outcome.message = tr("%1: left to the team's collectors (each subject is being collected by one of them, or "
                                 "is not due).")
                                  .arg(key);
            return outcome;
        }
        subjects = mine;
    }
    if (subjects.isEmpty()) {
        outcome.state = explicitlyRequested ? SourceOutcome::State::Failed : SourceOutcome::State::Skipped;
        outcome.missing = SourceOutcome::Missing::Subjects;
        outcome.message = QStringLiteral("%1: %2").arg(key, collector->howToConfigure());
        report(key, outcome.message);
        return outcome;
    }

    QHash<QString, int> checkpointed; // rows already committed by checkpoints, per subject
    CollectContext context{m_http, m_clock, m_config, m_tokens, m_db.handle(), options,
                           [this, key](const QString &message) { report(key, message); }, m_cancelled,
                           [&](const QString &subject, Batch &&batch) -> Status {
                               auto written = writeCheckpoint(*collector, subject, batch);
                               if (!written)
                                   return written.error();
                               checkpointed[subject] += *written;
                               return Ok{};
                           }};
    if (auto st = collector->prepare(context); !st) {
        if (st.error().kind == Error::Kind::NoCredential) {
            outcome.missing = SourceOutcome::Missing::Credential;
            // A run of every source collects what needs no token and says what the rest needs:
            // a missing token is a choice, not a failure. Asked for by name, it fails below.
            if (!explicitlyRequested) {
                outcome.state = SourceOutcome::State::Skipped;
                outcome.message = st.errorMessage();
                report(key, outcome.message);
                return outcome;
            }
        }
        outcome.state = SourceOutcome::State::Failed;
        outcome.message = st.errorMessage();
        for (const QString &subject : subjects)
            outcome.subjects.append({subject, false, st.errorMessage(), 0, {}});
        logFailures(key, outcome, startedAt);
        return outcome;
    }

    // Collect everything first; nothing is written while requests are in flight.
    QList<Batch> batches;
    for (const QString &subject : subjects) {
        if (cancelled())
            break;
        report(key, tr("%1 %2: collecting").arg(key, subject));
        auto batch = collector->collect(context, subject);
        SubjectOutcome subjectOutcome{subject, batch.ok(), batch.errorMessage(), 0, batch.ok() ? batch->notes : QStringList()};
        outcome.subjects.append(subjectOutcome);
        batches.append(batch.ok() ? std::move(batch).value() : Batch{});
        if (!batch.ok())
            report(key, batch.errorMessage());
    }
    if (cancelled()) {
        outcome.state = SourceOutcome::State::Cancelled;
        outcome.message = checkpointed.isEmpty()
                              ? tr("%1: cancelled; nothing of this run was stored.").arg(key)
                              : tr("%1: cancelled; what was saved on the way is kept and the next run continues from "
                                   "there.")
                                    .arg(key);
        for (SubjectOutcome &s : outcome.subjects)
            s = {s.subject, false, outcome.message, 0, {}};
        logFailures(key, outcome, startedAt);
        return outcome;
    }

    QList<std::pair<SubjectOutcome *, Batch>> toWrite;
    for (qsizetype i = 0; i < outcome.subjects.size(); ++i)
        toWrite.append({&outcome.subjects[i], std::move(batches[i])});
    if (auto st = writeSource(key, *collector, toWrite, outcome, startedAt); !st) {
        outcome.state = SourceOutcome::State::Failed;
        outcome.message = QStringLiteral("%1: %2").arg(key, st.errorMessage());
        for (SubjectOutcome &s : outcome.subjects)
            s = {s.subject, false, outcome.message, 0, {}};
        logFailures(key, outcome, startedAt);
        return outcome;
    }
    for (SubjectOutcome &s : outcome.subjects)
        s.changed += checkpointed.value(s.subject);
    const bool allOk = std::all_of(outcome.subjects.begin(), outcome.subjects.end(),
                                   [](const SubjectOutcome &s) { return s.ok; });
    outcome.state = allOk ? SourceOutcome::State::Ok : SourceOutcome::State::Failed;
    return outcome;
}

Status CollectionRunner::writeSource(const QString &key, Collector &collector,
                                     const QList<std::pair<SubjectOutcome *, Batch>> &batches, SourceOutcome &outcome,
                                     const QDateTime &startedAt)
{
    QSqlDatabase &db = m_db.handle();
    ScopedTransaction tx(db);
    if (auto st = tx.begin(); !st)
        return st;
    MetricStore store(db);
    RunLog log(db);
    const QDateTime now = m_clock.nowUtc();
    for (const auto &[subject, batch] : batches) {
        if (subject->ok && m_guard.keep) {
            auto kept = m_guard.keep(key, subject->subject);
            if (!kept)
                return kept.error();
            if (!*kept) {
                subject->ok = false;
                subject->message = tr("%1 %2: another collector took this subject over while it was collected; nothing of "
                                      "this run was written for it.")
                                       .arg(key, subject->subject);
                report(key, subject->message);
            }
        }
        if (subject->ok) {
            auto counts = store.write(batch, now);
            if (!counts)
                return counts.error();
            if (auto st = collector.afterWrite(db, store, subject->subject, now); !st)
                return st;
            subject->changed = counts->total();
        }
        const RunRecord record{key, subject->subject, startedAt, now, subject->ok ? QStringLiteral("ok") : QStringLiteral("failed"),
                               subject->changed, subject->message, m_guard.holder};
        if (auto st = log.record(record); !st)
            return st;
    }
    const bool allOk = std::all_of(outcome.subjects.begin(), outcome.subjects.end(),
                                   [](const SubjectOutcome &s) { return s.ok; });
    // The source row mirrors the effective settings so that the file documents itself.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE insight_source SET enabled = ?, collection_interval_hours = ?, "
                             "last_collected_at = CASE WHEN CAST(? AS INTEGER) = 1 THEN ? ELSE last_collected_at END WHERE key = ?"));
    q.addBindValue(m_config.isEnabled(key) ? 1 : 0);
    q.addBindValue(m_config.intervalHours(key, collector.defaultIntervalHours()));
    q.addBindValue(allOk ? 1 : 0);
    q.addBindValue(isoUtc(now));
    q.addBindValue(key);
    if (auto st = execPrepared(q); !st)
        return st;
    // Team mode: every window on the database hears of it when (and only if) this commits.
    if (Dialect::isPostgres(db)) {
        QSqlQuery notify(db);
        notify.prepare(QStringLiteral("SELECT pg_notify('insights_data', ?)"));
        notify.addBindValue(key);
        if (auto st = execPrepared(notify); !st)
            return st;
    }
    return tx.commit();
}

Result<int> CollectionRunner::writeCheckpoint(Collector &collector, const QString &subject, const Batch &batch)
{
    QSqlDatabase &db = m_db.handle();
    ScopedTransaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    MetricStore store(db);
    const QDateTime now = m_clock.nowUtc();
    auto counts = store.write(batch, now);
    if (!counts)
        return counts.error();
    if (!batch.deferDerived)
        if (auto st = collector.afterWrite(db, store, subject, now); !st)
            return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return counts->total();
}

void CollectionRunner::logFailures(const QString &key, const SourceOutcome &outcome, const QDateTime &startedAt)
{
    // Best effort, after the rollback: the failure is worth remembering, but if the database
    // itself is the problem there is nothing more to lose.
    RunLog log(m_db.handle());
    const QString status = outcome.state == SourceOutcome::State::Cancelled ? QStringLiteral("cancelled")
                                                                            : QStringLiteral("failed");
    for (const SubjectOutcome &s : outcome.subjects)
        log.record({key, s.subject, startedAt, m_clock.nowUtc(), status, 0, s.message, m_guard.holder}).ok();
}

} // namespace insights
