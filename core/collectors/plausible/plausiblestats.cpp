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
    return tr("no sites are tracked; add the site domains in Settings.");
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
                            "and add it in Settings.")
                             .arg(key()),
                         Error::Kind::NoCredential);
    m_key = *token;
    return Ok{};
}

QJsonObject PlausibleStats::v2Query(const QString &site, const QStringList &metrics, const QStringList &dimensions,
                                    const QDate &from, const QDate &to, qint64 offset)
{
    // Every dimension ascending, the day first: rows differ in at least one dimension, so this
    // order is total and an offset never skips or repeats a row (Plausible's default order is
    // [time, first metric desc], whose ties come back in any order).
    QJsonArray orderBy;
    for (const QString &dimension : dimensions)
        orderBy.append(QJsonArray{dimension, QStringLiteral("asc")});
    QJsonObject query{{QStringLiteral("site_id"), site},
                      {QStringLiteral("metrics"), strings(metrics)},
                      {QStringLiteral("date_range"), QJsonArray{from.toString(Qt::ISODate), to.toString(Qt::ISODate)}},
                      {QStringLiteral("dimensions"), strings(dimensions)},
                      {QStringLiteral("include"), QJsonObject{{QStringLiteral("imports"), true},
                                                              {QStringLiteral("total_rows"), true}}},
                      {QStringLiteral("pagination"), QJsonObject{{QStringLiteral("limit"), kV2PageSize},
                                                                 {QStringLiteral("offset"), offset}}}};
    if (!orderBy.isEmpty())
        query.insert(QStringLiteral("order_by"), orderBy);
    return query;
}

Result<V2Page> PlausibleStats::queryAll(CollectContext &context, plausible::Api &api, const QString &site,
                                        const QStringList &metrics, const QStringList &dimensions, const QDate &from,
                                        const QDate &to)
{
    V2Page all;
    for (qint64 offset = 0;;) {
        if (context.isCancelled())
            return makeError(tr("%1 %2: cancelled; nothing of this run was stored.").arg(key(), site), Error::Kind::Cancelled);
        auto body = api.queryV2(v2Query(site, metrics, dimensions, from, to, offset));
        if (!body)
            return body.error();
        auto page = Parser::v2(*body, int(metrics.size()), int(dimensions.size()));
        if (!page)
            return makeError(tr("%1 %2: Plausible's answer could not be read (%3); nothing was stored for this site.")
                                 .arg(key(), site, page.error().message),
                             Error::Kind::Parse);
        all.dimensions.append(page->dimensions);
        all.metrics.append(page->metrics);
        if (page->utcOffsetSeconds)
            all.utcOffsetSeconds = page->utcOffsetSeconds;
        if (!page->importsWarning.isEmpty())
            all.importsWarning = page->importsWarning;
        offset += page->metrics.size();
        const bool more = page->totalRows ? offset < *page->totalRows : page->metrics.size() == kV2PageSize;
        if (!more || page->metrics.isEmpty())
            return all;
        context.report(tr("%1 %2: %3 of %4 rows").arg(key(), site).arg(offset).arg(page->totalRows.value_or(0)));
    }
}

