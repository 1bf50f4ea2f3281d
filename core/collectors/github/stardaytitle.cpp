#include "stardaytitle.h"

namespace insights {

QString starDayTitle(int firstNumber, int lastNumber, int count, const QString &login)
{
    if (count <= 0)
        return {};
    if (count == 1)
        return QStringLiteral("#%1 - %2").arg(firstNumber).arg(login.isEmpty() ? QStringLiteral("ghost") : login);
    return QStringLiteral("#%1-#%2 (%3 stars)").arg(firstNumber).arg(lastNumber).arg(count);
}

} // namespace insights
