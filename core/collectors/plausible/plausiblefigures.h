#pragma once
// What Plausible says about a site, per day, whichever API version said it (API-NOTES §8), read
// from the answers by plain functions (fuzzable, no network), and the metric rows of SPEC §1 it
// becomes. A bounce rate or visit duration Plausible leaves null — or gives for a day without
// visitors — stays unknown: NULL in the database, never 0.
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
    static Result<QList<PageDay>> pagesFromV2(const V2Page &page);
    static Result<QList<CountryDay>> countriesFromV2(const V2Page &page);
    static Result<QList<PageDay>> pagesFromV1(const QJsonArray &rows, const QDate &day);
    static Result<QList<CountryDay>> countriesFromV1(const QJsonArray &rows, const QDate &day);
};

// Rows for every day of [from, to]: a day Plausible left out had no visitors (0, unknown rates).
// The newest day is still growing and says so in its metadata.
void addTotals(Batch &batch, const QString &site, const QList<DayTotals> &totals, const QDate &from, const QDate &to,
               const QDate &today);
void addPages(Batch &batch, const QString &site, const QList<PageDay> &pages);
void addCountries(Batch &batch, const QString &site, const QList<CountryDay> &countries);

} // namespace insights::plausible
