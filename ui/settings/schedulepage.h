#pragma once
// Settings → Schedule: for each source, by its name, whether Insights collects it in the
// background and how often ("every [6] h" right beside it), with a sentence on what it collects;
// and how often the stargazer list is walked in full to find unstars.
#include "settingspage.h"

#include <QHash>

class QCheckBox;
class QSpinBox;

namespace insights {

class SchedulePage final : public SettingsPage {
    Q_OBJECT
public:
    explicit SchedulePage(AppService &service, QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    QString validate() override { return {}; }
    QString save(Config &config) override;

private:
    QHash<QString, QCheckBox *> m_enabled; // source key → its box (the text is the display name)
    QHash<QString, QSpinBox *> m_interval;
    QHash<QString, int> m_defaultHours;
    QSpinBox *m_reconcileDays = nullptr;
};

} // namespace insights
