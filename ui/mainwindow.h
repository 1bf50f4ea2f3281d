#pragma once
// The window: the Overview and a page per source (Stars, Traffic, Activity, PyPI, Plausible, Reddit) under one
// date-range filter, and a Sources page with every source's last and next collection, rows and
// status. It holds no backend object: it asks the application service (service/appservice.h),
// which loads pages in its reading thread, collects in its collection thread and follows each
// source's interval; the window shows what comes back. Progress and Cancel live in the status bar.
#include "alerts/alert.h"
#include "dashboard/pagedata.h"
#include "service/appstatus.h"
#include "service/emptystate.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QPushButton;
class QStackedWidget;
class QToolBar;

namespace insights {

class AppService;
class Banner;
class CollectionStatus;
class DashboardPage;
class DigestDialog;
class NoteDialog;
class DesktopNotifier;
class DateRangeBar;
class PageNavigator;
class RedditTrackBar;
class SecretService;
class SettingsDialog;
class SourceTableModel;
class SourcesPage;
class TokenBanner;
class WelcomePage;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(AppService &service, QWidget *parent = nullptr);
    // A window with its own service (tests): `secrets` not owned; null: the system keychain.
    explicit MainWindow(const QString &dataDir, SecretService *secrets = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    AppService &service() const { return *m_service; }
    SourceTableModel *sourceModel() const;
    bool isCollecting() const;
    DateRangeBar *rangeBar() const { return m_rangeBar; }
    DashboardPage *page(const QString &key) const;
    DashboardPage *currentPage() const;
    void showPage(const QString &key); // a dashboard page key, or "sources"
    // Loads finished for every request made so far (tests wait on it).
    bool isIdle() const { return m_pending == 0; }
    // With a tray, closing hides the window and collection goes on; without, it quits.
    void setCloseHidesWindow(bool hides) { m_closeHides = hides; }
    // Without a tray: closing asks once whether to keep collecting in the background (remembered
    // in the settings), and quits the application when the answer is no.
    void setAsksBeforeClosing(bool asks) { m_askOnClose = asks; }
    // Background collection on each source's interval (on by default; off in some tests).
    void setScheduleEnabled(bool enabled);
    QString lastTrackMessage() const { return m_lastTrackMessage; }
    RedditTrackBar *redditTrackBar() const { return m_redditBar; }
    // Non-empty when a damaged database file was moved aside at start: what, and where to.
    QString recoveryNote() const;
    // Something the user should know from the start (the previous run ended unexpectedly): shown
    // in the banner and the log.
    void addStartupNote(const QString &note);
    // The settings dialog while it is open (it is window-modal, never a nested event loop).
    SettingsDialog *settingsDialog() const;

    // --- first run (mainwindowfirstrun.cpp) -----------------------------------------------------
    // Nothing is tracked: the welcome page fills the window.
    bool isShowingWelcome() const;
    WelcomePage *welcomePage() const { return m_welcome; }
    // The Traffic page's "add a token" banner (shown while no GitHub token is at hand).
    TokenBanner *tokenBanner() const { return m_tokenBanner; }
    // The sample data's window while it is open (this one is hidden meanwhile).
    MainWindow *sampleWindow() const { return m_sampleWindow.data(); }

    // --- your notes (mainwindownotes.cpp) ------------------------------------------------------
    // The note dialog while it is open (add or change), for tests.
    NoteDialog *noteDialog() const;
    // "This week…" on the Overview: the digest dialog, while it is open.
    DigestDialog *digestDialog() const;

public slots:
    void showDigest();
    // "Add a note…": on `day`, belonging to `subject` (empty: the whole project) at first.
    void addNote(const QDate &day, const QString &subject);
    void refresh();
    void reloadPage();
    void collectNow();
    void collectDue();
    void cancelCollection();
    void openSettings();
    // Settings at one of its pages: "github", "pypi", "plausible", "reddit", "schedule", "general".
    void openSettingsAt(const QString &page);
    // Creates (on a pool thread) or reuses the sample data and opens it in its own window.
    void openSample();
    void trackRedditPost(const QString &link);
    void raiseWindow();
    // Ends the application (menu, tray, SIGTERM): every window closes without asking or hiding.
    static void quitApplication();

signals:
    void collectionFinished(bool anyFailed);
    void pageLoaded(const QString &key);
    void redditTrackFinished(bool ok, const QString &message);
    // Something to tell the user (new stars, failures, the 14-day traffic risk). The window
    // delivers it through the desktop's notification service; trayNotification() when there is none.
    void notify(const QString &title, const QString &message, bool warning);
    void trayNotification(const QString &title, const QString &message, bool warning);
    // The sample data's window opened (tests drive it), or could not be made (`error`).
    void sampleOpened(insights::MainWindow *sample);
    void sampleFailed(const QString &error);
    // The sample window is closing: the window it came from comes back.
    void leavingSample();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    void connectService();
    // mainwindowstatus.cpp
    void showStatus(const AppStatus &status);
    void updateBanner();
    void updateCollectedLines();
    void onPageLoaded(int token, const PageData &loaded);
    void appendLog(const QString &message);
    void deliverNotification(const QString &title, const QString &message, bool warning);
    // New alerts: one notification (the first few spelled out), then never again.
    void showAlerts(const QList<Alert> &alerts);
    void askAboutClosing();
    void buildFirstRun(QWidget *dashboard);
    void updateFrame();
    void updateTokenBanner();
    void updateEmptyState(DashboardPage *page);
    void onEmptyStateAction(const EmptyState &state);
    void onTracked();
    void connectNotes(DashboardPage *page);
    void changeNote(qint64 id, const QDate &date, const QString &subject, const QString &text);
    void openNoteDialog(NoteDialog *dialog);
    QStringList noteSubjects() const;

    std::unique_ptr<AppService> m_ownService;
    AppService *m_service = nullptr;
    QPointer<SettingsDialog> m_settings;
    QPointer<NoteDialog> m_noteDialog;
    QPointer<DigestDialog> m_digestDialog;
    QPointer<MainWindow> m_sampleWindow;
    QStackedWidget *m_frame = nullptr;
    WelcomePage *m_welcome = nullptr;
    TokenBanner *m_tokenBanner = nullptr;
    QWidget *m_sampleBar = nullptr;
    QToolBar *m_toolbar = nullptr;
    AppStatus m_lastStatus;
    QStringList m_startupNotes;
    QStringList m_trafficWarnings;
    QStringList m_lastRiskWarnings;
    Banner *m_error = nullptr;
    Banner *m_warning = nullptr;
    PageNavigator *m_nav = nullptr;
    DateRangeBar *m_rangeBar = nullptr;
    QList<DashboardPage *> m_pages;
    RedditTrackBar *m_redditBar = nullptr;
    SourcesPage *m_sources = nullptr;
    CollectionStatus *m_status = nullptr;
    QPushButton *m_collect = nullptr;
    bool m_closeHides = false;
    bool m_askOnClose = false;
    static inline bool s_quitting = false; // quitApplication() was asked: closing means ending
    DesktopNotifier *m_notifier = nullptr;
    int m_token = 0;
    int m_pending = 0;
    QString m_lastTrackMessage;
};

} // namespace insights
