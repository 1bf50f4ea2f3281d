#pragma once
// A measuring hook for bench/, off unless INSIGHTS_BENCH_PROBE is set: "first-paint" prints one
// line when the dashboard has first painted with data and quits; "tour" then shows every page
// over all time before it prints the process's peak memory and quits. Lines start with
// "insights-probe" on stdout so the benchmark can tell them from anything else.
#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

namespace insights {

class MainWindow;

class BenchProbe final : public QObject {
    Q_OBJECT
public:
    // Installs the probe when the environment asks for it; `sinceMain` started in main().
    static void installIfAsked(MainWindow &window, const QElapsedTimer &sinceMain);

private:
    BenchProbe(MainWindow &window, const QElapsedTimer &sinceMain, bool tour);
    void onPageLoaded(const QString &key);
    void nextTourStop();
    static qint64 peakRssKiB();

    MainWindow &m_window;
    QElapsedTimer m_sinceMain;
    bool m_tour = false;
    bool m_firstPainted = false;
    QStringList m_tourPages;
    QString m_waitingFor;
};

} // namespace insights
