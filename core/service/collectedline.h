#pragma once
// The line under a page's title that says how fresh its numbers are: when each source the page
// shows was last collected and, on a team database, by which collector ("GitHub stars 12 min ago
// by build-01 · GitHub traffic 3 h ago by build-02"). Sources never collected are left out; a
// page none of whose sources was collected gets no line.
#include "status/statusreport.h"

#include <QCoreApplication>

namespace insights {

class CollectedLine final {
    Q_DECLARE_TR_FUNCTIONS(CollectedLine)
public:
    static QString forSources(const QList<SourceStatus> &status, const QStringList &sources, const QDateTime &now);
    // "just now", "12 min ago", "3 h ago", "2 days ago"; after a week the date.
    static QString age(const QDateTime &then, const QDateTime &now);
};

} // namespace insights
