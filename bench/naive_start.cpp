// The startup baseline of bench_dashboard: a window built the naive way, which loads every stored
// row (with its metadata parsed) at start and filters the Stars page's 30 days in memory, then
// paints the same chart. Prints "insights-probe first-paint" like the app's probe and quits.
//
//   build/bench/naive_start --data-dir DIR [--database-url postgresql://…]
#include "chartview.h"
#include "paintprobe.h"
#include "queries/daterange.h"
#include "storage/databaselocation.h"

#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>

using namespace insights;

namespace {

struct Row {
    QDate date;
    QString metric;
    QString subject;
    QString item;
    double value = 0;
    QJsonObject metadata;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    const QString dir = args.value(args.indexOf(QStringLiteral("--data-dir")) + 1);
    const qsizetype urlAt = args.indexOf(QStringLiteral("--database-url"));
    QSqlDatabase db;
    if (urlAt >= 0) { // team mode: the same rows from PostgreSQL
        auto location = DatabaseLocation::parse(args.value(urlAt + 1));
        if (!location || !location->isPostgres())
            return 1;
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"));
        db.setHostName(location->host);
        db.setPort(location->port);
        db.setUserName(location->user);
        db.setPassword(location->password);
        db.setDatabaseName(location->database);
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
        db.setDatabaseName(QDir(dir).filePath(QStringLiteral("insights.db")));
    }
    if (!db.open())
        return 1;
    QList<Row> rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT m.date, t.key, m.subject, m.item, m.value, m.metadata FROM insight_metric m "
                          "JOIN insight_metric_type t ON t.id = m.metric_type_id"));
    while (q.next())
        rows.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toDouble(),
                     QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object()});

    const DateRange range = DateRanges::forPreset(RangePreset::Days30, QDate::currentDate());
    double before = 0;
    QHash<QDate, double> perDay;
    for (const Row &r : std::as_const(rows)) {
        if (r.metric != QLatin1String("new_star") || r.metadata.contains(QStringLiteral("unstarred_at")))
            continue;
        if (r.date < range.from)
            ++before;
        else if (r.date <= range.to)
            perDay[r.date] += 1;
    }
    ChartData chart;
    chart.id = QStringLiteral("stars");
    chart.title = QStringLiteral("Stars over time");
    chart.range = range;
    SeriesData total{QStringLiteral("Stars"), {}, {}, 0};
    for (QDate d = range.from; d <= range.to; d = d.addDays(1))
        total.values.append(before += perDay.value(d));
    chart.series = {total};

    ChartView view;
    view.resize(1280, 860);
    view.setData(chart);
    PaintProbe probe(view.viewport());
    QObject::connect(&probe, &PaintProbe::painted, &app, [&] {
        QTextStream(stdout) << "insights-probe first-paint naive rows " << rows.size() << Qt::endl;
        QApplication::quit();
    });
    view.show();
    return app.exec();
}
