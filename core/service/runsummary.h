#pragma once
// What a finished run tells the window: one line per source (and the notes of its subjects),
// and the messages of what failed (for a notification). The command line prints its own,
// more detailed form of the same RunReport.
#include "collectors/collectionrunner.h"

#include <QCoreApplication>
#include <QStringList>

namespace insights {

class RunSummary final {
    Q_DECLARE_TR_FUNCTIONS(RunSummary)
public:
    static QStringList lines(const RunReport &report);
    static QStringList failures(const RunReport &report);
};

} // namespace insights
