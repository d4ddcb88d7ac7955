// Migrations, the backup written before them, and every file the database refuses to open:
// each refusal has a clear message and leaves the file byte-for-byte as it was.
#include <database.h>
#include <migrator.h>
#include <storageerror.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using anchor::storage::Database;
using anchor::storage::Migrator;
using anchor::storage::StorageError;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Opens expecting a refusal of the given kind; returns its message.
QString refusal(const QString &path, StorageError::Kind kind, Database::OpenOptions options = {})
{
    try {
        Database::open(path, options);
    } catch (const StorageError &error) {
        if (error.kind() != kind)
            qWarning("unexpected kind %d: %s", int(error.kind()), qPrintable(error.message()));
        return error.kind() == kind ? error.message() : QString();
    }
    return {};
}

void run(Database &db, const QString &statement)
{
    QSqlQuery query(db.connection());
    if (!query.exec(statement))
        qFatal("%s", qPrintable(statement));
}

} // namespace

class MigrationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAFreshDatabaseAtTheLatestVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        Database db = Database::open(path);
        QCOMPARE(db.schemaVersion(), Migrator::latestVersion());
        QVERIFY(Migrator::latestVersion() >= 2);
        QVERIFY(db.lastBackupPath().isEmpty());   // nothing to back up in a new file
        db.releaseThreadConnection();
    }

    void migratesAVersionOneDatabaseWithDataIntact()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database v1 = Database::open(path, {.createIfMissing = true, .targetVersion = 1, .migrate = true});
            QCOMPARE(v1.schemaVersion(), 1);
            run(v1, QStringLiteral("INSERT INTO users (id, email, role) VALUES ('u1', 'office@smile.example', 'client')"));
            run(v1, QStringLiteral("INSERT INTO client_profiles (user_id, client_type) VALUES ('u1', 'medical')"));
            run(v1, QStringLiteral(
                "INSERT INTO call_logs (id, owner_user_id, call_id, direction, from_number, started_at, duration_sec, score, meta) "
                "VALUES ('k1', 'u1', '9001', 'inbound', '+13035550142', '2025-03-04T15:00:00.000Z', 312, 4, "
                "json_object('category', 'very_good', 'caller_name', 'Siobhán O''Connor', 'transcript', "
                "'Caller: I would like Invisalign', 'classification_summary', 'Ready to book', 'agent', 'Dana'))"));
            run(v1, QStringLiteral("INSERT INTO lead_notes (id, owner_user_id, call_id, note_type, body) "
                                   "VALUES ('n1', 'u1', '9001', 'call', 'Booked consult for Tuesday')"));
            v1.releaseThreadConnection();
        }

        Database current = Database::open(path);
        QCOMPARE(current.schemaVersion(), Migrator::latestVersion());
        QSqlQuery q(current.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT call_id, score, duration_sec, category, caller_name, transcript, "
                                      "classification_summary, json_extract(meta, '$.agent'), json_extract(meta, '$.category') "
                                      "FROM call_logs")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("9001"));
        QCOMPARE(q.value(1).toInt(), 4);
        QCOMPARE(q.value(2).toInt(), 312);
        QCOMPARE(q.value(3).toString(), QStringLiteral("very_good"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("Siobhán O'Connor"));
        QCOMPARE(q.value(5).toString(), QStringLiteral("Caller: I would like Invisalign"));
        QCOMPARE(q.value(6).toString(), QStringLiteral("Ready to book"));
        QCOMPARE(q.value(7).toString(), QStringLiteral("Dana"));   // the rest of meta stays
        QVERIFY(q.value(8).isNull());                             // moved fields leave meta
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM lead_notes")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // The search index covers what was there before the upgrade, notes included.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM leads_fts WHERE leads_fts MATCH 'siobhan AND invisalign AND tuesday'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        // The backup beside the file is the version 1 database with its data.
        const QString backup = current.lastBackupPath();
        QVERIFY(!backup.isEmpty());
        QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(path).absolutePath());
        current.releaseThreadConnection();
        Database old = Database::open(backup, {.createIfMissing = false, .targetVersion = 1, .migrate = true});
        QCOMPARE(old.schemaVersion(), 1);
        QSqlQuery oq(old.connection());
        QVERIFY(oq.exec(QStringLiteral("SELECT json_extract(meta, '$.caller_name') FROM call_logs")) && oq.next());
        QCOMPARE(oq.value(0).toString(), QStringLiteral("Siobhán O'Connor"));
        old.releaseThreadConnection();
    }

    void refusesANewerSchemaUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            Database db = Database::open(path);
            run(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            run(db, QStringLiteral("PRAGMA journal_mode = DELETE"));
            run(db, QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 1));
            db.releaseThreadConnection();
        }
        const QByteArray before = fileHash(path);
        const QString message = refusal(path, StorageError::Kind::NewerSchema);
        QVERIFY2(message.contains(QStringLiteral("newer version")), qPrintable(message));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesAFileThatIsNotSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,phone\nJane,555-0100\n");
        file.close();
        const QByteArray before = fileHash(path);
        const QString message = refusal(path, StorageError::Kind::NotADatabase);
        QVERIFY2(message.contains(QStringLiteral("not an Anchor CRM database")), qPrintable(message));
        QCOMPARE(fileHash(path), before);
    }

    void refusesACorruptFileUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            Database db = Database::open(path);
            run(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            run(db, QStringLiteral("PRAGMA journal_mode = DELETE"));
            db.releaseThreadConnection();
        }
        // Keep the header, scribble over the schema pages.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100);
        file.write(QByteArray(8000, '\x5a'));
        file.close();
        const QByteArray before = fileHash(path);
        const QString message = refusal(path, StorageError::Kind::Corrupt);
        QVERIFY2(message.contains(QStringLiteral("damaged")), qPrintable(message));
        QCOMPARE(fileHash(path), before);
    }

    void refusesAMissingFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/anchor.sqlite"));
        const QString message = refusal(path, StorageError::Kind::CannotOpen);
        QVERIFY2(message.contains(QStringLiteral("does not exist")), qPrintable(message));
        QVERIFY(!QFile::exists(path));
    }

    void refusesAnUnwritableFolder()
    {
        QString path;
        QTemporaryDir dir;
        if (geteuid() == 0) {
            // Root may write anywhere on a normal file system; /proc takes no new files even from root.
            path = QStringLiteral("/proc/anchor-test.sqlite");
        } else {
            QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
            path = dir.filePath(QStringLiteral("anchor.sqlite"));
        }
        const QString message = refusal(path, StorageError::Kind::CannotOpen);
        QVERIFY2(!message.isEmpty(), "an unwritable folder must be refused with a message");
        QVERIFY(!QFile::exists(path));
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void refusesAMissingFileWhenNotCreating()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
        const QString message = refusal(path, StorageError::Kind::NotFound, {.createIfMissing = false, .targetVersion = -1, .migrate = false});
        QVERIFY(message.contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(MigrationsTest)
#include "tst_migrations.moc"
