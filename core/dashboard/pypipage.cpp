// The PyPI page: downloads by people and by bots stacked per day (days the dataset has not
// loaded are gaps), people's share of them week by week, the range's versions (with their split
// as a share), countries, installers, file types, Python versions and operating systems (each
// with its share of the range), and the rules that decide who is a person.
#include "annotations.h"
#include "dashboarddata.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>
#include <algorithm>

namespace insights {

namespace {

// People's share (in percent) of the downloads of the 7 days ending each day: a day alone swings
// with weekends and a mirror's burst, a week does not. The first `lead` days only widen the
// windows (the previous period, which ends where the range starts) and are not returned; the
// first days of what has no lead see fewer days. A window without downloads is a gap, not 0 %.
DailyValues trailingShare(const DailyValues &human, const DailyValues &all, qsizetype lead = 0)
{
    constexpr qsizetype kWindow = 7;
    DailyValues out;
    out.reserve(all.size() - lead);
    double people = 0, total = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        // A sliding sum: add the day entering the window, drop the one leaving it.
        if (all[i]) {
            people += human.value(i).value_or(0);
            total += *all[i];
        }
        if (const qsizetype gone = i - kWindow; gone >= 0 && all[gone]) {
            people -= human.value(gone).value_or(0);
            total -= *all[gone];
        }
        if (i >= lead)
            out.append(total > 0 ? std::optional<double>(100.0 * people / total) : std::nullopt);
    }
    return out;
}

} // namespace

