// The sample's Plausible days as the plausible collector stores them (plausiblefigures.cpp). It
// stores complete breakdowns, so: the countries' visitors add up to the day's visitors (a visitor
// is in one country); the pages' pageviews add up to the day's pageviews, and a page's visitors
// are at most its pageviews and the day's visitors (one person reads several pages, so the pages'
// visitors together exceed the day's); the visits that began on each page (`entries`, at most the
// page's visitors) add up to the day's visitors, one visit each, and the day's visit duration is
// their average. A quiet day has no visitors, no breakdown rows and unknown duration and bounce rate.
#include "samplemath.h"
#include "sampleparts.h"

#include <QJsonObject>
#include <cmath>

namespace insights::sample {

namespace {

const QStringList kPages = {QStringLiteral("/"), QStringLiteral("/docs"), QStringLiteral("/docs/install"),
                            QStringLiteral("/docs/quickstart"), QStringLiteral("/blog/keeping-traffic-past-14-days"),
                            QStringLiteral("/docs/cli"), QStringLiteral("/docs/settings"), QStringLiteral("/docs/storage"),
                            QStringLiteral("/changelog"), QStringLiteral("/docs/faq"), QStringLiteral("/download")};

} // namespace

PlausibleDays::PlausibleDays(const Calendar &calendar) : m_calendar(calendar)
{
    for (int p = 0; p < calendar.spec().pages; ++p) {
        m_pages.append(p < kPages.size() ? kPages[p] : QStringLiteral("/docs/page-%1").arg(p));
        m_pageWeights.append(std::pow(p + 1.5, -1.1));
        m_entryBias.append(p == 0 ? 3.0 : p < 4 ? 1.5 : 1.0); // visits start at the front page and the docs
    }
}

Status PlausibleDays::write(Writer &w, int i) const
{
    const Calendar &calendar = m_calendar;
    const DatasetSpec &spec = calendar.spec();
    const QString site = DatasetGenerator::site();
    const QDate day = calendar.day(i);
    const int countries = std::min(spec.countries, int(countryCodes().size()));
    // Enough visitors for every listed page and country to have one on an ordinary day.
    const double base = std::max(200.0, 2.5 * std::max(spec.pages, countries));
    const bool quiet = hash(quint32(i), 11) % 40 == 0;
    const qint64 visitors = quiet ? 0 : std::max<qint64>(countries, qint64(std::round(level(spec, i, base, 200))));
    const qint64 pageviews = quiet ? 0 : std::max<qint64>(spec.pages, qint64(std::round(double(visitors) * (2.0 + 0.8 * noise(quint32(i), 80)))));
    QList<MetricRow> rows;
    rows.reserve(4 + spec.pages + countries);

    QList<double> weights;
    for (int p = 0; p < spec.pages; ++p)
        weights.append(m_pageWeights[p] * (0.8 + 0.4 * noise(quint32(i), 1000 + quint32(p))));
    const QList<qint64> views = apportion(pageviews, weights, 1);
    QList<qint64> readers;
    QList<double> entryWeights;
    for (int p = 0; p < spec.pages; ++p) {
        const double perReader = 1.15 + 0.5 * noise(quint32(i), 2000 + quint32(p));
        readers.append(views[p] == 0 ? 0 : std::min(visitors, std::max<qint64>(1, qint64(std::round(double(views[p]) / perReader)))));
        entryWeights.append(double(readers.last()) * m_entryBias[p]);
    }
    const QList<qint64> entries = apportion(visitors, entryWeights, readers);
    double entrySeconds = 0, entryVisits = 0;
    for (int p = 0; p < spec.pages; ++p) {
        if (views[p] == 0)
            continue;
        QJsonValue duration(QJsonValue::Null); // unknown where no visit began
        if (entries[p] > 0) {
            const double seconds = std::round(20 + 160 * noise(quint32(i), 3000 + quint32(p)));
            duration = seconds;
            entrySeconds += seconds * double(entries[p]);
            entryVisits += double(entries[p]);
        }
        MetricRow r = MetricRow::make("top_pages", site, day, Period::Daily, double(readers[p]), m_pages[p]);
        r.metadata = {{QStringLiteral("visitors"), double(readers[p])}, {QStringLiteral("pageviews"), double(views[p])},
                      {QStringLiteral("entries"), double(entries[p])}, {QStringLiteral("entry_visit_duration"), duration}};
        rows.append(std::move(r));
    }

    weights.clear();
    for (int c = 0; c < countries; ++c)
        weights.append(countryShare(c, true) * (0.8 + 0.4 * noise(quint32(i), 4000 + quint32(c))));
    const QList<qint64> byCountry = apportion(visitors, weights, 1);
    for (int c = 0; c < countries; ++c) {
        if (byCountry[c] == 0)
            continue;
        MetricRow r = MetricRow::make("top_countries", site, day, Period::Daily, double(byCountry[c]), countryCodes()[c]);
        r.metadata = {{QStringLiteral("visitors"), double(byCountry[c])}};
        rows.append(std::move(r));
    }

    MetricRow duration = MetricRow::make("avg_duration", site, day, Period::Daily, 0);
    MetricRow bounce = MetricRow::make("bounce_rate", site, day, Period::Daily, 0);
    duration.value = entryVisits > 0 ? std::optional<double>(std::round(entrySeconds / entryVisits)) : std::nullopt;
    bounce.value = quiet ? std::nullopt : std::optional<double>(std::round(40 + 30 * noise(quint32(i), 13)));
    rows += {MetricRow::make("visitors", site, day, Period::Daily, double(visitors)),
             MetricRow::make("pageviews", site, day, Period::Daily, double(pageviews)), duration, bounce};
    for (MetricRow &r : rows)
        if (auto st = w.row(std::move(r)); !st)
            return st;
    return Ok{};
}

} // namespace insights::sample
