#pragma once
// Settings, one tab per concern: what to track (repositories, packages, sites), the tokens (kept
// in the OS keychain, never shown again; a Test button asks the API), the API base URLs, each
// source's schedule, and start at login. Values set by environment variables are shown
// read-only, since the environment wins. Saving applies at once: the window re-reads everything.
#include <QDialog>
#include <QHash>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace insights {

class Config;
class SecretStore;

class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    // `secrets` may be null (no keychain); the dialog then says tokens come from the environment.
    SettingsDialog(const QString &dataDir, SecretStore *secrets, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Validates and saves. Returns an error message for the user, or an empty string on success.
    QString applyAndValidate();

    void setRepositoriesText(const QString &text);
    void setTokenText(const QString &token);
    void setPackagesText(const QString &text);
    void setSitesText(const QString &text);
    void setPlausibleKeyText(const QString &key);
    void setAutostartChecked(bool on);

    void accept() override;

private:
    QWidget *githubTab();
    QWidget *pypiTab();
    QWidget *plausibleTab();
    QWidget *redditTab();
    QWidget *sourcesTab();
    QLineEdit *urlField(int api, QWidget *parent);
    QPlainTextEdit *listField(const QStringList &values, const QString &placeholder, const QStringList &envVariables,
                              QWidget *parent);
    QLineEdit *secretField(int kind, QLabel **note, QWidget *parent);
    void testToken(int kind);

    std::unique_ptr<Config> m_config;
    SecretStore *m_secrets;
    QPlainTextEdit *m_repos = nullptr;
    QPlainTextEdit *m_packages = nullptr;
    QPlainTextEdit *m_sites = nullptr;
    QLineEdit *m_token = nullptr;
    QLineEdit *m_plausibleKey = nullptr;
    QLabel *m_tokenNote = nullptr;
    QLabel *m_plausibleNote = nullptr;
    QHash<int, QLineEdit *> m_urls; // Api → field
    QHash<QString, QCheckBox *> m_enabled;
    QHash<QString, QSpinBox *> m_interval;
    QSpinBox *m_reconcileDays = nullptr;
    QSpinBox *m_redditDays = nullptr;
    QCheckBox *m_autostart = nullptr;
};

} // namespace insights
