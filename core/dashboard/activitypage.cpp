// The Activity page: GitHub events by type per day (stacked; days the dataset has not loaded are
// gaps), stars and forks per day, and the releases and forks of the range as tables.
#include "storage/dialect.h"
#include "annotations.h"
#include "dashboarddata.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>
#include <QUrl>

namespace insights {

namespace {

struct Kind {
    const char *key;
    const char *label;
};

constexpr Kind kKinds[] = {{"push", QT_TRANSLATE_NOOP("DashboardData", "Pushes")},
                           {"pull_requests", QT_TRANSLATE_NOOP("DashboardData", "Pull requests")},
                           {"pull_request_reviews", QT_TRANSLATE_NOOP("DashboardData", "Reviews")},
                           {"issues", QT_TRANSLATE_NOOP("DashboardData", "Issues")},
                           {"issue_comments", QT_TRANSLATE_NOOP("DashboardData", "Comments")},
                           {"stars", QT_TRANSLATE_NOOP("DashboardData", "Stars")},
                           {"forks", QT_TRANSLATE_NOOP("DashboardData", "Forks")},
                           {"releases", QT_TRANSLATE_NOOP("DashboardData", "Releases")},
                           {"creates", QT_TRANSLATE_NOOP("DashboardData", "Branches and tags created")},
                           {"deletes", QT_TRANSLATE_NOOP("DashboardData", "Deleted")}};

constexpr int kEventCap = 2000; // rows of an event table, the newest first

// A release's page on GitHub (repository = the subject), a fork's repository.
QString eventLink(const QString &metric, const QVariantList &row)
{
    const QString item = row.value(1).toString(), subject = row.value(2).toString();
    if (metric == QLatin1String("releases") && !item.isEmpty() && subject.contains(u'/'))
        return QStringLiteral("https://github.com/%1/releases/tag/%2")
            .arg(subject, QString::fromLatin1(QUrl::toPercentEncoding(item)));
    const QString fork = row.value(3).toString();
    if (metric == QLatin1String("forks") && fork.contains(u'/'))
        return QStringLiteral("https://github.com/") + fork;
    return {};
}

Result<TableData> eventTable(QSqlDatabase &db, const PageRequest &request, const QString &metric, const QString &id,
                             const QString &title, const QStringList &headers, const QStringList &keys)
{
    QSqlQuery q(db);
    QString columns;
    for (const QString &k : keys)
        columns += QStringLiteral(", json_extract(m.metadata, '$.%1')").arg(k);
    q.prepare(Dialect::portable(q.driver(), QStringLiteral("SELECT m.date, m.item, m.subject") + columns
              + QStringLiteral(" FROM insight_metric m WHERE m.metric_type_id = (SELECT id FROM insight_metric_type WHERE key "
                               "= :metric) AND (:subject = '' OR m.subject = :subject) AND m.date BETWEEN :from AND :to "
                               "ORDER BY m.date DESC, m.item LIMIT ") + QString::number(kEventCap)));
    q.bindValue(QStringLiteral(":metric"), metric);
    q.bindValue(QStringLiteral(":subject"), sqlText(request.subject));
    q.bindValue(QStringLiteral(":from"), request.range.from.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":to"), request.range.to.toString(Qt::ISODate));
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot read %1").arg(metric), q);
    TableData t{id, title, headers, {}, true, {}, -1, {}};
    while (q.next()) {
        // The date as a date: the window shows it in the user's format and sorts it as one.
        QVariantList row{QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(), q.value(2).toString()};
        for (qsizetype i = 0; i < keys.size(); ++i)
            row.append(q.value(int(i) + 3).toString());
        t.rows.append(row);
        t.links.append(eventLink(metric, row));
    }
    // A full query may have left older events out: say the list is capped, not how many more.
    if (t.rows.size() == kEventCap)
        t.note = DashboardData::tr("The newest %L1 of the range.").arg(kEventCap);
    return t;
}

} // namespace

