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

QSqlQuery run(const QSqlDatabase &db, const QString &statement, const QVariantList &values, const QString &context)
{
    QSqlQuery query(db);
    prepare(query, statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    exec(query, context);
    return query;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace anchor::storage::sql
