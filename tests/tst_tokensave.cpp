// Issue 19, as a new user meets it: the real window (offscreen), Settings → type a GitHub token →
// Save, then the schedule and "Collect now" several times in a row. Against the real keychain
// (gnome-keyring on the test session bus), against a keychain that does not answer for two
// seconds (the same gnome-keyring, stopped with SIGSTOP), and without any Secret Service
// (tokensave_nobus). The window must not crash, its event loop must keep turning, and the run
// right after Save must use the token that was just saved.
#include "config/config.h"
#include "githubtestserver.h"
#include "mainwindow.h"
#include "secrets/keychain.h"
#include "settingsdialog.h"
#include "stargazerserver.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

using namespace insights;
using namespace insights::test;

namespace {

// Counts turns of the event loop: a timer that fires only when the UI thread is free.
struct Ticker {
    QTimer timer;
    int ticks = 0;
    Ticker()
    {
        timer.setInterval(20);
        QObject::connect(&timer, &QTimer::timeout, [this] { ++ticks; });
        timer.start();
    }
};

} // namespace

class TestTokenSave : public QObject {
    Q_OBJECT

    GitHubTestServer m_server;
    StargazerTestServer m_stars;
    QTemporaryDir m_dir;

    bool haveSecretService() const
    {
        return qEnvironmentVariableIsSet("INSIGHTS_TEST_KEYRING") && !qEnvironmentVariableIsSet("INSIGHTS_TEST_NO_BUS");
    }

    // A data directory a new user would have after typing a repository: GitHub's traffic and
    // stars (both need the token) collect; the sources that would need other servers are off.
    void prepareDataDir()
    {
        Config config(m_dir.path(), QProcessEnvironment());
        for (const QString &key : {QStringLiteral("github_events"), QStringLiteral("pypi"), QStringLiteral("plausible"),
                                   QStringLiteral("reddit")})
            config.setEnabled(key, false);
        config.sync();
    }

