#pragma once
// The cached reference dataset "large" for the benchmarks that read it (generated through the
// app's own storage code when missing or from another generator version).
#include "benchutil.h"
#include "sample/datasetgenerator.h"

#include <QDir>

namespace insights::bench {

// Its data directory under `dataRoot`, or "" once the reason it could not be made is printed.
inline QString largeDataset(const QString &dataRoot)
{
    const QString dataDir = QDir(dataRoot).filePath(QStringLiteral("large"));
    std::printf("the large dataset in %s …\n", qPrintable(dataDir));
    std::fflush(stdout);
    auto generated = DatasetGenerator::ensureCached(dataDir, QStringLiteral("large"), kDatasetVersion);
    if (!generated) {
        std::fprintf(stderr, "%s\n", qPrintable(generated.errorMessage()));
        return {};
    }
    return dataDir;
}

} // namespace insights::bench
