#include "plausibletestserver.h"

#include "plausiblequeryrules.h"
#include "util/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <algorithm>
#include <cmath>

namespace insights::test {

namespace {

// 166 ISO 3166-1 alpha-2 codes: enough for the large fixtures' 150 countries a day.
const QStringList &countryCodes()
{
    static const QStringList codes = QStringLiteral(
        "US DE GB FR IN CN JP BR CA AU NL SE CH ES IT PL RU KR TW SG FI NO DK AT BE IE PT CZ HU RO UA TR IL AR MX CL CO "
        "PE ZA NG EG KE MA TN VN TH MY ID PH NZ PK BD LK NP IR IQ SA AE QA KW BH OM JO LB SY GR BG RS HR SI SK LT LV EE BY "
        "MD GE AM AZ KZ UZ KG TJ TM MN HK MO BN KH LA MM IS LU MT CY AL MK BA ME SL AD MC SM LI VA GL FO GI IM JE GG AX "
        "BO EC VE UY PY CR PA GT HN SV NI CU DO HT JM TT BS BB BZ GY SR PR DZ LY SD ET UG TZ RW GH CI SN CM AO MZ ZM ZW BW "
        "NA MW MG MU SC RE YT KM DJ SO ER BI CD CG GA GQ").split(u' ', Qt::SkipEmptyParts);
    return codes;
}

// A deterministic number from (site, day, salt): the same figures whatever the request order.
quint32 mix(const QString &site, const QDate &day, quint32 salt)
{
    quint32 h = quint32(qHash(site)) ^ (quint32(day.toJulianDay()) * 2654435761u) ^ (salt * 40503u);
    h ^= h >> 15;
    h *= 2246822519u;
    h ^= h >> 13;
    return h;
}

QJsonValue optionalNumber(const std::optional<double> &value, bool zeroForNull)
{
    if (value)
        return *value;
    return zeroForNull ? QJsonValue(0) : QJsonValue();
}

// v1's period=custom&date=FROM,TO; nullopt when the query does not say that.
std::optional<std::pair<QDate, QDate>> customRange(const TestRequest &request)
{
    const QStringList range = request.query.queryItemValue(QStringLiteral("date"), QUrl::FullyDecoded).split(u',');
    const QDate from = QDate::fromString(range.value(0), Qt::ISODate);
    const QDate to = QDate::fromString(range.value(1), Qt::ISODate);
    if (request.query.queryItemValue(QStringLiteral("period")) != QLatin1String("custom") || !from.isValid()
        || !to.isValid() || from > to)
        return std::nullopt;
    return std::pair{from, to};
}

TestResponse error(int status, const QString &message)
{
    return TestResponse::json(QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact),
                              status);
}

// Plausible does not tell a bad key from a site the key may not read.
TestResponse unknownSite()
{
    return error(401, QStringLiteral("Invalid API key or site ID: the key must have access to the requested site."));
}

// Plausible's hourly windows: whole hours since the epoch.
qint64 hourWindow(const QDateTime &now)
{
    return now.toMSecsSinceEpoch() / 3'600'000;
}

QString offsetTime(const QDate &day, const QTime &time, int offset)
{
    return QDateTime(day, time, Qt::OffsetFromUTC, offset).toString(Qt::ISODate);
}

} // namespace


struct PlausibleTestServer::Row {
    QJsonArray dimensions;
    QHash<QString, double> values;      // every metric this server generates
    QHash<QString, bool> unknown;       // metrics that are null for this row (no visits)
};

PlausibleTestServer::PlausibleTestServer(const Clock *clock, QObject *parent) : QObject(parent), m_clock(clock)
{
    m_http.setHandler([this](const TestRequest &r) { return handle(r); });
}

void PlausibleTestServer::addSite(const QString &site, int pagesPerDay, int countriesPerDay)
{
    Site &s = m_sites[site];
    s.pagesPerDay = pagesPerDay;
    s.countriesPerDay = std::min<int>(countriesPerDay, int(countryCodes().size()));
}

void PlausibleTestServer::setUtcOffset(const QString &site, int seconds)
{
    m_sites[site].utcOffset = seconds;
}

void PlausibleTestServer::setImportedUntil(const QString &site, const QDate &lastImportedDay)
{
    m_sites[site].importedUntil = lastImportedDay;
}

QDate PlausibleTestServer::siteToday(const QString &site) const
{
    const QDateTime now = m_clock ? m_clock->nowUtc() : QDateTime::currentDateTimeUtc();
    return now.toUTC().addSecs(m_sites.value(site).utcOffset).date();
}

