// Settings → Reddit: the client id and user name are saved like the other settings (not secrets;
// the environment wins and shows read-only), refused when they cannot be Reddit's, and Test asks
// Reddit's token endpoint off the UI thread — the click returns at once — without keeping the
// token anywhere on disk.
#include "collectors/reddit/redditauth.h"
#include "config/config.h"
#include "reddittestserver.h"
#include "secrets/memorysecretservice.h"
#include "secretscan.h"
#include "service/appservice.h"
#include "settingsdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace insights;
using namespace insights::test;

class TestRedditSettings : public QObject {
    Q_OBJECT

    static QLineEdit *field(SettingsDialog &dialog, const char *name)
    {
        return dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
    }

private slots:
    void init()
    {
        RedditAuth::forgetAll();
        qunsetenv("INSIGHT_REDDIT_CLIENT_ID");
        qunsetenv("INSIGHT_REDDIT_USERNAME");
        qunsetenv("INSIGHT_REDDIT_URL");
    }

    void clientIdAndUserNameAreSavedAndChecked()
    {
        QTemporaryDir dir;
        MemorySecretService secrets;
        AppService service_dialog(dir.path(), &secrets);
        SettingsDialog dialog(service_dialog);
        QLineEdit *clientId = field(dialog, "redditClientId");
        QLineEdit *user = field(dialog, "redditUsername");
        QVERIFY(clientId && user);

        clientId->setText(QStringLiteral("not an id!"));
        QVERIFY(dialog.applyAndValidate().contains(QLatin1String("client id")));
        clientId->setText(QStringLiteral("Xq3_vB9-tRk2mA"));
        user->setText(QStringLiteral("this-name-is-far-too-long-for-reddit"));
        QVERIFY(dialog.applyAndValidate().contains(QLatin1String("user name")));
        QVERIFY(Config(dir.path(), QProcessEnvironment()).redditClientId().isEmpty()); // nothing saved

        user->setText(QStringLiteral("/u/A-twenty_char-name-0"));
        QCOMPARE(dialog.applyAndValidate(), QString());
        const Config saved(dir.path(), QProcessEnvironment());
        QCOMPARE(saved.redditClientId(), QStringLiteral("Xq3_vB9-tRk2mA"));
        QCOMPARE(saved.redditUsername(), QStringLiteral("A-twenty_char-name-0"));

        // The environment wins and is shown read-only.
        qputenv("INSIGHT_REDDIT_CLIENT_ID", "Env_client-id01");
        AppService service_again(dir.path(), &secrets);
        SettingsDialog again(service_again);
        QCOMPARE(field(again, "redditClientId")->text(), QStringLiteral("Env_client-id01"));
        QVERIFY(field(again, "redditClientId")->isReadOnly());
        QCOMPARE(again.applyAndValidate(), QString());
        QCOMPARE(Config(dir.path(), QProcessEnvironment()).redditClientId(), QStringLiteral("Xq3_vB9-tRk2mA"));
    }

    void testAsksRedditOffTheUiThreadAndKeepsNothing()
    {
        RedditTestServer reddit;
        reddit.addClient(QStringLiteral("Xq3_vB9-tRk2mA"));
        QVERIFY(reddit.listen());
        qputenv("INSIGHT_REDDIT_URL", reddit.baseUrl().toString().toUtf8());
        QTemporaryDir dir;
        MemorySecretService secrets;
        AppService service_dialog(dir.path(), &secrets);
        SettingsDialog dialog(service_dialog);
        QSignalSpy tested(&dialog, &SettingsDialog::tokenTested);
        auto *test = dialog.findChild<QPushButton *>(QStringLiteral("redditTest"));
        QVERIFY(test);

        field(dialog, "redditClientId")->setText(QStringLiteral("Xq3_vB9-tRk2mA"));
        field(dialog, "redditUsername")->setText(QStringLiteral("someone"));
        test->click();
        QCOMPARE(tested.count(), 0); // the click returned before Reddit answered
        QVERIFY(!test->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 20'000);
        QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
        QVERIFY(test->isEnabled());
        QCOMPARE(reddit.tokenRequests().size(), 1);
        QVERIFY(reddit.tokenRequests().first().header("user-agent").endsWith("(by /u/someone)"));
        const QStringList leaks = filesContaining(dir.path(), {reddit.issuedTokens().first().toUtf8()});
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral(", "))));

        // An id Reddit does not know: said, with what to do.
        field(dialog, "redditClientId")->setText(QStringLiteral("Zz9_unknown-0000"));
        test->click();
        QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 2, 20'000);
        QVERIFY(!tested.last().at(0).toBool());
        QVERIFY2(tested.last().at(1).toString().contains(QLatin1String("installed app")), qPrintable(tested.last().at(1).toString()));
        const auto *status = dialog.findChild<QLabel *>(QStringLiteral("settingsStatus"));
        QVERIFY(status && status->text().contains(QLatin1String("installed app")));
        qunsetenv("INSIGHT_REDDIT_URL");
    }
};

QTEST_MAIN(TestRedditSettings)
#include "tst_redditsettings.moc"
