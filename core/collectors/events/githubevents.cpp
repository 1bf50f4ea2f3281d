#include "githubevents.h"

#include "clickhouse/clickhouseclient.h"
#include "collectors/github/githubapi.h"
#include "config/config.h"
#include "restlists.h"
#include "secrets/tokens.h"
#include "storage/sqlutil.h"
#include "util/clock.h"
#include "util/jsonutil.h"

#include <QHash>
#include <QSqlQuery>
#include <QUrlQuery>

namespace insights {

namespace {

// The ten activity keys of SPEC §1 and the event types they count.
const QList<QPair<const char *, const char *>> kActivity{
    {"push", "PushEvent"},           {"issues", "IssuesEvent"},
    {"pull_requests", "PullRequestEvent"}, {"pull_request_reviews", "PullRequestReviewEvent"},
    {"issue_comments", "IssueCommentEvent"}, {"forks", "ForkEvent"},
    {"stars", "WatchEvent"},         {"releases", "ReleaseEvent"},
    {"creates", "CreateEvent"},      {"deletes", "DeleteEvent"}};

constexpr const char *kNewestSql =
    "SELECT max(created_at) AS newest FROM github.github_events "
    "WHERE event_type = 'WatchEvent' AND created_at >= {from:DateTime}";
constexpr const char *kDailySql =
    "SELECT toDate(created_at) AS day, toString(event_type) AS type, count() AS events, "
    "countIf(event_type = 'WatchEvent' AND action = 'started') AS stars "
    "FROM github.github_events WHERE repo_name = {repo:String} AND created_at >= {from:DateTime} GROUP BY day, type";
constexpr const char *kReleasesSql =
    "SELECT toString(created_at) AS at, actor_login, release_tag_name, release_name FROM github.github_events "
    "WHERE repo_name = {repo:String} AND event_type = 'ReleaseEvent' AND action = 'published' AND created_at >= {from:DateTime}";
constexpr const char *kForksSql =
    "SELECT toString(created_at) AS at, actor_login FROM github.github_events "
    "WHERE repo_name = {repo:String} AND event_type = 'ForkEvent' AND created_at >= {from:DateTime}";

Result<bool> hasRows(QSqlDatabase &db, const QString &subject)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM insight_metric m JOIN insight_metric_type t ON t.id = m.metric_type_id "
                             "WHERE t.key = 'activity_summary' AND m.subject = ? LIMIT 1"));
    q.addBindValue(subject);
    if (auto st = execPrepared(q); !st)
        return st.error();
    return q.next();
}

QDateTime clickhouseTime(const QJsonValue &value)
{
    const QDateTime t = QDateTime::fromString(value.toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return t.isValid() ? QDateTime(t.date(), t.time(), Qt::UTC) : QDateTime();
}

} // namespace

QStringList GitHubEvents::subjects(const Config &config, QSqlDatabase &db) const
{
    Q_UNUSED(db)
    return config.githubRepos();
}

