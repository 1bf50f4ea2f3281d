// How a card's figure and its change read, for the window's cards and the command line's lines
// alike (so `insights status` and the Overview say the same).
#include "dashboarddata.h"

#include <QLocale>
#include <cmath>

namespace insights {

QString DashboardData::formatValue(const std::optional<double> &value, const QString &unit)
{
    if (!value)
        return QStringLiteral("–");
    const QLocale locale;
    if (unit == QLatin1String("s")) {
        const int s = int(std::round(*value));
        return s >= 60 ? QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60) : QStringLiteral("%1 s").arg(s);
    }
    const int decimals = unit == QLatin1String("%") || std::abs(*value - std::round(*value)) > 1e-9 ? 1 : 0;
    QString text = locale.toString(*value, 'f', decimals);
    if (unit == QLatin1String("%"))
        text += QStringLiteral(" %");
    return text;
}

QString DashboardData::formatChange(const std::optional<double> &value, const std::optional<double> &previous,
                                  const QString &unit)
{
    if (!value || !previous)
        return {};
    const QLocale locale;
    if (unit == QLatin1String("%")) {
        const double points = *value - *previous;
        const QString number = locale.toString(std::abs(points), 'f', 1);
        if (std::abs(points) < 0.05) // rounds to nothing: no sign ("−0.0 pp" reads as a fall)
            return tr("%1 pp").arg(number);
        return points >= 0 ? tr("+%1 pp").arg(number) : tr("−%1 pp").arg(number);
    }
    if (*previous == 0)
        return *value > 0 ? tr("new") : QString();
    const double change = 100.0 * (*value - *previous) / std::abs(*previous);
    const QString number = locale.toString(std::abs(change), 'f', 1);
    if (std::abs(change) < 0.05)
        return QStringLiteral("%1 %").arg(number);
    return change >= 0 ? QStringLiteral("+%1 %").arg(number) : QStringLiteral("−%1 %").arg(number);
}

} // namespace insights
