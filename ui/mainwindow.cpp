#include "mainwindow.h"

#include "collectionworker.h"
#include "collectors/pypi/installerclasses.h"
#include "config/config.h"
#include "dashboard/dashboarddata.h"
#include "dashboardpage.h"
#include "daterangebar.h"
#include "pageloader.h"
#include "scheduling/schedule.h"
#include "secrets/keychain.h"
#include "secrets/secretsnapshot.h"
#include "secrets/tokens.h"
#include "settingsdialog.h"
#include "sourcetablemodel.h"
#include "util/appid.h"
#include "util/clock.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QDebug>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace insights {

namespace {

QLabel *banner(const QString &style, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // messages quote servers and file paths: text, never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setContentsMargins(10, 8, 10, 8);
    label->setStyleSheet(style);
    label->hide();
    return label;
}

const QString kSources = QStringLiteral("sources");

} // namespace

MainWindow::MainWindow(const QString &dataDir, SecretService *secrets, QWidget *parent)
    : QMainWindow(parent), m_dataDir(dataDir), m_secrets(secrets)
{
    if (!m_secrets) {
        m_ownSecrets = std::make_unique<Keychain>();
        m_secrets = m_ownSecrets.get();
    }
    setWindowTitle(tr("Insights"));
    setWindowIcon(QIcon::fromTheme(QLatin1String(kAppId), QIcon(QStringLiteral(":/icons/insights.svg"))));
    resize(1280, 860);

    auto *toolbar = addToolBar(tr("Range"));
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

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_error = banner(QStringLiteral("background:#fde2e1; color:#7a1212;"), central);
    m_warning = banner(QStringLiteral("background:#fff4ce; color:#5c4400;"), central);
    outer->addWidget(m_error);
    outer->addWidget(m_warning);
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    outer->addLayout(body, 1);

    m_nav = new QListWidget(central);
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setFixedWidth(150);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setSpacing(2);
    m_stack = new QStackedWidget(central);
    for (const QString &key : DashboardData::pages()) {
        auto *page = new DashboardPage(key, m_stack);
        m_pages.append(page);
        m_stack->addWidget(page);
        auto *item = new QListWidgetItem(DashboardData::title(key), m_nav);
        item->setData(Qt::UserRole, key);
        item->setSizeHint(QSize(0, 30));
        connect(page, &DashboardPage::subjectChanged, this, &MainWindow::reloadPage);
        connect(page, &DashboardPage::installerClassChanged, this, [this](const QString &installer, const QString &cls) {
            if (auto st = InstallerClasses::set(m_db.handle(), installer, cls); !st)
                appendLog(st.errorMessage());
            else
                appendLog(tr("PyPI: %1 now counts as %2; the next pypi collection applies it to the days it reads.")
                              .arg(installer.isEmpty() ? tr("(no installer)") : installer, cls));
            reloadPage();
        });
    }
    // The Reddit page takes links to track.
    {
        auto *reddit = page(QStringLiteral("reddit"));
        auto *row = new QHBoxLayout;
        m_redditLink = new QLineEdit(reddit);
        m_redditLink->setPlaceholderText(tr("Paste a Reddit post link (any form, share links too)"));
        m_redditLink->setClearButtonEnabled(true);
        auto *track = new QPushButton(tr("Track post"), reddit);
        row->addWidget(m_redditLink, 1);
        row->addWidget(track);
        auto *layout = qobject_cast<QVBoxLayout *>(reddit->layout());
        layout->insertLayout(0, row);
        layout->itemAt(0)->layout()->setContentsMargins(12, 8, 12, 0);
        const auto submit = [this] {
            if (!m_redditLink->text().trimmed().isEmpty())
                trackRedditPost(m_redditLink->text());
        };
        connect(track, &QPushButton::clicked, this, submit);
        connect(m_redditLink, &QLineEdit::returnPressed, this, submit);
    }
    m_stack->addWidget(buildSourcesPage());
    auto *sourcesItem = new QListWidgetItem(tr("Sources"), m_nav);
    sourcesItem->setData(Qt::UserRole, kSources);
    sourcesItem->setSizeHint(QSize(0, 30));
    // Ctrl+1 … Ctrl+7 jump to a page.
    for (int i = 0; i < m_nav->count(); ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { m_nav->setCurrentRow(i); });
        m_nav->item(i)->setToolTip(tr("Ctrl+%1").arg(i + 1));
    }
    body->addWidget(m_nav);
    body->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(14);
    m_progress->hide();
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    m_cancel->hide();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    connect(m_collect, &QPushButton::clicked, this, &MainWindow::collectNow);
    connect(m_cancel, &QToolButton::clicked, this, &MainWindow::cancelCollection);
    connect(settings, &QPushButton::clicked, this, &MainWindow::openSettings);
    connect(m_rangeBar, &DateRangeBar::changed, this, &MainWindow::reloadPage);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        QSettings(Config(m_dataDir).settingsPath(), QSettings::IniFormat).setValue(QStringLiteral("window/page"), m_nav->item(row)->data(Qt::UserRole));
        reloadPage();
    });

    // Collections in one worker thread, page loads in another.
    m_worker = new CollectionWorker(m_dataDir);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &CollectionWorker::progress, this, &MainWindow::appendLog);
    connect(m_worker, &CollectionWorker::finished, this, &MainWindow::onCollectionFinished);
    connect(m_worker, &CollectionWorker::outcome, this, [this](int newStars, const QStringList &failures) {
        if (newStars > 0)
            emit notify(tr("New stars"), tr("%n new star(s) since the last collection.", nullptr, newStars), false);
        if (!failures.isEmpty())
            emit notify(tr("Collection failed"), failures.join(QLatin1Char('\n')), true);
    });
    connect(m_worker, &CollectionWorker::redditTracked, this, [this](bool ok, const QString &message) {
        m_lastTrackMessage = message;
        appendLog(message);
        m_status->setText(message);
        if (ok) {
            m_redditLink->clear();
            showPage(QStringLiteral("reddit"));
        }
        emit redditTrackFinished(ok, message);
        emit notify(ok ? tr("Reddit post tracked") : tr("Not tracked"), message, !ok);
    });
    m_thread.start();

    // A damaged database file is moved aside (never overwritten) and a new one starts; the
    // window says where the old one went.
    auto recovered = Database::recoverIfUnreadable(Config(m_dataDir).databasePath());
    if (!recovered)
        m_dbError = recovered.errorMessage();
    else if (!recovered->isEmpty())
        m_recoveryNote = *recovered;
    if (m_dbError.isEmpty())
        if (auto st = m_db.open(Config(m_dataDir).databasePath()); !st)
            m_dbError = st.errorMessage();
    m_loader = new PageLoader(Config(m_dataDir).databasePath());
    m_loader->moveToThread(&m_loaderThread);
    connect(&m_loaderThread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &PageLoader::loaded, this, &MainWindow::onPageLoaded);
    connect(m_loader, &PageLoader::rowCountsLoaded, m_model, &SourceTableModel::setRowCounts);
    m_loaderThread.start();

    m_scheduleTimer = new QTimer(this);
    m_scheduleTimer->setInterval(60'000);
    connect(m_scheduleTimer, &QTimer::timeout, this, &MainWindow::collectDue);
    m_scheduleTimer->start();
    QTimer::singleShot(5'000, this, &MainWindow::collectDue);

    // The page first: the loader thread takes requests in order, and the Sources page's row
    // counts (queued by refresh) can wait.
    const QString saved = QSettings(Config(m_dataDir).settingsPath(), QSettings::IniFormat)
                              .value(QStringLiteral("window/page"), QStringLiteral("stars"))
                              .toString();
    showPage(saved);
    refresh();
    if (!m_recoveryNote.isEmpty())
        appendLog(m_recoveryNote);
}

MainWindow::~MainWindow()
{
    if (m_worker)
        m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
    m_loaderThread.quit();
    m_loaderThread.wait();
}

QWidget *MainWindow::buildSourcesPage()
{
    auto *page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("page_sources"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 12, 12, 12);
    m_model = new SourceTableModel(this);
    m_table = new QTableView(page);
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SourceTableModel::State, QHeaderView::Stretch);
    layout->addWidget(m_table, 3);
    m_log = new QPlainTextEdit(page);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setPlaceholderText(tr("Collection progress appears here."));
    layout->addWidget(m_log, 2);
    return page;
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
    return qobject_cast<DashboardPage *>(m_stack->currentWidget());
}

