#include "installerclasses.h"

#include "storage/sqlutil.h"

#include <QSqlQuery>

namespace insights {

Result<InstallerClasses> InstallerClasses::load(QSqlDatabase &db)
{
    auto q = prepareSql(db, QStringLiteral("SELECT installer FROM pypi_installer_class WHERE class = 'human' ORDER BY installer"));
    if (!q)
        return q.error();
    if (auto st = execPrepared(q.value()); !st)
        return st.error();
    InstallerClasses classes;
    while (q.value().next())
        classes.m_human.append(q.value().value(0).toString());
    return classes;
}

Result<QMap<QString, QString>> InstallerClasses::rules(QSqlDatabase &db)
{
    auto q = prepareSql(db, QStringLiteral("SELECT installer, class FROM pypi_installer_class ORDER BY installer"));
    if (!q)
        return q.error();
    if (auto st = execPrepared(q.value()); !st)
        return st.error();
    QMap<QString, QString> rules;
    while (q.value().next())
        rules.insert(q.value().value(0).toString(), q.value().value(1).toString());
    return rules;
}

Status InstallerClasses::set(QSqlDatabase &db, const QString &installer, const QString &cls, const QString &note)
{
    if (cls != QLatin1String("human") && cls != QLatin1String("bot"))
        return makeError(QStringLiteral("An installer is \"human\" or \"bot\", not \"%1\".").arg(cls), Error::Kind::Config);
    if (installer.size() > 100)
        return makeError(QStringLiteral("An installer name is at most 100 characters."), Error::Kind::Config);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO pypi_installer_class(installer, class, note) VALUES(?, ?, ?) "
                             "ON CONFLICT(installer) DO UPDATE SET class = excluded.class, "
                             "note = CASE WHEN excluded.note = '' THEN note ELSE excluded.note END"));
    q.addBindValue(installer.isNull() ? QStringLiteral("") : installer);
    q.addBindValue(cls);
    q.addBindValue(note.isNull() ? QStringLiteral("") : note);
    return execPrepared(q);
}

} // namespace insights
