#pragma once
// The arithmetic of the generated datasets: deterministic noise (same spec → same data), the
// day's level every figure follows, and splitting a whole number into whole parts that add up to
// it exactly — real breakdowns sum to their total, so the generated ones must too.
#include "datasetgenerator.h"

#include <QList>
#include <QStringList>

namespace insights::sample {

quint32 hash(quint32 a, quint32 b = 0);
// 0 ≤ noise < 1, a fixed function of its two seeds.
double noise(quint32 a, quint32 b);

// A day's level around `base`: slow growth, a weekly dip, and spikes after releases and Reddit
// posts. `seed` picks the day-to-day noise; two figures with different seeds vary independently.
double level(const DatasetSpec &spec, int dayIndex, double base, quint32 seed);

// Splits `total` into whole parts proportional to `weights` that add up to exactly `total`
// (largest remainder: each part is its quota rounded down; the units left over go to the largest
// fractions, the earlier part first on a tie). With `floor`, every part first gets that much when
// the total allows it, so a breakdown of n items has n rows on every ordinary day.
QList<qint64> apportion(qint64 total, const QList<double> &weights, qint64 floor = 0);

// The same with no part above its cap (e.g. a version's people ≤ its downloads): what a capped
// part cannot take is shared among the others in proportion to their weights. When the caps
// together are below `total`, every part is at its cap.
QList<qint64> apportion(qint64 total, const QList<double> &weights, const QList<qint64> &caps);

// ISO country codes, the most common sources of downloads and visits first (150 of them).
const QStringList &countryCodes();
// How much of a day's downloads (`site` false) or a site's visitors (`site` true) come from the
// country at `index` of countryCodes(), before the day's noise: PyPI's users and a project site's
// readers live in somewhat different places.
double countryShare(qsizetype index, bool site);

} // namespace insights::sample
