#include "nativestatement.h"

#include "storageerror.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

#ifdef ANCHOR_NATIVE_SQLITE
#include <sqlite3.h>
#endif

namespace anchor::storage::sql {

#ifdef ANCHOR_NATIVE_SQLITE

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

StorageError errorOf(sqlite3 *db, int code, const QString &context)
{
    return StorageError::fromSqlError(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)),
                                                QSqlError::StatementError, QString::number(code)),
                                      context);
}

} // namespace

struct NativeStatement::Handles
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    QList<QByteArray> texts;   // UTF-8 of the bound QStrings, alive until exec()
};

bool NativeStatement::availableFor(const QSqlDatabase &db)
{
    if (!handleOf(db))
        return false;
    // The same library answers through Qt as the one linked here (a cheap guard against a
    // plugin carrying its own copy of SQLite).
    QSqlQuery version(db);
    return version.exec(QStringLiteral("SELECT sqlite_version()")) && version.next()
           && version.value(0).toString() == QLatin1String(sqlite3_libversion());
}

NativeStatement::NativeStatement(const QSqlDatabase &db, const QString &statement)
    : m_handles(std::make_unique<Handles>())
{
    m_handles->db = handleOf(db);
    const QString context = QCoreApplication::translate("anchor::storage::sql", "Preparing a query");
    if (!m_handles->db)
        throw StorageError(StorageError::Kind::Other,
                           QCoreApplication::translate("anchor::storage::sql", "%1: the connection is not an SQLite "
                                                                               "database.").arg(context));
    const QByteArray text = statement.toUtf8();
    const int code = sqlite3_prepare_v3(m_handles->db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                                        &m_handles->statement, nullptr);
    if (code != SQLITE_OK)
        throw errorOf(m_handles->db, code, context);
}

NativeStatement::~NativeStatement()
{
    if (m_handles)
        sqlite3_finalize(m_handles->statement);
}

bool NativeStatement::belongsTo(const QSqlDatabase &db) const
{
    return handleOf(db) == m_handles->db;
}

void NativeStatement::bind(int index, const QVariant &value)
{
    sqlite3_stmt *statement = m_handles->statement;
    const int at = index + 1;
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        sqlite3_bind_null(statement, at);
        return;
    case QMetaType::QString: {
        const QString *text = static_cast<const QString *>(value.constData());
        if (text->isNull()) {
            sqlite3_bind_null(statement, at);
            return;
        }
        m_handles->texts.append(text->toUtf8());
        const QByteArray &utf8 = m_handles->texts.last();
        sqlite3_bind_text(statement, at, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
        return;
    }
    case QMetaType::QByteArray: {
        const QByteArray *bytes = static_cast<const QByteArray *>(value.constData());
        if (bytes->isNull())
            sqlite3_bind_null(statement, at);
        else
            sqlite3_bind_blob(statement, at, bytes->constData(), int(bytes->size()), SQLITE_STATIC);
        return;
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        sqlite3_bind_int64(statement, at, value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(statement, at, value.toDouble());
        return;
    default:
        if (value.isNull()) {
            sqlite3_bind_null(statement, at);
            return;
        }
        bind(index, QVariant(value.toString()));
        return;
    }
}

void NativeStatement::exec(const QString &context)
{
    sqlite3_stmt *statement = m_handles->statement;
    int code = sqlite3_step(statement);
    while (code == SQLITE_ROW)
        code = sqlite3_step(statement);
    std::optional<StorageError> failure;
    if (code != SQLITE_DONE)
        failure = errorOf(m_handles->db, code, context);   // before the reset clears the message
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    m_handles->texts.clear();
    if (failure)
        throw *failure;
}

#else // Qt's SQLite is not the one this program could link: callers use QSqlQuery.

struct NativeStatement::Handles
{
};

bool NativeStatement::availableFor(const QSqlDatabase &)
{
    return false;
}

NativeStatement::NativeStatement(const QSqlDatabase &, const QString &)
{
    throw StorageError(StorageError::Kind::Other,
                       QCoreApplication::translate("anchor::storage::sql", "%1: this build runs queries through Qt only.")
                           .arg(QCoreApplication::translate("anchor::storage::sql", "Preparing a query")));
}

NativeStatement::~NativeStatement() = default;

bool NativeStatement::belongsTo(const QSqlDatabase &) const
{
    return false;
}

void NativeStatement::bind(int, const QVariant &)
{
}

void NativeStatement::exec(const QString &)
{
}

#endif

} // namespace anchor::storage::sql
