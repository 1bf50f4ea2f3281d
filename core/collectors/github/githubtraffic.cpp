#include "githubtraffic.h"

#include "config/config.h"
#include "githubapi.h"
#include "trafficparser.h"
#include "util/clock.h"

#include <QJsonObject>
#include <QSet>

namespace insights {

namespace {

struct DailyKeys {
    const char *countMetric;
    const char *uniquesMetric;
    const char *countTotal;
    const char *uniquesTotal;
};

constexpr DailyKeys kViews{"views", "unique_visitors", "views_14d", "unique_visitors_14d"};
constexpr DailyKeys kClones{"clones", "unique_cloners", "clones_14d", "unique_cloners_14d"};

// Daily rows for the whole window. Days the API leaves out are 0 — but only where nothing is
// stored yet, so an edge-of-window difference can never erase a figure. Today is still growing:
// its rows say so in their metadata until a later run stores the final figure.
void addDaily(Batch &batch, const QString &subject, const traffic::Series &series, const DailyKeys &keys,
              const QDate &today)
{
    QSet<QDate> seen;
    for (const traffic::Day &day : series.days) {
        seen.insert(day.date);
        MetricRow count = MetricRow::make(keys.countMetric, subject, day.date, Period::Daily, double(day.count));
        MetricRow uniques = MetricRow::make(keys.uniquesMetric, subject, day.date, Period::Daily, double(day.uniques));
        if (day.date >= today) {
            count.metadata = uniques.metadata = QJsonObject{{QStringLiteral("partial"), true}};
        }
        batch.rows.append(count);
        batch.rows.append(uniques);
    }
    for (QDate d = today.addDays(1 - GitHubTraffic::kWindowDays); d <= today; d = d.addDays(1)) {
        if (seen.contains(d))
            continue;
        for (const char *metric : {keys.countMetric, keys.uniquesMetric}) {
            MetricRow zero = MetricRow::make(metric, subject, d, Period::Daily, 0);
            zero.overwrite = false;
            batch.rows.append(zero);
        }
    }
    batch.rows.append(MetricRow::make(keys.countTotal, subject, today, Period::Snapshot, double(series.count)));
    batch.rows.append(MetricRow::make(keys.uniquesTotal, subject, today, Period::Snapshot, double(series.uniques)));
}

SnapshotSet popularSet(const char *metric, const QString &subject, const QDate &today,
                       const QList<traffic::Popular> &entries, bool isPath)
{
    SnapshotSet set{QString::fromLatin1(metric), subject, today, {}};
    for (const traffic::Popular &p : entries) {
        MetricRow r;
        r.item = p.key;
        r.value = double(p.count);
        r.metadata = {{QStringLiteral("count"), double(p.count)}, {QStringLiteral("uniques"), double(p.uniques)}};
        if (isPath) {
            r.metadata.insert(QStringLiteral("path"), p.key);
            r.metadata.insert(QStringLiteral("title"), p.title);
        } else {
            r.metadata.insert(QStringLiteral("referrer"), p.key);
        }
        set.rows.append(r);
    }
    return set;
}

} // namespace

QStringList GitHubTraffic::subjects(const Config &config, QSqlDatabase &db) const
{
    Q_UNUSED(db)
    return config.githubRepos();
}

QString GitHubTraffic::howToConfigure() const
{
    return tr("no repositories are tracked; add owner/repo in Settings.");
}

Status GitHubTraffic::prepare(CollectContext &context)
{
    auto base = context.config.baseUrl(Api::GitHub);
    if (!base)
        return makeError(QStringLiteral("%1: %2").arg(key(), base.error().message), Error::Kind::Config);
    m_baseUrl = *base;
    auto token = GitHubApi::requireToken(context.tokens, key(),
                                         tr("GitHub shows traffic only to people with push access"));
    if (!token)
        return token.error();
    m_token = *token;
    return Ok{};
}

Result<Batch> GitHubTraffic::collect(CollectContext &context, const QString &subject)
{
    const QString where = QStringLiteral("%1 %2").arg(key(), subject);
    if (!GitHubApi::isValidRepo(subject))
        return makeError(tr("%1: \"%2\" is not a repository name; use the form owner/repo.").arg(where, subject),
                         Error::Kind::Config);

    GitHubApi api(context.http, m_baseUrl, m_token, key());
    const QString repo = GitHubApi::repoPath(subject);
    const QDate today = context.clock.todayUtc();
    const auto parseFailed = [&](const QString &what, const Error &e) {
        return makeError(tr("%1: GitHub's %2 answer could not be read (%3); nothing was stored for this "
                            "repository.")
                             .arg(where, what, e.message),
                         Error::Kind::Parse);
    };

    Batch batch;
    const QUrlQuery perDay{{QStringLiteral("per"), QStringLiteral("day")}};
    struct SeriesSpec {
        const char *path;
        const char *arrayKey;
        const DailyKeys *keys;
    };
    for (const SeriesSpec &spec : {SeriesSpec{"/traffic/views", "views", &kViews},
                                   SeriesSpec{"/traffic/clones", "clones", &kClones}}) {
        const QString what = tr("traffic %1").arg(QLatin1String(spec.arrayKey));
        context.report(tr("%1: reading %2").arg(where, what));
        auto body = api.get(repo + QLatin1String(spec.path), perDay, subject, what);
        if (!body)
            return body.error();
        auto series = traffic::parseSeries(*body, QLatin1String(spec.arrayKey));
        if (!series)
            return parseFailed(what, series.error());
        addDaily(batch, subject, *series, *spec.keys, today);
    }

    struct PopularSpec {
        const char *path;
        const char *keyField;
        const char *metric;
        bool isPath;
    };
    for (const PopularSpec &spec : {PopularSpec{"/traffic/popular/referrers", "referrer", "referrers", false},
                                    PopularSpec{"/traffic/popular/paths", "path", "popular_paths", true}}) {
        const QString what = tr("popular %1s").arg(QLatin1String(spec.keyField));
        context.report(tr("%1: reading %2").arg(where, what));
        auto body = api.get(repo + QLatin1String(spec.path), {}, subject, what);
        if (!body)
            return body.error();
        auto entries = traffic::parsePopular(*body, QLatin1String(spec.keyField));
        if (!entries)
            return parseFailed(what, entries.error());
        batch.snapshots.append(popularSet(spec.metric, subject, today, *entries, spec.isPath));
    }

    context.report(tr("%1: reading repository counters").arg(where));
    auto body = api.get(repo, {}, subject, tr("the repository"));
    if (!body)
        return body.error();
    auto counters = traffic::parseRepository(*body);
    if (!counters)
        return parseFailed(tr("repository"), counters.error());
    batch.rows.append(MetricRow::make("stars_total", subject, today, Period::Snapshot, double(counters->stars)));
    batch.rows.append(MetricRow::make("forks_total", subject, today, Period::Snapshot, double(counters->forks)));
    return batch;
}

} // namespace insights
