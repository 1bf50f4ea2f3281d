#pragma once
// Settings: tracked repositories, the GitHub token (kept in the OS keychain), the GitHub API base
// URL, and per source enabled + interval. Values set by environment variables are shown
// read-only, since the environment wins.
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

    void accept() override;

private:
    std::unique_ptr<Config> m_config;
    SecretStore *m_secrets;
    QPlainTextEdit *m_repos = nullptr;
    QLineEdit *m_token = nullptr;
    QLineEdit *m_githubUrl = nullptr;
    QLabel *m_tokenNote = nullptr;
    QHash<QString, QCheckBox *> m_enabled;
    QHash<QString, QSpinBox *> m_interval;
};

} // namespace insights
