#include "plausiblequeryrules.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <functional>

namespace insights::test::plausiblerules {

const QStringList &metrics()
{
    // time_on_page is internal in the schema this follows; revenue metrics exist on plausible.io.
    static const QStringList list{"visitors",       "visits",          "pageviews",
                                  "views_per_visit", "bounce_rate",     "visit_duration",
                                  "events",          "percentage",      "conversion_rate",
                                  "group_conversion_rate", "total_revenue", "average_revenue",
                                  "scroll_depth"};
    return list;
}

const QStringList &simpleDimensions()
{
    static const QStringList list{"event:name",          "event:page",           "event:hostname",
                                  "visit:source",        "visit:channel",        "visit:referrer",
                                  "visit:utm_medium",    "visit:utm_source",     "visit:utm_campaign",
                                  "visit:utm_content",   "visit:utm_term",       "visit:screen",
                                  "visit:device",        "visit:browser",        "visit:browser_version",
                                  "visit:os",            "visit:os_version",     "visit:country",
                                  "visit:region",        "visit:city",           "visit:country_name",
                                  "visit:region_name",   "visit:city_name",      "visit:entry_page",
                                  "visit:exit_page",     "visit:entry_page_hostname", "visit:exit_page_hostname"};
    return list;
}

const QStringList &timeDimensions()
{
    static const QStringList list{"time", "time:month", "time:week", "time:day", "time:hour"};
    return list;
}

const QStringList &sessionMetrics()
{
    static const QStringList list{"bounce_rate", "visit_duration", "views_per_visit"};
    return list;
}

const QStringList &eventMetrics()
{
    static const QStringList list{"pageviews", "events", "scroll_depth", "total_revenue", "average_revenue"};
    return list;
}

const QStringList &sessionOnlyDimensions()
{
    static const QStringList list{"visit:entry_page", "visit:entry_page_hostname", "visit:exit_page",
                                  "visit:exit_page_hostname"};
    return list;
}

namespace {

bool isCustomProperty(const QString &name)
{
    return name.startsWith(QLatin1String("event:props:")) && name.size() > 12;
}

bool isDimension(const QString &name)
{
    return simpleDimensions().contains(name) || isCustomProperty(name) || name == QLatin1String("event:goal")
           || timeDimensions().contains(name);
}

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && std::floor(v.toDouble()) == v.toDouble() && std::isfinite(v.toDouble());
}

bool isDate(const QJsonValue &v)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return v.isString() && shape.match(v.toString()).hasMatch() && QDate::fromString(v.toString(), Qt::ISODate).isValid();
}

bool isDateTime(const QJsonValue &v)
{
    // RFC 3339: a date, a time and an offset (Z or ±hh:mm).
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"));
    return v.isString() && shape.match(v.toString()).hasMatch() && QDateTime::fromString(v.toString(), Qt::ISODate).isValid();
}

// A list of distinct strings, each passing `valid`; `what` names the field in the message.
QString checkStringList(const QJsonValue &value, const QString &what, bool nonEmpty,
                        const std::function<bool(const QString &)> &valid, QStringList &out)
{
    if (!value.isArray())
        return QStringLiteral("#/%1: expected a list").arg(what);
    const QJsonArray list = value.toArray();
    if (nonEmpty && list.isEmpty())
        return QStringLiteral("#/%1: expected at least one item").arg(what);
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString item = list[i].toString();
        if (!list[i].isString() || !valid(item))
            return QStringLiteral("#/%1/%2: invalid value %3").arg(what).arg(i).arg(list[i].isString() ? u'"' + item + u'"' : QStringLiteral("(not a string)"));
        if (seen.contains(item))
            return QStringLiteral("#/%1: items must be unique (\"%2\" twice)").arg(what, item);
        seen.insert(item);
        out.append(item);
    }
    return {};
}

