#pragma once
// The sample data a newcomer can look around in (`insights sample`, the welcome page's "Look
// around with sample data"): a data directory of its own holding a generated database (see
// datasetgenerator.h), a settings.ini that tracks the sample's subjects with every scheduled
// source off, and a marker file that says what the folder is. Sample and real data never mix:
// creating a sample refuses a directory that holds anything but an earlier sample.
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace insights {

class SampleData final {
    Q_DECLARE_TR_FUNCTIONS(SampleData)
public:
    // The marker's file name inside a sample data directory.
    static QString markerFileName();
    // Whether `dir` is a sample data directory (holds the marker).
    static bool isSample(const QString &dir);
    // Where the window keeps the sample beside the real data directory `realDataDir`.
    static QString defaultDirFor(const QString &realDataDir);
    // (Re)creates the sample of `size` ("small" or "large"; anything else is an error) in `dir`,
    // with `today` as the newest day. `dir` must be missing, empty or an earlier sample (replaced
    // whole); otherwise an error that names the directory, and nothing is written. Returns the
    // number of metric rows written.
    static Result<qint64> create(const QString &dir, const QString &size, const QDate &today);
};

} // namespace insights
