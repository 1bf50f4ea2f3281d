// Settings → General on a team database (issue 25): the URL is saved without a password and the
// password goes to the keychain only (no file under the data directory holds it); the window then
// reads from the server without a restart and says who it is logged in as and what it may do;
// "Test connection" says why a server refuses and creates nothing; a URL with a password in it is
// refused with nothing saved. And every page says when its sources were last collected, and by
// which collector.
#include "config/config.h"
#include "mainwindow.h"
#include "dashboardpage.h"
#include "secrets/memorysecretservice.h"
#include "secretscan.h"
#include "service/appservice.h"
#include "settings/generalpage.h"
#include "settingsdialog.h"
#include "storage/database.h"
#include "storage/postgresschema.h"
#include "storage/runlog.h"
#include "testdatabases.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace insights;
using namespace insights::test;

namespace {

const QString kPassword = QStringLiteral("Viewer-Secret-7f3Kq");

// A database with Insights' schema (made by its owner, the superuser) and a role that may only
// read it: what a team gives its maintainers' windows. Returns the database's name.
QString databaseWithViewer(const QString &role)
{
    const QString url = freshPostgresDatabase();
    {
        Database owner;
        if (!owner.open(url).ok())
            qFatal("cannot create the schema");
    }
    const QString name = QUrl(url).path().mid(1);
    postgresAdmin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, kPassword));
    postgresAdmin(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(role), name);
    return name;
}

