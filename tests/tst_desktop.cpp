// The window on any desktop: notifications go through the freedesktop notification service on
// the session bus (a service of this test, registered on the test's private bus), escaped when
// the service reads markup, and only to the tray when no such service exists; without a tray,
// closing asks once whether to keep collecting, remembers the answer and acts on it; the menu
// bar has Quit (Ctrl+Q) and About with the version, the licence and the data folder.
#include "config/config.h"
#include "mainmenu.h"
#include "mainwindow.h"
#include "secrets/memorysecretservice.h"
#include "service/appservice.h"

#include <QAction>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace insights;

// org.freedesktop.Notifications as the Desktop Notifications Specification describes it.
class FakeNotifications : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QStringList capabilities{QStringLiteral("body"), QStringLiteral("body-markup")};
    struct Sent {
        QString summary, body;
        uchar urgency = 0;
    };
    QList<Sent> sent;

public slots:
    QStringList GetCapabilities() { return capabilities; }
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        Q_UNUSED(appName) Q_UNUSED(replacesId) Q_UNUSED(appIcon) Q_UNUSED(actions) Q_UNUSED(expireTimeout)
        sent.append({summary, body, hints.value(QStringLiteral("urgency")).value<uchar>()});
        return uint(sent.size());
    }
};

class TestDesktop : public QObject {
    Q_OBJECT
    FakeNotifications service;

    bool registerService()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        return bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &service, QDBusConnection::ExportAllSlots)
               && bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
    }
    void unregisterService()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
    }

private slots:
    void initTestCase()
    {
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no session bus (the suite runs under dbus-run-session)");
    }

    void notificationsGoToTheDesktopsServiceAsText()
    {
        QVERIFY(registerService());
        QTemporaryDir dir;
        MemorySecretService secrets;
        AppService appService(dir.path(), &secrets);
        appService.setScheduleEnabled(false);
        MainWindow window(appService);
        QSignalSpy tray(&window, &MainWindow::trayNotification);
        // A warning while the window is hidden: a server's text with markup characters.
        emit window.notify(QStringLiteral("Collection failed"), QStringLiteral("pypi: <b>HTTP 500</b> & more"), true);
        QTRY_COMPARE(service.sent.size(), 1);
        QCOMPARE(service.sent.first().summary, QStringLiteral("Collection failed"));
        QCOMPARE(service.sent.first().body, QStringLiteral("pypi: &lt;b&gt;HTTP 500&lt;/b&gt; &amp; more"));
        QCOMPARE(service.sent.first().urgency, uchar(2));
        QVERIFY(tray.isEmpty());

        // Turned off in Settings → General: nothing is sent.
        appService.config().setNotificationsEnabled(false);
        emit window.notify(QStringLiteral("New stars"), QStringLiteral("3 new stars"), false);
        QTest::qWait(200);
        QCOMPARE(service.sent.size(), 1);
        appService.config().setNotificationsEnabled(true);

        // No service on the bus: the tray (when there is one) shows it.
        unregisterService();
        emit window.notify(QStringLiteral("GitHub traffic at risk"), QStringLiteral("octo/widgets"), true);
        QTRY_COMPARE(tray.size(), 1); // learnt from the bus, never by waiting for it
        QCOMPARE(service.sent.size(), 1);
    }

    void withoutATrayClosingAsksOnceAndKeepsCollecting()
    {
        QTemporaryDir dir;
        MemorySecretService secrets;
        AppService appService(dir.path(), &secrets);
        appService.setScheduleEnabled(false);
        MainWindow window(appService);
        window.setAsksBeforeClosing(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.close()); // not yet: it asks
        QVERIFY(window.isVisible());
        auto *question = window.findChild<QMessageBox *>(QStringLiteral("closeQuestion"));
        QVERIFY(question);
        QVERIFY(question->text().contains(QLatin1String("start Insights again")));
        QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("keepCollecting")), Qt::LeftButton);
        QTRY_VERIFY(!window.isVisible());
        QCOMPARE(Config(dir.path()).keepCollectingWhenClosed(), std::optional<bool>(true));
        QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("closeQuestion"))); // answered and gone
        // Asked once: the next close acts on the answer without asking.
        window.show();
        QVERIFY(!window.close());
        QVERIFY(!window.isVisible());
        QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("closeQuestion")));
    }

    void theMenuHasQuitAndAbout()
    {
        QTemporaryDir dir;
        MemorySecretService secrets;
        AppService appService(dir.path(), &secrets);
        appService.setScheduleEnabled(false);
        MainWindow window(appService);
        auto *menu = window.findChild<MainMenu *>();
        QVERIFY(menu);
        QCOMPARE(menu->quitAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Q")));
        const QString about = MainMenu::aboutText(dir.path());
        QVERIFY(about.contains(QCoreApplication::applicationVersion()));
        QVERIFY(about.contains(QLatin1String("GPL-3.0-or-later")));
        QVERIFY(about.contains(QDir::toNativeSeparators(dir.path())));
        menu->aboutAction()->trigger();
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("aboutBox"));
        QVERIFY(box);
        QCOMPARE(box->text(), about);
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
