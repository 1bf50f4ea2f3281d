// The 14-day data-loss warning: when it appears and which date it names.
#include "status/trafficrisk.h"

#include <QtTest>

using namespace insights;

class TestTrafficRisk : public QObject {
    Q_OBJECT

private slots:
    void warning_data()
    {
        QTest::addColumn<int>("daysAgo");
        QTest::addColumn<QString>("expected"); // a fragment, or empty for no warning
        QTest::newRow("yesterday") << 1 << QString();
        QTest::newRow("ten days") << 10 << QString();
        QTest::newRow("eleven days") << 11 << QStringLiteral("data starts to be lost on 2026-05-23");
        QTest::newRow("thirteen days") << 13 << QStringLiteral("data starts to be lost on 2026-05-23");
        QTest::newRow("fifteen days") << 15 << QStringLiteral("are lost");
        QTest::newRow("never") << -1 << QStringLiteral("never been collected");
    }

    void warning()
    {
        QFETCH(int, daysAgo);
        QFETCH(QString, expected);
        const QDateTime last(QDate(2026, 5, 9), QTime(8, 30), Qt::UTC);
        const QDateTime now = last.addDays(std::max(daysAgo, 0));
        const auto lastSuccess = daysAgo < 0 ? std::nullopt : std::optional<QDateTime>(last);
        const QString w = TrafficRisk::warning(QStringLiteral("o/r"), lastSuccess, now);
        if (expected.isEmpty())
            QVERIFY2(w.isEmpty(), qPrintable(w));
        else
            QVERIFY2(w.contains(expected), qPrintable(w));
    }
};

QTEST_GUILESS_MAIN(TestTrafficRisk)
#include "tst_trafficrisk.moc"
