#include "digestformat.h"

#include "dashboard/dashboarddata.h"

#include <QLocale>
#include <cmath>

namespace insights::digestformat {

QString number(double value)
{
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    return QLocale().toString(value, 'f', whole ? 0 : 1);
}

QString value(const std::optional<double> &value, const QString &unit)
{
    return DashboardData::formatValue(value, unit); // as the Overview's cards say it
}

QString change(const std::optional<double> &value, const std::optional<double> &previous, const QString &unit)
{
    const QString change = DashboardData::formatChange(value, previous, unit);
    return change.isEmpty() ? QStringLiteral("–") : change; // a table cell is never blank
}

QString day(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString period(const DateRange &range)
{
    return range.from == range.to ? day(range.from) : Digest::tr("%1 to %2").arg(day(range.from), day(range.to));
}

QString referrerOrPath(const ItemTotal &item)
{
    return Digest::tr("%1 (%2 views, %3 unique)").arg(item.item, number(item.value), number(item.extra.value(0)));
}

QString page(const ItemTotal &item)
{
    return Digest::tr("%1 (%2 visitors, %3 pageviews)").arg(item.item, number(item.value), number(item.extra.value(0)));
}

QString highlight(const Highlight &h)
{
    return h.cause.isEmpty() ? Digest::tr("%1: %2").arg(day(h.date), h.what)
                             : Digest::tr("%1: %2 — %3").arg(day(h.date), h.what, h.cause);
}

QString note(const Note &n)
{
    return n.subject.isEmpty() ? Digest::tr("%1: %2").arg(day(n.date), n.text)
                               : Digest::tr("%1 (%2): %3").arg(day(n.date), n.subject, n.text);
}

QString alert(const Alert &a)
{
    return AlertText::describe(a); // the notification's words: the subject, the day, the figure, the likely cause
}

QList<std::pair<QString, QStringList>> lists(const DigestSection &s)
{
    QStringList days, events, referrers, paths, pages;
    for (const Highlight &h : s.biggestDays)
        days.append(highlight(h));
    for (const Highlight &h : s.events)
        events.append(highlight(h));
    for (const ItemTotal &i : s.newReferrers)
        referrers.append(referrerOrPath(i));
    for (const ItemTotal &i : s.popularPaths)
        paths.append(referrerOrPath(i));
    for (const ItemTotal &i : s.topPages)
        pages.append(page(i));
    return {{Digest::tr("Biggest days:"), days},
            {Digest::tr("Releases and posts:"), events},
            {Digest::tr("New in GitHub's top 10 referrers:"), referrers},
            {Digest::tr("Popular paths (GitHub's 14 days to the period's end):"), paths},
            {Digest::tr("Top pages:"), pages}};
}

} // namespace insights::digestformat
