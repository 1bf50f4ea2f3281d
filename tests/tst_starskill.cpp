// A first star collection killed part-way (SIGKILL, no chance to clean up) by the real binary:
// the database stays sound, keeps what was checkpointed, and the next run finishes the job with
// every star exactly once, numbered, and every star day titled.
#include "starsfixture.h"

#include <QProcess>

using namespace insights;
using namespace insights::test;

class TestStarsKill : public QObject {
    Q_OBJECT
    const QString repo = QStringLiteral("octo/widgets");

    QProcessEnvironment environment(StargazerTestServer &server, const QString &dataDir) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("INSIGHT_GITHUB_API_URL"), server.apiUrl().toString());
        env.insert(QStringLiteral("INSIGHT_GITHUB_TOKEN"), server.token());
        env.insert(QStringLiteral("INSIGHT_GITHUB_REPOS"), repo);
        env.insert(QStringLiteral("INSIGHT_DATA_DIR"), dataDir);
        return env;
    }

    // Runs `insights collect github_stars`; kills it once stderr matches `killAt` (if given).
    int collect(StargazerTestServer &server, const QString &dataDir, const QRegularExpression &killAt = {})
    {
        QProcess process;
        process.setProcessEnvironment(environment(server, dataDir));
        QByteArray err;
        QEventLoop loop;
        connect(&process, &QProcess::readyReadStandardError, &loop, [&] {
            err += process.readAllStandardError();
            if (killAt.isValid() && !killAt.pattern().isEmpty() && QString::fromUtf8(err).contains(killAt)
                && process.state() == QProcess::Running)
                process.kill();
        });
        connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
        process.start(QStringLiteral(INSIGHTS_BINARY), {QStringLiteral("collect"), QStringLiteral("github_stars")});
        loop.exec();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private slots:
    void aKilledFirstCollectionFinishesOnTheNextRun()
    {
        StargazerTestServer server;
        QVERIFY(server.listen());
        server.addStars(repo, StargazerTestServer::generate(3000, QDateTime(QDate(2018, 1, 1), QTime(0, 0), Qt::UTC), 31));
        // Slow answers, so the kill lands in the middle of the walk.
        server.http().setHandler([&server](const TestRequest &r) {
            TestResponse response = server.answer(r);
            response.delayMs = 20;
            return response;
        });
        QTemporaryDir dir;
        QCOMPARE(collect(server, dir.path(), QRegularExpression(QStringLiteral("1,?200 of 3,?000"))), -1);

        Database db;
        QVERIFY(db.open(QDir(dir.path()).filePath(QStringLiteral("insights.db"))).ok());
        QCOMPARE(scalar(db.handle(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        const qint64 kept = countRows(db.handle(), QStringLiteral("new_star"), repo);
        QVERIFY2(kept >= 500 && kept < 3000 && kept % 500 == 0, qPrintable(QString::number(kept)));
        db.close();

        const int before = server.graphQlRequestCount();
        QCOMPARE(collect(server, dir.path()), 0);
        QVERIFY(server.graphQlRequestCount() - before <= int((3000 - kept + 99) / 100) + 2);

        QVERIFY(db.open(QDir(dir.path()).filePath(QStringLiteral("insights.db"))).ok());
        verifyStoredStars(db.handle(), repo, server.stars(repo));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(starDays(db.handle(), repo), expectedStarDays(server.stars(repo)));
    }
};

QTEST_GUILESS_MAIN(TestStarsKill)
#include "tst_starskill.moc"
