// The digest in the window (issue 24): "This week…" on the Overview shows the same digest as
// `insights digest` for the last complete week and saves it as a web page with its charts; the
// weekly digest Settings asks for is written once to its folder, named for the week's Monday.
#include "config/config.h"
#include "digest/digest.h"
#include "digest/markdowndigest.h"
#include "digestdialog.h"
#include "mainwindow.h"
#include "sample/datasetgenerator.h"
#include "service/appservice.h"
#include "storage/database.h"

#include <QPushButton>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace insights;

class TestDigestWindow : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    const QDate today = QDate::currentDate();

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(DatasetGenerator::generateInto(dir.path(), DatasetSpec::small(today)).ok());
        Config config(dir.path());
        config.setLastPage(QStringLiteral("overview"));
        config.sync();
    }

    void thisWeekShowsTheDigestAndSavesItWithCharts()
    {
        MainWindow window(dir.path());
        window.setScheduleEnabled(false);
        window.service().setDigestProgram(QStringLiteral(INSIGHTS_BINARY));
        window.show();
        QVERIFY(QTest::qWaitFor([&] { return window.isIdle() && window.currentPage(); }, 20'000));
        auto *button = window.findChild<QPushButton *>(QStringLiteral("thisWeekButton"));
        QVERIFY(button);
        button->click();
        DigestDialog *dialog = window.digestDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitFor([&] { return dialog->isLoaded(); }, 20'000));

        // The last complete week, and what `insights digest` writes for it.
        const DateRange week = dialog->range();
        QCOMPARE(week.from.dayOfWeek(), 1);
        QCOMPARE(week.to, week.from.addDays(6));
        QVERIFY(week.to < today);
        Database db;
        QVERIFY(db.open(Config(dir.path()).databasePath()).ok());
        auto digest = Digest::build(db.handle(), week);
        QVERIFY(digest.ok());
        QTextDocument expected;
        expected.setMarkdown(toMarkdown(*digest));
        QCOMPARE(dialog->text(), expected.toPlainText());
        QVERIFY(dialog->text().contains(QStringLiteral("octo/insights")));

        QTemporaryDir out;
        QSignalSpy saved(dialog, &DigestDialog::saved);
        dialog->saveTo(out.filePath(QStringLiteral("week.html")), QStringLiteral("html"));
        QVERIFY(saved.wait(60'000));
        QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
        QFile html(out.filePath(QStringLiteral("week.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray page = html.readAll();
        QVERIFY(page.contains("<html"));
        QVERIFY(page.contains("data:image/png;base64,")); // the charts, inside the page
        QVERIFY(dialog->statusText().startsWith(QStringLiteral("Saved to ")));
    }

    void theWeeklyDigestIsWrittenOncePerWeek()
    {
        QTemporaryDir folder;
        {
            Config config(dir.path());
            config.setDigestFolder(folder.path());
            config.sync();
        }
        AppService service(dir.path());
        service.setScheduleEnabled(false);
        service.setDigestProgram(QStringLiteral(INSIGHTS_BINARY));
        QVERIFY(QTest::qWaitFor([&] { return service.isReady(); }, 20'000));
        QSignalSpy written(&service, &AppService::digestWritten);
        service.writeDueDigest(today);
        QVERIFY(written.wait(60'000));
        const DateRange week = AppService::digestWeek(today);
        const QString path = QDir(folder.path()).filePath(QStringLiteral("digest-%1.html").arg(week.from.toString(Qt::ISODate)));
        QCOMPARE(written.first().at(0).toString(), path);
        QVERIFY(QFile::exists(path));
        QCOMPARE(Config(dir.path()).lastDigestWeek(), week.from);

        // The same week again (the next tick, a restart): nothing is started.
        QVERIFY(QFile::remove(path));
        service.writeDueDigest(today);
        AppService restarted(dir.path());
        restarted.setDigestProgram(QStringLiteral(INSIGHTS_BINARY));
        QVERIFY(QTest::qWaitFor([&] { return restarted.isReady(); }, 20'000));
        restarted.writeDueDigest(today);
        QVERIFY(service.findChildren<QProcess *>().isEmpty());
        QVERIFY(restarted.findChildren<QProcess *>().isEmpty());
        QVERIFY(!QFile::exists(path));

        // A week later the next one is due: as if the last one written were the week before.
        restarted.config().setLastDigestWeek(week.from.addDays(-7));
        QSignalSpy next(&restarted, &AppService::digestWritten);
        restarted.writeDueDigest(today);
        QVERIFY(next.wait(60'000));
        QCOMPARE(next.first().at(0).toString(), path);
        QVERIFY(QFile::exists(path));
    }
};

QTEST_MAIN(TestDigestWindow)
#include "tst_digestwindow.moc"
