// Keychain (qtkeychain) against a real Secret Service (gnome-keyring under dbus-run-session,
// started by scripts/test.sh). Every request is asynchronous: the answer arrives later, on the
// asking object's thread, and never from inside the call. Outside such a session the keychain must
// fail with advice, not hang or crash.
#include "secrets/keychain.h"
#include "secrets/secretsnapshot.h"
#include "secrets/tokens.h"

#include <QThread>
#include <QtTest>

using namespace insights;

namespace {

// Waits (in the test's own event loop) for one answer of `service`.
Result<std::optional<QString>> readNow(SecretService &service, const QString &key, QObject *context)
{
    std::optional<Result<std::optional<QString>>> answer;
    bool insideCall = true;
    service.read(key, context, [&](const Result<std::optional<QString>> &value) {
        if (insideCall)
            qFatal("answered from inside read()");
        answer = value;
    });
    insideCall = false;
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30'000))
        return makeError(QStringLiteral("no answer within 30 s"));
    return *answer;
}

Status changeNow(const std::function<void(SecretService::Done)> &start)
{
    std::optional<Status> answer;
    start([&](const Status &status) { answer = status; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30'000))
        return makeError(QStringLiteral("no answer within 30 s"));
    return *answer;
}

} // namespace

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
        Keychain store(QStringLiteral("Insights-nobus"));
        auto result = readNow(store, QStringLiteral("github-token"), this);
        QVERIFY(!result.ok());
        QVERIFY2(result.errorMessage().contains(QLatin1String("INSIGHT_GITHUB_TOKEN")), qPrintable(result.errorMessage()));
        QCOMPARE(result.error().kind, Error::Kind::Config);
        const Status written = changeNow([&](SecretService::Done done) {
            store.write(QStringLiteral("github-token"), QStringLiteral("ghp_x"), this, done);
        });
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, Error::Kind::Config);
    }

    void storesReadsAndForgetsATokenInTheRealKeyring()
    {
        if (!haveSecretService())
            QSKIP("needs the unlocked gnome-keyring that scripts/test.sh starts (INSIGHTS_TEST_KEYRING)");
        Keychain store(QStringLiteral("Insights-test"));
        const QString key = QStringLiteral("github-token");
        const Status removed = changeNow([&](SecretService::Done done) { store.remove(key, this, done); });
        QVERIFY2(removed.ok(), qPrintable(removed.errorMessage()));
        auto missing = readNow(store, key, this);
        QVERIFY2(missing.ok(), qPrintable(missing.errorMessage()));
        QVERIFY(!missing->has_value());

        const Status written = changeNow([&](SecretService::Done done) {
            store.write(key, QStringLiteral("ghp_keyring_secret"), this, done);
        });
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        Keychain another(QStringLiteral("Insights-test")); // a fresh object reads it back
        auto read = readNow(another, key, this);
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QCOMPARE(read->value_or(QString()), QStringLiteral("ghp_keyring_secret"));

        QVERIFY(changeNow([&](SecretService::Done done) { store.remove(key, this, done); }).ok());
        QVERIFY(!readNow(store, key, this)->has_value());
    }

    // A request from another thread runs on the keychain's thread; its answer comes back to the
    // asking object's thread. This is how a collection thread could ask without touching qtkeychain.
    void aRequestFromAnotherThreadIsAnsweredOnTheAskersThread()
    {
        if (!haveSecretService())
            QSKIP("needs the unlocked gnome-keyring that scripts/test.sh starts (INSIGHTS_TEST_KEYRING)");
        Keychain store(QStringLiteral("Insights-test"));
        const QString key = QStringLiteral("plausible-api-key");
        QVERIFY(changeNow([&](SecretService::Done done) { store.write(key, QStringLiteral("from-thread"), this, done); }).ok());
        QThread other;
        QObject asker;
        asker.moveToThread(&other);
        other.start();
        std::atomic<QThread *> answeredOn{nullptr};
        std::atomic_bool answered{false};
        QString value;
        QMetaObject::invokeMethod(&asker, [&] {
            store.read(key, &asker, [&](const Result<std::optional<QString>> &answer) {
                value = answer ? answer->value_or(QString()) : answer.errorMessage();
                answeredOn = QThread::currentThread();
                answered = true;
            });
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered.load(), 30'000);
        other.quit();
        other.wait();
        QCOMPARE(value, QStringLiteral("from-thread"));
        QCOMPARE(answeredOn.load(), &other);
        QVERIFY(changeNow([&](SecretService::Done done) { store.remove(key, this, done); }).ok());
    }

    void environmentWinsOverTheKeyring()
    {
        if (!haveSecretService())
            QSKIP("needs the unlocked gnome-keyring that scripts/test.sh starts (INSIGHTS_TEST_KEYRING)");
        Keychain store(QStringLiteral("Insights-test"));
        const QString key = Tokens::keychainKey(TokenKind::Plausible);
        QVERIFY(changeNow([&](SecretService::Done done) { store.write(key, QStringLiteral("from-keyring"), this, done); }).ok());
        QProcessEnvironment env;
        SecretSnapshot snapshot;
        bool loaded = false;
        SecretSnapshot::load(store, Tokens::keychainKeysToRead(env), this, 30'000, [&](const SecretSnapshot &s) {
            snapshot = s;
            loaded = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(loaded, 30'000);
        QCOMPARE(*Tokens(&snapshot, env).token(TokenKind::Plausible), QStringLiteral("from-keyring"));
        env.insert(QStringLiteral("INSIGHT_PLAUSIBLE_API_KEY"), QStringLiteral("from-env"));
        QVERIFY(!Tokens::keychainKeysToRead(env).contains(key)); // not even asked
        QCOMPARE(*Tokens(&snapshot, env).token(TokenKind::Plausible), QStringLiteral("from-env"));
        QVERIFY(changeNow([&](SecretService::Done done) { store.remove(key, this, done); }).ok());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
