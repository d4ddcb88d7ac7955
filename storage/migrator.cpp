#include "migrator.h"

#include "storageerror.h"
#include "transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace anchor::storage {

namespace {

bool isTriggerStatement(const QString &statement)
{
    static const QRegularExpression trigger(
        QStringLiteral(R"(^\s*CREATE\s+(TEMP\s+|TEMPORARY\s+)?TRIGGER\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return trigger.match(statement).hasMatch();
}

bool endsWithEnd(const QString &statement)
{
    static const QRegularExpression end(QStringLiteral(R"(\bEND\s*$)"), QRegularExpression::CaseInsensitiveOption);
    return end.match(statement).hasMatch();
}

} // namespace

Migrator::Migrator(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
{
}

QList<Migrator::Migration> Migrator::migrations()
{
    // The list is compiled in: read the resource folder once, not on every connection.
    static const QList<Migration> compiledIn = [] {
        static const QRegularExpression fileName(QStringLiteral(R"(^(\d{4})_(\w+)\.sql$)"));
        QList<Migration> result;
        const QDir folder(QStringLiteral(":/sql"));
        for (const QString &entry : folder.entryList(QDir::Files, QDir::Name)) {
            const auto match = fileName.match(entry);
            if (match.hasMatch())
                result.append({match.captured(1).toInt(), match.captured(2), folder.filePath(entry)});
        }
        std::sort(result.begin(), result.end(),
                  [](const Migration &a, const Migration &b) { return a.version < b.version; });
        return result;
    }();
    return compiledIn;
}

int Migrator::latestVersion()
{
    const auto all = migrations();
    return all.isEmpty() ? 0 : all.last().version;
}

int Migrator::readUserVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        throw StorageError::fromSqlError(query.lastError(), tr("Reading the schema version"));
    return query.value(0).toInt();
}

int Migrator::currentVersion() const
{
    QSqlDatabase db = m_db;
    return readUserVersion(db);
}

void Migrator::checkCompatible() const
{
    const int version = currentVersion();
    if (version > latestVersion())
        throw StorageError(StorageError::Kind::NewerSchema,
                           tr("%1 was made by a newer version of Anchor CRM (schema version %2; this build "
                              "knows up to %3). Update Anchor CRM to open it. The file was not changed.")
                               .arg(QDir::toNativeSeparators(m_path))
                               .arg(version)
                               .arg(latestVersion()));
}

void Migrator::migrateTo(int targetVersion)
{
    checkCompatible();
    const int from = currentVersion();
    if (targetVersion <= from)
        return;
    if (from > 0)
        backup(from);
    // SQLite ignores foreign_keys inside a transaction, so switch it off around the migrations:
    // a table rebuilt by a migration must not cascade into its children. foreign_key_check before
    // each commit still refuses a migration that breaks a link.
    QSqlQuery pragma(m_db);
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    const auto restoreForeignKeys = qScopeGuard([this] {
        QSqlQuery on(m_db);
        on.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    });
    for (const Migration &migration : migrations()) {
        if (migration.version > from && migration.version <= targetVersion)
            apply(migration);
    }
}

void Migrator::backup(int fromVersion)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.v%2-%3.bak").arg(m_path).arg(fromVersion).arg(stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.v%2-%3-%4.bak").arg(m_path).arg(fromVersion).arg(stamp).arg(n);

    // VACUUM INTO writes a consistent copy even while the WAL holds recent commits.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec()) {
        QFile::remove(target);
        throw StorageError::fromSqlError(query.lastError(),
                                         tr("Writing a backup before upgrading the database to %1")
                                             .arg(QDir::toNativeSeparators(target)));
    }
    m_backupPath = target;
}

void Migrator::apply(const Migration &migration)
{
    QFile file(migration.resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::Migration, tr("Migration %1 is missing from this build.").arg(migration.version));
    const QString script = QString::fromUtf8(file.readAll());

    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    for (const QString &statement : splitStatements(script)) {
        if (!query.exec(statement)) {
            const StorageError cause = StorageError::fromSqlError(query.lastError(), QString());
            throw StorageError(StorageError::Kind::Migration,
                               tr("Upgrading the database to schema version %1 (%2) failed: %3 "
                                  "The file was left as it was.")
                                   .arg(migration.version)
                                   .arg(migration.name, cause.message()));
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        throw StorageError::fromSqlError(query.lastError(), tr("Checking the upgraded database"));
    if (query.next())
        throw StorageError(StorageError::Kind::Migration,
                           tr("Upgrading the database to schema version %1 would break a link between "
                              "records in table %2. The file was left as it was.")
                               .arg(migration.version)
                               .arg(query.value(0).toString()));
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)))
        throw StorageError::fromSqlError(query.lastError(), tr("Recording the schema version"));
    transaction.commit();
}

QStringList Migrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            while (i < n && script.at(i) != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'/' && i + 1 < n && script.at(i + 1) == u'*') {
            i += 2;
            while (i + 1 < n && !(script.at(i) == u'*' && script.at(i + 1) == u'/'))
                ++i;
            ++i;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? QChar(u']') : c;
            current += c;
            for (++i; i < n; ++i) {
                current += script.at(i);
                if (script.at(i) == close)
                    break;
            }
            continue;
        }
        if (c == u';') {
            const QString trimmed = current.trimmed();
            if (isTriggerStatement(trimmed) && !endsWithEnd(trimmed)) {
                current += c;
                continue;
            }
            if (!trimmed.isEmpty())
                statements.append(trimmed);
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace anchor::storage
