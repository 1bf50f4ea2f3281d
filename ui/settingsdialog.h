#pragma once
// Settings, one tab per concern: what to track (repositories, packages, sites), the tokens (kept
// in the OS keychain, never shown again; a Test button asks the API), the API base URLs, each
// source's schedule, and start at login. Values set by environment variables are shown
// read-only, since the environment wins. Saving applies at once: the window re-reads everything.
// The keychain is only ever asked asynchronously (SecretService): Save writes every other setting
// at once, then stores the tokens and closes when the keychain has answered; when it cannot store
// them, the dialog stays open and says so (the environment variable works instead). Test runs its
// request off the UI thread. The Reddit tab takes an installed app's client id (not a secret:
// kept in settings.ini like the other settings) and the user name for Reddit's User-Agent; its
// Test asks Reddit for an app-only token off the UI thread and keeps nothing.
#include <QDialog>
#include <QHash>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace insights {

class Config;
class SecretService;

class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    // `secrets` may be null (no keychain); the dialog then says tokens come from the environment.
    SettingsDialog(const QString &dataDir, SecretService *secrets, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Validates and saves every setting, then starts storing the typed tokens in the keychain
    // (secretsStored() tells when that is done). Returns an error message for the user when a
    // value was refused (then nothing is saved), or an empty string.
    QString applyAndValidate();
    bool isStoringSecrets() const { return m_pendingWrites > 0; }
    // What the dialog tells the user right now (a refusal, a keychain problem, a Test result).
    QString statusText() const;

    void setRepositoriesText(const QString &text);
    void setTokenText(const QString &token);
    void setPackagesText(const QString &text);
    void setSitesText(const QString &text);
    void setPlausibleKeyText(const QString &key);
    void setAutostartChecked(bool on);

    void accept() override;
    void reject() override;

signals:
    // Every setting but the tokens was written.
    void saved();
    // The keychain answered every token write of a Save; `problems` is empty when all were stored.
    void secretsStored(const QStringList &problems);
    void tokenTested(bool ok, const QString &message);

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
    void testRedditClientId();
    void checkToken(int kind, const QString &token);
    void storeSecret(int kind, const QString &token);
    void onSecretStored(int kind, const QString &problem);
    void setBusy(bool busy);
    enum class Tone { Info, Warning, Error };
    void showStatus(const QString &text, Tone tone);

    std::unique_ptr<Config> m_config;
    SecretService *m_secrets;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_status = nullptr;
    QList<QWidget *> m_testButtons;
    int m_pendingWrites = 0;
    int m_pendingTests = 0;
    bool m_closeWhenStored = false;
    QStringList m_writeProblems;
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
    QLineEdit *m_redditClientId = nullptr;
    QLineEdit *m_redditUsername = nullptr;
    QCheckBox *m_autostart = nullptr;
};

} // namespace insights