bool PlausibleTestServer::visible(const QString &site, const QDate &day, bool withImports) const
{
    const Site s = m_sites.value(site);
    if (day > siteToday(site))
        return false;
    return withImports || !s.importedUntil.isValid() || day > s.importedUntil;
}

PlausibleTestServer::DayTotals PlausibleTestServer::totals(const QString &site, const QDate &day) const
{
    if (!visible(site, day, true) || mix(site, day, 1) % 9 == 0)
        return {}; // a day without visits (or not yet begun)
    DayTotals t;
    t.visitors = 5 + int(mix(site, day, 2) % 496);
    t.pageviews = t.visitors + int(mix(site, day, 3) % 700);
    t.visitDuration = double(mix(site, day, 4) % 600);
    t.bounceRate = double(mix(site, day, 5) % 101);
    return t;
}

QList<PlausibleTestServer::PageDay> PlausibleTestServer::pages(const QString &site, const QDate &day) const
{
    QList<PageDay> out;
    if (totals(site, day).visitors == 0)
        return out;
    const int n = m_sites.value(site).pagesPerDay;
    const int shift = int(mix(site, day, 6) % 7); // the set moves a little from day to day
    for (int i = 0; i < n; ++i) {
        QString page;
        const int k = i + shift;
        if (i == 0)
            page = QStringLiteral("/");
        else if (i <= m_specialPages.size())
            page = m_specialPages.at(i - 1);
        else
            page = k % 2 ? QStringLiteral("/docs/%1").arg(k) : QStringLiteral("/blog/post-%1").arg(k);
        PageDay p;
        p.page = page;
        p.visitors = 1 + int(mix(site, day, 100 + quint32(k)) % 200);
        p.pageviews = p.visitors + int(mix(site, day, 300 + quint32(k)) % 50);
        // Visits begin on the front page and on about one page in four; most pages are read
        // only by visitors who came in elsewhere.
        if (i == 0 || mix(site, day, 900 + quint32(k)) % 4 == 0) {
            p.entries = 1 + int(mix(site, day, 1100 + quint32(k)) % quint32(p.visitors));
            p.entryDuration = double(mix(site, day, 500 + quint32(k)) % 900);
        }
        out.append(p);
    }
    return out;
}

QList<PlausibleTestServer::CountryDay> PlausibleTestServer::countries(const QString &site, const QDate &day) const
{
    QList<CountryDay> out;
    if (totals(site, day).visitors == 0)
        return out;
    const int n = m_sites.value(site).countriesPerDay;
    const int shift = int(mix(site, day, 7) % 10);
    for (int i = 0; i < n; ++i) {
        const int k = (i + shift) % int(countryCodes().size());
        out.append({countryCodes().at(k), 1 + int(mix(site, day, 700 + quint32(k)) % 150)});
    }
    return out;
}

QList<QJsonObject> PlausibleTestServer::v2Bodies() const
{
    QList<QJsonObject> out;
    for (const TestRequest &r : m_http.requests())
        if (r.path.endsWith(QLatin1String("/api/v2/query")))
            out.append(QJsonDocument::fromJson(r.body).object());
    return out;
}

