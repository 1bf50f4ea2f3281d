#include "dashboarddata.h"

#include "notes/notes.h"

namespace insights {

QStringList DashboardData::sources(const QString &page)
{
    if (page == QLatin1String("overview"))
        return {QStringLiteral("github_stars"), QStringLiteral("github_traffic"), QStringLiteral("pypi"), QStringLiteral("plausible"),
                QStringLiteral("reddit")};
    if (page == QLatin1String("stars"))
        return {QStringLiteral("github_stars")};
    if (page == QLatin1String("traffic"))
        return {QStringLiteral("github_traffic")};
    if (page == QLatin1String("activity"))
        return {QStringLiteral("github_events")};
    return {page};
}

namespace {

QStringList metricsOf(const QString &page)
{
    if (page == QLatin1String("stars")) // stars_daily: repositories with star counts only
        return {QStringLiteral("new_star"), QStringLiteral("stars_daily")};
    if (page == QLatin1String("traffic"))
        return {QStringLiteral("views"), QStringLiteral("clones")};
    if (page == QLatin1String("activity"))
        return {QStringLiteral("activity_summary"), QStringLiteral("releases"), QStringLiteral("forks")};
    if (page == QLatin1String("pypi"))
        return {QStringLiteral("downloads_daily")};
    if (page == QLatin1String("plausible"))
        return {QStringLiteral("visitors")};
    if (page == QLatin1String("reddit"))
        return {QStringLiteral("post_stats")};
    if (page == QLatin1String("overview"))
        return {QStringLiteral("new_star"), QStringLiteral("stars_daily"), QStringLiteral("views"), QStringLiteral("downloads_daily"),
                QStringLiteral("visitors"), QStringLiteral("post_stats")};
    return {};
}

} // namespace

QStringList DashboardData::pages()
{
    return QStringList{QStringLiteral("overview")} + sourcePages();
}

QStringList DashboardData::sourcePages()
{
    return {QStringLiteral("stars"), QStringLiteral("traffic"), QStringLiteral("activity"),
            QStringLiteral("pypi"),  QStringLiteral("plausible"), QStringLiteral("reddit")};
}

Result<QStringList> DashboardData::subjectsOf(QSqlDatabase &db, const QString &page)
{
    return PageQuery(db, PageRequest{page, {}, QString(), false}).subjects(metricsOf(page));
}

QString DashboardData::title(const QString &page)
{
    if (page == QLatin1String("overview"))
        return tr("Overview");
    if (page == QLatin1String("stars"))
        return tr("Stars");
    if (page == QLatin1String("traffic"))
        return tr("Traffic");
    if (page == QLatin1String("activity"))
        return tr("Activity");
    if (page == QLatin1String("pypi"))
        return tr("PyPI");
    if (page == QLatin1String("plausible"))
        return tr("Plausible");
    if (page == QLatin1String("reddit"))
        return tr("Reddit");
    return page;
}

Result<QDate> DashboardData::firstDay(QSqlDatabase &db, const QString &page, const QString &subject)
{
    PageQuery query(db, PageRequest{page, {}, subject, false});
    return query.firstDay(metricsOf(page));
}

Result<PageData> DashboardData::load(QSqlDatabase &db, const PageRequest &asked)
{
    PageRequest request = asked;
    // The oldest stored day, asked once: where "all" starts, whether a previous period exists, and
    // the page's firstDay.
    const auto stored = firstDay(db, request.page, request.subject);
    if (!stored)
        return stored.error();
    if (request.allTime)
        request.range = DateRanges::forPreset(RangePreset::All, request.range.to, *stored);
    if (!request.range.isBounded() || request.range.from > request.range.to)
        return makeError(tr("The date range is empty."), Error::Kind::Config);
    // "Compare with the previous period" only when something is stored before the range: a
    // comparison with days nobody collected would read as a rise from nothing.
    const bool comparable = stored->isValid() && *stored < request.range.from;
    request.compare = request.compare && comparable;
    Result<PageData> data = makeError(tr("Unknown page \"%1\".").arg(request.page), Error::Kind::Config);
    if (request.subjects.size() >= 2 && sourcePages().contains(request.page))
        data = buildComparison(db, request);
    else if (request.page == QLatin1String("overview"))
        data = buildOverviewPage(db, request);
    else if (request.page == QLatin1String("stars"))
        data = buildStarsPage(db, request);
    else if (request.page == QLatin1String("traffic"))
        data = buildTrafficPage(db, request);
    else if (request.page == QLatin1String("activity"))
        data = buildActivityPage(db, request);
    else if (request.page == QLatin1String("pypi"))
        data = buildPypiPage(db, request);
    else if (request.page == QLatin1String("plausible"))
        data = buildPlausiblePage(db, request);
    else if (request.page == QLatin1String("reddit"))
        data = buildRedditPage(db, request);
    if (!data)
        return data;
    if (request.page != QLatin1String("overview")) { // a row per subject there: nothing to choose
        PageQuery query(db, request);
        auto subjects = query.subjects(metricsOf(request.page));
        if (!subjects)
            return subjects.error();
        data->subjects = *subjects;
    }
    data->firstDay = *stored;
    data->request = request;
    data->compareAvailable = comparable;
    // The user's notes of the range on every chart: the subject's and the whole project's.
    auto notes = Notes(db).list(request.range, request.subject);
    if (!notes)
        return notes.error();
    for (ChartData &chart : data->charts)
        for (const Note &note : std::as_const(*notes))
            chart.annotations.append({note.date, Annotation::Kind::Note,
                                      note.subject.isEmpty() ? note.text : QStringLiteral("%1: %2").arg(note.subject, note.text)});
    // A failed collection is said by the window beside the data (SourceStatus::lastError), with
    // Try again, and kept up to date as runs end; not frozen into the page's data.
    return data;
}

Result<PageData> DashboardData::loadMainChart(QSqlDatabase &db, const PageRequest &asked)
{
    PageRequest request = asked;
    request.chartsOnly = true;
    auto data = load(db, request);
    if (!data)
        return data;
    data->charts = data->charts.mid(0, 1);
    data->cards.clear();
    data->tables.clear();
    data->notes.clear();
    return data;
}

Result<TableData> DashboardData::table(QSqlDatabase &db, const PageRequest &request, const QString &tableId, const TableQuery &query)
{
    if (request.page == QLatin1String("stars") && tableId == QLatin1String("stargazers") && request.range.isBounded())
        return stargazerTable(db, request, query);
    return makeError(tr("The table \"%1\" of the %2 page cannot be extended.").arg(tableId, request.page), Error::Kind::Config);
}

Result<SeriesData> dailySeries(PageQuery &query, const PageRequest &request, const SeriesSpec &spec)
{
    SeriesData series;
    series.name = spec.name;
    series.axis = spec.axis;
    // The previous period ends the day before the range starts: one query reads both.
    const DateRange both{request.compare ? request.range.previous().from : request.range.from, request.range.to};
    auto byDay = spec.counts ? query.dailyCounts(spec.metric, both, spec.except) : query.dailySums(spec.metric, both);
    if (!byDay)
        return byDay.error();
    series.values = PageQuery::toDaily(*byDay, request.range, spec.absentIsZero);
    if (request.compare)
        series.previous = PageQuery::toDaily(*byDay, request.range.previous(), spec.absentIsZero);
    return series;
}

CardData cardFor(const QString &label, const SeriesData &series, const QString &unit, const QString &note)
{
    CardData card{label, PageQuery::total(series.values), std::nullopt, unit, note};
    if (!series.previous.isEmpty())
        card.previous = PageQuery::total(series.previous);
    return card;
}

} // namespace insights