    // Settings → type → Save, clicked as a user clicks. Returns the dialog (still open when the
    // keychain has not answered yet, or refused).
    SettingsDialog *saveInSettings(MainWindow &window, const QString &repos, const QString &token)
    {
        QPointer<SettingsDialog> dialog;
        QTimer::singleShot(0, &window, [&] { // the dialog may be modal (exec) or not (open)
            dialog = window.findChild<SettingsDialog *>();
            if (!dialog)
                return;
            dialog->setRepositoriesText(repos);
            dialog->setTokenText(token);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        });
        window.openSettings();
        if (!QTest::qWaitFor([&] { return !dialog.isNull(); }, 5'000))
            return nullptr;
        return dialog;
    }

    static QString statusOf(SettingsDialog *dialog)
    {
        auto *label = dialog ? dialog->findChild<QLabel *>(QStringLiteral("settingsStatus")) : nullptr;
        return label && label->isVisible() ? label->text() : QString();
    }

    // The schedule and "Collect now", several times in a row; every run must have succeeded.
    void collectSeveralTimes(MainWindow &window, int runs)
    {
        QSignalSpy finished(&window, &MainWindow::collectionFinished);
        for (int i = 0; i < runs; ++i) {
            window.collectDue();
            window.collectNow();
            window.collectNow(); // a second click while running is ignored
            QVERIFY(window.isCollecting());
            QTRY_VERIFY_WITH_TIMEOUT(!window.isCollecting(), 60'000);
        }
        QVERIFY(finished.size() >= runs);
        for (const QList<QVariant> &run : std::as_const(finished))
            QCOMPARE(run.first().toBool(), false); // anyFailed: a 401 (an old or no token) fails github_traffic
    }

    void forgetSavedToken()
    {
        if (!haveSecretService())
            return;
        Keychain keychain;
        bool done = false;
        keychain.remove(QStringLiteral("github-token"), this, [&](const Status &) { done = true; });
        if (!QTest::qWaitFor([&] { return done; }, 30'000))
            qWarning("the keychain did not answer the clean-up");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.repo(QStringLiteral("octo/widgets")).windowEnd = QDateTime::currentDateTimeUtc().date();
        m_stars.addStars(QStringLiteral("octo/widgets"),
                         StargazerTestServer::generate(12, QDateTime(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC)));
        m_server.setStargazers([this](const TestRequest &r) { return m_stars.answer(r); });
        qputenv("INSIGHT_GITHUB_API_URL", m_server.apiUrl().toEncoded());
        qunsetenv("INSIGHT_GITHUB_TOKEN");
        qunsetenv("INSIGHT_GITHUB_REPOS");
        QVERIFY(m_dir.isValid());
        prepareDataDir();
        forgetSavedToken();
    }

    void cleanupTestCase() { forgetSavedToken(); }

    void aSavedTokenReachesTheNextRunsWithoutARestart()
    {
        if (!haveSecretService())
            QSKIP("needs the unlocked gnome-keyring that scripts/test.sh starts (INSIGHTS_TEST_KEYRING)");
        const QString token = QStringLiteral("ghp_SavedInSettings0123456789abcdefSECRET");
        m_server.setToken(token);
        m_stars.setToken(token);
        MainWindow window(m_dir.path());
        window.show();
        Ticker ticker;
        SettingsDialog *dialog = saveInSettings(window, QStringLiteral("octo/widgets"), token);
        QVERIFY(dialog);
        collectSeveralTimes(window, 3); // the first starts right after Save, while the keychain may still write
        QTRY_VERIFY(window.settingsDialog() == nullptr); // stored, so the dialog closed
        QVERIFY(m_server.requestCount(QStringLiteral("/traffic/views")) >= 3);
        QVERIFY(ticker.ticks > 0);
        QFile settings(Config(m_dir.path(), QProcessEnvironment()).settingsPath());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains(token.toUtf8())); // the keychain only
    }

    void aKeychainThatAnswersAfterTwoSecondsNeitherBlocksNorLosesTheToken()
    {
        if (!haveSecretService())
            QSKIP("needs the unlocked gnome-keyring that scripts/test.sh starts (INSIGHTS_TEST_KEYRING)");
        // The real Secret Service, made slow: stopped, and continued two seconds later by a
        // process of its own (so that a window that blocked could not keep it stopped).
        const auto pid = QDBusConnection::sessionBus().interface()->servicePid(QStringLiteral("org.freedesktop.secrets"));
        QVERIFY2(pid.isValid() && pid.value() > 0, "no Secret Service on the session bus");
        const QString token = QStringLiteral("ghp_AfterTheSlowKeychain9876543210SECRET");
        m_server.setToken(token); // the token saved before no longer works: only the new one does
        m_stars.setToken(token);
        MainWindow window(m_dir.path());
        window.show();
        QTest::qWait(50);
        Ticker ticker;
        QVERIFY(::kill(pid_t(pid.value()), SIGSTOP) == 0);
        QVERIFY(QProcess::startDetached(QStringLiteral("sh"),
                                        {QStringLiteral("-c"), QStringLiteral("sleep 2; kill -CONT %1").arg(pid.value())}));
        SettingsDialog *dialog = saveInSettings(window, QStringLiteral("octo/widgets"), token);
        QVERIFY(dialog);
        const int ticksAtSave = ticker.ticks;
        window.collectDue();
        window.collectNow();
        QVERIFY(window.isCollecting());
        QVERIFY(window.settingsDialog() != nullptr); // still storing: the keychain has not answered
        QTRY_VERIFY_WITH_TIMEOUT(window.settingsDialog() == nullptr, 30'000);
        QVERIFY2(ticker.ticks - ticksAtSave >= 10, qPrintable(QString::number(ticker.ticks - ticksAtSave)));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isCollecting(), 60'000);
        collectSeveralTimes(window, 2);
    }

    // tokensave_nobus: no Secret Service at all (DBUS_SESSION_BUS_ADDRESS unset, as in a bare
    // X session or over ssh; qtkeychain answers with D-Bus's "dbus-launch" error).
    void withoutAKeychainSaveKeepsEveryOtherSetting()
    {
        if (!qEnvironmentVariableIsSet("INSIGHTS_TEST_NO_BUS"))
            QSKIP("runs in the tokensave_nobus test");
        const QString token = QStringLiteral("ghp_NoKeychainHere0123456789abcdefSECRET");
        m_server.setToken(token);
        m_stars.setToken(token);
        MainWindow window(m_dir.path());
        window.show();
        Ticker ticker;
        SettingsDialog *dialog = saveInSettings(window, QStringLiteral("octo/widgets"), token);
        QVERIFY(dialog);
        // The dialog stays and says what happened and what works instead.
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(dialog).contains(QLatin1String("INSIGHT_GITHUB_TOKEN")), 30'000);
        QVERIFY2(statusOf(dialog).contains(QLatin1String("not saved")), qPrintable(statusOf(dialog)));
        QVERIFY(window.settingsDialog() != nullptr);
        // Everything else is saved, and nothing is written as "@Invalid()".
        const Config config(m_dir.path(), QProcessEnvironment());
        QCOMPARE(config.githubRepos(), QStringList{QStringLiteral("octo/widgets")});
        QFile settings(config.settingsPath());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray ini = settings.readAll();
        QVERIFY2(!ini.contains("@Invalid"), ini.constData());
        QVERIFY(!ini.contains(token.toUtf8()));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QTRY_VERIFY(window.settingsDialog() == nullptr);

        // A collection says that the token is missing and why; no crash.
        QSignalSpy notices(&window, &MainWindow::notify);
        QSignalSpy finished(&window, &MainWindow::collectionFinished);
        window.collectNow();
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.first().first().toBool(), true);
        QString failure;
        for (const QList<QVariant> &n : std::as_const(notices))
            failure += n.at(1).toString();
        QVERIFY2(failure.contains(QLatin1String("INSIGHT_GITHUB_TOKEN")), qPrintable(failure));

        // The environment variable works instead.
        qputenv("INSIGHT_GITHUB_TOKEN", token.toUtf8());
        collectSeveralTimes(window, 2);
        qunsetenv("INSIGHT_GITHUB_TOKEN");
        QVERIFY(ticker.ticks > 0);
    }
};

QTEST_MAIN(TestTokenSave)
#include "tst_tokensave.moc"
