#pragma once
// The Plausible Stats API (API-NOTES §8) on 127.0.0.1, for one or more sites, with figures
// generated per day so that a test can compare every stored number with what the server said.
// It answers the way plausible/analytics does, refusals included:
// - v2: POST /api/v2/query. Every body is first checked against Plausible's query rules
//   (plausiblequeryrules.h: the JSON schema and the parser's checks); a body Plausible would
//   refuse gets 400 {"error": …}. Then: dimensions from time:day, event:page, visit:entry_page,
//   visit:country (others are not generated here: 501), metrics visitors, visits, pageviews,
//   visit_duration, bounce_rate, events; `order_by` as given, else Plausible's default [time asc,
//   first metric desc] whose ties come back in an order that changes with the offset (as a
//   database's unordered ties do, so paging by offset without a total order loses rows);
//   pagination {limit, offset}; include.total_rows; include.imports (imported history counts only
//   when asked, and meta.imports_included says so); days without visits left out; session
//   metrics with event:page are those of the visits that *entered* on the page, 0 where none did
//   (Plausible's planner answers them from visit:entry_page); the answer echoes `query` with the
//   date range's bounds in the site's timezone.
// - v1: GET /api/v1/stats/timeseries (period=custom, date=FROM,TO, interval=day) → every day,
//   null bounce_rate/visit_duration on days without visits; GET /api/v1/stats/breakdown
//   (property=event:page|visit:country|visit:entry_page, period=custom with date=D,D, limit ≤
//   1000, page from 1); imported days only with with_imported=true.
// - Each site has a timezone (an offset from UTC): its days are its own, "today" is its today,
//   and no day after it has data.
// - The key is checked first (401, not counted), then the hourly limit (429, counted in fixed
//   clock-hour windows like Plausible's, refused requests too, measured with the test clock, no
//   Retry-After), then the site (401) and the plan (402); a "v1 only" mode answers v2 with 404
//   (older self-hosted). One-shot faults via http().
// An optional base path prefix serves a self-hosted instance under a sub-path.
#include "localhttpserver.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace insights {
class Clock;
}

namespace insights::test {

class PlausibleTestServer : public QObject {
    Q_OBJECT
public:
    struct DayTotals {
        int visitors = 0;
        int pageviews = 0;
        std::optional<double> visitDuration; // seconds; nullopt on days without visits
        std::optional<double> bounceRate;    // percent; nullopt on days without visits
    };
    struct PageDay {
        QString page; // "/docs/3"
        int visitors = 0;
        int pageviews = 0;
        int entries = 0;            // visits that began on this page
        double entryDuration = 0;   // their average length in seconds (meaningful when entries > 0)
    };
    struct CountryDay {
        QString country; // ISO alpha-2, "DE"
        int visitors = 0;
    };

    // `clock` (may be null) dates the hourly limit and the sites' "today".
    explicit PlausibleTestServer(const Clock *clock = nullptr, QObject *parent = nullptr);
    bool listen() { return m_http.listen(); }
    QUrl baseUrl() const { return m_http.url(m_prefix); }
    LocalHttpServer &http() { return m_http; }

    void setPrefix(const QString &prefix) { m_prefix = prefix; }
    void setKey(const QString &key) { m_key = key; }
    QString key() const { return m_key; }
    // Sites the key may read; others answer 401 like Plausible ("… or site").
    void addSite(const QString &site, int pagesPerDay = 40, int countriesPerDay = 20) ;
    // The site's timezone as an offset from UTC (seconds; +36000 = UTC+10).
    void setUtcOffset(const QString &site, int seconds);
    // Days up to `lastImportedDay` come from imported history (Google Analytics, CSV): they count
    // only where a query includes imports, as on Plausible's dashboard.
    void setImportedUntil(const QString &site, const QDate &lastImportedDay);
    void setV1Only(bool v1Only) { m_v1Only = v1Only; }
    void setPaymentRequired(bool on) { m_paymentRequired = on; }
    // Requests allowed per clock hour (Plausible's fixed windows); 0 = no limit.
    void setHourlyLimit(int limit) { m_hourlyLimit = limit; }
    // Newer Plausible versions answer 0 instead of null for empty buckets.
    void setZeroInsteadOfNull(bool on) { m_zeroForNull = on; }
    // The pages every day starts with after "/" (default: a non-ASCII one and one with URL syntax).
    void setSpecialPages(const QStringList &pages) { m_specialPages = pages; }

    // The site's calendar day now.
    QDate siteToday(const QString &site) const;
    // The figures the dashboard shows (imports included), deterministic per (site, day); some
    // days have no visits at all, and days after the site's today none yet.
    DayTotals totals(const QString &site, const QDate &day) const;
    QList<PageDay> pages(const QString &site, const QDate &day) const;
    QList<CountryDay> countries(const QString &site, const QDate &day) const;

    int v2Requests() const { return m_http.requestCount(QStringLiteral("/api/v2/")); }
    int v1Requests() const { return m_http.requestCount(QStringLiteral("/api/v1/")); }
    int rateLimited() const { return m_rateLimited; }
    // Bodies refused with 400 because Plausible's rules refuse them, and every v2 body received.
    const QStringList &refusals() const { return m_refusals; }
    QList<QJsonObject> v2Bodies() const;

private:
    struct Site {
        int pagesPerDay = 40;
        int countriesPerDay = 20;
        int utcOffset = 0;
        QDate importedUntil;
    };
    struct Row;

    TestResponse handle(const TestRequest &request);
    TestResponse queryV2(const TestRequest &request);
    TestResponse timeseriesV1(const TestRequest &request);
    TestResponse breakdownV1(const TestRequest &request);
    bool visible(const QString &site, const QDate &day, bool withImports) const;
    QList<Row> rowsFor(const QString &site, const QStringList &dimensions, const QDate &from, const QDate &to,
                       bool withImports) const;

    LocalHttpServer m_http;
    const Clock *m_clock;
    QString m_prefix;
    QString m_key = QStringLiteral("plausible-test-key");
    QHash<QString, Site> m_sites;
    bool m_v1Only = false;
    bool m_paymentRequired = false;
    bool m_zeroForNull = false;
    int m_hourlyLimit = 0;
    qint64 m_window = -1; // hours since the epoch of the counted window
    int m_windowCount = 0;
    int m_rateLimited = 0;
    QStringList m_refusals;
    QStringList m_specialPages{QStringLiteral("/docs/ünïcode"), QStringLiteral("/a,b?x=1&y=\"2\"")};
};

} // namespace insights::test
