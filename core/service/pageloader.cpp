#include "pageloader.h"

#include "dashboard/dashboarddata.h"
#include "status/statusreport.h"

#include <QSqlDriver>

namespace insights {

PageLoader::PageLoader()
{
    qRegisterMetaType<insights::PageData>();
}

void PageLoader::setLocation(const DatabaseLocation &location, std::function<void()> first)
{
    QMetaObject::invokeMethod(
        this,
        [this, location, first = std::move(first)] {
            m_db.close(); // a team database's notifications end with its connection
            if (first)
                first();
            m_location = location;
            for (const auto &job : std::exchange(m_waiting, {}))
                job();
        },
        Qt::QueuedConnection);
}

void PageLoader::run(std::function<void()> job)
{
    if (m_location)
        job();
    else
        m_waiting.append(std::move(job));
}

void PageLoader::request(int token, const PageRequest &request)
{
    QMetaObject::invokeMethod(this, [this, token, request] { run([this, token, request] { load(token, request); }); },
                              Qt::QueuedConnection);
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
    if (auto st = m_db.open(*m_location); !st) {
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
            run([this, task] {
                QString error;
                if (!ensureOpen(&error))
                    task(nullptr, error);
                else
                    task(&m_db.handle(), QString());
            });
        },
        Qt::QueuedConnection);
}

void PageLoader::requestRowCounts()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            run([this] {
                QString error;
                if (!ensureOpen(&error))
                    return;
                if (auto counts = StatusReport::rowCounts(m_db.handle()))
                    emit rowCountsLoaded(*counts);
            });
        },
        Qt::QueuedConnection);
}

} // namespace insights
