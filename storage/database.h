#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace anchor::storage {

// A handle on one Anchor CRM database file.
//
// Threading contract: a Database value may be copied to any thread. connection() returns
// the calling thread's own QSqlDatabase (created on first use with foreign keys on, WAL,
// synchronous=NORMAL and a busy timeout); never pass a QSqlDatabase between threads.
// Call releaseThreadConnection() before a worker thread that used it ends.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::Database)

public:
    struct OpenOptions
    {
        bool createIfMissing = true;
        int targetVersion = -1;   // -1: the newest schema this build knows
        bool migrate = true;      // false: refuse a file that needs migrating
    };

    Database() = default;

    // Opens (and creates or migrates) the file. Throws StorageError with a clear message for a
    // missing or unwritable folder, a file that is not SQLite, a damaged file or a newer schema;
    // in every refusal the file is left untouched.
    static Database open(const QString &path, const OpenOptions &options);
    static Database open(const QString &path) { return open(path, OpenOptions{}); }

    // The default file of the GUI and anchorctl, in the per-user data folder
    // (~/.local/share/anchor-crm, %LOCALAPPDATA%\\anchor-crm, ~/Library/Application Support/anchor-crm).
    static QString defaultPath();

    bool isValid() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    QString lastBackupPath() const { return m_backupPath; }

    void releaseThreadConnection() const;

private:
    explicit Database(const QString &path);
    QString connectionName() const;
    void prepare(const OpenOptions &options);

    QString m_path;
    QString m_connectionPrefix;   // "anchor-<hash of the path>-", computed once
    QString m_backupPath;
};

} // namespace anchor::storage
