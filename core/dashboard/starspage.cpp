// The Stars page: the cumulative count with markers, new stars per day, and who the stargazers
// are (searchable table, top locations and companies) for the range.
#include "annotations.h"
#include "dashboarddata.h"
#include "queries/stargazerqueries.h"

namespace insights {

namespace {

// Stars counted out by an unstar (the partial index insight_metric_unstarred finds them).
const QString kUnstarred = QStringLiteral("AND m.period = 'event' AND json_extract(m.metadata, '$.unstarred_at') IS NOT NULL");

// Running total from the stars before the range.
Result<DailyValues> cumulative(PageQuery &query, const DailyValues &perDay, const QDate &from)
{
    auto before = query.countBefore(QStringLiteral("new_star"), from, kUnstarred);
    if (!before)
        return before.error();
    DailyValues out;
    double running = *before;
    for (const auto &v : perDay) {
        running += v.value_or(0);
        out.append(running);
    }
    return out;
}

} // namespace

Result<PageData> buildStarsPage(QSqlDatabase &db, const PageRequest &request)
{
    PageData page;
    PageQuery query(db, request);
    auto perDay = dailySeries(query, request,
                              {DashboardData::tr("New stars"), QStringLiteral("new_star"), true, true, kUnstarred});
    if (!perDay)
        return perDay.error();
    auto total = cumulative(query, perDay->values, request.range.from);
    if (!total)
        return total.error();
    if (total->isEmpty() || total->last().value_or(0) == 0) {
        page.empty = DashboardData::tr("No stars are stored yet. Track a repository in Settings and collect "
                                       "github_stars (a GitHub token is needed).");
    }
    SeriesData cumulativeSeries{DashboardData::tr("Stars"), *total, {}, 0};
    if (request.compare) {
        auto previous = cumulative(query, perDay->previous, request.range.previous().from);
        if (!previous)
            return previous.error();
        cumulativeSeries.previous = *previous;
    }

    ChartData stars{QStringLiteral("stars"), DashboardData::tr("Stars over time"), ChartData::Kind::Lines, request.range,
                    {cumulativeSeries}, {}, {}, DashboardData::tr("stars"), {}};
    auto markers = Annotations::releasesAndPosts(db, request);
    if (!markers)
        return markers.error();
    stars.annotations = *markers;
    stars.annotations.append(Annotations::starBursts(*perDay, request.range));
    auto record = Annotations::record(query, QStringLiteral("new_star"), DashboardData::tr("new stars in a day"), true);
    if (!record)
        return record.error();
    stars.annotations.append(*record);
    ChartData daily{QStringLiteral("stars_daily"), DashboardData::tr("New stars per day"), ChartData::Kind::Lines,
                    request.range, {*perDay}, {}, {}, DashboardData::tr("stars"), {}};
    daily.annotations = Annotations::starBursts(*perDay, request.range);
    page.charts = {stars, daily};

    CardData totalCard{DashboardData::tr("Stars"), total->isEmpty() ? std::nullopt : total->last(), std::nullopt, {}, {}};
    if (!cumulativeSeries.previous.isEmpty())
        totalCard.previous = cumulativeSeries.previous.last();
    page.cards = {cardFor(DashboardData::tr("New stars"), *perDay), totalCard};

    StargazerQueries stargazers(db, request.subject);
    auto newest = stargazers.newest(request.range, 1000);
    if (!newest)
        return newest.error();
    TableData table{QStringLiteral("stargazers"), DashboardData::tr("Stargazers"),
                    {DashboardData::tr("#"), DashboardData::tr("Login"), DashboardData::tr("Name"),
                     DashboardData::tr("Location"), DashboardData::tr("Company"), DashboardData::tr("Followers"),
                     DashboardData::tr("Starred")},
                    {}, true, {}};
    for (const StargazerProfile &p : std::as_const(*newest))
        table.rows.append({p.starNumber, p.login.isEmpty() ? DashboardData::tr("(deleted account)") : p.login, p.name,
                           p.location, p.company, p.followers ? QVariant(qlonglong(*p.followers)) : QVariant(),
                           p.starredAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
    if (newest->size() == 1000)
        table.note = DashboardData::tr("The newest 1,000 stargazers of the range.");
    page.tables.append(table);
    auto ranked = stargazers.topLocationsAndCompanies(request.range, 20);
    if (!ranked)
        return ranked.error();
    for (const auto &[id, title, header, values] :
         {std::tuple{QStringLiteral("locations"), DashboardData::tr("Top locations"), DashboardData::tr("Location"), ranked->first},
          std::tuple{QStringLiteral("companies"), DashboardData::tr("Top companies"), DashboardData::tr("Company"), ranked->second}}) {
        TableData t{id, title, {header, DashboardData::tr("Stargazers")}, {}, false, {}};
        for (const RankedValue &v : values)
            t.rows.append({v.value, v.count});
        page.tables.append(t);
    }
    return page;
}

} // namespace insights
