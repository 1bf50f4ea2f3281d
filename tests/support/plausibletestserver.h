#pragma once
// The Plausible Stats API (API-NOTES §8) on 127.0.0.1, for one or more sites, with figures
// generated per day so that a test can compare every stored number with what the server said:
// - v2: POST /api/v2/query with site_id, metrics, date_range ([from, to] inclusive), dimensions
//   ([] / ["time:day"] / ["time:day","event:page"] / ["time:day","visit:country"]), pagination
//   {limit (≤ 10000), offset} and include.total_rows → {"results":[{"metrics":[…],
//   "dimensions":[…]}], "meta":{"total_rows":N}}; days without visits are left out of the results.
// - v1: GET /api/v1/stats/timeseries (period=custom, date=FROM,TO, interval=day) → every day,
//   null bounce_rate/visit_duration on days without visits; GET /api/v1/stats/breakdown
//   (property=event:page|visit:country, period=custom with date=D,D, limit ≤ 1000, page from 1).
// - Bearer key checks (401 {"error": …}), a "v1 only" mode answering v2 with 404 (older
//   self-hosted), a 402 mode (plan without the Stats API), an hourly request limit that answers
//   429 like plausible.io (measured with the test clock), and one-shot faults via http().
// An optional base path prefix serves a self-hosted instance under a sub-path.
#include "localhttpserver.h"

#include <QDate>
#include <QHash>
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
        double visitDuration = 0;
    };
    struct CountryDay {
        QString country; // ISO alpha-2, "DE"
        int visitors = 0;
    };

    // `clock` (may be null) dates the hourly limit.
    explicit PlausibleTestServer(const Clock *clock = nullptr, QObject *parent = nullptr);
    bool listen() { return m_http.listen(); }
    QUrl baseUrl() const { return m_http.url(m_prefix); }
    LocalHttpServer &http() { return m_http; }

    void setPrefix(const QString &prefix) { m_prefix = prefix; }
    void setKey(const QString &key) { m_key = key; }
    QString key() const { return m_key; }
    // Sites the key may read; others answer 401 like Plausible ("… or site").
    void addSite(const QString &site, int pagesPerDay = 40, int countriesPerDay = 20) ;
    void setV1Only(bool v1Only) { m_v1Only = v1Only; }
    void setPaymentRequired(bool on) { m_paymentRequired = on; }
    // Requests allowed per clock hour (counted from the first request of the hour); 0 = no limit.
    void setHourlyLimit(int limit) { m_hourlyLimit = limit; }
    // Newer Plausible versions answer 0 instead of null for empty buckets.
    void setZeroInsteadOfNull(bool on) { m_zeroForNull = on; }
    // The pages every day starts with after "/" (default: a non-ASCII one and one with URL syntax).
    void setSpecialPages(const QStringList &pages) { m_specialPages = pages; }

    // The generated figures, deterministic per (site, day); some days have no visits at all.
    DayTotals totals(const QString &site, const QDate &day) const;
    QList<PageDay> pages(const QString &site, const QDate &day) const;
    QList<CountryDay> countries(const QString &site, const QDate &day) const;

    int v2Requests() const { return m_http.requestCount(QStringLiteral("/api/v2/")); }
    int v1Requests() const { return m_http.requestCount(QStringLiteral("/api/v1/")); }
    int rateLimited() const { return m_rateLimited; }

private:
    TestResponse handle(const TestRequest &request);
    TestResponse queryV2(const TestRequest &request);
    TestResponse timeseriesV1(const TestRequest &request);
    TestResponse breakdownV1(const TestRequest &request);

    LocalHttpServer m_http;
    const Clock *m_clock;
    QString m_prefix;
    QString m_key = QStringLiteral("plausible-test-key");
    struct Site {
        int pagesPerDay;
        int countriesPerDay;
    };
    QHash<QString, Site> m_sites;
    bool m_v1Only = false;
    bool m_paymentRequired = false;
    bool m_zeroForNull = false;
    int m_hourlyLimit = 0;
    QDateTime m_hourStart;
    int m_hourCount = 0;
    int m_rateLimited = 0;
    QStringList m_specialPages{QStringLiteral("/docs/ünïcode"), QStringLiteral("/a,b?x=1&y=\"2\"")};
};

} // namespace insights::test
