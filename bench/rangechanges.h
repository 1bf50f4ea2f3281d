#pragma once
// bench_dashboard's range changes, on whichever database the data directory's Config names
// (the SQLite file, or INSIGHT_DATABASE_URL's PostgreSQL): the page data alone per page and preset
// (where the time goes), and in a MainWindow from the click on a preset until the page's main
// chart has painted, for every page and preset and for ten subjects compared on one page.
#include "benchutil.h"
#include "windowprobe.h"

#include "dashboard/dashboarddata.h"
#include "dashboardpage.h"
#include "daterangebar.h"
#include "mainwindow.h"
#include "service/pageloader.h"
#include "storage/database.h"

#include <QSqlDatabase>
#include <optional>

namespace insights::bench {

struct RangeBudgets {
    double shortMs = 50, allMs = 100; // a bounded preset; all time
    QString text() const
    {
        return shortMs == allMs ? QStringLiteral("≤ %1 ms").arg(allMs)
                                : QStringLiteral("≤ %1 ms (all time: ≤ %2 ms)").arg(shortMs).arg(allMs);
    }
};

// Every page's data per preset from `db`, no drawing: a table of medians. False on an error.
inline bool printPageQueries(Database &db, const QString &where, int runs)
{
    QList<RangePreset> presets = DateRanges::presets();
    presets.removeAll(RangePreset::Custom);
    std::printf("page data from %s, ms (median of %d), no drawing:\n  %-10s", qPrintable(where), runs, "page");
    for (RangePreset p : presets)
        std::printf(" %8s", qPrintable(DateRanges::key(p)));
    std::printf("\n");
    for (const QString &key : DashboardData::pages()) {
        std::printf("  %-10s", qPrintable(key));
        for (RangePreset p : presets) {
            QList<double> ms;
            for (int r = 0; r < runs; ++r) {
                PageRequest request{key, DateRanges::forPreset(p, QDate::currentDate()), {}, true, p == RangePreset::All};
                QElapsedTimer t;
                t.start();
                const PageData data = PageLoader::loadNow(db.handle(), request);
                ms.append(t.nsecsElapsed() / 1e6);
                if (!data.error.isEmpty()) {
                    std::fprintf(stderr, "%s\n", qPrintable(data.error));
                    return false;
                }
            }
            std::printf(" %8.1f", median(ms));
        }
        std::printf("\n");
        std::fflush(stdout);
    }
    return true;
}

// Range changes in a window on `dataDir`; §6 rows labelled `label`. Whether every budget was met;
// nullopt when the window failed (printed).
inline std::optional<bool> measureRangeChanges(const QString &dataDir, const QString &label, int runs, const RangeBudgets &budgets)
{
    bool allMet = true;
    openOnStars(dataDir);
    MainWindow window(dataDir);
    window.setScheduleEnabled(false);
    window.resize(1280, 860);
    window.show();
    if (!waitFor([&] { return window.isIdle() && window.page(QStringLiteral("stars"))->data().request.range.isBounded(); }, 30'000)) {
        std::fprintf(stderr, "the window did not load\n");
        return std::nullopt;
    }
    QList<RangePreset> presets = DateRanges::presets();
    presets.removeAll(RangePreset::Custom);
    QHash<RangePreset, QList<double>> byPreset;
    QHash<RangePreset, double> worstMedian;
    QHash<QString, double> pageWorst; // each page's slowest preset but all time
    std::printf("range change (%s), ms until the data arrived / until painted (median of %d) per page:\n  %-10s", qPrintable(label), runs, "page");
    for (RangePreset p : presets)
        std::printf(" %9s", qPrintable(DateRanges::key(p)));
    std::printf("\n");
    for (const QString &key : DashboardData::pages()) {
        if (timeRedraw(window, key, [&] { window.showPage(key); }).ms < 0) {
            std::fprintf(stderr, "page %s did not show\n", qPrintable(key));
            return std::nullopt;
        }
        QHash<RangePreset, QList<double>> mine, mineLoaded;
        for (int r = 0; r < runs; ++r)
            for (RangePreset p : presets) {
                // Each preset differs from the one before, so every click is a change.
                const Redraw redraw = timeRedraw(window, key, [&] { window.rangeBar()->setPreset(p); });
                const double ms = redraw.ms;
                mineLoaded[p].append(redraw.loadedMs);
                if (ms < 0) {
                    std::fprintf(stderr, "page %s, preset %s did not redraw\n", qPrintable(key), qPrintable(DateRanges::key(p)));
                    return std::nullopt;
                }
                mine[p].append(ms);
                byPreset[p].append(ms);
            }
        std::printf("  %-10s", qPrintable(key));
        for (RangePreset p : presets) {
            std::printf(" %4.0f/%-4.0f", median(mineLoaded[p]), median(mine[p]));
            worstMedian[p] = std::max(worstMedian.value(p), median(mine[p]));
            if (p != RangePreset::All)
                pageWorst[key] = std::max(pageWorst.value(key), median(mine[p]));
        }
        std::printf("\n");
    }
    for (RangePreset p : presets) {
        const bool all = p == RangePreset::All;
        const double budget = all ? budgets.allMs : budgets.shortMs;
        const Spread s = spreadOf(byPreset[p]);
        // The budget holds on every page: the slowest page's median is what counts.
        const bool met = worstMedian[p] <= budget;
        allMet &= met;
        tableRow(QStringLiteral("range change to %1 (%2), slowest page's median").arg(DateRanges::key(p), label),
                 QStringLiteral("%1 ms; all runs of all pages: ").arg(worstMedian[p], 0, 'f', 1) + fmt(s, "ms", 1),
                 QStringLiteral("≤ %1 ms").arg(budget), {}, met);
    }

    // Ten subjects compared on one page: the dataset tracks one repository, package and site,
    // so its ten newest Reddit posts are the ten (older posts have no snapshots in a short
    // range: a comparison of nothing draws no chart). The year and all time, where all ten
    // have data. Baseline: the same page with every post, from above.
    {
        const QString key = QStringLiteral("reddit");
        timeRedraw(window, key, [&] { window.showPage(key); });
        DashboardPage *page = window.page(key);
        QList<QVariantList> posts = page->data().tables.value(0).rows; // Post · … · Posted (column 5)
        std::sort(posts.begin(), posts.end(), [](const QVariantList &a, const QVariantList &b) {
            return a.value(5).toDateTime() > b.value(5).toDateTime();
        });
        QStringList ten;
        for (qsizetype i = 0; i < std::min<qsizetype>(10, posts.size()); ++i)
            ten.append(posts[i].value(0).toString());
        if (ten.size() < 10) {
            std::fprintf(stderr, "the dataset has %lld Reddit posts, not 10\n", static_cast<long long>(ten.size()));
            return std::nullopt;
        }
        timeRedraw(window, key, [&] {
            page->setComparedSubjects(ten);
            window.reloadPage();
        });
        QHash<RangePreset, QList<double>> compared;
        const QList<RangePreset> comparedPresets{RangePreset::Year1, RangePreset::All};
        for (int r = 0; r < runs; ++r)
            for (RangePreset p : comparedPresets) {
                const Redraw redraw = timeRedraw(window, key, [&] { window.rangeBar()->setPreset(p); });
                if (redraw.ms < 0 || page->data().request.subjects.size() != 10) {
                    std::fprintf(stderr, "the comparison did not redraw for %s (%.0f ms, %lld subjects, empty: %s)\n",
                                 qPrintable(DateRanges::key(p)), redraw.ms, static_cast<long long>(page->data().request.subjects.size()),
                                 qPrintable(page->data().empty));
                    return std::nullopt;
                }
                compared[p].append(redraw.ms);
            }
        std::printf("  %-10s (1y, all)", "10 compared");
        double worstShort = 0, all = 0;
        for (RangePreset p : comparedPresets) {
            std::printf(" %9.0f", median(compared[p]));
            (p == RangePreset::All ? all : worstShort) = std::max(p == RangePreset::All ? all : worstShort, median(compared[p]));
        }
        std::printf("\n");
        const bool met = worstShort <= budgets.shortMs && all <= budgets.allMs;
        allMet &= met;
        tableRow(QStringLiteral("range change to 1y and all, 10 subjects compared (%1, Reddit posts)").arg(label),
                 QStringLiteral("%1 ms (all time: %2 ms)").arg(worstShort, 0, 'f', 1).arg(all, 0, 'f', 1),
                 budgets.text(),
                 QStringLiteral("the page with every post: %1 ms").arg(pageWorst.value(key), 0, 'f', 1), met);
        page->setComparedSubjects({});
    }
    window.close();
    return allMet;
}

} // namespace insights::bench
