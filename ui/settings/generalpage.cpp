#include "generalpage.h"

#include "autostart.h"
#include "databasefields.h"
#include "pageform.h"
#include "service/appservice.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>

namespace insights {

GeneralPage::GeneralPage(AppService &service, QWidget *parent) : SettingsPage(service, parent)
{
    QFormLayout *form = pageform::begin(this, title(), tr("How Insights runs on this computer."));

    auto *row = new QHBoxLayout;
    m_dataDir = new QLineEdit(QDir::toNativeSeparators(service.dataDir()), this);
    m_dataDir->setObjectName(QStringLiteral("dataDir"));
    m_dataDir->setReadOnly(true);
    m_dataDir->setCursorPosition(0);
    row->addWidget(m_dataDir, 1);
    auto *open = new QPushButton(tr("Open folder"), this);
    connect(open, &QPushButton::clicked, this,
            [dir = service.dataDir()] { QDesktopServices::openUrl(QUrl::fromLocalFile(dir)); });
    row->addWidget(open);
    pageform::addRow(form, tr("Data folder:"), row,
                     tr("Everything Insights collected (insights.db), its settings (settings.ini) and its logs. Back "
                        "it up as a whole. To use another folder, start Insights with --data-dir FOLDER or set "
                        "INSIGHT_DATA_DIR."));

    m_database = new DatabaseFields(service, form, this);
    connect(m_database, &DatabaseFields::testStarted, this, &SettingsPage::testStarted);
    connect(m_database, &DatabaseFields::testFinished, this, &SettingsPage::testFinished);
    connect(m_database, &DatabaseFields::stored, this, &SettingsPage::secretStored);

    m_autostart = new QCheckBox(tr("Start Insights at login (in the tray)"), this);
    pageform::addRow(form, tr("Start:"), m_autostart,
                     tr("Then the schedule keeps collecting without you opening the window."));

    m_notifications = new QCheckBox(tr("Show desktop notifications"), this);
    m_notifications->setObjectName(QStringLiteral("notifications"));
    pageform::addRow(form, tr("Notifications:"), m_notifications,
                     tr("A short message from the tray when new stars arrive or a collection fails."));
}

QString GeneralPage::title() const
{
    return tr("General");
}

void GeneralPage::load()
{
    m_autostart->setChecked(Autostart::isEnabled());
    m_notifications->setChecked(m_service.config().notificationsEnabled());
    m_database->load();
}

QString GeneralPage::validate()
{
    return m_database->validate();
}

int GeneralPage::storeSecrets()
{
    return m_database->storePassword() ? 1 : 0;
}

QList<QWidget *> GeneralPage::testButtons() const
{
    return {m_database->testButton()};
}

QString GeneralPage::databaseStateText() const
{
    return m_database->stateText();
}

QString GeneralPage::save(Config &config)
{
    config.setNotificationsEnabled(m_notifications->isChecked());
    m_database->save(config);
    if (m_autostart->isChecked() != Autostart::isEnabled())
        if (auto st = Autostart::setEnabled(m_autostart->isChecked()); !st)
            return st.errorMessage();
    return {};
}

void GeneralPage::setAutostartChecked(bool on)
{
    m_autostart->setChecked(on);
}

} // namespace insights
