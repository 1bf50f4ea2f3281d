#include "alertrules.h"

#include "config/config.h"

namespace insights {

QStringList AlertRules::spikeMetrics()
{
    return {QStringLiteral("stars"), QStringLiteral("views"), QStringLiteral("downloads_people")};
}

double AlertRules::defaultMinimum(const QString &metric)
{
    // Below these a day is not news whatever the ratio: a repository at 1 star a day that gets 4
    // has not been discovered, and 30 views are a few people clicking around.
    if (metric == QLatin1String("stars"))
        return 10;
    if (metric == QLatin1String("views"))
        return 100;
    return 200; // downloads by people
}

AlertRules AlertRules::defaults()
{
    AlertRules rules;
    for (const QString &metric : spikeMetrics())
        rules.spikes.append({metric, QString(), 3, defaultMinimum(metric), true});
    return rules;
}

const SpikeRule *AlertRules::ruleFor(const QString &metric, const QString &subject) const
{
    const SpikeRule *every = nullptr;
    for (const SpikeRule &rule : spikes) {
        if (rule.metric != metric)
            continue;
        if (rule.subject == subject && !subject.isEmpty())
            return rule.enabled ? &rule : nullptr;
        if (rule.subject.isEmpty())
            every = &rule;
    }
    return every && every->enabled ? every : nullptr;
}

QStringList AlertRules::toLines() const
{
    const auto onOff = [](bool on) { return on ? QStringLiteral("on") : QStringLiteral("off"); };
    QStringList lines;
    for (const SpikeRule &r : spikes)
        lines.append(QStringLiteral("spike %1 %2 %3 %4 %5")
                         .arg(r.metric, r.subject.isEmpty() ? QStringLiteral("*") : r.subject, QString::number(r.factor),
                              QString::number(r.minimum), onOff(r.enabled)));
    lines.append(QStringLiteral("new_referrer ") + onOff(newReferrer));
    lines.append(QStringLiteral("traffic_risk ") + onOff(trafficRisk));
    return lines;
}

AlertRules AlertRules::fromLines(const QStringList &lines)
{
    AlertRules rules;
    rules.spikes.clear();
    QStringList seenEvery; // measures with an "every subject" rule
    for (const QString &line : lines) {
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const auto isOn = [](const QString &v) { return v != QLatin1String("off"); };
        if (f.size() == 6 && f[0] == QLatin1String("spike") && spikeMetrics().contains(f[1])) {
            bool factorOk = false, minimumOk = false;
            const double factor = f[3].toDouble(&factorOk);
            const double minimum = f[4].toDouble(&minimumOk);
            if (!factorOk || !minimumOk || factor < 1 || minimum < 0)
                continue;
            const QString subject = f[2] == QLatin1String("*") ? QString() : f[2];
            if (subject.isEmpty())
                seenEvery.append(f[1]);
            rules.spikes.append({f[1], subject, factor, minimum, isOn(f[5])});
        } else if (f.size() == 2 && f[0] == QLatin1String("new_referrer")) {
            rules.newReferrer = isOn(f[1]);
        } else if (f.size() == 2 && f[0] == QLatin1String("traffic_risk")) {
            rules.trafficRisk = isOn(f[1]);
        }
    }
    // Every measure keeps a rule for every subject: one lost to a hand-edited file is the default.
    for (const QString &metric : spikeMetrics())
        if (!seenEvery.contains(metric))
            rules.spikes.append({metric, QString(), 3, defaultMinimum(metric), true});
    return rules;
}

AlertRules AlertRules::load(const Config &config)
{
    const QStringList lines = config.alertRules();
    return lines.isEmpty() ? defaults() : fromLines(lines);
}

void AlertRules::save(Config &config) const
{
    config.setAlertRules(*this == defaults() ? QStringList() : toLines());
}

} // namespace insights
