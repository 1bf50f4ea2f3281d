// The Stars page: the cumulative count with markers, new stars per day, and who the stargazers
// are (searchable table, top locations and companies) for the range. The timeline comes from the
// stored stars (`new_star`) where GitHub lets the token read the list, and from GitHub's star
// history (`stars_daily`, ending at the `stars_total` count) where it does not; the page says
// which.
#include "storage/dialect.h"
#include "annotations.h"
#include "dashboarddata.h"
#include "queries/stargazerqueries.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>

namespace insights {

namespace {

// Stars counted out by an unstar (the partial index insight_metric_unstarred finds them).
const QString kUnstarred = QStringLiteral("AND m.period = 'event' AND json_extract(m.metadata, '$.unstarred_at') IS NOT NULL");

// Repositories whose stars come from the star history (the collector records it per subject),
// within the request: the chosen subject, or every one.
Result<QStringList> historySubjects(QSqlDatabase &db, const QString &subject)
{
    QSqlQuery q(db);
    q.prepare(Dialect::portable(q.driver(), QStringLiteral("SELECT c.subject FROM collector_state c JOIN insight_source s ON s.id = c.source_id "
                             "WHERE s.key = 'github_stars' AND c.key = 'daily_source' AND c.value = 'history' "
                             "AND (? = '' OR c.subject = ?) ORDER BY c.subject")));
    q.addBindValue(subject.isNull() ? QStringLiteral("") : subject);
    q.addBindValue(subject.isNull() ? QStringLiteral("") : subject);
    if (auto st = execPrepared(q); !st)
        return st.error();
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

// One value of `subject` from its unique-key range: the newest `stars_total`, or the sum of
// `stars_daily` from `from` on.
Result<std::optional<double>> subjectValue(QSqlDatabase &db, const QString &subject, bool newestTotal, const QDate &from = {})
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(Dialect::portable(q.driver(), newestTotal ? QStringLiteral("SELECT m.value FROM insight_metric m WHERE m.metric_type_id = (SELECT id FROM "
                                           "insight_metric_type WHERE key = 'stars_total') AND m.subject = ? "
                                           "AND m.period = 'snapshot' ORDER BY m.date DESC LIMIT 1")
                          : QStringLiteral("SELECT SUM(m.value) FROM insight_metric m WHERE m.metric_type_id = (SELECT id "
                                           "FROM insight_metric_type WHERE key = 'stars_daily') AND m.subject = ? "
                                           "AND m.date >= ? AND m.period = 'daily'")));
    q.addBindValue(subject);
    if (!newestTotal)
        q.addBindValue(from.toString(Qt::ISODate));
    if (auto st = execPrepared(q); !st)
        return st.error();
    if (!q.next() || q.value(0).isNull())
        return std::optional<double>();
    return std::optional<double>(q.value(0).toDouble());
}

void addInto(DailyValues &to, const DailyValues &values, double sign)
{
    for (qsizetype i = 0; i < to.size() && i < values.size(); ++i)
        if (values[i])
            to[i] = to[i].value_or(0) + sign * *values[i];
}

// The page's timeline: stars per day and, for the cumulative curve, the stars before a day.
struct Timeline {
    SeriesData perDay;
    QStringList profileSubjects; // from the stored stars ("" for every subject when none has a history)
    QStringList historySubjects; // from the star history
    QHash<QString, double> historyTotal; // per history subject: the count its curve ends at

