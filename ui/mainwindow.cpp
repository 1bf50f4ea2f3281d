#include "mainwindow.h"

#include "collectionworker.h"
#include "config/config.h"
#include "secrets/keychainstore.h"
#include "settingsdialog.h"
#include "sourcetablemodel.h"
#include "util/clock.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace insights {

namespace {

QLabel *banner(const QString &style, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setContentsMargins(10, 8, 10, 8);
    label->setStyleSheet(style);
    label->hide();
    return label;
}

} // namespace

MainWindow::MainWindow(const QString &dataDir, QWidget *parent) : QMainWindow(parent), m_dataDir(dataDir)
{
    setWindowTitle(tr("Insights"));
    resize(980, 560);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);

    m_error = banner(QStringLiteral("background:#fde2e1; color:#7a1212; border-radius:4px;"), central);
    m_warning = banner(QStringLiteral("background:#fff4ce; color:#5c4400; border-radius:4px;"), central);
    layout->addWidget(m_error);
    layout->addWidget(m_warning);

    m_model = new SourceTableModel(this);
    m_table = new QTableView(central);
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SourceTableModel::State, QHeaderView::Stretch);
    layout->addWidget(m_table, 3);

    auto *actions = new QHBoxLayout;
    m_progress = new QProgressBar(central);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(14);
    m_progress->hide();
    auto *settings = new QPushButton(tr("Settings…"), central);
    m_cancel = new QPushButton(tr("Cancel"), central);
    m_cancel->setEnabled(false);
    m_collect = new QPushButton(tr("Collect now"), central);
    m_collect->setDefault(true);
    actions->addWidget(settings);
    actions->addWidget(m_progress, 1);
    actions->addStretch();
    actions->addWidget(m_cancel);
    actions->addWidget(m_collect);
    layout->addLayout(actions);

    m_log = new QPlainTextEdit(central);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setPlaceholderText(tr("Collection progress appears here."));
    layout->addWidget(m_log, 1);
    setCentralWidget(central);

    connect(m_collect, &QPushButton::clicked, this, &MainWindow::collectNow);
    connect(m_cancel, &QPushButton::clicked, this, &MainWindow::cancelCollection);
    connect(settings, &QPushButton::clicked, this, &MainWindow::openSettings);

    // Collection happens in a worker thread; the UI thread only reads the (small) status.
    m_worker = new CollectionWorker(m_dataDir);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &CollectionWorker::progress, this, &MainWindow::appendLog);
    connect(m_worker, &CollectionWorker::finished, this, &MainWindow::onCollectionFinished);
    m_thread.start();

    if (auto st = m_db.open(Config(m_dataDir).databasePath()); !st)
        m_dbError = st.errorMessage();
    refresh();
}

MainWindow::~MainWindow()
{
    if (m_worker)
        m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
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
    auto report = StatusReport::build(m_db.handle(), config, SystemClock::instance());
    if (!report) {
        m_error->setText(report.errorMessage());
        m_error->show();
        return;
    }
    m_error->hide();
    m_model->setSources(*report);
    QStringList trafficWarnings;
    for (const SourceStatus &s : *report)
        if (s.key == QLatin1String("github_traffic") && s.enabled && !s.subjects.isEmpty())
            trafficWarnings << s.warnings;
    m_warning->setText(trafficWarnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!trafficWarnings.isEmpty());
}

void MainWindow::collectNow()
{
    if (m_collecting)
        return;
    setCollecting(true);
    appendLog(tr("Collecting…"));
    QMetaObject::invokeMethod(m_worker, "run", Qt::QueuedConnection, Q_ARG(QStringList, QStringList()));
}

void MainWindow::cancelCollection()
{
    if (!m_collecting)
        return;
    m_worker->cancel();
    m_cancel->setEnabled(false);
    appendLog(tr("Cancelling…"));
}

void MainWindow::openSettings()
{
    KeychainStore keychain;
    SettingsDialog dialog(m_dataDir, &keychain, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void MainWindow::onCollectionFinished(const QString &summary, bool anyFailed)
{
    setCollecting(false);
    appendLog(summary);
    refresh();
    emit collectionFinished(anyFailed);
}

void MainWindow::appendLog(const QString &message)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
    for (const QString &line : message.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        m_log->appendPlainText(QStringLiteral("%1  %2").arg(stamp, line));
}

void MainWindow::setCollecting(bool collecting)
{
    m_collecting = collecting;
    m_collect->setEnabled(!collecting);
    m_cancel->setEnabled(collecting);
    m_progress->setVisible(collecting);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Until the tray arrives, closing ends the app: stop a running collection cleanly first
    // (nothing of an interrupted source is written).
    if (m_collecting) {
        m_worker->cancel();
        m_thread.quit();
        m_thread.wait();
    }
    event->accept();
}

} // namespace insights
