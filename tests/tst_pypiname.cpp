// PyPI names and installer classes: a name is normalised as the dataset stores it, a name no
// package can have (including one crafted to break out of a query) is refused with a message,
// and the human/bot rules come from the database, where a user can change them.
#include "collectors/pypi/installerclasses.h"
#include "collectors/pypi/pypiname.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace insights;

class TestPyPiName : public QObject {
    Q_OBJECT

private slots:
    void namesAreNormalised_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("requests") << QStringLiteral("requests");
        QTest::newRow("case") << QStringLiteral("Django") << QStringLiteral("django");
        QTest::newRow("separators") << QStringLiteral("Django_REST.framework") << QStringLiteral("django-rest-framework");
        QTest::newRow("runs") << QStringLiteral("a--_.b") << QStringLiteral("a-b");
        QTest::newRow("spaces around") << QStringLiteral("  numpy ") << QStringLiteral("numpy");
        QTest::newRow("one character") << QStringLiteral("x") << QStringLiteral("x");
    }

    void namesAreNormalised()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const auto normalized = PyPiName::normalize(name);
        QVERIFY2(normalized.ok(), qPrintable(normalized.errorMessage()));
        QCOMPARE(*normalized, expected);
    }

    void impossibleNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("quote") << QStringLiteral("x' OR '1'='1");
        QTest::newRow("statement") << QStringLiteral("a'); DROP TABLE pypi.pypi; --");
        QTest::newRow("placeholder") << QStringLiteral("{p:String}");
        QTest::newRow("leading dash") << QStringLiteral("-pkg");
        QTest::newRow("trailing dot") << QStringLiteral("pkg.");
        QTest::newRow("unicode") << QStringLiteral("pâckage");
        QTest::newRow("space inside") << QStringLiteral("my package");
        QTest::newRow("too long") << QString(201, QLatin1Char('a'));
    }

    void impossibleNamesAreRefused()
    {
        QFETCH(QString, name);
        const auto normalized = PyPiName::normalize(name);
        QVERIFY(!normalized.ok());
        QVERIFY2(normalized.errorMessage().contains(QLatin1String("not a PyPI package name")), qPrintable(normalized.errorMessage()));
        QCOMPARE(normalized.error().kind, Error::Kind::Config);
    }

    void installerClassesAreDataAUserCanChange()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("insights.db"))).ok());
        auto classes = InstallerClasses::load(db.handle());
        QVERIFY(classes.ok());
        QCOMPARE(classes->humanInstallers(), (QStringList{QStringLiteral("pip"), QStringLiteral("uv")}));
        for (const char *bot : {"bandersnatch", "Browser", "requests", "", "Nexus", "devpi", "OS", "poetry-never-listed"})
            QVERIFY2(!classes->isHuman(QString::fromLatin1(bot)), bot);

        QSqlQuery q(db.handle());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO pypi_installer_class(installer, class) VALUES ('poetry', 'human')")));
        QVERIFY(InstallerClasses::load(db.handle())->isHuman(QStringLiteral("poetry")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO pypi_installer_class(installer, class) VALUES ('x', 'maybe')"))); // two classes only
    }
};

QTEST_GUILESS_MAIN(TestPyPiName)
#include "tst_pypiname.moc"