TestResponse PlausibleTestServer::handle(const TestRequest &request)
{
    QString path = request.path;
    if (!m_prefix.isEmpty()) {
        if (!path.startsWith(m_prefix))
            return error(404, QStringLiteral("Not found"));
        path = path.mid(m_prefix.size());
    }
    const bool v2 = path == QLatin1String("/api/v2/query");
    const bool v1 = path.startsWith(QLatin1String("/api/v1/stats/"));
    if (!v2 && !v1)
        return error(404, QStringLiteral("Not found"));
    if (v2 && m_v1Only) {
        TestResponse r;
        r.status = 404;
        r.body = "<html><body>404 Not Found</body></html>";
        r.headers.append(QPair<QByteArray, QByteArray>("Content-Type", "text/html"));
        return r;
    }

    // Plausible's order: the key (a refusal here is not counted), the hourly limit, the site.
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer "))
        return error(401, QStringLiteral("Missing API key: send a Plausible API key as a Bearer token."));
    if (authorization.mid(7).trimmed() != m_key.toUtf8())
        return unknownSite();
    if (m_hourlyLimit > 0 && m_clock) {
        const qint64 window = hourWindow(m_clock->nowUtc());
        if (window != m_window) {
            m_window = window;
            m_windowCount = 0;
        }
        if (++m_windowCount > m_hourlyLimit) { // refused requests count too
            ++m_rateLimited;
            return error(429, QStringLiteral("Too many API requests: this key may make %1 requests per hour.").arg(m_hourlyLimit));
        }
    }
    QJsonParseError parseError{};
    const QJsonDocument json = v2 ? QJsonDocument::fromJson(request.body, &parseError) : QJsonDocument();
    const QString site = v2 ? json.object().value(QLatin1String("site_id")).toString()
                            : request.query.queryItemValue(QStringLiteral("site_id"), QUrl::FullyDecoded);
    if (site.isEmpty())
        return error(400, QStringLiteral("Missing site ID: the site_id parameter is required."));
    if (!m_sites.contains(site))
        return unknownSite();
    if (m_paymentRequired)
        return error(402, QStringLiteral("The account that owns this API key has no access to the Stats API."));
    if (v2)
        return queryV2(request);
    if (path.endsWith(QLatin1String("/timeseries")))
        return timeseriesV1(request);
    if (path.endsWith(QLatin1String("/aggregate"))) {
        const QDate today = siteToday(site);
        return TestResponse::json(QJsonDocument(QJsonObject{{QStringLiteral("results"),
                                                             QJsonObject{{QStringLiteral("visitors"),
                                                                          QJsonObject{{QStringLiteral("value"), totals(site, today).visitors}}}}}})
                                      .toJson(QJsonDocument::Compact));
    }
    if (path.endsWith(QLatin1String("/breakdown")))
        return breakdownV1(request);
    return error(404, QStringLiteral("Not found"));
}

QList<PlausibleTestServer::Row> PlausibleTestServer::rowsFor(const QString &site, const QStringList &dimensions,
                                                             const QDate &from, const QDate &to, bool withImports) const
{
    const bool byDay = dimensions.contains(QLatin1String("time:day"));
    const QString other = dimensions.value(byDay && dimensions.first() == QLatin1String("time:day") ? 1 : 0);
    const QString breakdown = other == QLatin1String("time:day") ? QString() : other;
    // Rows keyed by their dimension values; a range without time:day sums its days.
    QList<Row> rows;
    QHash<QString, qsizetype> index;
    const auto rowFor = [&](const QDate &day, const QString &value) -> Row & {
        QJsonArray dims;
        for (const QString &d : dimensions)
            dims.append(d == QLatin1String("time:day") ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue(value));
        const QString key = QJsonDocument(dims).toJson(QJsonDocument::Compact);
        if (!index.contains(key)) {
            index.insert(key, rows.size());
            rows.append(Row{dims, {}, {}});
        }
        return rows[index.value(key)];
    };
    // Durations are averages: kept as sums weighted by visits, divided at the end.
    const auto add = [](Row &r, const QString &metric, double value) { r.values[metric] += value; };
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (!visible(site, d, withImports))
            continue;
        const DayTotals t = totals(site, d);
        if (t.visitors == 0)
            continue; // v2 leaves days without visits out
        if (breakdown.isEmpty()) {
            Row &r = rowFor(d, {});
            add(r, QStringLiteral("visitors"), t.visitors);
            add(r, QStringLiteral("visits"), t.visitors);
            add(r, QStringLiteral("pageviews"), t.pageviews);
            add(r, QStringLiteral("events"), t.pageviews);
            add(r, QStringLiteral("visit_duration_sum"), *t.visitDuration * t.visitors);
            add(r, QStringLiteral("bounce_rate_sum"), *t.bounceRate * t.visitors);
            add(r, QStringLiteral("weight"), t.visitors);
        } else if (breakdown == QLatin1String("event:page")) {
            for (const PageDay &p : pages(site, d)) {
                Row &r = rowFor(d, p.page);
                add(r, QStringLiteral("visitors"), p.visitors);
                add(r, QStringLiteral("visits"), p.visitors);
                add(r, QStringLiteral("pageviews"), p.pageviews);
                add(r, QStringLiteral("events"), p.pageviews);
                // Session metrics come from the visits that entered here; none: 0, not null.
                add(r, QStringLiteral("visit_duration_sum"), p.entryDuration * p.entries);
                add(r, QStringLiteral("bounce_rate_sum"), double(p.entries % 101) * p.entries);
                add(r, QStringLiteral("weight"), p.entries);
            }
        } else if (breakdown == QLatin1String("visit:entry_page")) {
            for (const PageDay &p : pages(site, d)) {
                if (p.entries == 0)
                    continue;
                Row &r = rowFor(d, p.page);
                add(r, QStringLiteral("visitors"), p.entries);
                add(r, QStringLiteral("visits"), p.entries);
                add(r, QStringLiteral("visit_duration_sum"), p.entryDuration * p.entries);
                add(r, QStringLiteral("bounce_rate_sum"), double(p.entries % 101) * p.entries);
                add(r, QStringLiteral("weight"), p.entries);
            }
        } else {
            for (const CountryDay &c : countries(site, d)) {
                Row &r = rowFor(d, c.country);
                add(r, QStringLiteral("visitors"), c.visitors);
                add(r, QStringLiteral("visits"), c.visitors);
                add(r, QStringLiteral("pageviews"), c.visitors);
                add(r, QStringLiteral("events"), c.visitors);
                add(r, QStringLiteral("visit_duration_sum"), 60.0 * c.visitors);
                add(r, QStringLiteral("bounce_rate_sum"), 50.0 * c.visitors);
                add(r, QStringLiteral("weight"), c.visitors);
            }
        }
    }
    for (Row &r : rows) {
        const double weight = r.values.value(QStringLiteral("weight"));
        r.values[QStringLiteral("visit_duration")] = weight > 0 ? std::round(r.values.value(QStringLiteral("visit_duration_sum")) / weight) : 0;
        r.values[QStringLiteral("bounce_rate")] = weight > 0 ? std::round(r.values.value(QStringLiteral("bounce_rate_sum")) / weight) : 0;
        const double visits = r.values.value(QStringLiteral("visits"));
        r.values[QStringLiteral("views_per_visit")] = visits > 0 ? r.values.value(QStringLiteral("pageviews")) / visits : 0;
    }
    if (rows.isEmpty() && dimensions.isEmpty()) // an aggregate answers one row even without visits
        rows.append(Row{QJsonArray{}, {{QStringLiteral("visitors"), 0}}, {{QStringLiteral("visit_duration"), true},
                                                                         {QStringLiteral("bounce_rate"), true}}});
    return rows;
}

