#include "githubevents.h"

#include "clickhouse/backfill.h"
#include "clickhouse/clickhouseclient.h"
#include "collectors/github/githubapi.h"
#include "config/config.h"
#include "eventsqueries.h"
#include "restlists.h"
#include "secrets/tokens.h"
#include "storage/metricstore.h"
#include "storage/sqlutil.h"
#include "util/clock.h"
#include "util/jsonutil.h"

#include <QHash>
#include <QSqlQuery>
#include <QUrlQuery>

namespace insights {

namespace {

// The ten activity keys of SPEC §1 and the columns of eventssql::kDays that count them.
const QList<QPair<const char *, const char *>> kActivity{
    {"push", "push"},           {"issues", "issues"},
    {"pull_requests", "pull_requests"}, {"pull_request_reviews", "pull_request_reviews"},
    {"issue_comments", "issue_comments"}, {"forks", "forks"},
    {"stars", "watch"},         {"releases", "release_events"},
    {"creates", "creates"},      {"deletes", "deletes"}};

const QString kRepoIdKey = QStringLiteral("repo_id");

Result<QDate> newestStoredDay(QSqlDatabase &db, const QString &subject)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT MAX(m.date) FROM insight_metric m JOIN insight_metric_type t ON t.id = m.metric_type_id "
                             "WHERE t.key = 'activity_summary' AND m.subject = ?"));
    q.addBindValue(subject);
    if (auto st = execPrepared(q); !st)
        return st.error();
    return q.next() ? QDate::fromString(q.value(0).toString(), Qt::ISODate) : QDate();
}

QDateTime clickhouseTime(const QJsonValue &value)
{
    const QDateTime t = QDateTime::fromString(value.toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return t.isValid() ? QDateTime(t.date(), t.time(), Qt::UTC) : QDateTime();
}

// A day's start as a {…:DateTime} parameter.
QString clickhouseDay(const QDate &day)
{
    return day.toString(Qt::ISODate) + QStringLiteral(" 00:00:00");
}

} // namespace

QStringList GitHubEvents::subjects(const Config &config, QSqlDatabase &db) const
{
    Q_UNUSED(db)
    return config.githubRepos();
}

QString GitHubEvents::howToConfigure() const
{
    return tr("no repositories are tracked; add owner/repo in Settings.");
}

Status GitHubEvents::prepare(CollectContext &context)
{
    auto url = context.config.baseUrl(Api::ClickHouse);
    if (!url)
        return makeError(QStringLiteral("%1: %2").arg(key(), url.error().message), Error::Kind::Config);
    m_url = *url;
    m_user = context.config.clickhouseUser();
    // A token is optional here: without one (or without a keychain) releases and forks come
    // from ClickHouse.
    auto token = context.tokens.token(TokenKind::GitHub);
    m_token = token ? *token : QString();
    auto rest = context.config.baseUrl(Api::GitHub);
    if (!m_token.isEmpty() && !rest)
        return makeError(QStringLiteral("%1: %2").arg(key(), rest.error().message), Error::Kind::Config);
    m_restUrl = rest ? *rest : QUrl();
    const QDateTime now = context.clock.nowUtc();
    m_budget = QueryBudget::open(QueryBudget::fileIn(context.config.dataDir()), ClickHouseClient::endpointOf(m_url, m_user), now);
    context.report(tr("%1: %2 of %3 ClickHouse queries are left this hour (shared with pypi).")
                       .arg(key())
                       .arg(m_budget->remaining(now))
                       .arg(QueryBudget::kPerHour));
    return Ok{};
}

