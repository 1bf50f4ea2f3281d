// The application service's part in alerts: found by the collection thread after a run
// (CollectionWorker → alertsRaised), kept in insight_alert, shown once by the window.
#include "alerts/alertstore.h"
#include "appservice.h"

namespace insights {

void AppService::announceUnnotifiedAlerts()
{
    if (!m_ready || m_sample)
        return;
    read<QList<Alert>>([](QSqlDatabase &db) { return AlertStore(db).unnotified(); }, this,
                       [this](const Result<QList<Alert>> &alerts) {
                           if (!alerts)
                               emit notice(tr("Alerts could not be read: %1").arg(alerts.errorMessage()));
                           else if (!alerts->isEmpty())
                               emit alertsRaised(*alerts);
                       });
}

void AppService::markAlertsNotified(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
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
