// The SQLite file holds seed 000's whole schema map, its rules reject bad values, and the
// search index follows every change to calls and notes.
#include "testdatabase.h"

#include <migrator.h>

#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using anchor::testing::TestDatabase;

class SchemaTest : public QObject
{
    Q_OBJECT

private:
    bool accepts(TestDatabase &db, const QString &statement, const QVariantList &values = {})
    {
        QSqlQuery query(db.database().connection());
        query.prepare(statement);
        for (const QVariant &v : values)
            query.addBindValue(v);
        return query.exec();
    }

    QList<qint64> searchRowIds(TestDatabase &db, const QString &match)
    {
        QSqlQuery query(db.database().connection());
        query.prepare(QStringLiteral("SELECT rowid FROM leads_fts WHERE leads_fts MATCH ? ORDER BY rowid"));
        query.addBindValue(match);
        query.exec();
        QList<qint64> ids;
        while (query.next())
            ids.append(query.value(0).toLongLong());
        return ids;
    }

private Q_SLOTS:
    void holdsEverySeedTableAndColumn()
    {
        QFile fixture(QStringLiteral(ANCHOR_SOURCE_DIR "/tests/fixtures/seed000_schema.tsv"));
        QVERIFY(fixture.open(QIODevice::ReadOnly | QIODevice::Text));
        QHash<QString, QStringList> expected;
        while (!fixture.atEnd()) {
            const QString line = QString::fromUtf8(fixture.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QStringList parts = line.split(u'\t');
            QVERIFY2(parts.size() >= 2, qPrintable(line));
            expected[parts.at(0)].append(parts.at(1));
        }
        QCOMPARE(expected.size(), 54);

        TestDatabase db;
        QSqlQuery query(db.database().connection());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QVERIFY(query.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(it.key())));
            QSet<QString> columns;
            while (query.next())
                columns.insert(query.value(0).toString());
            QVERIFY2(!columns.isEmpty(), qPrintable(QStringLiteral("missing table ") + it.key()));
            for (const QString &column : it.value())
                QVERIFY2(columns.contains(column), qPrintable(QStringLiteral("missing column %1.%2").arg(it.key(), column)));
        }
    }

    void holdsTheExtraTables()
    {
        TestDatabase db;
        const QStringList extra = {
            QStringLiteral("journey_templates"), QStringLiteral("journey_template_steps"), QStringLiteral("email_templates"),
            QStringLiteral("email_campaigns"), QStringLiteral("campaign_recipients"), QStringLiteral("email_jobs"),
            QStringLiteral("email_job_items"), QStringLiteral("email_tracking"), QStringLiteral("unsubscribes"),
            QStringLiteral("segments"), QStringLiteral("sync_cursors"), QStringLiteral("sync_outbox"),
            QStringLiteral("leads_fts")};
        for (const QString &table : extra)
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = ?"), {table}).toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA user_version")).toInt(), anchor::storage::Migrator::latestVersion());
    }

    void opensWithTheDesignPragmas()
    {
        TestDatabase db;
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 1);   // NORMAL
        QVERIFY(db.scalar(QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
    }

    void rejectsBadValues_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QVariantList>("values");
        QTest::newRow("user role") << QStringLiteral("INSERT INTO users (email, role) VALUES ('a@b.c', 'owner')") << QVariantList{};
        QTest::newRow("call direction") << QStringLiteral("UPDATE call_logs SET direction = 'sideways'") << QVariantList{};
        QTest::newRow("category") << QStringLiteral("UPDATE call_logs SET category = 'lukewarm'") << QVariantList{};
        QTest::newRow("stars 6") << QStringLiteral("UPDATE call_logs SET score = 6") << QVariantList{};
        QTest::newRow("caller type") << QStringLiteral("UPDATE call_logs SET caller_type = 'stranger'") << QVariantList{};
        QTest::newRow("boolean 2") << QStringLiteral("UPDATE call_logs SET category_manual = 2") << QVariantList{};
        QTest::newRow("meta not JSON") << QStringLiteral("UPDATE call_logs SET meta = '{oops'") << QVariantList{};
        QTest::newRow("note type") << QStringLiteral("INSERT INTO lead_notes (owner_user_id, call_id, note_type, body) "
                                                     "SELECT owner_user_id, call_id, 'fax', 'x' FROM call_logs") << QVariantList{};
        QTest::newRow("journey status") << QStringLiteral("INSERT INTO client_journeys (owner_user_id, status) "
                                                          "SELECT owner_user_id, 'maybe' FROM call_logs") << QVariantList{};
        QTest::newRow("campaign status") << QStringLiteral("INSERT INTO email_campaigns (client_id, name, status) "
                                                           "SELECT owner_user_id, 'x', 'exploded' FROM call_logs") << QVariantList{};
        QTest::newRow("duplicate call id") << QStringLiteral("INSERT INTO call_logs (owner_user_id, call_id) "
                                                             "SELECT owner_user_id, call_id FROM call_logs") << QVariantList{};
        QTest::newRow("tag of unknown call") << QStringLiteral("INSERT INTO call_log_tags (call_id, tag_id) VALUES ('nope', 'nope')") << QVariantList{};
        QTest::newRow("outbox payload") << QStringLiteral("INSERT INTO sync_outbox (target, operation, entity_key, payload) "
                                                          "VALUES ('ctm', 'ctm_set_rating', 'c1', 'not json')") << QVariantList{};
    }

    void rejectsBadValues()
    {
        QFETCH(QString, statement);
        QFETCH(QVariantList, values);
        TestDatabase db;
        const QString client = db.addClient(QStringLiteral("Bright Smile Dental"));
        db.addCall({QStringLiteral("c1"), client, QStringLiteral("2026-01-02T10:00:00.000Z")});
        QVERIFY2(!accepts(db, statement, values), qPrintable(statement));
        // The row that was there is unchanged.
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM call_logs")).toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT category FROM call_logs")).toString(), QStringLiteral("unreviewed"));
    }

    void searchIndexFollowsCallsAndNotes()
    {
        TestDatabase db;
        const QString client = db.addClient(QStringLiteral("Summit Roofing"));
        TestDatabase::Call call{QStringLiteral("c1"), client, QStringLiteral("2026-01-02T10:00:00.000Z")};
        call.callerName = QStringLiteral("Zoë Müller");
        call.fromNumber = QStringLiteral("+1 (303) 555-0142");
        call.transcript = QStringLiteral("Caller: the roof over the garage leaks");
        call.summary = QStringLiteral("Storm damage inspection wanted");
        db.addCall(call);
        const qint64 rowId = db.scalar(QStringLiteral("SELECT rowid FROM call_logs WHERE call_id = 'c1'")).toLongLong();

        QCOMPARE(searchRowIds(db, QStringLiteral("zoe")), QList<qint64>{rowId});        // diacritics folded
        QCOMPARE(searchRowIds(db, QStringLiteral("garage")), QList<qint64>{rowId});     // transcript
        QCOMPARE(searchRowIds(db, QStringLiteral("storm")), QList<qint64>{rowId});      // summary
        QCOMPARE(searchRowIds(db, QStringLiteral("5550142")), QList<qint64>{rowId});    // digits of the number
        QCOMPARE(searchRowIds(db, QStringLiteral("3035550142")), QList<qint64>{rowId}); // last ten digits

        db.exec(QStringLiteral("UPDATE call_logs SET caller_name = 'Jonas Berg' WHERE call_id = 'c1'"));
        QVERIFY(searchRowIds(db, QStringLiteral("zoe")).isEmpty());
        QCOMPARE(searchRowIds(db, QStringLiteral("jonas")), QList<qint64>{rowId});

        db.exec(QStringLiteral("INSERT INTO lead_notes (id, owner_user_id, call_id, note_type, body) "
                               "VALUES ('n1', ?, 'c1', 'note', 'Prefers a Thursday appointment')"), {client});
        QCOMPARE(searchRowIds(db, QStringLiteral("thursday")), QList<qint64>{rowId});
        db.exec(QStringLiteral("UPDATE lead_notes SET body = 'Prefers Friday' WHERE id = 'n1'"));
        QVERIFY(searchRowIds(db, QStringLiteral("thursday")).isEmpty());
        QCOMPARE(searchRowIds(db, QStringLiteral("friday")), QList<qint64>{rowId});
        db.exec(QStringLiteral("DELETE FROM lead_notes WHERE id = 'n1'"));
        QVERIFY(searchRowIds(db, QStringLiteral("friday")).isEmpty());

        db.exec(QStringLiteral("DELETE FROM call_logs WHERE call_id = 'c1'"));
        QVERIFY(searchRowIds(db, QStringLiteral("jonas")).isEmpty());
        QVERIFY(accepts(db, QStringLiteral("INSERT INTO leads_fts(leads_fts, rank) VALUES ('integrity-check', 1)")));
    }

    void searchIndexSurvivesVacuumInto()
    {
        TestDatabase db;
        const QString client = db.addClient(QStringLiteral("Summit Roofing"));
        for (int i = 0; i < 20; ++i) {
            TestDatabase::Call call{QStringLiteral("c%1").arg(i), client, QStringLiteral("2026-01-02T10:00:00.000Z")};
            call.callerName = QStringLiteral("Caller%1").arg(i);
            db.addCall(call);
        }
        db.exec(QStringLiteral("DELETE FROM call_logs WHERE call_id IN ('c1', 'c5', 'c7')"));
        const QString copy = db.folder() + QStringLiteral("/copy.sqlite");
        db.exec(QStringLiteral("VACUUM INTO ?"), {copy});

        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("vacuum-copy"));
        other.setDatabaseName(copy);
        QVERIFY(other.open());
        {
            QSqlQuery query(other);
            QVERIFY(query.exec(QStringLiteral("SELECT c.call_id FROM leads_fts f JOIN call_logs c ON c.rowid = f.rowid "
                                              "WHERE leads_fts MATCH 'caller12'")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("c12"));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO leads_fts(leads_fts, rank) VALUES ('integrity-check', 1)")));
        }
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("vacuum-copy"));
    }

    void splitsScriptsIntoStatements()
    {
        const QString script = QStringLiteral(
            "-- a comment; with a semicolon\n"
            "CREATE TABLE a (x TEXT DEFAULT 'semi;colon');\n"
            "/* block; comment */ CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
            "  UPDATE a SET x = 'y;z';\n"
            "  DELETE FROM a WHERE x = 'end';\n"
            "END;\n"
            "INSERT INTO a VALUES ('it''s; fine');");
        const QStringList statements = anchor::storage::Migrator::splitStatements(script);
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(0).startsWith(QStringLiteral("CREATE TABLE a")));
        QVERIFY(statements.at(1).startsWith(QStringLiteral("CREATE TRIGGER t")));
        QVERIFY(statements.at(1).endsWith(QStringLiteral("END")));
        QCOMPARE(statements.at(2), QStringLiteral("INSERT INTO a VALUES ('it''s; fine')"));
    }
};

QTEST_GUILESS_MAIN(SchemaTest)
#include "tst_schema.moc"
