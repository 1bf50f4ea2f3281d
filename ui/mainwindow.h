#pragma once
// The window: a page per source (Stars, Traffic, Activity, PyPI, Plausible, Reddit) under one
// date-range filter, and a Sources page with every source's last and next collection, rows and
// status. Pages load in a worker thread; collections run in another (the window never waits for
// the network or for SQL over large ranges). Background collection follows each source's
// interval; progress and Cancel live in the status bar. The keychain is asked only here, on the
// UI thread and asynchronously, right before each run; the collection gets the secrets as values.
#include "dashboard/pagedata.h"
#include "storage/database.h"

#include <QMainWindow>
#include <QPointer>
#include <QThread>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace insights {

class CollectionWorker;
class DashboardPage;
class DateRangeBar;
class PageLoader;
class SecretService;
class SettingsDialog;
class SourceTableModel;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    // `secrets`: where tokens are kept (not owned); null: the system keychain, owned by the window.
    explicit MainWindow(const QString &dataDir, SecretService *secrets = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    SourceTableModel *sourceModel() const { return m_model; }
    bool isCollecting() const { return m_collecting; }
    DateRangeBar *rangeBar() const { return m_rangeBar; }
    DashboardPage *page(const QString &key) const;
    DashboardPage *currentPage() const;
    void showPage(const QString &key); // a dashboard page key, or "sources"
    // Loads finished for every request made so far (tests wait on it).
    bool isIdle() const { return m_pending == 0; }
    // With a tray, closing hides the window and collection goes on; without, it quits.
    void setCloseHidesWindow(bool hides) { m_closeHides = hides; }
    // Background collection on each source's interval (on by default; off in some tests).
    void setScheduleEnabled(bool enabled);
    QString lastTrackMessage() const { return m_lastTrackMessage; }
    // Non-empty when a damaged database file was moved aside at start: what, and where to.
    QString recoveryNote() const { return m_recoveryNote; }
    // Something the user should know from the start (the previous run ended unexpectedly): shown
    // in the banner and the log.
    void addStartupNote(const QString &note);
    // The settings dialog while it is open (it is window-modal, never a nested event loop).
    SettingsDialog *settingsDialog() const;

public slots:
    void refresh();
    void reloadPage();
    void collectNow();
    void collectDue();
    void cancelCollection();
    void openSettings();
    void trackRedditPost(const QString &link);
    void raiseWindow();

signals:
    void collectionFinished(bool anyFailed);
    void pageLoaded(const QString &key);
    void redditTrackFinished(bool ok, const QString &message);
    // For the tray: new stars, failures, the 14-day traffic risk.
    void notify(const QString &title, const QString &message, bool warning);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildSourcesPage();
    void startCollection(const QStringList &sources, bool scheduled);
    void updateBanner();
    void onCollectionFinished(const QString &summary, bool anyFailed);
    void onPageLoaded(int token, const PageData &loaded);
    void appendLog(const QString &message);
    void setCollecting(bool collecting);

    QString m_dataDir;
    std::unique_ptr<SecretService> m_ownSecrets;
    SecretService *m_secrets = nullptr;
    QPointer<SettingsDialog> m_settings;
    int m_runSerial = 0;             // a run waiting for the keychain is dropped when this moves on
    bool m_waitingForSecrets = false;
    QStringList m_startupNotes;
    QStringList m_trafficWarnings;
    Database m_db;
    QString m_dbError;
    SourceTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_error = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    DateRangeBar *m_rangeBar = nullptr;
    QList<DashboardPage *> m_pages;
    QLineEdit *m_redditLink = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QPushButton *m_collect = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QTimer *m_scheduleTimer = nullptr;
    QThread m_thread;
    QThread m_loaderThread;
    CollectionWorker *m_worker = nullptr;
    PageLoader *m_loader = nullptr;
    bool m_collecting = false;
    bool m_closeHides = false;
    int m_token = 0;
    int m_pending = 0;
    QStringList m_lastRiskWarnings;
    QString m_lastTrackMessage;
    QString m_recoveryNote; // the database file was unreadable and moved aside
};

} // namespace insights
