#include "samplemath.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace insights::sample {

quint32 hash(quint32 a, quint32 b)
{
    quint32 h = a * 2654435761u ^ (b + 0x9e3779b9u + (a << 6) + (a >> 2));
    h ^= h >> 15;
    h *= 2246822519u;
    h ^= h >> 13;
    return h;
}

double noise(quint32 a, quint32 b)
{
    return double(hash(a, b) % 1000) / 1000.0;
}

double level(const DatasetSpec &spec, int dayIndex, double base, quint32 seed)
{
    const double t = double(dayIndex) / std::max(1, spec.days);
    const QDate d = spec.today.addDays(dayIndex - spec.days + 1);
    const double weekly = d.dayOfWeek() >= 6 ? 0.65 : 1.0;
    double spike = 1.0;
    for (int k = 1; k <= 6; ++k) {
        const int at = int(spec.days * (k / 7.0));
        if (dayIndex >= at && dayIndex < at + 4)
            spike += 2.5 / double(1 + dayIndex - at);
    }
    return base * (0.35 + 0.9 * t) * weekly * spike * (0.8 + 0.4 * noise(quint32(dayIndex), seed));
}

QList<qint64> apportion(qint64 total, const QList<double> &weights, qint64 floor)
{
    const qsizetype n = weights.size();
    QList<qint64> parts(n, 0);
    if (n == 0 || total <= 0)
        return parts;
    if (floor > 0 && total >= floor * n) {
        parts.fill(floor);
        total -= floor * n;
    }
    double sum = 0;
    for (double w : weights)
        sum += std::max(0.0, w);
    // Quotas rounded down, then one more unit to each of the largest fractions until the total is met.
    QList<std::pair<double, qsizetype>> fractions;
    fractions.reserve(n);
    qint64 given = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const double quota = sum > 0 ? double(total) * std::max(0.0, weights[i]) / sum : double(total) / double(n);
        const auto whole = qint64(std::floor(quota));
        parts[i] += whole;
        given += whole;
        fractions.append({quota - double(whole), i});
    }
    qint64 left = total - given;
    // Largest fractions first, the earlier part on a tie: a total order, so the result does not
    // depend on how the sort treats equal elements. Only the first `left` places are needed.
    const auto larger = [](const auto &a, const auto &b) { return a.first > b.first || (a.first == b.first && a.second < b.second); };
    if (left > 0 && left < n)
        std::partial_sort(fractions.begin(), fractions.begin() + left, fractions.end(), larger);
    else if (left != 0)
        std::sort(fractions.begin(), fractions.end(), larger);
    for (qsizetype k = 0; left > 0; k = (k + 1) % n, --left)
        ++parts[fractions[k].second];
    // Rounding of the quotas can overshoot by a unit in theory: take it back from the smallest fractions.
    for (qsizetype k = n - 1; left < 0; k = (k + n - 1) % n)
        if (parts[fractions[k].second] > 0) {
            --parts[fractions[k].second];
            ++left;
        }
    return parts;
}

QList<qint64> apportion(qint64 total, const QList<double> &weights, const QList<qint64> &caps)
{
    // Parts over their cap are held at it and the rest is shared again among the others, until
    // none is over: each round fixes at least one part, so it ends.
    QList<qint64> parts(weights.size(), 0);
    QList<bool> held(weights.size(), false);
    for (;;) {
        QList<double> open(weights.size(), 0.0);
        qint64 rest = total;
        double openWeight = 0;
        bool room = false;
        for (qsizetype i = 0; i < weights.size(); ++i) {
            if (held[i]) {
                rest -= caps.value(i);
                continue;
            }
            open[i] = std::max(0.0, weights[i]);
            openWeight += open[i];
            room = room || caps.value(i) > 0;
        }
        if (openWeight <= 0) // only weightless parts left: they share evenly
            for (qsizetype i = 0; i < weights.size(); ++i)
                open[i] = held[i] ? 0.0 : 1.0;
        const QList<qint64> shared = room ? apportion(std::max<qint64>(0, rest), open) : QList<qint64>(weights.size(), 0);
        bool over = false;
        for (qsizetype i = 0; i < weights.size(); ++i) {
            parts[i] = held[i] ? caps.value(i) : shared[i];
            if (!held[i] && parts[i] > caps.value(i)) {
                held[i] = true;
                over = true;
            }
        }
        if (!over)
            return parts;
    }
}

const QStringList &countryCodes()
{
    static const QStringList codes = QStringLiteral(
        "US DE GB FR IN CN JP BR CA AU NL SE CH ES IT PL RU KR TW SG FI NO DK AT BE IE PT CZ HU RO UA TR IL AR MX CL CO PE ZA "
        "NG EG KE MA TN VN TH MY ID PH NZ PK BD LK NP IR IQ SA AE QA KW BH OM JO LB SY GR BG RS HR SI SK LT LV EE BY MD GE AM "
        "AZ KZ UZ KG TJ TM MN HK MO BN KH LA MM IS LU MT CY AL MK BA ME XK AD MC SM LI VA GL FO GI IM JE GG AX BO EC VE UY PY "
        "CR PA GT HN SV NI CU DO HT JM TT BS BB BZ GY SR PR DZ LY SD ET UG TZ RW GH CI SN CM AO MZ ZM ZW BW NA MW MG MU SC")
                                     .split(u' ', Qt::SkipEmptyParts);
    return codes;
}

double countryShare(qsizetype index, bool site)
{
    // US DE GB FR IN CN JP BR CA AU NL SE CH ES IT PL: downloads lean on US and Chinese CI and
    // mirrors, a documentation site's readers on Europe and India.
    static const double downloads[] = {0.30, 0.07, 0.045, 0.03, 0.05, 0.11, 0.03, 0.02, 0.025, 0.015, 0.02, 0.01, 0.01, 0.012, 0.012, 0.01};
    static const double visitors[] = {0.22, 0.10, 0.07, 0.05, 0.08, 0.015, 0.025, 0.03, 0.03, 0.02, 0.025, 0.015, 0.015, 0.02, 0.02, 0.02};
    constexpr qsizetype known = qsizetype(std::size(downloads));
    if (index < known)
        return site ? visitors[index] : downloads[index];
    return (site ? 0.004 : 0.006) / (1.0 + 0.08 * double(index - known));
}

} // namespace insights::sample
