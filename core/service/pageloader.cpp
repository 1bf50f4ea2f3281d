#include "pageloader.h"

#include "dashboard/dashboarddata.h"
#include "status/statusreport.h"

#include <QSqlDriver>

namespace insights {

PageLoader::PageLoader(QString databasePath) : m_path(std::move(databasePath))
{
    qRegisterMetaType<insights::PageData>();
}

void PageLoader::request(int token, const PageRequest &request)
{
    QMetaObject::invokeMethod(this, [this, token, request] { load(token, request); }, Qt::QueuedConnection);
}

PageData PageLoader::loadNow(QSqlDatabase &db, const PageRequest &request)
{
    // "All" starts where the page's data starts.
    auto data = DashboardData::load(db, request);
    if (data)
        return *data;
    PageData failed;
    failed.request = request;
    failed.error = data.errorMessage();
    return failed;
}

bool PageLoader::ensureOpen(QString *error)
{
    if (m_db.isOpen())
        return true;
    if (auto st = m_db.open(m_path); !st) {
        *error = st.errorMessage();
        return false;
    }
    if (m_db.isPostgres()) {
        QSqlDriver *driver = m_db.handle().driver();
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                    if (name == QLatin1String("insights_data") && source != QSqlDriver::SelfSource)
                        emit dataChanged(payload.toString());
                });
        if (!driver->subscribeToNotification(QStringLiteral("insights_data")))
            qWarning("The team database delivers no notifications: the window refreshes only when asked.");
    }
    return true;
}

void PageLoader::load(int token, const PageRequest &request)
{
    QString error;
    if (!ensureOpen(&error)) {
        PageData failed;
        failed.request = request;
        failed.error = error;
        emit loaded(token, failed);
        return;
    }
    emit loaded(token, loadNow(m_db.handle(), request));
}

void PageLoader::post(Task task)
{
    QMetaObject::invokeMethod(
        this,
        [this, task = std::move(task)] {
            QString error;
            if (!ensureOpen(&error))
                task(nullptr, error);
            else
                task(&m_db.handle(), QString());
        },
        Qt::QueuedConnection);
}

void PageLoader::requestRowCounts()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            QString error;
            if (!ensureOpen(&error))
                return;
            if (auto counts = StatusReport::rowCounts(m_db.handle()))
                emit rowCountsLoaded(*counts);
        },
        Qt::QueuedConnection);
}

} // namespace insights
