#pragma once
// What a data directory holds, as a user of the file would compare it: every metric row and every
// event as text in key order, then PRAGMA integrity_check's answer ("ok") as the last line. Two
// databases with the same figures compare equal, whatever order they were written in.
#include "storage/database.h"

#include <QDir>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace insights::test {

inline QStringList storedContents(const QString &dataDir)
{
    Database db;
    if (!db.open(QDir(dataDir).filePath(Database::fileName())).ok())
        return {QStringLiteral("cannot open")};
    QStringList rows;
    for (const char *sql : {"SELECT t.key, m.subject, m.date, m.period, m.item, m.value, m.metadata FROM insight_metric m "
                            "JOIN insight_metric_type t ON t.id = m.metric_type_id ORDER BY 1, 2, 3, 4, 5",
                            "SELECT s.key, e.subject, e.date, e.kind, e.item, e.title, e.metadata FROM insight_event e "
                            "JOIN insight_source s ON s.id = e.source_id ORDER BY 1, 2, 3, 4, 5"}) {
        QSqlQuery q(QString::fromLatin1(sql), db.handle());
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < q.record().count(); ++i)
                fields << q.value(i).toString();
            rows << fields.join(u'|');
        }
    }
    QSqlQuery check(QStringLiteral("PRAGMA integrity_check"), db.handle());
    rows << (check.next() ? check.value(0).toString() : QStringLiteral("no integrity answer"));
    return rows;
}

} // namespace insights::test
