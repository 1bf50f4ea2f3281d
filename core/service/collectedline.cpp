#include "collectedline.h"

#include <QLocale>

namespace insights {

QString CollectedLine::age(const QDateTime &then, const QDateTime &now)
{
    const qint64 seconds = std::max<qint64>(0, then.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    if (seconds < 7 * 86400)
        return tr("%n day(s) ago", nullptr, int(seconds / 86400));
    return tr("on %1").arg(QLocale().toString(then.toLocalTime().date(), QLocale::ShortFormat));
}

QString CollectedLine::forSources(const QList<SourceStatus> &status, const QStringList &sources, const QDateTime &now)
{
    QStringList parts;
    for (const QString &key : sources)
        for (const SourceStatus &s : status) {
            // The newest successful run (a failed one collected nothing to show).
            const QDateTime when = s.lastSuccessAt.isValid() ? s.lastSuccessAt : s.lastCollectedAt;
            if (s.key != key || !when.isValid())
                continue;
            parts << (s.lastCollector.isEmpty() ? tr("%1 %2").arg(s.displayName, age(when, now))
                                                : tr("%1 %2 by %3").arg(s.displayName, age(when, now), s.lastCollector));
        }
    return parts.isEmpty() ? QString() : tr("Collected: %1").arg(parts.join(QStringLiteral(" · ")));
}

} // namespace insights
