// The sample's PyPI days as the pypi collector stores them (pypidownloads.cpp): the versions,
// countries, installers, file types, Python versions and operating systems of a day each add up
// to its downloads_daily; downloads_daily_human is the sum of the installers the database's rules
// (pypi_installer_class) count as people, and each version's `human` is its share of them (human
// + bot = the version's downloads). Mirrors and CI dominate as on real PyPI; a few recent versions
// take most downloads; newer Pythons gain on older ones over the window, and Linux (servers, CI)
// dwarfs the desktops.
#include "collectors/pypi/installerclasses.h"
#include "samplemath.h"
#include "sampleparts.h"
#include "storage/database.h"

#include <QJsonObject>
#include <cmath>
#include <iterator>

namespace insights::sample {

namespace {

struct Installer {
    const char *name; // as PyPI reports it; "" is "no installer", stored as "(none)" like the collector does
    double share;
};

constexpr Installer kInstallers[] = {{"pip", 0.035},   {"uv", 0.012},     {"bandersnatch", 0.42}, {"Browser", 0.06},
                                     {"requests", 0.08}, {"", 0.13},       {"Nexus", 0.05},        {"devpi", 0.03},
                                     {"OS", 0.02},       {"poetry", 0.025}, {"pdm", 0.004},         {"conda", 0.015}};
constexpr int kKnownInstallers = int(std::size(kInstallers));

// A Python minor version or an operating system ("" is "not reported", stored as "(unknown)" like
// the collector does): its share on the window's first day and how much that grows (+) or shrinks
// (−) by its last, relative to itself.
struct Drifting {
    const char *name;
    double share;
    double trend;
};

constexpr Drifting kPythons[] = {{"3.8", 0.05, -0.6}, {"3.9", 0.11, -0.4}, {"3.10", 0.17, -0.2}, {"3.11", 0.23, 0.0},
                                 {"3.12", 0.26, 0.3}, {"3.13", 0.12, 1.2},  {"3.14", 0.02, 3.0},  {"", 0.04, 0.0}};
constexpr Drifting kSystems[] = {{"Linux", 0.81, 0.0}, {"Windows", 0.10, 0.0}, {"Darwin", 0.06, 0.1}, {"", 0.025, 0.0},
                                 {"FreeBSD", 0.005, 0.0}};

int installerCount(const DatasetSpec &spec)
{
    return std::min(spec.installers, kKnownInstallers);
}

// A day's downloads are enough for every breakdown row to hold at least one.
double downloadsBase(const DatasetSpec &spec)
{
    return std::max({4000.0, 60.0 * spec.pypiVersions, 25.0 * spec.countries});
}

MetricRow row(const char *metric, const QDate &day, qint64 value, const QString &item = {})
{
    return MetricRow::make(metric, DatasetGenerator::package(), day, Period::Daily, double(value), item);
}

} // namespace

PypiDays::PypiDays(const Calendar &calendar) : m_calendar(&calendar)
{
    // Names and shares computed once: the large dataset asks for them half a million times.
    const DatasetSpec &spec = calendar.spec();
    for (int n = 0; n < spec.pypiVersions + calendar.releasesUpTo(spec.days - 1); ++n)
        m_versions.append(Calendar::versionName(n));
    for (int rank = 0; rank < spec.pypiVersions; ++rank) {
        m_rankWeights.append(std::pow(1.0 + rank, -1.4)); // a few recent versions take most downloads
        m_humanBias.append(0.3 + 1.7 / (1.0 + 0.5 * rank)); // people install the newest, mirrors everything
    }
}

Result<PypiDays> PypiDays::open(Database &db, const Calendar &calendar)
{
    auto classes = InstallerClasses::load(db.handle());
    if (!classes)
        return classes.error();
    PypiDays days(calendar);
    for (int k = 0; k < installerCount(calendar.spec()); ++k)
        days.m_human.append(classes->isHuman(QLatin1String(kInstallers[k].name)));
    return days;
}

Status PypiDays::write(Writer &w, int i)
{
    const DatasetSpec &spec = m_calendar->spec();
    const QDate day = m_calendar->day(i);
    const auto downloads = qint64(std::round(level(spec, i, downloadsBase(spec), 4000)));
    m_sum += downloads;
    QList<MetricRow> rows;
    rows.reserve(4 + spec.pypiVersions + spec.countries + spec.installers + 2 + qsizetype(std::size(kPythons) + std::size(kSystems)));

    // Installers; people install less at weekends, mirrors do not rest.
    const bool weekend = day.dayOfWeek() >= 6;
    QList<double> weights;
    for (int k = 0; k < m_human.size(); ++k)
        weights.append(kInstallers[k].share * (0.85 + 0.3 * noise(quint32(i), 60 + quint32(k))) * (m_human[k] && weekend ? 0.55 : 1.0));
    const QList<qint64> installers = apportion(downloads, weights, 1);
    qint64 human = 0;
    for (int k = 0; k < m_human.size(); ++k) {
        if (m_human[k])
            human += installers[k];
        if (installers[k] > 0) {
            const QString name = QLatin1String(kInstallers[k].name);
            rows.append(row("downloads_by_installer", day, installers[k], name.isEmpty() ? QStringLiteral("(none)") : name));
        }
    }
    rows.append(row("downloads_daily", day, downloads));
    rows.append(row("downloads_daily_human", day, human));

    // Versions: the newest pypiVersions of the day (a release adds one, the oldest leaves the
    // list), recent ones dominating; the newest ramps up over its first days.
    const int released = m_calendar->releasesUpTo(i);
    const int daysSinceRelease = released > 0 ? m_calendar->daysSinceRelease(i) : 1000;
    weights.clear();
    for (int rank = 0; rank < spec.pypiVersions; ++rank) {
        const double ramp = rank == 0 ? std::min(1.0, (daysSinceRelease + 1) / 4.0) : 1.0;
        weights.append(ramp * m_rankWeights[rank] * (0.85 + 0.3 * noise(quint32(i), 300 + quint32(rank))));
    }
    const QList<qint64> versions = apportion(downloads, weights, 1);
    QList<double> humanWeights;
    for (int rank = 0; rank < spec.pypiVersions; ++rank)
        humanWeights.append(double(versions[rank]) * m_humanBias[rank]);
    const QList<qint64> people = apportion(human, humanWeights, versions);
    for (int rank = 0; rank < spec.pypiVersions; ++rank) {
        if (versions[rank] == 0)
            continue;
        MetricRow r = row("downloads_by_version", day, versions[rank], m_versions[spec.pypiVersions + released - 1 - rank]);
        r.metadata = {{QStringLiteral("human"), double(people[rank])}, {QStringLiteral("bot"), double(versions[rank] - people[rank])}};
        rows.append(std::move(r));
    }

    const QStringList &codes = countryCodes();
    const int countries = std::min(spec.countries, int(codes.size()));
    weights.clear();
    for (int c = 0; c < countries; ++c)
        weights.append(countryShare(c, false) * (0.85 + 0.3 * noise(quint32(i), 500 + quint32(c))));
    const QList<qint64> byCountry = apportion(downloads, weights, 1);
    for (int c = 0; c < countries; ++c)
        if (byCountry[c] > 0)
            rows.append(row("downloads_by_country", day, byCountry[c], codes[c]));

    const double wheels = 0.84 + 0.08 * noise(quint32(i), 70);
    const QList<qint64> types = apportion(downloads, {wheels, 1 - wheels}, 1);
    for (int t = 0; t < 2; ++t)
        if (types[t] > 0)
            rows.append(row("downloads_by_type", day, types[t], t == 0 ? QStringLiteral("bdist_wheel") : QStringLiteral("sdist")));

    const double progress = spec.days > 1 ? double(i) / (spec.days - 1) : 1.0;
    const auto drifting = [&](const char *metric, const auto &list, quint32 seed) {
        QList<double> shares;
        for (const Drifting &d : list)
            shares.append(d.share * (1 + d.trend * progress) * (0.9 + 0.2 * noise(quint32(i), seed + quint32(shares.size()))));
        const QList<qint64> parts = apportion(downloads, shares, 1);
        for (qsizetype k = 0; k < parts.size(); ++k)
            if (parts[k] > 0) {
                const QString name = QLatin1String(list[k].name);
                rows.append(row(metric, day, parts[k], name.isEmpty() ? QStringLiteral("(unknown)") : name));
            }
    };
    drifting("downloads_by_python", kPythons, 800);
    drifting("downloads_by_system", kSystems, 900);

    for (MetricRow &r : rows)
        if (auto st = w.row(std::move(r)); !st)
            return st;
    return Ok{};
}

Status PypiDays::writeTotal(Writer &w) const
{
    // The package is older than the window: about half a year of early downloads came before it.
    const DatasetSpec &spec = m_calendar->spec();
    const auto before = qint64(std::round(level(spec, 0, downloadsBase(spec), 4000) * 180));
    return w.row(MetricRow::make("downloads_total", DatasetGenerator::package(), spec.today, Period::Cumulative, double(m_sum + before)));
}

} // namespace insights::sample
