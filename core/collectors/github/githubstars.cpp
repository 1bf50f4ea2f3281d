#include "githubstars.h"

#include "config/config.h"
#include "githubapi.h"
#include "stardaily.h"
#include "starderived.h"
#include "starhistory.h"
#include "stargraphql.h"
#include "starreconcile.h"
#include "starrest.h"
#include "starrun.h"
#include "secrets/tokens.h"
#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <algorithm>

namespace insights {

namespace {

bool isOne(const QString &value)
{
    return value == QLatin1String("1");
}

} // namespace

QStringList GitHubStars::subjects(const Config &config, QSqlDatabase &db) const
{
    Q_UNUSED(db)
    return config.githubRepos();
}

QString GitHubStars::howToConfigure() const
{
    return tr("no repositories are tracked; add owner/repo in Settings.");
}

Status GitHubStars::prepare(CollectContext &context)
{
    auto rest = context.config.baseUrl(Api::GitHub);
    auto graphQl = context.config.baseUrl(Api::GitHubGraphQL);
    if (!rest || !graphQl)
        return makeError(QStringLiteral("%1: %2").arg(key(), (!rest ? rest : graphQl).error().message), Error::Kind::Config);
    m_restUrl = *rest;
    m_graphQlUrl = *graphQl;
    m_reconcileDays = context.config.starReconcileDays();
    // Star counts need no token (public repositories answer anyone, 60 requests an hour); the
    // stargazers' profiles do. A keychain that cannot be read leaves the counts, with a note.
    auto token = context.tokens.token(TokenKind::GitHub);
    m_token = token ? *token : QString();
    m_tokenProblem = token ? QString() : token.error().message;
    return Ok{};
}

Result<Batch> GitHubStars::collect(CollectContext &context, const QString &subject)
{
    const QString where = QStringLiteral("%1 %2").arg(key(), subject);
    if (!GitHubApi::isValidRepo(subject))
        return makeError(tr("%1: \"%2\" is not a repository name; use the form owner/repo.").arg(where, subject),
                         Error::Kind::Config);
    auto ledger = StarLedger::load(context.db, subject);
    if (!ledger)
        return ledger.error();
    const StarLedger stored = *ledger; // as this run found it (shared, not copied)
    StarRun run(context, subject, std::move(ledger).value());
    GitHubApi api(context.http, m_restUrl, m_token, key());

    const ListAccess access = listAccess(stored, context.clock.nowUtc());
    if (access == ListAccess::Ask) {
        if (auto st = readList(run, api); !st)
            return st.error();
    } else if (access == ListAccess::NoToken) {
        run.addNote(m_tokenProblem.isEmpty()
                        ? tr("%1: no GitHub token, so star counts only (stars per day and the total). Who starred, "
                             "with profiles, needs a token (any scope): add one in Settings.")
                              .arg(where)
                        : tr("%1: the GitHub token could not be read (%2), so star counts only (stars per day and the "
                             "total); profiles need the token.")
                              .arg(where, m_tokenProblem));
    }
    run.setState(kNoToken, access == ListAccess::NoToken ? QStringLiteral("1") : QStringLiteral("0"));
    Batch batch = run.finish();
    if (auto st = addCounts(context, api, subject, stored, access == ListAccess::Ask, run.saved() > 0, batch); !st)
        return st.error();
    return batch;
}

// The stargazer list with profiles: GraphQL, or REST where a server has no GraphQL. A list
// GitHub refuses to this token is not a failure: the run keeps the counts.
Status GitHubStars::readList(StarRun &run, GitHubApi &api)
{
    CollectContext &context = run.context();
    StarGraphQl graphQl(context.http, context.clock, api, m_graphQlUrl, m_token, run.subject());
    graphQl.setNotice(context.progress);
    graphQl.setCancelFlag(context.cancelled);

    // A server known to lack GraphQL is asked again only when the weekly full walk is due.
    const bool knownRest = run.ledger().state(QString::fromLatin1(StarRun::kApi)) == QLatin1String("rest");
    bool useRest = knownRest && !StarReconcile::isDue(run.ledger(), context.clock.nowUtc(), m_reconcileDays);
    Status status = Ok{};
    if (!useRest) {
        status = viaGraphQl(run, graphQl);
        useRest = !status && graphQl.endpointMissing();
        if (status)
            run.setState(StarRun::kApi, QStringLiteral("graphql"));
    }
    if (useRest) {
        if (!knownRest)
            run.addNote(tr("This GitHub server has no GraphQL API, so stars are read through REST: one request per "
                           "new stargazer for the profile."));
        run.setState(StarRun::kApi, QStringLiteral("rest"));
        status = viaRest(run, api);
    }
    if (!status && status.error().kind == Error::Kind::Permission)
        return restricted(run, status.error());
    if (status)
        run.setState(StarRun::kRestricted, QStringLiteral("0"));
    return status;
}

Status GitHubStars::viaGraphQl(StarRun &run, StarGraphQl &graphQl)
{
    const QString email = run.ledger().state(QString::fromLatin1(StarRun::kEmailReadable));
    graphQl.setEmailReadable(email == QLatin1String("1") ? std::optional(true)
                             : email == QLatin1String("0") ? std::optional(false)
                                                           : std::nullopt);
    Status status = walkGraphQl(run, graphQl);
    if (auto readable = graphQl.emailReadable())
        run.setState(StarRun::kEmailReadable, *readable ? QStringLiteral("1") : QStringLiteral("0"));
    return status;
}

Status GitHubStars::walkGraphQl(StarRun &run, StarGraphQl &graphQl)
{
    if (auto st = retryFailedPages(run, graphQl); !st)
        return st;
    const StarLedger &ledger = run.ledger();
    const bool complete = isOne(ledger.state(QString::fromLatin1(StarRun::kBackfillComplete)));
    if (complete && StarReconcile::isDue(ledger, run.context().clock.nowUtc(), m_reconcileDays))
        return reconcileGraphQl(run, graphQl);

    const bool resumable = !ledger.state(QString::fromLatin1(StarRun::kBackfillCursor)).isEmpty();
    const bool firstCollection = !complete && !resumable;
    bool reachedEnd = false;
    if (auto st = newestGraphQl(run, graphQl, firstCollection, reachedEnd); !st)
        return st;
    if (!complete && !reachedEnd && resumable)
        if (auto st = resumeGraphQl(run, graphQl, reachedEnd); !st)
            return st;
    if (!complete && reachedEnd) {
        run.setState(StarRun::kBackfillCursor, QString());
        run.setState(StarRun::kBackfillComplete, QStringLiteral("1"));
        run.setState(StarRun::kLastReconcile, isoUtc(run.context().clock.nowUtc()));
    }
    return Ok{};
}

// Newest first down to the first stored star. On a first collection this walk is the backfill:
// it goes to the end, skipping stored stars, and records its cursor at every checkpoint.
Status GitHubStars::newestGraphQl(StarRun &run, StarGraphQl &graphQl, bool firstCollection, bool &reachedEnd)
{
    QString after;
    qint64 seen = 0;
    for (int pages = 0;; ++pages) {
        auto page = graphQl.page(after);
        if (!page)
            return firstCollection && page.error().kind != Error::Kind::Permission && !graphQl.endpointMissing()
                       ? run.stopBackfill(page.error())
                       : page.error();
        if (pages == 0)
            run.recordTotal(page->stargazerCount);
        if (page->failedNodes > 0)
            rememberFailedPage(run, after, page->nodeError);
        bool reachedKnown = false;
        for (const Stargazer &star : std::as_const(page->stars)) {
            if (!firstCollection && run.ledger().isKnown(star)) {
                reachedKnown = true;
                break;
            }
            run.add(star);
        }
        seen += page->stars.size();
        if (reachedKnown)
            return Ok{};
        if (!page->hasNextPage) {
            reachedEnd = true;
            return Ok{};
        }
        after = page->endCursor;
        if (firstCollection)
            run.setState(StarRun::kBackfillCursor, after);
        if (auto st = run.pageDone(seen, firstCollection ? page->stargazerCount : 0, firstCollection); !st)
            return st;
    }
}

// A backfill an earlier run did not finish, from the cursor it stored.
Status GitHubStars::resumeGraphQl(StarRun &run, StarGraphQl &graphQl, bool &reachedEnd)
{
    QString after = run.ledger().state(QString::fromLatin1(StarRun::kBackfillCursor));
    for (int pages = 0;; ++pages) {
        auto page = graphQl.page(after);
        if (!page) {
            const Error &e = page.error();
            if (pages > 0 || e.kind == Error::Kind::Cancelled || e.kind == Error::Kind::RateLimited)
                return run.stopBackfill(e);
            // GitHub says the stored cursor is no longer valid: the next run walks the list again.
            if (e.message.contains(QLatin1String("cursor"), Qt::CaseInsensitive)) {
                run.setState(StarRun::kBackfillCursor, QString());
                return run.stopBackfill(e);
            }
            // Any other failure keeps the cursor: the next run resumes there. A page that fails
            // run after run is given up (with a note) rather than holding the backfill forever;
            // the weekly full walk reads the whole list again anyway.
            const int failures = run.state(StarRun::kBackfillFailures).toInt() + 1;
            if (failures < kPageTries) {
                run.setState(StarRun::kBackfillFailures, QString::number(failures));
                return run.stopBackfill(e);
            }
            run.addNote(tr("%1: GitHub failed %2 runs in a row at the same page of older stars (%3); the stars older "
                           "than that page are left for the weekly full walk.")
                            .arg(run.where())
                            .arg(failures)
                            .arg(e.message));
            run.setState(StarRun::kBackfillFailures, QString());
            reachedEnd = true;
            return Ok{};
        }
        run.setState(StarRun::kBackfillFailures, QString());
        if (page->failedNodes > 0)
            rememberFailedPage(run, after, page->nodeError);
        for (const Stargazer &star : std::as_const(page->stars))
            run.add(star);
        if (!page->hasNextPage) {
            reachedEnd = true;
            return Ok{};
        }
        after = page->endCursor;
        run.setState(StarRun::kBackfillCursor, after);
        const qint64 stored = run.ledger().currentCount() + run.added();
        if (auto st = run.pageDone(stored, page->stargazerCount, true); !st)
            return st;
    }
}

Status GitHubStars::reconcileGraphQl(StarRun &run, StarGraphQl &graphQl)
{
    QSet<QString> listed;
    QString after;
    qint64 total = 0;
    bool incomplete = false;
    for (;;) {
        auto page = graphQl.page(after);
        if (!page)
            return page.error();
        if (after.isEmpty())
            run.recordTotal(page->stargazerCount);
        total = page->stargazerCount;
        if (page->failedNodes > 0) {
            // The full walk cannot tell an unstar from a star GitHub failed to give: leave the
            // reconcile for next time rather than record stars as gone.
            rememberFailedPage(run, after, page->nodeError);
            run.addNote(tr("%1: GitHub could not give %n star(s) during the full walk; unstars are checked at the next "
                           "one.", nullptr, page->failedNodes)
                            .arg(run.where()));
            incomplete = true;
        }
        for (const Stargazer &star : std::as_const(page->stars)) {
            listed.insert(StarLedger::keyOf(star));
            run.add(star);
        }
        if (!page->hasNextPage)
            break;
        after = page->endCursor;
        if (auto st = run.pageDone(listed.size(), total, false); !st)
            return st;
    }
    if (incomplete)
        return Ok{};
    return StarReconcile::apply(run, listed, total);
}

void GitHubStars::rememberFailedPage(StarRun &run, const QString &cursor, const QString &why)
{
    const QString key = cursor.isEmpty() ? QStringLiteral("-") : cursor;
    QStringList entries = run.state(StarRun::kRetryPages).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &entry : std::as_const(entries))
        if (entry.section(QLatin1Char(' '), 0, 0) == key)
            return;
    entries << key + QStringLiteral(" 0");
    run.setState(StarRun::kRetryPages, entries.join(QLatin1Char('\n')));
    if (run.context().progress)
        run.context().progress(tr("%1: GitHub could not give some stars of a page (%2); they are asked again at the next run")
                                   .arg(run.where(), why));
}

