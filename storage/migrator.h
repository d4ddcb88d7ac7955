#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace anchor::storage {

// Applies the numbered SQL migrations compiled in under :/sql (NNNN_name.sql), tracked by
// PRAGMA user_version. Each migration runs in one transaction; before an existing database is
// migrated a consistent copy is written beside it; a file from a newer build is refused untouched.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::Migrator)

public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    Migrator(QSqlDatabase db, QString path);

    static QList<Migration> migrations();
    static int latestVersion();
    static int readUserVersion(QSqlDatabase &db);
    // Splits a migration script into statements; semicolons inside quotes, comments and
    // CREATE TRIGGER ... END bodies do not split.
    static QStringList splitStatements(const QString &script);

    int currentVersion() const;
    void checkCompatible() const;
    void migrateTo(int targetVersion);
    QString backupPath() const { return m_backupPath; }

private:
    void backup(int fromVersion);
    void apply(const Migration &migration);

    QSqlDatabase m_db;
    QString m_path;
    QString m_backupPath;
};

} // namespace anchor::storage
