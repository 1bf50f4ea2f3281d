// Leases on (source, subject), on both backends: one holder at a time, its own lease renewed,
// another's taken over only once it has run out, released by its holder alone, checked again in
// the write transaction; and two collectors claiming the same subjects at the same moment, each
// on its own connection, never both get one.
#include "storage/database.h"
#include "storage/leases.h"
#include "storage/scopedtransaction.h"
#include "testdatabases.h"

#include <QThread>
#include <QtTest>

using namespace insights;
using namespace insights::test;
using namespace std::chrono_literals;

namespace {
const QDateTime kNow(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
}

class TestLeases : public QObject {
    Q_OBJECT

    const Backend m_backend;
    QTemporaryDir m_dir;
    QString m_location;

public:
    explicit TestLeases(Backend backend) : m_backend(backend) {}

private slots:
    void init() { m_location = freshLocation(m_backend, m_dir); }

    void oneHolderAtATimeUntilItRunsOut()
    {
        Database a, b;
        QVERIFY(a.open(m_location).ok());
        QVERIFY(b.open(m_location).ok());
        Leases one(a.handle(), QStringLiteral("collector-a")), two(b.handle(), QStringLiteral("collector-b"));
        const QString src = QStringLiteral("github_stars"), subject = QStringLiteral("o/r");
        QCOMPARE(*one.claim(src, subject, kNow, 600s), true);
        QCOMPARE(*two.claim(src, subject, kNow.addSecs(60), 600s), false);   // a holds it
        QCOMPARE(*one.claim(src, subject, kNow.addSecs(300), 600s), true);   // renewed: until 9:15
        QCOMPARE(*two.claim(src, subject, kNow.addSecs(700), 600s), false);  // 9:11:40 < 9:15
        QCOMPARE(*two.claim(src, QStringLiteral("o/other"), kNow, 600s), true); // another subject is free
        QCOMPARE(*two.claim(src, subject, kNow.addSecs(901), 600s), true);   // ran out: b takes over
        // a, back from the dead, finds out in its write transaction and writes nothing.
        {
            ScopedTransaction tx(a.handle());
            QVERIFY(tx.begin().ok());
            QCOMPARE(*one.stillHeld(src, subject, kNow.addSecs(902), 600s), false);
        }
        QVERIFY(one.release(src, subject).ok()); // not a's to release
        QCOMPARE(*one.claim(src, subject, kNow.addSecs(903), 600s), false);
        QVERIFY(two.release(src, subject).ok());
        QCOMPARE(*one.claim(src, subject, kNow.addSecs(904), 600s), true);
    }

    void twoClaimersAtOnceNeverShareASubject()
    {
        if (m_backend == Backend::SQLite)
            QSKIP("SQLite writes one at a time: the race is PostgreSQL's");
        constexpr int kSubjects = 200;
        QHash<QString, QStringList> won;
        QMutex mutex;
        auto claimer = [&](const QString &name) {
            return QThread::create([&, name] {
                Database db;
                if (!db.open(m_location).ok())
                    return;
                Leases leases(db.handle(), name);
                for (int i = 0; i < kSubjects; ++i) {
                    const QString subject = QStringLiteral("o/r%1").arg(i);
                    auto got = leases.claim(QStringLiteral("pypi"), subject, kNow, 600s);
                    if (got.ok() && *got) {
                        QMutexLocker lock(&mutex);
                        won[subject].append(name);
                    }
                }
            });
        };
        std::unique_ptr<QThread> a(claimer(QStringLiteral("a"))), b(claimer(QStringLiteral("b")));
        a->start();
        b->start();
        QVERIFY(a->wait(60'000) && b->wait(60'000));
        QCOMPARE(won.size(), kSubjects);
        for (auto it = won.cbegin(); it != won.cend(); ++it)
            QVERIFY2(it->size() == 1, qPrintable(it.key() + QLatin1String(": ") + it->join(u',')));
    }
};

INSIGHTS_TEST_MAIN_ON_EVERY_BACKEND(TestLeases)
#include "tst_leases.moc"
