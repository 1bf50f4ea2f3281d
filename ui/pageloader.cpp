#include "pageloader.h"

#include "dashboard/dashboarddata.h"

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

void PageLoader::load(int token, const PageRequest &request)
{
    if (!m_db.isOpen()) {
        if (auto st = m_db.open(m_path); !st) {
            PageData failed;
            failed.request = request;
            failed.error = st.errorMessage();
            emit loaded(token, failed);
            return;
        }
    }
    emit loaded(token, loadNow(m_db.handle(), request));
}

} // namespace insights