Result<Batch> PlausibleStats::collectV2(CollectContext &context, plausible::Api &api, const QString &site,
                                        const std::function<QDate(const QDate &)> &windowFrom,
                                        std::optional<int> utcOffset, bool &noV2)
{
    const QString day = QStringLiteral("time:day");
    const QDateTime now = context.clock.nowUtc();
    Batch batch;
    context.report(tr("%1 %2: daily totals").arg(key(), site));
    // The site's "today" is its own day. Until an answer has told the site's offset, ask up to
    // tomorrow in UTC (no timezone is further ahead); the answer's echoed range tells the offset,
    // and days after the site's today are never stored.
    const QDate guess = siteDay(now, utcOffset.value_or(0));
    const QDate askTo = utcOffset ? guess : now.date().addDays(1);
    const QDate askFrom = utcOffset ? windowFrom(guess) : windowFrom(now.date().addDays(-1));
    auto totals = queryAll(context, api, site,
                           {QStringLiteral("visitors"), QStringLiteral("pageviews"), QStringLiteral("visit_duration"),
                            QStringLiteral("bounce_rate")},
                           {day}, askFrom, askTo);
    if (!totals) {
        noV2 = totals.error().httpStatus == 404;
        return totals.error();
    }
    if (totals->utcOffsetSeconds)
        utcOffset = totals->utcOffsetSeconds;
    const QDate today = siteDay(now, utcOffset.value_or(0));
    const QDate from = std::max(windowFrom(today), askFrom);
    auto dayTotals = Parser::totalsFromV2(*totals);
    if (!dayTotals)
        return makeError(tr("%1 %2: %3; nothing was stored for this site.").arg(key(), site, dayTotals.error().message),
                         Error::Kind::Parse);
    addTotals(batch, site, *dayTotals, from, today, today);
    QStringList warnings;
    if (!totals->importsWarning.isEmpty())
        warnings << totals->importsWarning;

    context.report(tr("%1 %2: pages per day").arg(key(), site));
    auto pages = queryAll(context, api, site, {QStringLiteral("visitors"), QStringLiteral("pageviews")},
                          {day, QStringLiteral("event:page")}, from, today);
    if (!pages)
        return pages.error();
    auto pageRows = Parser::pagesFromV2(*pages);
    if (!pageRows)
        return makeError(tr("%1 %2: %3; nothing was stored for this site.").arg(key(), site, pageRows.error().message),
                         Error::Kind::Parse);

    context.report(tr("%1 %2: entry pages per day").arg(key(), site));
    auto entries = queryAll(context, api, site, {QStringLiteral("visits"), QStringLiteral("visit_duration")},
                            {day, QStringLiteral("visit:entry_page")}, from, today);
    if (!entries)
        return entries.error();
    auto entryRows = Parser::entriesFromV2(*entries);
    if (!entryRows)
        return makeError(tr("%1 %2: %3; nothing was stored for this site.").arg(key(), site, entryRows.error().message),
                         Error::Kind::Parse);
    mergeEntries(pageRows.value(), *entryRows);
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
    for (const V2Page *answer : {&*pages, &*entries, &*countries})
        if (!answer->importsWarning.isEmpty() && !warnings.contains(answer->importsWarning))
            warnings << answer->importsWarning;
    for (const QString &warning : std::as_const(warnings))
        batch.notes.append(tr("%1 %2: Plausible left imported data out: \"%3\"").arg(key(), site, warning));

    batch.state.append({key(), site, QStringLiteral("last_day"), today.toString(Qt::ISODate)});
    batch.state.append({key(), site, QStringLiteral("api"), QStringLiteral("v2")});
    if (utcOffset)
        batch.state.append({key(), site, QStringLiteral("utc_offset"), QString::number(*utcOffset)});
    return batch;
}

Result<Batch> PlausibleStats::collect(CollectContext &context, const QString &site)
{
    const QString where = QStringLiteral("%1 %2").arg(key(), site);
    if (!isValidSite(site))
        return makeError(tr("%1: \"%2\" is not a site domain; write it as in Plausible, e.g. example.com.")
                             .arg(where, site.left(80)),
                         Error::Kind::Config);
    // The site's day, by the offset the last answer told (UTC until one has).
    std::optional<int> utcOffset;
    if (const auto stored = stateValue(context.db, site, QStringLiteral("utc_offset"))) {
        bool ok = false;
        const int seconds = stored->toInt(&ok);
        if (ok && qAbs(seconds) <= 14 * 3600)
            utcOffset = seconds;
    }
    const QDate today = siteDay(context.clock.nowUtc(), utcOffset.value_or(0));
    // --lookback-days sets the window; without it a first run reads a year. Later runs always
    // reach back to three days before the newest stored day, so missed runs leave no hole. The
    // window hangs on the site's today, which a v2 answer may correct.
    QDate lastDay;
    if (const auto last = stateValue(context.db, site, QStringLiteral("last_day")))
        lastDay = QDate::fromString(*last, Qt::ISODate);
    const int lookback = context.options.lookbackDays;
    const auto windowFrom = [lastDay, lookback](const QDate &siteToday) {
        QDate from = siteToday.addDays(1 - (lookback > 0 ? lookback : kFirstRunDays));
        if (lastDay.isValid()) {
            const QDate reread = std::min(lastDay, siteToday).addDays(1 - kRereadDays);
            from = lookback > 0 ? std::min(from, reread) : reread;
        }
        return from;
    };
    const QDate from = windowFrom(today);

    plausible::Api api(context.http, context.clock, m_base, m_key, site, where);
    const auto knownApi = stateValue(context.db, site, QStringLiteral("api"));
    const auto checked = stateValue(context.db, site, QStringLiteral("api_checked"));
    const bool knownV1 = knownApi == QStringLiteral("v1") && checked
                         && QDate::fromString(*checked, Qt::ISODate).daysTo(today) < kV1RecheckDays;
    if (!knownV1) {
        bool noV2 = false;
        auto batch = collectV2(context, api, site, windowFrom, utcOffset, noV2);
        if (batch || !noV2)
            return batch;
        context.report(tr("%1: this Plausible server has no v2 API; using v1").arg(where));
    }

    if (!m_v1Budget)
        m_v1Budget = V1Budget::load(context.db);
    V1Backfill backfill(context, api, *m_v1Budget, site);
    auto batch = backfill.run(from, today);
    if (batch) {
        batch->state.append({key(), site, QStringLiteral("api"), QStringLiteral("v1")});
        batch->state.append({key(), site, QStringLiteral("api_checked"),
                             knownV1 ? *checked : today.toString(Qt::ISODate)});
    }
    return batch;
}

} // namespace insights
