#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace anchor::storage::sql {

// Prepares or runs a statement, turning a failure into a StorageError that says what the
// program was doing (the context) and what SQLite reported.
void prepare(QSqlQuery &query, const QString &statement);
void exec(QSqlQuery &query, const QString &context);
void execBatch(QSqlQuery &query, const QString &context);
// Prepares, binds the values in order and runs one statement on the connection.
QSqlQuery run(const QSqlDatabase &db, const QString &statement, const QVariantList &values, const QString &context);
// A bound value that is NULL for empty text (Qt would bind an empty string).
QVariant textOrNull(const QString &text);

} // namespace anchor::storage::sql
