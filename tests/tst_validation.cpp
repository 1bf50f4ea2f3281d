// The rules for what a user types (config/validation.h), shared by Settings and the command
// line: what each accepts, what it makes of it (a pasted link, a PEP 503 name, u/name), and that
// a refusal names the value and says what is expected.
#include "config/config.h"
#include "config/validation.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace insights;

class TestValidation : public QObject {
    Q_OBJECT

private slots:
    void repositories_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("kept"); // empty: refused
        QTest::newRow("owner/name") << "octo/widgets" << "octo/widgets";
        QTest::newRow("spaces") << "  octo/widgets  " << "octo/widgets";
        QTest::newRow("dots and dashes") << "my-org/my.repo_2" << "my-org/my.repo_2";
        QTest::newRow("trailing slash") << "octo/widgets/" << "octo/widgets";
        QTest::newRow("https link") << "https://github.com/octo/widgets" << "octo/widgets";
        QTest::newRow("link into the tree") << "https://github.com/octo/widgets/tree/main/src" << "octo/widgets";
        QTest::newRow("link with query") << "https://github.com/octo/widgets?tab=readme" << "octo/widgets";
        QTest::newRow("www, no scheme") << "www.github.com/octo/widgets" << "octo/widgets";
        QTest::newRow("clone url") << "https://github.com/octo/widgets.git" << "octo/widgets";
        QTest::newRow("ssh") << "git@github.com:octo/widgets.git" << "octo/widgets";
        QTest::newRow("upper-case host") << "HTTPS://GitHub.com/Octo/Widgets" << "Octo/Widgets";
        QTest::newRow("words") << "not a repo" << "";
        QTest::newRow("owner only") << "octo" << "";
        QTest::newRow("three parts") << "octo/widgets/extra" << "";
        QTest::newRow("link to a user") << "https://github.com/octo" << "";
        QTest::newRow("other host") << "https://gitlab.com/octo/widgets" << "";
        QTest::newRow("dot name") << "octo/.." << "";
        QTest::newRow("empty") << "" << "";
    }

    void repositories()
    {
        QFETCH(QString, typed);
        QFETCH(QString, kept);
        const Result<QString> repo = Validation::repository(typed);
        if (kept.isEmpty()) {
            QVERIFY(!repo);
            QVERIFY2(repo.errorMessage().contains(QLatin1String("owner/repo")), qPrintable(repo.errorMessage()));
            QVERIFY(repo.errorMessage().contains(QLatin1Char('"') + typed.trimmed() + QLatin1Char('"')));
        } else {
            QVERIFY2(repo, qPrintable(repo.errorMessage()));
            QCOMPARE(*repo, kept);
        }
    }

    void packagesAreNormalisedAsPep503Says()
    {
        QCOMPARE(*Validation::pypiPackage(QStringLiteral("Django_REST.framework")), QStringLiteral("django-rest-framework"));
        QCOMPARE(*Validation::pypiPackage(QStringLiteral(" requests ")), QStringLiteral("requests"));
        QCOMPARE(*Validation::pypiPackage(QStringLiteral("a__b--c..d")), QStringLiteral("a-b-c-d"));
        for (const char *bad : {"-leading", "trailing_", "with space", "ünïcode", "", "a/b"}) {
            const auto refused = Validation::pypiPackage(QString::fromUtf8(bad));
            QVERIFY2(!refused, bad);
            QVERIFY2(refused.errorMessage().contains(QLatin1String("PyPI package name")), qPrintable(refused.errorMessage()));
        }
    }

    void sitesAreDomains()
    {
        QCOMPARE(*Validation::plausibleSite(QStringLiteral("docs.example.org")), QStringLiteral("docs.example.org"));
        QCOMPARE(*Validation::plausibleSite(QStringLiteral("https://docs.example.org/")), QStringLiteral("docs.example.org"));
        QCOMPARE(*Validation::plausibleSite(QStringLiteral("http://example.com")), QStringLiteral("example.com"));
        for (const char *bad : {"not a domain", "localhost", "example", "-bad.example.com", "example.com/blog", ""}) {
            const auto refused = Validation::plausibleSite(QString::fromUtf8(bad));
            QVERIFY2(!refused, bad);
            QVERIFY2(refused.errorMessage().contains(QLatin1String("site domain")), qPrintable(refused.errorMessage()));
        }
        QVERIFY(Validation::plausibleSite(QStringLiteral("not a domain")).errorMessage().contains(QLatin1String("\"not a domain\"")));
    }

    void baseUrls()
    {
        const QString example = QStringLiteral("https://api.github.com");
        for (const char *good : {"https://api.github.com", "http://127.0.0.1:8080", "https://github.example.com/api/v3",
                                 " https://stats.example.org "})
            QVERIFY2(Validation::baseUrl(QString::fromLatin1(good), example), good);
        QCOMPARE(*Validation::baseUrl(QStringLiteral(" https://stats.example.org "), example), QStringLiteral("https://stats.example.org"));
        for (const char *bad : {"ftp://example.com", "api.github.com", "https://", "https://x.org/?a=1", "https://x.org/#f",
                                "http://exa mple.com", ""}) {
            const auto refused = Validation::baseUrl(QString::fromLatin1(bad), example);
            QVERIFY2(!refused, bad);
            QVERIFY2(refused.errorMessage().contains(example), qPrintable(refused.errorMessage()));
        }
    }

    void redditClientIdsAndUserNames()
    {
        QCOMPARE(*Validation::redditClientId(QStringLiteral(" Xq3_vB9-tRk2mA ")), QStringLiteral("Xq3_vB9-tRk2mA"));
        QVERIFY(Validation::redditClientId(QStringLiteral("not an id!")).errorMessage().contains(QLatin1String("client id")));
        QVERIFY(!Validation::redditClientId(QStringLiteral("short")));
        QCOMPARE(*Validation::redditUsername(QStringLiteral("/u/A-twenty_char-name-0")), QStringLiteral("A-twenty_char-name-0"));
        QCOMPARE(*Validation::redditUsername(QStringLiteral("u/someone")), QStringLiteral("someone"));
        QCOMPARE(*Validation::redditUsername(QStringLiteral("someone")), QStringLiteral("someone"));
        const auto tooLong = Validation::redditUsername(QStringLiteral("this-name-is-far-too-long-for-reddit"));
        QVERIFY(!tooLong);
        QVERIFY(tooLong.errorMessage().contains(QLatin1String("user name")));
        QVERIFY(!Validation::redditUsername(QStringLiteral("ab")));
    }

    // Config reads with the same rules: a GitHub link in the environment means its repository,
    // and a base URL Settings would refuse is refused with where it came from.
    void configUsesTheSameRules()
    {
        QTemporaryDir dir;
        QProcessEnvironment env;
        env.insert(QStringLiteral("INSIGHT_GITHUB_REPOS"),
                   QStringLiteral("https://github.com/octo/widgets, octo/gadgets octo/widgets"));
        env.insert(QStringLiteral("INSIGHT_PLAUSIBLE_URL"), QStringLiteral("ftp://stats.example.org"));
        const Config config(dir.path(), env);
        QCOMPARE(config.githubRepos(), (QStringList{QStringLiteral("octo/widgets"), QStringLiteral("octo/gadgets")}));
        const auto url = config.baseUrl(Api::Plausible);
        QVERIFY(!url);
        QVERIFY2(url.errorMessage().contains(QLatin1String("INSIGHT_PLAUSIBLE_URL")), qPrintable(url.errorMessage()));
        QVERIFY(config.baseUrl(Api::GitHub));
    }

    void notificationsAreOnUntilTurnedOff()
    {
        QTemporaryDir dir;
        {
            Config config(dir.path(), QProcessEnvironment());
            QVERIFY(config.notificationsEnabled());
            config.setNotificationsEnabled(false);
            config.sync();
        }
        QVERIFY(!Config(dir.path(), QProcessEnvironment()).notificationsEnabled());
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
