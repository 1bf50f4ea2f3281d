// The user's own notes on the timeline: the store (core/notes) on a real database, `insights
// note add | list | remove` through the real binary — what it prints, its usage errors and that
// they change nothing — and the notes in `insights export`.
#include "cliharness.h"
#include "notes/notes.h"
#include "sqlprobe.h"
#include "storage/database.h"
#include "testclock.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace insights;
using namespace insights::test;

namespace {

const QDate kToday(2026, 5, 20); // TestClock's

QStringList texts(const QList<Note> &notes)
{
    QStringList out;
    for (const Note &n : notes)
        out << n.text;
    return out;
}

// Every note as stored, one line each: equal strings mean an unchanged table.
QString table(QSqlDatabase &db)
{
    QString out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id, date, coalesce(subject, '<null>'), text, created_at, updated_at FROM insight_note ORDER BY id"));
    while (q.next())
        out += QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).toString(), q.value(5).toString()}
                   .join(QLatin1Char('|'))
               + QLatin1Char('\n');
    return out;
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

CliRun note(const QString &dataDir, QStringList args)
{
    args.prepend(QStringLiteral("note"));
    args << QStringLiteral("--data-dir") << dataDir;
    return runInsights(args);
}

} // namespace

class TestNotes : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_dbCount = 0;

    // A fresh database of its own for each store test.
    QString newDatabasePath() { return m_dir.filePath(QStringLiteral("store%1.db").arg(++m_dbCount)); }

