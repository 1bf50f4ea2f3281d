#pragma once
// The last lines of `insights status`: the Overview in text — each subject's figures of the last
// 30 days against the 30 before, the range's highlights and its alerts — built from the Overview's
// own data (buildOverviewPage), so the window and the command line never disagree.
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

namespace insights {

class OverviewSummary final {
    Q_DECLARE_TR_FUNCTIONS(OverviewSummary)
public:
    static constexpr int kDays = 30;
    // The lines for the 30 days to `today`; none when nothing is stored.
    static Result<QStringList> lines(QSqlDatabase &db, const QDate &today);
};

} // namespace insights
