#include "daterange.h"

namespace insights {

DateRange DateRanges::forPreset(RangePreset preset, const QDate &today, const QDate &firstDataDay)
{
    switch (preset) {
    case RangePreset::Days7: return {today.addDays(-6), today};
    case RangePreset::Days30: return {today.addDays(-29), today};
    case RangePreset::Days90: return {today.addDays(-89), today};
    case RangePreset::Months6: return {today.addMonths(-6).addDays(1), today};
    case RangePreset::Year1: return {today.addYears(-1).addDays(1), today};
    case RangePreset::All:
    case RangePreset::Custom:
        break;
    }
    if (firstDataDay.isValid() && firstDataDay <= today)
        return {std::min(firstDataDay, today.addDays(-6)), today};
    return {today.addYears(-1).addDays(1), today};
}

QString DateRanges::label(RangePreset preset)
{
    switch (preset) {
    case RangePreset::Days7: return tr("7 days");
    case RangePreset::Days30: return tr("30 days");
    case RangePreset::Days90: return tr("90 days");
    case RangePreset::Months6: return tr("6 months");
    case RangePreset::Year1: return tr("1 year");
    case RangePreset::All: return tr("All");
    case RangePreset::Custom: return tr("Custom…");
    }
    return {};
}

QString DateRanges::key(RangePreset preset)
{
    switch (preset) {
    case RangePreset::Days7: return QStringLiteral("7d");
    case RangePreset::Days30: return QStringLiteral("30d");
    case RangePreset::Days90: return QStringLiteral("90d");
    case RangePreset::Months6: return QStringLiteral("6m");
    case RangePreset::Year1: return QStringLiteral("1y");
    case RangePreset::All: return QStringLiteral("all");
    case RangePreset::Custom: return QStringLiteral("custom");
    }
    return {};
}

std::optional<RangePreset> DateRanges::fromKey(const QString &key)
{
    for (RangePreset p : presets())
        if (DateRanges::key(p) == key)
            return p;
    return std::nullopt;
}

QList<RangePreset> DateRanges::presets()
{
    return {RangePreset::Days7, RangePreset::Days30, RangePreset::Days90, RangePreset::Months6,
            RangePreset::Year1, RangePreset::All,    RangePreset::Custom};
}

} // namespace insights
