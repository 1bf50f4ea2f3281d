#pragma once
// Settings → Plausible: which sites, the Stats API key (where to create one; Test asks Plausible
// about the first site), and the address of a self-hosted Plausible.
#include "settingspage.h"

class QLineEdit;
class QPlainTextEdit;

namespace insights {

class TokenField;

class PlausiblePage final : public SettingsPage {
    Q_OBJECT
public:
    explicit PlausiblePage(AppService &service, QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    QString validate() override;
    QString save(Config &config) override;
    int storeSecrets() override;
    QList<QWidget *> testButtons() const override;

    void setSitesText(const QString &text);
    void setKeyText(const QString &key);

private:
    void test();
    QStringList sites() const;

    QPlainTextEdit *m_sites = nullptr;
    TokenField *m_key = nullptr;
    QLineEdit *m_url = nullptr;
};

} // namespace insights