// Pages where GitHub failed single stars, read again: their stars that arrive now are added.
Status GitHubStars::retryFailedPages(StarRun &run, StarGraphQl &graphQl)
{
    const QStringList entries =
        run.ledger().state(QString::fromLatin1(StarRun::kRetryPages)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (entries.isEmpty())
        return Ok{};
    QStringList still;
    for (const QString &entry : entries) {
        const QString key = entry.section(QLatin1Char(' '), 0, 0);
        const int tries = entry.section(QLatin1Char(' '), 1, 1).toInt() + 1;
        auto page = graphQl.page(key == QLatin1String("-") ? QString() : key);
        if (!page) {
            if (page.error().kind == Error::Kind::Cancelled || page.error().kind == Error::Kind::RateLimited)
                return page.error();
            still << key + QLatin1Char(' ') + QString::number(tries); // asked again next run
            continue;
        }
        for (const Stargazer &star : std::as_const(page->stars))
            run.add(star);
        if (page->failedNodes == 0)
            continue;
        if (tries < kPageTries)
            still << key + QLatin1Char(' ') + QString::number(tries);
        else
            run.addNote(tr("%1: GitHub failed %n star(s) of one page %2 times in a row (%3); they are left for the "
                           "weekly full walk.",
                           nullptr, page->failedNodes)
                            .arg(run.where())
                            .arg(tries)
                            .arg(page->nodeError));
    }
    run.setState(StarRun::kRetryPages, still.join(QLatin1Char('\n')));
    return Ok{};
}

Status GitHubStars::viaRest(StarRun &run, GitHubApi &api)
{
    StarRest rest(run, api);
    const StarLedger &ledger = run.ledger();
    if (!isOne(ledger.state(QString::fromLatin1(StarRun::kBackfillComplete)))) {
        auto st = rest.backfill();
        return st ? st : Status(run.stopBackfill(st.error()));
    }
    if (!isOne(ledger.state(QString::fromLatin1(StarRun::kCapped)))
        && StarReconcile::isDue(ledger, run.context().clock.nowUtc(), m_reconcileDays)) {
        auto listed = rest.listAll();
        if (!listed)
            return listed.error();
        run.recordTotal(listed->size());
        return StarReconcile::apply(run, *listed, listed->size());
    }
    return rest.newest();
}

Status GitHubStars::restricted(StarRun &run, const Error &why)
{
    run.setState(StarRun::kRestricted, QStringLiteral("1"));
    run.setState(kRestrictedCheckedAt, isoUtc(run.context().clock.nowUtc()));
    run.addNote(tr("%1: star counts only — GitHub shows who starred only to the repository's admins and "
                   "collaborators, and this token is neither (%2). Stars per day come from GitHub's star history; "
                   "the list is asked for again in %n day(s).",
                   nullptr, m_reconcileDays)
                    .arg(run.where(), why.message));
    return Ok{};
}

GitHubStars::ListAccess GitHubStars::listAccess(const StarLedger &stored, const QDateTime &now) const
{
    if (m_token.isEmpty())
        return ListAccess::NoToken;
    // A list GitHub refused is asked for again when the weekly full walk would be due, not daily.
    if (isOne(stored.state(QString::fromLatin1(StarRun::kRestricted)))
        && !isDue(stored.state(QString::fromLatin1(kRestrictedCheckedAt)), now))
        return ListAccess::Closed;
    return ListAccess::Ask;
}

bool GitHubStars::isDue(const QString &lastAt, const QDateTime &now) const
{
    const QDateTime last = parseIsoUtc(lastAt);
    // An hour's slack, so a daily run that starts a little earlier than last week's still counts.
    return !last.isValid() || last.secsTo(now) >= qint64(m_reconcileDays) * 86'400 - 3'600;
}

namespace {

// The last value `batch` sets for `key`, else what was stored.
QString stateIn(const Batch &batch, const StarLedger &stored, const char *key)
{
    for (auto it = batch.state.crbegin(); it != batch.state.crend(); ++it)
        if (it->key == QLatin1String(key))
            return it->value;
    return stored.state(QString::fromLatin1(key));
}

bool hasNewStars(const Batch &batch)
{
    return std::any_of(batch.rows.begin(), batch.rows.end(),
                       [](const MetricRow &row) { return row.metric == QLatin1String("new_star"); });
}

} // namespace

// The star counts of every repository: `stars_total` (from GraphQL's stargazerCount where the
// list was read, else /stargazers/count) and `stars_daily` (counted from the stored stars where
// the list was read completely, see stardaily.h; from GitHub's star history otherwise).
Status GitHubStars::addCounts(CollectContext &context, GitHubApi &api, const QString &subject, const StarLedger &stored,
                              bool listAsked, bool checkpointed, Batch &batch)
{
    const QString where = QStringLiteral("%1 %2").arg(key(), subject);
    const QString source = QString::fromLatin1(StarLedger::kSource);
    const auto setState = [&](const char *key, const QString &value) {
        batch.state.append({source, subject, QString::fromLatin1(key), value});
    };
    StarHistory history(api, subject, where);
    history.setProgress(context.progress);
    history.setCancelFlag(context.cancelled);

    const bool viaRest = stateIn(batch, stored, StarRun::kApi) == QLatin1String("rest");
    const bool capped = isOne(stateIn(batch, stored, StarRun::kCapped));
    const bool listRefused = isOne(stateIn(batch, stored, StarRun::kRestricted));
    bool listRead = listAsked && !listRefused;
    // GitHub hides a list from others also by answering it empty (API-NOTES §0.2).
    const bool emptyList = listRead && stored.isEmpty() && !checkpointed && !hasNewStars(batch);
    const QString recorded = stateIn(batch, {}, StarRun::kTotal);
    std::optional<qint64> total = recorded.isEmpty() ? std::nullopt : std::optional(recorded.toLongLong());
    // REST records no total while it reads the list; ask when stars arrived (a quiet run stays
    // one request). A server without GraphQL is an older GitHub Enterprise Server: its REST API
    // has no /stargazers/count (its published description), so the repository object answers.
    const bool restChanged = viaRest && (stored.isEmpty() || checkpointed || hasNewStars(batch));
    if (!total && (!listRead || capped || emptyList || restChanged)) {
        context.report(tr("%1: reading the star count").arg(where));
        auto count = viaRest ? history.countFromRepository() : history.count();
        if (!count)
            return count.error();
        total = *count;
        batch.rows.append(MetricRow::make("stars_total", subject, context.clock.todayUtc(), Period::Snapshot, double(*total)));
        setState(StarRun::kTotal, QString::number(*total));
    }
    if (emptyList && total.value_or(0) > 0) {
        listRead = false;
        setState(StarRun::kBackfillComplete, QStringLiteral("0"));
        setState(StarRun::kLastReconcile, QString());
        setState(StarRun::kRestricted, QStringLiteral("1"));
        setState(kRestrictedCheckedAt, isoUtc(context.clock.nowUtc()));
        batch.notes.append(tr("%1: star counts only — GitHub shows who starred only to the repository's admins and "
                              "collaborators: it listed no stargazer of %2. Stars per day come from GitHub's star "
                              "history; the list is asked for again in %n day(s).",
                              nullptr, m_reconcileDays)
                               .arg(where, QLocale().toString(*total)));
    }
    if (listRead && !capped) {
        setState(stars::kDailySource, QStringLiteral("list"));
        return Ok{};
    }
    return addHistory(context, history, subject, stored, batch);
}

// `stars_daily` from GitHub's star history: every page on the first run (and weekly, so that a
// star withdrawn in an old week leaves its day), else the newest page, upserted: a day's figure
// is replaced, never added to.
Status GitHubStars::addHistory(CollectContext &context, StarHistory &history, const QString &subject,
                               const StarLedger &stored, Batch &batch)
{
    const QString where = QStringLiteral("%1 %2").arg(key(), subject);
    const QString source = QString::fromLatin1(StarLedger::kSource);
    const auto state = [&](const char *key) { return stored.state(QString::fromLatin1(key)); };
    const auto setState = [&](const char *key, const QString &value) {
        batch.state.append({source, subject, QString::fromLatin1(key), value});
    };
    const QDateTime now = context.clock.nowUtc();
    const bool walkAll = !isOne(state(stars::kHistoryComplete)) || state(stars::kDailySource) != QLatin1String("history")
                         || isDue(state(stars::kHistoryWalkedAt), now);
    context.report(tr("%1: reading the star history").arg(where));
    auto reading = walkAll ? history.readAll() : history.readNewest(state(stars::kHistoryNewestWeek).toLongLong());
    if (!reading)
        return reading.error();
    if (reading->unavailable) {
        batch.notes.append(tr("%1: this GitHub server has no star history (HTTP 404), so only the total is recorded.")
                               .arg(where));
        setState(stars::kDailySource, QStringLiteral("none"));
        return Ok{};
    }
    const QDate today = context.clock.todayUtc();
    batch.rows.append(stars::historyRows(subject, reading->weeks, today));
    if (walkAll && (reading->reachedEnd || reading->capped)) {
        // Days stored before the history's first week (its oldest star was withdrawn, or they
        // came from the list) have no star that still stands.
        const QDate oldest = reading->weeks.isEmpty() ? today.addDays(1) : reading->weeks.last().day(0);
        QSqlQuery q(context.db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT m.date FROM insight_metric m WHERE m.metric_type_id = (SELECT id FROM "
                                 "insight_metric_type WHERE key = 'stars_daily') AND m.subject = ? AND m.date < ? "
                                 "AND m.period = 'daily' AND m.value <> 0"));
        q.addBindValue(subject);
        q.addBindValue(oldest.toString(Qt::ISODate));
        if (auto st = execPrepared(q); !st)
            return st;
        while (q.next())
            batch.rows.append(MetricRow::make("stars_daily", subject, QDate::fromString(q.value(0).toString(), Qt::ISODate),
                                              Period::Daily, 0));
        setState(stars::kHistoryComplete, QStringLiteral("1"));
        setState(stars::kHistoryWalkedAt, isoUtc(now));
    }
    if (reading->capped)
        batch.notes.append(tr("%1: GitHub's star history goes back %2 weeks; the stars before them are the starting "
                              "point of the curve.")
                               .arg(where)
                               .arg(reading->weeks.size()));
    if (!reading->weeks.isEmpty())
        setState(stars::kHistoryNewestWeek, QString::number(reading->weeks.first().week));
    setState(stars::kDailySource, QStringLiteral("history"));
    setState(stars::kDailyFromList, QStringLiteral("0"));
    return Ok{};
}

Status GitHubStars::afterWrite(QSqlDatabase &db, MetricStore &store, const QString &subject, const QDateTime &now)
{
    if (auto st = stars::refreshDerived(db, store, subject, now); !st)
        return st;
    return stars::refreshDailyFromList(db, store, subject, now);
}

} // namespace insights
