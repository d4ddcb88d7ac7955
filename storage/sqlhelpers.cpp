#include "sqlhelpers.h"

#include "storageerror.h"

#include <algorithm>

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

QString jsonArray(const QStringList &values)
{
    const auto needsEscape = [](QChar c) { return c == QLatin1Char('"') || c == QLatin1Char('\\') || c.unicode() < 0x20; };
    qsizetype size = 2;
    for (const QString &value : values)
        size += value.size() + 3;
    QString json;
    json.reserve(size);
    json += QLatin1Char('[');
    for (const QString &value : values) {
        if (json.size() > 1)
            json += QLatin1Char(',');
        json += QLatin1Char('"');
        if (std::none_of(value.cbegin(), value.cend(), needsEscape)) {
            json += value;   // the usual case: ids and addresses
        } else {
            for (const QChar c : value) {
                if (c.unicode() < 0x20)
                    json += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
                else if (needsEscape(c))
                    json.append(QLatin1Char('\\')).append(c);
                else
                    json += c;
            }
        }
        json += QLatin1Char('"');
    }
    json += QLatin1Char(']');
    return json;
}

void beginBulkWrites(const QSqlDatabase &db)
{
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
}

void endBulkWrites(const QSqlDatabase &db)
{
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 1000"));
    pragma.exec(QStringLiteral("PRAGMA cache_size = -2000"));
}

void checkpoint(const QSqlDatabase &db)
{
    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

MultiRowInserter::MultiRowInserter(QString verb, QString table, QStringList columns, QStringList values)
    : m_head(QStringLiteral("%1 INTO %2 (%3) VALUES ").arg(verb, table, columns.join(QStringLiteral(", "))))
    , m_columnCount(columns.size())
{
    if (values.isEmpty())
        values = QStringList(columns.size(), QStringLiteral("?"));
    Q_ASSERT(values.size() == columns.size());
    m_tuple = QLatin1Char('(') + values.join(QStringLiteral(", ")) + QLatin1Char(')');
}

void MultiRowInserter::insert(const QSqlDatabase &db, const QList<QVariantList> &rows, const QString &context)
{
    const bool native = usesNative(db);
    qsizetype at = 0;
    for (const int size : {256, 64, 16, 4, 1}) {
        while (rows.size() - at >= size) {
            if (native) {
                NativeStatement &statement = nativeStatementFor(db, size);
                int index = 0;
                for (qsizetype row = at; row < at + size; ++row) {
                    Q_ASSERT(rows.at(row).size() == m_columnCount);
                    for (const QVariant &value : rows.at(row))
                        statement.bind(index++, value);
                }
                statement.exec(context);
            } else {
                QSqlQuery &statement = statementFor(db, size);
                for (qsizetype row = at; row < at + size; ++row) {
                    Q_ASSERT(rows.at(row).size() == m_columnCount);
                    for (const QVariant &value : rows.at(row))
                        statement.addBindValue(value);
                }
                exec(statement, context);
            }
            at += size;
        }
    }
}

bool MultiRowInserter::usesNative(const QSqlDatabase &db)
{
    if (!m_native)
        m_native = m_nativeAllowed && NativeStatement::availableFor(db);
    return *m_native;
}

QString MultiRowInserter::statementText(int rows) const
{
    return m_head + QStringList(rows, m_tuple).join(QLatin1Char(','));
}

QSqlQuery &MultiRowInserter::statementFor(const QSqlDatabase &db, int rows)
{
    auto found = m_statements.find(rows);
    if (found != m_statements.end() && found->second.driver() == db.driver())
        return found->second;
    QSqlQuery statement(db);
    prepare(statement, statementText(rows));
    m_statements.insert_or_assign(rows, std::move(statement));
    return m_statements.at(rows);
}

NativeStatement &MultiRowInserter::nativeStatementFor(const QSqlDatabase &db, int rows)
{
    auto found = m_nativeStatements.find(rows);
    if (found != m_nativeStatements.end() && found->second->belongsTo(db))
        return *found->second;
    auto statement = std::make_unique<NativeStatement>(db, statementText(rows));
    m_nativeStatements.insert_or_assign(rows, std::move(statement));
    return *m_nativeStatements.at(rows);
}

} // namespace anchor::storage::sql
