// Settings as a newcomer meets it (issue 20): a page per concern, each saying what its fields
// are for. The token placeholder tells the truth about the keychain; the schedule names sources
// as the window does, not by their keys; a refused value saves nothing and names itself; tracked
// Reddit posts are listed and removed (their history kept); an installer PyPI reports but the
// rules do not list (poetry) can be added. With INSIGHTS_SCREENSHOT_DIR set, every page is also
// drawn, offscreen at 1x in a 720×560 dialog, to settings-<page>.png there.
#include "config/config.h"
#include "secrets/memorysecretservice.h"
#include "service/appservice.h"
#include "settings/githubpage.h"
#include "settings/installerrules.h"
#include "settings/settingspage.h"
#include "settings/trackedposts.h"
#include "settingsdialog.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace insights;

namespace {

// Runs `sql` on the data directory's database (its own connection, as another process would).
QVariant scalar(const QString &dir, const QString &sql)
{
    Database db;
    if (!db.open(QDir(dir).filePath(Database::fileName())).ok())
        return QStringLiteral("cannot open");
    QSqlQuery q(db.handle());
    if (!q.exec(sql))
        return q.lastError().text();
    return q.next() ? q.value(0) : QVariant();
}

void exec(const QString &dir, const QStringList &statements)
{
    Database db;
    QVERIFY(db.open(QDir(dir).filePath(Database::fileName())).ok());
    for (const QString &sql : statements) {
        QSqlQuery q(db.handle());
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + QStringLiteral(": ") + sql));
    }
}

// Two posts, one with a score snapshot: what `insights reddit add` would have left.
void trackTwoPosts(const QString &dir)
{
    exec(dir, {QStringLiteral("INSERT INTO reddit_post(post_id, subreddit, title, permalink, created_utc, added_at) VALUES "
                              "('1abcde', 'Python', 'Show r/Python: Insights, a dashboard for your project', "
                              "'https://www.reddit.com/r/Python/comments/1abcde/', '2026-05-01T10:00:00Z', '2026-05-01T11:00:00Z'), "
                              "('1fghij', 'QtFramework', 'Charts from SQLite in Qt 6', "
                              "'https://www.reddit.com/r/QtFramework/comments/1fghij/', '2026-05-03T10:00:00Z', '2026-05-03T11:00:00Z')"),
               QStringLiteral("INSERT INTO insight_metric(date, metric_type_id, subject, value, period, metadata, created_at, updated_at) "
                              "SELECT '2026-05-04', id, '1abcde', 128, 'snapshot', '{\"comments\":31}', '2026-05-04T00:00:00Z', "
                              "'2026-05-04T00:00:00Z' FROM insight_metric_type WHERE key = 'post_stats'")});
}

template<typename T>
T *pageOf(SettingsDialog &dialog)
{
    for (SettingsPage *page : dialog.pages())
        if (auto *typed = qobject_cast<T *>(page))
            return typed;
    return nullptr;
}

} // namespace