QString GitHubEvents::howToConfigure() const
{
    return tr("no repositories are tracked; add owner/repo in Settings or set INSIGHT_GITHUB_REPOS.");
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

Result<Batch> GitHubEvents::collect(CollectContext &context, const QString &subject)
{
    const QString where = QStringLiteral("%1 %2").arg(key(), subject);
    if (!GitHubApi::isValidRepo(subject))
        return makeError(tr("%1: \"%2\" is not a repository name; use the form owner/repo.").arg(where, subject),
                         Error::Kind::Config);
    auto stored = hasRows(context.db, subject);
    if (!stored)
        return stored.error();
    const int days = context.options.lookbackDays > 0 ? context.options.lookbackDays : *stored ? kRereadDays : kFirstRunDays;
    const QDate today = context.clock.todayUtc();
    const QDate from = today.addDays(1 - days);
    const QList<ClickHouseParam> params{{QStringLiteral("repo"), subject},
                                        {QStringLiteral("from"), from.toString(Qt::ISODate) + QStringLiteral(" 00:00:00")}};
    ClickHouseClient clickhouse(context.http, m_url, m_user, where);
    const auto ask = [&](const char *sql, const QString &what) {
        context.report(tr("%1: reading %2").arg(where, what));
        return clickhouse.query(QString::fromLatin1(sql), params, what);
    };
    auto newest = ask(kNewestSql, tr("how fresh the dataset is"));
    if (!newest)
        return newest.error();
    auto daily = ask(kDailySql, tr("events per day"));
    if (!daily)
        return daily.error();
    const bool viaRest = !m_token.isEmpty();
    Result<ClickHouseResult> releases = ClickHouseResult{};
    Result<ClickHouseResult> forks = ClickHouseResult{};
    if (!viaRest) {
        releases = ask(kReleasesSql, tr("releases"));
        if (!releases)
            return releases.error();
        forks = ask(kForksSql, tr("forks"));
        if (!forks)
            return forks.error();
    }

    const QDateTime loadedUntil = newest->rows.isEmpty() ? QDateTime() : clickhouseTime(newest->rows.first().value(QLatin1String("newest")));
    QHash<QDate, QHash<QString, qint64>> byType;
    QHash<QDate, qint64> stars;
    for (const QJsonObject &r : std::as_const(daily->rows)) {
        const QDate d = QDate::fromString(r.value(QLatin1String("day")).toString(), Qt::ISODate);
        byType[d][r.value(QLatin1String("type")).toString()] += json::integer(r.value(QLatin1String("events"))).value_or(0);
        stars[d] += json::integer(r.value(QLatin1String("stars"))).value_or(0);
    }

    Batch batch;
    // Days the dataset has loaded get a figure, 0 included; later days stay gaps.
    for (QDate d = from; loadedUntil.isValid() && d <= loadedUntil.date() && d <= today; d = d.addDays(1)) {
        const QHash<QString, qint64> types = byType.value(d);
        qint64 all = 0;
        for (qint64 n : types)
            all += n;
        MetricRow summary = MetricRow::make("activity_summary", subject, d, Period::Daily, double(all));
        for (const auto &[metaKey, type] : kActivity)
            summary.metadata.insert(QLatin1String(metaKey), double(types.value(QLatin1String(type))));
        MetricRow starRow = MetricRow::make("star_events", subject, d, Period::Daily, double(stars.value(d)));
        if (d == loadedUntil.date()) {
            summary.metadata.insert(QStringLiteral("partial"), true);
            starRow.metadata = {{QStringLiteral("partial"), true}};
        }
        batch.rows.append(summary);
        batch.rows.append(starRow);
    }
    for (const QJsonObject &r : std::as_const(releases->rows)) {
        const QDateTime at = clickhouseTime(r.value(QLatin1String("at")));
        MetricRow release = MetricRow::make("releases", subject, at.date(), Period::Event, 1, r.value(QLatin1String("release_tag_name")).toString());
        release.metadata = {{QStringLiteral("tag"), r.value(QLatin1String("release_tag_name"))},
                            {QStringLiteral("name"), r.value(QLatin1String("release_name")).toString().isEmpty()
                                                         ? QJsonValue(QJsonValue::Null) : r.value(QLatin1String("release_name"))},
                            {QStringLiteral("actor"), r.value(QLatin1String("actor_login"))},
                            {QStringLiteral("published_at"), isoUtc(at)},
                            {QStringLiteral("source"), QStringLiteral("clickhouse")}};
        batch.rows.append(release);
    }
    for (const QJsonObject &r : std::as_const(forks->rows)) {
        const QDateTime at = clickhouseTime(r.value(QLatin1String("at")));
        MetricRow fork = MetricRow::make("forks", subject, at.date(), Period::Event, 1, r.value(QLatin1String("actor_login")).toString());
        fork.metadata = {{QStringLiteral("owner"), r.value(QLatin1String("actor_login"))},
                         {QStringLiteral("created_at"), isoUtc(at)},
                         {QStringLiteral("source"), QStringLiteral("clickhouse")}};
        batch.rows.append(fork);
    }
    // How fresh the dataset was at this run, for status and for charts that shade the gap.
    if (loadedUntil.isValid())
        batch.state.append({key(), subject, QStringLiteral("dataset_newest_event"), isoUtc(loadedUntil)});
    if (viaRest)
        if (auto st = addFromRest(context, subject, batch); !st)
            return st.error();
    if (!loadedUntil.isValid())
        batch.notes.append(tr("The GitHub events dataset has nothing since %1; no days were stored.").arg(from.toString(Qt::ISODate)));
    return batch;
}

} // namespace insights
