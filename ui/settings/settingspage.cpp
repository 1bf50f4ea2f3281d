#include "settingspage.h"

namespace insights {

SettingsPage::SettingsPage(AppService &service, QWidget *parent) : QWidget(parent), m_service(service) {}

} // namespace insights
