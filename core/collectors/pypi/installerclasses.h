#pragma once
// Which PyPI installers are people and which are machines, read from the database table
// pypi_installer_class (seeded with SPEC §1's rules, editable). Anything not listed is a bot.
#include "util/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace insights {

class InstallerClasses final {
public:
    static Result<InstallerClasses> load(QSqlDatabase &db);

    bool isHuman(const QString &installer) const { return m_human.contains(installer); }
    // The installers counted as people, for a query parameter (Array(String)).
    QStringList humanInstallers() const { return m_human; }

private:
    QStringList m_human;
};

} // namespace insights
