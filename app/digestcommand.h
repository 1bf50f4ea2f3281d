#pragma once
// `insights digest [--from DATE] [--to DATE] [--format md|html] [--out PATH]`: the summary of a
// period (core/digest) as Markdown or as one self-contained HTML page with the charts inside,
// to stdout or to a file written whole. Without dates the last complete week (Monday to Sunday)
// before today; with one date, the week it starts (--from) or ends (--to).
// The HTML's charts are drawn with the window's own chart code and need a QApplication (main.cpp
// starts one, offscreen without a display, when drawsCharts() says so); Markdown needs none.
#include "commandline.h"
#include "digest/digest.h"

#include <QCoreApplication>

namespace insights {

class DigestCommand final {
    Q_DECLARE_TR_FUNCTIONS(DigestCommand)
public:
    // The size a chart is drawn at in an HTML digest: wide enough to read a week's days, small
    // enough for a mail.
    static constexpr int kChartWidth = 960;
    static constexpr int kChartHeight = 400;

    static DateRange period(const CommandLine &commandLine, const QDate &today);
    static bool drawsCharts(const CommandLine &commandLine);
    // The PNG of each of Digest::charts(), in order, on a light palette (a mail is read on
    // white); empty without a QApplication. For the window's scheduled digest too.
    static QList<QByteArray> chartImages(const Digest &digest);
    static int run(const CommandLine &commandLine, const QString &dataDir);
};

} // namespace insights
