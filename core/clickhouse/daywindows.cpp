#include "daywindows.h"

#include <QStringList>
#include <algorithm>
#include <optional>

namespace insights::daywindows {

QList<DayWindow> pack(const QMap<QDate, qint64> &rowsPerDay, int maxRows)
{
    QList<DayWindow> windows;
    std::optional<DayWindow> open;
    const auto close = [&] {
        if (open)
            windows.append(*open);
        open.reset();
    };
    for (auto it = rowsPerDay.constEnd(); it != rowsPerDay.constBegin();) {
        --it;
        const QDate day = it.key();
        const qint64 rows = std::max<qint64>(0, it.value());
        if (rows > maxRows) { // a day of its own, in pages
            close();
            windows.append({day, day, rows, int((rows + maxRows - 1) / maxRows)});
            continue;
        }
        if (open && (open->first.addDays(-1) != day || open->rows + rows > maxRows))
            close();
        if (!open)
            open = DayWindow{day, day, 0, 1};
        open->first = day;
        open->rows += rows;
    }
    close();
    return windows;
}

QList<std::pair<QDate, QDate>> spans(QList<QDate> days, int maxDays)
{
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    QList<std::pair<QDate, QDate>> out;
    for (const QDate &day : std::as_const(days)) {
        if (!out.isEmpty() && out.last().first.daysTo(day) < maxDays)
            out.last().second = day;
        else
            out.append({day, day});
    }
    return out;
}

QString encode(QList<QDate> days)
{
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    QStringList ranges;
    for (qsizetype i = 0; i < days.size();) {
        qsizetype j = i;
        while (j + 1 < days.size() && days[j].daysTo(days[j + 1]) == 1)
            ++j;
        ranges.append(days[i].toString(Qt::ISODate) + QStringLiteral("..") + days[j].toString(Qt::ISODate));
        i = j + 1;
    }
    return ranges.join(u',');
}

QList<QDate> decode(const QString &text)
{
    QList<QDate> days;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QDate from = QDate::fromString(part.section(QStringLiteral(".."), 0, 0), Qt::ISODate);
        const QDate to = QDate::fromString(part.section(QStringLiteral(".."), 1, 1), Qt::ISODate);
        if (!from.isValid() || !to.isValid() || from > to || from.daysTo(to) > 36600)
            continue;
        days.append(range(from, to));
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

QList<QDate> range(const QDate &first, const QDate &last)
{
    QList<QDate> days;
    for (QDate d = first; d.isValid() && d <= last; d = d.addDays(1))
        days.append(d);
    return days;
}

} // namespace insights::daywindows