TestResponse PlausibleTestServer::queryV2(const TestRequest &request)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (const QString why = plausiblerules::refusal(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue()); !why.isEmpty()) {
        m_refusals.append(why);
        return error(400, why);
    }
    const QJsonObject q = doc.object();
    const QString site = q.value(QLatin1String("site_id")).toString();
    const Site s = m_sites.value(site);
    QStringList metrics, dims;
    for (const QJsonValue &m : q.value(QLatin1String("metrics")).toArray())
        metrics.append(m.toString());
    for (const QJsonValue &d : q.value(QLatin1String("dimensions")).toArray())
        dims.append(d.toString());
    static const QStringList generated{"visitors", "visits", "pageviews", "events", "visit_duration", "bounce_rate",
                                       "views_per_visit"};
    for (const QString &m : std::as_const(metrics))
        if (!generated.contains(m))
            return error(501, QStringLiteral("this test server does not generate the metric %1").arg(m));
    QStringList others;
    for (const QString &d : std::as_const(dims))
        if (d != QLatin1String("time:day"))
            others.append(d);
    if (others.size() > 1
        || (others.size() == 1
            && !QStringList{"event:page", "visit:entry_page", "visit:country"}.contains(others.first()))
        || std::any_of(dims.begin(), dims.end(), [](const QString &d) { return d.startsWith(QLatin1String("time")) && d != QLatin1String("time:day"); }))
        return error(501, QStringLiteral("this test server does not generate the dimensions %1").arg(dims.join(u',')));

    // The range, in the site's days.
    const QDate today = siteToday(site);
    QDate from, to;
    const QJsonValue range = q.value(QLatin1String("date_range"));
    if (range.isArray()) {
        const QString a = range.toArray().at(0).toString(), b = range.toArray().at(1).toString();
        if (a.size() == 10) {
            from = QDate::fromString(a, Qt::ISODate);
            to = QDate::fromString(b, Qt::ISODate);
        } else {
            from = QDateTime::fromString(a, Qt::ISODate).toUTC().addSecs(s.utcOffset).date();
            to = QDateTime::fromString(b, Qt::ISODate).toUTC().addSecs(s.utcOffset).date();
        }
    } else {
        const QString shorthand = range.toString();
        if (shorthand == QLatin1String("day")) {
            from = to = today;
        } else if (shorthand == QLatin1String("7d") || shorthand == QLatin1String("30d")) {
            from = today.addDays(-shorthand.chopped(1).toInt());
            to = today.addDays(-1); // since Plausible 3.0 the last N days end yesterday
        } else if (shorthand == QLatin1String("month")) {
            from = QDate(today.year(), today.month(), 1);
            to = from.addMonths(1).addDays(-1);
        } else if (shorthand == QLatin1String("year")) {
            from = QDate(today.year(), 1, 1);
            to = QDate(today.year(), 12, 31);
        } else {
            from = QDate(today.year(), today.month(), 1).addMonths(shorthand == QLatin1String("6mo") ? -6 : -12);
            to = QDate(today.year(), today.month(), 1).addDays(-1);
            if (shorthand == QLatin1String("all"))
                to = today;
        }
    }

    const QJsonObject include = q.value(QLatin1String("include")).toObject();
    const bool withImports = include.value(QLatin1String("imports")).toBool();
    QList<Row> rows = rowsFor(site, dims, from, to, withImports);

    // The order: as asked, else Plausible's default, whose ties any database may return in any
    // order — here one that changes with the offset, as it may between two requests.
    QList<QPair<QString, bool>> order; // name, descending
    if (q.contains(QLatin1String("order_by"))) {
        for (const QJsonValue &entry : q.value(QLatin1String("order_by")).toArray())
            order.append({entry.toArray().at(0).toString(), entry.toArray().at(1).toString() == QLatin1String("desc")});
    } else {
        if (dims.contains(QLatin1String("time:day")))
            order.append({QStringLiteral("time:day"), false});
        order.append({metrics.first(), true});
    }
    const QJsonObject pagination = q.value(QLatin1String("pagination")).toObject();
    const qsizetype limit = pagination.value(QLatin1String("limit")).toInt(10'000);
    const qsizetype offset = pagination.value(QLatin1String("offset")).toInt(0);
    const auto tieBreak = [offset](const Row &r) {
        return qHash(QJsonDocument(r.dimensions).toJson(QJsonDocument::Compact), size_t(offset) * 2654435761u + 17);
    };
    std::sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        for (const auto &[name, descending] : order) {
            const qsizetype d = dims.indexOf(name);
            if (d >= 0) {
                const QString x = a.dimensions.at(d).toString(), y = b.dimensions.at(d).toString();
                if (x != y)
                    return descending ? x > y : x < y;
            } else {
                const double x = a.values.value(name), y = b.values.value(name);
                if (x != y)
                    return descending ? x > y : x < y;
            }
        }
        return tieBreak(a) < tieBreak(b);
    });

    QJsonArray results;
    for (qsizetype i = offset; i < std::min<qsizetype>(rows.size(), offset + limit); ++i) {
        QJsonArray m;
        for (const QString &metric : std::as_const(metrics)) {
            if (rows[i].unknown.value(metric))
                m.append(m_zeroForNull ? QJsonValue(0) : QJsonValue());
            else if (metric == QLatin1String("views_per_visit"))
                m.append(rows[i].values.value(metric));
            else
                m.append(qint64(rows[i].values.value(metric)));
        }
        results.append(QJsonObject{{QStringLiteral("metrics"), m}, {QStringLiteral("dimensions"), rows[i].dimensions}});
    }
    QJsonObject meta;
    if (include.value(QLatin1String("total_rows")).toBool())
        meta.insert(QStringLiteral("total_rows"), rows.size());
    if (withImports)
        meta.insert(QStringLiteral("imports_included"), s.importedUntil.isValid() && from <= s.importedUntil);
    QJsonArray orderEcho;
    for (const auto &[name, descending] : order)
        orderEcho.append(QJsonArray{name, descending ? QStringLiteral("desc") : QStringLiteral("asc")});
    QJsonObject includeEcho;
    for (auto it = include.begin(); it != include.end(); ++it)
        if (it.value().toBool())
            includeEcho.insert(it.key(), true);
    const QJsonObject echo{{QStringLiteral("site_id"), site},
                           {QStringLiteral("metrics"), q.value(QLatin1String("metrics"))},
                           {QStringLiteral("date_range"), QJsonArray{offsetTime(from, QTime(0, 0), s.utcOffset),
                                                                     offsetTime(to, QTime(23, 59, 59), s.utcOffset)}},
                           {QStringLiteral("filters"), q.value(QLatin1String("filters")).toArray()},
                           {QStringLiteral("dimensions"), q.value(QLatin1String("dimensions")).toArray()},
                           {QStringLiteral("order_by"), orderEcho},
                           {QStringLiteral("include"), includeEcho},
                           {QStringLiteral("pagination"), QJsonObject{{QStringLiteral("limit"), qint64(limit)},
                                                                      {QStringLiteral("offset"), qint64(offset)}}}};
    return TestResponse::json(QJsonDocument(QJsonObject{{QStringLiteral("results"), results},
                                                        {QStringLiteral("meta"), meta},
                                                        {QStringLiteral("query"), echo}})
                                  .toJson(QJsonDocument::Compact));
}

