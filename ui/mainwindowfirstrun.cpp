// MainWindow: the first run and what helps a page without data — the welcome page while nothing
// is tracked, the sample data's window, the Traffic page's token banner, and every page's empty
// state with the one action that fills it.
#include "mainwindow.h"

#include "collectionstatus.h"
#include "dashboard/dashboarddata.h"
#include "banner.h"
#include "dashboardpage.h"
#include "daterangebar.h"
#include "service/appservice.h"
#include "service/sourcecatalog.h"
#include "settingsdialog.h"
#include "tokenbanner.h"
#include "welcomepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace insights {

void MainWindow::buildFirstRun(QWidget *dashboard)
{
    auto *top = new QWidget(this);
    auto *column = new QVBoxLayout(top);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_error);
    column->addWidget(m_warning);
    m_frame = new QStackedWidget(top);
    m_welcome = new WelcomePage(*m_service, m_frame);
    m_frame->addWidget(m_welcome);
    m_frame->addWidget(dashboard);
    if (m_service->isSample()) {
        // Sample data says so on every page, with the way back.
        m_sampleBar = new QWidget(top);
        m_sampleBar->setObjectName(QStringLiteral("sampleBar"));
        m_sampleBar->setStyleSheet(QStringLiteral("#sampleBar { background:#e8f1fb; } #sampleBar QLabel { color:#163e6b; }"));
        auto *row = new QHBoxLayout(m_sampleBar);
        row->setContentsMargins(12, 6, 12, 6);
        auto *text = new QLabel(tr("Sample data: a made-up project with generated figures. Nothing here is real, and "
                                   "nothing is collected into it."),
                                m_sampleBar);
        text->setWordWrap(true);
        auto *leave = new QPushButton(tr("Leave sample data"), m_sampleBar);
        leave->setObjectName(QStringLiteral("leaveSample"));
        row->addWidget(text, 1);
        row->addWidget(leave);
        connect(leave, &QPushButton::clicked, this, &QWidget::close);
        column->addWidget(m_sampleBar);
        setWindowTitle(tr("Insights — sample data"));
        m_collect->setEnabled(false);
        m_collect->setToolTip(tr("Sample data is never collected."));
    }
    column->addWidget(m_frame, 1);
    setCentralWidget(top);

    m_tokenBanner = new TokenBanner(*m_service);
    m_tokenBanner->hide();
    page(QStringLiteral("traffic"))->setHeaderWidget(m_tokenBanner);
    connect(m_tokenBanner, &TokenBanner::saved, this, [this] {
        m_service->refreshCredentials();
        m_service->collect({QStringLiteral("github_traffic"), QStringLiteral("github_stars")});
    });
    connect(m_welcome, &WelcomePage::tracked, this, &MainWindow::onTracked);
    connect(m_welcome, &WelcomePage::sampleRequested, this, &MainWindow::openSample);
    updateFrame();
    m_service->refreshCredentials();
}

bool MainWindow::isShowingWelcome() const
{
    return m_frame && m_frame->currentWidget() == m_welcome;
}

void MainWindow::updateFrame()
{
    const bool welcome = !m_service->isSample() && m_service->isTrackingEmpty();
    m_toolbar->setVisible(!welcome); // a range and "Collect now" mean nothing before anything is tracked
    statusBar()->setVisible(!welcome);
    if (welcome == isShowingWelcome())
        return;
    if (welcome)
        m_welcome->reset();
    m_frame->setCurrentIndex(welcome ? 0 : 1);
}

void MainWindow::onTracked()
{
    updateFrame();
    // Stars first: the star history is the first thing most people look for.
    showPage(QStringLiteral("stars"));
    // Everything that needs no token; sources without theirs are skipped and say so.
    m_service->collect();
}

void MainWindow::updateTokenBanner()
{
    // A viewer of a team database needs no token: the team's collectors have theirs.
    const bool show = !m_service->isSample() && !m_service->isTeamDatabase() && !m_service->config().githubRepos().isEmpty()
                      && !m_service->hasCredential(TokenKind::GitHub);
    m_tokenBanner->setVisible(show);
}

