#pragma once
// Settings: a list of pages on the left (GitHub, PyPI, Plausible, Reddit, Schedule, General) and
// the chosen page beside it; each page (ui/settings/) knows its fields, rules and saving. Save asks
// every page to validate first — a refused value saves nothing and shows its page — then every
// page saves, the service re-reads the settings, and the typed tokens go to the keychain without
// waiting for it: the dialog closes when the keychain has answered, or stays open saying what it
// refused and which environment variable works instead. Values set by environment variables are
// shown read-only, since the environment wins. It talks only to AppService.
#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace insights {

class AlertsPage;
class AppService;
class GeneralPage;
class GitHubPage;
class PlausiblePage;
class PyPiPage;
class RedditPage;
class SchedulePage;
class SettingsPage;

class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(AppService &service, QWidget *parent = nullptr);
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

    QList<SettingsPage *> pages() const { return m_pages; }
    // Shows the page at `index` of pages().
    void showPage(int index);
    // Shows a page by name: "github", "pypi", "plausible", "reddit", "schedule", "alerts", "general".
    AlertsPage *alertsPage() const { return m_alerts; }
    void showPage(const QString &key);

    void accept() override;
    void reject() override;

signals:
    // Every setting but the tokens was written.
    void saved();
    // The keychain answered every token write of a Save; `problems` is empty when all were stored.
    void secretsStored(const QStringList &problems);
    void tokenTested(bool ok, const QString &message);

private:
    void addPage(SettingsPage *page);
    void onTestStarted();
    void onTestFinished(bool ok, const QString &text);
    void onSecretStored(const QString &problem);
    void updateButtons();
    enum class Tone { Info, Warning, Error };
    void showStatus(const QString &text, Tone tone);

    AppService &m_service;
    QListWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_status = nullptr;
    QList<SettingsPage *> m_pages;
    GitHubPage *m_github = nullptr;
    PyPiPage *m_pypi = nullptr;
    PlausiblePage *m_plausible = nullptr;
    RedditPage *m_reddit = nullptr;
    SchedulePage *m_schedule = nullptr;
    GeneralPage *m_general = nullptr;
    AlertsPage *m_alerts = nullptr;
    int m_pendingWrites = 0;
    int m_pendingTests = 0;
    bool m_busy = false;
    bool m_closeWhenStored = false;
    QStringList m_writeProblems;
};

} // namespace insights
