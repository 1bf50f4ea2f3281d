#include "alertdetector.h"

#include "dashboard/annotations.h"
#include "dashboard/dashboarddata.h"
#include "dashboard/overviewfigures.h"
#include "notes/notes.h"

#include <algorithm>

namespace insights {

namespace {

// The page whose subjects and first day a measure has.
QString pageOf(const QString &metric)
{
    if (metric == QLatin1String("stars"))
        return QStringLiteral("stars");
    if (metric == QLatin1String("views"))
        return QStringLiteral("traffic");
    return QStringLiteral("pypi");
}

} // namespace

std::optional<double> AlertDetector::median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

Result<QList<Alert>> AlertDetector::detect(const DateRange &days)
{
    QList<Alert> out;
    if (!days.isBounded() || days.from > days.to)
        return out;
    for (const QString &metric : AlertRules::spikeMetrics()) {
        auto found = spikes(metric, days);
        if (!found)
            return found.error();
        out += *found;
    }
    if (m_rules.newReferrer) {
        auto found = newReferrers(days);
        if (!found)
            return found.error();
        out += *found;
    }
    for (Alert &alert : out) {
        auto cause = causeOf(alert);
        if (!cause)
            return cause.error();
        alert.cause = *cause;
    }
    std::stable_sort(out.begin(), out.end(), [](const Alert &a, const Alert &b) { return a.date < b.date; });
    return out;
}

Result<QList<Alert>> AlertDetector::spikes(const QString &metric, const DateRange &days)
{
    QList<Alert> out;
    const QString page = pageOf(metric);
    auto subjects = DashboardData::subjectsOf(m_db, page);
    if (!subjects)
        return subjects.error();
    const DateRange read{days.from.addDays(-kBaselineDays), days.to};
    for (const QString &subject : std::as_const(*subjects)) {
        const SpikeRule *rule = m_rules.ruleFor(metric, subject);
        if (!rule)
            continue;
        auto first = DashboardData::firstDay(m_db, page, subject);
        if (!first)
            return first.error();
        if (!first->isValid())
            continue;
        DailyValues values;
        PageRequest request{page, read, subject, false};
        if (metric == QLatin1String("stars")) {
            // The Stars page's own new stars per day: stored stars, or GitHub's star history.
            request.chartsOnly = true;
            auto data = buildStarsPage(m_db, request);
            if (!data)
                return data.error();
            for (const ChartData &chart : std::as_const(data->charts))
                if (chart.id == QLatin1String("stars_daily") && !chart.series.isEmpty())
                    values = chart.series.first().values;
        } else {
            // Views: a day GitHub lists no views had none. Downloads: a day the dataset has not
            // loaded is unknown, not zero.
            PageQuery query(m_db, request);
            const bool views = metric == QLatin1String("views");
            auto byDay = query.dailySums(views ? QStringLiteral("views") : QStringLiteral("downloads_daily_human"), read);
            if (!byDay)
                return byDay.error();
            values = PageQuery::toDaily(*byDay, read, views);
        }
        for (QDate day = days.from; day <= days.to; day = day.addDays(1)) {
            const qsizetype at = read.from.daysTo(day);
            if (at >= values.size() || !values[at] || day < *first)
                continue;
            QList<double> before;
            for (qsizetype i = at - kBaselineDays; i < at; ++i)
                if (values[i] && read.from.addDays(i) >= *first)
                    before.append(*values[i]);
            if (before.size() < kMinimumKnownDays)
                continue;
            const double usual = *median(before);
            const double value = *values[at];
            if (value >= rule->minimum && value >= rule->factor * usual && value > usual)
                out.append({0, QStringLiteral("spike"), metric, subject, day, QString(), value, usual, {}, {}, false});
        }
    }
    return out;
}

Result<QList<Alert>> AlertDetector::newReferrers(const DateRange &days)
{
    QList<Alert> out;
    auto repos = DashboardData::subjectsOf(m_db, QStringLiteral("traffic"));
    if (!repos)
        return repos.error();
    for (const QString &repo : std::as_const(*repos))
        for (QDate day = days.from; day <= days.to; day = day.addDays(1)) {
            auto fresh = freshReferrers(m_db, repo, day);
            if (!fresh)
                return fresh.error();
            for (const ItemTotal &referrer : std::as_const(*fresh))
                out.append({0, QStringLiteral("new_referrer"), QStringLiteral("referrers"), repo, day, referrer.item, referrer.value, 0,
                            {}, {}, false});
        }
    return out;
}

Result<QString> AlertDetector::causeOf(const Alert &alert)
{
    // The Overview's causes (a release or a post that day or the day before, the user's note);
    // then, for stars and views, a referrer new that day (someone linked to the repository).
    const DateRange around{alert.date.addDays(-1), alert.date};
    const bool repository = alert.metric != QLatin1String("downloads_people");
    auto markers = Annotations::releasesAndPosts(m_db, PageRequest{pageOf(alert.metric), around,
                                                                   repository ? alert.subject : QString(), false});
    if (!markers)
        return markers.error();
    auto notes = Notes(m_db).list(around, alert.subject);
    if (!notes)
        return notes.error();
    for (const Note &n : std::as_const(*notes))
        markers->append({n.date, Annotation::Kind::Note, n.text});
    QStringList causes = causesOf(alert.date, *markers);
    if (causes.isEmpty() && alert.rule == QLatin1String("spike") && repository) {
        auto fresh = freshReferrers(m_db, alert.subject, alert.date);
        if (!fresh)
            return fresh.error();
        if (const QString cause = referrerCause(*fresh); !cause.isEmpty())
            causes.append(cause);
    }
    return causes.join(QStringLiteral("; "));
}

} // namespace insights
