#include "githubstars.h"

#include "config/config.h"
#include "githubapi.h"
#include "starderived.h"
#include "stargraphql.h"
#include "starreconcile.h"
#include "starrest.h"
#include "starrun.h"
#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QJsonDocument>
#include <QJsonObject>

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
    return tr("no repositories are tracked; add owner/repo in Settings or set INSIGHT_GITHUB_REPOS.");
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
    auto token = GitHubApi::requireToken(context.tokens, key(),
                                         tr("GitHub's GraphQL API, which reads 100 stargazers with their profiles per "
                                            "request, needs a token (any scope)."));
    if (!token)
        return token.error();
    m_token = *token;
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
    StarRun run(context, subject, std::move(ledger).value());
    GitHubApi api(context.http, m_restUrl, m_token, key());
    StarGraphQl graphQl(context.http, context.clock, api, m_graphQlUrl, m_token, subject);
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
        status = restricted(run, api, status.error());
    else if (status)
        run.setState(StarRun::kRestricted, QStringLiteral("0"));
    if (!status)
        return status.error();
    return run.finish();
}

Status GitHubStars::viaGraphQl(StarRun &run, StarGraphQl &graphQl)
{
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
            // GitHub no longer accepts the stored cursor: the next run walks the whole list again.
            if (pages == 0 && (e.kind == Error::Kind::Parse || (e.kind == Error::Kind::Http && e.httpStatus == 0)))
                run.setState(StarRun::kBackfillCursor, QString());
            return run.stopBackfill(e);
        }
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
    for (;;) {
        auto page = graphQl.page(after);
        if (!page)
            return page.error();
        if (after.isEmpty())
            run.recordTotal(page->stargazerCount);
        total = page->stargazerCount;
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
    return StarReconcile::apply(run, listed, total);
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

Status GitHubStars::restricted(StarRun &run, GitHubApi &api, const Error &why)
{
    auto body = api.get(GitHubApi::repoPath(run.subject()), {}, run.subject(), tr("the repository"));
    if (!body)
        return body.error();
    const QJsonValue count = QJsonDocument::fromJson(*body).object().value(QLatin1String("stargazers_count"));
    if (!count.isDouble())
        return makeError(tr("%1: GitHub's repository answer has no stargazers_count.").arg(run.where()), Error::Kind::Parse);
    run.recordTotal(qint64(count.toDouble()));
    run.setState(StarRun::kRestricted, QStringLiteral("1"));
    run.addNote(tr("GitHub shows who starred a repository only to people with access to it, and this token has none "
                   "(%1). The total is recorded daily; profiles are missing. The github_events source still gives "
                   "the stars per day.")
                    .arg(why.message));
    return Ok{};
}

Status GitHubStars::afterWrite(QSqlDatabase &db, MetricStore &store, const QString &subject, const QDateTime &now)
{
    return stars::refreshDerived(db, store, subject, now);
}

} // namespace insights
