#pragma once
// A chart as a file or an image: PNG at the device pixel ratio (a 1600×900 chart at ratio 2 is
// 3200×1800 pixels) and SVG, drawn from the ChartData into an off-screen scene at exactly the size
// asked for, whatever size the chart has on screen, titled with the subject and range and with
// the markers' labels written beside them (there is no hover on paper). Works under QT_QPA_PLATFORM=offscreen.
#include "dashboard/pagedata.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QPalette>

namespace insights {

class ChartExport final {
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
public:
    static QImage image(const ChartData &data, const QSize &size, qreal devicePixelRatio, const QPalette &palette);
    static Status savePng(const ChartData &data, const QString &path, const QSize &size, qreal devicePixelRatio,
                          const QPalette &palette);
    static Status saveSvg(const ChartData &data, const QString &path, const QSize &size, const QPalette &palette);
    // "Stars — octo/widgets — 11/7/26 – 12/6/26": an exported picture is seen without the window,
    // so its title says what and when (the locale's date format).
    static QString exportTitle(const ChartData &data);
    // By the file's suffix (.png or .svg).
    static Status save(const ChartData &data, const QString &path, const QSize &size, qreal devicePixelRatio,
                       const QPalette &palette);
};

} // namespace insights
