#pragma once
// One page of Settings: one concern (a source, the schedule, the application), with its own
// fields, rules and saving, so a new source adds a page and the dialog does not grow. The dialog
// asks every page to validate() before any page may save(), so a refused value saves nothing.
// What cannot be answered at once — a token stored in the keychain, a Test asking an API —
// comes back to the dialog through the signals; a page never waits.
#include <QWidget>

namespace insights {

class AppService;
class Config;

class SettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit SettingsPage(AppService &service, QWidget *parent = nullptr);

    // The name in the dialog's list of pages.
    virtual QString title() const = 0;
    // Fills the fields from the settings; what the keychain or the database knows arrives later.
    virtual void load() = 0;
    // What the user must correct first (naming the value), or an empty string.
    virtual QString validate() = 0;
    // Writes the page's values; called only when every page validated. Returns a problem that did
    // not stop the others from being saved (start at login refused), or an empty string.
    virtual QString save(Config &config) = 0;
    // After every page saved: starts storing typed tokens in the keychain. Returns how many
    // answers will come as secretStored().
    virtual int storeSecrets() { return 0; }
    // The buttons that ask an API; the dialog disables them while one is asking or Save waits.
    virtual QList<QWidget *> testButtons() const { return {}; }

signals:
    // A keychain write of storeSecrets() answered; `problem` is empty when the token was stored.
    void secretStored(const QString &problem);
    // A Test began; testFinished() follows (at once when the page itself refuses the value).
    void testStarted();
    void testFinished(bool ok, const QString &text);

protected:
    AppService &m_service;
};

} // namespace insights
