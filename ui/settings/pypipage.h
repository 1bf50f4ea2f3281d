#pragma once
// Settings → PyPI: which packages, who counts as a person (the installer rules), and the
// ClickHouse address the downloads are read from.
#include "settingspage.h"

class QLineEdit;
class QPlainTextEdit;

namespace insights {

class InstallerRules;

class PyPiPage final : public SettingsPage {
    Q_OBJECT
public:
    explicit PyPiPage(AppService &service, QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    QString validate() override;
    QString save(Config &config) override;

    void setPackagesText(const QString &text);
    InstallerRules *installerRules() const { return m_rules; }

private:
    QPlainTextEdit *m_packages = nullptr;
    InstallerRules *m_rules = nullptr;
    QLineEdit *m_url = nullptr;
};

} // namespace insights
