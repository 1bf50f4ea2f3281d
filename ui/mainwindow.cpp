#include "mainwindow.h"

#include "banner.h"
#include "collectionstatus.h"
#include "dashboard/dashboarddata.h"
#include "dashboardpage.h"
#include "daterangebar.h"
#include "desktopnotifier.h"
#include "alerts/alertrules.h"
#include "mainmenu.h"
#include "pagenavigator.h"
#include "reddittrackbar.h"
#include "service/appservice.h"
#include "service/runsummary.h"
#include "settingsdialog.h"
#include "sourcespage.h"
#include "sourcetablemodel.h"
#include "util/appid.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace insights {

namespace {

const QString kSources = QStringLiteral("sources");

} // namespace

MainWindow::MainWindow(const QString &dataDir, SecretService *secrets, QWidget *parent)
    : MainWindow(*new AppService(dataDir, secrets), parent)
{
    m_ownService.reset(m_service);
}

MainWindow::MainWindow(AppService &service, QWidget *parent) : QMainWindow(parent), m_service(&service)
{
    setWindowTitle(tr("Insights"));
    setWindowIcon(QIcon::fromTheme(QLatin1String(kAppId), QIcon(QStringLiteral(":/icons/insights.svg"))));
    resize(1280, 860);

    auto *toolbar = m_toolbar = addToolBar(tr("Range"));
    toolbar->setObjectName(QStringLiteral("rangeToolbar"));
    toolbar->setMovable(false);
    m_rangeBar = new DateRangeBar(toolbar);
    toolbar->addWidget(m_rangeBar);
    auto *settings = new QPushButton(tr("Settings…"), toolbar);
    m_collect = new QPushButton(tr("Collect now"), toolbar);
    m_collect->setToolTip(tr("Collect every enabled source now (Ctrl+R)"));
    m_collect->setShortcut(QKeySequence(QStringLiteral("Ctrl+R")));
    toolbar->addWidget(settings);
    toolbar->addWidget(m_collect);

    auto *central = new QWidget;
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    // Above the welcome page and the pages alike (buildFirstRun places them).
    m_error = new Banner(Banner::Tone::Error);
    m_warning = new Banner(Banner::Tone::Warning);
    m_nav = new PageNavigator(central);
    outer->addWidget(m_nav, 1);
    buildPages();
    buildFirstRun(central);
    settings->setEnabled(!m_service->isSample()); // sample data has no settings
    m_status = new CollectionStatus(statusBar());

    connect(m_collect, &QPushButton::clicked, this, &MainWindow::collectNow);
    connect(m_status, &CollectionStatus::cancelRequested, this, &MainWindow::cancelCollection);
    connect(settings, &QPushButton::clicked, this, &MainWindow::openSettings);
    connect(m_rangeBar, &DateRangeBar::changed, this, &MainWindow::reloadPage);
    connect(m_nav, &PageNavigator::currentChanged, this, [this](const QString &key) {
        if (!m_service->isSample())
            m_service->config().setLastPage(key);
        reloadPage();
    });
    connect(m_nav, &PageNavigator::shownAgain, this, &MainWindow::reloadPage);
    // "12 min ago" under a page's title stays true while the window stays open.
    auto *minute = new QTimer(this);
    connect(minute, &QTimer::timeout, this, &MainWindow::updateCollectedLines);
    minute->start(60'000);
    new MainMenu(*this);
    m_notifier = new DesktopNotifier(this);
    connect(m_notifier, &DesktopNotifier::undelivered, this, &MainWindow::trayNotification);
    connect(this, &MainWindow::notify, this, &MainWindow::deliverNotification);
    connectService();

    // The page first: the reading thread takes requests in order, and the Sources page's row
    // counts (asked for by refresh) can wait.
    showPage(m_service->config().lastPage());
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPages()
{
    for (const QString &key : DashboardData::pages()) {
        auto *page = new DashboardPage(key);
        m_pages.append(page);
        m_nav->addPage(key, DashboardData::title(key), page);
        connect(page, &DashboardPage::subjectChanged, this, &MainWindow::reloadPage);
        connect(page, &DashboardPage::installerClassChanged, m_service, &AppService::setInstallerClass);
        connect(page, &DashboardPage::emptyStateAction, this, &MainWindow::onEmptyStateAction);
        connectNotes(page);
        connect(page, &DashboardPage::cardActivated, this, [this](const QString &target, const QString &subject) {
            if (DashboardPage *shown = this->page(target)) {
                shown->selectSubject(subject);
                showPage(target);
            }
        });
        page->setLogScale(m_service->config().logScale(key));
        connect(page, &DashboardPage::logScaleChanged, this, [this, key](bool on) { m_service->config().setLogScale(key, on); });
        connect(page, &DashboardPage::retryRequested, this, [this](const QString &source) { m_service->collect({source}); });
        connect(page, &DashboardPage::tableRowsRequested, this, [this, page](const PageRequest &request, const QString &id, const TableQuery &query) {
            m_service->loadTable(request, id, query, page, [page, request, id](const Result<TableData> &rows) { page->showTableRows(request, id, rows); });
        });
        // "Stop tracking…" on a Reddit post (confirmed by the table): its history stays, as in Settings.
        connect(page, &DashboardPage::stopTrackingRequested, this, [this](const QString &postId) {
            m_service->removeRedditPost(postId, false, this, [this](const Status &removed) {
                if (!removed)
                    appendLog(removed.errorMessage());
                reloadPage();
            });
        });
    }
    // The Reddit page takes links to track.
    m_redditBar = new RedditTrackBar;
    page(QStringLiteral("reddit"))->setHeaderWidget(m_redditBar);
    connect(m_redditBar, &RedditTrackBar::trackRequested, this, &MainWindow::trackRedditPost);
    m_sources = new SourcesPage;
    m_nav->addPage(kSources, tr("Sources"), m_sources);
}

void MainWindow::connectService()
{
    AppService *service = m_service;
    // The first page was asked for before the database was open: the reading thread answers it
    // after opening, in order, so nothing is asked twice.
    connect(service, &AppService::ready, this, [this] {
        if (!m_service->recoveryNote().isEmpty())
            appendLog(m_service->recoveryNote());
        updateBanner();
        m_service->announceUnnotifiedAlerts(); // raised by a collection while the window was closed
    });
    connect(service, &AppService::settingsChanged, this, [this] {
        updateFrame();
        updateTokenBanner();
        refresh();
        reloadPage();
    });
    connect(service, &AppService::credentialsKnown, this, [this] {
        updateTokenBanner();
        updateEmptyState(currentPage());
    });
    // A source of a run is stored: the page that shows it fills now, not at the end of the run.
    connect(service, &AppService::sourceCollected, this, [this](const QString &source) {
        if (DashboardPage *current = currentPage(); current && DashboardData::sources(current->key()).contains(source))
            reloadPage();
        refresh();
    });
    connect(service, &AppService::notice, this, &MainWindow::appendLog);
    connect(service, &AppService::progress, this, &MainWindow::appendLog);
    connect(service, &AppService::pageLoaded, this, &MainWindow::onPageLoaded);
    connect(service, &AppService::statusChanged, this, &MainWindow::showStatus);
    connect(service, &AppService::rowCountsLoaded, m_sources->model(), &SourceTableModel::setRowCounts);
    connect(service, &AppService::collectingChanged, this, [this](bool collecting) {
        m_collect->setEnabled(!collecting && m_service->databaseError().isEmpty() && !m_service->isSample());
        m_status->setCollecting(collecting);
        updateEmptyState(currentPage());
    });
    connect(service, &AppService::newStars, this, [this](int count) {
        emit notify(tr("New stars"), tr("%n new star(s) since the last collection.", nullptr, count), false);
    });
    connect(service, &AppService::alertsRaised, this, &MainWindow::showAlerts);
    connect(service, &AppService::collectionStarted, this, [this](const QStringList &sources) {
        appendLog(sources.isEmpty() ? tr("Collecting…") : tr("Collecting %1…").arg(sources.join(QStringLiteral(", "))));
    });
    connect(service, &AppService::collectionFinished, this, [this](const RunReport &report, const QString &summary) {
        appendLog(summary);
        const QStringList failures = RunSummary::failures(report);
        if (!failures.isEmpty())
            emit notify(tr("Collection failed"), failures.join(QLatin1Char('\n')), true);
        reloadPage();
        emit collectionFinished(report.anyFailed());
    });
    connect(service, &AppService::redditTracked, this, [this](bool ok, const QString &message) {
        m_lastTrackMessage = message;
        appendLog(message);
        m_redditBar->showResult(ok, message); // where the link was pasted, not in the status bar
        if (ok) {
            m_redditBar->clear();
            showPage(QStringLiteral("reddit"));
        }
        emit redditTrackFinished(ok, message);
        emit notify(ok ? tr("Reddit post tracked") : tr("Not tracked"), message, !ok);
    });
}

SourceTableModel *MainWindow::sourceModel() const
{
    return m_sources->model();
}

bool MainWindow::isCollecting() const
{
    return m_service->isCollecting();
}

QString MainWindow::recoveryNote() const
{
    return m_service->recoveryNote();
}

DashboardPage *MainWindow::page(const QString &key) const
{
    for (DashboardPage *p : m_pages)
        if (p->key() == key)
            return p;
    return nullptr;
}

DashboardPage *MainWindow::currentPage() const
{
    return qobject_cast<DashboardPage *>(m_nav->currentPage());
}

void MainWindow::showPage(const QString &key)
{
    m_nav->showPage(key);
}

void MainWindow::reloadPage()
{
    DashboardPage *current = currentPage();
    if (!current || !m_service->databaseError().isEmpty())
        return;
    PageRequest request;
    request.page = current->key();
    request.subject = current->subject();
    request.subjects = current->comparedSubjects();
    request.alignByStart = current->alignByStart();
    request.compare = m_rangeBar->compare();
    request.allTime = m_rangeBar->preset() == RangePreset::All;
    request.range = m_rangeBar->range(QDate::currentDate(), {});
    ++m_pending;
    current->setLoading(true);
    m_token = m_service->loadPage(request);
}

void MainWindow::onPageLoaded(int token, const PageData &loaded)
{
    --m_pending;
    if (token != m_token)
        return; // replaced by a newer request
    if (DashboardPage *p = page(loaded.request.page)) {
        p->setData(loaded);
        m_rangeBar->setCompareAvailable(loaded.compareAvailable || !loaded.error.isEmpty());
        updateEmptyState(p);
        emit pageLoaded(loaded.request.page);
    }
}

void MainWindow::refresh()
{
    m_service->refreshStatus(); // built in the reading thread; shown by showStatus()
}

void MainWindow::addStartupNote(const QString &note)
{
    m_startupNotes << note;
    appendLog(note);
    updateBanner();
}

void MainWindow::setScheduleEnabled(bool enabled)
{
    m_service->setScheduleEnabled(enabled);
}

void MainWindow::collectDue()
{
    m_service->collectDue();
}

void MainWindow::collectNow()
{
    m_service->collect();
}

void MainWindow::trackRedditPost(const QString &link)
{
    m_redditBar->showResult(true, tr("Looking up the Reddit post…"));
    m_service->trackRedditPost(link);
}

void MainWindow::cancelCollection()
{
    if (!m_service->isCollecting())
        return;
    m_status->setCancelling();
    appendLog(tr("Cancelling…"));
    m_service->cancel();
}

SettingsDialog *MainWindow::settingsDialog() const
{
    return m_settings.data();
}

void MainWindow::openSettings()
{
    if (m_service->isSample()) {
        appendLog(tr("Sample data has no settings; leave the sample to change yours."));
        return;
    }
    if (m_settings) {
        m_settings->raise();
        m_settings->activateWindow();
        return;
    }
    // Window-modal and without exec(): the window's event loop, and with it the schedule, the
    // page loads and the keychain's answers, keeps turning while the dialog is open.
    m_settings = new SettingsDialog(*m_service, this);
    m_settings->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_settings, &SettingsDialog::secretsStored, this, [this](const QStringList &problems) {
        for (const QString &problem : problems)
            appendLog(problem);
    });
    m_settings->open();
}

void MainWindow::raiseWindow()
{
    show();
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
}

void MainWindow::appendLog(const QString &message)
{
    m_sources->appendLog(message);
    const QStringList lines = message.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (m_service->isCollecting() && !lines.isEmpty())
        m_status->setText(lines.last());
}

void MainWindow::showAlerts(const QList<Alert> &alerts)
{
    // One notification for the lot, the first three spelled out: a collection that finds five
    // spikes must not bury the desktop in five messages. All of them stay on the Overview.
    constexpr qsizetype kSpelledOut = 3;
    QStringList lines;
    QList<qint64> ids;
    for (const Alert &alert : alerts) {
        ids.append(alert.id);
        if (lines.size() < kSpelledOut)
            lines.append(AlertText::describe(alert));
    }
    if (alerts.size() > kSpelledOut)
        lines.append(tr("%n more on the Overview.", nullptr, int(alerts.size() - kSpelledOut)));
    emit notify(tr("%n alert(s)", nullptr, int(alerts.size())), lines.join(QLatin1Char('\n')), false);
    m_service->markAlertsNotified(ids);
    if (DashboardPage *current = currentPage(); current && current->key() == QLatin1String("overview"))
        reloadPage();
}

void MainWindow::deliverNotification(const QString &title, const QString &message, bool warning)
{
    if (!m_service->config().notificationsEnabled()) // Settings → General
        return;
    if (isVisible() && isActiveWindow() && !warning)
        return; // the window shows it already
    if (!m_notifier->send(title, message, warning))
        emit trayNotification(title, message, warning);
}

void MainWindow::askAboutClosing()
{
    // Window-modal and without exec(): collection and the schedule go on while it is open.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Keep collecting?"),
                                tr("This desktop has no system tray, so closing the window would normally end Insights "
                                   "and its background collection.\n\nInsights can keep collecting without a window. "
                                   "To bring the window back, start Insights again (from the menu, or at login with "
                                   "\"Start at login\" in Settings → General)."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("closeQuestion"));
    box->setTextFormat(Qt::PlainText);
    QPushButton *keep = box->addButton(tr("Keep collecting in the background"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepCollecting"));
    QPushButton *quit = box->addButton(tr("Quit Insights"), QMessageBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitInsights"));
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, keep](QAbstractButton *clicked) {
        m_service->config().setKeepCollectingWhenClosed(clicked == keep);
        m_service->config().sync();
        close(); // answered now: the close acts on it
    });
    box->open();
}

void MainWindow::quitApplication()
{
    // Qt sends every window a close event first and gives up quitting when one ignores it: the
    // flag makes the windows that would hide or ask (tray, no tray) close instead.
    s_quitting = true;
    QCoreApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (s_quitting) {
        m_service->cancel(); // nothing of an interrupted source is written
        event->accept();
        return;
    }
    if (m_service->isSample()) {
        emit leavingSample(); // the window it came from shows before this one goes
        event->accept();
        return;
    }
    if (m_closeHides) {
        hide(); // the tray keeps collecting
        event->ignore();
        return;
    }
    if (m_askOnClose) {
        const std::optional<bool> keep = m_service->config().keepCollectingWhenClosed();
        if (!keep) {
            event->ignore();
            askAboutClosing();
            return;
        }
        if (*keep) {
            hide(); // collecting goes on; starting Insights again shows the window
            event->ignore();
            appendLog(tr("The window is closed; Insights keeps collecting in the background."));
            return;
        }
        m_service->cancel();
        event->accept();
        QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        return;
    }
    // Closing ends the app: a running collection is cancelled cleanly when the service ends
    // (nothing of an interrupted source is written).
    m_service->cancel();
    event->accept();
}

} // namespace insights
