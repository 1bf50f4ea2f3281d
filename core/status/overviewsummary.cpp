#include "overviewsummary.h"

#include "dashboard/dashboarddata.h"

#include <QLocale>

namespace insights {

Result<QStringList> OverviewSummary::lines(QSqlDatabase &db, const QDate &today)
{
    PageRequest request{QStringLiteral("overview"), {today.addDays(-(kDays - 1)), today}, QString(), true};
    auto page = DashboardData::load(db, request);
    if (!page)
        return page.error();
    QStringList out;
    if (page->cards.isEmpty())
        return out;
    const QLocale locale;
    out << tr("The last %1 days (%2 to %3), against the %1 before:")
               .arg(kDays)
               .arg(locale.toString(request.range.from, QLocale::ShortFormat), locale.toString(request.range.to, QLocale::ShortFormat));
    QString group;
    QStringList figures;
    const auto flush = [&] {
        if (!figures.isEmpty())
            out << QStringLiteral("  %1: %2").arg(group, figures.join(QStringLiteral(" · ")));
        figures.clear();
    };
    for (const CardData &card : std::as_const(page->cards)) {
        if (card.group != group) {
            flush();
            group = card.group;
        }
        const QString change = DashboardData::formatChange(card.value, card.previous, card.unit);
        figures << (change.isEmpty() ? tr("%1 %2").arg(card.label, DashboardData::formatValue(card.value, card.unit))
                                     : tr("%1 %2 (%3)").arg(card.label, DashboardData::formatValue(card.value, card.unit), change));
    }
    flush();
    // Highlights and alerts: the Overview's tables, columns as it shows them.
    for (const TableData &table : std::as_const(page->tables)) {
        if (table.id != QLatin1String("highlights") && table.id != QLatin1String("alerts"))
            continue;
        if (table.rows.isEmpty())
            continue;
        out << QStringLiteral("  %1:").arg(table.title);
        for (const QVariantList &row : table.rows) {
            QStringList cells;
            for (const QVariant &cell : row)
                if (const QString text = cell.typeId() == QMetaType::QDate ? cell.toDate().toString(Qt::ISODate) : cell.toString();
                    !text.isEmpty())
                    cells << text;
            out << QStringLiteral("    ") + cells.join(QStringLiteral("  "));
        }
    }
    return out;
}

} // namespace insights