TestResponse PlausibleTestServer::timeseriesV1(const TestRequest &request)
{
    const QString site = request.query.queryItemValue(QStringLiteral("site_id"), QUrl::FullyDecoded);
    const auto range = customRange(request);
    if (!range)
        return error(400, QStringLiteral("Invalid period or date"));
    const auto [from, to] = *range;
    const QString interval = request.query.queryItemValue(QStringLiteral("interval"));
    if (!interval.isEmpty() && interval != QLatin1String("day"))
        return error(400, QStringLiteral("Invalid interval"));
    const bool withImports = request.query.queryItemValue(QStringLiteral("with_imported")) == QLatin1String("true");
    const QStringList metrics = request.query.queryItemValue(QStringLiteral("metrics"), QUrl::FullyDecoded).split(u',');
    QJsonArray results;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        const DayTotals t = visible(site, d, withImports) ? totals(site, d) : DayTotals{};
        QJsonObject o{{QStringLiteral("date"), d.toString(Qt::ISODate)}};
        if (metrics.contains(QLatin1String("visitors")))
            o.insert(QStringLiteral("visitors"), t.visitors);
        if (metrics.contains(QLatin1String("pageviews")))
            o.insert(QStringLiteral("pageviews"), t.pageviews);
        if (metrics.contains(QLatin1String("visit_duration")))
            o.insert(QStringLiteral("visit_duration"), optionalNumber(t.visitDuration, m_zeroForNull));
        if (metrics.contains(QLatin1String("bounce_rate")))
            o.insert(QStringLiteral("bounce_rate"), optionalNumber(t.bounceRate, m_zeroForNull));
        results.append(o);
    }
    return TestResponse::json(QJsonDocument(QJsonObject{{QStringLiteral("results"), results}}).toJson(QJsonDocument::Compact));
}