void MainWindow::showPage(const QString &key)
{
    for (int i = 0; i < m_nav->count(); ++i)
        if (m_nav->item(i)->data(Qt::UserRole).toString() == key) {
            if (m_nav->currentRow() == i)
                reloadPage();
            else
                m_nav->setCurrentRow(i);
            return;
        }
    m_nav->setCurrentRow(0);
}

void MainWindow::reloadPage()
{
    DashboardPage *current = currentPage();
    if (!current || !m_dbError.isEmpty())
        return;
    const QDate today = QDate::currentDate();
    PageRequest request;
    request.page = current->key();
    request.subject = current->subject();
    request.compare = m_rangeBar->compare();
    request.allTime = m_rangeBar->preset() == RangePreset::All;
    request.range = m_rangeBar->range(today, {});
    ++m_pending;
    current->setLoading(true);
    m_loader->request(++m_token, request);
}

void MainWindow::onPageLoaded(int token, const PageData &loaded)
{
    --m_pending;
    if (token != m_token)
        return; // replaced by a newer request
    if (DashboardPage *p = page(loaded.request.page)) {
        p->setData(loaded);
        emit pageLoaded(loaded.request.page);
    }
}

void MainWindow::refresh()
{
    if (!m_dbError.isEmpty()) {
        m_error->setText(m_dbError);
        m_error->show();
        m_collect->setEnabled(false);
        return;
    }
    Config config(m_dataDir);
    // Row counts read every row's index entry (half a second on a large database): the loader
    // thread counts them after any page the user asked for.
    auto report = StatusReport::build(m_db.handle(), config, SystemClock::instance(), false);
    if (!report) {
        m_error->setText(report.errorMessage());
        m_error->show();
        return;
    }
    m_error->hide();
    m_model->setSources(*report);
    m_loader->requestRowCounts();
    QStringList trafficWarnings;
    for (const SourceStatus &s : *report)
        if (s.key == QLatin1String("github_traffic") && s.enabled && !s.subjects.isEmpty())
            trafficWarnings << s.warnings;
    m_trafficWarnings = trafficWarnings;
    updateBanner();
    if (!trafficWarnings.isEmpty() && trafficWarnings != m_lastRiskWarnings)
        emit notify(tr("GitHub traffic at risk"), trafficWarnings.join(QLatin1Char('\n')), true);
    m_lastRiskWarnings = trafficWarnings;
    auto attempts = Schedule::lastAttempts(m_db.handle());
    if (attempts) {
        const QDateTime next = Schedule::nextDue(*report, *attempts, QDateTime::currentDateTimeUtc());
        if (!m_collecting)
            m_status->setText(next.isValid() ? tr("Next collection: %1").arg(QLocale().toString(next.toLocalTime(), QLocale::ShortFormat))
                                             : tr("Nothing is scheduled; add what to track in Settings."));
    }
}

