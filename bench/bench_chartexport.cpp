// The chart export as a whole process (SPEC §6): `insights chart stars --out X.png` on the large
// dataset (40,000 stars), from process start to exit, beside a matplotlib script that draws the
// same all-time cumulative line from the same SQLite file with the Agg backend
// (bench/chart_matplotlib.py). The two run alternately so a busy machine slows both alike; the
// budget is a ratio: matplotlib's median at least 5 times the app's.
//
//   build/bench/bench_chartexport [--runs R] [--data DIR] [--python PYTHON] [--binary INSIGHTS]
#include "benchutil.h"
#include "largedataset.h"
#include "timedprocess.h"
#include "sample/datasetgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSize>
#include <QTemporaryDir>
#include <QtEndian>
#include <cstdio>

using namespace insights;
using namespace insights::bench;

namespace {

constexpr double kBudgetRatio = 5;

// A PNG's size from its IHDR chunk (no image library needed): both pictures must match.
QSize pngSize(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(24);
    if (head.size() < 24 || !head.startsWith("\x89PNG\r\n\x1a\n") || head.mid(12, 4) != "IHDR")
        return {};
    return {int(qFromBigEndian<quint32>(head.constData() + 16)), int(qFromBigEndian<quint32>(head.constData() + 20))};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each."), QStringLiteral("R"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("data"), QStringLiteral("Where the dataset is cached."), QStringLiteral("DIR"),
                      QStringLiteral(INSIGHTS_BENCH_DATA)});
    // Debian's interpreter, where python3-matplotlib is installed (a python3 earlier on PATH,
    // e.g. pyenv's, would not have it).
    parser.addOption({QStringLiteral("python"), QStringLiteral("The Python with matplotlib."), QStringLiteral("PYTHON"),
                      QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3") : QStringLiteral("python3")});
    // Another build of insights (e.g. an older one, for a before/after figure).
    parser.addOption({QStringLiteral("binary"), QStringLiteral("The insights binary."), QStringLiteral("PATH"),
                      QStringLiteral(INSIGHTS_BINARY)});
    parser.process(app);
    const QString binary = parser.value(QStringLiteral("binary"));
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QString dataDir = largeDataset(parser.value(QStringLiteral("data")));
    if (dataDir.isEmpty())
        return 2;

    QTemporaryDir out;
    const QString appPng = out.filePath(QStringLiteral("insights.png"));
    const QString mplPng = out.filePath(QStringLiteral("matplotlib.png"));
    const QStringList appArgs{QStringLiteral("chart"), QStringLiteral("stars"), QStringLiteral("--out"), appPng,
                              QStringLiteral("--data-dir"), dataDir};
    const QString python = parser.value(QStringLiteral("python"));
    const QStringList mplArgs{QStringLiteral(INSIGHTS_SOURCE_DIR "/bench/chart_matplotlib.py"),
                              QDir(dataDir).filePath(QStringLiteral("insights.db")), mplPng, QStringLiteral("1600x900")};

    // One of each first, not counted: the file in the page cache, matplotlib's font cache built.
    for (const auto &[program, args] : {std::pair{binary, appArgs}, std::pair{python, mplArgs}}) {
        const TimedRun warm = timeProcess(program, args);
        if (warm.ms < 0) {
            std::fprintf(stderr, "%s failed:\n%s\n", qPrintable(program), qPrintable(warm.output));
            if (program == python)
                std::fprintf(stderr, "(python3-matplotlib: scripts/install-deps.sh installs it)\n");
            return 1;
        }
    }
    if (pngSize(appPng) != QSize(1600, 900) || pngSize(mplPng) != QSize(1600, 900)) {
        std::fprintf(stderr, "the pictures are not both 1600×900\n");
        return 1;
    }

    QList<double> appMs, mplMs;
    for (int i = 0; i < runs; ++i) {
        const TimedRun a = timeProcess(binary, appArgs);
        const TimedRun m = timeProcess(python, mplArgs);
        if (a.ms < 0 || m.ms < 0) {
            std::fprintf(stderr, "a run failed:\n%s\n%s\n", qPrintable(a.output), qPrintable(m.output));
            return 1;
        }
        appMs.append(a.ms);
        mplMs.append(m.ms);
    }
    const Spread mine = spreadOf(appMs), mpl = spreadOf(mplMs);
    const double ratio = mpl.median / std::max(mine.median, 0.001);
    std::printf("insights chart stars (1600×900 PNG, all time, large): %s\nmatplotlib (Agg, same file, same size): %s\n"
                "ratio of medians: %.1f× (budget ≥ %.0f×)\n",
                qPrintable(fmt(mine, "ms")), qPrintable(fmt(mpl, "ms")), ratio, kBudgetRatio);
    const bool met = ratio >= kBudgetRatio;
    tableRow(QStringLiteral("`insights chart` as a whole process, 40,000-star timeline (1600×900 PNG)"),
             fmt(mine, "ms") + QStringLiteral(", %1× faster").arg(ratio, 0, 'f', 1),
             QStringLiteral("≤ 1/5 of matplotlib"), QStringLiteral("matplotlib Agg script: ") + fmt(mpl, "ms"), met);
    return met ? 0 : 1;
}
