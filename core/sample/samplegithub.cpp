// The sample's GitHub days as the traffic and events collectors store them: uniques never above
// counts; the 14-day totals GitHub reports on a day are the sum of that day's window (true uniques
// between the busiest day's and the summed daily figure); the referrers and paths of the 14 days
// share out no more than the window's views; the day's activity is exactly its parts, with stars,
// forks and releases the ones the other rows record.
#include "samplemath.h"
#include "sampleparts.h"
#include "storage/sqlutil.h"

#include <QJsonObject>
#include <cmath>

namespace insights::sample {

namespace {

constexpr int kWindowDays = 14; // GitHub's traffic window

struct Popular {
    const char *key;
    double share;
    const char *title;
};

constexpr Popular kReferrers[] = {{"github.com", 0.20, nullptr},        {"news.ycombinator.com", 0.09, nullptr},
                                  {"google.com", 0.07, nullptr},        {"reddit.com", 0.05, nullptr},
                                  {"t.co", 0.03, nullptr},              {"duckduckgo.com", 0.02, nullptr},
                                  {"bing.com", 0.015, nullptr},         {"lobste.rs", 0.012, nullptr},
                                  {"dev.to", 0.01, nullptr},            {"medium.com", 0.008, nullptr}};
constexpr Popular kPaths[] = {
    {"", 0.34, "Insights: keep your project's numbers"},
    {"/releases", 0.11, "Releases"},
    {"/blob/main/README.md", 0.08, "README.md"},
    {"/issues", 0.06, "Issues"},
    {"/pulls", 0.04, "Pull requests"},
    {"/blob/main/docs/storage.md", 0.035, "docs/storage.md"},
    {"/tree/main/core", 0.03, "core"},
    {"/discussions", 0.025, "Discussions"},
    {"/actions", 0.02, "Actions"},
    {"/blob/main/CHANGELOG.md", 0.015, "CHANGELOG.md"}};

// The top list of a 14-day window: `total` views shared out by the entries' shares (varying a
// little from day to day), each with its unique visitors (≤ its count and ≤ the window's).
template<size_t N>
QList<MetricRow> popular(const char *metric, const Popular (&entries)[N], const QString &repo, const QDate &day, int i,
                         qint64 total, qint64 windowUniques, quint32 seed)
{
    QList<double> weights;
    for (size_t k = 0; k < N; ++k)
        weights.append(entries[k].share * (0.8 + 0.4 * noise(quint32(i), seed + quint32(k))));
    const QList<qint64> counts = apportion(total, weights);
    QList<MetricRow> rows;
    for (size_t k = 0; k < N; ++k) {
        const auto count = double(counts[qsizetype(k)]);
        if (count == 0)
            continue; // GitHub lists only what was visited
        const double uniques = std::min({count, double(windowUniques),
                                         std::max(1.0, std::round(count * (0.2 + 0.15 * noise(quint32(i), seed + 50 + quint32(k)))))});
        const bool isPath = entries[k].title != nullptr;
        const QString key = isPath ? QStringLiteral("/%1%2").arg(repo, QLatin1String(entries[k].key)) : QLatin1String(entries[k].key);
        MetricRow r = MetricRow::make(metric, repo, day, Period::Snapshot, count, key);
        r.metadata = {{QStringLiteral("count"), count}, {QStringLiteral("uniques"), uniques}};
        if (isPath) {
            r.metadata.insert(QStringLiteral("path"), key);
            r.metadata.insert(QStringLiteral("title"), QLatin1String(entries[k].title));
        } else {
            r.metadata.insert(QStringLiteral("referrer"), key);
        }
        rows.append(std::move(r));
    }
    return rows;
}

} // namespace

GithubDays::GithubDays(const Calendar &calendar) : m_calendar(calendar)
{
    const DatasetSpec &spec = calendar.spec();
    for (int i = 0; i < spec.days; ++i) {
        const auto views = qint64(std::round(level(spec, i, 300, 300)));
        const auto clones = qint64(std::round(double(views) * (0.08 + 0.08 * noise(quint32(i), 31))));
        m_views.append(views);
        m_visitors.append(qint64(std::round(double(views) * (0.25 + 0.15 * noise(quint32(i), 30)))));
        m_clones.append(clones);
        m_cloners.append(qint64(std::round(double(clones) * (0.3 + 0.2 * noise(quint32(i), 32)))));
    }
}

Status GithubDays::write(Writer &w, int i) const
{
    const QString repo = DatasetGenerator::repository();
    const QDate day = m_calendar.day(i);
    QList<MetricRow> rows;
    const auto add = [&](const char *metric, double value, Period period = Period::Daily, const QString &item = {}) {
        rows.append(MetricRow::make(metric, repo, day, period, value, item));
    };
    add("views", double(m_views[i]));
    add("unique_visitors", double(m_visitors[i]));
    add("clones", double(m_clones[i]));
    add("unique_cloners", double(m_cloners[i]));

    // What GitHub reports on this day for the 14 days up to it (the window's days in the data).
    qint64 windowTotals[4] = {0, 0, 0, 0}, busiest[4] = {0, 0, 0, 0};
    const QList<qint64> *series[4] = {&m_views, &m_visitors, &m_clones, &m_cloners};
    for (int j = std::max(0, i - kWindowDays + 1); j <= i; ++j)
        for (int s = 0; s < 4; ++s) {
            windowTotals[s] += series[s]->at(j);
            busiest[s] = std::max(busiest[s], series[s]->at(j));
        }
    const auto trueUniques = [&](int s) { return std::max(busiest[s], qint64(std::round(0.72 * double(windowTotals[s])))); };
    const qint64 uniques14 = trueUniques(1);
    add("views_14d", double(windowTotals[0]), Period::Snapshot);
    add("unique_visitors_14d", double(uniques14), Period::Snapshot);
    add("clones_14d", double(windowTotals[2]), Period::Snapshot);
    add("unique_cloners_14d", double(trueUniques(3)), Period::Snapshot);
    rows += popular("referrers", kReferrers, repo, day, i,
                    qint64(double(windowTotals[0]) * (0.45 + 0.1 * noise(quint32(i), 33))), uniques14, 100);
    rows += popular("popular_paths", kPaths, repo, day, i,
                    qint64(double(windowTotals[0]) * (0.7 + 0.1 * noise(quint32(i), 34))), uniques14, 200);
    add("stars_total", double(m_calendar.starsUpTo(i)), Period::Snapshot);
    add("forks_total", double(m_calendar.forksUpTo(i)), Period::Snapshot);

    // The events of the day: ClickHouse counts every star, fork and release the rows hold.
    static const char *const kOther[] = {"push", "issues", "pull_requests", "pull_request_reviews", "issue_comments", "creates", "deletes"};
    static const double kShares[] = {0.35, 0.1, 0.12, 0.08, 0.2, 0.03, 0.015};
    QList<double> weights;
    for (int k = 0; k < 7; ++k)
        weights.append(kShares[k] * (0.7 + 0.6 * noise(quint32(i), 40 + quint32(k))));
    const QList<qint64> parts = apportion(qint64(std::round(level(m_calendar.spec(), i, 40, 40))), weights);
    const qint64 stars = m_calendar.stars(i), forks = m_calendar.forks(i), releases = m_calendar.isReleaseDay(i) ? 1 : 0;
    qint64 events = stars + forks + releases;
    MetricRow activity = MetricRow::make("activity_summary", repo, day, Period::Daily, 0);
    for (int k = 0; k < 7; ++k) {
        activity.metadata.insert(QLatin1String(kOther[k]), double(parts[k]));
        events += parts[k];
    }
    activity.metadata.insert(QStringLiteral("stars"), double(stars));
    activity.metadata.insert(QStringLiteral("forks"), double(forks));
    activity.metadata.insert(QStringLiteral("releases"), double(releases));
    activity.value = double(events);
    rows.append(std::move(activity));
    add("star_events", double(stars));

    const QDateTime noon = day.startOfDay(Qt::UTC).addSecs(12 * 3600);
    if (releases) {
        const QString version = Calendar::versionName(m_calendar.spec().pypiVersions + m_calendar.releasesUpTo(i) - 1);
        MetricRow release = MetricRow::make("releases", repo, day, Period::Event, 1, u'v' + version);
        release.metadata = {{QStringLiteral("tag"), release.item}, {QStringLiteral("name"), QStringLiteral("Insights %1").arg(version)},
                            {QStringLiteral("actor"), QStringLiteral("octo")}, {QStringLiteral("published_at"), isoUtc(noon)},
                            {QStringLiteral("prerelease"), false}, {QStringLiteral("source"), QStringLiteral("github")}};
        rows.append(std::move(release));
    }
    if (forks) {
        const QString owner = QStringLiteral("forker%1").arg(i);
        MetricRow fork = MetricRow::make("forks", repo, day, Period::Event, 1, owner);
        fork.metadata = {{QStringLiteral("owner"), owner}, {QStringLiteral("full_name"), QString(owner + QStringLiteral("/insights"))},
                         {QStringLiteral("created_at"), isoUtc(noon.addSecs(3600))}, {QStringLiteral("source"), QStringLiteral("github")}};
        rows.append(std::move(fork));
    }
    for (MetricRow &r : rows)
        if (auto st = w.row(std::move(r)); !st)
            return st;
    return Ok{};
}

} // namespace insights::sample