void MainWindow::updateBanner()
{
    QStringList banner = m_startupNotes;
    if (!m_recoveryNote.isEmpty())
        banner.prepend(m_recoveryNote);
    banner << m_trafficWarnings;
    m_warning->setText(banner.join(QLatin1Char('\n')));
    m_warning->setVisible(!banner.isEmpty());
}

void MainWindow::addStartupNote(const QString &note)
{
    m_startupNotes << note;
    appendLog(note);
    updateBanner();
}

void MainWindow::setScheduleEnabled(bool enabled)
{
    if (enabled)
        m_scheduleTimer->start();
    else
        m_scheduleTimer->stop();
}

void MainWindow::collectDue()
{
    if (m_collecting || !m_dbError.isEmpty() || !m_scheduleTimer->isActive())
        return;
    Config config(m_dataDir);
    auto report = StatusReport::build(m_db.handle(), config, SystemClock::instance(), false);
    auto attempts = Schedule::lastAttempts(m_db.handle());
    if (!report || !attempts)
        return;
    const QStringList due = Schedule::dueSources(*report, *attempts, QDateTime::currentDateTimeUtc());
    if (!due.isEmpty())
        startCollection(due, true);
}

void MainWindow::collectNow()
{
    startCollection({}, false);
}

void MainWindow::startCollection(const QStringList &sources, bool scheduled)
{
    if (m_collecting)
        return;
    setCollecting(true);
    appendLog(sources.isEmpty() ? tr("Collecting…") : tr("Collecting %1…").arg(sources.join(QStringLiteral(", "))));
    // The tokens first, read here and without waiting (queued behind a token Settings may still be
    // storing); the run then gets them as values. Nothing in the collection thread touches the keychain.
    const int run = ++m_runSerial;
    m_waitingForSecrets = true;
    SecretSnapshot::load(*m_secrets, Tokens::keychainKeysToRead(), this, SecretSnapshot::kDefaultTimeoutMs,
                         [this, run, sources, scheduled](const SecretSnapshot &secrets) {
                             if (run != m_runSerial)
                                 return; // cancelled while the keychain was asked
                             m_waitingForSecrets = false;
                             m_worker->resetCancel();
                             QMetaObject::invokeMethod(
                                 m_worker, [worker = m_worker, sources, scheduled, secrets] { worker->run(sources, scheduled, secrets); },
                                 Qt::QueuedConnection);
                         });
}

