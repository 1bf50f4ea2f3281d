#include "plausibletestserver.h"

#include "util/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

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
    return error(401, QStringLiteral("Invalid API key or site ID. Please make sure you're using a valid API key with "
                                     "access to the site you've requested."));
}

} // namespace

PlausibleTestServer::PlausibleTestServer(const Clock *clock, QObject *parent) : QObject(parent), m_clock(clock)
{
    m_http.setHandler([this](const TestRequest &r) { return handle(r); });
}

void PlausibleTestServer::addSite(const QString &site, int pagesPerDay, int countriesPerDay)
{
    m_sites.insert(site, {pagesPerDay, std::min<int>(countriesPerDay, int(countryCodes().size()))});
}

PlausibleTestServer::DayTotals PlausibleTestServer::totals(const QString &site, const QDate &day) const
{
    if (mix(site, day, 1) % 9 == 0)
        return {}; // a day without visits
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
        p.visitDuration = double(mix(site, day, 500 + quint32(k)) % 900);
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

    if (m_hourlyLimit > 0 && m_clock) {
        const QDateTime now = m_clock->nowUtc();
        if (!m_hourStart.isValid() || m_hourStart.secsTo(now) >= 3600) {
            m_hourStart = now;
            m_hourCount = 0;
        }
        if (m_hourCount >= m_hourlyLimit) {
            ++m_rateLimited;
            return error(429, QStringLiteral("Too many API requests. Your API key is limited to %1 requests per hour.")
                                  .arg(m_hourlyLimit));
        }
        ++m_hourCount;
    }

    if (request.header("authorization") != "Bearer " + m_key.toUtf8())
        return unknownSite();
    if (m_paymentRequired)
        return error(402, QStringLiteral("The account that owns this API key does not have access to Stats API."));
    if (v2)
        return queryV2(request);
    if (path.endsWith(QLatin1String("/timeseries")))
        return timeseriesV1(request);
    if (path.endsWith(QLatin1String("/aggregate"))) {
        const QString site = request.query.queryItemValue(QStringLiteral("site_id"), QUrl::FullyDecoded);
        if (!m_sites.contains(site))
            return unknownSite();
        const QDate today = m_clock ? m_clock->nowUtc().date() : QDate::currentDate();
        return TestResponse::json(QJsonDocument(QJsonObject{{QStringLiteral("results"),
                                                             QJsonObject{{QStringLiteral("visitors"),
                                                                          QJsonObject{{QStringLiteral("value"), totals(site, today).visitors}}}}}})
                                      .toJson(QJsonDocument::Compact));
    }
    if (path.endsWith(QLatin1String("/breakdown")))
        return breakdownV1(request);
    return error(404, QStringLiteral("Not found"));
}

TestResponse PlausibleTestServer::queryV2(const TestRequest &request)
{
    const QJsonObject q = QJsonDocument::fromJson(request.body).object();
    const QString site = q.value(QLatin1String("site_id")).toString();
    if (!m_sites.contains(site))
        return unknownSite();
    QStringList metrics;
    for (const QJsonValue &m : q.value(QLatin1String("metrics")).toArray())
        metrics.append(m.toString());
    for (qsizetype i = 0; i < metrics.size(); ++i)
        if (!QStringList{"visitors", "pageviews", "visit_duration", "bounce_rate"}.contains(metrics[i]))
            return error(400, QStringLiteral("#/metrics/%1 Invalid metric \"%2\"").arg(i).arg(metrics[i]));
    QJsonArray range = q.value(QLatin1String("date_range")).toArray();
    if (q.value(QLatin1String("date_range")).toString() == QLatin1String("day")) { // "today" in the site's zone
        const QString today = (m_clock ? m_clock->nowUtc().date() : QDate::currentDate()).toString(Qt::ISODate);
        range = QJsonArray{today, today};
    }
    const QDate from = QDate::fromString(range.at(0).toString(), Qt::ISODate);
    const QDate to = QDate::fromString(range.at(1).toString(), Qt::ISODate);
    if (range.size() != 2 || !from.isValid() || !to.isValid() || from > to)
        return error(400, QStringLiteral("#/date_range Invalid date range"));
    QStringList dims;
    for (const QJsonValue &d : q.value(QLatin1String("dimensions")).toArray())
        dims.append(d.toString());
    const bool known = dims.isEmpty() || dims == QStringList{"time:day"} || dims == QStringList{"time:day", "event:page"}
                       || dims == QStringList{"time:day", "visit:country"};
    if (!known)
        return error(400, QStringLiteral("#/dimensions Invalid dimensions"));
    const QJsonObject pagination = q.value(QLatin1String("pagination")).toObject();
    const int limit = pagination.value(QLatin1String("limit")).toInt(10000);
    const int offset = pagination.value(QLatin1String("offset")).toInt(0);
    if (limit < 1 || limit > 10000 || offset < 0)
        return error(400, QStringLiteral("#/pagination/limit Invalid limit"));

    QJsonArray rows;
    const auto row = [&](const QJsonArray &dimensions, const QHash<QString, QJsonValue> &values) {
        QJsonArray m;
        for (const QString &metric : std::as_const(metrics))
            m.append(values.value(metric));
        rows.append(QJsonObject{{QStringLiteral("metrics"), m}, {QStringLiteral("dimensions"), dimensions}});
    };
    if (dims.isEmpty()) {
        int visitors = 0, pageviews = 0;
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            visitors += totals(site, d).visitors;
            pageviews += totals(site, d).pageviews;
        }
        row({}, {{"visitors", visitors}, {"pageviews", pageviews}, {"visit_duration", 0}, {"bounce_rate", 0}});
    }
    for (QDate d = from; !dims.isEmpty() && d <= to; d = d.addDays(1)) {
        const DayTotals t = totals(site, d);
        if (t.visitors == 0)
            continue; // v2 leaves days without visits out
        const QString day = d.toString(Qt::ISODate);
        if (dims.size() == 1) {
            row({day}, {{"visitors", t.visitors}, {"pageviews", t.pageviews},
                        {"visit_duration", optionalNumber(t.visitDuration, m_zeroForNull)},
                        {"bounce_rate", optionalNumber(t.bounceRate, m_zeroForNull)}});
        } else if (dims[1] == QLatin1String("event:page")) {
            QList<PageDay> list = pages(site, d);
            std::sort(list.begin(), list.end(), [](const PageDay &a, const PageDay &b) {
                return a.visitors != b.visitors ? a.visitors > b.visitors : a.page < b.page;
            });
            for (const PageDay &p : list)
                row({day, p.page}, {{"visitors", p.visitors}, {"pageviews", p.pageviews},
                                    {"visit_duration", p.visitDuration}, {"bounce_rate", int(p.visitors % 101)}});
        } else {
            QList<CountryDay> list = countries(site, d);
            std::sort(list.begin(), list.end(), [](const CountryDay &a, const CountryDay &b) {
                return a.visitors != b.visitors ? a.visitors > b.visitors : a.country < b.country;
            });
            for (const CountryDay &c : list)
                row({day, c.country}, {{"visitors", c.visitors}, {"pageviews", c.visitors},
                                       {"visit_duration", 60}, {"bounce_rate", 50}});
        }
    }
    QJsonArray page;
    for (qsizetype i = offset; i < std::min<qsizetype>(rows.size(), qsizetype(offset) + limit); ++i)
        page.append(rows[i]);
    QJsonObject meta;
    if (q.value(QLatin1String("include")).toObject().value(QLatin1String("total_rows")).toBool())
        meta.insert(QStringLiteral("total_rows"), rows.size());
    return TestResponse::json(QJsonDocument(QJsonObject{{QStringLiteral("results"), page}, {QStringLiteral("meta"), meta}})
                                  .toJson(QJsonDocument::Compact));
}

