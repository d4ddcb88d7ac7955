#include "transaction.h"

#include "storageerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace anchor::storage {

namespace {
// Nesting depth per connection name. Connections are per thread, so a thread_local map
// needs no lock.
thread_local QHash<QString, int> t_depth;
} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    int &depth = t_depth[m_db.connectionName()];
    if (depth == 0) {
        // IMMEDIATE takes the write lock now, so a busy database fails here, not half-way.
        run(QStringLiteral("BEGIN IMMEDIATE"));
    } else {
        m_savepoint = QStringLiteral("sp%1").arg(depth);
        run(QStringLiteral("SAVEPOINT ") + m_savepoint);
    }
    ++depth;
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    --t_depth[m_db.connectionName()];
    QSqlQuery query(m_db);
    if (m_savepoint.isEmpty()) {
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        query.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        query.exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
}

void Transaction::commit()
{
    run(m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint);
    m_done = true;
    --t_depth[m_db.connectionName()];
}

void Transaction::run(const QString &sql) const
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        throw StorageError::fromSqlError(query.lastError(),
                                         QCoreApplication::translate("anchor::storage::Transaction",
                                                                     "Saving changes"));
}

} // namespace anchor::storage
