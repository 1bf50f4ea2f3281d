#pragma once
// What `insights status` and the window say about a repository's stars beyond rows and dates:
// a first collection still under way ("12,300 of 40,000 stars stored"), and star counts only
// (no profiles) where GitHub refuses the stargazer list to this token or no token is set.
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace insights {

class StarProgress final {
    Q_DECLARE_TR_FUNCTIONS(StarProgress)
public:
    static Result<QStringList> warnings(QSqlDatabase &db, const QString &repo);
};

} // namespace insights