TestResponse PlausibleTestServer::breakdownV1(const TestRequest &request)
{
    const QString site = request.query.queryItemValue(QStringLiteral("site_id"), QUrl::FullyDecoded);
    const auto range = customRange(request);
    if (!range)
        return error(400, QStringLiteral("Invalid period or date"));
    const auto [from, to] = *range;
    const QString property = request.query.queryItemValue(QStringLiteral("property"), QUrl::FullyDecoded);
    if (property != QLatin1String("event:page") && property != QLatin1String("visit:country")
        && property != QLatin1String("visit:entry_page"))
        return error(400, QStringLiteral("Invalid property"));
    const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
    const int limit = limitText.isEmpty() ? 100 : limitText.toInt();
    const int page = std::max(1, request.query.queryItemValue(QStringLiteral("page")).toInt());
    if (limit < 1 || limit > 1000)
        return error(400, QStringLiteral("The limit must be a number from 1 to 1000."));
    const bool withImports = request.query.queryItemValue(QStringLiteral("with_imported")) == QLatin1String("true");
    const QStringList metrics = request.query.queryItemValue(QStringLiteral("metrics"), QUrl::FullyDecoded).split(u',');
    QList<Row> rows = rowsFor(site, {property}, from, to, withImports);
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        const double x = a.values.value(QStringLiteral("visitors")), y = b.values.value(QStringLiteral("visitors"));
        return x != y ? x > y : a.dimensions.at(0).toString() < b.dimensions.at(0).toString();
    });
    const QString keyName = property.section(u':', 1);
    QJsonArray results;
    for (qsizetype i = qsizetype(page - 1) * limit; i < std::min<qsizetype>(rows.size(), qsizetype(page) * limit); ++i) {
        QJsonObject o{{keyName, rows[i].dimensions.at(0)}};
        for (const QString &metric : metrics)
            if (QStringList{"visitors", "visits", "pageviews", "visit_duration", "bounce_rate"}.contains(metric))
                o.insert(metric, qint64(rows[i].values.value(metric)));
        results.append(o);
    }
    return TestResponse::json(QJsonDocument(QJsonObject{{QStringLiteral("results"), results}}).toJson(QJsonDocument::Compact));
}

} // namespace insights::test
