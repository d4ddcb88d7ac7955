#include "sqlhelpers.h"

#include "storageerror.h"

#include <QCoreApplication>
#include <QSqlError>

namespace anchor::storage::sql {

void prepare(QSqlQuery &query, const QString &statement)
{
    if (!query.prepare(statement))
        throw StorageError::fromSqlError(query.lastError(),
                                         QCoreApplication::translate("anchor::storage::sql", "Preparing a query"));
}

void exec(QSqlQuery &query, const QString &context)
{
    if (!query.exec())
        throw StorageError::fromSqlError(query.lastError(), context);
}

void execBatch(QSqlQuery &query, const QString &context)
{
    if (!query.execBatch())
        throw StorageError::fromSqlError(query.lastError(), context);
}

} // namespace anchor::storage::sql