Result<PageData> buildPypiPage(QSqlDatabase &db, const PageRequest &request)
{
    PageData page;
    PageQuery query(db, request);
    auto all = dailySeries(query, request, {DashboardData::tr("All downloads"), QStringLiteral("downloads_daily")});
    auto human = dailySeries(query, request, {DashboardData::tr("People (pip, uv)"), QStringLiteral("downloads_daily_human")});
    if (!all || !human)
        return !all ? all.error() : human.error();
    const auto minus = [](const DailyValues &a, const DailyValues &b) {
        DailyValues out;
        for (qsizetype i = 0; i < a.size(); ++i)
            out.append(a[i] ? std::optional<double>(*a[i] - b.value(i).value_or(0)) : std::nullopt);
        return out;
    };
    SeriesData bots{DashboardData::tr("Bots and mirrors"), minus(all->values, human->values), minus(all->previous, human->previous), 0};
    auto markers = Annotations::releasesAndPosts(db, PageRequest{request.page, request.range, QString(), false});
    if (!markers)
        return markers.error();
    ChartData chart{QStringLiteral("pypi"), DashboardData::tr("Downloads: people and bots"), ChartData::Kind::StackedAreas,
                    request.range, {*human, bots}, *markers, PageQuery::gapsOf(all->values, request.range),
                    DashboardData::tr("downloads"), {}};
    // People are ~3% of the stack, a sliver under the bots: their own chart, on their own scale.
    ChartData people{QStringLiteral("pypi_people"), DashboardData::tr("People per day"), ChartData::Kind::Lines,
                     request.range, {*human}, *markers, chart.gaps, DashboardData::tr("downloads"), {}};
    SeriesData shareLine{human->name, trailingShare(human->previous + human->values, all->previous + all->values, all->previous.size()),
                         trailingShare(human->previous, all->previous), 0};
    ChartData shareChart{QStringLiteral("pypi_share"), DashboardData::tr("Share by people, trailing 7 days"), ChartData::Kind::Lines,
                          request.range, {shareLine}, *markers, chart.gaps, QStringLiteral("%"), {}};
    page.charts = {chart, people, shareChart};
    for (ChartData &c : page.charts)
        c.subject = request.subject;
    CardData share{DashboardData::tr("Share by people"), std::nullopt, std::nullopt, QStringLiteral("%"),
                   DashboardData::tr("Installers counted as people are listed in the rules table.")};
    const auto ratio = [](const DailyValues &h, const DailyValues &a) -> std::optional<double> {
        const auto th = PageQuery::total(h), ta = PageQuery::total(a);
        return th && ta && *ta > 0 ? std::optional<double>(100.0 * *th / *ta) : std::nullopt;
    };
    share.value = ratio(human->values, all->values);
    if (request.compare)
        share.previous = ratio(human->previous, all->previous);
    page.cards = {cardFor(DashboardData::tr("Downloads"), *all), cardFor(DashboardData::tr("Downloads by people"), *human), share};
    if (!PageQuery::total(all->values))
        page.empty = DashboardData::tr("No downloads are stored for this range.");
    if (request.chartsOnly) // the Overview and `insights chart`: no breakdown tables
        return page;

    struct Breakdown {
        const char *metric;
        const char *id;
        QString title;
        QString header;
        bool share = false; // a column of each item's share of the range's downloads
    };
    for (const Breakdown &b : {Breakdown{"downloads_by_version", "versions", DashboardData::tr("Versions"), DashboardData::tr("Version")},
                               Breakdown{"downloads_by_country", "countries", DashboardData::tr("Countries"), DashboardData::tr("Country")},
                               Breakdown{"downloads_by_installer", "installers", DashboardData::tr("Installers"), DashboardData::tr("Installer")},
                               Breakdown{"downloads_by_type", "types", DashboardData::tr("File types"), DashboardData::tr("Type")},
                               Breakdown{"downloads_by_python", "pythons", DashboardData::tr("Python versions"),
                                         DashboardData::tr("Python"), true},
                               Breakdown{"downloads_by_system", "systems", DashboardData::tr("Operating systems"),
                                         DashboardData::tr("System"), true}}) {
        const bool versions = QLatin1String(b.metric) == QLatin1String("downloads_by_version");
        auto items = query.topItems(QString::fromLatin1(b.metric), request.range, 300,
                                    versions ? QStringList{QStringLiteral("human"), QStringLiteral("bot")} : QStringList{});
        if (!items)
            return items.error();
        TableData t{QString::fromLatin1(b.id), b.title, {b.header, DashboardData::tr("Downloads")}, {}, true, {}, -1, {}};
        if (versions) { // people as a count and the split as a small bar (bots are the rest)
            t.headers << DashboardData::tr("People") << DashboardData::tr("Share by people");
            t.shareColumn = 3;
        }
        // Every day's items add up to its downloads, so their sum is the range's downloads (of
        // the days that have the breakdown); the few Python versions and systems all fit the list.
        double rangeTotal = 0;
        if (b.share) {
            for (const ItemTotal &i : std::as_const(*items))
                rangeTotal += i.value;
            t.headers << DashboardData::tr("Share");
            t.shareColumn = 2;
        }
        for (const ItemTotal &i : std::as_const(*items)) {
            QVariantList row{i.item, i.value};
            if (versions) {
                const double byPeople = i.extra.value(0), counted = byPeople + i.extra.value(1);
                row << byPeople << (counted > 0 ? QVariant(std::clamp(byPeople / counted, 0.0, 1.0)) : QVariant());
            }
            if (b.share)
                row << (rangeTotal > 0 ? QVariant(std::clamp(i.value / rangeTotal, 0.0, 1.0)) : QVariant());
            t.rows.append(row);
        }
        page.tables.append(t);
    }

    QSqlQuery rules(db);
    if (!rules.exec(QStringLiteral("SELECT installer, class, note FROM pypi_installer_class ORDER BY class DESC, installer")))
        return sqlError(QStringLiteral("Cannot read the installer rules"), rules);
    TableData rulesTable{QStringLiteral("rules"), DashboardData::tr("Who counts as a person"),
                         {DashboardData::tr("Installer"), DashboardData::tr("Class"), DashboardData::tr("Note")}, {}, false,
                         DashboardData::tr("Installers not listed (and an empty one) count as bots."), -1, {}};
    while (rules.next())
        rulesTable.rows.append({rules.value(0).toString(), rules.value(1).toString(), rules.value(2).toString()});
    page.tables.append(rulesTable);
    page.notes.append(DashboardData::tr("About 97% of PyPI downloads come from mirrors, CI and bots. Only installers a "
                                        "person runs (pip, uv) count as people; edit the rules below to change that."));
    return page;
}

} // namespace insights
