// The UI thread never waits (issue 20): the real window, with a keychain that takes 3 s to
// answer and a GitHub whose /user takes 3 s, while the user presses "Collect now", opens
// Settings and presses the token's Test. A timer on the UI thread must keep firing at its
// interval the whole time: one wait for the keychain or the network on the UI thread would be a
// gap of 3 s (the test allows 1.5 s for a busy machine), and a wait in a local event loop shows
// as a turn one loop deeper.
#include "config/config.h"
#include "githubtestserver.h"
#include "mainwindow.h"
#include "secrets/memorysecretservice.h"
#include "service/appservice.h"
#include "settingsdialog.h"

#include <QElapsedTimer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace insights;
using namespace insights::test;

namespace {

constexpr int kSlowMs = 3'000;
constexpr int kAllowedGapMs = 1'500;

// Measures the longest time between two turns of the UI thread's event loop, and whether a turn
// ever happened inside a nested event loop (a QEventLoop::exec() below the test's own waits,
// which only process events): waiting "without blocking" in a local loop is waiting all the same.
struct GapMeter {
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    int ticks = 0;
    int deepestLoop = 0;
    GapMeter()
    {
        timer.setInterval(20);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.elapsed();
            longest = std::max(longest, now - last);
            last = now;
            ++ticks;
            deepestLoop = std::max(deepestLoop, QThread::currentThread()->loopLevel());
        });
        clock.start();
        timer.start();
    }
};

QPushButton *buttonNamed(QWidget *root, const QString &text)
{
    for (QPushButton *button : root->findChildren<QPushButton *>())
        if (button->text() == text && button->isVisible())
            return button;
    return nullptr;
}

} // namespace

class TestUiThread : public QObject {
    Q_OBJECT

    GitHubTestServer m_server;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.repo(QStringLiteral("octo/widgets")).windowEnd = QDateTime::currentDateTimeUtc().date();
        qputenv("INSIGHT_GITHUB_API_URL", m_server.apiUrl().toEncoded());
        qunsetenv("INSIGHT_GITHUB_TOKEN");
        qunsetenv("INSIGHT_GITHUB_REPOS");
        Config config(m_dir.path(), QProcessEnvironment());
        config.setGithubRepos({QStringLiteral("octo/widgets")});
        for (const QString &key : {QStringLiteral("github_stars"), QStringLiteral("github_events"), QStringLiteral("pypi"),
                                   QStringLiteral("plausible"), QStringLiteral("reddit")})
            config.setEnabled(key, false);
        config.sync();
    }

    void aSlowKeychainAndASlowTokenTestNeverStopTheWindow()
    {
        MemorySecretService secrets;
        bool stored = false;
        secrets.write(QStringLiteral("github-token"), m_server.token(), this, [&](const Status &) { stored = true; });
        QTRY_VERIFY(stored);
        secrets.setDelayMs(kSlowMs);
        // GitHub's /user answers as GitHub does, only late.
        m_server.setDelayMs(kSlowMs);

        AppService service(m_dir.path(), &secrets);
        service.setScheduleEnabled(false);
        MainWindow window(service);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(service.isReady());

        GapMeter meter;
        QSignalSpy finished(&window, &MainWindow::collectionFinished);
        QPushButton *collect = buttonNamed(&window, QStringLiteral("Collect now"));
        QVERIFY(collect);
        collect->click(); // the keychain first (3 s), then GitHub (3 s a request)
        QVERIFY(window.isCollecting());

        window.openSettings();
        QTRY_VERIFY(window.settingsDialog() && window.settingsDialog()->isVisible());
        SettingsDialog *dialog = window.settingsDialog();
        QSignalSpy tested(dialog, &SettingsDialog::tokenTested);
        QPushButton *test = buttonNamed(dialog, QStringLiteral("Test"));
        QVERIFY(test);
        test->click(); // nothing typed: the stored token (keychain, 3 s), then /user (3 s)

        QTRY_VERIFY_WITH_TIMEOUT(!tested.isEmpty(), 60'000); // processEvents, not a nested loop
        QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 120'000);
        QCOMPARE(finished.first().first().toBool(), false); // the run used the stored token and succeeded

        // The slow parts took at least 2 × 3 s; the UI thread turned all along.
        QVERIFY2(meter.clock.elapsed() >= 2 * kSlowMs, qPrintable(QString::number(meter.clock.elapsed())));
        QVERIFY2(meter.longest < kAllowedGapMs,
                 qPrintable(QStringLiteral("the UI thread stood still for %1 ms").arg(meter.longest)));
        QVERIFY(meter.ticks > 50);
        QVERIFY2(meter.deepestLoop == 0,
                 qPrintable(QStringLiteral("a nested event loop ran on the UI thread (level %1)").arg(meter.deepestLoop)));
        dialog->reject();
    }
};

QTEST_MAIN(TestUiThread)
#include "tst_uithread.moc"
