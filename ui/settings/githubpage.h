#pragma once
// Settings → GitHub: which repositories, the token (how to create one, what each scope is for,
// and a Test that says per repository whether traffic and the stargazer list are readable), and
// the API address for GitHub Enterprise.
#include "settingspage.h"

class QLineEdit;
class QPlainTextEdit;

namespace insights {

class TokenField;

class GitHubPage final : public SettingsPage {
    Q_OBJECT
public:
    explicit GitHubPage(AppService &service, QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    QString validate() override;
    QString save(Config &config) override;
    int storeSecrets() override;
    QList<QWidget *> testButtons() const override;

    void setRepositoriesText(const QString &text);
    void setTokenText(const QString &token);

private:
    void test();
    // The repositories as they would be saved (links made owner/name); invalid lines left out.
    QStringList repositories() const;

    QPlainTextEdit *m_repos = nullptr;
    TokenField *m_token = nullptr;
    QLineEdit *m_url = nullptr;
};

} // namespace insights
