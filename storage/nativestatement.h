#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>

namespace anchor::storage::sql {

// A statement run through SQLite's own API on the connection Qt opened, for the hottest bulk
// writes: text is bound as UTF-8 (Qt binds it as UTF-16, which SQLite converts back) and
// without Qt's bookkeeping for every bound value. It needs Qt's SQLite driver to use the same
// SQLite library as this program, which the build checks (ANCHOR_NATIVE_SQLITE: Qt from a
// Linux distribution links the system's libsqlite3; Qt's own Windows and macOS builds carry a
// private copy, and there callers use QSqlQuery instead). Use it on the connection's thread.
class NativeStatement
{
public:
    // Whether `db` can run native statements (the build allows it, the driver is SQLite, and the
    // library Qt uses reports the version this program was linked against).
    static bool availableFor(const QSqlDatabase &db);

    // Prepares `statement`; throws StorageError.
    NativeStatement(const QSqlDatabase &db, const QString &statement);
    ~NativeStatement();
    NativeStatement(const NativeStatement &) = delete;
    NativeStatement &operator=(const NativeStatement &) = delete;

    bool belongsTo(const QSqlDatabase &db) const;
    // Binds as Qt would: an invalid variant or a null QString as NULL, a QByteArray as a blob
    // (which the statement may CAST AS TEXT), numbers as numbers, anything else as its text.
    // The bytes of a QByteArray are not copied: keep the value alive until exec().
    void bind(int index, const QVariant &value);
    // Runs the statement to its end and makes it ready for the next values; throws StorageError.
    void exec(const QString &context);

private:
    struct Handles;
    std::unique_ptr<Handles> m_handles;
};

} // namespace anchor::storage::sql
