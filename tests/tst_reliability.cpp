// Disk and database faults (SPEC §4): a damaged database file is moved aside byte for byte and a
// new one starts, with a note saying where the old one went (command line and window); a full
// disk fails the write with a clear message and leaves every stored row as it was; a file that
// is merely locked is never moved.
#include "cliharness.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "storage/metricstore.h"
#include "storage/scopedtransaction.h"
#include "storewrite.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <unistd.h>
#include <QLabel>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace insights;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// The files a damaged insights.db was moved to.
QStringList movedAside(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("insights.db.unreadable-*")}, QDir::Files, QDir::Name);
}

QString integrity(const QString &path)
{
    Database db;
    if (!db.open(path).ok())
        return QStringLiteral("cannot open");
    QSqlQuery q(QStringLiteral("PRAGMA integrity_check"), db.handle());
    return q.next() ? q.value(0).toString() : QStringLiteral("no answer");
}

// A database with a few real rows, closed.
void seed(const QString &path, int days)
{
    Database db;
    if (!db.open(path).ok())
        qFatal("cannot open %s", qPrintable(path));
    Batch batch;
    for (int d = 0; d < days; ++d)
        batch.rows.append(MetricRow::make("views", QStringLiteral("o/r"), QDate(2026, 1, 1).addDays(d), Period::Daily, d));
    test::writeCommitted(db.handle(), batch);
}

} // namespace

class TestReliability : public QObject {
    Q_OBJECT

private slots:
    void aFileThatIsNotADatabaseIsMovedAsideAndANewOneStarts_data()
    {
        QTest::addColumn<QStringList>("command"); // every command that opens the database
        QTest::addColumn<int>("exitCode");
        QTest::newRow("status") << QStringList{QStringLiteral("status")} << 0;
        // The new database holds nothing, and a chart of nothing is not drawn.
        QTest::newRow("chart") << QStringList{QStringLiteral("chart"), QStringLiteral("stars"), QStringLiteral("--out")} << 1;
    }

    void aFileThatIsNotADatabaseIsMovedAsideAndANewOneStarts()
    {
        QFETCH(QStringList, command);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("insights.db"));
        const QByteArray garbage = QByteArray("not sqlite at all ") + QByteArray(9000, '\x07');
        writeFile(db, garbage);
        writeFile(db + QStringLiteral("-wal"), QByteArray(100, 'w'));

