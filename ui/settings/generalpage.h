#pragma once
// Settings → General: where Insights keeps its data (shown, with a button to open it), start at
// login, and desktop notifications.
#include "settingspage.h"

class QCheckBox;
class QLineEdit;

namespace insights {

class GeneralPage final : public SettingsPage {
    Q_OBJECT
public:
    explicit GeneralPage(AppService &service, QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    QString validate() override { return {}; }
    QString save(Config &config) override;

    void setAutostartChecked(bool on);

private:
    QLineEdit *m_dataDir = nullptr;
    QCheckBox *m_autostart = nullptr;
    QCheckBox *m_notifications = nullptr;
};

} // namespace insights
