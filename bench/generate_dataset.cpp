// Writes a reference dataset (SPEC §6) into a data directory through the app's storage code:
//
//   build/bench/generate_dataset --data-dir DIR [--size small|large] [--today YYYY-MM-DD]
#include "sample/datasetgenerator.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <cstdio>

using namespace insights;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("data-dir"), QStringLiteral("Where insights.db goes."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("small or large."), QStringLiteral("SIZE"), QStringLiteral("small")});
    parser.addOption({QStringLiteral("today"), QStringLiteral("The newest day."), QStringLiteral("DATE")});
    parser.process(app);
    const QString dir = parser.value(QStringLiteral("data-dir"));
    if (dir.isEmpty() || !QDir().mkpath(dir)) {
        std::fprintf(stderr, "--data-dir DIR is needed (and must be writable)\n");
        return 2;
    }
    const QDate today = parser.isSet(QStringLiteral("today"))
                            ? QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate)
                            : QDate::currentDate();
    const QString size = parser.value(QStringLiteral("size"));
    if (!today.isValid() || (size != QLatin1String("small") && size != QLatin1String("large"))) {
        std::fprintf(stderr, "--size is small or large; --today a date like 2026-05-20\n");
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    auto rows = DatasetGenerator::generateInto(dir, DatasetSpec::named(size, today));
    if (!rows) {
        std::fprintf(stderr, "%s\n", qPrintable(rows.errorMessage()));
        return 1;
    }
    std::printf("%s dataset: %lld metric rows in %.1f s (%s)\n", qPrintable(size), static_cast<long long>(*rows),
                timer.nsecsElapsed() / 1e9, qPrintable(QDir(dir).filePath(Database::fileName())));
    return 0;
}
