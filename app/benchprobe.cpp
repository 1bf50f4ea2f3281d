#include "benchprobe.h"

#include "dashboardpage.h"
#include "daterangebar.h"
#include "chartview.h"
#include "dashboard/dashboarddata.h"
#include "mainwindow.h"
#include "paintprobe.h"

#include <QApplication>
#include <QFile>
#include <QTextStream>

namespace insights {

void BenchProbe::installIfAsked(MainWindow &window, const QElapsedTimer &sinceMain)
{
    const QByteArray mode = qgetenv("INSIGHTS_BENCH_PROBE");
    if (mode != "first-paint" && mode != "tour")
        return;
    window.setScheduleEnabled(false); // a measurement, not a collection
    new BenchProbe(window, sinceMain, mode == "tour");
}

BenchProbe::BenchProbe(MainWindow &window, const QElapsedTimer &sinceMain, bool tour)
    : QObject(&window), m_window(window), m_sinceMain(sinceMain), m_tour(tour)
{
    connect(&window, &MainWindow::pageLoaded, this, &BenchProbe::onPageLoaded);
}

qint64 BenchProbe::peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

void BenchProbe::onPageLoaded(const QString &key)
{
    DashboardPage *page = m_window.page(key);
    if (!page || !page->mainView())
        return;
    if (!m_firstPainted && (!page->data().empty.isEmpty() || !page->data().error.isEmpty())) {
        QTextStream(stdout) << "insights-probe no-data " << key << "\n";
        QApplication::exit(1);
        return;
    }
    if (m_firstPainted && key != m_waitingFor)
        return;
    auto *probe = new PaintProbe(page->mainView(), this);
    connect(probe, &PaintProbe::painted, this, [this, probe, key] {
        probe->deleteLater();
        if (!m_firstPainted) {
            m_firstPainted = true;
            QTextStream(stdout) << "insights-probe first-paint " << key << " main-ms " << m_sinceMain.elapsed()
                                << " vmhwm-kib " << peakRssKiB() << Qt::endl;
            if (!m_tour) {
                MainWindow::quitApplication(); // not QApplication::quit(): a window that asks before closing would stop it
                return;
            }
            m_tourPages = DashboardData::pages();
            m_window.rangeBar()->setPreset(RangePreset::All);
            m_waitingFor = key;
            return; // the preset change reloads this page
        }
        QTextStream(stdout) << "insights-probe page " << key << " all-time vmhwm-kib " << peakRssKiB() << Qt::endl;
        m_tourPages.removeAll(key);
        nextTourStop();
    });
}

void BenchProbe::nextTourStop()
{
    if (m_tourPages.isEmpty()) {
        QTextStream(stdout) << "insights-probe tour-done vmhwm-kib " << peakRssKiB() << Qt::endl;
        MainWindow::quitApplication(); // not QApplication::quit(): a window that asks before closing would stop it
        return;
    }
    m_waitingFor = m_tourPages.constFirst();
    m_window.showPage(m_waitingFor);
}

} // namespace insights