private slots:
    // --- the store -------------------------------------------------------------------------

    void addedNoteListsAsStored()
    {
        Database db;
        QVERIFY(db.open(newDatabasePath()).ok());
        TestClock clock;
        Notes notes(db.handle(), clock);
        auto id = notes.add(QDate(2026, 3, 14), QStringLiteral("  Launched\non Hacker News\r\n(front page)\t"),
                            QStringLiteral(" octo/widgets "));
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        auto listed = notes.list();
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        const Note &n = listed->first();
        QCOMPARE(n.id, *id);
        QCOMPARE(n.date, QDate(2026, 3, 14));
        QCOMPARE(n.subject, QStringLiteral("octo/widgets"));
        QCOMPARE(n.text, QStringLiteral("Launched on Hacker News (front page)")); // one line, trimmed
        QCOMPARE(n.createdAt, clock.nowUtc());
        QCOMPARE(n.updatedAt, clock.nowUtc());
        // Stored as the contract says: ISO date, ISO UTC times, NULL subject for the whole project.
        QVERIFY(notes.add(QDate(2026, 3, 15), QStringLiteral("Everyone"), QStringLiteral("  ")).ok());
        QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT date || ' ' || created_at FROM insight_note WHERE id = ?"), {*id}).toString(),
                 QStringLiteral("2026-03-14 2026-05-20T12:00:00Z"));
        QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT count(*) FROM insight_note WHERE subject IS NULL")).toInt(), 1);
    }

    void listFiltersBySubjectAndRangeInDateOrder()
    {
        Database db;
        QVERIFY(db.open(newDatabasePath()).ok());
        TestClock clock;
        Notes notes(db.handle(), clock);
        // Added out of date order; two on one day.
        QVERIFY(notes.add(QDate(2026, 4, 1), QStringLiteral("a/b April"), QStringLiteral("a/b")).ok());
        QVERIFY(notes.add(QDate(2026, 3, 10), QStringLiteral("a/b first"), QStringLiteral("a/b")).ok());
        QVERIFY(notes.add(QDate(2026, 3, 1), QStringLiteral("project"), QString()).ok());
        QVERIFY(notes.add(QDate(2026, 3, 20), QStringLiteral("c/d"), QStringLiteral("c/d")).ok());
        QVERIFY(notes.add(QDate(2026, 3, 10), QStringLiteral("a/b second"), QStringLiteral("a/b")).ok());

        QCOMPARE(texts(*notes.list()),
                 (QStringList{QStringLiteral("project"), QStringLiteral("a/b first"), QStringLiteral("a/b second"),
                              QStringLiteral("c/d"), QStringLiteral("a/b April")}));
        // A subject: its notes and the whole project's, not another subject's.
        QCOMPARE(texts(*notes.list({}, QStringLiteral("a/b"))),
                 (QStringList{QStringLiteral("project"), QStringLiteral("a/b first"), QStringLiteral("a/b second"),
                              QStringLiteral("a/b April")}));
        QCOMPARE(texts(*notes.list({}, QStringLiteral("x/y"))), QStringList{QStringLiteral("project")});
        // Ranges: inclusive, either end open.
        QCOMPARE(texts(*notes.list({QDate(2026, 3, 10), QDate(2026, 3, 20)})),
                 (QStringList{QStringLiteral("a/b first"), QStringLiteral("a/b second"), QStringLiteral("c/d")}));
        QCOMPARE(texts(*notes.list({QDate(2026, 3, 21), QDate()})), QStringList{QStringLiteral("a/b April")});
        QCOMPARE(texts(*notes.list({QDate(), QDate(2026, 3, 9)})), QStringList{QStringLiteral("project")});
        QCOMPARE(texts(*notes.list({QDate(2026, 3, 11), QDate(2026, 3, 31)}, QStringLiteral("a/b"))), QStringList{});
    }

    void updateChangesTheNoteButNotWhenItWasCreated()
    {
        Database db;
        QVERIFY(db.open(newDatabasePath()).ok());
        TestClock clock;
        Notes notes(db.handle(), clock);
        const qint64 id = *notes.add(QDate(2026, 3, 14), QStringLiteral("v1.0"), QStringLiteral("a/b"));
        const QDateTime created = clock.nowUtc();
        clock.advanceDays(2);
        QVERIFY(notes.update(id, QDate(2026, 3, 15), QStringLiteral("v1.0 released"), QString()).ok());
        const Note n = notes.list()->first();
        QCOMPARE(n.date, QDate(2026, 3, 15));
        QCOMPARE(n.text, QStringLiteral("v1.0 released"));
        QVERIFY(n.subject.isEmpty());
        QCOMPARE(n.createdAt, created);
        QCOMPARE(n.updatedAt, clock.nowUtc());

        const QString before = table(db.handle());
        const Status unknown = notes.update(id + 1, QDate(2026, 3, 16), QStringLiteral("nope"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, Error::Kind::Config);
        QVERIFY2(unknown.errorMessage().contains(QString::number(id + 1)), qPrintable(unknown.errorMessage()));
        QVERIFY(!notes.update(id, QDate(2026, 3, 16), QStringLiteral(" ")).ok());
        QCOMPARE(table(db.handle()), before);
    }

    void removeSaysWhetherThereWasANote()
    {
        Database db;
        QVERIFY(db.open(newDatabasePath()).ok());
        TestClock clock;
        Notes notes(db.handle(), clock);
        const qint64 keep = *notes.add(QDate(2026, 3, 1), QStringLiteral("keep"));
        const qint64 drop = *notes.add(QDate(2026, 3, 2), QStringLiteral("drop"));
        QCOMPARE(*notes.remove(drop), true);
        QCOMPARE(*notes.remove(drop), false);
        QCOMPARE(*notes.remove(12345), false);
        QCOMPARE(notes.list()->size(), 1);
        QCOMPARE(notes.list()->first().id, keep);
    }

    void validation_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error"); // empty: valid
        const QString ok;
        QTest::newRow("plain") << QDate(2026, 3, 14) << QStringLiteral("Launched") << ok;
        QTest::newRow("first day") << QDate(2000, 1, 1) << QStringLiteral("x") << ok;
        QTest::newRow("a year ahead") << kToday.addYears(1) << QStringLiteral("Conference talk") << ok;
        QTest::newRow("line breaks become spaces") << QDate(2026, 3, 14) << QStringLiteral("a\nb\tc\r\nd") << ok;
        QTest::newRow("500 characters") << QDate(2026, 3, 14) << QString(500, QLatin1Char('x')) << ok;
        QTest::newRow("500 emoji") << QDate(2026, 3, 14) << QString::fromUtf8("🚀").repeated(500) << ok;
        QTest::newRow("no date") << QDate() << QStringLiteral("x") << QStringLiteral("needs a date like 2026-01-31");
        QTest::newRow("too old") << QDate(1999, 12, 31) << QStringLiteral("x") << QStringLiteral("between 2000-01-01 and 2027-05-20");
        QTest::newRow("too far ahead") << kToday.addYears(1).addDays(1) << QStringLiteral("x") << QStringLiteral("not 2027-05-21");
        QTest::newRow("empty") << QDate(2026, 3, 14) << QString() << QStringLiteral("needs some text");
        QTest::newRow("blank") << QDate(2026, 3, 14) << QStringLiteral(" \n\t ") << QStringLiteral("needs some text");
        QTest::newRow("501 characters") << QDate(2026, 3, 14) << QString(501, QLatin1Char('x'))
                                        << QStringLiteral("at most 500 characters; this one has 501");
        QTest::newRow("bell") << QDate(2026, 3, 14) << QStringLiteral("ding\adong") << QStringLiteral("control characters");
        QTest::newRow("escape") << QDate(2026, 3, 14) << QStringLiteral("\x1b[31mred") << QStringLiteral("control characters");
    }

    void validation()
    {
        QFETCH(QDate, date);
        QFETCH(QString, text);
        QFETCH(QString, error);
        const Status st = Notes::validate(date, text, kToday);
        QCOMPARE(st.ok(), error.isEmpty());
        if (!error.isEmpty()) {
            QVERIFY2(st.errorMessage().contains(error), qPrintable(st.errorMessage()));
            QCOMPARE(st.error().kind, Error::Kind::Config);
        }
        // add() applies the same rules against its clock, and a refused note leaves no row.
        Database db;
        QVERIFY(db.open(newDatabasePath()).ok());
        TestClock clock;
        auto id = Notes(db.handle(), clock).add(date, text);
        QCOMPARE(id.ok(), error.isEmpty());
        QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT count(*) FROM insight_note")).toInt(), error.isEmpty() ? 1 : 0);
        if (id.ok())
            QVERIFY(!Notes(db.handle(), clock).list()->first().text.contains(QLatin1Char('\n')));
    }

    void aFailedWriteLeavesTheTableUnchanged()
    {
        Database db;
        QVERIFY(db.open(newDatabasePath()).ok());
        TestClock clock;
        Notes notes(db.handle(), clock);
        const qint64 id = *notes.add(QDate(2026, 3, 14), QStringLiteral("stays"), QStringLiteral("a/b"));
        const QString before = table(db.handle());
        // The database refuses every write to the table, as a full disk would.
        for (const char *op : {"INSERT", "UPDATE", "DELETE"})
            QVERIFY(QSqlQuery(db.handle()).exec(QStringLiteral("CREATE TEMP TRIGGER refuse_%1 BEFORE %1 ON insight_note "
                                                               "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
                                                    .arg(QLatin1String(op))));
        auto added = notes.add(QDate(2026, 3, 15), QStringLiteral("new"));
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind, Error::Kind::Storage); // not the user's input: exit 1, not 2
        QVERIFY2(added.errorMessage().contains(QLatin1String("disk is full")), qPrintable(added.errorMessage()));
        QVERIFY(!notes.update(id, QDate(2026, 3, 16), QStringLiteral("changed")).ok());
        QVERIFY(!notes.remove(id).ok());
        QCOMPARE(table(db.handle()), before);
        // No transaction is left open: the next write goes through once the database allows it.
        for (const char *op : {"INSERT", "UPDATE", "DELETE"})
            QVERIFY(QSqlQuery(db.handle()).exec(QStringLiteral("DROP TRIGGER temp.refuse_%1").arg(QLatin1String(op))));
        QVERIFY(notes.add(QDate(2026, 3, 15), QStringLiteral("new")).ok());
    }

    // --- the command line ------------------------------------------------------------------

    void cliAddListRemove()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data")); // `note add` creates it
        CliRun run = note(data, {QStringLiteral("add"), QStringLiteral("2026-03-14"), QStringLiteral("Launched on HN"),
                                 QStringLiteral("--subject"), QStringLiteral("octo/widgets")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("note 1 added\n"));
        run = note(data, {QStringLiteral("add"), QStringLiteral("2026-03-01"), QStringLiteral("Blog post, part 1")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("note 2 added\n"));

        run = note(data, {QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(lines(run.out), (QStringList{QStringLiteral("2  2026-03-01  –  Blog post, part 1"),
                                              QStringLiteral("1  2026-03-14  octo/widgets  Launched on HN")}));
        run = note(data, {QStringLiteral("list"), QStringLiteral("--subject"), QStringLiteral("other/repo")});
        QCOMPARE(lines(run.out), QStringList{QStringLiteral("2  2026-03-01  –  Blog post, part 1")});
        run = note(data, {QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2026-03-02"), QStringLiteral("--to"),
                          QStringLiteral("2026-03-14")});
        QCOMPARE(lines(run.out), QStringList{QStringLiteral("1  2026-03-14  octo/widgets  Launched on HN")});

        run = note(data, {QStringLiteral("remove"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("note 1 removed\n"));
        run = note(data, {QStringLiteral("list")});
        QCOMPARE(lines(run.out), QStringList{QStringLiteral("2  2026-03-01  –  Blog post, part 1")});
        run = note(data, {QStringLiteral("remove"), QStringLiteral("2")});
        run = note(data, {QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.contains(QLatin1String("insights note add")), qPrintable(run.err)); // says how to add one
    }

    void helpNamesTheNoteCommands()
    {
        const CliRun run = runInsights({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *line : {"  note add DATE TEXT [--subject S]  ", "  note list [--from DATE] [--to DATE] [--subject S]\n",
                                 "  note remove ID  ", "your notes (source insights, metric note)"})
            QVERIFY2(run.out.contains(QLatin1String(line)), line);
    }

    void cliUsageErrorsExitTwoAndChangeNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString day = QStringLiteral("2026-03-14");
        const auto add = QStringLiteral("add"), list = QStringLiteral("list"), remove = QStringLiteral("remove");
        QTest::newRow("note alone") << QStringList{} << QStringLiteral("usage: insights note add DATE TEXT");
        QTest::newRow("unknown sub-command") << QStringList{QStringLiteral("edit"), QStringLiteral("1")}
                                             << QStringLiteral("usage: insights note add DATE TEXT");
        QTest::newRow("add without text") << QStringList{add, day} << QStringLiteral("usage: insights note add DATE TEXT [--subject S]");
        QTest::newRow("add, two texts") << QStringList{add, day, QStringLiteral("a"), QStringLiteral("b")}
                                        << QStringLiteral("usage: insights note add");
        QTest::newRow("impossible date") << QStringList{add, QStringLiteral("2026-02-30"), QStringLiteral("x")}
                                         << QStringLiteral("not \"2026-02-30\"");
        QTest::newRow("word for a date") << QStringList{add, QStringLiteral("yesterday"), QStringLiteral("x")}
                                         << QStringLiteral("a date like 2026-01-31");
        QTest::newRow("date too old") << QStringList{add, QStringLiteral("1999-12-31"), QStringLiteral("x")}
                                      << QStringLiteral("between 2000-01-01 and");
        QTest::newRow("empty text") << QStringList{add, day, QString()} << QStringLiteral("needs some text");
        QTest::newRow("blank text") << QStringList{add, day, QStringLiteral(" \t ")} << QStringLiteral("needs some text");
        QTest::newRow("over-long text") << QStringList{add, day, QString(501, QLatin1Char('x'))}
                                        << QStringLiteral("at most 500 characters");
        QTest::newRow("add with --from") << QStringList{add, day, QStringLiteral("x"), QStringLiteral("--from"), day}
                                         << QStringLiteral("usage: insights note add");
        QTest::newRow("list with an argument") << QStringList{list, QStringLiteral("all")}
                                               << QStringLiteral("usage: insights note list [--from DATE] [--to DATE] [--subject S]");
        QTest::newRow("list, --from after --to") << QStringList{list, QStringLiteral("--from"), QStringLiteral("2026-03-02"),
                                                                QStringLiteral("--to"), QStringLiteral("2026-03-01")}
                                                 << QStringLiteral("--from is after --to");
        QTest::newRow("list with --out") << QStringList{list, QStringLiteral("--out"), QStringLiteral("notes.txt")}
                                         << QStringLiteral("--out goes with");
        QTest::newRow("remove without ID") << QStringList{remove} << QStringLiteral("usage: insights note remove ID");
        QTest::newRow("remove, non-numeric ID") << QStringList{remove, QStringLiteral("first")} << QStringLiteral("is not a note ID");
        QTest::newRow("remove, negative ID") << QStringList{remove, QStringLiteral("-1")} << QStringLiteral("Unknown option -1");
        QTest::newRow("remove, zero") << QStringList{remove, QStringLiteral("0")} << QStringLiteral("is not a note ID");
        QTest::newRow("remove, unknown ID") << QStringList{remove, QStringLiteral("99")} << QStringLiteral("There is no note 99");
        QTest::newRow("remove with --subject") << QStringList{remove, QStringLiteral("1"), QStringLiteral("--subject"), QStringLiteral("a/b")}
                                               << QStringLiteral("usage: insights note remove ID");
        QTest::newRow("remove with --purge") << QStringList{remove, QStringLiteral("1"), QStringLiteral("--purge")}
                                             << QStringLiteral("--purge goes with");
    }

    void cliUsageErrorsExitTwoAndChangeNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString data = dir.path();
        QCOMPARE(note(data, {QStringLiteral("add"), QStringLiteral("2026-03-01"), QStringLiteral("already here")}).exitCode, 0);
        const QString dbPath = QDir(data).filePath(Database::fileName());
        QString before;
        {
            Database db;
            QVERIFY(db.open(dbPath).ok());
            before = table(db.handle());
        }
        const CliRun run = note(data, args);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QString());
        const QStringList err = lines(run.err);
        QCOMPARE(err.size(), 2); // one line, then where to read more
        QVERIFY2(err.first().contains(message), qPrintable(run.err));
        QVERIFY2(err.last().contains(QLatin1String("insights --help")), qPrintable(run.err));
        Database db;
        QVERIFY(db.open(dbPath).ok());
        QCOMPARE(table(db.handle()), before);
    }

    void cliUsageErrorCreatesNoDataDirectory()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("new"));
        const CliRun run = note(data, {QStringLiteral("add"), QStringLiteral("2026-02-30"), QStringLiteral("x")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFileInfo::exists(data));
    }

    void cliListAndRemoveOnAMissingFolderCreateNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("list") << QStringList{QStringLiteral("list")};
        QTest::newRow("remove") << QStringList{QStringLiteral("remove"), QStringLiteral("1")};
    }

    void cliListAndRemoveOnAMissingFolderCreateNothing()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("typo"));
        const CliRun run = note(data, args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("the folder does not exist")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(data));
    }

    // --- export ----------------------------------------------------------------------------

    void exportHoldsTheNotesOfItsRange()
    {
        QTemporaryDir dir;
        const QString data = dir.path();
        QCOMPARE(note(data, {QStringLiteral("add"), QStringLiteral("2026-03-01"), QStringLiteral("Blog post, \"part 1\"")}).exitCode, 0);
        QCOMPARE(note(data, {QStringLiteral("add"), QStringLiteral("2026-03-14"), QStringLiteral("Launched on HN"),
                             QStringLiteral("--subject"), QStringLiteral("octo/widgets")})
                     .exitCode,
                 0);

        CliRun run = runInsights({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                                  QStringLiteral("--from"), QStringLiteral("2026-03-10"), QStringLiteral("--data-dir"), data});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1); // the note before --from is left out
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(QLatin1String("source")).toString(), QStringLiteral("insights"));
        QCOMPARE(row.value(QLatin1String("metric")).toString(), QStringLiteral("note"));
        QCOMPARE(row.value(QLatin1String("subject")).toString(), QStringLiteral("octo/widgets"));
        QCOMPARE(row.value(QLatin1String("item")).toString(), QStringLiteral("2"));
        QCOMPARE(row.value(QLatin1String("date")).toString(), QStringLiteral("2026-03-14"));
        QCOMPARE(row.value(QLatin1String("period")).toString(), QStringLiteral("event"));
        QVERIFY(row.value(QLatin1String("value")).isNull());
        const QJsonObject metadata = row.value(QLatin1String("metadata")).toObject();
        QCOMPARE(metadata.value(QLatin1String("text")).toString(), QStringLiteral("Launched on HN"));
        QVERIFY(metadata.value(QLatin1String("created_at")).toString().endsWith(QLatin1Char('Z')));

        // CSV, up to --to: the whole project's note, its commas and quotes quoted as RFC 4180 says.
        run = runInsights({QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("2026-03-13"), QStringLiteral("--data-dir"), data});
        QCOMPARE(run.exitCode, 0);
        const QStringList csv = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 2);
        QVERIFY2(csv.last().startsWith(QLatin1String("insights,note,,1,2026-03-01,event,,\"{\"\"text\"\":\"\"Blog post, \\\"\"part 1\\\"\"\"\"")),
                 qPrintable(csv.last()));

        // --source: the notes alone, or none of them.
        run = runInsights({QStringLiteral("export"), QStringLiteral("--source"), QStringLiteral("insights"), QStringLiteral("--data-dir"), data});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(QLatin1String("insights,note,")), 2);
        run = runInsights({QStringLiteral("export"), QStringLiteral("--source"), QStringLiteral("pypi"), QStringLiteral("--data-dir"), data});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.out.contains(QLatin1String("note")), qPrintable(run.out));

        // --subject: that subject's notes and the whole project's, none of another's.
        QCOMPARE(note(data, {QStringLiteral("add"), QStringLiteral("2026-03-15"), QStringLiteral("Other"), QStringLiteral("--subject"),
                             QStringLiteral("octo/other")})
                     .exitCode,
                 0);
        run = runInsights({QStringLiteral("export"), QStringLiteral("--subject"), QStringLiteral("octo/widgets"), QStringLiteral("--data-dir"), data});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(QLatin1String("insights,note,")), 2);
        QVERIFY(!run.out.contains(QLatin1String("Other")));
        QCOMPARE(runInsights({QStringLiteral("export"), QStringLiteral("--subject"), QStringLiteral("a/b"), QStringLiteral("--subject"),
                              QStringLiteral("c/d"), QStringLiteral("--data-dir"), data})
                     .exitCode,
                 2);
    }

    void aNoteMayStartWithADashAfterTheEndOfOptions()
    {
        QTemporaryDir dir;
        CliRun run = note(dir.path(), {QStringLiteral("add"), QStringLiteral("2026-03-01"), QStringLiteral("-10% downloads")});
        QCOMPARE(run.exitCode, 2); // an option, without "--"
        run = runInsights({QStringLiteral("note"), QStringLiteral("add"), QStringLiteral("--subject"), QStringLiteral("octo/widgets"),
                           QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--"), QStringLiteral("2026-03-01"),
                           QStringLiteral("-10% downloads")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = note(dir.path(), {QStringLiteral("list")});
        QVERIFY2(run.out.contains(QLatin1String("octo/widgets")) && run.out.contains(QLatin1String("-10% downloads")), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestNotes)
#include "tst_notes.moc"