CheckOutcome describe(AppService &service)
{
    CheckOutcome got;
    bool done = false;
    QObject context;
    service.describeDatabase(&context, [&](const CheckOutcome &o) {
        got = o;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30'000))
        got.text = QStringLiteral("(no answer)");
    return got;
}

} // namespace

class TestTeamSettings : public QObject {
    Q_OBJECT

    static QLineEdit *field(QWidget &w, const char *name) { return w.findChild<QLineEdit *>(QString::fromLatin1(name)); }

private slots:
    void initTestCase()
    {
        INSIGHTS_REQUIRE_TEST_POSTGRES();
        qunsetenv("INSIGHT_DATABASE_URL");
        qunsetenv("INSIGHT_DATABASE_PASSWORD");
    }

    void thePasswordGoesToTheKeychainAndTheWindowReconnects()
    {
        static int n = 0;
        const QString role = QStringLiteral("viewer_%1_%2").arg(QCoreApplication::applicationPid()).arg(++n);
        const QString database = databaseWithViewer(role);
        const QString url = postgresUrl(database, role); // no password in it

        QTemporaryDir dir;
        MemorySecretService secrets;
        AppService service(dir.path(), &secrets);
        QTRY_VERIFY_WITH_TIMEOUT(service.isReady(), 30'000);
        QVERIFY(!service.isTeamDatabase());
        QVERIFY2(describe(service).text.startsWith(QLatin1String("This computer:")), qPrintable(describe(service).text));

        SettingsDialog dialog(service);
        dialog.showPage(QStringLiteral("general"));
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("databaseKind"));
        QVERIFY(kind);
        kind->setCurrentIndex(1);
        field(dialog, "databaseUrl")->setText(url);
        field(dialog, "databasePassword")->setText(kPassword);
        QSignalSpy stored(&dialog, &SettingsDialog::secretsStored);
        QCOMPARE(dialog.applyAndValidate(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 30'000);
        QVERIFY(stored.first().first().toStringList().isEmpty());

        // The keychain holds the password; settings.ini the URL without it; no file the password.
        QCOMPARE(secrets.value(QStringLiteral("database:%1@%2:%3/%4")
                                   .arg(role, QUrl(url).host())
                                   .arg(QUrl(url).port())
                                   .arg(database)),
                 std::optional<QString>(kPassword));
        QCOMPARE(Config(dir.path(), QProcessEnvironment()).databaseUrlSetting(), url);
        const QStringList leaks = filesContaining(dir.path(), {kPassword.toUtf8()});
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral(", "))));

        // The window reads from the server now, as a viewer, without a restart.
        QTRY_VERIFY_WITH_TIMEOUT(service.isTeamDatabase() && service.isReady(), 30'000);
        QCOMPARE(service.databaseError(), QString());
        const CheckOutcome state = describe(service);
        QVERIFY2(state.ok, qPrintable(state.text));
        QVERIFY2(state.text.contains(QStringLiteral("as %1").arg(role)) && state.text.contains(QLatin1String("read only")),
                 qPrintable(state.text));

        // A new Settings shows the URL and that a password is stored, never the password.
        SettingsDialog again(service);
        QCOMPARE(field(again, "databaseUrl")->text(), url);
        QVERIFY(field(again, "databasePassword")->text().isEmpty());
        QTRY_VERIFY(field(again, "databasePassword")->placeholderText().contains(QLatin1String("Stored in the keychain")));
        auto *general = again.findChild<GeneralPage *>();
        QTRY_VERIFY_WITH_TIMEOUT(general->databaseStateText().contains(QLatin1String("read only")), 30'000);

        // Back to this computer: the local file again.
        again.findChild<QComboBox *>(QStringLiteral("databaseKind"))->setCurrentIndex(0);
        QCOMPARE(again.applyAndValidate(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!service.isTeamDatabase() && service.isReady(), 30'000);
        QVERIFY(describe(service).text.startsWith(QLatin1String("This computer:")));
    }

    void aUrlWithAPasswordIsRefusedAndNothingSaved()
    {
        QTemporaryDir dir;
        MemorySecretService secrets;
        AppService service(dir.path(), &secrets);
        QTRY_VERIFY_WITH_TIMEOUT(service.isReady(), 30'000); // its local database is made, not being made
        SettingsDialog dialog(service);
        dialog.findChild<QComboBox *>(QStringLiteral("databaseKind"))->setCurrentIndex(1);
        field(dialog, "databaseUrl")->setText(QStringLiteral("postgresql://team:%1@db.example.org/insights").arg(kPassword));
        const QString error = dialog.applyAndValidate();
        QVERIFY2(error.contains(QLatin1String("Leave the password out of the URL")), qPrintable(error));
        QVERIFY(!error.contains(kPassword));
        QCOMPARE(Config(dir.path(), QProcessEnvironment()).databaseUrlSetting(), QString());
        const QStringList leaksAfterRefusal = filesContaining(dir.path(), {kPassword.toUtf8()});
        QVERIFY2(leaksAfterRefusal.isEmpty(), qPrintable(leaksAfterRefusal.join(QStringLiteral(", "))));

        field(dialog, "databaseUrl")->setText(QString());
        QVERIFY(dialog.applyAndValidate().contains(QLatin1String("Give the team database's URL")));
    }

    void testConnectionSaysWhyAndCreatesNothing()
    {
        const QString url = freshPostgresDatabase(); // empty: no schema
        const QString name = QUrl(url).path().mid(1);
        QTemporaryDir dir;
        MemorySecretService secrets;
        AppService service(dir.path(), &secrets);
        QTRY_VERIFY_WITH_TIMEOUT(service.isReady(), 30'000); // its local database is made, not being made
        SettingsDialog dialog(service);
        dialog.findChild<QComboBox *>(QStringLiteral("databaseKind"))->setCurrentIndex(1);
        QUrl noPassword(url);
        noPassword.setPassword(QString());
        field(dialog, "databaseUrl")->setText(noPassword.toString());
        auto *test = dialog.findChild<QPushButton *>(QStringLiteral("databaseTest"));
        QVERIFY(test);

        QSignalSpy finished(&dialog, &SettingsDialog::tokenTested);
        field(dialog, "databasePassword")->setText(QStringLiteral("not-the-password"));
        test->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY2(finished.last().at(1).toString().contains(QLatin1String("refused the password")),
                 qPrintable(finished.last().at(1).toString()));

        field(dialog, "databasePassword")->setText(QUrl(url).password());
        QTRY_VERIFY(test->isEnabled());
        test->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30'000);
        const QString said = finished.last().at(1).toString();
        QVERIFY2(finished.last().at(0).toBool() && said.contains(QLatin1String("The database is empty")), qPrintable(said));

        // Nothing was created, and nothing saved (the dialog was not saved).
        Database raw;
        QVERIFY(raw.connectOnly(*DatabaseLocation::parse(url)).ok());
        QCOMPARE(*PostgresSchema::currentVersion(raw.handle()), 0);
        QSqlQuery q(raw.handle());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = 'public'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(Config(dir.path(), QProcessEnvironment()).databaseUrlSetting(), QString());
        Q_UNUSED(name);
    }

    // Under each page's title: when its sources were last collected, and by which collector.
    void everyPageSaysWhoCollectedWhatAndWhen()
    {
        const QString url = freshPostgresDatabase();
        {
            Database db;
            QVERIFY(db.open(url).ok());
            RunLog runs(db.handle());
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QVERIFY(runs.record({QStringLiteral("plausible"), QStringLiteral("a.example"), now.addSecs(-30 * 60),
                                 now.addSecs(-25 * 60), QStringLiteral("ok"), 10, QString(), QStringLiteral("build-01")})
                        .ok());
            QVERIFY(runs.record({QStringLiteral("pypi"), QStringLiteral("insights"), now.addSecs(-4 * 3600),
                                 now.addSecs(-3 * 3600 - 1800), QStringLiteral("ok"), 10, QString(), QStringLiteral("ci-2")})
                        .ok());
        }
        qputenv("INSIGHT_DATABASE_URL", url.toUtf8());
        QTemporaryDir dir;
        MemorySecretService secrets;
        {
            AppService service(dir.path(), &secrets);
            MainWindow window(service);
            QTRY_VERIFY_WITH_TIMEOUT(window.page(QStringLiteral("plausible"))->collectedLine().contains(QLatin1String("by build-01")),
                                     30'000);
            const QString plausible = window.page(QStringLiteral("plausible"))->collectedLine();
            QVERIFY2(plausible.contains(QLatin1String("25 min ago by build-01")), qPrintable(plausible));
            QVERIFY2(!plausible.contains(QLatin1String("ci-2")), qPrintable(plausible)); // another source's collector
            const QString pypi = window.page(QStringLiteral("pypi"))->collectedLine();
            QVERIFY2(pypi.contains(QLatin1String("3 h ago by ci-2")), qPrintable(pypi));
            QCOMPARE(window.page(QStringLiteral("reddit"))->collectedLine(), QString()); // never collected: no line
        }
        qunsetenv("INSIGHT_DATABASE_URL");
    }
};

QTEST_MAIN(TestTeamSettings)
#include "tst_teamsettings.moc"
