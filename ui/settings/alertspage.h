#pragma once
// Settings → Alerts: the rules that raise an alert (core/alerts/alertrules.h) — per measure, a
// day at least N times the usual and at least a count, for every subject or one; a referrer new
// in GitHub's top 10; the 14-day traffic risk — and the weekly digest written to a folder.
#include "alerts/alertrules.h"
#include "settingspage.h"

class QCheckBox;
class QLineEdit;
class QTableWidget;

namespace insights {

class AlertsPage final : public SettingsPage {
    Q_OBJECT
public:
    explicit AlertsPage(AppService &service, QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    QString validate() override;
    QString save(Config &config) override;

    // The rules as the fields say (for validate, save and tests).
    AlertRules rules() const;
    QTableWidget *spikeTable() const { return m_spikes; }
    // A row for a rule of one subject (the Add button's work).
    void addSpikeRow(const SpikeRule &rule);

private:
    QStringList subjectsFor(const QString &metric) const;

    QTableWidget *m_spikes = nullptr;
    QCheckBox *m_newReferrer = nullptr;
    QCheckBox *m_trafficRisk = nullptr;
    QCheckBox *m_digest = nullptr;
    QLineEdit *m_digestFolder = nullptr;
};

} // namespace insights