void MainWindow::updateEmptyState(DashboardPage *shown)
{
    if (!shown || shown->data().request.page.isEmpty())
        return;
    const PageData &pageData = shown->data();
    const SourceStatus *status = nullptr;
    const QStringList sources = DashboardData::sources(pageData.request.page);
    for (const SourceStatus &s : std::as_const(m_lastStatus.sources))
        if (sources.contains(s.key))
            status = &s;
    const std::optional<TokenKind> needed = status ? SourceCatalog::credentialOf(status->key) : std::nullopt;
    const bool credential = !needed || m_service->hasCredential(*needed);
    std::optional<EmptyState> state = EmptyStates::forPage(pageData, status, credential || m_service->isSample(),
                                                           m_service->isCollecting(), m_service->isTeamDatabase());
    if (state && m_service->isSample()) // sample pageData has no settings and never collects
        state->action = EmptyState::Action::None;
    if (state && pageData.request.page == QLatin1String("traffic") && m_tokenBanner->isVisible()
        && state->action == EmptyState::Action::Settings) {
        state->action = EmptyState::Action::None; // the banner above asks for the token
        state->text += QLatin1Char(' ') + tr("Paste one above.");
    }
    shown->setEmptyState(state);
    // Data that is shown but no longer renewed: the failure is said on its page (and on Sources),
    // not in the status bar, where it would follow the user to every other page.
    const SourceStatus *failing = nullptr;
    for (const SourceStatus &s : std::as_const(m_lastStatus.sources))
        if (sources.contains(s.key) && !s.lastError.isEmpty() && !failing)
            failing = &s;
    if (state || m_service->isCollecting() || m_service->isSample())
        failing = nullptr;
    shown->setSourceProblem(failing ? failing->key : QString(),
                            failing ? tr("The last collection of %1 (%2) failed: %3")
                                          .arg(failing->displayName, QLocale().toString(failing->lastErrorAt.toLocalTime(), QLocale::ShortFormat),
                                               failing->lastError)
                                    : QString());
}

void MainWindow::onEmptyStateAction(const EmptyState &state)
{
    switch (state.action) {
    case EmptyState::Action::Track:
        openSettingsAt(QStringLiteral("github"));
        break;
    case EmptyState::Action::Settings:
        openSettingsAt(state.settingsPage);
        break;
    case EmptyState::Action::Collect:
        m_service->collect(state.source.isEmpty() ? QStringList() : QStringList{state.source});
        break;
    case EmptyState::Action::ShowAllTime:
        m_rangeBar->setPreset(RangePreset::All);
        break;
    case EmptyState::Action::None:
        break;
    }
}

void MainWindow::openSettingsAt(const QString &settingsPage)
{
    openSettings();
    if (m_settings)
        m_settings->showPage(settingsPage);
}

void MainWindow::openSample()
{
    if (m_sampleWindow) {
        m_sampleWindow->raiseWindow();
        return;
    }
    m_status->setText(tr("Preparing the sample data…"));
    m_service->prepareSample(this, [this](const Result<QString> &dir) {
        if (!dir) {
            m_status->setText(dir.errorMessage());
            appendLog(dir.errorMessage());
            emit sampleFailed(dir.errorMessage());
            return;
        }
        m_status->setText(QString());
        auto *sample = new MainWindow(*dir);
        sample->setAttribute(Qt::WA_DeleteOnClose);
        sample->setScheduleEnabled(false);
        sample->resize(size());
        m_sampleWindow = sample;
        // Leaving the sample: this window comes back before the sample's closes, so the
        // application never finds itself without a window.
        connect(sample, &MainWindow::leavingSample, this, [this] {
            raiseWindow();
            updateFrame();
        });
        sample->show();
        hide();
        emit sampleOpened(sample);
    });
}

} // namespace insights
