// The application service's part in alerts: found by the collection thread after a run
// (CollectionWorker → alertsRaised), kept in insight_alert, shown once by the window.
#include "alerts/alertstore.h"
#include "appservice.h"

namespace insights {

void AppService::announceUnnotifiedAlerts()
{
    if (!m_ready || m_sample)
        return;
    if (isTeamDatabase()) {
        announceTeamAlerts();
        return;
    }
    read<QList<Alert>>([](QSqlDatabase &db) { return AlertStore(db).unnotified(); }, this,
                       [this](const Result<QList<Alert>> &alerts) {
                           if (!alerts)
                               emit notice(tr("Alerts could not be read: %1").arg(alerts.errorMessage()));
                           else if (!alerts->isEmpty())
                               emit alertsRaised(*alerts);
                       });
}

namespace {

// A team database's alerts for this computer: the new ones, or (on its first connection) where
// it starts.
struct TeamAlerts {
    QList<Alert> fresh;
    std::optional<qint64> startAfter;
};

} // namespace

void AppService::announceTeamAlerts()
{
    // What this computer has shown is kept here, not in the shared table: every maintainer's
    // window shows each alert once, and a viewer may not write. A first connection starts at the
    // newest alert rather than announcing the team's whole history.
    const QString database = configuredDatabaseUrl();
    const std::optional<qint64> shown = m_config->teamAlertsShownThrough(database);
    read<TeamAlerts>(
        [shown](QSqlDatabase &db) -> Result<TeamAlerts> {
            AlertStore alerts(db);
            if (shown) {
                auto fresh = alerts.after(*shown);
                if (!fresh)
                    return fresh.error();
                return TeamAlerts{*fresh, std::nullopt};
            }
            auto last = alerts.lastId();
            if (!last)
                return last.error();
            return TeamAlerts{{}, *last};
        },
        this, [this, database](const Result<TeamAlerts> &alerts) {
            if (!alerts) {
                emit notice(tr("Alerts could not be read: %1").arg(alerts.errorMessage()));
                return;
            }
            if (alerts->startAfter)
                m_config->setTeamAlertsShownThrough(database, *alerts->startAfter);
            if (!alerts->fresh.isEmpty())
                emit alertsRaised(alerts->fresh);
        });
}

void AppService::markAlertsNotified(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    if (isTeamDatabase()) {
        const QString database = configuredDatabaseUrl();
        const qint64 newest = *std::max_element(ids.begin(), ids.end());
        if (newest > m_config->teamAlertsShownThrough(database).value_or(0))
            m_config->setTeamAlertsShownThrough(database, newest);
        return;
    }
    read<bool>(
        [ids](QSqlDatabase &db) -> Result<bool> {
            if (auto st = AlertStore(db).markNotified(ids); !st)
                return st.error();
            return true;
        },
        this, [this](const Result<bool> &marked) {
            if (!marked) // shown again at the next start: better twice than lost
                emit notice(tr("Alerts could not be marked as shown: %1").arg(marked.errorMessage()));
        });
}

} // namespace insights
