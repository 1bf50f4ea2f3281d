// `insights reddit add` as a user runs it, against a Reddit that refuses anonymous JSON (its 403
// "blocked" page): with a client id, five forms of link to three posts end as three tracked
// posts, every post read from the OAuth host with a bearer token that no file holds afterwards;
// without one, the same command exits 1 saying how to sign in, and nothing changes.
#include "cliharness.h"
#include "reddittestserver.h"
#include "secretscan.h"
#include "storedcontents.h"

#include <QSet>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace insights;
using namespace insights::test;

namespace {

const QString kClientId = QStringLiteral("Xq3_vB9-tRk2mA");
const QString kUser = QStringLiteral("A-twenty_char-name-0");

} // namespace

class TestRedditCli : public QObject {
    Q_OBJECT

    RedditTestServer m_reddit;

    QProcessEnvironment environment(bool withClientId) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("INSIGHT_REDDIT_URL"), m_reddit.baseUrl().toString());
        env.insert(QStringLiteral("INSIGHT_REDDIT_OAUTH_URL"), m_reddit.oauthUrl().toString());
        env.insert(QStringLiteral("INSIGHT_REDDIT_CLIENT_ID"), withClientId ? kClientId : QString());
        env.insert(QStringLiteral("INSIGHT_REDDIT_USERNAME"), kUser);
        return env;
    }

    QStringList links() const
    {
        return {m_reddit.baseUrl().toString() + QStringLiteral("/u/%1/s/Pr0fShr1").arg(kUser),
                QStringLiteral("https://reddit.app.link/aBcD3fGh1Jk"), QStringLiteral("https://www.reddit.com/gallery/abc123"),
                QStringLiteral("https://www.reddit.com/r/cpp/s/Cpp5hare"),
                QStringLiteral("https://www.reddit.com/user/%1/comments/jkl012/my_profile_post/").arg(kUser)};
    }

private slots:
    void initTestCase()
    {
        const QDateTime posted = QDateTime::currentDateTimeUtc().addDays(-2);
        m_reddit.addPost({QStringLiteral("abc123"), QStringLiteral("cpp"), QStringLiteral("Insights, the app"), QStringLiteral("me"),
                          412, 57, 0.96, posted, {}});
        m_reddit.addPost({QStringLiteral("def456"), QStringLiteral("rust"), QStringLiteral("A tray app"), QStringLiteral("me"), 88,
                          12, 0.9, posted, {}});
        m_reddit.addPost({QStringLiteral("jkl012"), QStringLiteral("u_") + kUser, QStringLiteral("My profile post"), kUser, 15, 3,
                          0.8, posted, {}});
        m_reddit.addProfileShareLink(kUser, QStringLiteral("Pr0fShr1"), QStringLiteral("jkl012"));
        m_reddit.addAppLink(QStringLiteral("aBcD3fGh1Jk"), QStringLiteral("def456"));
        m_reddit.addShareLink(QStringLiteral("cpp"), QStringLiteral("Cpp5hare"), QStringLiteral("abc123"), 1);
        m_reddit.addClient(kClientId);
        m_reddit.setBlockAnonymousJson(true);
        QVERIFY(m_reddit.listen());
    }

    void withAClientIdEveryFormIsTrackedThroughOAuth()
    {
        QTemporaryDir dir;
        m_reddit.http().clearRequests();
        m_reddit.oauthHttp().clearRequests();
        for (const QString &link : links()) {
            const CliRun run = runInsights({QStringLiteral("reddit"), QStringLiteral("add"), link, QStringLiteral("--data-dir"), dir.path()},
                                           environment(true));
            QVERIFY2(run.exitCode == 0, qPrintable(link + QStringLiteral(": ") + run.err));
        }
        const CliRun list = runInsights({QStringLiteral("reddit"), QStringLiteral("list"), QStringLiteral("--data-dir"), dir.path()},
                                        environment(true));
        QCOMPARE(list.exitCode, 0);
        const QStringList lines = list.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 3);
        for (const QString &id : {QStringLiteral("abc123"), QStringLiteral("def456"), QStringLiteral("jkl012")})
            QVERIFY2(list.out.contains(id), qPrintable(list.out));

        // Every post request went to the OAuth host with a token Reddit's token endpoint gave.
        QCOMPARE(m_reddit.postRequests(), 0);
        QCOMPARE(m_reddit.oauthPostRequests(), 5);
        for (const TestRequest &r : m_reddit.oauthHttp().requests()) {
            const QByteArray authorization = r.header("authorization");
            QVERIFY(authorization.startsWith("Bearer "));
            QVERIFY(m_reddit.issuedTokens().contains(QString::fromUtf8(authorization.mid(7))));
        }
        // One device id for this data directory, whichever process asked.
        QSet<QString> devices;
        for (const TestRequest &r : m_reddit.tokenRequests())
            devices.insert(QUrlQuery(QString::fromUtf8(r.body)).queryItemValue(QStringLiteral("device_id")));
        QCOMPARE(devices.size(), 1);

        // No token on disk.
        QByteArrayList tokens;
        for (const QString &t : m_reddit.issuedTokens())
            tokens << t.toUtf8();
        QVERIFY(!tokens.isEmpty());
        int scanned = 0;
        const QStringList leaks = filesContaining(dir.path(), tokens, &scanned);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral(", "))));
        QVERIFY(scanned >= 2);
    }

    void withoutAClientIdTheCommandSaysHowToSignInAndChangesNothing()
    {
        QTemporaryDir dir;
        const QStringList before = storedContents(dir.path());
        for (const QString &link : {QStringLiteral("https://redd.it/abc123"), links().at(2)}) {
            const int asked = m_reddit.postRequests();
            const CliRun run = runInsights({QStringLiteral("reddit"), QStringLiteral("add"), link, QStringLiteral("--data-dir"), dir.path()},
                                           environment(false));
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral("Reddit asks apps to sign in: add a Reddit client id in Settings → Reddit")),
                     qPrintable(run.err));
            QCOMPARE(m_reddit.postRequests(), asked + 1); // the anonymous JSON, once
            QCOMPARE(storedContents(dir.path()), before);
        }
    }
};

QTEST_GUILESS_MAIN(TestRedditCli)
#include "tst_redditcli.moc"
