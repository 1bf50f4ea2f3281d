#include "plausiblefigures.h"

#include "util/jsonutil.h"

#include <QHash>

namespace insights::plausible {

namespace {

Error malformed(const QString &what)
{
    return makeError(QCoreApplication::translate("PlausibleParser", "unexpected answer: %1").arg(what), Error::Kind::Parse);
}

std::optional<QDate> dayOf(const QJsonValue &value)
{
    // v2 gives "2024-09-04"; a time:day dimension may carry a time part on some versions.
    const QString text = value.toString().left(10);
    const QDate d = QDate::fromString(text, Qt::ISODate);
    return d.isValid() ? std::optional(d) : std::nullopt;
}

// A count must be a non-negative number; null is refused here (counts are never unknown).
std::optional<double> count(const QJsonValue &value)
{
    const auto n = json::number(value);
    return n && *n >= 0 ? n : std::nullopt;
}

// A rate or duration: null stays unknown; a number must be sane.
Result<std::optional<double>> optionalFigure(const QJsonValue &value, const QString &what)
{
    if (value.isNull() || value.isUndefined())
        return std::optional<double>();
    const auto n = json::number(value);
    if (!n || *n < 0)
        return malformed(QStringLiteral("%1 is not a number").arg(what));
    return std::optional<double>(*n);
}

QJsonArray resultsArray(const QJsonDocument &doc, bool &ok)
{
    ok = doc.isObject() && doc.object().value(QLatin1String("results")).isArray();
    return doc.object().value(QLatin1String("results")).toArray();
}

} // namespace

Result<V2Page> Parser::v2(const QByteArray &body, int metricCount, int dimensionCount)
{
    auto doc = json::parse(body);
    if (!doc)
        return doc.error();
    bool ok = false;
    const QJsonArray results = resultsArray(*doc, ok);
    if (!ok)
        return malformed(tr("no \"results\" list"));
    V2Page page;
    for (const QJsonValue &row : results) {
        const QJsonArray metrics = row.toObject().value(QLatin1String("metrics")).toArray();
        const QJsonArray dimensions = row.toObject().value(QLatin1String("dimensions")).toArray();
        if (metrics.size() != metricCount || dimensions.size() != dimensionCount)
            return malformed(tr("a row with %1 metrics and %2 dimensions, %3 and %4 asked for")
                                 .arg(metrics.size())
                                 .arg(dimensions.size())
                                 .arg(metricCount)
                                 .arg(dimensionCount));
        page.metrics.append(metrics);
        page.dimensions.append(dimensions);
    }
    const QJsonObject meta = doc->object().value(QLatin1String("meta")).toObject();
    const QJsonValue total = meta.value(QLatin1String("total_rows"));
    if (!total.isUndefined() && !total.isNull()) {
        const auto n = json::integer(total);
        if (!n || *n < 0)
            return malformed(tr("total_rows is not a count"));
        page.totalRows = *n;
    }
    page.importsWarning = meta.value(QLatin1String("imports_warning")).toString().simplified().left(300);
    // The range's last bound as the site's clock reads it, e.g. "2026-05-20T23:59:59+02:00".
    const QJsonArray range = doc->object().value(QLatin1String("query")).toObject().value(QLatin1String("date_range")).toArray();
    const QDateTime last = QDateTime::fromString(range.last().toString(), Qt::ISODate);
    if (range.size() == 2 && last.isValid() && last.timeSpec() != Qt::LocalTime && qAbs(last.offsetFromUtc()) <= 14 * 3600)
        page.utcOffsetSeconds = last.offsetFromUtc();
    return page;
}

Result<QList<DayTotals>> Parser::totalsFromV2(const V2Page &page)
{
    QList<DayTotals> out;
    for (qsizetype i = 0; i < page.metrics.size(); ++i) {
        const auto day = dayOf(page.dimensions[i].at(0));
        const auto visitors = count(page.metrics[i].at(0));
        const auto pageviews = count(page.metrics[i].at(1));
        if (!day || !visitors || !pageviews)
            return malformed(tr("a day without a date, visitors or pageviews"));
        auto duration = optionalFigure(page.metrics[i].at(2), QStringLiteral("visit_duration"));
        auto bounce = optionalFigure(page.metrics[i].at(3), QStringLiteral("bounce_rate"));
        if (!duration)
            return duration.error();
        if (!bounce)
            return bounce.error();
        out.append({*day, *visitors, *pageviews, *duration, *bounce});
    }
    return out;
}

Result<QList<PageDay>> Parser::pagesFromV2(const V2Page &page)
{
    QList<PageDay> out;
    for (qsizetype i = 0; i < page.metrics.size(); ++i) {
        const auto day = dayOf(page.dimensions[i].at(0));
        const QJsonValue path = page.dimensions[i].at(1);
        const auto visitors = count(page.metrics[i].at(0));
        const auto pageviews = count(page.metrics[i].at(1));
        if (!day || !path.isString() || !visitors || !pageviews)
            return malformed(tr("a page row without date, page, visitors or pageviews"));
        out.append({*day, path.toString(), *visitors, *pageviews, std::nullopt, std::nullopt});
    }
    return out;
}

Result<QList<EntryDay>> Parser::entriesFromV2(const V2Page &page)
{
    QList<EntryDay> out;
    for (qsizetype i = 0; i < page.metrics.size(); ++i) {
        const auto day = dayOf(page.dimensions[i].at(0));
        const QJsonValue path = page.dimensions[i].at(1);
        const auto visits = count(page.metrics[i].at(0));
        auto duration = optionalFigure(page.metrics[i].at(1), QStringLiteral("visit_duration"));
        if (!day || !path.isString() || !visits || !duration)
            return malformed(tr("an entry page row without date, page, visits or duration"));
        out.append({*day, path.toString(), *visits, *duration});
    }
    return out;
}

Result<QList<CountryDay>> Parser::countriesFromV2(const V2Page &page)
{
    QList<CountryDay> out;
    for (qsizetype i = 0; i < page.metrics.size(); ++i) {
        const auto day = dayOf(page.dimensions[i].at(0));
        const QJsonValue country = page.dimensions[i].at(1);
        const auto visitors = count(page.metrics[i].at(0));
        if (!day || !country.isString() || !visitors)
            return malformed(tr("a country row without date, country or visitors"));
        out.append({*day, country.toString(), *visitors});
    }
    return out;
}

Result<QList<DayTotals>> Parser::v1Timeseries(const QByteArray &body)
{
    auto doc = json::parse(body);
    if (!doc)
        return doc.error();
    bool ok = false;
    const QJsonArray results = resultsArray(*doc, ok);
    if (!ok)
        return malformed(tr("no \"results\" list"));
    QList<DayTotals> out;
    for (const QJsonValue &value : results) {
        const QJsonObject o = value.toObject();
        const auto day = dayOf(o.value(QLatin1String("date")));
        const auto visitors = count(o.value(QLatin1String("visitors")));
        const auto pageviews = count(o.value(QLatin1String("pageviews")));
        if (!day || !visitors || !pageviews)
            return malformed(tr("a day without a date, visitors or pageviews"));
        auto duration = optionalFigure(o.value(QLatin1String("visit_duration")), QStringLiteral("visit_duration"));
        auto bounce = optionalFigure(o.value(QLatin1String("bounce_rate")), QStringLiteral("bounce_rate"));
        if (!duration)
            return duration.error();
        if (!bounce)
            return bounce.error();
        out.append({*day, *visitors, *pageviews, *duration, *bounce});
    }
    return out;
}

Result<QJsonArray> Parser::v1Breakdown(const QByteArray &body)
{
    auto doc = json::parse(body);
    if (!doc)
        return doc.error();
    bool ok = false;
    const QJsonArray results = resultsArray(*doc, ok);
    if (!ok)
        return malformed(tr("no \"results\" list"));
    return results;
}

Result<QList<PageDay>> Parser::pagesFromV1(const QJsonArray &rows, const QDate &day)
{
    QList<PageDay> out;
    for (const QJsonValue &value : rows) {
        const QJsonObject o = value.toObject();
        const QJsonValue path = o.value(QLatin1String("page"));
        const auto visitors = count(o.value(QLatin1String("visitors")));
        const auto pageviews = count(o.value(QLatin1String("pageviews")));
        auto duration = optionalFigure(o.value(QLatin1String("visit_duration")), QStringLiteral("visit_duration"));
        if (!path.isString() || !visitors || !pageviews || !duration)
            return malformed(tr("a page row without page, visitors, pageviews or duration"));
        // v1 answers the entry-visit duration too, but not how many visits began here: a page
        // nobody entered on reads 0 like visits that lasted 0 s, so 0 is stored as unknown.
        std::optional<double> entryDuration = *duration;
        if (entryDuration && *entryDuration <= 0)
            entryDuration.reset();
        out.append({day, path.toString(), *visitors, *pageviews, std::nullopt, entryDuration});
    }
    return out;
}

Result<QList<CountryDay>> Parser::countriesFromV1(const QJsonArray &rows, const QDate &day)
{
    QList<CountryDay> out;
    for (const QJsonValue &value : rows) {
        const QJsonObject o = value.toObject();
        const QJsonValue country = o.value(QLatin1String("country"));
        const auto visitors = count(o.value(QLatin1String("visitors")));
        if (!country.isString() || !visitors)
            return malformed(tr("a country row without country or visitors"));
        out.append({day, country.toString(), *visitors});
    }
    return out;
}

void mergeEntries(QList<PageDay> &pages, const QList<EntryDay> &entries)
{
    QHash<QPair<QDate, QString>, const EntryDay *> byPage;
    for (const EntryDay &e : entries)
        byPage.insert({e.day, e.page}, &e);
    for (PageDay &p : pages) {
        const EntryDay *e = byPage.value({p.day, p.page});
        p.entries = e ? e->visits : 0.0;
        p.entryDuration = e && e->visits > 0 ? e->duration : std::nullopt;
    }
}

QDate siteDay(const QDateTime &now, int utcOffsetSeconds)
{
    return now.toUTC().addSecs(utcOffsetSeconds).date();
}

void addTotals(Batch &batch, const QString &site, const QList<DayTotals> &totals, const QDate &from, const QDate &to,
               const QDate &today)
{
    QHash<QDate, DayTotals> byDay;
    for (const DayTotals &t : totals)
        if (t.day >= from && t.day <= to)
            byDay.insert(t.day, t);
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        const DayTotals t = byDay.value(d, DayTotals{d, 0, 0, std::nullopt, std::nullopt});
        const bool visited = t.visitors > 0;
        MetricRow visitors = MetricRow::make("visitors", site, d, Period::Daily, t.visitors);
        MetricRow pageviews = MetricRow::make("pageviews", site, d, Period::Daily, t.pageviews);
        MetricRow duration = MetricRow::make("avg_duration", site, d, Period::Daily, 0);
        MetricRow bounce = MetricRow::make("bounce_rate", site, d, Period::Daily, 0);
        // Newer Plausible versions say 0 where older ones say null; with no visitor, both mean "unknown".
        duration.value = visited ? t.duration : std::nullopt;
        bounce.value = visited ? t.bounceRate : std::nullopt;
        for (MetricRow *row : {&visitors, &pageviews, &duration, &bounce}) {
            if (d >= today)
                row->metadata = QJsonObject{{QStringLiteral("partial"), true}};
            batch.rows.append(std::move(*row));
        }
    }
}

void addPages(Batch &batch, const QString &site, const QList<PageDay> &pages)
{
    for (const PageDay &p : pages) {
        MetricRow row = MetricRow::make("top_pages", site, p.day, Period::Daily, p.visitors, p.page);
        row.metadata = {{QStringLiteral("visitors"), p.visitors},
                        {QStringLiteral("pageviews"), p.pageviews},
                        {QStringLiteral("entries"), p.entries ? QJsonValue(*p.entries) : QJsonValue()},
                        {QStringLiteral("entry_visit_duration"), p.entryDuration ? QJsonValue(*p.entryDuration) : QJsonValue()}};
        batch.rows.append(std::move(row));
    }
}

void addCountries(Batch &batch, const QString &site, const QList<CountryDay> &countries)
{
    for (const CountryDay &c : countries) {
        MetricRow row = MetricRow::make("top_countries", site, c.day, Period::Daily, c.visitors, c.country);
        row.metadata = {{QStringLiteral("visitors"), c.visitors}};
        batch.rows.append(std::move(row));
    }
}

} // namespace insights::plausible
