#pragma once
// What raises an alert, kept in settings.ini (`alerts/rules`, one line per rule) and edited on
// Settings → Alerts:
//   - a spike: a day at least `factor` times the median of the 28 days before it, and at least
//     `minimum` (so 1 → 4 stars is no spike), per measure — new stars, views, downloads by
//     people — for every subject or for one (a subject's own rule wins over the "every" rule);
//   - a referrer new in GitHub's top 10 of a day;
//   - the 14-day traffic risk (the window's warning; see status/trafficrisk.h).
#include <QList>
#include <QString>
#include <QStringList>

namespace insights {

class Config;

struct SpikeRule {
    QString metric;  // "stars", "views" or "downloads_people"
    QString subject; // empty: every subject of the measure
    double factor = 3;
    double minimum = 0;
    bool enabled = true;

    bool operator==(const SpikeRule &) const = default;
};

struct AlertRules {
    QList<SpikeRule> spikes;
    bool newReferrer = true;
    bool trafficRisk = true;

    // The measures a spike rule may watch, in the order Settings lists them.
    static QStringList spikeMetrics();
    // Stars, views and downloads by people, each 3× with a minimum that keeps small numbers quiet.
    static AlertRules defaults();
    static double defaultMinimum(const QString &metric);
    // From the settings; a line that cannot be read is skipped (the defaults fill what is missing).
    static AlertRules load(const Config &config);
    void save(Config &config) const;
    // The rule that applies to `subject`'s `metric`: its own, else the one for every subject;
    // nullptr when none (or the one that applies is off).
    const SpikeRule *ruleFor(const QString &metric, const QString &subject) const;

    // The settings' lines ("spike views * 3 50 on", "new_referrer on", "traffic_risk off").
    QStringList toLines() const;
    static AlertRules fromLines(const QStringList &lines);

    bool operator==(const AlertRules &) const = default;
};

} // namespace insights
