#include "digest.h"

#include "alerts/alertstore.h"
#include "dashboard/dashboarddata.h"

#include <algorithm>

namespace insights {

namespace {

// A repository's traffic lists: the referrers in GitHub's newest top 10 of the range that the
// newest list before the range did not have (nothing when there is no list before to compare
// with: everything would look new), and the newest top paths.
Status addTrafficLists(QSqlDatabase &db, const DateRange &range, DigestSection &section)
{
    PageQuery query(db, PageRequest{QStringLiteral("traffic"), range, section.title, false});
    const QString referrers = QStringLiteral("referrers"), paths = QStringLiteral("popular_paths");
    const QStringList uniques{QStringLiteral("uniques")};
    auto refDay = query.latestSnapshotDate(referrers, range);
    auto refBefore = query.latestSnapshotDate(referrers, {Notes::firstDate(), range.from.addDays(-1)});
    auto pathDay = query.latestSnapshotDate(paths, range);
    if (!refDay || !refBefore || !pathDay)
        return !refDay ? refDay.error() : !refBefore ? refBefore.error() : pathDay.error();
    if (refDay->isValid() && refBefore->isValid()) {
        auto now = query.snapshotItems(referrers, *refDay, uniques);
        auto before = query.snapshotItems(referrers, *refBefore, {});
        if (!now || !before)
            return !now ? now.error() : before.error();
        for (const ItemTotal &item : std::as_const(*now))
            if (section.newReferrers.size() < Digest::kListLength
                && std::none_of(before->begin(), before->end(), [&](const ItemTotal &b) { return b.item == item.item; }))
                section.newReferrers.append(item);
    }
    if (pathDay->isValid()) {
        auto top = query.snapshotItems(paths, *pathDay, uniques);
        if (!top)
            return top.error();
        section.popularPaths = top->mid(0, Digest::kListLength);
    }
    return Ok{};
}

Status addTopPages(QSqlDatabase &db, const DateRange &range, DigestSection &section)
{
    PageQuery query(db, PageRequest{QStringLiteral("plausible"), range, section.title, false});
    auto pages = query.topItems(QStringLiteral("top_pages"), range, Digest::kListLength, {QStringLiteral("pageviews")});
    if (!pages)
        return pages.error();
    section.topPages = *pages;
    return Ok{};
}

// The page's main chart for the subject, with the period before; none when nothing is stored
// for the range (an empty picture would read as a chart of zeros).
Status addChart(QSqlDatabase &db, const DateRange &range, const QString &page, DigestSection &section)
{
    auto data = DashboardData::loadMainChart(db, PageRequest{page, range, section.title, true});
    if (!data)
        return data.error();
    if (data->empty.isEmpty() && !data->charts.isEmpty())
        section.charts.append(data->charts.first());
    return Ok{};
}

DigestSection &sectionOf(QList<DigestSection> &sections, const QString &title)
{
    for (DigestSection &s : sections)
        if (s.title == title)
            return s;
    sections.append(DigestSection{title, {}, {}, {}, {}, {}, {}, {}});
    return sections.last();
}

} // namespace

bool Digest::hasData() const
{
    if (!notes.isEmpty() || !alerts.isEmpty())
        return true;
    return std::any_of(sections.begin(), sections.end(), [](const DigestSection &s) {
        return !s.biggestDays.isEmpty() || !s.events.isEmpty() || !s.newReferrers.isEmpty() || !s.popularPaths.isEmpty()
            || !s.topPages.isEmpty()
            || std::any_of(s.figures.begin(), s.figures.end(), [](const CardData &c) { return c.value.value_or(0) != 0; });
    });
}

QList<ChartData> Digest::charts() const
{
    QList<ChartData> out;
    for (const DigestSection &s : sections)
        out += s.charts;
    return out;
}

DateRange Digest::lastWeek(const QDate &today)
{
    const QDate sunday = today.addDays(-today.dayOfWeek()); // Monday is 1: the Sunday before today
    return {sunday.addDays(-6), sunday};
}

Result<Digest> Digest::build(QSqlDatabase &db, const DateRange &range, bool withCharts)
{
    if (!range.isBounded() || range.from > range.to)
        return makeError(tr("A digest needs a period whose first day is not after its last."), Error::Kind::Config);
    Digest digest;
    digest.range = range;
    auto figures = overviewFigures(db, PageRequest{QStringLiteral("overview"), range, QString(), true});
    if (!figures)
        return figures.error();

    // A section per row of the Overview, in its order; each subject's pages once.
    QStringList loaded; // "page subject"
    for (const CardData &card : std::as_const(figures->cards)) {
        DigestSection &section = sectionOf(digest.sections, card.group);
        section.figures.append(card);
        const QString key = card.page + QLatin1Char(' ') + card.group;
        if (card.page == QLatin1String("reddit") || loaded.contains(key))
            continue;
        loaded.append(key);
        Status added = withCharts ? addChart(db, range, card.page, section) : Status(Ok{});
        if (added && card.page == QLatin1String("traffic"))
            added = addTrafficLists(db, range, section);
        else if (added && card.page == QLatin1String("plausible"))
            added = addTopPages(db, range, section);
        if (!added)
            return added.error();
    }

    // Oldest first: a digest is read as the story of the period.
    QList<Highlight> highlights = figures->highlights;
    std::stable_sort(highlights.begin(), highlights.end(), [](const Highlight &a, const Highlight &b) { return a.date < b.date; });
    for (const Highlight &h : std::as_const(highlights)) {
        if (h.kind == Highlight::Kind::RedditPost) {
            sectionOf(digest.sections, DashboardData::tr("Reddit")).events.append(h); // the Overview's row of posts
            continue;
        }
        DigestSection &section = sectionOf(digest.sections, h.subject);
        (h.kind == Highlight::Kind::BiggestDay ? section.biggestDays : section.events).append(h);
    }

    auto notes = Notes(db).list(range);
    if (!notes)
        return notes.error();
    digest.notes = *notes;
    auto alerts = AlertStore(db).list(range);
    if (!alerts)
        return alerts.error();
    digest.alerts = *alerts;
    std::reverse(digest.alerts.begin(), digest.alerts.end()); // the store lists the newest first
    return digest;
}

} // namespace insights
