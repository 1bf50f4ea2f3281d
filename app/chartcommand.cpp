#include "chartcommand.h"

#include "chartexport.h"
#include "clicommands.h"
#include "config/config.h"
#include "dashboard/dashboarddata.h"
#include "storage/database.h"

#include <QApplication>
#include <QTextStream>

namespace insights {

int ChartCommand::run(const CommandLine &cl, const QString &dataDir)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    Database db;
    if (auto st = db.open(Config(dataDir).databasePath()); !st) {
        err << st.errorMessage() << Qt::endl;
        return ExitSourceFailed;
    }
    const QString page = cl.arguments.value(0);
    const QDate today = QDate::currentDate();
    QDate to = cl.to.isValid() ? cl.to : today;
    QDate from = cl.from;
    if (!from.isValid()) {
        auto first = DashboardData::firstDay(db.handle(), page);
        if (!first) {
            err << first.errorMessage() << Qt::endl;
            return ExitSourceFailed;
        }
        from = DateRanges::forPreset(RangePreset::All, to, *first).from;
    }
    auto data = DashboardData::load(db.handle(), PageRequest{page, {from, to}, QString(), true});
    if (!data) {
        err << data.errorMessage() << Qt::endl;
        return ExitSourceFailed;
    }
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
