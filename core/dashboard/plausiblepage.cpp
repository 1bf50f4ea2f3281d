// The Plausible page: visitors and pageviews per day, visit duration and bounce rate (weighted by
// visitors over the range), and the range's top pages and countries summed from the per-day rows.
#include "annotations.h"
#include "dashboarddata.h"

namespace insights {

namespace {

// Σ(rate × visitors) / Σ visitors over the days that have a rate.
std::optional<double> weighted(const DailyValues &rate, const DailyValues &visitors)
{
    double num = 0, den = 0;
    for (qsizetype i = 0; i < rate.size(); ++i) {
        if (!rate[i] || !visitors.value(i))
            continue;
        num += *rate[i] * *visitors[i];
        den += *visitors[i];
    }
    return den > 0 ? std::optional<double>(num / den) : std::nullopt;
}

} // namespace

Result<PageData> buildPlausiblePage(QSqlDatabase &db, const PageRequest &request)
{
    PageData page;
    PageQuery query(db, request);
    QList<SeriesData> s;
    for (const auto &[name, metric, axis] : {std::tuple{DashboardData::tr("Visitors"), QStringLiteral("visitors"), 0},
                                             std::tuple{DashboardData::tr("Pageviews"), QStringLiteral("pageviews"), 0},
                                             std::tuple{DashboardData::tr("Visit duration"), QStringLiteral("avg_duration"), 0},
                                             std::tuple{DashboardData::tr("Bounce rate"), QStringLiteral("bounce_rate"), 1}}) {
        if (request.figuresOnly && !s.isEmpty()) { // the Overview shows visitors only
            s.append(SeriesData{name, DailyValues(request.range.days(), std::nullopt), {}, axis});
            continue;
        }
        auto series = dailySeries(query, request, {name, metric});
        if (!series)
            return series.error();
        series->axis = axis;
        s.append(*series);
    }
    if (!PageQuery::total(s[0].values))
        page.empty = DashboardData::tr("No Plausible figures are stored for this range.");
    auto markers = Annotations::releasesAndPosts(db, PageRequest{request.page, request.range, QString(), false});
    auto record = Annotations::record(query, QStringLiteral("visitors"), DashboardData::tr("visitors in a day"));
    if (!markers || !record)
        return !markers ? markers.error() : record.error();
    const QList<DateRange> gaps = PageQuery::gapsOf(s[0].values, request.range);
    page.charts = {
        {QStringLiteral("plausible"), DashboardData::tr("Visitors and pageviews"), ChartData::Kind::Lines, request.range,
         {s[0], s[1]}, *markers + *record, gaps, DashboardData::tr("visitors"), {}},
        {QStringLiteral("plausible_engagement"), DashboardData::tr("Visit duration and bounce rate"), ChartData::Kind::Lines,
         request.range, {s[2], s[3]}, {}, gaps, DashboardData::tr("seconds"), DashboardData::tr("%")}};
    for (ChartData &c : page.charts)
        c.subject = request.subject;

    CardData duration{DashboardData::tr("Visit duration"), weighted(s[2].values, s[0].values), std::nullopt,
                      QStringLiteral("s"), DashboardData::tr("Average over the range, weighted by visitors.")};
    CardData bounce{DashboardData::tr("Bounce rate"), weighted(s[3].values, s[0].values), std::nullopt, QStringLiteral("%"),
                    DashboardData::tr("Average over the range, weighted by visitors.")};
    bounce.higherIsBetter = false; // more visitors leaving after one page is worse
    if (request.compare) {
        duration.previous = weighted(s[2].previous, s[0].previous);
        bounce.previous = weighted(s[3].previous, s[0].previous);
    }
    page.cards = {cardFor(DashboardData::tr("Visitors (days added up)"), s[0], {}, DashboardData::tr("Each day's visitors added up over the range: someone who comes back on another day is counted again.")), cardFor(DashboardData::tr("Pageviews"), s[1]),
                  duration, bounce};
    if (request.chartsOnly) // the Overview and `insights chart`: no top pages and countries
        return page;

    auto pages = query.topItems(QStringLiteral("top_pages"), request.range, 500, {QStringLiteral("pageviews")});
    auto countries = query.topItems(QStringLiteral("top_countries"), request.range, 250);
    if (!pages || !countries)
        return !pages ? pages.error() : countries.error();
    TableData pageTable{QStringLiteral("pages"), DashboardData::tr("Top pages"),
                        {DashboardData::tr("Page"), DashboardData::tr("Visitors"), DashboardData::tr("Pageviews")}, {}, true,
                        DashboardData::tr("Visitors are summed over the days of the range."), -1, {}};
    for (const ItemTotal &p : std::as_const(*pages)) {
        pageTable.rows.append({p.item, p.value, p.extra.value(0)});
        // A page of one site (the subject is its domain) links to it; of every site together, nowhere.
        pageTable.links.append(!request.subject.isEmpty() && p.item.startsWith(u'/')
                                   ? QStringLiteral("https://") + request.subject + p.item : QString());
    }
    TableData countryTable{QStringLiteral("countries"), DashboardData::tr("Top countries"),
                           {DashboardData::tr("Country"), DashboardData::tr("Visitors")}, {}, true, {}, -1, {}};
    for (const ItemTotal &c : std::as_const(*countries))
        countryTable.rows.append({c.item, c.value});
    page.tables = {pageTable, countryTable};
    return page;
}

} // namespace insights
