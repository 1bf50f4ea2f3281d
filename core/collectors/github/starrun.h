#pragma once
// One repository's star collection in progress, whichever API feeds it: turns new stars into
// `new_star` rows (SPEC §1 metadata), skips stars already stored, keeps the collector state that
// travels with the rows, reports "x of N", and writes checkpoints during long backfills so an
// interrupted first collection resumes instead of starting over.
#include "collectors/collector.h"
#include "stargazer.h"
#include "starledger.h"

#include <QCoreApplication>

namespace insights {

class StarRun final {
    Q_DECLARE_TR_FUNCTIONS(StarRun)
public:
    // State keys in collector_state.
    static constexpr const char *kBackfillCursor = "backfill_cursor"; // GraphQL: how far down the backfill got
    static constexpr const char *kRestNextUrl = "rest_next_url";      // REST: the next page of the backfill
    static constexpr const char *kRestLastUrl = "rest_last_url";      // REST: the last page at the last run
    static constexpr const char *kBackfillComplete = "backfill_complete";
    static constexpr const char *kCapped = "rest_capped";             // REST listed only the oldest stars
    static constexpr const char *kTotal = "total";                    // GitHub's count at the last run
    static constexpr const char *kLastReconcile = "last_reconcile_at";
    static constexpr const char *kRestricted = "restricted";
    static constexpr const char *kApi = "api";                        // "graphql" or "rest"
    static constexpr const char *kEmailReadable = "email_readable";   // "1"/"0": the token may read e-mail addresses
    // GraphQL pages where GitHub failed single stars: "cursor tries" entries, one per line ("-"
    // for the first page); read again at the next run until every star of them arrived.
    static constexpr const char *kRetryPages = "retry_pages";
    // Runs in a row whose backfill failed at the stored cursor.
    static constexpr const char *kBackfillFailures = "backfill_failures";
    // Pages between two checkpoints of a backfill.
    static constexpr int kPagesPerCheckpoint = 5;

    StarRun(CollectContext &context, QString subject, StarLedger ledger);

    const QString &subject() const { return m_subject; }
    const QString &where() const { return m_where; }
    const StarLedger &ledger() const { return m_ledger; }
    CollectContext &context() { return m_context; }

    // Queues a star unless it is stored or already queued; true when it was new.
    bool add(const Stargazer &star);
    bool isQueued(const Stargazer &star) const { return m_queued.contains(StarLedger::keyOf(star)); }
    qsizetype added() const { return m_added; }
    // Stars this run has already written through checkpoints.
    qsizetype saved() const { return m_saved; }

    void setState(const char *key, const QString &value);
    // The value set in this run, else the stored one.
    QString state(const char *key) const;
    void addRow(MetricRow row) { m_batch.rows.append(std::move(row)); }
    void addEvent(EventRow event) { m_batch.events.append(std::move(event)); }
    void addNote(const QString &note) { m_batch.notes.append(note); }
    void recordTotal(qint64 total);

    // Writes what is queued now, with the state set so far. Used every kPagesPerCheckpoint pages
    // of a backfill (numbering deferred to the end) and, with `derive`, when a backfill stops.
    Status checkpoint(bool derive = true);
    // After a page: "x of N" (or "x new" when total is 0) and, with `checkpoints`, a checkpoint
    // every kPagesPerCheckpoint pages.
    Status pageDone(qint64 seen, qint64 total, bool checkpoints);
    Batch finish();
    // A backfill that stops on an error keeps what it read: the cursor stored with it resumes
    // the next run. Returns the error, saying so when something was kept.
    Error stopBackfill(const Error &error);

private:
    static QJsonValue orNull(const std::optional<QString> &text);
    static QJsonValue orNull(const std::optional<qint64> &count);

    CollectContext &m_context;
    QString m_subject;
    QString m_where;
    StarLedger m_ledger;
    Batch m_batch;
    QSet<QString> m_queued;
    qsizetype m_added = 0;
    int m_pagesSinceCheckpoint = 0;
    qsizetype m_saved = 0;
    QHash<QString, QString> m_stateSet;
};

} // namespace insights
