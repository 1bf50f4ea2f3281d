// Settings and the environment: what overrides what, and base URLs with path prefixes.
#include "config/config.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace insights;

class TestConfig : public QObject {
    Q_OBJECT

private slots:
    void environmentOverridesSettings()
    {
        QTemporaryDir dir;
        {
            Config config(dir.path(), QProcessEnvironment());
            config.setGithubRepos({QStringLiteral("a/one"), QStringLiteral("b/two")});
            config.sync();
        }
        QCOMPARE(Config(dir.path(), QProcessEnvironment()).githubRepos(), (QStringList{QStringLiteral("a/one"), QStringLiteral("b/two")}));
        QProcessEnvironment env;
        env.insert(QStringLiteral("INSIGHT_GITHUB_REPOS"), QStringLiteral(" c/three, d/four ,c/three"));
        const Config config(dir.path(), env);
        QCOMPARE(config.githubRepos(), (QStringList{QStringLiteral("c/three"), QStringLiteral("d/four")}));
        QVERIFY(config.isOverriddenByEnvironment(QStringLiteral("INSIGHT_GITHUB_REPOS")));
    }

    void singularRepoVariableIsAccepted()
    {
        QTemporaryDir dir;
        QProcessEnvironment env;
        env.insert(QStringLiteral("INSIGHT_GITHUB_REPO"), QStringLiteral("solo/repo"));
        env.insert(QStringLiteral("INSIGHT_PYPI_PACKAGE"), QStringLiteral("requests"));
        const Config config(dir.path(), env);
        QCOMPARE(config.githubRepos(), QStringList{QStringLiteral("solo/repo")});
        QCOMPARE(config.pypiPackages(), QStringList{QStringLiteral("requests")});
    }

    void baseUrls_data()
    {
        QTest::addColumn<QString>("rest");
        QTest::addColumn<QString>("expectedRest");
        QTest::addColumn<QString>("expectedGraphql");
        QTest::newRow("default") << QString() << QStringLiteral("https://api.github.com")
                                 << QStringLiteral("https://api.github.com/graphql");
        QTest::newRow("enterprise") << QStringLiteral("https://ghe.example.com/api/v3")
                                    << QStringLiteral("https://ghe.example.com/api/v3")
                                    << QStringLiteral("https://ghe.example.com/api/graphql");
        QTest::newRow("loopback test server") << QStringLiteral("http://127.0.0.1:8080/prefix/")
                                              << QStringLiteral("http://127.0.0.1:8080/prefix/")
                                              << QStringLiteral("http://127.0.0.1:8080/prefix/graphql");
    }

    void baseUrls()
    {
        QFETCH(QString, rest);
        QFETCH(QString, expectedRest);
        QFETCH(QString, expectedGraphql);
        QTemporaryDir dir;
        QProcessEnvironment env;
        if (!rest.isEmpty())
            env.insert(QStringLiteral("INSIGHT_GITHUB_API_URL"), rest);
        const Config config(dir.path(), env);
        QCOMPARE(config.baseUrl(Api::GitHub)->toString(), expectedRest);
        QCOMPARE(config.baseUrl(Api::GitHubGraphQL)->toString(), expectedGraphql);
    }

    void badBaseUrlIsAClearError_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("no scheme") << QStringLiteral("api.github.com");
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com");
        QTest::newRow("query") << QStringLiteral("https://example.com/?x=1");
        QTest::newRow("garbage") << QStringLiteral("http://");
    }

    void badBaseUrlIsAClearError()
    {
        QFETCH(QString, url);
        QTemporaryDir dir;
        QProcessEnvironment env;
        env.insert(QStringLiteral("INSIGHT_PLAUSIBLE_URL"), url);
        auto result = Config(dir.path(), env).baseUrl(Api::Plausible);
        QVERIFY(!result.ok());
        QVERIFY2(result.errorMessage().contains(QLatin1String("INSIGHT_PLAUSIBLE_URL")), qPrintable(result.errorMessage()));
    }

    void dataDirectoryResolution()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("INSIGHT_DATA_DIR"), QStringLiteral("/tmp/from-env"));
        QCOMPARE(Config::resolveDataDir(QStringLiteral("/tmp/from-cli"), env), QStringLiteral("/tmp/from-cli"));
        QCOMPARE(Config::resolveDataDir(QString(), env), QStringLiteral("/tmp/from-env"));
        QVERIFY(!Config::resolveDataDir(QString(), QProcessEnvironment()).isEmpty());
    }

    void intervalsAndEnabledFlags()
    {
        QTemporaryDir dir;
        Config config(dir.path(), QProcessEnvironment());
        QCOMPARE(config.intervalHours(QStringLiteral("github_traffic"), 6), 6);
        config.setIntervalHours(QStringLiteral("github_traffic"), 3);
        config.setEnabled(QStringLiteral("pypi"), false);
        QCOMPARE(config.intervalHours(QStringLiteral("github_traffic"), 6), 3);
        QVERIFY(!config.isEnabled(QStringLiteral("pypi")));
        QVERIFY(config.isEnabled(QStringLiteral("reddit")));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
