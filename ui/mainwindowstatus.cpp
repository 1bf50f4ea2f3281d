// MainWindow: what it shows about the sources — the error and warning banners, the status bar's
// next collection, and under each page's title when its sources were last collected (and, on a
// team database, by which collector), kept current as time passes.
#include "mainwindow.h"

#include "alerts/alertrules.h"
#include "banner.h"
#include "collectionstatus.h"
#include "dashboard/dashboarddata.h"
#include "dashboardpage.h"
#include "service/appservice.h"
#include "sourcespage.h"
#include "sourcetablemodel.h"
#include "service/collectedline.h"

#include <QLocale>
#include <QPushButton>

namespace insights {

void MainWindow::showStatus(const AppStatus &status)
{
    const QString error = m_service->databaseError().isEmpty() ? status.error : m_service->databaseError();
    m_error->setLines(error.isEmpty() ? QStringList() : QStringList{error});
    m_collect->setEnabled(m_service->databaseError().isEmpty() && !m_service->isCollecting() && !m_service->isSample());
    if (!status.error.isEmpty())
        return;
    m_lastStatus = status;
    m_sources->model()->setSources(status.sources);
    // Without a token the Traffic page asks for one; the 14-day warning is for collection that runs.
    m_trafficWarnings = m_service->hasCredential(TokenKind::GitHub) ? status.trafficWarnings : QStringList();
    updateEmptyState(currentPage());
    updateBanner();
    if (!m_trafficWarnings.isEmpty() && m_trafficWarnings != m_lastRiskWarnings && AlertRules::load(m_service->config()).trafficRisk)
        emit notify(tr("GitHub traffic at risk"), m_trafficWarnings.join(QLatin1Char('\n')), true);
    m_lastRiskWarnings = m_trafficWarnings;
    updateCollectedLines();
    if (m_service->isSample())
        m_status->setText(tr("Sample data: nothing is collected."));
    else if (m_service->isTeamDatabase() && !m_service->isCollecting())
        m_status->setText(tr("Team database: its collectors collect; this window shows what they store."));
    else if (!m_service->isCollecting())
        m_status->setText(status.nextDue.isValid()
                              ? tr("Next collection: %1").arg(QLocale().toString(status.nextDue.toLocalTime(), QLocale::ShortFormat))
                              : tr("Nothing is scheduled; add what to track in Settings."));
}

void MainWindow::updateBanner()
{
    QStringList lines = m_startupNotes;
    if (!m_service->recoveryNote().isEmpty())
        lines.prepend(m_service->recoveryNote());
    lines << m_trafficWarnings;
    m_warning->setLines(lines);
}

void MainWindow::updateCollectedLines()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &key : DashboardData::pages())
        if (DashboardPage *p = page(key))
            p->setCollectedLine(CollectedLine::forSources(m_lastStatus.sources, DashboardData::sources(key), now));
}

} // namespace insights