Status GitHubEvents::addFromRest(CollectContext &context, const QString &subject, Batch &batch)
{
    GitHubApi api(context.http, m_restUrl, m_token, key());
    const QString repo = GitHubApi::repoPath(subject);
    context.report(tr("%1 %2: reading releases from GitHub").arg(key(), subject));
    auto releases = fetchAllPages(api, api.url(repo + QStringLiteral("/releases"), QUrlQuery{{QStringLiteral("per_page"), QStringLiteral("100")}}),
                                  subject, tr("releases"));
    if (!releases)
        return releases.error();
    for (const QJsonObject &r : std::as_const(*releases)) {
        if (r.value(QLatin1String("draft")).toBool())
            continue; // drafts are not releases yet
        // published_at and name are nullable in GitHub's description: a release without a
        // publication date counts from its creation; one without either is left out.
        QDateTime published = parseIsoUtc(r.value(QLatin1String("published_at")).toString());
        if (!published.isValid())
            published = parseIsoUtc(r.value(QLatin1String("created_at")).toString());
        if (!published.isValid() || r.value(QLatin1String("tag_name")).toString().isEmpty())
            continue;
        const QJsonValue author = r.value(QLatin1String("author")).toObject().value(QLatin1String("login"));
        MetricRow release = MetricRow::make("releases", subject, published.date(), Period::Event, 1, r.value(QLatin1String("tag_name")).toString());
        release.metadata = {{QStringLiteral("tag"), r.value(QLatin1String("tag_name"))},
                            {QStringLiteral("name"), r.value(QLatin1String("name")).toString().isEmpty()
                                                         ? QJsonValue(QJsonValue::Null) : r.value(QLatin1String("name"))},
                            {QStringLiteral("actor"), author.isString() ? author : QJsonValue(QJsonValue::Null)},
                            {QStringLiteral("published_at"), isoUtc(published)},
                            {QStringLiteral("prerelease"), r.value(QLatin1String("prerelease")).toBool()},
                            {QStringLiteral("source"), QStringLiteral("github")}};
        batch.rows.append(release);
    }
    context.report(tr("%1 %2: reading forks from GitHub").arg(key(), subject));
    auto forks = fetchAllPages(api, api.url(repo + QStringLiteral("/forks"), QUrlQuery{{QStringLiteral("sort"), QStringLiteral("newest")},
                                                                                       {QStringLiteral("per_page"), QStringLiteral("100")}}),
                               subject, tr("forks"));
    if (!forks)
        return forks.error();
    int undated = 0;
    for (const QJsonObject &f : std::as_const(*forks)) {
        // created_at is nullable in GitHub's description; the owner is in full_name as well.
        const QDateTime created = parseIsoUtc(f.value(QLatin1String("created_at")).toString());
        QString owner = f.value(QLatin1String("owner")).toObject().value(QLatin1String("login")).toString();
        if (owner.isEmpty())
            owner = f.value(QLatin1String("full_name")).toString().section(QLatin1Char('/'), 0, 0);
        if (!created.isValid() || owner.isEmpty()) {
            ++undated;
            continue;
        }
        MetricRow fork = MetricRow::make("forks", subject, created.date(), Period::Event, 1, owner);
        fork.metadata = {{QStringLiteral("owner"), owner}, {QStringLiteral("full_name"), f.value(QLatin1String("full_name"))},
                         {QStringLiteral("created_at"), isoUtc(created)}, {QStringLiteral("source"), QStringLiteral("github")}};
        batch.rows.append(fork);
    }
    if (undated > 0)
        batch.notes.append(tr("%1 %2: %n fork(s) in GitHub's list have no creation date or owner and are left out.",
                              nullptr, undated)
                               .arg(key(), subject));
    return Ok{};
}

Result<QString> GitHubEvents::repoId(CollectContext &context, ClickHouseClient &clickhouse, const QString &subject,
                                     const QString &known)
{
    if (!known.isEmpty())
        return known;
    context.report(tr("%1 %2: looking up the repository's id").arg(key(), subject));
    auto answer = clickhouse.query(QString::fromLatin1(eventssql::kRepoId), {{QStringLiteral("repo"), subject}},
                                   tr("the repository's id"));
    if (!answer)
        return answer.error();
    const QJsonObject row = answer->rows.value(0);
    const QString id = row.value(QLatin1String("id")).toString();
    if (json::integer(row.value(QLatin1String("names"))).value_or(0) <= 0 || id.isEmpty() || id == QLatin1String("0"))
        return makeError(tr("%1 %2: the GitHub events dataset knows no repository named \"%2\" (github.repo_name_to_id). "
                            "Check the name as GitHub shows it, capitals included; a repository without public events "
                            "has no data there.")
                             .arg(key(), subject),
                         Error::Kind::Config);
    return id;
}

