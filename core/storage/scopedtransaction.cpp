#include "scopedtransaction.h"

#include "dialect.h"
#include "sqlutil.h"

namespace insights {

ScopedTransaction::ScopedTransaction(QSqlDatabase &db) : m_db(db) {}

ScopedTransaction::~ScopedTransaction()
{
    if (m_active)
        execSql(m_db, QStringLiteral("ROLLBACK")).ok();
}

Status ScopedTransaction::begin()
{
    // On SQLite, IMMEDIATE takes the write lock up front: a concurrent writer waits on the busy
    // timeout here instead of failing halfway through the run.
    auto st = execSql(m_db, Dialect::beginWrite(Dialect::of(m_db)));
    m_active = st.ok();
    return st;
}

Status ScopedTransaction::commit()
{
    auto st = execSql(m_db, QStringLiteral("COMMIT"));
    if (st)
        m_active = false;
    return st;
}

} // namespace insights