Result<PageData> buildActivityPage(QSqlDatabase &db, const PageRequest &request)
{
    PageData page;
    PageQuery query(db, request);
    QStringList keys;
    for (const Kind &k : kKinds)
        keys.append(QString::fromLatin1(k.key));
    auto byDay = query.dailyJsonSums(QStringLiteral("activity_summary"), keys, request.range);
    if (!byDay)
        return byDay.error();
    ChartData activity{QStringLiteral("activity"), DashboardData::tr("Events by type"), ChartData::Kind::StackedAreas,
                       request.range, {}, {}, {}, DashboardData::tr("events"), {}};
    for (qsizetype i = 0; i < keys.size(); ++i) {
        SeriesData s{DashboardData::tr(kKinds[i].label), {}, {}, 0};
        for (QDate d = request.range.from; d <= request.range.to; d = d.addDays(1)) {
            const QList<double> day = byDay->keys.value(d);
            s.values.append(day.isEmpty() ? std::nullopt : std::optional<double>(day.value(i)));
        }
        activity.series.append(s);
    }
    // "All events" from the same rows; the previous period (compared) on its own.
    SeriesData all{DashboardData::tr("All events"), {}, {}, 0};
    all.values = PageQuery::toDaily(byDay->values, request.range, false);
    if (request.compare) {
        auto before = query.dailySums(QStringLiteral("activity_summary"), request.range.previous());
        if (!before)
            return before.error();
        all.previous = PageQuery::toDaily(*before, request.range.previous(), false);
    }
    activity.gaps = PageQuery::gapsOf(all.values, request.range);
    auto markers = Annotations::releasesAndPosts(db, request);
    if (!markers)
        return markers.error();
    activity.annotations = *markers;

    auto stars = dailySeries(query, request, {DashboardData::tr("Stars (events)"), QStringLiteral("star_events")});
    auto forks = dailySeries(query, request, {DashboardData::tr("Forks"), QStringLiteral("forks"), true, true});
    auto releases = dailySeries(query, request, {DashboardData::tr("Releases"), QStringLiteral("releases"), true, true});
    if (!stars || !forks || !releases)
        return !stars ? stars.error() : !forks ? forks.error() : releases.error();
    ChartData starsForks{QStringLiteral("activity_stars_forks"), DashboardData::tr("Stars and forks per day"),
                         ChartData::Kind::Lines, request.range, {*stars, *forks}, *markers,
                         PageQuery::gapsOf(stars->values, request.range), DashboardData::tr("per day"), {}};
    page.charts = {activity, starsForks};
    page.cards = {cardFor(DashboardData::tr("Events"), all), cardFor(DashboardData::tr("Releases"), *releases),
                  cardFor(DashboardData::tr("Forks"), *forks), cardFor(DashboardData::tr("Star events"), *stars)};
    if (!PageQuery::total(all.values) && !PageQuery::total(releases->values))
        page.empty = DashboardData::tr("No activity is stored for this range.");
    if (request.chartsOnly)
        return page;

    auto releaseTable = eventTable(db, request, QStringLiteral("releases"), QStringLiteral("releases"), DashboardData::tr("Releases"),
                                   {DashboardData::tr("Date"), DashboardData::tr("Tag"), DashboardData::tr("Repository"),
                                    DashboardData::tr("Name"), DashboardData::tr("By")},
                                   {QStringLiteral("name"), QStringLiteral("actor")});
    auto forkTable = eventTable(db, request, QStringLiteral("forks"), QStringLiteral("forks"), DashboardData::tr("Forks"),
                                {DashboardData::tr("Date"), DashboardData::tr("Owner"), DashboardData::tr("Repository"),
                                 DashboardData::tr("Fork")},
                                {QStringLiteral("full_name")});
    if (!releaseTable || !forkTable)
        return !releaseTable ? releaseTable.error() : forkTable.error();
    page.tables = {*releaseTable, *forkTable};
    return page;
}

} // namespace insights
