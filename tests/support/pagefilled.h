#pragma once
// Whether a window's page shows data: its answer arrived, it shows no empty state, and its first
// chart has a value above zero (the Overview, which has no chart: a card has a figure above zero). The first-run test and benchmark wait on it (header-only: only
// targets that link the window include it).
#include "dashboardpage.h"
#include "mainwindow.h"

namespace insights::test {

inline bool pageFilled(MainWindow &window, const QString &key)
{
    DashboardPage *page = window.page(key);
    if (!page || page->isShowingEmptyState() || page->data().request.page != key)
        return false;
    if (key == QLatin1String("overview"))
        return std::any_of(page->data().cards.begin(), page->data().cards.end(), [](const CardData &c) { return c.value.value_or(0) > 0; });
    if (page->data().charts.isEmpty())
        return false;
    for (const SeriesData &series : page->data().charts.first().series)
        for (const auto &value : series.values)
            if (value && *value > 0)
                return true;
    return false;
}

} // namespace insights::test