QString checkDateRange(const QJsonValue &range)
{
    static const QStringList shorthands{"all", "day", "7d", "30d", "month", "6mo", "12mo", "year"};
    if (range.isString())
        return shorthands.contains(range.toString()) ? QString()
                                                     : QStringLiteral("#/date_range: invalid value \"%1\"").arg(range.toString());
    const QJsonArray pair = range.toArray();
    if (!range.isArray() || pair.size() != 2)
        return QStringLiteral("#/date_range: expected a shorthand or a list of two ISO 8601 dates or date-times");
    // Both dates, or both date-times with an offset; never one of each.
    if ((isDate(pair[0]) && isDate(pair[1])) || (isDateTime(pair[0]) && isDateTime(pair[1])))
        return {};
    return QStringLiteral("#/date_range: invalid range [%1, %2]").arg(pair[0].toVariant().toString(), pair[1].toVariant().toString());
}

} // namespace

QString refusal(const QJsonValue &bodyValue)
{
    if (!bodyValue.isObject())
        return QStringLiteral("#: expected a JSON object");
    const QJsonObject body = bodyValue.toObject();
    static const QStringList known{"site_id", "metrics", "date_range", "dimensions", "filters",
                                   "order_by", "include", "pagination"};
    for (const QString &key : body.keys())
        if (!known.contains(key))
            return QStringLiteral("#: unknown property \"%1\"").arg(key);
    for (const char *required : {"site_id", "metrics", "date_range"})
        if (!body.contains(QLatin1String(required)))
            return QStringLiteral("#: required property \"%1\" is missing").arg(QLatin1String(required));
    if (!body.value(QLatin1String("site_id")).isString())
        return QStringLiteral("#/site_id: expected a string");

    QStringList metricList;
    if (QString e = checkStringList(body.value(QLatin1String("metrics")), QStringLiteral("metrics"), true,
                                    [](const QString &m) { return metrics().contains(m); }, metricList);
        !e.isEmpty())
        return e;
    if (QString e = checkDateRange(body.value(QLatin1String("date_range"))); !e.isEmpty())
        return e;
    QStringList dimensions;
    if (body.contains(QLatin1String("dimensions")))
        if (QString e = checkStringList(body.value(QLatin1String("dimensions")), QStringLiteral("dimensions"), false,
                                        isDimension, dimensions);
            !e.isEmpty())
            return e;
    if (body.contains(QLatin1String("filters")) && !body.value(QLatin1String("filters")).isArray())
        return QStringLiteral("#/filters: expected a list");
    for (const QJsonValue &filter : body.value(QLatin1String("filters")).toArray())
        if (!filter.isArray() || filter.toArray().size() < 2)
            return QStringLiteral("#/filters: invalid filter");

    if (body.contains(QLatin1String("order_by"))) {
        const QJsonValue orderBy = body.value(QLatin1String("order_by"));
        if (!orderBy.isArray())
            return QStringLiteral("#/order_by: expected a list");
        const QJsonArray entries = orderBy.toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonArray entry = entries[i].toArray();
            const QString what = entry.at(0).toString();
            const QString direction = entry.at(1).toString();
            const bool orderable = metrics().contains(what) || simpleDimensions().contains(what) || isCustomProperty(what)
                                   || timeDimensions().contains(what);
            if (!entries[i].isArray() || entry.size() != 2 || !entry[0].isString() || !orderable
                || (direction != QLatin1String("asc") && direction != QLatin1String("desc")))
                return QStringLiteral("#/order_by/%1: expected [metric or dimension, \"asc\" or \"desc\"]").arg(i);
            // The parser's rule: only what the query asks for can order it.
            if (!metricList.contains(what) && !dimensions.contains(what))
                return QStringLiteral("Invalid order_by entry \"%1\": it is neither a queried metric nor a queried dimension.")
                    .arg(what);
        }
    }

    if (body.contains(QLatin1String("include"))) {
        const QJsonValue include = body.value(QLatin1String("include"));
        if (!include.isObject())
            return QStringLiteral("#/include: expected an object");
        const QJsonObject includeObject = include.toObject();
        for (auto it = includeObject.begin(); it != includeObject.end(); ++it) {
            if (!QStringList{"time_labels", "imports", "total_rows"}.contains(it.key()))
                return QStringLiteral("#/include: unknown property \"%1\"").arg(it.key());
            if (!it.value().isBool())
                return QStringLiteral("#/include/%1: expected true or false").arg(it.key());
        }
        const bool timeDimension = std::any_of(dimensions.begin(), dimensions.end(),
                                               [](const QString &d) { return timeDimensions().contains(d); });
        if (includeObject.value(QLatin1String("time_labels")).toBool() && !timeDimension)
            return QStringLiteral("Invalid include.time_labels: it needs a time dimension.");
    }

    if (body.contains(QLatin1String("pagination"))) {
        const QJsonValue pagination = body.value(QLatin1String("pagination"));
        if (!pagination.isObject())
            return QStringLiteral("#/pagination: expected an object");
        const QJsonObject p = pagination.toObject();
        for (const QString &key : p.keys())
            if (key != QLatin1String("limit") && key != QLatin1String("offset"))
                return QStringLiteral("#/pagination: unknown property \"%1\"").arg(key);
        if (p.contains(QLatin1String("limit"))
            && (!isInteger(p.value(QLatin1String("limit"))) || p.value(QLatin1String("limit")).toDouble() < 1
                || p.value(QLatin1String("limit")).toDouble() > 10'000))
            return QStringLiteral("#/pagination/limit: expected a whole number from 1 to 10000");
        if (p.contains(QLatin1String("offset"))
            && (!isInteger(p.value(QLatin1String("offset"))) || p.value(QLatin1String("offset")).toDouble() < 0))
            return QStringLiteral("#/pagination/offset: expected a whole number of at least 0");
    }

    // After the schema, the parser's checks of metrics against dimensions.
    QStringList eventOnly, sessionOnly;
    for (const QString &d : std::as_const(dimensions)) {
        if (d.startsWith(QLatin1String("event:")))
            eventOnly << d;
        else if (sessionOnlyDimensions().contains(d))
            sessionOnly << d;
    }
    QStringList sessionAsked, eventAsked;
    for (const QString &m : std::as_const(metricList)) {
        if (sessionMetrics().contains(m))
            sessionAsked << m;
        if (eventMetrics().contains(m))
            eventAsked << m;
    }
    for (const QString &m : std::as_const(metricList)) {
        if (m == QLatin1String("views_per_visit") && !dimensions.isEmpty())
            return QStringLiteral("Metric `views_per_visit` cannot be queried with `dimensions`.");
        if (m == QLatin1String("scroll_depth") && !dimensions.contains(QLatin1String("event:page")))
            return QStringLiteral("Metric `scroll_depth` can only be queried with event:page filters or dimensions.");
        if ((m == QLatin1String("conversion_rate") || m == QLatin1String("group_conversion_rate"))
            && !dimensions.contains(QLatin1String("event:goal")))
            return QStringLiteral("Metric `%1` can only be queried with event:goal filters or dimensions.").arg(m);
    }
    if (eventOnly != QStringList{QStringLiteral("event:page")} && !sessionAsked.isEmpty() && !eventOnly.isEmpty())
        return QStringLiteral("Session metric(s) `%1` cannot be queried along with event dimension(s) `%2`")
            .arg(sessionAsked.join(QStringLiteral("`, `")), eventOnly.join(QStringLiteral("`, `")));
    if (!eventAsked.isEmpty() && !sessionOnly.isEmpty())
        return QStringLiteral("Event metric(s) `%1` cannot be queried along with session dimension(s) `%2`")
            .arg(eventAsked.join(QStringLiteral("`, `")), sessionOnly.join(QStringLiteral("`, `")));
    return {};
}

} // namespace insights::test::plausiblerules
