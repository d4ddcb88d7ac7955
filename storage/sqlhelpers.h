#pragma once

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <map>

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

// Inserts many rows with multi-row INSERTs of 256, 64, 16, 4 and 1 rows, each statement prepared
// once per inserter. Per row, a statement costs Qt's binding and SQLite's statement start and
// end (a table with an FTS5 trigger writes an index segment at every statement). Qt renames
// every `?` to a named placeholder, which SQLite resolves in quadratic time, so statements stay
// at 256 rows and are parsed only once. Keep an inserter on one connection (one thread).
class MultiRowInserter
{
public:
    // `verb` is "INSERT" or "INSERT OR IGNORE"; `columns` the column list, in the rows' order.
    MultiRowInserter(QString verb, QString table, QStringList columns);
    void insert(const QSqlDatabase &db, const QList<QVariantList> &rows, const QString &context);

private:
    QSqlQuery &statementFor(const QSqlDatabase &db, int rows);

    QString m_head;
    QString m_tuple;
    qsizetype m_columnCount;
    std::map<int, QSqlQuery> m_statements;
};

} // namespace anchor::storage::sql
