#pragma once

#include <QSqlDatabase>
#include <QString>

namespace anchor::storage {

// RAII transaction guard: `Transaction t(db); ...; t.commit();` rolls back in its destructor
// unless committed. Nested guards on the same connection become savepoints, so a repository
// method can be called alone or inside a caller's larger transaction.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    void run(const QString &sql) const;

    QSqlDatabase m_db;
    QString m_savepoint;   // empty for the outermost guard
    bool m_done = false;
};

} // namespace anchor::storage