        if (command.last() == QLatin1String("--out"))
            command << dir.filePath(QStringLiteral("chart.png"));
        const test::CliRun run = test::runInsights(command + QStringList{QStringLiteral("--data-dir"), dir.path()});
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("could not be read")) && run.err.contains(QLatin1String("nothing was deleted")),
                 qPrintable(run.err));
        const QStringList aside = movedAside(dir.path());
        QVERIFY2(aside.size() == 2, qPrintable(aside.join(u' '))); // the file and its -wal, as they were
        QCOMPARE(readAll(dir.filePath(aside.first())), garbage);
        QVERIFY(run.err.contains(dir.filePath(aside.first())));
        QCOMPARE(integrity(db), QStringLiteral("ok")); // and the new one works
    }

    void aDatabaseWithADamagedHeaderKeepsItsBytesAside()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("insights.db"));
        seed(db, 30);
        QByteArray bytes = readAll(db);
        QVERIFY(bytes.size() > 4096);
        bytes.replace(0, 16, QByteArray(16, '\0')); // the "SQLite format 3" magic gone
        writeFile(db, bytes);

        const test::CliRun run = test::runInsights({QStringLiteral("export"), QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(run.exitCode, 0);
        const QStringList aside = movedAside(dir.path());
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readAll(dir.filePath(aside.first())), bytes); // a recovery tool gets every byte
        // A second run finds a healthy database and moves nothing more.
        const test::CliRun again = test::runInsights({QStringLiteral("status"), QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(!again.err.contains(QLatin1String("could not be read")));
        QCOMPARE(movedAside(dir.path()).size(), 1);
    }

    void theWindowSaysWhereTheDamagedFileWent()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("insights.db")), QByteArray(5000, 'x'));
        MainWindow window(dir.path());
        window.setScheduleEnabled(false);
        window.show();
        // Checked in the service's reading thread, first thing after start.
        QTRY_VERIFY2(window.recoveryNote().contains(QLatin1String("moved to")), qPrintable(window.recoveryNote()));
        QCOMPARE(movedAside(dir.path()).size(), 1);
        QTRY_VERIFY(window.isIdle());
        bool shown = false;
        for (QLabel *label : window.findChildren<QLabel *>())
            shown |= label->isVisible() && label->text().contains(window.recoveryNote());
        QVERIFY(shown);
    }

    void aHealthyOrLockedDatabaseIsNeverMoved()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("insights.db"));
        seed(db, 10);
        QCOMPARE(*Database::recoverIfUnreadable(db), QString());
        // Another process holds a write lock: busy is not damage.
        Database holder;
        QVERIFY(holder.open(db).ok());
        QVERIFY(QSqlQuery(holder.handle()).exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QCOMPARE(*Database::recoverIfUnreadable(db), QString());
        QVERIFY(QSqlQuery(holder.handle()).exec(QStringLiteral("ROLLBACK")));
        QVERIFY(movedAside(dir.path()).isEmpty());
    }

    void aReadOnlyDataDirectoryIsAClearErrorAndKeepsTheFile()
    {
        // Permissions do not bind root: as root the binary runs as "nobody" (setpriv, util-linux).
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("insights.db"));
        seed(db, 12);
        const QByteArray bytes = readAll(db);
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                                      | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
        QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const bool root = ::geteuid() == 0;
        if (root && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("running as root without setpriv: permissions cannot be tested");
        for (const QString &command : {QStringLiteral("collect"), QStringLiteral("export")}) {
            QProcess p;
            QStringList args{command, QStringLiteral("--data-dir"), dir.path()};
            if (root)
                p.start(QStringLiteral("setpriv"), QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                                               QStringLiteral("--clear-groups"), QStringLiteral(INSIGHTS_BINARY)} + args);
            else
                p.start(QStringLiteral(INSIGHTS_BINARY), args);
            QVERIFY(p.waitForFinished(30'000));
            const QString err = QString::fromUtf8(p.readAllStandardError());
            if (root && (p.exitCode() == 126 || p.exitCode() == 127 || err.startsWith(QLatin1String("setpriv:"))))
                QSKIP(qPrintable(QStringLiteral("the binary cannot be run as nobody here: ") + err));
            QVERIFY2(p.exitCode() == 1, qPrintable(err));
            QVERIFY2(err.contains(QLatin1String("not writable")) && err.contains(dir.path()), qPrintable(err));
        }
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(readAll(db), bytes);
        QVERIFY(movedAside(dir.path()).isEmpty());
    }

    void aFullDiskFailsTheWriteClearlyAndKeepsEveryRow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("insights.db"));
        seed(path, 40);
        Database db;
        QVERIFY(db.open(path).ok());
        const auto fingerprint = [&] {
            QSqlQuery q(QStringLiteral("SELECT COUNT(*), TOTAL(value), MAX(updated_at) FROM insight_metric"), db.handle());
            return q.next() ? QStringLiteral("%1/%2/%3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())
                            : QString();
        };
        const QString before = fingerprint();
        // The file may grow by two pages at most: SQLite answers as on a full disk (SQLITE_FULL).
        QSqlQuery pages(QStringLiteral("PRAGMA page_count"), db.handle());
        QVERIFY(pages.next());
        QVERIFY(QSqlQuery(db.handle()).exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages.value(0).toInt() + 2)));
        pages.finish();

        Batch batch;
        for (int i = 0; i < 20'000; ++i) {
            MetricRow r = MetricRow::make("top_pages", QStringLiteral("site.example"), QDate(2025, 1, 1).addDays(i % 365),
                                          Period::Daily, i, QStringLiteral("/page-%1").arg(i));
            r.metadata = {{QStringLiteral("pageviews"), i}};
            batch.rows.append(r);
        }
        batch.rows.append(MetricRow::make("views", QStringLiteral("o/r"), QDate(2026, 1, 1), Period::Daily, 999)); // a change too
        {
            ScopedTransaction tx(db.handle()); // rolls back when it ends uncommitted, as a failed run does
            QVERIFY(tx.begin().ok());
            auto written = MetricStore(db.handle()).write(batch, QDateTime::currentDateTimeUtc());
            QVERIFY(!written.ok());
            QVERIFY2(written.errorMessage().contains(QLatin1String("disk is full")), qPrintable(written.errorMessage()));
        }
        QCOMPARE(fingerprint(), before);
        QSqlQuery check(QStringLiteral("PRAGMA integrity_check"), db.handle());
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }
};

QTEST_MAIN(TestReliability)
#include "tst_reliability.moc"
