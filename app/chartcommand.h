#pragma once
// `insights chart NAME --out FILE`: a page's main chart from the stored data, drawn with the
// window's own chart code into a PNG (at the size asked, device pixel ratio 1) or an SVG.
// Needs a QApplication (Qt Charts draws with widgets' styles); runs offscreen without a display.
#include "commandline.h"

#include <QCoreApplication>

namespace insights {

class ChartCommand final {
    Q_DECLARE_TR_FUNCTIONS(ChartCommand)
public:
    static constexpr int kDefaultWidth = 1600;
    static constexpr int kDefaultHeight = 900;
    static int run(const CommandLine &commandLine, const QString &dataDir);
};

} // namespace insights
