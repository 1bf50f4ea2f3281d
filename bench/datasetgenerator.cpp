#include "datasetgenerator.h"

#include "storage/database.h"
#include "storage/metricstore.h"
#include "storage/scopedtransaction.h"
#include "storage/sqlutil.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtMath>

namespace insights {

namespace {

const QString kRepo = QStringLiteral("octo/insights");
const QString kPackage = QStringLiteral("insights-demo");
const QString kSite = QStringLiteral("insights.example.org");

quint32 hash(quint32 a, quint32 b = 0)
{
    quint32 h = a * 2654435761u ^ (b + 0x9e3779b9u + (a << 6) + (a >> 2));
    h ^= h >> 15;
    h *= 2246822519u;
    h ^= h >> 13;
    return h;
}

double noise(quint32 a, quint32 b)
{
    return double(hash(a, b) % 1000) / 1000.0; // 0..1
}

// A day's level: slow growth, a weekly dip, and spikes after releases and Reddit posts.
double level(const DatasetSpec &spec, int dayIndex, double base)
{
    const double t = double(dayIndex) / std::max(1, spec.days);
    const QDate d = spec.today.addDays(dayIndex - spec.days + 1);
    const double weekly = d.dayOfWeek() >= 6 ? 0.65 : 1.0;
    double spike = 1.0;
    for (int k = 1; k <= 6; ++k) {
        const int at = int(spec.days * (k / 7.0));
        if (dayIndex >= at && dayIndex < at + 4)
            spike += 2.5 / double(1 + dayIndex - at);
    }
    return base * (0.35 + 0.9 * t) * weekly * spike * (0.8 + 0.4 * noise(quint32(dayIndex), quint32(base)));
}

class Writer {
public:
    Writer(Database &db, const QDate &today) : m_db(db), m_now(today.startOfDay(Qt::UTC).addSecs(9 * 3600)) {}
    Batch batch;
    qint64 rows = 0;

