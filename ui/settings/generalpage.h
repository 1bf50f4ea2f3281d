#pragma once
// Settings → General: where Insights keeps its data (the data folder, with a button to open it;
// the team database, databasefields.h), start at login, and desktop notifications.
#include "settingspage.h"

class QCheckBox;
class QLineEdit;

namespace insights {

class DatabaseFields;

class GeneralPage final : public SettingsPage {
    Q_OBJECT
public:
    explicit GeneralPage(AppService &service, QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    QString validate() override;
    QString save(Config &config) override;
    int storeSecrets() override;
    QList<QWidget *> testButtons() const override;
    QString databaseStateText() const;

    void setAutostartChecked(bool on);

private:
    QLineEdit *m_dataDir = nullptr;
    QCheckBox *m_autostart = nullptr;
    QCheckBox *m_notifications = nullptr;
    DatabaseFields *m_database = nullptr;
};

} // namespace insights