class TestSettingsPages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const char *variable : {"INSIGHT_GITHUB_TOKEN", "INSIGHT_PLAUSIBLE_API_KEY", "INSIGHT_GITHUB_REPOS",
                                     "INSIGHT_GITHUB_REPO", "INSIGHT_REDDIT_CLIENT_ID", "INSIGHT_REDDIT_USERNAME"})
            qunsetenv(variable);
    }

    void thePlaceholderSaysStoredOnlyWhenATokenIs()
    {
        QTemporaryDir dir;
        MemorySecretService secrets;
        {
            AppService service(dir.path(), &secrets);
            SettingsDialog dialog(service);
            auto *token = dialog.findChild<QLineEdit *>(QStringLiteral("githubToken"));
            auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("plausibleKey"));
            QVERIFY(token && key);
            QTest::qWait(50); // the keychain has answered: nothing stored
            QCOMPARE(token->placeholderText(), QStringLiteral("Paste a token"));
            QCOMPARE(key->placeholderText(), QStringLiteral("Paste an API key"));
        }
        secrets.write(QStringLiteral("github-token"), QStringLiteral("ghp_stored"), nullptr, [](const Status &) {});
        {
            AppService service(dir.path(), &secrets);
            SettingsDialog dialog(service);
            auto *token = dialog.findChild<QLineEdit *>(QStringLiteral("githubToken"));
            QTRY_COMPARE(token->placeholderText(), QStringLiteral("Stored in the keychain — leave empty to keep it"));
            QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("plausibleKey"))->placeholderText(),
                     QStringLiteral("Paste an API key"));
        }
        // After Save stored a key, the field is empty and says so.
        {
            AppService service(dir.path(), &secrets);
            SettingsDialog dialog(service);
            QSignalSpy stored(&dialog, &SettingsDialog::secretsStored);
            dialog.setPlausibleKeyText(QStringLiteral("plausible-key"));
            QCOMPARE(dialog.applyAndValidate(), QString());
            QVERIFY(stored.wait(5'000));
            auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("plausibleKey"));
            QVERIFY(key->text().isEmpty());
            QTRY_COMPARE(key->placeholderText(), QStringLiteral("Stored in the keychain — leave empty to keep it"));
        }
        // The environment wins, and the placeholder names it.
        qputenv("INSIGHT_GITHUB_TOKEN", "ghp_from_env");
        {
            AppService service(dir.path(), &secrets);
            SettingsDialog dialog(service);
            QTest::qWait(50);
            const QString placeholder = dialog.findChild<QLineEdit *>(QStringLiteral("githubToken"))->placeholderText();
            QVERIFY2(placeholder.contains(QLatin1String("INSIGHT_GITHUB_TOKEN")), qPrintable(placeholder));
        }
        qunsetenv("INSIGHT_GITHUB_TOKEN");
    }

    void theScheduleNamesSourcesNotKeys()
    {
        QTemporaryDir dir;
        MemorySecretService secrets;
        AppService service(dir.path(), &secrets);
        SettingsDialog dialog(service);
        auto *traffic = dialog.findChild<QCheckBox *>(QStringLiteral("source_github_traffic"));
        QVERIFY(traffic);
        QCOMPARE(traffic->text(), QStringLiteral("GitHub traffic"));
        QCOMPARE(dialog.findChild<QCheckBox *>(QStringLiteral("source_pypi"))->text(), QStringLiteral("PyPI downloads"));
        for (const QCheckBox *box : dialog.findChildren<QCheckBox *>())
            QVERIFY2(!box->text().contains(QLatin1Char('_')), qPrintable(box->text()));
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(QLatin1String("github_")), qPrintable(label->text()));

        // Unticked and a new interval: saved under the key.
        traffic->setChecked(false);
        QCOMPARE(dialog.applyAndValidate(), QString());
        QVERIFY(!Config(dir.path(), QProcessEnvironment()).isEnabled(QStringLiteral("github_traffic")));
    }

    void aRefusedRepositorySavesNothingAndShowsItsPage()
    {
        QTemporaryDir dir;
        MemorySecretService secrets;
        AppService service(dir.path(), &secrets);
        SettingsDialog dialog(service);
        dialog.showPage(5);
        dialog.setRepositoriesText(QStringLiteral("https://github.com/octo/widgets/tree/main\nwidgets"));
        dialog.setSitesText(QStringLiteral("docs.example.org"));
        const QString error = dialog.applyAndValidate();
        QVERIFY2(error.contains(QLatin1String("\"widgets\"")) && error.contains(QLatin1String("owner/repo")), qPrintable(error));
        QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("settingsPages"))->currentRow(), 0);
        const Config before(dir.path(), QProcessEnvironment());
        QVERIFY(before.githubRepos().isEmpty());
        QVERIFY(before.plausibleSites().isEmpty()); // another page's valid value waits too

        // A pasted link is kept as owner/name.
        dialog.setRepositoriesText(QStringLiteral("https://github.com/octo/widgets/tree/main\nocto/gadgets"));
        QCOMPARE(dialog.applyAndValidate(), QString());
        QCOMPARE(Config(dir.path(), QProcessEnvironment()).githubRepos(),
                 (QStringList{QStringLiteral("octo/widgets"), QStringLiteral("octo/gadgets")}));
    }

    void trackedPostsAreListedAndRemovedKeepingTheirHistory()
    {
        QTemporaryDir dir;
        {
            Database db; // the schema, as the first start leaves it
            QVERIFY(db.open(QDir(dir.path()).filePath(Database::fileName())).ok());
        }
        trackTwoPosts(dir.path());
        MemorySecretService secrets;
        AppService service(dir.path(), &secrets);
        SettingsDialog dialog(service);
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("trackedPosts"));
        auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeRedditPost"));
        QVERIFY(list && remove);
        QTRY_COMPARE(list->topLevelItemCount(), 2);
        QVERIFY(list->topLevelItem(0)->text(0).contains(QLatin1String("r/Python")));
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("128"));
        QVERIFY(!remove->isEnabled());
        list->setCurrentItem(list->topLevelItem(0));
        QVERIFY(remove->isEnabled());
        remove->click();
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QVERIFY(list->topLevelItem(0)->text(0).contains(QLatin1String("r/QtFramework")));
        QCOMPARE(scalar(dir.path(), QStringLiteral("SELECT count(*) FROM reddit_post WHERE post_id = '1abcde'")).toInt(), 0);
        QCOMPARE(scalar(dir.path(), QStringLiteral("SELECT count(*) FROM insight_metric WHERE subject = '1abcde'")).toInt(), 1);
    }

    void anInstallerThatIsNotListedCanBeAdded()
    {
        QTemporaryDir dir;
        MemorySecretService secrets;
        AppService service(dir.path(), &secrets);
        SettingsDialog dialog(service);
        auto *table = dialog.findChild<InstallerRules *>()->findChild<QTableWidget *>();
        QTRY_VERIFY(table->rowCount() >= 5);
        QCOMPARE(dialog.findChild<InstallerRules *>()->rules().value(QStringLiteral("pip")), QStringLiteral("human"));
        QCOMPARE(dialog.findChild<InstallerRules *>()->rules().value(QStringLiteral("bandersnatch")), QStringLiteral("bot"));

        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("newInstaller"));
        auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addInstaller"));
        field->setText(QStringLiteral("poetry"));
        add->click();
        QVERIFY(field->text().isEmpty());
        field->setText(QStringLiteral("pip")); // listed already: not twice
        add->click();
        const QMap<QString, QString> rules = dialog.findChild<InstallerRules *>()->rules();
        QCOMPARE(rules.value(QStringLiteral("poetry")), QStringLiteral("human"));
        QCOMPARE(rules.keys().count(QStringLiteral("pip")), 1);

        QCOMPARE(dialog.applyAndValidate(), QString());
        QTRY_COMPARE(scalar(dir.path(), QStringLiteral("SELECT class FROM pypi_installer_class WHERE installer = 'poetry'")).toString(),
                     QStringLiteral("human"));
    }

    // Not a check: the pictures for docs/screenshots/, looked at by a person.
    void screenshots()
    {
        const QString out = qEnvironmentVariable("INSIGHTS_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set INSIGHTS_SCREENSHOT_DIR to draw the pages");
        QVERIFY(QDir().mkpath(out));
        // Shown on the General page: a name a user could recognise.
        QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/insights-XXXXXX"));
        {
            Database db;
            QVERIFY(db.open(QDir(dir.path()).filePath(Database::fileName())).ok());
        }
        trackTwoPosts(dir.path());
        {
            Config config(dir.path(), QProcessEnvironment());
            config.setGithubRepos({QStringLiteral("octo/widgets"), QStringLiteral("octo/gadgets")});
            config.setPypiPackages({QStringLiteral("insights-demo")});
            config.setPlausibleSites({QStringLiteral("docs.example.org")});
            config.setRedditClientId(QStringLiteral("Xq3_vB9-tRk2mA"));
            config.sync();
        }
        MemorySecretService secrets;
        secrets.write(QStringLiteral("github-token"), QStringLiteral("ghp_stored"), nullptr, [](const Status &) {});
        AppService service(dir.path(), &secrets);
        SettingsDialog dialog(service);
        dialog.resize(720, 560);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(dialog.findChild<InstallerRules *>()->findChild<QTableWidget *>()->rowCount() > 0);
        QTRY_COMPARE(dialog.findChild<QTreeWidget *>(QStringLiteral("trackedPosts"))->topLevelItemCount(), 2);
        const QStringList names{QStringLiteral("github"),   QStringLiteral("pypi"),     QStringLiteral("plausible"),
                                QStringLiteral("reddit"),   QStringLiteral("schedule"), QStringLiteral("general")};
        QCOMPARE(dialog.pages().size(), names.size());
        for (int i = 0; i < names.size(); ++i) {
            dialog.showPage(i);
            QTest::qWait(50);
            const QImage image = dialog.grab().toImage();
            QCOMPARE(image.size(), QSize(720, 560));
            QVERIFY(image.save(QDir(out).filePath(QStringLiteral("settings-%1.png").arg(names.at(i)))));
        }
    }
};

QTEST_MAIN(TestSettingsPages)
#include "tst_settingspages.moc"
