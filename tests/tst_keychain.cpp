// KeychainStore against a real Secret Service (gnome-keyring under dbus-run-session, started by
// scripts/test.sh). Outside such a session the store must fail with advice, not hang or crash.
#include "secrets/keychainstore.h"
#include "secrets/tokens.h"

#include <QtTest>

using namespace insights;

class TestKeychain : public QObject {
    Q_OBJECT

    bool haveSecretService() const { return qEnvironmentVariableIsSet("INSIGHTS_TEST_KEYRING"); }

private slots:
    // First: Qt connects to the session bus once per process and keeps that connection.
    void withoutASecretServiceTheErrorSaysWhatToDo()
    {
        // Point D-Bus at nothing: qtkeychain must report an error (NoBackendAvailable or
        // OtherError), which we turn into advice that names the environment fallback.
        const QByteArray saved = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/insights-test-bus");
        KeychainStore store(QStringLiteral("Insights-nobus"));
        auto result = store.read(QStringLiteral("github-token"));
        qputenv("DBUS_SESSION_BUS_ADDRESS", saved);
        if (result.ok())
            QSKIP("a keychain backend answered even without a session bus");
        QVERIFY2(result.errorMessage().contains(QLatin1String("INSIGHT_GITHUB_TOKEN")), qPrintable(result.errorMessage()));
    }
    void storesReadsAndForgetsATokenInTheRealKeyring()
    {
        if (!haveSecretService())
            QSKIP("needs the unlocked gnome-keyring that scripts/test.sh starts (INSIGHTS_TEST_KEYRING)");
        KeychainStore store(QStringLiteral("Insights-test"));
        const QString key = QStringLiteral("github-token");
        QVERIFY(store.remove(key).ok());
        auto missing = store.read(key);
        QVERIFY2(missing.ok(), qPrintable(missing.errorMessage()));
        QVERIFY(!missing->has_value());

        QVERIFY2(store.write(key, QStringLiteral("ghp_keyring_secret")).ok(), "write");
        KeychainStore another(QStringLiteral("Insights-test")); // a fresh object reads it back
        auto read = another.read(key);
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QCOMPARE(read->value_or(QString()), QStringLiteral("ghp_keyring_secret"));

        QVERIFY(store.remove(key).ok());
        QVERIFY(!store.read(key)->has_value());
    }

    void environmentWinsOverTheKeyring()
    {
        if (!haveSecretService())
            QSKIP("needs the unlocked gnome-keyring that scripts/test.sh starts (INSIGHTS_TEST_KEYRING)");
        KeychainStore store(QStringLiteral("Insights-test"));
        QProcessEnvironment env;
        Tokens tokens(&store, env);
        QVERIFY(tokens.store(TokenKind::Plausible, QStringLiteral("from-keyring")).ok());
        QCOMPARE(*tokens.token(TokenKind::Plausible), QStringLiteral("from-keyring"));
        env.insert(QStringLiteral("INSIGHT_PLAUSIBLE_API_KEY"), QStringLiteral("from-env"));
        QCOMPARE(*Tokens(&store, env).token(TokenKind::Plausible), QStringLiteral("from-env"));
        QVERIFY(tokens.forget(TokenKind::Plausible).ok());
    }

};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
