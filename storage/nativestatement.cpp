#include "nativestatement.h"

#include "storageerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

#ifdef ANCHOR_NATIVE_SQLITE
#include <dlfcn.h>
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
    int bound = 0;             // values bound since the last exec()
    int bindError = SQLITE_OK;
};

// Null as Qt's driver sees it (QSqlResultPrivate::isVariantNull): no value, or a null one.
static bool isNullValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return true;
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDate:
    case QMetaType::QTime:
    case QMetaType::QDateTime:
    case QMetaType::QUuid:
        return value.toString().isEmpty() || value.isNull();
    default:
        return value.isNull();
    }
}

bool NativeStatement::availableFor(const QSqlDatabase &db)
{
    // The build linked the shared libsqlite3 Qt's driver needs; this is the copy every caller
    // in the process resolves, not one of our own.
    if (reinterpret_cast<decltype(&sqlite3_libversion)>(dlsym(RTLD_DEFAULT, "sqlite3_libversion")) != &sqlite3_libversion)
        return false;
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
    // The types as Qt's SQLite driver binds them; anything else goes in as its text.
    sqlite3_stmt *statement = m_handles->statement;
    const int at = index + 1;
    int code = SQLITE_OK;
    if (isNullValue(value)) {
        code = sqlite3_bind_null(statement, at);
    } else {
        switch (value.typeId()) {
        case QMetaType::QString: {
            m_handles->texts.append(static_cast<const QString *>(value.constData())->toUtf8());
            const QByteArray &utf8 = m_handles->texts.last();
            code = sqlite3_bind_text(statement, at, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
            break;
        }
        case QMetaType::QByteArray: {
            const QByteArray *bytes = static_cast<const QByteArray *>(value.constData());
            code = sqlite3_bind_blob(statement, at, bytes->constData(), int(bytes->size()), SQLITE_STATIC);
            break;
        }
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
            code = sqlite3_bind_int64(statement, at, value.toLongLong());
            break;
        case QMetaType::Double:
            code = sqlite3_bind_double(statement, at, value.toDouble());
            break;
        case QMetaType::QDateTime:
            m_handles->texts.append(value.toDateTime().toString(Qt::ISODateWithMs).toUtf8());
            code = sqlite3_bind_text(statement, at, m_handles->texts.last().constData(),
                                     int(m_handles->texts.last().size()), SQLITE_STATIC);
            break;
        case QMetaType::QTime:
            m_handles->texts.append(value.toTime().toString(u"hh:mm:ss.zzz").toUtf8());
            code = sqlite3_bind_text(statement, at, m_handles->texts.last().constData(),
                                     int(m_handles->texts.last().size()), SQLITE_STATIC);
            break;
        default:
            m_handles->texts.append(value.toString().toUtf8());
            code = sqlite3_bind_text(statement, at, m_handles->texts.last().constData(),
                                     int(m_handles->texts.last().size()), SQLITE_STATIC);
            break;
        }
    }
    ++m_handles->bound;
    if (code != SQLITE_OK && m_handles->bindError == SQLITE_OK)
        m_handles->bindError = code;   // reported by exec(), before anything runs
}

void NativeStatement::exec(const QString &context)
{
    sqlite3_stmt *statement = m_handles->statement;
    std::optional<StorageError> failure;
    if (m_handles->bound != sqlite3_bind_parameter_count(statement)) {
        // As Qt refuses it: values would land in the wrong columns.
        failure = StorageError(StorageError::Kind::Other,
                               QCoreApplication::translate("anchor::storage::sql", "%1: %2 values for %3 parameters.")
                                   .arg(context).arg(m_handles->bound).arg(sqlite3_bind_parameter_count(statement)));
    } else if (m_handles->bindError != SQLITE_OK) {
        failure = errorOf(m_handles->db, m_handles->bindError, context);
    } else {
        int code = sqlite3_step(statement);
        while (code == SQLITE_ROW)
            code = sqlite3_step(statement);
        if (code != SQLITE_DONE)
            failure = errorOf(m_handles->db, code, context);   // before the reset clears the message
    }
    m_handles->bound = 0;
    m_handles->bindError = SQLITE_OK;
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
