#include "chartcommand.h"

#include "chartexport.h"
#include "clicommands.h"
#include "config/config.h"
#include "dashboard/dashboarddata.h"
#include "databaseopen.h"
#include "storage/database.h"

#include <QApplication>
#include <QTextStream>

namespace insights {

namespace {

// The chart's data: the range (all time unless --from) and the page's main chart for the subject
// asked for (every subject together without --subject).
Result<PageData> loadChart(Database &db, const CommandLine &cl)
{
    const QString page = cl.arguments.value(0);
    const QString subject = cl.subjects.size() == 1 ? cl.subjects.first() : QString();
    const QDate to = cl.to.isValid() ? cl.to : QDate::currentDate();
    QDate from = cl.from;
    if (!from.isValid()) {
        auto first = DashboardData::firstDay(db.handle(), page, subject);
        if (!first)
            return first.error();
        from = DateRanges::forPreset(RangePreset::All, to, *first).from;
    }
    PageRequest request{page, {from, to}, subject, true};
    if (cl.subjects.size() >= 2) { // a line per subject
        request.subjects = cl.subjects;
        request.alignByStart = cl.alignStart;
    }
    auto data = DashboardData::loadMainChart(db.handle(), request);
    if (!data)
        return data;
    for (const QString &asked : cl.subjects)
        if (!data->subjects.contains(asked))
            return makeError(ChartCommand::tr("Nothing is stored for \"%1\" on the %2 page; it shows: %3.")
                                 .arg(asked, page, data->subjects.isEmpty() ? ChartCommand::tr("nothing yet") : data->subjects.join(QStringLiteral(", "))),
                             Error::Kind::Config);
    if (cl.logScale && !data->charts.isEmpty()) {
        if (data->charts.first().kind != ChartData::Kind::Lines) // layers that add up cannot be read on a log axis
            return makeError(ChartCommand::tr("The %1 chart stacks its layers; --log draws lines only (compare subjects, or "
                                              "choose another page).")
                                 .arg(page),
                             Error::Kind::Config);
        data->charts.first().logScale = true;
    }
    return data;
}

} // namespace

int ChartCommand::run(const CommandLine &cl, const QString &dataDir)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    const QString page = cl.arguments.value(0);
    Database db;
    if (auto st = openCommandDatabase(db, Config(dataDir)); !st) {
        err << st.errorMessage() << Qt::endl;
        return ExitSourceFailed;
    }
    const Result<PageData> data = loadChart(db, cl);
    if (!data) {
        err << data.errorMessage() << Qt::endl;
        return ExitSourceFailed;
    }
    const QDate from = data->request.range.from, to = data->request.range.to;
    if (data->charts.isEmpty()) {
        err << tr("The %1 page has no chart.").arg(page) << Qt::endl;
        return ExitSourceFailed;
    }
    if (!data->empty.isEmpty()) { // an empty picture would read as a chart of zeros
        err << tr("Nothing is stored for the %1 chart from %2 to %3; no file was written.")
                   .arg(page, from.toString(Qt::ISODate), to.toString(Qt::ISODate))
            << Qt::endl;
        return ExitSourceFailed;
    }
    const QSize size = cl.size.isValid() ? cl.size : QSize(kDefaultWidth, kDefaultHeight);
    if (auto st = ChartExport::save(data->charts.first(), cl.out, size, 1.0, QApplication::palette()); !st) {
        err << st.errorMessage() << Qt::endl;
        return ExitSourceFailed;
    }
    out << tr("%1: %2, %3 to %4, %5×%6").arg(cl.out, data->charts.first().title, from.toString(Qt::ISODate),
                                            to.toString(Qt::ISODate))
               .arg(size.width())
               .arg(size.height())
        << Qt::endl;
    return ExitOk;
}

} // namespace insights
