// The Traffic page: views and visitors, clones and cloners per day (days never collected are
// gaps), the referrers and paths of the newest snapshot in the range, and GitHub's 14-day true
// uniques next to the sum of daily uniques, which counts a returning visitor once per day.
#include "annotations.h"
#include "dashboarddata.h"

#include <QLocale>

namespace insights {

namespace {

// Where a row leads: a path is one of github.com's; a referrer named by its domain
// ("news.ycombinator.com") is that site, one named otherwise ("Google") is nowhere.
QString pathLink(const QString &path)
{
    return path.startsWith(u'/') ? QStringLiteral("https://github.com") + path : QString();
}

QString referrerLink(const QString &referrer)
{
    if (referrer.contains(u'.') && !referrer.contains(u' ') && !referrer.contains(u'/'))
        return QStringLiteral("https://") + referrer;
    return {};
}

TableData popularTable(const QString &id, const QString &title, const QString &keyHeader, const QList<ItemTotal> &items,
                       const QDate &day, QString (*link)(const QString &))
{
    TableData t{id, title, {keyHeader, DashboardData::tr("Views"), DashboardData::tr("Unique visitors")}, {}, false, {}, -1, {}};
    for (const ItemTotal &i : items) {
        t.rows.append({i.item, i.value, i.extra.value(0)});
        t.links.append(link(i.item));
    }
    if (day.isValid())
        t.note = DashboardData::tr("GitHub's top 10 for the 14 days up to %1.").arg(QLocale().toString(day, QLocale::ShortFormat));
    return t;
}

} // namespace

Result<PageData> buildTrafficPage(QSqlDatabase &db, const PageRequest &request)
{
    PageData page;
    PageQuery query(db, request);
    QList<SeriesData> series;
    for (const auto &[name, metric] : {std::pair{DashboardData::tr("Views"), QStringLiteral("views")},
                                       std::pair{DashboardData::tr("Unique visitors"), QStringLiteral("unique_visitors")},
                                       std::pair{DashboardData::tr("Clones"), QStringLiteral("clones")},
                                       std::pair{DashboardData::tr("Unique cloners"), QStringLiteral("unique_cloners")}}) {
        if (request.figuresOnly && series.size() >= 2) { // the Overview shows views and visitors only
            series.append(SeriesData{name, DailyValues(request.range.days(), std::nullopt), {}, 0});
            continue;
        }
        auto s = dailySeries(query, request, {name, metric});
        if (!s)
            return s.error();
        series.append(*s);
    }
    if (!PageQuery::total(series[0].values) && !PageQuery::total(series[2].values))
        page.empty = DashboardData::tr("No traffic is stored for this range.");

    auto markers = Annotations::releasesAndPosts(db, request);
    if (!markers)
        return markers.error();
    auto record = Annotations::record(query, QStringLiteral("views"), DashboardData::tr("views in a day"));
    if (!record)
        return record.error();
    ChartData views{QStringLiteral("traffic"), DashboardData::tr("Views and unique visitors"), ChartData::Kind::Lines,
                    request.range, {series[0], series[1]}, *markers + *record,
                    PageQuery::gapsOf(series[0].values, request.range), DashboardData::tr("views"), {}};
    ChartData clones{QStringLiteral("traffic_clones"), DashboardData::tr("Clones and unique cloners"), ChartData::Kind::Lines,
                     request.range, {series[2], series[3]}, *markers, PageQuery::gapsOf(series[2].values, request.range),
                     DashboardData::tr("clones"), {}};
    page.charts = {views, clones};
    for (ChartData &c : page.charts)
        c.subject = request.subject;

    // Every card but GitHub's own 14-day count is for the range; the uniques are each day's
    // figure added up, said in the label, since that is not a count of people.
    const QString overcount = DashboardData::tr("Each day's figure added up over the range: someone who comes back on another day is counted again.");
    page.cards = {cardFor(DashboardData::tr("Views"), series[0]), cardFor(DashboardData::tr("Unique visitors (days added up)"), series[1], {}, overcount),
                  cardFor(DashboardData::tr("Clones"), series[2]), cardFor(DashboardData::tr("Unique cloners (days added up)"), series[3], {}, overcount)};

    // GitHub's own 14-day figure is the only true count of unique visitors.
    auto snapshotDay = query.latestSnapshotDate(QStringLiteral("unique_visitors_14d"), request.range);
    if (!snapshotDay)
        return snapshotDay.error();
    if (snapshotDay->isValid()) {
        auto trueUniques = query.latestSnapshot(QStringLiteral("unique_visitors_14d"), *snapshotDay);
        auto daily = query.dailySums(QStringLiteral("unique_visitors"), {snapshotDay->addDays(-13), *snapshotDay});
        if (!trueUniques)
            return trueUniques.error();
        if (!daily)
            return daily.error();
        double summed = 0;
        for (double v : std::as_const(*daily))
            summed += v;
        // One period (the 14 days to the snapshot) for both figures of the note, named in the card.
        const QString until = QLocale().toString(*snapshotDay, QLocale::ShortFormat);
        page.cards.append({DashboardData::tr("Unique visitors, 14 days to %1").arg(until), *trueUniques, std::nullopt, {},
                           DashboardData::tr("GitHub's own count of people for these 14 days: the only true one.")});
        page.notes.append(DashboardData::tr("In the 14 days to %1, GitHub counted %2 unique visitors; the same 14 days' daily "
                                            "figures add up to %3, because a visitor who comes back on another day is counted again.")
                              .arg(until, QLocale().toString(trueUniques->value_or(0), 'f', 0), QLocale().toString(summed, 'f', 0)));
    }
    if (request.chartsOnly)
        return page;

    auto refDay = query.latestSnapshotDate(QStringLiteral("referrers"), request.range);
    auto pathDay = query.latestSnapshotDate(QStringLiteral("popular_paths"), request.range);
    if (!refDay || !pathDay)
        return !refDay ? refDay.error() : pathDay.error();
    auto referrers = query.snapshotItems(QStringLiteral("referrers"), *refDay, {QStringLiteral("uniques")});
    auto paths = query.snapshotItems(QStringLiteral("popular_paths"), *pathDay, {QStringLiteral("uniques")});
    if (!referrers || !paths)
        return !referrers ? referrers.error() : paths.error();
    page.tables = {popularTable(QStringLiteral("referrers"), DashboardData::tr("Referrers"), DashboardData::tr("Referrer"), *referrers, *refDay,
                                referrerLink),
                   popularTable(QStringLiteral("paths"), DashboardData::tr("Popular paths"), DashboardData::tr("Path"), *paths, *pathDay, pathLink)};
    return page;
}

} // namespace insights
