// A crash is not silent (issue 19): the real `insights` window (offscreen) logs to
// <data dir>/logs/insights.log; killed by a fatal signal it writes no core file but one last log
// line, and its next start says that the previous run ended unexpectedly and where the log is.
// A SIGTERM (a logout) is a clean end: nothing to report at the next start.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

class TestCrashNotice : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_cwd; // where a core file would land

    QString logPath() const { return QDir(m_dir.path()).filePath(QStringLiteral("logs/insights.log")); }
    QString markerPath() const { return QDir(m_dir.path()).filePath(QStringLiteral(".insights.running")); }

    QByteArray log() const
    {
        QFile f(logPath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Starts the window and returns once it runs with its log open (`starts` starts so far).
    bool start(QProcess &app, int starts)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        for (const QString &variable : env.keys())
            if (variable.startsWith(QLatin1String("INSIGHT_")))
                env.remove(variable);
        app.setProcessEnvironment(env);
        app.setWorkingDirectory(m_cwd.path());
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(INSIGHTS_BINARY), {QStringLiteral("--data-dir"), m_dir.path()});
        if (!app.waitForStarted(30'000))
            return false;
        return QTest::qWaitFor([&] { return log().count("started with the data directory") == starts; }, 60'000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_cwd.isValid());
    }

    void aCrashIsToldAtTheNextStartWithWhereTheLogIs()
    {
        QProcess first;
        QVERIFY(start(first, 1));
        QVERIFY(QFile::exists(markerPath()));
        QVERIFY(::kill(pid_t(first.processId()), SIGSEGV) == 0);
        QVERIFY(first.waitForFinished(30'000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        QVERIFY2(log().contains("ended by fatal signal 11"), log().constData());
        QVERIFY(QDir(m_cwd.path()).entryList(QDir::Files).isEmpty()); // no core file
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("core*")}, QDir::Files).isEmpty());

        QProcess second;
        QVERIFY(start(second, 2));
        QVERIFY(log().contains("ended unexpectedly")); // logged before "started"
        QVERIFY2(log().contains(QDir::toNativeSeparators(logPath()).toUtf8()), log().constData()); // says where
        QVERIFY(::kill(pid_t(second.processId()), SIGTERM) == 0);
        QVERIFY(second.waitForFinished(30'000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QVERIFY(!QFile::exists(markerPath()));
        QVERIFY(log().contains("Quitting on signal 15"));

        QProcess third; // after a clean end: nothing to report
        QVERIFY(start(third, 3));
        QCOMPARE(log().count("ended unexpectedly"), 1);
        QVERIFY(::kill(pid_t(third.processId()), SIGTERM) == 0);
        QVERIFY(third.waitForFinished(30'000));
        QCOMPARE(third.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashNotice)
#include "tst_crashnotice.moc"
