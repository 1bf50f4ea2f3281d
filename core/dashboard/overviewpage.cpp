// The Overview: every tracked subject on one screen. A row of cards per repository, package and
// site — stars (total, new in the range with a sparkline), traffic views and unique visitors, PyPI
// downloads by people and the people share, Plausible visitors — and the newest Reddit post's
// score, each with its change against the previous period and the page it opens. The figures
// come from the pages' own builders with chartsOnly (the same queries tst_queryplans checks; no
// table is read), so a card and its page never disagree. "Highlights" lists the range's biggest
// days with what likely caused them, and "Notes" the user's own notes.
#include "collectors/reddit/redditposts.h"
#include "dashboarddata.h"
#include "notes/notes.h"
#include "alerts/alertstore.h"
#include "overviewfigures.h"

#include <QLocale>
#include <functional>

namespace insights {

namespace {

// A card of a subject page by its label (the builders' own tr() text), placed in the Overview's
// row of `subject` and opening `page` filtered to it.
std::optional<CardData> cardOf(const PageData &from, const QString &label, const QString &page, const QString &subject,
                               const DailyValues &spark = {})
{
    for (const CardData &card : from.cards)
        if (card.label == label) {
            CardData out = card;
            out.group = subject;
            out.page = page;
            out.subject = subject;
            out.spark = spark;
            return out;
        }
    return std::nullopt;
}

DailyValues seriesOf(const PageData &from, const QString &chartId, const QString &seriesName)
{
    for (const ChartData &chart : from.charts)
        if (chart.id == chartId)
            for (const SeriesData &s : chart.series)
                if (s.name == seriesName)
                    return s.values;
    return {};
}

// A day's new referrers as a cause, or "" when there are none (or they cannot be read).
QString newReferrers(QSqlDatabase &db, const QString &repo, const QDate &day)
{
    auto fresh = freshReferrers(db, repo, day);
    return fresh ? referrerCause(*fresh) : QString();
}

// The biggest day of `values` in the range, when there is one above zero; its cause from the
// markers, else from `otherCause` (the traffic's new referrers).
void addPeak(QList<Highlight> &out, const DateRange &range, const DailyValues &values, const QString &what, const QString &subject,
             const QList<Annotation> &markers, const std::function<QString(const QDate &)> &otherCause = {})
{
    qsizetype best = -1;
    for (qsizetype i = 0; i < values.size(); ++i)
        if (values[i] && *values[i] > 0 && (best < 0 || *values[i] > *values[best]))
            best = i;
    if (best < 0)
        return;
    const QDate day = range.from.addDays(best);
    QString cause = causesOf(day, markers).value(0);
    if (cause.isEmpty() && otherCause)
        cause = otherCause(day);
    out.append({day, what.arg(QLocale().toString(*values[best], 'f', 0)), subject, cause, Highlight::Kind::BiggestDay});
}

QList<Annotation> markersOf(const PageData &from)
{
    QList<Annotation> out;
    for (const ChartData &chart : from.charts)
        out += chart.annotations;
    return out;
}

} // namespace

QStringList causesOf(const QDate &day, const QList<Annotation> &markers)
{
    QStringList causes;
    for (int back = 0; back <= 1; ++back)
        for (const Annotation &a : markers) {
            if (a.date != day.addDays(-back))
                continue;
            const QString when = back == 0 ? DashboardData::tr("that day") : DashboardData::tr("the day before");
            switch (a.kind) {
            case Annotation::Kind::Release:
            case Annotation::Kind::RedditPost: causes.append(DashboardData::tr("%1, %2").arg(a.title, when)); break;
            case Annotation::Kind::Note: causes.append(DashboardData::tr("your note “%1” %2").arg(a.title, when)); break;
            default: break;
            }
        }
    return causes;
}

Result<QList<ItemTotal>> freshReferrers(QSqlDatabase &db, const QString &repo, const QDate &day)
{
    PageQuery query(db, PageRequest{QStringLiteral("traffic"), {day.addDays(-1), day}, repo, false});
    auto now = query.snapshotItems(QStringLiteral("referrers"), day, {});
    auto before = query.snapshotItems(QStringLiteral("referrers"), day.addDays(-1), {});
    if (!now || !before)
        return (!now ? now : before).error();
    QList<ItemTotal> fresh;
    if (before->isEmpty())
        return fresh;
    for (const ItemTotal &item : std::as_const(*now))
        if (std::none_of(before->begin(), before->end(), [&](const ItemTotal &b) { return b.item == item.item; }))
            fresh.append(item);
    return fresh;
}

QString referrerCause(const QList<ItemTotal> &fresh)
{
    QStringList names;
    for (const ItemTotal &item : fresh)
        names.append(item.item);
    return names.isEmpty() ? QString() : DashboardData::tr("new referrer %1 that day").arg(names.join(QStringLiteral(", ")));
}

Result<OverviewFigures> overviewFigures(QSqlDatabase &db, const PageRequest &request)
{
    PageData page; // only its cards are filled here
    QList<Highlight> highlights;
    QList<Annotation> shown; // releases and posts listed once, whatever page they came with
    const auto load = [&](const QString &key, const QString &subject) {
        PageRequest sub = request;
        sub.page = key;
        sub.subject = subject;
        sub.chartsOnly = true;
        sub.figuresOnly = true;
        return DashboardData::load(db, sub);
    };
    const auto listEvents = [&](const PageData &from, const QString &subject) {
        for (const Annotation &a : markersOf(from))
            if ((a.kind == Annotation::Kind::Release || a.kind == Annotation::Kind::RedditPost) && request.range.contains(a.date)
                && std::none_of(shown.begin(), shown.end(), [&](const Annotation &s) { return s.date == a.date && s.title == a.title; })) {
                shown.append(a);
                // The markers' titles say what they are ("Release v1.2 (owner/repo)", "r/cpp: …").
                const bool release = a.kind == Annotation::Kind::Release;
                highlights.append({a.date, a.title, release ? subject : QString(), QString(),
                                   release ? Highlight::Kind::Release : Highlight::Kind::RedditPost});
            }
    };

    // Repositories: stars and traffic.
    auto repos = DashboardData::subjectsOf(db, QStringLiteral("stars"));
    auto trafficRepos = DashboardData::subjectsOf(db, QStringLiteral("traffic"));
    if (!repos || !trafficRepos)
        return !repos ? repos.error() : trafficRepos.error();
    QStringList repositories = *repos;
    for (const QString &r : std::as_const(*trafficRepos))
        if (!repositories.contains(r))
            repositories.append(r);
    for (const QString &repo : std::as_const(repositories)) {
        if (repos->contains(repo)) {
            auto stars = load(QStringLiteral("stars"), repo);
            if (!stars)
                return stars.error();
            const DailyValues perDay = seriesOf(*stars, QStringLiteral("stars_daily"), DashboardData::tr("New stars"));
            for (const auto &card : {cardOf(*stars, DashboardData::tr("Stars"), QStringLiteral("stars"), repo),
                                     cardOf(*stars, DashboardData::tr("New stars"), QStringLiteral("stars"), repo, perDay)})
                if (card)
                    page.cards.append(*card);
            addPeak(highlights, request.range, perDay, DashboardData::tr("Most new stars in a day: %1"), repo, markersOf(*stars));
            listEvents(*stars, repo);
        }
        if (trafficRepos->contains(repo)) {
            auto traffic = load(QStringLiteral("traffic"), repo);
            if (!traffic)
                return traffic.error();
            const DailyValues views = seriesOf(*traffic, QStringLiteral("traffic"), DashboardData::tr("Views"));
            for (const auto &card : {cardOf(*traffic, DashboardData::tr("Views"), QStringLiteral("traffic"), repo, views),
                                     cardOf(*traffic, DashboardData::tr("Unique visitors (days added up)"), QStringLiteral("traffic"), repo)})
                if (card)
                    page.cards.append(*card);
            addPeak(highlights, request.range, views, DashboardData::tr("Most views in a day: %1"), repo, markersOf(*traffic),
                    [&db, &repo](const QDate &day) { return newReferrers(db, repo, day); });
        }
    }

    // Packages: downloads by people and their share.
    auto packages = DashboardData::subjectsOf(db, QStringLiteral("pypi"));
    if (!packages)
        return packages.error();
    for (const QString &package : std::as_const(*packages)) {
        auto pypi = load(QStringLiteral("pypi"), package);
        if (!pypi)
            return pypi.error();
        const DailyValues people = seriesOf(*pypi, QStringLiteral("pypi_people"), DashboardData::tr("People (pip, uv)"));
        for (const auto &card : {cardOf(*pypi, DashboardData::tr("Downloads by people"), QStringLiteral("pypi"), package, people),
                                 cardOf(*pypi, DashboardData::tr("Share by people"), QStringLiteral("pypi"), package)})
            if (card)
                page.cards.append(*card);
        addPeak(highlights, request.range, people, DashboardData::tr("Most downloads by people in a day: %1"), package, markersOf(*pypi));
    }

    // Sites: Plausible visitors.
    auto sites = DashboardData::subjectsOf(db, QStringLiteral("plausible"));
    if (!sites)
        return sites.error();
    for (const QString &site : std::as_const(*sites)) {
        auto plausible = load(QStringLiteral("plausible"), site);
        if (!plausible)
            return plausible.error();
        const DailyValues visitors = seriesOf(*plausible, QStringLiteral("plausible"), DashboardData::tr("Visitors"));
        if (auto card = cardOf(*plausible, DashboardData::tr("Visitors (days added up)"), QStringLiteral("plausible"), site, visitors))
            page.cards.append(*card);
        addPeak(highlights, request.range, visitors, DashboardData::tr("Most visitors in a day: %1"), site, markersOf(*plausible));
    }

    // Reddit: the newest tracked post's score.
    auto posts = RedditPosts(db).list();
    if (!posts)
        return posts.error();
    if (!posts->isEmpty()) {
        const TrackedPost newest = *std::max_element(posts->begin(), posts->end(),
                                                     [](const TrackedPost &a, const TrackedPost &b) { return a.created < b.created; });
        CardData score{DashboardData::tr("Score of the newest post"), newest.score, std::nullopt, {},
                       QStringLiteral("r/%1: %2").arg(newest.subreddit, newest.title)};
        score.group = DashboardData::tr("Reddit");
        score.page = QStringLiteral("reddit");
        score.subject = newest.postId;
        page.cards.append(score);
    }

    std::sort(highlights.begin(), highlights.end(), [](const Highlight &a, const Highlight &b) { return a.date > b.date; });
    return OverviewFigures{page.cards, highlights};
}

Result<PageData> buildOverviewPage(QSqlDatabase &db, const PageRequest &request)
{
    auto figures = overviewFigures(db, request);
    if (!figures)
        return figures.error();
    PageData page;
    page.cards = figures->cards;
    if (page.cards.isEmpty())
        page.empty = DashboardData::tr("Nothing is tracked yet.");

    TableData table{QStringLiteral("highlights"), DashboardData::tr("Highlights"),
                    {DashboardData::tr("Date"), DashboardData::tr("What"), DashboardData::tr("Subject"), DashboardData::tr("Likely cause")},
                    {}, false, {}, -1, {}};
    for (const Highlight &h : std::as_const(figures->highlights))
        table.rows.append({h.date, h.what, h.subject, h.cause});
    page.tables.append(table);

    // Alerts the rules raised for days of the range (shown once as a notification; kept here).
    auto alerts = AlertStore(db).list(request.range);
    if (!alerts)
        return alerts.error();
    TableData alertTable{QStringLiteral("alerts"), DashboardData::tr("Alerts"),
                         {DashboardData::tr("Date"), DashboardData::tr("Subject"), DashboardData::tr("What"), DashboardData::tr("Likely cause")},
                         {}, false, {}, -1, {}};
    for (const Alert &a : std::as_const(*alerts))
        alertTable.rows.append({a.date, a.subject, AlertText::what(a), a.cause});
    alertTable.note = DashboardData::tr("Spikes and new referrers, by the rules in Settings → Alerts.");
    page.tables.append(alertTable);

    auto notes = Notes(db).list(request.range);
    if (!notes)
        return notes.error();
    TableData noteTable{QStringLiteral("notes"), DashboardData::tr("Your notes"),
                        {DashboardData::tr("#"), DashboardData::tr("Date"), DashboardData::tr("Subject"), DashboardData::tr("Note")},
                        {}, true, {}, -1, {}};
    for (const Note &n : std::as_const(*notes))
        noteTable.rows.append({n.id, n.date, n.subject.isEmpty() ? DashboardData::tr("whole project") : n.subject, n.text});
    noteTable.note = DashboardData::tr("Right-click a day on any chart to add a note; right-click a note here to change or remove it.");
    page.tables.append(noteTable);
    return page;
}

} // namespace insights
