#pragma once
// What Plausible says about a site, per day, whichever API version said it (API-NOTES §8), read
// from the answers by plain functions (fuzzable, no network), and the metric rows of SPEC §1 it
// becomes. A bounce rate or visit duration Plausible leaves null — or gives for a day without
// visitors — stays unknown: NULL in the database, never 0.
//
// Per page, Plausible has no time of its own on the public query API: asked for `visit_duration`
// with the `event:page` dimension, its query planner answers the duration of the visits that
// *entered* on that page (plausible/analytics, Stats.QueryOptimizer.split: session metrics are
// grouped by visit:entry_page in place of event:page), and a page no visit began on reads 0.
// So the collector asks the entry pages themselves (visits, visit_duration per visit:entry_page)
// and stores, per page and day, how many visits began there and how long those visits lasted —
// unknown, never 0, where none began.
#include "storage/batch.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace insights::plausible {

struct DayTotals {
    QDate day;
    double visitors = 0;
    double pageviews = 0;
    std::optional<double> duration;   // seconds
    std::optional<double> bounceRate; // percent
};

struct PageDay {
    QDate day;
    QString page;
    double visitors = 0;
    double pageviews = 0;
    std::optional<double> entries;       // visits that began on this page; nullopt where not asked (v1)
    std::optional<double> entryDuration; // seconds, those visits' average length; nullopt when none began here
};

// One row of the entry-page breakdown: visits that began on `page` that day and their length.
struct EntryDay {
    QDate day;
    QString page;
    double visits = 0;
    std::optional<double> duration;
};

struct CountryDay {
    QDate day;
    QString country;
    double visitors = 0;
};

// One page of a v2 answer: the rows as [dimensions…] + [metrics…] and the total row count
// (nullopt when the server did not say).
struct V2Page {
    QList<QJsonArray> dimensions;
    QList<QJsonArray> metrics;
    std::optional<qint64> totalRows;
    // The site's offset from UTC, read from the date range Plausible echoes (`query.date_range`:
    // the range's bounds in the site's timezone, plausible/analytics Stats.QueryResult); nullopt
    // when the answer does not carry it (older servers).
    std::optional<int> utcOffsetSeconds;
    // `meta.imports_warning`: Plausible left imported data out of this answer and says why.
    QString importsWarning;
};

class Parser final {
    Q_DECLARE_TR_FUNCTIONS(PlausibleParser)
public:
    // `metricCount`/`dimensionCount`: what the query asked for; rows of another shape are refused.
    static Result<V2Page> v2(const QByteArray &body, int metricCount, int dimensionCount);
    // v1 /timeseries with metrics visitors,pageviews,visit_duration,bounce_rate.
    static Result<QList<DayTotals>> v1Timeseries(const QByteArray &body);
    // v1 /breakdown rows: `key` is "page" or "country".
    static Result<QJsonArray> v1Breakdown(const QByteArray &body);

    // v2 rows → figures (dimensions time:day [+ page|country]).
    static Result<QList<DayTotals>> totalsFromV2(const V2Page &page);
    // Pages: dimensions time:day, event:page; metrics visitors, pageviews (entries still unknown).
    static Result<QList<PageDay>> pagesFromV2(const V2Page &page);
    // Entry pages: dimensions time:day, visit:entry_page; metrics visits, visit_duration.
    static Result<QList<EntryDay>> entriesFromV2(const V2Page &page);
    static Result<QList<CountryDay>> countriesFromV2(const V2Page &page);
    static Result<QList<PageDay>> pagesFromV1(const QJsonArray &rows, const QDate &day);
    static Result<QList<CountryDay>> countriesFromV1(const QJsonArray &rows, const QDate &day);
};

// Gives every page of `pages` its entries: the visits that began there (0 when none did) and their
// length (unknown when none did). An entry page without a page row of its day is left out.
void mergeEntries(QList<PageDay> &pages, const QList<EntryDay> &entries);

// The site's calendar day at `now`, for a site `utcOffsetSeconds` ahead of UTC.
QDate siteDay(const QDateTime &now, int utcOffsetSeconds);

// Rows for every day of [from, to]: a day Plausible left out had no visitors (0, unknown rates).
// The newest day is still growing and says so in its metadata.
void addTotals(Batch &batch, const QString &site, const QList<DayTotals> &totals, const QDate &from, const QDate &to,
               const QDate &today);
void addPages(Batch &batch, const QString &site, const QList<PageDay> &pages);
void addCountries(Batch &batch, const QString &site, const QList<CountryDay> &countries);

} // namespace insights::plausible