Result<Batch> GitHubEvents::collect(CollectContext &context, const QString &subject)
{
    const QString where = QStringLiteral("%1 %2").arg(key(), subject);
    if (!GitHubApi::isValidRepo(subject))
        return makeError(tr("%1: \"%2\" is not a repository name; use the form owner/repo.").arg(where, subject),
                         Error::Kind::Config);
    ClickHouseClient clickhouse(context.http, m_url, m_user, where, context.clock);
    clickhouse.setBudget(&*m_budget);

    MetricStore store(context.db);
    auto knownId = store.state(key(), subject, kRepoIdKey);
    if (!knownId)
        return knownId.error();
    auto pending = store.state(key(), subject, quotastate::kPending);
    if (!pending)
        return pending.error();
    const QList<QDate> stored = daywindows::decode(pending->value_or(QString()));
    backfill::WindowReader reader(context, *m_budget, key(), subject, where, !stored.isEmpty());
    auto lastStored = newestStoredDay(context.db, subject);
    if (!lastStored)
        return lastStored.error();
    const QDate today = context.clock.todayUtc();
    const QList<QDate> days = backfill::daysToRead({today, context.options.lookbackDays, kRereadDays, kFirstRunDays, *lastStored,
                                                    stored + m_budget->waitingDays(key(), subject)});
    const auto spans = daywindows::spans(days);
    const bool viaRest = !m_token.isEmpty();

    // Before anything is sent: the lookup, the days and (without a token) one events query must
    // fit in this hour.
    const QDateTime now = context.clock.nowUtc();
    const int needed = (knownId->value_or(QString()).isEmpty() ? 1 : 0) + int(spans.size()) + (viaRest ? 0 : 1);
    if (m_budget->remaining(now) < needed)
        return reader.waitBeforeStart(days, reader.budgetWait(needed));
    const auto stopped = [&](const Error &e) -> Error {
        return e.kind == Error::Kind::RateLimited ? reader.waitBeforeStart(days, e) : e;
    };
    auto id = repoId(context, clickhouse, subject, knownId->value_or(QString()));
    if (!id)
        return stopped(id.error());

    struct Day {
        QJsonObject counts;
        qint64 rows = 0; // the events query's rows: releases + forks
    };
    QMap<QDate, Day> perDay;
    QDateTime loadedUntil;
    for (const auto &[first, last] : spans) {
        context.report(tr("%1: reading events per day, %2 to %3").arg(where, first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
        auto answer = clickhouse.query(QString::fromLatin1(eventssql::kDays),
                                       {{QStringLiteral("repo_id"), *id}, {QStringLiteral("from"), clickhouseDay(first)},
                                        {QStringLiteral("until"), clickhouseDay(last.addDays(1))}},
                                       tr("events per day"));
        if (!answer)
            return stopped(answer.error());
        for (const QJsonObject &r : std::as_const(answer->rows)) {
            const QDate d = QDate::fromString(r.value(QLatin1String("day")).toString(), Qt::ISODate);
            if (!d.isValid())
                return makeError(tr("%1: ClickHouse's events per day have a row without a day; nothing was stored.").arg(where),
                                 Error::Kind::Parse);
            perDay[d] = {r, viaRest ? 0 : json::integer(r.value(QLatin1String("fork_rows"))).value_or(0)
                                              + json::integer(r.value(QLatin1String("release_rows"))).value_or(0)};
            // max(created_at) over nothing is 1970-01-01 00:00:00: no event, not a date.
            const QDateTime newest = clickhouseTime(r.value(QLatin1String("newest")));
            if (newest.isValid() && newest.date().year() > 1970 && (!loadedUntil.isValid() || newest > loadedUntil))
                loadedUntil = newest;
        }
    }

    // Days up to the repository's newest event get a figure, 0 included; later days stay gaps
    // until an event shows that the dataset has them (the next run reads from there).
    QMap<QDate, qint64> rowsPerDay;
    for (const QDate &d : days)
        if (loadedUntil.isValid() && d <= loadedUntil.date())
            rowsPerDay.insert(d, perDay.value(d).rows);
    const QList<DayWindow> windows = daywindows::pack(rowsPerDay);
    const int windowQueries = daywindows::queriesOf(windows);
    context.report(tr("%1: storing %2 days, %3 more ClickHouse queries for releases and forks (%4 left this hour)")
                       .arg(where)
                       .arg(rowsPerDay.size())
                       .arg(windowQueries)
                       .arg(m_budget->remaining(context.clock.nowUtc())));

    const auto read = [&](const DayWindow &w) -> Result<Batch> {
        Batch batch;
        batch.state.append({key(), subject, kRepoIdKey, *id});
        for (QDate d = w.first; d <= w.last; d = d.addDays(1)) {
            const QJsonObject counts = perDay.value(d).counts;
            const auto count = [&](const char *column) { return double(json::integer(counts.value(QLatin1String(column))).value_or(0)); };
            MetricRow summary = MetricRow::make("activity_summary", subject, d, Period::Daily, count("events"));
            for (const auto &[metaKey, column] : kActivity)
                summary.metadata.insert(QLatin1String(metaKey), count(column));
            MetricRow starRow = MetricRow::make("star_events", subject, d, Period::Daily, count("stars"));
            if (d == loadedUntil.date()) {
                summary.metadata.insert(QStringLiteral("partial"), true);
                starRow.metadata = {{QStringLiteral("partial"), true}};
            }
            batch.rows.append(summary);
            batch.rows.append(starRow);
        }
        for (int page = 0; page < w.queries(); ++page) {
            QList<ClickHouseParam> params{{QStringLiteral("repo_id"), *id}, {QStringLiteral("from"), clickhouseDay(w.first)},
                                          {QStringLiteral("until"), clickhouseDay(w.last.addDays(1))}};
            QString sql = QString::fromLatin1(eventssql::kEvents);
            if (w.pages > 1) {
                sql += QString::fromLatin1(eventssql::kPage);
                params.append({QStringLiteral("limit"), QString::number(daywindows::kMaxRows)});
                params.append({QStringLiteral("offset"), QString::number(qint64(page) * daywindows::kMaxRows)});
            }
            const QString what = tr("releases and forks of %1 to %2").arg(w.first.toString(Qt::ISODate), w.last.toString(Qt::ISODate));
            context.report(QStringLiteral("%1: %2").arg(where, tr("reading %1").arg(what)));
            auto answer = clickhouse.query(sql, params, what);
            if (!answer)
                return answer.error();
            for (const QJsonObject &r : std::as_const(answer->rows)) {
                const QDateTime at = clickhouseTime(r.value(QLatin1String("at")));
                if (!at.isValid() || at.date() < w.first || at.date() > w.last)
                    return makeError(tr("%1: ClickHouse's answer to %2 has a row outside it; nothing of it was stored.").arg(where, what),
                                     Error::Kind::Parse);
                const QString actor = r.value(QLatin1String("actor")).toString();
                if (r.value(QLatin1String("kind")).toString() == QLatin1String("release")) {
                    const QString tag = r.value(QLatin1String("tag")).toString();
                    MetricRow release = MetricRow::make("releases", subject, at.date(), Period::Event, 1, tag);
                    release.metadata = {{QStringLiteral("tag"), tag},
                                        {QStringLiteral("name"), r.value(QLatin1String("name")).toString().isEmpty()
                                                                     ? QJsonValue(QJsonValue::Null) : r.value(QLatin1String("name"))},
                                        {QStringLiteral("actor"), actor},
                                        {QStringLiteral("published_at"), isoUtc(at)},
                                        {QStringLiteral("source"), QStringLiteral("clickhouse")}};
                    batch.rows.append(release);
                } else {
                    MetricRow fork = MetricRow::make("forks", subject, at.date(), Period::Event, 1, actor);
                    fork.metadata = {{QStringLiteral("owner"), actor},
                                     {QStringLiteral("created_at"), isoUtc(at)},
                                     {QStringLiteral("source"), QStringLiteral("clickhouse")}};
                    batch.rows.append(fork);
                }
            }
        }
        return batch;
    };
    auto batch = reader.run(windows, read);
    if (!batch)
        return batch.error();
    batch->state.append({key(), subject, kRepoIdKey, *id});
    // How fresh the dataset was at this run, for status and for charts that shade the gap.
    if (loadedUntil.isValid())
        batch->state.append({key(), subject, QStringLiteral("dataset_newest_event"), isoUtc(loadedUntil)});
    if (viaRest)
        if (auto st = addFromRest(context, subject, batch.value()); !st)
            return st.error();
    if (!loadedUntil.isValid())
        batch->notes.append(tr("The GitHub events dataset has no event of %1 since %2; no days were stored.")
                                .arg(subject, days.isEmpty() ? today.toString(Qt::ISODate) : days.first().toString(Qt::ISODate)));
    return batch;
}

} // namespace insights
