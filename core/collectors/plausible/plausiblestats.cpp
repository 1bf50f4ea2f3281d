#include "plausiblestats.h"

#include "config/config.h"
#include "plausibleapi.h"
#include "plausiblefigures.h"
#include "plausiblev1.h"
#include "secrets/tokens.h"
#include "storage/metricstore.h"
#include "util/clock.h"

#include <QJsonArray>

namespace insights {

using namespace plausible;

namespace {

std::optional<QString> stateValue(QSqlDatabase &db, const QString &site, const QString &key)
{
    auto value = MetricStore(db).state(QStringLiteral("plausible"), site, key);
    return value ? *value : std::nullopt;
}

QJsonArray strings(const QStringList &list)
{
    QJsonArray out;
    for (const QString &s : list)
        out.append(s);
    return out;
}

} // namespace

QStringList PlausibleStats::subjects(const Config &config, QSqlDatabase &db) const
{
    Q_UNUSED(db)
    return config.plausibleSites();
}

QString PlausibleStats::howToConfigure() const
{
    return tr("no sites are tracked; add the site domains in Settings or set INSIGHT_PLAUSIBLE_SITES.");
}

Status PlausibleStats::prepare(CollectContext &context)
{
    auto base = context.config.baseUrl(insights::Api::Plausible);
    if (!base)
        return makeError(QStringLiteral("%1: %2").arg(key(), base.error().message), Error::Kind::Config);
    m_base = *base;
    auto token = context.tokens.token(TokenKind::Plausible);
    if (!token)
        return makeError(QStringLiteral("%1: %2").arg(key(), token.error().message), token.error().kind);
    if (token->isEmpty())
        return makeError(tr("%1: no Plausible API key. Create a Stats API key in Plausible (Account settings → API keys) "
                            "and save it in Settings, or set INSIGHT_PLAUSIBLE_API_KEY.")
                             .arg(key()),
                         Error::Kind::Auth);
    m_key = *token;
    return Ok{};
}

Result<V2Page> PlausibleStats::queryAll(CollectContext &context, plausible::Api &api, const QString &site,
                                        const QStringList &metrics, const QStringList &dimensions, const QDate &from,
                                        const QDate &to)
{
    V2Page all;
    for (qint64 offset = 0;;) {
        if (context.isCancelled())
            return makeError(tr("%1 %2: cancelled; nothing of this run was stored.").arg(key(), site), Error::Kind::Cancelled);
        const QJsonObject query{
            {QStringLiteral("site_id"), site},
            {QStringLiteral("metrics"), strings(metrics)},
            {QStringLiteral("date_range"), QJsonArray{from.toString(Qt::ISODate), to.toString(Qt::ISODate)}},
            {QStringLiteral("dimensions"), strings(dimensions)},
            {QStringLiteral("include"), QJsonObject{{QStringLiteral("total_rows"), true}}},
            {QStringLiteral("pagination"), QJsonObject{{QStringLiteral("limit"), kV2PageSize}, {QStringLiteral("offset"), offset}}}};
        auto body = api.queryV2(query);
        if (!body)
            return body.error();
        auto page = Parser::v2(*body, int(metrics.size()), int(dimensions.size()));
        if (!page)
            return makeError(tr("%1 %2: Plausible's answer could not be read (%3); nothing was stored for this site.")
                                 .arg(key(), site, page.error().message),
                             Error::Kind::Parse);
        all.dimensions.append(page->dimensions);
        all.metrics.append(page->metrics);
        offset += page->metrics.size();
        const bool more = page->totalRows ? offset < *page->totalRows : page->metrics.size() == kV2PageSize;
        if (!more || page->metrics.isEmpty())
            return all;
        context.report(tr("%1 %2: %3 of %4 rows").arg(key(), site).arg(offset).arg(page->totalRows.value_or(0)));
    }
}

Result<Batch> PlausibleStats::collectV2(CollectContext &context, plausible::Api &api, const QString &site,
                                        const QDate &from, bool &noV2)
{
    const QDate today = context.clock.todayUtc();
    const QString day = QStringLiteral("time:day");
    Batch batch;
    context.report(tr("%1 %2: daily totals from %3").arg(key(), site, from.toString(Qt::ISODate)));
    auto totals = queryAll(context, api, site,
                           {QStringLiteral("visitors"), QStringLiteral("pageviews"), QStringLiteral("visit_duration"),
                            QStringLiteral("bounce_rate")},
                           {day}, from, today);
    if (!totals) {
        noV2 = totals.error().httpStatus == 404;
        return totals.error();
    }
    auto dayTotals = Parser::totalsFromV2(*totals);
    if (!dayTotals)
        return makeError(tr("%1 %2: %3; nothing was stored for this site.").arg(key(), site, dayTotals.error().message),
                         Error::Kind::Parse);
    addTotals(batch, site, *dayTotals, from, today, today);

    context.report(tr("%1 %2: pages per day").arg(key(), site));
    auto pages = queryAll(context, api, site,
                          {QStringLiteral("visitors"), QStringLiteral("pageviews"), QStringLiteral("visit_duration")},
                          {day, QStringLiteral("event:page")}, from, today);
    if (!pages)
        return pages.error();
    auto pageRows = Parser::pagesFromV2(*pages);
    if (!pageRows)
        return makeError(tr("%1 %2: %3; nothing was stored for this site.").arg(key(), site, pageRows.error().message),
                         Error::Kind::Parse);
    addPages(batch, site, *pageRows);

    context.report(tr("%1 %2: countries per day").arg(key(), site));
    auto countries = queryAll(context, api, site, {QStringLiteral("visitors")}, {day, QStringLiteral("visit:country")}, from,
                              today);
    if (!countries)
        return countries.error();
    auto countryRows = Parser::countriesFromV2(*countries);
    if (!countryRows)
        return makeError(tr("%1 %2: %3; nothing was stored for this site.").arg(key(), site, countryRows.error().message),
                         Error::Kind::Parse);
    addCountries(batch, site, *countryRows);

    batch.state.append({key(), site, QStringLiteral("last_day"), today.toString(Qt::ISODate)});
    batch.state.append({key(), site, QStringLiteral("api"), QStringLiteral("v2")});
    return batch;
}

Result<Batch> PlausibleStats::collect(CollectContext &context, const QString &site)
{
    const QString where = QStringLiteral("%1 %2").arg(key(), site);
    if (!isValidSite(site))
        return makeError(tr("%1: \"%2\" is not a site domain; write it as in Plausible, e.g. example.com.")
                             .arg(where, site.left(80)),
                         Error::Kind::Config);
    const QDate today = context.clock.todayUtc();
    // --lookback-days sets the window; without it a first run reads a year. Later runs always
    // reach back to three days before the newest stored day, so missed runs leave no hole.
    QDate from = today.addDays(1 - (context.options.lookbackDays > 0 ? context.options.lookbackDays : kFirstRunDays));
    if (const auto last = stateValue(context.db, site, QStringLiteral("last_day"))) {
        const QDate lastDay = std::min(QDate::fromString(*last, Qt::ISODate), today);
        if (lastDay.isValid())
            from = context.options.lookbackDays > 0 ? std::min(from, lastDay.addDays(1 - kRereadDays))
                                                    : lastDay.addDays(1 - kRereadDays);
    }

    plausible::Api api(context.http, m_base, m_key, site, where);
    const auto knownApi = stateValue(context.db, site, QStringLiteral("api"));
    const auto checked = stateValue(context.db, site, QStringLiteral("api_checked"));
    const bool knownV1 = knownApi == QStringLiteral("v1") && checked
                         && QDate::fromString(*checked, Qt::ISODate).daysTo(today) < kV1RecheckDays;
    if (!knownV1) {
        bool noV2 = false;
        auto batch = collectV2(context, api, site, from, noV2);
        if (batch || !noV2)
            return batch;
        context.report(tr("%1: this Plausible server has no v2 API; using v1").arg(where));
    }

    if (!m_v1WindowStart.isValid() && m_v1WindowRequests == 0) {
        const V1Budget loaded = V1Budget::load(context.db);
        m_v1WindowStart = loaded.windowStart;
        m_v1WindowRequests = loaded.used;
    }
    V1Budget budget{m_v1WindowStart, m_v1WindowRequests};
    V1Backfill backfill(context, api, budget, site);
    auto batch = backfill.run(from, today);
    m_v1WindowStart = budget.windowStart;
    m_v1WindowRequests = budget.used;
    if (batch) {
        batch->state.append({key(), site, QStringLiteral("api"), QStringLiteral("v1")});
        batch->state.append({key(), site, QStringLiteral("api_checked"),
                             knownV1 ? *checked : today.toString(Qt::ISODate)});
    }
    return batch;
}

} // namespace insights
