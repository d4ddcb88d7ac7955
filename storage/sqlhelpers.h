#pragma once

#include "nativestatement.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <map>
#include <optional>
#include <memory>

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

// A JSON array of the texts, to bind as one value for `IN (SELECT value FROM json_each(?))`:
// one statement for a whole page of keys instead of one per key.
QString jsonArray(const QStringList &values);

// Around a long run of big write transactions on this connection (a pull's writer): a page cache
// big enough for the indexes they touch, and no checkpoint inside their commits. The WAL is
// checkpointed from another connection meanwhile (checkpoint()), and once more at the end.
void beginBulkWrites(const QSqlDatabase &db);
void endBulkWrites(const QSqlDatabase &db);
// Copies what the WAL holds into the database file as far as readers allow (PASSIVE).
void checkpoint(const QSqlDatabase &db);

// A value for a text column bound from UTF-8 bytes: Qt binds a QByteArray as a blob, without
// copying or converting it, and the cast keeps those bytes as text (Qt would bind a QString as
// UTF-16, which SQLite converts back to UTF-8).
inline constexpr auto kBytesAsText = "CAST(? AS TEXT)";

// Inserts many rows with multi-row INSERTs of 256, 64, 16, 4 and 1 rows, each statement prepared
// once per inserter. Per row, a statement costs Qt's binding and SQLite's statement start and
// end (a table with an FTS5 trigger writes an index segment at every statement). Qt renames
// every `?` to a named placeholder, which SQLite resolves in quadratic time, so statements stay
// at 256 rows and are parsed only once. Keep an inserter on one connection (one thread).
class MultiRowInserter
{
public:
    // `verb` is "INSERT" or "INSERT OR IGNORE"; `columns` the column list, in the rows' order;
    // `values` what each column's value is made of, "?" for all when empty (kBytesAsText for
    // JSON kept as bytes).
    MultiRowInserter(QString verb, QString table, QStringList columns, QStringList values = {});
    void insert(const QSqlDatabase &db, const QList<QVariantList> &rows, const QString &context);

    // Rows go through SQLite's own API where the build and the connection allow it
    // (NativeStatement), through QSqlQuery otherwise or when this is set to false (tests).
    void setNativeAllowed(bool allowed) { m_nativeAllowed = allowed; }
    bool usesNative(const QSqlDatabase &db);

private:
    QString statementText(int rows) const;
    QSqlQuery &statementFor(const QSqlDatabase &db, int rows);
    NativeStatement &nativeStatementFor(const QSqlDatabase &db, int rows);

    QString m_head;
    QString m_tuple;
    qsizetype m_columnCount;
    bool m_nativeAllowed = true;
    std::optional<bool> m_native;   // decided once, on the first connection used
    std::map<int, QSqlQuery> m_statements;
    std::map<int, std::unique_ptr<NativeStatement>> m_nativeStatements;
};

} // namespace anchor::storage::sql
