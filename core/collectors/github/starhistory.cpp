#include "starhistory.h"

#include "githubapi.h"
#include "linkheader.h"
#include "storage/batch.h"
#include "trafficparser.h"
#include "util/jsonutil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QUrlQuery>

namespace insights {

namespace stars {

namespace {

Error shapeError(const QString &what)
{
    return makeError(QStringLiteral("unexpected answer: %1").arg(what), Error::Kind::Parse);
}

// A count: an integer (JSON number or digits), not negative.
std::optional<qint64> count(const QJsonValue &value)
{
    const auto n = json::integer(value);
    return n && *n >= 0 ? n : std::nullopt;
}

// Weeks from 1970 to the year 9999: anything else is not a date GitHub would send.
constexpr qint64 kLatestWeek = 253'402'300'799LL;

} // namespace

QDate HistoryWeek::day(int i) const
{
    return QDateTime::fromSecsSinceEpoch(week + qint64(i) * 86'400 + 43'200, Qt::UTC).date();
}

Result<QList<HistoryWeek>> parseHistoryPage(const QByteArray &body)
{
    auto doc = json::parse(body);
    if (!doc)
        return doc.error();
    if (!doc->isArray())
        return shapeError(QStringLiteral("expected a list of weeks"));
    QList<HistoryWeek> weeks;
    const QJsonArray array = doc->array();
    weeks.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString which = QStringLiteral("week %1 of the page").arg(i + 1);
        if (!array[i].isObject())
            return shapeError(QStringLiteral("%1 is not an object").arg(which));
        const QJsonObject o = array[i].toObject();
        HistoryWeek week;
        const auto start = json::integer(o.value(QLatin1String("week")));
        if (!start || *start < 0 || *start > kLatestWeek)
            return shapeError(QStringLiteral("%1 has no \"week\" in epoch seconds").arg(which));
        week.week = *start;
        const auto total = count(o.value(QLatin1String("total")));
        if (!total)
            return shapeError(QStringLiteral("%1 has no \"total\" (a count, not negative)").arg(which));
        week.total = *total;
        const QJsonValue days = o.value(QLatin1String("days"));
        if (!days.isArray() || days.toArray().size() != 7)
            return shapeError(QStringLiteral("%1 does not have 7 \"days\"").arg(which));
        for (int d = 0; d < 7; ++d) {
            const auto n = count(days.toArray().at(d));
            if (!n)
                return shapeError(QStringLiteral("day %1 of %2 is not a count (an integer, not negative)").arg(d + 1).arg(which));
            week.days[size_t(d)] = *n;
        }
        // Newest first, each week once: anything else would write a day twice or leave a hole.
        if (!weeks.isEmpty() && week.week >= weeks.last().week)
            return shapeError(QStringLiteral("%1 is not older than the week before it").arg(which));
        weeks.append(week);
    }
    return weeks;
}

Result<qint64> parseStarCount(const QByteArray &body)
{
    auto doc = json::parse(body);
    if (!doc)
        return doc.error();
    const auto n = doc->isObject() ? count(doc->object().value(QLatin1String("count"))) : std::nullopt;
    if (!n)
        return shapeError(QStringLiteral("expected {\"count\": N}"));
    return *n;
}

QList<MetricRow> historyRows(const QString &subject, const QList<HistoryWeek> &weeks, const QDate &today)
{
    QList<MetricRow> rows;
    rows.reserve(weeks.size() * 7);
    for (const HistoryWeek &week : weeks)
        for (int i = 0; i < 7; ++i) {
            const QDate day = week.day(i);
            if (day > today)
                break;
            rows.append(MetricRow::make("stars_daily", subject, day, Period::Daily, double(week.days[size_t(i)])));
        }
    return rows;
}

} // namespace stars

StarHistory::StarHistory(GitHubApi &api, QString subject, QString where)
    : m_api(api), m_subject(std::move(subject)), m_where(std::move(where))
{
}

Result<StarHistory::Reading> StarHistory::readAll()
{
    return read(-1);
}

