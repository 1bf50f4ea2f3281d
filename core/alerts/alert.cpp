#include "alert.h"

#include <QLocale>

namespace insights {

QString AlertText::metricName(const QString &metric)
{
    if (metric == QLatin1String("stars"))
        return tr("new stars");
    if (metric == QLatin1String("views"))
        return tr("views");
    if (metric == QLatin1String("downloads_people"))
        return tr("downloads by people");
    return metric;
}

QString AlertText::what(const Alert &alert)
{
    const QLocale locale;
    const QString day = locale.toString(alert.date, QLocale::ShortFormat);
    if (alert.rule == QLatin1String("new_referrer"))
        return tr("new referrer %1 on %2 (%3 views)").arg(alert.detail, day, locale.toString(alert.value, 'f', 0));
    if (alert.baseline > 0)
        return tr("%1 %2 on %3, %4× the usual %5 a day")
            .arg(locale.toString(alert.value, 'f', 0), metricName(alert.metric), day,
                 locale.toString(alert.value / alert.baseline, 'f', 1), locale.toString(alert.baseline, 'f', 0));
    return tr("%1 %2 on %3, usually none").arg(locale.toString(alert.value, 'f', 0), metricName(alert.metric), day);
}

QString AlertText::describe(const Alert &alert)
{
    const QString text = tr("%1: %2").arg(alert.subject, what(alert));
    return alert.cause.isEmpty() ? text : tr("%1 (likely: %2)").arg(text, alert.cause);
}

} // namespace insights
