#include "plausiblev1.h"

#include "plausibleapi.h"
#include "plausiblefigures.h"
#include "storage/metricstore.h"
#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QSet>
#include <algorithm>

namespace insights::plausible {

namespace {

const QString kSource = QStringLiteral("plausible");
const QString kPending = QStringLiteral("v1_pending");

QString dateRange(const QDate &from, const QDate &to)
{
    return from.toString(Qt::ISODate) + QLatin1Char(',') + to.toString(Qt::ISODate);
}

} // namespace

QString encodePending(QList<QDate> days)
{
    std::sort(days.begin(), days.end());
    QStringList ranges;
    for (qsizetype i = 0; i < days.size();) {
        qsizetype j = i;
        while (j + 1 < days.size() && days[j].daysTo(days[j + 1]) <= 1)
            ++j;
        ranges.append(days[i].toString(Qt::ISODate) + QStringLiteral("..") + days[j].toString(Qt::ISODate));
        i = j + 1;
    }
    return ranges.join(u',');
}

QList<QDate> decodePending(const QString &text)
{
    QList<QDate> days;
    for (const QString &range : text.split(u',', Qt::SkipEmptyParts)) {
        const QDate from = QDate::fromString(range.section(QStringLiteral(".."), 0, 0), Qt::ISODate);
        const QDate to = QDate::fromString(range.section(QStringLiteral(".."), 1, 1), Qt::ISODate);
        if (!from.isValid() || !to.isValid() || from > to || from.daysTo(to) > 36600)
            continue; // an unreadable entry costs a re-read at most, never a wrong figure
        for (QDate d = to; d >= from; d = d.addDays(-1))
            days.append(d);
    }
    std::sort(days.begin(), days.end(), std::greater<>());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

int V1Budget::perWindow() const
{
    return keyLimit ? std::max(1, *keyLimit - *keyLimit / 10) : kUnlimited;
}

int V1Budget::remaining(const QDateTime &now)
{
    // Plausible's windows are whole clock hours (the hour number since the epoch), not an hour
    // from our first request: a window that began at 12:40 would reach into Plausible's next one.
    const QDateTime hour = nextFullHour(now).addSecs(-3600);
    if (!windowStart.isValid() || windowStart != hour) {
        windowStart = hour;
        used = 0;
    }
    return std::max(0, perWindow() - used);
}

void V1Budget::refused()
{
    // `used` counts the refused request too. A refusal of the window's first request says only
    // that someone else used it up; it teaches nothing about the limit.
    const int allowed = used - 1;
    if (allowed > 0 && (!keyLimit || allowed < *keyLimit))
        keyLimit = allowed;
    used = kUnlimited; // nothing more this hour
}

QList<StateEntry> V1Budget::state() const
{
    QList<StateEntry> out{{kSource, QString(), QStringLiteral("v1_window_start"), isoUtc(windowStart)},
                          {kSource, QString(), QStringLiteral("v1_window_requests"), QString::number(used)}};
    if (keyLimit)
        out.append({kSource, QString(), QStringLiteral("v1_key_limit"), QString::number(*keyLimit)});
    return out;
}

V1Budget V1Budget::load(QSqlDatabase &db)
{
    V1Budget budget;
    MetricStore store(db);
    auto start = store.state(kSource, QString(), QStringLiteral("v1_window_start"));
    auto used = store.state(kSource, QString(), QStringLiteral("v1_window_requests"));
    if (start && *start && used && *used) {
        budget.windowStart = parseIsoUtc(**start);
        budget.used = (*used)->toInt();
    }
    auto limit = store.state(kSource, QString(), QStringLiteral("v1_key_limit"));
    bool ok = false;
    if (limit && *limit)
        if (const int n = (*limit)->toInt(&ok); ok && n > 0)
            budget.keyLimit = n;
    return budget;
}

V1Backfill::V1Backfill(CollectContext &context, Api &api, V1Budget &budget, QString site)
    : m_context(context), m_api(api), m_budget(budget), m_site(std::move(site)),
      m_where(QStringLiteral("plausible %1").arg(m_site))
{
}

bool V1Backfill::spend()
{
    if (m_budget.remaining(m_context.clock.nowUtc()) <= 0)
        return false;
    ++m_budget.used;
    return true;
}

QList<StateEntry> V1Backfill::pendingState(const QList<QDate> &left) const
{
    QList<StateEntry> state = m_budget.state();
    state.append({kSource, m_site, kPending, encodePending(left)});
    return state;
}

Status V1Backfill::checkpoint(Batch &batch, const QList<QDate> &left)
{
    batch.state.append(pendingState(left));
    const Status st = m_context.checkpoint(m_site, std::move(batch));
    batch = Batch{};
    return st;
}

Result<QJsonArray> V1Backfill::breakdown(const QString &property, const QDate &day, bool &outOfBudget)
{
    QJsonArray all;
    for (int page = 1;; ++page) {
        if (!spend()) {
            outOfBudget = true;
            return all;
        }
        const QString metrics = property == QLatin1String("event:page") ? QStringLiteral("visitors,pageviews,visit_duration")
                                                                        : QStringLiteral("visitors");
        QUrlQuery query{{QStringLiteral("period"), QStringLiteral("custom")},
                        {QStringLiteral("date"), dateRange(day, day)},
                        {QStringLiteral("property"), property},
                        {QStringLiteral("metrics"), metrics},
                        {QStringLiteral("limit"), QString::number(kBreakdownLimit)},
                        {QStringLiteral("page"), QString::number(page)},
                        {QStringLiteral("with_imported"), QStringLiteral("true")}};
        auto body = m_api.getV1(QStringLiteral("breakdown"), query, true);
        if (!body)
            return body.error();
        auto rows = Parser::v1Breakdown(*body);
        if (!rows)
            return makeError(tr("%1: Plausible's breakdown of %2 could not be read (%3).")
                                 .arg(m_where, day.toString(Qt::ISODate), rows.error().message),
                             Error::Kind::Parse);
        for (const QJsonValue &row : std::as_const(*rows))
            all.append(row);
        if (rows->size() < kBreakdownLimit)
            return all;
    }
}

Result<Batch> V1Backfill::run(const QDate &from, const QDate &today)
{
    Batch batch;
    auto pendingText = MetricStore(m_context.db).state(kSource, m_site, kPending);
    if (!pendingText)
        return pendingText.error();

    // Newest first: the window just asked for, then what earlier runs left.
    QList<QDate> days;
    QSet<QDate> seen;
    for (QDate d = today; d >= from; d = d.addDays(-1)) {
        days.append(d);
        seen.insert(d);
    }
    for (const QDate &d : decodePending(pendingText->value_or(QString())))
        if (!seen.contains(d))
            days.append(d);

    const auto outOfBudgetNote = [&](qsizetype done) {
        const QDateTime next = nextFullHour(m_context.clock.nowUtc());
        return tr("%1: Plausible (v1 API) limits this key's requests per hour; %2 of %3 days of pages and countries "
                  "are stored, the rest follows in the next runs from %4.")
            .arg(m_where)
            .arg(done)
            .arg(days.size())
            .arg(utcMinuteText(next));
    };

    if (!spend()) {
        batch.state.append(pendingState(days));
        batch.notes.append(outOfBudgetNote(0));
        return batch;
    }
    m_context.report(tr("%1: reading daily totals from %2 (v1 API)").arg(m_where, from.toString(Qt::ISODate)));
    QUrlQuery series{{QStringLiteral("period"), QStringLiteral("custom")},
                     {QStringLiteral("date"), dateRange(from, today)},
                     {QStringLiteral("interval"), QStringLiteral("day")},
                     {QStringLiteral("metrics"), QStringLiteral("visitors,pageviews,visit_duration,bounce_rate")},
                     {QStringLiteral("with_imported"), QStringLiteral("true")}};
    auto body = m_api.getV1(QStringLiteral("timeseries"), series, true);
    if (!body)
        return body.error();
    auto totals = Parser::v1Timeseries(*body);
    if (!totals)
        return makeError(tr("%1: Plausible's daily totals could not be read (%2); nothing was stored.")
                             .arg(m_where, totals.error().message),
                         Error::Kind::Parse);
    addTotals(batch, m_site, *totals, from, today, today);
    batch.state.append({kSource, m_site, QStringLiteral("last_day"), today.toString(Qt::ISODate)});

    for (qsizetype i = 0; i < days.size(); ++i) {
        if (m_context.isCancelled())
            return makeError(tr("%1: cancelled; the days stored so far are kept.").arg(m_where), Error::Kind::Cancelled);
        const QDate day = days[i];
        m_context.report(tr("%1: pages and countries of %2 (%3 of %4 days, v1 API)")
                             .arg(m_where, day.toString(Qt::ISODate))
                             .arg(i + 1)
                             .arg(days.size()));
        // A day costs at least two requests; starting one that cannot finish would waste one.
        bool outOfBudget = m_budget.remaining(m_context.clock.nowUtc()) < 2;
        Result<QJsonArray> pages = QJsonArray();
        if (!outOfBudget)
            pages = breakdown(QStringLiteral("event:page"), day, outOfBudget);
        Result<QJsonArray> countries = QJsonArray();
        if (pages && !outOfBudget)
            countries = breakdown(QStringLiteral("visit:country"), day, outOfBudget);
        const bool limited = (!pages && pages.error().kind == Error::Kind::RateLimited)
                             || (!countries && countries.error().kind == Error::Kind::RateLimited);
        if (limited)
            m_budget.refused(); // learn how far Plausible let us go, and wait for its next window
        if (outOfBudget || limited) {
            batch.state.append(pendingState(days.mid(i)));
            batch.notes.append(outOfBudgetNote(i));
            return batch;
        }
        if (!pages)
            return pages.error();
        if (!countries)
            return countries.error();
        auto pageRows = Parser::pagesFromV1(*pages, day);
        auto countryRows = Parser::countriesFromV1(*countries, day);
        if (!pageRows || !countryRows)
            return makeError(tr("%1: Plausible's breakdown of %2 could not be read (%3).")
                                 .arg(m_where, day.toString(Qt::ISODate),
                                      !pageRows ? pageRows.error().message : countryRows.error().message),
                             Error::Kind::Parse);
        addPages(batch, m_site, *pageRows);
        addCountries(batch, m_site, *countryRows);
        if ((i + 1) % kCheckpointDays == 0 && i + 1 < days.size())
            if (auto st = checkpoint(batch, days.mid(i + 1)); !st)
                return st.error();
    }
    batch.state.append(pendingState({}));
    return batch;
}

} // namespace insights::plausible
