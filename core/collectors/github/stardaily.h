#pragma once
// `stars_daily` of a repository whose stargazer list is read (SPEC §1): per day, the stored stars
// that still stand, counted inside the write transaction after every batch. That is the star
// history's own definition ("stars given that day that still stand"), known exactly from the
// list the run already read, so these repositories spend no request on the history; a withdrawn
// star leaves its day's figure when the weekly full walk counts it out. Repositories whose list
// is closed read the history instead (StarHistory); collector_state `daily_source` says which.
#include "util/result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace insights {

class MetricStore;

namespace stars {

// State keys (source github_stars): "list" or "history", and "1" once every day was counted
// from the list (the first time, every day is; afterwards only the days a run touched).
inline constexpr const char *kDailySource = "daily_source";
inline constexpr const char *kDailyFromList = "daily_from_list";

Status refreshDailyFromList(QSqlDatabase &db, MetricStore &store, const QString &subject, const QDateTime &now);

} // namespace stars
} // namespace insights
