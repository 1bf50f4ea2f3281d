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

} // namespace insights
