// The digest of a week on the large dataset (issue 24: "written in under a second"): the real
// `insights digest` as a whole process, start to exit, as Markdown and as HTML with its charts
// drawn and embedded, for the last complete week; and in-process, the digest's data alone
// (Digest::build) beside the Overview page of the same week, which it contains, as the baseline
// measured in the same run: the digest costs its extra lists and charts over that.
//
//   build/bench/bench_digest [--runs R] [--data DIR] [--binary INSIGHTS]
#include "benchutil.h"
#include "largedataset.h"
#include "timedprocess.h"
#include "config/config.h"
#include "dashboard/dashboarddata.h"
#include "digest/digest.h"
#include "digest/markdowndigest.h"
#include "sample/datasetgenerator.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

using namespace insights;
using namespace insights::bench;

namespace {

constexpr double kBudgetMs = 1000;

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each."), QStringLiteral("R"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("data"), QStringLiteral("Where the dataset is cached."), QStringLiteral("DIR"),
                      QStringLiteral(INSIGHTS_BENCH_DATA)});
    parser.addOption({QStringLiteral("binary"), QStringLiteral("The insights binary."), QStringLiteral("PATH"),
                      QStringLiteral(INSIGHTS_BINARY)});
    parser.process(app);
    const QString binary = parser.value(QStringLiteral("binary"));
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QString dataDir = largeDataset(parser.value(QStringLiteral("data")));
    if (dataDir.isEmpty())
        return 2;

    const DateRange week = Digest::lastWeek(QDate::currentDate());
    const QString from = week.from.toString(Qt::ISODate), to = week.to.toString(Qt::ISODate);
    QTemporaryDir out;
    const auto args = [&](const QString &format) {
        return QStringList{QStringLiteral("digest"), QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                           QStringLiteral("--format"), format, QStringLiteral("--out"),
                           out.filePath(QStringLiteral("digest.") + format), QStringLiteral("--data-dir"), dataDir};
    };

    // In-process first: the digest's data and its Markdown, and the Overview of the same week.
    Database db;
    if (auto st = db.open(Config(dataDir, QProcessEnvironment()).databasePath()); !st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.errorMessage()));
        return 2;
    }
    QList<double> buildMs, overviewMs;
    qsizetype charts = 0;
    for (int i = 0; i <= runs; ++i) { // the first of each only warms the page cache
        QElapsedTimer timer;
        timer.start();
        auto digest = Digest::build(db.handle(), week);
        if (!digest) {
            std::fprintf(stderr, "%s\n", qPrintable(digest.errorMessage()));
            return 1;
        }
        const QString markdown = toMarkdown(*digest);
        const double digestMs = timer.nsecsElapsed() / 1e6;
        charts = digest->charts().size();
        timer.restart();
        auto overview = DashboardData::load(db.handle(), PageRequest{QStringLiteral("overview"), week, QString(), true});
        const double pageMs = timer.nsecsElapsed() / 1e6;
        if (!overview || markdown.isEmpty()) {
            std::fprintf(stderr, "the Overview failed: %s\n", qPrintable(overview.errorMessage()));
            return 1;
        }
        if (i > 0) {
            buildMs.append(digestMs);
            overviewMs.append(pageMs);
        }
    }

    // The whole process, alternating Markdown and HTML so a busy machine slows both alike.
    QList<double> mdMs, htmlMs;
    for (int i = 0; i <= runs; ++i) {
        const TimedRun md = timeProcess(binary, args(QStringLiteral("md")));
        const TimedRun html = md.ms < 0 ? md : timeProcess(binary, args(QStringLiteral("html")));
        if (md.ms < 0 || html.ms < 0) {
            std::fprintf(stderr, "insights digest failed:\n%s\n", qPrintable(html.output));
            return 1;
        }
        if (i > 0) {
            mdMs.append(md.ms);
            htmlMs.append(html.ms);
        }
    }
    const Spread data = spreadOf(buildMs), page = spreadOf(overviewMs), md = spreadOf(mdMs), html = spreadOf(htmlMs);
    std::printf("week %s to %s, %lld chart(s)\n"
                "Digest::build + toMarkdown, in-process: %s\nthe Overview page of the same week, in-process: %s\n"
                "insights digest --format md (whole process): %s, %lld bytes\n"
                "insights digest --format html (whole process, charts drawn): %s, %lld bytes\n",
                qPrintable(from), qPrintable(to), qlonglong(charts), qPrintable(fmt(data, "ms", 1)), qPrintable(fmt(page, "ms", 1)),
                qPrintable(fmt(md, "ms")), qlonglong(QFileInfo(out.filePath(QStringLiteral("digest.md"))).size()),
                qPrintable(fmt(html, "ms")), qlonglong(QFileInfo(out.filePath(QStringLiteral("digest.html"))).size()));
    const bool met = md.median <= kBudgetMs && html.median <= kBudgetMs;
    tableRow(QStringLiteral("`insights digest` of a week, large dataset, whole process (Markdown; HTML with charts)"),
             fmt(md, "ms") + QStringLiteral("; ") + fmt(html, "ms"), QStringLiteral("< 1 s"),
             QStringLiteral("the week's Overview page in-process: %1 (the digest's data: %2)").arg(fmt(page, "ms", 1), fmt(data, "ms", 1)),
             met);
    return met ? 0 : 1;
}