TestResponse PlausibleTestServer::timeseriesV1(const TestRequest &request)
{
    const QString site = request.query.queryItemValue(QStringLiteral("site_id"), QUrl::FullyDecoded);
    if (!m_sites.contains(site))
        return unknownSite();
    const auto range = customRange(request);
    if (!range)
        return error(400, QStringLiteral("Invalid period or date"));
    const auto [from, to] = *range;
    const QString interval = request.query.queryItemValue(QStringLiteral("interval"));
    if (!interval.isEmpty() && interval != QLatin1String("day"))
        return error(400, QStringLiteral("Invalid interval"));
    const QStringList metrics = request.query.queryItemValue(QStringLiteral("metrics"), QUrl::FullyDecoded).split(u',');
    QJsonArray results;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        const DayTotals t = totals(site, d);
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
    if (!m_sites.contains(site))
        return unknownSite();
    const auto range = customRange(request);
    if (!range)
        return error(400, QStringLiteral("Invalid period or date"));
    const auto [from, to] = *range;
    const QString property = request.query.queryItemValue(QStringLiteral("property"), QUrl::FullyDecoded);
    if (property != QLatin1String("event:page") && property != QLatin1String("visit:country"))
        return error(400, QStringLiteral("Invalid property"));
    const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
    const int limit = limitText.isEmpty() ? 100 : limitText.toInt();
    const int page = std::max(1, request.query.queryItemValue(QStringLiteral("page")).toInt());
    if (limit < 1 || limit > 1000)
        return error(400, QStringLiteral("Please provide limit as a number between 1 and 1000."));
    const QStringList metrics = request.query.queryItemValue(QStringLiteral("metrics"), QUrl::FullyDecoded).split(u',');

    struct Entry {
        QString key;
        int visitors = 0;
        int pageviews = 0;
        double duration = 0;
    };
    QHash<QString, Entry> byKey;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (property == QLatin1String("event:page")) {
            for (const PageDay &p : pages(site, d)) {
                Entry &e = byKey[p.page];
                e.key = p.page;
                e.visitors += p.visitors;
                e.pageviews += p.pageviews;
                e.duration = p.visitDuration;
            }
        } else {
            for (const CountryDay &c : countries(site, d)) {
                Entry &e = byKey[c.country];
                e.key = c.country;
                e.visitors += c.visitors;
                e.pageviews += c.visitors;
            }
        }
    }
    QList<Entry> entries = byKey.values();
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.visitors != b.visitors ? a.visitors > b.visitors : a.key < b.key;
    });
    const QString keyName = property.section(u':', 1);
    QJsonArray results;
    for (qsizetype i = qsizetype(page - 1) * limit; i < std::min<qsizetype>(entries.size(), qsizetype(page) * limit); ++i) {
        QJsonObject o{{keyName, entries[i].key}};
        if (metrics.contains(QLatin1String("visitors")))
            o.insert(QStringLiteral("visitors"), entries[i].visitors);
        if (metrics.contains(QLatin1String("pageviews")))
            o.insert(QStringLiteral("pageviews"), entries[i].pageviews);
        if (metrics.contains(QLatin1String("visit_duration")))
            o.insert(QStringLiteral("visit_duration"), entries[i].duration);
        results.append(o);
    }
    return TestResponse::json(QJsonDocument(QJsonObject{{QStringLiteral("results"), results}}).toJson(QJsonDocument::Compact));
}

} // namespace insights::test
