#pragma once

#include <QCoreApplication>
#include <QString>

#include <stdexcept>

class QSqlError;

namespace anchor::storage {

// Every storage failure surfaces as one of these, with a message written for the user.
// Secrets never reach the database, so messages never contain them either.
class StorageError : public std::runtime_error
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::StorageError)

public:
    enum class Kind {
        CannotOpen,    // missing or unwritable folder, permission denied
        NotADatabase,  // the file is not an SQLite database
        Corrupt,       // SQLite reports the image malformed
        NewerSchema,   // made by a newer Anchor CRM
        DiskFull,
        ReadOnly,
        Constraint,    // a value broke a CHECK, UNIQUE or FOREIGN KEY rule
        Busy,          // another process holds the write lock past the busy timeout
        Migration,     // a migration failed; the file was left as it was
        Interrupted,   // the caller cancelled a long query
        NotFound,
        Other,
    };

    StorageError(Kind kind, const QString &message);

    Kind kind() const noexcept { return m_kind; }
    QString message() const { return m_message; }

    // Maps an SQLite error (through Qt's driver) to a kind and a clear sentence.
    static StorageError fromSqlError(const QSqlError &error, const QString &context);

private:
    Kind m_kind;
    QString m_message;
};

} // namespace anchor::storage