Result<StarHistory::Reading> StarHistory::readNewest(qint64 knownWeek)
{
    return read(std::max<qint64>(0, knownWeek));
}

Result<StarHistory::Reading> StarHistory::read(qint64 stopAtWeek)
{
    Reading reading;
    QUrl url = m_api.url(GitHubApi::repoPath(m_subject) + QStringLiteral("/stargazers/history"),
                         QUrlQuery{{QStringLiteral("per_page"), QString::number(kWeeksPerPage)}});
    const QLocale locale;
    for (;;) {
        if (m_cancelled && m_cancelled->load())
            return makeError(tr("%1: cancelled").arg(m_where), Error::Kind::Cancelled);
        // The newest page is asked for every day: conditional (an unchanged answer is free). The
        // older pages of a walk are read once a week at most.
        auto response = m_api.fetch(url, "application/vnd.github+json", m_subject, reading.pages == 0);
        if (!response)
            return response.error();
        if (response->status == 404 && reading.pages == 0) {
            reading.unavailable = true;
            return reading;
        }
        if (!response->isSuccess())
            return m_api.explain(*response, m_subject, tr("the star history"));
        auto weeks = stars::parseHistoryPage(response->body);
        if (!weeks)
            return makeError(tr("%1: GitHub's star history could not be read (page %2: %3); nothing of it was stored.")
                                 .arg(m_where)
                                 .arg(reading.pages + 1)
                                 .arg(weeks.error().message),
                             Error::Kind::Parse);
        if (!weeks->isEmpty() && !reading.weeks.isEmpty() && weeks->first().week >= reading.weeks.last().week)
            return makeError(tr("%1: GitHub's star history repeats weeks across pages (page %2); nothing of it was stored.")
                                 .arg(m_where)
                                 .arg(reading.pages + 1),
                             Error::Kind::Parse);
        ++reading.pages;
        reading.weeks.append(*weeks);
        if (m_progress && stopAtWeek < 0)
            m_progress(tr("%1: star history, %2 weeks read").arg(m_where, locale.toString(reading.weeks.size())));

        const QUrl link = parseLinkHeader(response->header("link")).value(QStringLiteral("next"));
        if (link.isEmpty() || weeks->isEmpty()) {
            reading.reachedEnd = true;
            return reading;
        }
        if (stopAtWeek >= 0 && reading.weeks.last().week <= stopAtWeek)
            return reading;
        const QUrl next = response->url.resolved(link);
        const int nextPage = QUrlQuery(next).queryItemValue(QStringLiteral("page")).toInt();
        if (reading.pages >= kMaxPages || nextPage > kMaxPages) {
            reading.capped = true; // GitHub answers 422 past page 100
            return reading;
        }
        url = next;
    }
}

Result<qint64> StarHistory::count()
{
    const QUrl url = m_api.url(GitHubApi::repoPath(m_subject) + QStringLiteral("/stargazers/count"));
    auto response = m_api.fetch(url, "application/vnd.github+json", m_subject);
    if (!response)
        return response.error();
    if (response->status == 404)
        return countFromRepository(); // GitHub Enterprise Server has no /stargazers/count
    if (!response->isSuccess())
        return m_api.explain(*response, m_subject, tr("the star count"));
    auto n = stars::parseStarCount(response->body);
    if (!n)
        return makeError(tr("%1: GitHub's star count could not be read (%2).").arg(m_where, n.error().message),
                         Error::Kind::Parse);
    return n;
}

Result<qint64> StarHistory::countFromRepository()
{
    auto body = m_api.get(GitHubApi::repoPath(m_subject), {}, m_subject, tr("the repository"));
    if (!body)
        return body.error();
    auto counters = traffic::parseRepository(*body);
    if (!counters)
        return makeError(tr("%1: GitHub's repository answer could not be read (%2).").arg(m_where, counters.error().message),
                         Error::Kind::Parse);
    return counters->stars;
}

} // namespace insights
