#pragma once
// What the window shows about the sources at a glance, built in the reading thread: every
// source's status (status/statusreport.h), when the next scheduled collection is due, and the
// 14-day traffic warnings of enabled, configured traffic collection.
#include "status/statusreport.h"

#include <QDateTime>
#include <QMetaType>

namespace insights {

struct AppStatus {
    QList<SourceStatus> sources;
    QDateTime nextDue; // invalid: nothing scheduled
    QStringList trafficWarnings;
    QString error; // the status could not be read
    // Built in the reading thread (not the UI thread): `due` gets the sources due now.
    static AppStatus build(QSqlDatabase &db, const Config &config, const QDateTime &now, QStringList *due = nullptr);
};

} // namespace insights

Q_DECLARE_METATYPE(insights::AppStatus)
