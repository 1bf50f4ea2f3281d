// `insights export`: CSV and JSON that Python's standard csv and json modules read back to exactly
// what the database holds — commas, quotes, line breaks and non-ASCII in items and metadata, NULL
// values, fractions and large numbers — with the date range and source filters, through the real
// binary, and with clear errors that leave no half-written file.
#include "cliharness.h"
#include "export/metricexporter.h"
#include "storage/database.h"
#include "storage/metricstore.h"
#include "storage/scopedtransaction.h"
#include "storewrite.h"
#include "testdatabases.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace insights;
using namespace insights::test;

namespace {

const QDate kDay(2026, 3, 14);

// Runs Python's standard parser on `file` and returns the rows it read, as JSON objects.
QJsonArray parsedByPython(const QString &file, bool csv)
{
    const QString script = csv ? QStringLiteral("import csv, json, sys\n"
                                                "rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))\n"
                                                "print(json.dumps(rows))\n")
                               : QStringLiteral("import json, sys\n"
                                                "print(json.dumps(json.load(open(sys.argv[1], encoding='utf-8'))))\n");
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, file});
    if (!python.waitForFinished(60'000) || python.exitCode() != 0)
        qFatal("python3 could not parse %s: %s", qPrintable(file), python.readAllStandardError().constData());
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

} // namespace

class TestExport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;

    // The rows the export must reproduce, as (source, metric, subject, item, date, period, value, metadata).
    QList<QStringList> truth(const QString &source = {}, const QDate &from = {}, const QDate &to = {})
    {
        QSqlQuery q(m_db.handle());
        q.prepare(QStringLiteral(
            "SELECT s.key, t.key, m.subject, m.item, m.date, m.period, m.value, m.metadata FROM insight_metric m "
            "JOIN insight_metric_type t ON t.id = m.metric_type_id JOIN insight_source s ON s.id = t.source_id "
            "WHERE (? = '' OR s.key = ?) AND m.date BETWEEN ? AND ? ORDER BY m.metric_type_id, m.subject, m.date, m.period, m.item"));
        const QString src = source.isNull() ? QStringLiteral("") : source;
        q.addBindValue(src);
        q.addBindValue(src);
        q.addBindValue(from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-01-01"));
        q.addBindValue(to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-12-31"));
        if (!q.exec())
            qFatal("truth query failed");
        QList<QStringList> rows;
        while (q.next()) {
            QStringList r;
            for (int c = 0; c < 6; ++c)
                r << q.value(c).toString();
            r << (q.value(6).isNull() ? QStringLiteral("null") : QString::number(q.value(6).toDouble(), 'g', 17));
            r << (q.value(7).isNull() ? QStringLiteral("null")
                                      : QString::fromUtf8(QJsonDocument::fromJson(q.value(7).toString().toUtf8()).toJson(QJsonDocument::Compact)));
            rows << r;
        }
        return rows;
    }

    static QString numberText(const QJsonValue &v)
    {
        if (v.isNull() || (v.isString() && v.toString().isEmpty()))
            return QStringLiteral("null");
        return QString::number(v.isString() ? v.toString().toDouble() : v.toDouble(), 'g', 17);
    }

    static QString metadataText(const QJsonValue &v)
    {
        if (v.isNull() || (v.isString() && v.toString().isEmpty()))
            return QStringLiteral("null");
        const QJsonObject o = v.isString() ? QJsonDocument::fromJson(v.toString().toUtf8()).object() : v.toObject();
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    static QList<QStringList> asRows(const QJsonArray &parsed)
    {
        QList<QStringList> rows;
        for (const QJsonValue &v : parsed) {
            const QJsonObject o = v.toObject();
            QStringList r;
            for (const char *k : {"source", "metric", "subject", "item", "date", "period"})
                r << o.value(QLatin1String(k)).toString();
            r << numberText(o.value(QStringLiteral("value"))) << metadataText(o.value(QStringLiteral("metadata")));
            rows << r;
        }
        return rows;
    }

    QString exportTo(ExportRequest::Format format, const QString &name, const ExportRequest &base = {})
    {
        ExportRequest request = base;
        request.format = format;
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        auto rows = MetricExporter::write(m_db.handle(), request, file);
        if (!rows)
            qFatal("%s", qPrintable(rows.errorMessage()));
        return file.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(Database::fileName())).ok());
        Batch batch;
        const QStringList hostile = {QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                                     QStringLiteral("line1\nline2"), QStringLiteral("cr\r\nlf"), QStringLiteral("zoë ✓ 日本"),
                                     QStringLiteral(" padded "), QStringLiteral("\"quoted, all\"")};
        for (int i = 0; i < hostile.size(); ++i) {
            MetricRow r = MetricRow::make("top_pages", QStringLiteral("site,one.example"), kDay.addDays(i), Period::Daily, 10.5 * i,
                                          hostile[i]);
            r.metadata = {{QStringLiteral("note"), hostile[(i + 3) % hostile.size()]}, {QStringLiteral("pageviews"), 1e20 + i},
                          {QStringLiteral("ratio"), 0.1 + i}, {QStringLiteral("flag"), i % 2 == 0}};
            batch.rows.append(r);
        }
        MetricRow unknown = MetricRow::make("downloads_daily", QStringLiteral("pkg"), kDay, Period::Daily, 0);
        unknown.value = std::nullopt;
        batch.rows.append(unknown);
        batch.rows.append(MetricRow::make("downloads_daily", QStringLiteral("pkg"), kDay.addDays(1), Period::Daily, -3));
        batch.rows.append(MetricRow::make("views", QStringLiteral("o/r"), kDay.addDays(30), Period::Daily, 123456789012));
        test::writeCommitted(m_db.handle(), batch);
    }

    void csvReadsBackExactly()
    {
        const QList<QStringList> want = truth();
        QCOMPARE(want.size(), 11);
        QCOMPARE(asRows(parsedByPython(exportTo(ExportRequest::Format::Csv, QStringLiteral("all.csv")), true)), want);
    }

    void jsonReadsBackExactly()
    {
        QCOMPARE(asRows(parsedByPython(exportTo(ExportRequest::Format::Json, QStringLiteral("all.json")), false)), truth());
    }

    void filtersBySourceAndInclusiveDates()
    {
        ExportRequest request;
        request.source = QStringLiteral("plausible");
        request.range = {kDay.addDays(1), kDay.addDays(3)};
        const QList<QStringList> want = truth(request.source, request.range.from, request.range.to);
        QCOMPARE(want.size(), 3);
        QCOMPARE(asRows(parsedByPython(exportTo(ExportRequest::Format::Json, QStringLiteral("some.json"), request), false)), want);
        QCOMPARE(asRows(parsedByPython(exportTo(ExportRequest::Format::Csv, QStringLiteral("some.csv"), request), true)), want);
        // Nothing in range: a valid, empty document.
        request.range = {QDate(2000, 1, 1), QDate(2000, 1, 2)};
        QVERIFY(parsedByPython(exportTo(ExportRequest::Format::Json, QStringLiteral("none.json"), request), false).isEmpty());
        QVERIFY(parsedByPython(exportTo(ExportRequest::Format::Csv, QStringLiteral("none.csv"), request), true).isEmpty());
    }

    void noPersonalLeavesStargazersPersonalDataOut()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(QDir(dir.path()).filePath(Database::fileName())).ok());
        Batch batch;
        MetricRow star = MetricRow::make("new_star", QStringLiteral("o/r"), kDay, Period::Event, 1, QStringLiteral("octocat"));
        star.metadata = {{QStringLiteral("username"), QStringLiteral("octocat")}, {QStringLiteral("name"), QStringLiteral("Mona")},
                         {QStringLiteral("email"), QStringLiteral("mona@example.org")}, {QStringLiteral("bio"), QStringLiteral("hi")},
                         {QStringLiteral("blog"), QStringLiteral("https://mona.example")},
                         {QStringLiteral("location"), QStringLiteral("Berlin")}, {QStringLiteral("company"), QStringLiteral("@acme")},
                         {QStringLiteral("followers"), 12}};
        batch.rows.append(star);
        MetricRow release = MetricRow::make("releases", QStringLiteral("o/r"), kDay, Period::Event, 1, QStringLiteral("v1"));
        release.metadata = {{QStringLiteral("name"), QStringLiteral("Version one")}};
        batch.rows.append(release);
        test::writeCommitted(db.handle(), batch);
        for (const bool noPersonal : {false, true}) {
            QBuffer buffer;
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            ExportRequest request;
            request.format = ExportRequest::Format::Json;
            request.noPersonal = noPersonal;
            QCOMPARE(*MetricExporter::write(db.handle(), request, buffer), qint64(2));
            const QJsonArray rows = QJsonDocument::fromJson(buffer.data()).array();
            for (const QJsonValue &row : rows) {
                const QJsonObject meta = row[QLatin1String("metadata")].toObject();
                if (row[QLatin1String("metric")].toString() == QLatin1String("new_star")) {
                    for (const QString &key : MetricExporter::personalKeys())
                        QCOMPARE(meta.contains(key), !noPersonal);
                    QCOMPARE(meta.value(QLatin1String("username")).toString(), QStringLiteral("octocat")); // the public login stays
                    QCOMPARE(meta.value(QLatin1String("followers")).toInt(), 12);
                } else {
                    QCOMPARE(meta.value(QLatin1String("name")).toString(), QStringLiteral("Version one")); // not a person's
                }
            }
        }
        // The command says what a full export holds, and --no-personal is its own.
        auto run = test::runInsights({QStringLiteral("export"), QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QLatin1String("e-mail")), qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("mona@example.org")));
        run = test::runInsights({QStringLiteral("export"), QStringLiteral("--no-personal"), QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.contains(QLatin1String("mona@example.org")) && !run.out.contains(QLatin1String("Berlin")));
        QCOMPARE(test::runInsights({QStringLiteral("status"), QStringLiteral("--no-personal"), QStringLiteral("--data-dir"), dir.path()}).exitCode,
                 2);
    }

    // `insights export` from a team database (PostgreSQL) writes the same rows, byte for byte, as
    // from the SQLite file the database was copied from: every format and filter, --no-personal,
    // the notes, hostile text, and more rows than one cursor fetch.
    void theTeamDatabaseExportsTheSameBytes()
    {
        INSIGHTS_REQUIRE_TEST_POSTGRES();
        QTemporaryDir dir;
        QVERIFY(runInsights({QStringLiteral("sample"), QStringLiteral("--data-dir"), dir.path()}).exitCode == 0);
        {
            Database db;
            QVERIFY(db.open(QDir(dir.path()).filePath(Database::fileName())).ok());
            Batch batch;
            MetricRow star = MetricRow::make("new_star", QStringLiteral("octo/insights"), kDay, Period::Event, 1, QStringLiteral("mona"));
            star.metadata = {{QStringLiteral("username"), QStringLiteral("mona")}, {QStringLiteral("name"), QStringLiteral("Mona \"M\", Lisa")},
                             {QStringLiteral("email"), QStringLiteral("mona@example.org")}, {QStringLiteral("followers"), 12},
                             {QStringLiteral("bio"), QStringLiteral("zoë ✓\nline")}};
            batch.rows.append(star);
            test::writeCommitted(db.handle(), batch);
        }
        for (const QString &text : {QStringLiteral("launched on HN, it's \"big\""), QStringLiteral("zoë ✓ 日本\nsecond line\ttab")})
            QVERIFY(runInsights({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("note"), QStringLiteral("add"),
                                 kDay.toString(Qt::ISODate), text})
                        .exitCode == 0);
        const QString url = freshPostgresDatabase();
        const CliRun copied = runInsights({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("migrate"), QStringLiteral("--to"), url});
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
        QProcessEnvironment team;
        team.insert(QStringLiteral("INSIGHT_DATABASE_URL"), url);

        const QList<QStringList> variants = {
            {},
            {QStringLiteral("--format"), QStringLiteral("json")},
            {QStringLiteral("--no-personal"), QStringLiteral("--format"), QStringLiteral("json")},
            {QStringLiteral("--no-personal")},
            {QStringLiteral("--source"), QStringLiteral("pypi"), QStringLiteral("--from"), kDay.addDays(-40).toString(Qt::ISODate)},
            {QStringLiteral("--source"), QStringLiteral("insights"), QStringLiteral("--format"), QStringLiteral("json")},
            {QStringLiteral("--subject"), QStringLiteral("octo/insights"), QStringLiteral("--to"), kDay.toString(Qt::ISODate)},
        };
        for (const QStringList &variant : variants) {
            const QStringList args = QStringList{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("export")} + variant;
            const CliRun local = runInsights(args);
            const CliRun shared = runInsights(args, team);
            const QString what = variant.join(u' ');
            QVERIFY2(local.exitCode == 0, qPrintable(what + QLatin1String(": ") + local.err));
            QVERIFY2(shared.exitCode == 0, qPrintable(what + QLatin1String(" on PostgreSQL: ") + shared.err));
            QVERIFY2(local.out.count(u'\n') > (variant.contains(QLatin1String("insights")) ? 1 : 5), qPrintable(what));
            // The same lines; metric types come in each database's id order, the rest in the unique key's.
            const auto lines = [](const QString &out) {
                QStringList l = out.split(u'\n');
                for (QString &line : l)
                    if (line.endsWith(u','))
                        line.chop(1); // a JSON object's comma says only that another follows
                l.sort();
                return l;
            };
            const QStringList a = lines(local.out), b = lines(shared.out);
            for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i)
                QVERIFY2(a.value(i) == b.value(i), qPrintable(QStringLiteral("%1, sorted line %2:\n sqlite:     %3\n postgresql: %4")
                                                                 .arg(what).arg(i).arg(a.value(i), b.value(i))));
            QCOMPARE(shared.out.section(u'\n', 0, 0), local.out.section(u'\n', 0, 0)); // the header
            QCOMPARE(shared.err.section(u'\n', -2), local.err.section(u'\n', -2)); // "N row(s) exported."
        }
    }

    void theCommandWritesWholeFilesOrNone()
    {
        const QString dataDir = m_dir.path();
        const QString out = m_dir.filePath(QStringLiteral("cli.json"));
        auto run = test::runInsights({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                                      QStringLiteral("--source"), QStringLiteral("pypi"), QStringLiteral("--out"), out,
                                      QStringLiteral("--data-dir"), dataDir});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QLatin1String("2 row")) && run.err.contains(QLatin1String("exported")), qPrintable(run.err));
        QCOMPARE(asRows(parsedByPython(out, false)), truth(QStringLiteral("pypi")));

        // To stdout, CSV by default.
        run = test::runInsights({QStringLiteral("export"), QStringLiteral("--data-dir"), dataDir});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QLatin1String("source,metric,subject,item,date,period,value,metadata\r\n")));

        // Usage errors: exit 2 and what to do.
        for (const QStringList &args : {QStringList{QStringLiteral("--format"), QStringLiteral("xml")},
                                        QStringList{QStringLiteral("--source"), QStringLiteral("myspace")},
                                        QStringList{QStringLiteral("--from"), QStringLiteral("2026-02-30")},
                                        QStringList{QStringLiteral("--from"), QStringLiteral("2026-03-02"), QStringLiteral("--to"), QStringLiteral("2026-03-01")},
                                        QStringList{QStringLiteral("--size"), QStringLiteral("800x600")}}) {
            run = test::runInsights(QStringList{QStringLiteral("export")} + args + QStringList{QStringLiteral("--data-dir"), dataDir});
            QVERIFY2(run.exitCode == 2, qPrintable(args.join(u' ') + QStringLiteral(": ") + run.err));
            QVERIFY(!run.err.isEmpty());
        }

        // A place that can't be written: exit 1, a message naming it, and no file.
        const QString bad = m_dir.filePath(QStringLiteral("missing/dir/out.csv"));
        run = test::runInsights({QStringLiteral("export"), QStringLiteral("--out"), bad, QStringLiteral("--data-dir"), dataDir});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(bad), qPrintable(run.err));
        QVERIFY(!QFile::exists(bad));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