    Status flush(bool force = false)
    {
        if (!force && batch.rows.size() < 50'000)
            return Ok{};
        ScopedTransaction tx(m_db.handle());
        if (auto st = tx.begin(); !st)
            return st;
        MetricStore store(m_db.handle());
        if (auto written = store.write(batch, m_now); !written)
            return written.error();
        rows += batch.rows.size();
        batch = Batch{};
        return tx.commit();
    }
    Status row(MetricRow &&row)
    {
        batch.rows.append(std::move(row));
        return flush();
    }

private:
    Database &m_db;
    QDateTime m_now;
};

Status stars(Writer &w, const DatasetSpec &spec)
{
    static const QStringList locations = {QStringLiteral("Berlin, Germany"), QStringLiteral("San Francisco, CA"), QStringLiteral("London"),
                                          QStringLiteral("Bangalore, India"), QStringLiteral("Paris, France"), QStringLiteral("Tokyo"),
                                          QStringLiteral("São Paulo, Brazil"), QStringLiteral("Toronto"), {}};
    static const QStringList companies = {QStringLiteral("@microsoft"), QStringLiteral("Google"), QStringLiteral("@redhat"),
                                          QStringLiteral("Freelance"), QStringLiteral("KDE"), {}, {}};
    // Spread the stars over the days by the traffic level, newest days busiest.
    QList<double> weights;
    double sum = 0;
    for (int i = 0; i < spec.days; ++i) {
        weights.append(level(spec, i, 10));
        sum += weights.last();
    }
    int number = 0;
    for (int i = 0; i < spec.days && number < spec.stars; ++i) {
        const int n = i == spec.days - 1 ? spec.stars - number : int(std::round(spec.stars * weights[i] / sum));
        const QDate day = spec.today.addDays(i - spec.days + 1);
        for (int k = 0; k < n && number < spec.stars; ++k) {
            ++number;
            const QString login = QStringLiteral("user%1").arg(number);
            const QDateTime at = day.startOfDay(Qt::UTC).addSecs(qint64(hash(quint32(number)) % 86400));
            MetricRow r = MetricRow::make("new_star", kRepo, day, Period::Event, 1, login);
            r.metadata = {{QStringLiteral("username"), login},
                          {QStringLiteral("name"), QStringLiteral("User %1").arg(number)},
                          {QStringLiteral("location"), locations.at(hash(quint32(number), 1) % locations.size()).isEmpty()
                                                           ? QJsonValue() : QJsonValue(locations.at(hash(quint32(number), 1) % locations.size()))},
                          {QStringLiteral("company"), companies.at(hash(quint32(number), 2) % companies.size()).isEmpty()
                                                          ? QJsonValue() : QJsonValue(companies.at(hash(quint32(number), 2) % companies.size()))},
                          {QStringLiteral("followers"), int(hash(quint32(number), 3) % 500)},
                          {QStringLiteral("account_age_days"), int(hash(quint32(number), 4) % 4000)},
                          {QStringLiteral("starred_at"), at.toString(Qt::ISODate)},
                          {QStringLiteral("star_number"), number}};
            if (auto st = w.row(std::move(r)); !st)
                return st;
        }
    }
    return Ok{};
}

Status daily(Writer &w, const DatasetSpec &spec)
{
    static const QStringList installers = {QStringLiteral("pip"), QStringLiteral("uv"), QStringLiteral("bandersnatch"),
                                           QStringLiteral("Browser"), QStringLiteral("requests"), QStringLiteral(""),
                                           QStringLiteral("Nexus"), QStringLiteral("devpi"), QStringLiteral("OS"),
                                           QStringLiteral("poetry"), QStringLiteral("pdm"), QStringLiteral("conda")};
    static const QStringList countries = QStringLiteral(
        "US DE GB FR IN CN JP BR CA AU NL SE CH ES IT PL RU KR TW SG FI NO DK AT BE IE PT CZ HU RO UA TR IL AR MX CL CO PE ZA "
        "NG EG KE MA TN VN TH MY ID PH NZ PK BD LK NP IR IQ SA AE QA KW BH OM JO LB SY GR BG RS HR SI SK LT LV EE BY MD GE AM "
        "AZ KZ UZ KG TJ TM MN HK MO BN KH LA MM IS LU MT CY AL MK BA ME XK AD MC SM LI VA GL FO GI IM JE GG AX BO EC VE UY PY "
        "CR PA GT HN SV NI CU DO HT JM TT BS BB BZ GY SR PR DZ LY SD ET UG TZ RW GH CI SN CM AO MZ ZM ZW BW NA MW MG MU SC")
                                            .split(u' ', Qt::SkipEmptyParts);
    for (int i = 0; i < spec.days; ++i) {
        const QDate day = spec.today.addDays(i - spec.days + 1);
        const double views = std::round(level(spec, i, 300));
        const auto add = [&](const char *metric, double value, const QString &subject, const QString &item = {},
                             Period period = Period::Daily) { return w.row(MetricRow::make(metric, subject, day, period, value, item)); };
        for (const auto &[metric, value] : {std::pair{"views", views}, std::pair{"unique_visitors", std::round(views * 0.3)},
                                            std::pair{"clones", std::round(views * 0.12)}, std::pair{"unique_cloners", std::round(views * 0.05)}})
            if (auto st = add(metric, value, kRepo); !st)
                return st;
        if (auto st = add("unique_visitors_14d", std::round(views * 0.3 * 9), kRepo, {}, Period::Snapshot); !st)
            return st;
        for (int k = 0; k < 10; ++k) {
            MetricRow ref = MetricRow::make("referrers", kRepo, day, Period::Snapshot, std::round(views * 3 / (k + 1)),
                                            QStringList{"github.com", "news.ycombinator.com", "google.com", "reddit.com", "t.co",
                                                        "duckduckgo.com", "bing.com", "lobste.rs", "dev.to", "medium.com"}[k]);
            ref.metadata = {{QStringLiteral("count"), *ref.value}, {QStringLiteral("uniques"), std::round(*ref.value / 3)}};
            if (auto st = w.row(std::move(ref)); !st)
                return st;
        }
        const double events = std::round(level(spec, i, 40));
        MetricRow activity = MetricRow::make("activity_summary", kRepo, day, Period::Daily, events);
        activity.metadata = {{QStringLiteral("push"), std::round(events * 0.35)}, {QStringLiteral("issues"), std::round(events * 0.1)},
                             {QStringLiteral("pull_requests"), std::round(events * 0.12)},
                             {QStringLiteral("pull_request_reviews"), std::round(events * 0.08)},
                             {QStringLiteral("issue_comments"), std::round(events * 0.2)}, {QStringLiteral("forks"), std::round(events * 0.02)},
                             {QStringLiteral("stars"), std::round(events * 0.1)}, {QStringLiteral("releases"), 0},
                             {QStringLiteral("creates"), std::round(events * 0.02)}, {QStringLiteral("deletes"), std::round(events * 0.01)}};
        if (auto st = w.row(std::move(activity)); !st)
            return st;
        if (auto st = add("star_events", std::round(events * 0.1), kRepo); !st)
            return st;
        if (i % 29 == 7) {
            MetricRow release = MetricRow::make("releases", kRepo, day, Period::Event, 1, QStringLiteral("v1.%1.0").arg(i / 29));
            release.metadata = {{QStringLiteral("tag"), release.item}, {QStringLiteral("actor"), QStringLiteral("maintainer")}};
            if (auto st = w.row(std::move(release)); !st)
                return st;
        }
        if (hash(quint32(i), 9) % 3 == 0)
            if (auto st = add("forks", 1, kRepo, QStringLiteral("forker%1").arg(i), Period::Event); !st)
                return st;

        // PyPI: 3 % people, the rest mirrors and CI.
        const double downloads = std::round(level(spec, i, 4000));
        const double human = std::round(downloads * 0.03 * (0.8 + 0.4 * noise(quint32(i), 5)));
        if (auto st = add("downloads_daily", downloads, kPackage); !st)
            return st;
        if (auto st = add("downloads_daily_human", human, kPackage); !st)
            return st;
        for (int v = 0; v < spec.pypiVersions; ++v) {
            MetricRow r = MetricRow::make("downloads_by_version", kPackage, day, Period::Daily,
                                          std::round(downloads / (v + 2)), QStringLiteral("1.%1.0").arg(spec.pypiVersions - v));
            r.metadata = {{QStringLiteral("human"), std::round(*r.value * 0.03)}, {QStringLiteral("bot"), std::round(*r.value * 0.97)}};
            if (auto st = w.row(std::move(r)); !st)
                return st;
        }
        for (int c = 0; c < spec.countries && c < countries.size(); ++c)
            if (auto st = add("downloads_by_country", std::round(downloads / (c + 2)), kPackage, countries[c]); !st)
                return st;
        for (int k = 0; k < spec.installers && k < installers.size(); ++k)
            if (auto st = add("downloads_by_installer", std::round(downloads / (k + 2)), kPackage, installers[k].isEmpty() ? QStringLiteral("(none)") : installers[k]); !st)
                return st;
        for (const auto &[type, share] : {std::pair{"bdist_wheel", 0.9}, std::pair{"sdist", 0.1}})
            if (auto st = add("downloads_by_type", std::round(downloads * share), kPackage, QString::fromLatin1(type)); !st)
                return st;

        // Plausible: a quiet day now and then has no visitors at all.
        const bool quiet = hash(quint32(i), 11) % 40 == 0;
        const double visitors = quiet ? 0 : std::round(level(spec, i, 200));
        MetricRow duration = MetricRow::make("avg_duration", kSite, day, Period::Daily, 0);
        MetricRow bounce = MetricRow::make("bounce_rate", kSite, day, Period::Daily, 0);
        duration.value = quiet ? std::nullopt : std::optional<double>(std::round(60 + 90 * noise(quint32(i), 12)));
        bounce.value = quiet ? std::nullopt : std::optional<double>(std::round(40 + 30 * noise(quint32(i), 13)));
        for (MetricRow r : {MetricRow::make("visitors", kSite, day, Period::Daily, visitors),
                            MetricRow::make("pageviews", kSite, day, Period::Daily, std::round(visitors * 2.4)), duration, bounce})
            if (auto st = w.row(std::move(r)); !st)
                return st;
        for (int p = 0; !quiet && p < spec.pages; ++p) {
            MetricRow r = MetricRow::make("top_pages", kSite, day, Period::Daily, std::max(1.0, std::round(visitors / (p + 1.5))),
                                          p == 0 ? QStringLiteral("/") : QStringLiteral("/docs/page-%1").arg(p));
            r.metadata = {{QStringLiteral("visitors"), *r.value}, {QStringLiteral("pageviews"), std::round(*r.value * 1.6)},
                          {QStringLiteral("duration"), 45}};
            if (auto st = w.row(std::move(r)); !st)
                return st;
        }
        for (int c = 0; !quiet && c < spec.countries && c < countries.size(); ++c) {
            MetricRow r = MetricRow::make("top_countries", kSite, day, Period::Daily, std::max(1.0, std::round(visitors / (c + 2))), countries[c]);
            r.metadata = {{QStringLiteral("visitors"), *r.value}};
            if (auto st = w.row(std::move(r)); !st)
                return st;
        }
    }
    return Ok{};
}

Status reddit(Writer &w, Database &db, const DatasetSpec &spec)
{
    for (int p = 0; p < spec.redditPosts; ++p) {
        const QString id = QStringLiteral("p%1x").arg(p, 3, 10, QLatin1Char('0'));
        const int startIndex = std::max(0, spec.days - spec.redditSnapshots - int(hash(quint32(p), 20) % 30));
        const QDate posted = spec.today.addDays(startIndex - spec.days + 1);
        const QString title = QStringLiteral("Insights %1: keeping GitHub traffic past 14 days").arg(p + 1);
        const QString sub = QStringList{"programming", "cpp", "opensource", "Python", "QtFramework"}[p % 5];
        QSqlQuery q(db.handle());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO reddit_post(post_id, subreddit, title, permalink, created_utc, added_at) "
                                 "VALUES(?, ?, ?, ?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(sub);
        q.addBindValue(title);
        q.addBindValue(QStringLiteral("/r/%1/comments/%2/x/").arg(sub, id));
        q.addBindValue(isoUtc(posted.startOfDay(Qt::UTC)));
        q.addBindValue(isoUtc(posted.startOfDay(Qt::UTC)));
        if (auto st = execPrepared(q); !st)
            return st;
        w.batch.events.append({QStringLiteral("reddit"), id, posted, QStringLiteral("reddit_post"), id,
                               QStringLiteral("r/%1: %2").arg(sub, title), {}});
        const double peak = 50 + hash(quint32(p), 21) % 900;
        for (int s = 0; s < spec.redditSnapshots && startIndex + s < spec.days; ++s) {
            const QDate day = posted.addDays(s);
            const double score = std::round(peak * (1 - std::exp(-s / 2.0)));
            MetricRow r = MetricRow::make("post_stats", id, day, Period::Event, score, id);
            r.metadata = {{QStringLiteral("post_id"), id}, {QStringLiteral("title"), title}, {QStringLiteral("subreddit"), sub},
                          {QStringLiteral("comments"), std::round(score / 7)}, {QStringLiteral("upvotes"), score},
                          {QStringLiteral("upvote_ratio"), 0.93}};
            if (auto st = w.row(std::move(r)); !st)
                return st;
        }
    }
    return Ok{};
}

} // namespace

DatasetSpec DatasetSpec::small(const QDate &today)
{
    DatasetSpec s;
    s.today = today;
    return s;
}

DatasetSpec DatasetSpec::large(const QDate &today)
{
    DatasetSpec s;
    s.today = today;
    s.days = 5 * 365;
    s.stars = 40'000;
    s.pypiVersions = 300;
    s.countries = 150;
    s.installers = 12;
    s.pages = 500;
    s.redditPosts = 50;
    s.redditSnapshots = 200;
    return s;
}

Result<qint64> DatasetGenerator::generate(Database &db, const DatasetSpec &spec)
{
    Writer w(db, spec.today);
    for (const auto &step : {stars, daily})
        if (auto st = step(w, spec); !st)
            return st.error();
    if (auto st = reddit(w, db, spec); !st)
        return st.error();
    if (auto st = w.flush(true); !st)
        return st.error();
    return w.rows;
}

Result<qint64> DatasetGenerator::generateInto(const QString &dir, const DatasetSpec &spec)
{
    if (!QDir().mkpath(dir))
        return makeError(QStringLiteral("Cannot create %1").arg(dir), Error::Kind::Storage);
    Database db;
    if (auto st = db.open(QDir(dir).filePath(Database::fileName())); !st)
        return st.error();
    return generate(db, spec);
}

Result<qint64> DatasetGenerator::ensureCached(const QString &dir, const QString &size, int version)
{
    const QDate today = QDate::currentDate();
    const QString stamp = QStringLiteral("%1 %2 %3").arg(size, today.toString(Qt::ISODate)).arg(version);
    QFile stampFile(QDir(dir).filePath(QStringLiteral("dataset.stamp")));
    if (stampFile.open(QIODevice::ReadOnly) && QString::fromUtf8(stampFile.readAll()).trimmed() == stamp)
        return qint64(0);
    stampFile.close();
    QDir(dir).removeRecursively();
    auto rows = generateInto(dir, DatasetSpec::named(size, today));
    if (!rows)
        return rows;
    if (!stampFile.open(QIODevice::WriteOnly | QIODevice::Truncate) || stampFile.write(stamp.toUtf8()) != stamp.toUtf8().size())
        return makeError(QStringLiteral("Cannot write %1").arg(stampFile.fileName()), Error::Kind::Storage);
    return rows;
}

} // namespace insights
