#pragma once

#include <QSqlQuery>
#include <QString>

namespace anchor::storage::sql {

// Prepares or runs a statement, turning a failure into a StorageError that says what the
// program was doing (the context) and what SQLite reported.
void prepare(QSqlQuery &query, const QString &statement);
void exec(QSqlQuery &query, const QString &context);
void execBatch(QSqlQuery &query, const QString &context);

} // namespace anchor::storage::sql