    // Stars before `day`: stored stars, plus per history subject its count less the history's
    // stars from `day` on (so the curve ends at the count; what the history does not cover
    // is the starting point).
    Result<double> before(QSqlDatabase &db, PageQuery &query, const PageRequest &request, const QDate &day) const
    {
        double count = 0;
        if (!profileSubjects.isEmpty()) {
            auto stored = query.countBefore(QStringLiteral("new_star"), day, kUnstarred);
            if (!stored)
                return stored.error();
            count = *stored;
        }
        for (const QString &subject : historySubjects) {
            if (request.subject.isEmpty() && !profileSubjects.isEmpty()) { // its old profiles are not counted
                PageRequest own = request;
                own.subject = subject;
                PageQuery ownQuery(db, own);
                auto old = ownQuery.countBefore(QStringLiteral("new_star"), day, kUnstarred);
                if (!old)
                    return old.error();
                count -= *old;
            }
            auto fromDay = subjectValue(db, subject, false, day);
            if (!fromDay)
                return fromDay.error();
            count += historyTotal.value(subject) - fromDay->value_or(0);
        }
        return count;
    }
};

Result<Timeline> timeline(QSqlDatabase &db, PageQuery &query, const PageRequest &request)
{
    Timeline t;
    auto history = historySubjects(db, request.subject);
    if (!history)
        return history.error();
    // Without history subjects the page is what it always was (no query more); else which
    // subjects still have profiles.
    if (history->isEmpty()) {
        t.profileSubjects.append(request.subject);
    } else if (request.subject.isEmpty()) {
        auto listed = query.subjects({QStringLiteral("new_star")});
        if (!listed)
            return listed.error();
        for (const QString &subject : std::as_const(*listed))
            if (!history->contains(subject))
                t.profileSubjects.append(subject);
    }
    const SeriesSpec stored{DashboardData::tr("New stars"), QStringLiteral("new_star"), true, true, kUnstarred};
    auto perDay = dailySeries(query, request, stored);
    if (!perDay)
        return perDay.error();
    t.perDay = *perDay;
    if (t.profileSubjects.isEmpty()) { // nothing from the stored stars: zeros to add the history to
        for (auto *values : {&t.perDay.values, &t.perDay.previous})
            for (auto &v : *values)
                v = 0.0;
    }
    for (const QString &subject : std::as_const(*history)) {
        PageRequest own = request;
        own.subject = subject;
        PageQuery ownQuery(db, own);
        auto days = dailySeries(ownQuery, own, {QString(), QStringLiteral("stars_daily"), true});
        if (!days)
            return days.error();
        auto total = subjectValue(db, subject, true);
        auto all = subjectValue(db, subject, false, QDate(1, 1, 1));
        if (!total || !all)
            return (!total ? total : all).error();
        if (!*all && !*total)
            continue; // nothing read yet
        t.historySubjects.append(subject);
        t.historyTotal.insert(subject, total->value_or(all->value_or(0)));
        if (!t.profileSubjects.isEmpty()) { // a subject once read with profiles: those are not counted twice
            auto old = dailySeries(ownQuery, own, stored);
            if (!old)
                return old.error();
            addInto(t.perDay.values, old->values, -1);
            addInto(t.perDay.previous, old->previous, -1);
        }
        addInto(t.perDay.values, days->values, 1);
        addInto(t.perDay.previous, days->previous, 1);
    }
    return t;
}

DailyValues cumulative(double before, const DailyValues &perDay)
{
    DailyValues out;
    double running = before;
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
    auto line = timeline(db, query, request);
    if (!line)
        return line.error();
    const SeriesData *perDay = &line->perDay;
    auto before = line->before(db, query, request, request.range.from);
    if (!before)
        return before.error();
    const DailyValues total = cumulative(*before, perDay->values);
    if (total.isEmpty() || total.last().value_or(0) == 0) {
        page.empty = DashboardData::tr("No stars are stored for this range.");
    } else if (line->historySubjects.isEmpty()) {
        page.notes.append(DashboardData::tr("Stars over time come from the stargazer list: who starred, with profiles."));
    } else if (line->profileSubjects.isEmpty()) {
        page.notes.append(DashboardData::tr("Stars over time come from GitHub's star history: stars per day without "
                                            "profiles (GitHub shows who starred only to a repository's admins and "
                                            "collaborators, and only with a token). The curve ends at GitHub's count; "
                                            "stars older than the history are its starting point."));
    } else {
        page.notes.append(DashboardData::tr("Stars over time come from the stargazer list for %1 and from GitHub's star "
                                            "history (counts, no profiles) for %2.")
                              .arg(line->profileSubjects.join(QStringLiteral(", ")),
                                   line->historySubjects.join(QStringLiteral(", "))));
    }
    SeriesData cumulativeSeries{DashboardData::tr("Stars"), total, {}, 0};
    cumulativeSeries.cumulative = true;
    if (request.compare) {
        auto previousBefore = line->before(db, query, request, request.range.previous().from);
        if (!previousBefore)
            return previousBefore.error();
        cumulativeSeries.previous = cumulative(*previousBefore, perDay->previous);
    }

    ChartData stars{QStringLiteral("stars"), DashboardData::tr("Stars over time"), ChartData::Kind::Lines, request.range,
                    {cumulativeSeries}, {}, {}, DashboardData::tr("stars"), {}};
    auto markers = Annotations::releasesAndPosts(db, request);
    if (!markers)
        return markers.error();
    stars.annotations = *markers;
    stars.annotations.append(Annotations::starBursts(*perDay, request.range));
    const bool historyOnly = line->profileSubjects.isEmpty() && !line->historySubjects.isEmpty();
    auto record = historyOnly ? Annotations::record(query, QStringLiteral("stars_daily"), DashboardData::tr("new stars in a day"))
                              : Annotations::record(query, QStringLiteral("new_star"), DashboardData::tr("new stars in a day"), true);
    if (!record)
        return record.error();
    stars.annotations.append(*record);
    ChartData daily{QStringLiteral("stars_daily"), DashboardData::tr("New stars per day"), ChartData::Kind::Lines,
                    request.range, {*perDay}, {}, {}, DashboardData::tr("stars"), {}};
    daily.annotations = Annotations::starBursts(*perDay, request.range);
    page.charts = {stars, daily};
    for (ChartData &c : page.charts)
        c.subject = request.subject;

    CardData totalCard{DashboardData::tr("Stars"), total.isEmpty() ? std::nullopt : total.last(), std::nullopt, {}, {}};
    if (!cumulativeSeries.previous.isEmpty())
        totalCard.previous = cumulativeSeries.previous.last();
    page.cards = {cardFor(DashboardData::tr("New stars"), *perDay), totalCard};
    if (request.chartsOnly) // `insights chart`: the stargazer lists are two thirds of the page's time
        return page;

    auto table = stargazerTable(db, request, {});
    if (!table)
        return table.error();
    if (table->rows.isEmpty() && !line->historySubjects.isEmpty())
        table->note = DashboardData::tr("No stargazer profiles for %1: star counts only (see Sources).")
                          .arg(line->historySubjects.join(QStringLiteral(", ")));
    page.tables.append(*table);
    StargazerQueries stargazers(db, request.subject);
    auto ranked = stargazers.topLocationsAndCompanies(request.range, 20);
    if (!ranked)
        return ranked.error();
    for (const auto &[id, title, header, values] :
         {std::tuple{QStringLiteral("locations"), DashboardData::tr("Top locations"), DashboardData::tr("Location"), ranked->first},
          std::tuple{QStringLiteral("companies"), DashboardData::tr("Top companies"), DashboardData::tr("Company"), ranked->second}}) {
        TableData t{id, title, {header, DashboardData::tr("Stargazers")}, {}, false, {}, -1, {}};
        for (const RankedValue &v : values)
            t.rows.append({v.value, v.count});
        page.tables.append(t);
    }
    return page;
}

Result<TableData> stargazerTable(QSqlDatabase &db, const PageRequest &request, const TableQuery &query)
{
    StargazerQueries stargazers(db, request.subject);
    const int limit = std::max(1, query.limit);
    QList<StargazerProfile> profiles;
    qint64 total = -1;
    if (query.search.trimmed().isEmpty()) {
        auto newest = stargazers.newest(request.range, limit);
        if (!newest)
            return newest.error();
        profiles = *newest;
        if (profiles.size() == limit) {
            // Capped: how many there are, so the tab reads "1,000 of 1,234, newest" (one query more, only then).
            auto all = stargazers.count(request.range);
            if (!all)
                return all.error();
            if (*all > limit)
                total = *all;
        }
    } else {
        auto found = stargazers.search(request.range, query.search, limit);
        if (!found)
            return found.error();
        profiles = found->first;
        if (found->second > limit)
            total = found->second;
    }
    TableData table{QStringLiteral("stargazers"), DashboardData::tr("Stargazers"),
                    {DashboardData::tr("#"), DashboardData::tr("Login"), DashboardData::tr("Name"),
                     DashboardData::tr("Location"), DashboardData::tr("Company"), DashboardData::tr("Followers"),
                     DashboardData::tr("Starred")},
                    {}, true, {}, total, {}, query.search.trimmed()};
    for (const StargazerProfile &p : std::as_const(profiles)) {
        table.rows.append({p.starNumber, p.login.isEmpty() ? DashboardData::tr("(deleted account)") : p.login, p.name,
                           p.location, p.company, p.followers ? QVariant(qlonglong(*p.followers)) : QVariant(),
                           p.starredAt}); // the window shows it in the user's time zone and date format
        table.links.append(p.login.isEmpty() ? QString() : QStringLiteral("https://github.com/") + p.login);
    }
    if (!table.search.isEmpty())
        table.note = total > 0 ? DashboardData::tr("The newest %L1 of the %L2 stargazers of the range matching “%3”.")
                                     .arg(table.rows.size()).arg(total).arg(table.search)
                               : DashboardData::tr("Every stargazer of the range matching “%1”.").arg(table.search);
    else if (total > 0)
        table.note = DashboardData::tr("The newest %L1 of %L2 stargazers of the range are listed; load more, or search them all.")
                         .arg(table.rows.size()).arg(total);
    return table;
}

} // namespace insights
