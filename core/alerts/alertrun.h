#pragma once
// What a collection does for alerts when it has written: look at the days it may have changed
// (the last kDaysChecked: GitHub's traffic window, ClickHouse's lag) with the user's rules, and
// keep what is new. Older days are never looked at again, so a first collection that reads a
// year raises nothing about last spring.
#include "alert.h"
#include "util/clock.h"
#include "util/result.h"

#include <QSqlDatabase>

namespace insights {

class Config;

class AlertRun final {
public:
    static constexpr int kDaysChecked = 14;
    // The alerts raised now (stored, not yet notified), oldest first.
    static Result<QList<Alert>> afterCollection(QSqlDatabase &db, const Config &config, const Clock &clock);
};

} // namespace insights
