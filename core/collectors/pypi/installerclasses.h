#pragma once
// Which PyPI installers are people and which are machines, read from the database table
// pypi_installer_class (seeded with SPEC §1's rules, editable). Anything not listed is a bot.
#include "util/result.h"

#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

namespace insights {

class InstallerClasses final {
public:
    static Result<InstallerClasses> load(QSqlDatabase &db);
    // Every listed installer → "human" or "bot", sorted by name (for Settings to show and edit).
    static Result<QMap<QString, QString>> rules(QSqlDatabase &db);
    // Sets (or adds) an installer's class; `cls` is "human" or "bot". Takes effect for figures
    // computed afterwards (the next collection re-reads the days it covers).
    static Status set(QSqlDatabase &db, const QString &installer, const QString &cls, const QString &note = {});

    bool isHuman(const QString &installer) const { return m_human.contains(installer); }
    // The installers counted as people, for a query parameter (Array(String)).
    QStringList humanInstallers() const { return m_human; }

private:
    QStringList m_human;
};

} // namespace insights
