// KeychainStore against a real Secret Service (gnome-keyring under dbus-run-session, started by
// scripts/test.sh). Outside such a session the store must fail with advice, not hang or crash.
#include "secrets/keychainstore.h"
#include "secrets/tokens.h"

#include <QtTest>

using namespace insights;

class TestKeychain : public QObject {
    Q_OBJECT

    bool haveSecretService() const
    {
        return qEnvironmentVariableIsSet("INSIGHTS_TEST_KEYRING") && !qEnvironmentVariableIsSet("INSIGHTS_TEST_NO_BUS");
    }

private slots:
    // Runs as its own ctest entry (keychain_nobus) with DBUS_SESSION_BUS_ADDRESS pointing at
    // nothing: D-Bus clients keep their first connection, so this cannot share a process with
    // the tests that use the real keyring.
    void withoutASecretServiceTheErrorSaysWhatToDo()
    {
        if (!qEnvironmentVariableIsSet("INSIGHTS_TEST_NO_BUS"))
            QSKIP("runs in the keychain_nobus test");
        KeychainStore store(QStringLiteral("Insights-nobus"));
        auto result = store.read(QStringLiteral("github-token"));
        QVERIFY(!result.ok());
        QVERIFY2(result.errorMessage().contains(QLatin1String("INSIGHT_GITHUB_TOKEN")), qPrintable(result.errorMessage()));
        QCOMPARE(result.error().kind, Error::Kind::Config);
    }

    void storesReadsAndForgetsATokenInTheRealKeyring()
    {
        if (!haveSecretService())
            QSKIP("needs the unlocked gnome-keyring that scripts/test.sh starts (INSIGHTS_TEST_KEYRING)");
        KeychainStore store(QStringLiteral("Insights-test"));
        const QString key = QStringLiteral("github-token");
        const Status removed = store.remove(key);
        QVERIFY2(removed.ok(), qPrintable(removed.errorMessage()));
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