void MainWindow::trackRedditPost(const QString &link)
{
    m_status->setText(tr("Looking up the Reddit post…"));
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, link] { worker->trackRedditPost(link); }, Qt::QueuedConnection);
}

void MainWindow::cancelCollection()
{
    if (!m_collecting)
        return;
    if (m_waitingForSecrets) { // nothing has started yet: the keychain's answer will be dropped
        ++m_runSerial;
        m_waitingForSecrets = false;
        onCollectionFinished(tr("Collection cancelled before it started."), false);
        return;
    }
    m_worker->cancel();
    m_cancel->setEnabled(false);
    appendLog(tr("Cancelling…"));
}

SettingsDialog *MainWindow::settingsDialog() const
{
    return m_settings.data();
}

void MainWindow::openSettings()
{
    if (m_settings) {
        m_settings->raise();
        m_settings->activateWindow();
        return;
    }
    // Window-modal and without exec(): the window's event loop, and with it the schedule, the
    // page loads and the keychain's answers, keeps turning while the dialog is open.
    m_settings = new SettingsDialog(m_dataDir, m_secrets, this);
    m_settings->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_settings, &SettingsDialog::saved, this, [this] {
        refresh();
        reloadPage();
    });
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

void MainWindow::onCollectionFinished(const QString &summary, bool anyFailed)
{
    setCollecting(false);
    appendLog(summary);
    refresh();
    reloadPage();
    emit collectionFinished(anyFailed);
}

void MainWindow::appendLog(const QString &message)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
    const QStringList lines = message.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        m_log->appendPlainText(QStringLiteral("%1  %2").arg(stamp, line));
        qInfo().noquote() << line; // and to the log file (app/applog.h)
    }
    if (m_collecting && !lines.isEmpty())
        m_status->setText(lines.last());
}

void MainWindow::setCollecting(bool collecting)
{
    m_collecting = collecting;
    m_collect->setEnabled(!collecting);
    m_cancel->setEnabled(collecting);
    m_cancel->setVisible(collecting);
    m_progress->setVisible(collecting);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeHides) {
        hide(); // the tray keeps collecting
        event->ignore();
        return;
    }
    // Closing ends the app: stop a running collection cleanly first (nothing of an interrupted
    // source is written).
    if (m_collecting) {
        m_worker->cancel();
        m_thread.quit();
        m_thread.wait();
    }
    event->accept();
}

} // namespace insights
