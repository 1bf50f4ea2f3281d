#pragma once
// Builds a dashboard page's data (PageData) from the database: the one entry point for the
// window's pages and for `insights chart`. Each page's rules live in its own file.
#include "pagedata.h"
#include "pagequery.h"

#include <QCoreApplication>

namespace insights {

class DashboardData final {
    Q_DECLARE_TR_FUNCTIONS(DashboardData)
public:
    static QStringList pages(); // overview, stars, traffic, activity, pypi, plausible, reddit
    // The pages that show one source's data (every page but the Overview).
    static QStringList sourcePages();
    // The subjects a page shows (for the Overview: each page's own).
    static Result<QStringList> subjectsOf(QSqlDatabase &db, const QString &page);
    static QString title(const QString &page);
    static bool isPage(const QString &page) { return pages().contains(page); }
    // The sources whose data a page shows (stars → github_stars).
    static QStringList sources(const QString &page);
    static Result<PageData> load(QSqlDatabase &db, const PageRequest &request);
    // What `insights chart` draws: the page's main chart alone (charts holds only it; `empty`,
    // `firstDay`, `request` and `subjects` as load() sets them; no cards, tables or notes),
    // loaded with PageRequest::chartsOnly (the Stars page's stargazer lists were two thirds of
    // the export's time).
    static Result<PageData> loadMainChart(QSqlDatabase &db, const PageRequest &request);
    // One table of a page again, with more rows or searched through everything stored: the
    // capped tables (the Stars page's stargazers) answer; others are an error.
    static Result<TableData> table(QSqlDatabase &db, const PageRequest &request, const QString &tableId, const TableQuery &query);
    // How many rows a capped table lists at first, and how many more each "load more" adds.
    static constexpr int kTableStep = 1000;
    // A card's figure as it reads ("1,234", "3.4 %", "2 min 5 s"; "–" when unknown) and its change
    // against the previous period: "+12.5 %", "−3.0 %", "new" (from nothing) or "" (nothing to
    // compare); for a rate (unit "%") the difference in percentage points, "+1.3 pp": a percent of
    // a percent misleads (figuretext.cpp).
    static QString formatValue(const std::optional<double> &value, const QString &unit);
    static QString formatChange(const std::optional<double> &value, const std::optional<double> &previous, const QString &unit);
    // The oldest stored day of a page (for the "all" preset); invalid when nothing is stored.
    static Result<QDate> firstDay(QSqlDatabase &db, const QString &page, const QString &subject = {});
};

// Shared by the page builders: a daily series of `metric` over the request's range, with the
// previous period when comparing. `counts`: count event rows instead of summing daily values.
struct SeriesSpec {
    QString name;
    QString metric;
    bool absentIsZero = false;
    bool counts = false;
    QString except = {}; // counts: SQL filter of rows counted out (see PageQuery::dailyCounts)
    int axis = 0;
};
Result<SeriesData> dailySeries(PageQuery &query, const PageRequest &request, const SeriesSpec &spec);
CardData cardFor(const QString &label, const SeriesData &series, const QString &unit = {}, const QString &note = {});

Result<PageData> buildOverviewPage(QSqlDatabase &db, const PageRequest &request);
Result<PageData> buildComparison(QSqlDatabase &db, const PageRequest &request);
// Whether a page's comparison can be aligned by start (Stars: first star; PyPI: first download).
bool alignable(const QString &page);
Result<PageData> buildStarsPage(QSqlDatabase &db, const PageRequest &request);
Result<TableData> stargazerTable(QSqlDatabase &db, const PageRequest &request, const TableQuery &query);
Result<PageData> buildTrafficPage(QSqlDatabase &db, const PageRequest &request);
Result<PageData> buildActivityPage(QSqlDatabase &db, const PageRequest &request);
Result<PageData> buildPypiPage(QSqlDatabase &db, const PageRequest &request);
Result<PageData> buildPlausiblePage(QSqlDatabase &db, const PageRequest &request);
Result<PageData> buildRedditPage(QSqlDatabase &db, const PageRequest &request);

} // namespace insights
