#include "database.h"

#include "migrator.h"
#include "storageerror.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace anchor::storage {

namespace {

constexpr int kBusyTimeoutMs = 5000;
const QByteArray kSqliteMagic("SQLite format 3\0", 16);

void execPragma(QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    if (!query.exec(pragma))
        throw StorageError::fromSqlError(query.lastError(), Database::tr("Opening the database"));
}

// Opens a file that is neither empty nor new only when its first bytes say SQLite: the driver
// would otherwise accept it and fail later with a vaguer message.
void checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return;
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::CannotOpen,
                           Database::tr("Cannot read the database file %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.read(kSqliteMagic.size()) != kSqliteMagic)
        throw StorageError(StorageError::Kind::NotADatabase,
                           Database::tr("%1 is not an Anchor CRM database (it is not an SQLite file). "
                                        "It was left unchanged.")
                               .arg(QDir::toNativeSeparators(path)));
}

void checkFolder(const QString &path, bool createIfMissing)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            throw StorageError(StorageError::Kind::CannotOpen,
                               Database::tr("%1 is a folder, not a database file.")
                                   .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!createIfMissing)
        throw StorageError(StorageError::Kind::NotFound,
                           Database::tr("The database file %1 does not exist.")
                               .arg(QDir::toNativeSeparators(path)));
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        throw StorageError(StorageError::Kind::CannotOpen,
                           Database::tr("The folder %1 does not exist. Create it first or choose another "
                                        "location for the database.")
                               .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    if (!folder.isWritable())
        throw StorageError(StorageError::Kind::CannotOpen,
                           Database::tr("The folder %1 is not writable, so the database cannot be created "
                                        "there.")
                               .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
}

} // namespace

Database Database::open(const QString &path, const OpenOptions &options)
{
    if (path.isEmpty())
        throw StorageError(StorageError::Kind::CannotOpen, tr("No database file was given."));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    checkFolder(absolute, options.createIfMissing);
    checkHeader(absolute);

    Database database(absolute);
    try {
        database.prepare(options);
    } catch (...) {
        database.releaseThreadConnection(); // a refused file keeps no open handle
        throw;
    }
    return database;
}

void Database::prepare(const OpenOptions &options)
{
    QSqlDatabase db = connection();
    Migrator migrator(db, m_path);
    migrator.checkCompatible();   // refuses a newer schema before anything is written
    if (options.migrate) {
        migrator.migrateTo(options.targetVersion < 0 ? Migrator::latestVersion() : options.targetVersion);
        m_backupPath = migrator.backupPath();
    } else if (migrator.currentVersion() != Migrator::latestVersion()) {
        throw StorageError(StorageError::Kind::Migration,
                           tr("The database has schema version %1; this build needs version %2. "
                              "Run \"anchorctl init\" to upgrade it.")
                               .arg(migrator.currentVersion())
                               .arg(Migrator::latestVersion()));
    }
}

QString Database::defaultPath()
{
    // GenericDataLocation + our own folder, so the GUI and anchorctl (two executables with
    // different application names) agree on one file.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                           + QStringLiteral("/anchor-crm");
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("anchor.sqlite"));
}

Database::Database(const QString &path)
    : m_path(path)
    , m_connectionPrefix(QStringLiteral("anchor-%1-").arg(QString::fromLatin1(
          QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(12))))
{
}

QString Database::connectionName() const
{
    return m_connectionPrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()));
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase existing = QSqlDatabase::database(name, false);
        if (existing.isOpen())
            return existing;
    }

    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open())
        throw StorageError::fromSqlError(db.lastError(), tr("Opening %1").arg(QDir::toNativeSeparators(m_path)));

    // Read before anything writes: a newer or damaged file must stay byte-for-byte as it was.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")))
        throw StorageError::fromSqlError(probe.lastError(), tr("Opening %1").arg(QDir::toNativeSeparators(m_path)));
    probe.finish();
    if (Migrator::readUserVersion(db) > Migrator::latestVersion())
        return db; // Migrator::checkCompatible() refuses it; no pragma may touch the file first

    execPragma(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    execPragma(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    execPragma(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    execPragma(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs));
    execPragma(db, QStringLiteral("PRAGMA temp_store = MEMORY"));
    return db;
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    return Migrator::readUserVersion(db);
}

void Database::releaseThreadConnection() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace anchor::storage
