// The repositories behind the leads list: the list query's filters, sorts and paging, and the
// edits (one transaction each, rolled back whole on failure).
#include "testdatabase.h"

#include <callrepository.h>
#include <clientrepository.h>
#include <leadannotationrepositories.h>
#include <sqlhelpers.h>
#include <storageerror.h>
#include <timestamps.h>
#include <transaction.h>

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QThread>

using namespace anchor::storage;
using anchor::testing::TestDatabase;

class RepositoriesTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_dental;
    QString m_roofing;

    QStringList callIds(const LeadFilter &filter, LeadSort sort = {}, int limit = 100, qint64 offset = 0)
    {
        QStringList ids;
        for (const LeadRow &row : CallRepository(m_db->database()).page({filter, sort, limit, offset}))
            ids.append(row.callId);
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_dental = m_db->addClient(QStringLiteral("Bright Smile Dental"), QStringLiteral("ctm-77"));
        m_roofing = m_db->addClient(QStringLiteral("Summit Roofing"));
        auto call = [&](const char *id, const QString &client, const char *when, const char *category, QVariant stars,
                        int duration, const char *name, const char *type = "new", const char *source = "Google Ads") {
            TestDatabase::Call c{QString::fromLatin1(id), client, QString::fromLatin1(when)};
            c.category = QString::fromLatin1(category);
            c.score = stars;
            c.durationSec = duration;
            c.callerName = QString::fromUtf8(name);
            c.callerType = QString::fromLatin1(type);
            c.source = QString::fromLatin1(source);
            m_db->addCall(c);
        };
        call("a", m_dental, "2026-01-01T09:00:00.000Z", "warm", 3, 120, "Ana Smith");
        call("b", m_dental, "2026-01-02T09:00:00.000Z", "warm", 3, 600, "Łukasz Nowak", "repeat");
        call("c", m_dental, "2026-01-03T09:00:00.000Z", "spam", 1, 20, "Wireless Caller", "new", "Facebook");
        call("d", m_roofing, "2026-01-04T09:00:00.000Z", "very_good", 4, 300, "Kenji Smith");
        call("e", m_roofing, "2026-01-05T09:00:00.000Z", "voicemail", QVariant(), 45, "Zoë Martin", "returning_customer");
        call("f", m_roofing, "2026-01-06T09:00:00.000Z", "warm", QVariant(), 240, "", "new", "Website");
    }

    void cleanup() { m_db.reset(); }

    void listsNewestFirstByDefault()
    {
        QCOMPARE(callIds({}), (QStringList{"f", "e", "d", "c", "b", "a"}));
    }

    void filters_data()
    {
        QTest::addColumn<LeadFilter>("filter");
        QTest::addColumn<QStringList>("expected");
        LeadFilter f;
        f.categories = {QStringLiteral("warm")};
        QTest::newRow("category") << f << QStringList{"f", "b", "a"};
        f = {};
        f.minStars = 3;
        QTest::newRow("min stars") << f << QStringList{"d", "b", "a"};
        f = {};
        f.minStars = 1;
        f.maxStars = 3;
        QTest::newRow("star range") << f << QStringList{"c", "b", "a"};
        f = {};
        f.callerTypes = {QStringLiteral("repeat"), QStringLiteral("returning_customer")};
        QTest::newRow("caller types") << f << QStringList{"e", "b"};
        f = {};
        f.sources = {QStringLiteral("Facebook")};
        QTest::newRow("source") << f << QStringList{"c"};
        f = {};
        f.text = QStringLiteral("smith");
        QTest::newRow("search") << f << QStringList{"d", "a"};
        f = {};
        f.text = QStringLiteral("nowa");
        QTest::newRow("search prefix") << f << QStringList{"b"};
        f = {};
        f.text = QStringLiteral("zoe");
        QTest::newRow("search folds diacritics") << f << QStringList{"e"};
        f = {};
        f.text = QStringLiteral("\"smith OR NEAR(");   // FTS syntax in user text is just text
        QTest::newRow("search syntax-proof") << f << QStringList{};
        f = {};
        f.from = QDateTime(QDate(2026, 1, 2), QTime(0, 0), Qt::UTC);
        f.to = QDateTime(QDate(2026, 1, 4), QTime(0, 0), Qt::UTC);
        QTest::newRow("date range") << f << QStringList{"c", "b"};
    }

    void filters()
    {
        QFETCH(LeadFilter, filter);
        QFETCH(QStringList, expected);
        QCOMPARE(callIds(filter), expected);
        QCOMPARE(CallRepository(m_db->database()).count(filter), expected.size());
    }

    void searchGivesTheSameRowsWhicheverPlanRuns()
    {
        // With a page of one row the vocabulary estimate picks the index walk; with a big page,
        // sorting the matches. Both must list the same leads in the same order.
        LeadFilter smith;
        smith.text = "smith";
        QCOMPARE(callIds(smith, {}, 1, 0), QStringList{"d"});
        QCOMPARE(callIds(smith, {}, 1, 1), QStringList{"a"});
        QCOMPARE(callIds(smith, {}, 100, 0), (QStringList{"d", "a"}));
        QCOMPARE(ftsSearchTokens("Zoë Smith-Jones 555"), (QStringList{"zoe", "smith", "jones", "555"}));
    }

    void filtersByClientTagAndStage()
    {
        LeadFilter byClient;
        byClient.clientIds = {m_roofing};
        QCOMPARE(callIds(byClient), (QStringList{"f", "e", "d"}));

        TagRepository tags(m_db->database());
        const QString urgent = tags.create(m_dental, QStringLiteral("Urgent"), QStringLiteral("#d93025"));
        tags.addToCalls(urgent, {QStringLiteral("a"), QStringLiteral("c")});
        tags.addToCalls(urgent, {QStringLiteral("a")});   // a second time changes nothing
        LeadFilter byTag;
        byTag.tagIds = {urgent};
        QCOMPARE(callIds(byTag), (QStringList{"c", "a"}));
        QCOMPARE(tags.forCall(QStringLiteral("a")).size(), 1);
        QCOMPARE(CallRepository(m_db->database()).findByCallId(QStringLiteral("a"))->tags.first().name, QStringLiteral("Urgent"));
        tags.removeFromCalls(urgent, {QStringLiteral("c")});
        QCOMPARE(callIds(byTag), (QStringList{"a"}));
        QVERIFY_THROWS_EXCEPTION(StorageError, tags.create(m_dental, QStringLiteral("urgent"), {}));

        PipelineStageRepository stages(m_db->database());
        const QString won = stages.create({{}, m_dental, QStringLiteral("Won"), QStringLiteral("#1e8e3e"), 5, true, false});
        CallRepository(m_db->database()).setStage({QStringLiteral("b")}, won);
        LeadFilter byStage;
        byStage.stageIds = {won};
        QCOMPARE(callIds(byStage), (QStringList{"b"}));
        QCOMPARE(stages.idsNamed(QStringLiteral("won")), QStringList{won});
    }

    void sortsByEveryColumn_data()
    {
        QTest::addColumn<QString>("sort");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("duration desc") << "duration:desc" << QStringList{"b", "d", "f", "a", "e", "c"};
        QTest::newRow("duration asc") << "duration" << QStringList{"c", "e", "a", "f", "d", "b"};
        QTest::newRow("stars desc") << "stars:desc" << QStringList{"d", "b", "a", "c", "f", "e"};
        // NOCASE folds ASCII only: "Łukasz" sorts after "Z" (code point order).
        QTest::newRow("caller asc") << "caller:asc" << QStringList{"f", "a", "d", "c", "e", "b"};
        QTest::newRow("client asc") << "client:asc" << QStringList{"a", "b", "c", "d", "e", "f"};
        QTest::newRow("category asc") << "category:asc" << QStringList{"c", "d", "e", "a", "b", "f"};
        QTest::newRow("source desc") << "source:desc" << QStringList{"f", "e", "d", "b", "a", "c"};
        QTest::newRow("date asc") << "date:asc" << QStringList{"a", "b", "c", "d", "e", "f"};
    }

    void sortsByEveryColumn()
    {
        QFETCH(QString, sort);
        QFETCH(QStringList, expected);
        const auto parsed = LeadColumns::parseSort(sort);
        QVERIFY(parsed.has_value());
        QCOMPARE(callIds({}, *parsed), expected);
    }

    void everyColumnSorts()
    {
        for (int c = 0; c < int(LeadColumn::Count); ++c) {
            const LeadSort sort{LeadColumn(c), Qt::AscendingOrder};
            QCOMPARE(callIds({}, sort).size(), 6);
        }
        QVERIFY(!LeadColumns::parseSort(QStringLiteral("loudness")).has_value());
        QVERIFY(!LeadColumns::parseSort(QStringLiteral("duration:sideways")).has_value());
    }

    void pagesWithOffset()
    {
        QCOMPARE(callIds({}, {}, 2, 0), (QStringList{"f", "e"}));
        QCOMPARE(callIds({}, {}, 2, 2), (QStringList{"d", "c"}));
        QCOMPARE(callIds({}, {}, 2, 4), (QStringList{"b", "a"}));
        QVERIFY(callIds({}, {}, 2, 6).isEmpty());
    }

    void streamsEveryRowAndStops()
    {
        CallRepository calls(m_db->database());
        QStringList seen;
        calls.forEach({}, {}, [&](const LeadRow &row) { seen.append(row.callId); return true; });
        QCOMPARE(seen.size(), 6);
        seen.clear();
        calls.forEach({}, {}, [&](const LeadRow &row) { seen.append(row.callId); return seen.size() < 2; });
        QCOMPARE(seen, (QStringList{"f", "e"}));
    }

    void fiveStarsConvertsAndQueuesThePush()
    {
        CallRepository calls(m_db->database());
        calls.setStars({QStringLiteral("a"), QStringLiteral("d")}, 5);
        const LeadRow a = *calls.findByCallId(QStringLiteral("a"));
        QCOMPARE(a.stars, 5);
        QCOMPARE(a.category, QStringLiteral("converted"));
        QVERIFY(a.categoryManual);
        // Only the dental client syncs with CTM, so only its call waits in the outbox.
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")).toInt(), 1);
        calls.setStars({QStringLiteral("a")}, 2);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE status = 'pending'")).toInt(), 1);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT json_extract(payload, '$.score') FROM sync_outbox")).toInt(), 2);
        QCOMPARE(calls.findByCallId(QStringLiteral("a"))->category, QStringLiteral("converted"));   // converted stays manual
        QVERIFY_THROWS_EXCEPTION(StorageError, calls.setStars({QStringLiteral("a")}, 6));
    }

    void setsCategoryAsManual()
    {
        CallRepository calls(m_db->database());
        calls.setCategory({QStringLiteral("c"), QStringLiteral("e")}, QStringLiteral("needs_attention"));
        QCOMPARE(calls.findByCallId(QStringLiteral("e"))->category, QStringLiteral("needs_attention"));
        QVERIFY(calls.findByCallId(QStringLiteral("e"))->categoryManual);
        QVERIFY_THROWS_EXCEPTION(StorageError, calls.setCategory({QStringLiteral("c")}, QStringLiteral("lukewarm")));
    }

    void notesAddEditDelete()
    {
        NoteRepository notes(m_db->database());
        const QString id = notes.add(QStringLiteral("a"), QStringLiteral("sms"), QStringLiteral("Texted the price list"), {});
        QCOMPARE(notes.forCall(QStringLiteral("a")).size(), 1);
        LeadFilter search;
        search.text = QStringLiteral("price list");
        QCOMPARE(callIds(search), QStringList{"a"});
        notes.update(id, QStringLiteral("email"), QStringLiteral("Emailed the brochure"));
        QCOMPARE(notes.forCall(QStringLiteral("a")).first().noteType, QStringLiteral("email"));
        QVERIFY(callIds(search).isEmpty());
        notes.remove(id);
        QVERIFY(notes.forCall(QStringLiteral("a")).isEmpty());
        QVERIFY_THROWS_EXCEPTION(StorageError, notes.add(QStringLiteral("a"), QStringLiteral("fax"), QStringLiteral("x"), {}));
        QVERIFY_THROWS_EXCEPTION(StorageError, notes.add(QStringLiteral("nope"), QStringLiteral("note"), QStringLiteral("x"), {}));
    }

    void savedViewsKeepOneDefault()
    {
        const QString me = UserRepository(m_db->database()).ensureLocalUser();
        QCOMPARE(UserRepository(m_db->database()).ensureLocalUser(), me);   // created once
        SavedViewRepository views(m_db->database());
        LeadFilter hot;
        hot.categories = {QStringLiteral("very_good"), QStringLiteral("warm")};
        hot.minStars = 3;
        const QString first = views.save(me, QStringLiteral("Hot leads"), hot);
        const QString second = views.save(me, QStringLiteral("Everything"), {});
        views.setDefault(me, first);
        views.setDefault(me, second);
        QCOMPARE(views.defaultView(me)->id, second);
        views.rename(first, QStringLiteral("Hot"));
        const auto all = views.forOwner(me);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(1).name, QStringLiteral("Hot"));
        QCOMPARE(all.at(1).filter, hot);   // the filter survives the JSON round trip
        views.remove(second);
        QVERIFY(!views.defaultView(me).has_value());
        QVERIFY_THROWS_EXCEPTION(StorageError, views.rename(second, QStringLiteral("gone")));
    }

    void clientsResolveByIdOrName()
    {
        ClientRepository clients(m_db->database());
        QCOMPARE(clients.list().size(), 2);
        QCOMPARE(clients.resolve(QStringLiteral("summit roofing")).id, m_roofing);
        QCOMPARE(clients.resolve(m_dental).name, QStringLiteral("Bright Smile Dental"));
        QVERIFY_THROWS_EXCEPTION(StorageError, clients.resolve(QStringLiteral("Nobody")));
    }

    void keyListsReachSqliteIntact()
    {
        const QStringList values{QStringLiteral("plain-id"), QString(), QStringLiteral("quote \" and \\ backslash"),
                                 QStringLiteral("tab\tnew\nline\x01"), QStringLiteral("Zoë ✓ 😀"), QStringLiteral("[1,2]")};
        QSqlQuery query = sql::run(m_db->database().connection(), QStringLiteral("SELECT value FROM json_each(?) ORDER BY key"),
                                   {sql::jsonArray(values)}, QStringLiteral("Testing"));
        QStringList back;
        while (query.next())
            back.append(query.value(0).toString());
        QCOMPARE(back, values);
        QCOMPARE(sql::jsonArray({}), QStringLiteral("[]"));
    }

    void bulkInsertsStoreWhatQtWouldStore()
    {
        // The same rows through SQLite's own API and through QSqlQuery give the same table,
        // value for value and type for type.
        m_db->exec("CREATE TABLE native_rows (a TEXT, b INTEGER, c REAL, d TEXT CHECK (d IS NULL OR json_valid(d)), e TEXT)");
        m_db->exec("CREATE TABLE qt_rows (a TEXT, b INTEGER, c REAL, d TEXT CHECK (d IS NULL OR json_valid(d)), e TEXT)");
        QList<QVariantList> rows;
        for (int i = 0; i < 341; ++i)   // 256 + 64 + 16 + 4 + 1
            rows.append({i % 3 == 0 ? QVariant(QStringLiteral("Zoë ✓ 😀 %1").arg(i)) : i % 3 == 1 ? QVariant(QString()) : QVariant(QStringLiteral("")),
                         i % 2 ? QVariant(qint64(i) << 33) : QVariant(i % 4 == 0), QVariant(i / 7.0),
                         i % 5 ? QVariant(QByteArray("{\"n\":") + QByteArray::number(i) + "}") : QVariant(),
                         i % 4 ? QVariant() : QVariant(QDate(2026, 1, 1 + i % 28))});
        const QStringList columns{"a", "b", "c", "d", "e"};
        const QStringList values{"?", "?", "?", QLatin1String(sql::kBytesAsText), "?"};
        const QSqlDatabase db = m_db->database().connection();
        sql::MultiRowInserter native(QStringLiteral("INSERT"), QStringLiteral("native_rows"), columns, values);
        sql::MultiRowInserter viaQt(QStringLiteral("INSERT"), QStringLiteral("qt_rows"), columns, values);
        viaQt.setNativeAllowed(false);
#ifdef ANCHOR_NATIVE_SQLITE
        QVERIFY(native.usesNative(db));   // the build found Qt's SQLite shared: the fast path is taken
#endif
        QVERIFY(!viaQt.usesNative(db));
        native.insert(db, rows, QStringLiteral("Testing"));
        viaQt.insert(db, rows, QStringLiteral("Testing"));
        const QString dump = QStringLiteral("SELECT group_concat(quote(a) || typeof(a) || quote(b) || typeof(b) || quote(c) || "
                                            "quote(d) || typeof(d) || quote(e) || typeof(e), '|') FROM (SELECT * FROM %1 ORDER BY rowid)");
        const QString stored = m_db->scalar(dump.arg("native_rows")).toString();
        QCOMPARE(m_db->scalar("SELECT count(*) FROM native_rows").toInt(), rows.size());
        QCOMPARE(stored, m_db->scalar(dump.arg("qt_rows")).toString());
        QVERIFY(stored.contains(QStringLiteral("'Zoë ✓ 😀 3'text")));
        QVERIFY(stored.contains(QStringLiteral("'{\"n\":1}'text")));

        // A rejected value is a StorageError saying so, whichever way it went.
        const QList<QVariantList> bad{{QVariant(), QVariant(), QVariant(), QVariant(QByteArray("{not json")), QVariant()}};
        for (sql::MultiRowInserter *inserter : {&native, &viaQt}) {
            try {
                inserter->insert(db, bad, QStringLiteral("Testing"));
                QFAIL("a CHECK violation went through");
            } catch (const StorageError &error) {
                QCOMPARE(error.kind(), StorageError::Kind::Constraint);
                QVERIFY2(error.message().startsWith(QStringLiteral("Testing: ")), qPrintable(error.message()));
            }
        }
        QCOMPARE(m_db->scalar("SELECT count(*) FROM native_rows").toInt(), rows.size());

#ifdef ANCHOR_NATIVE_SQLITE
        // Too few values is refused, as Qt refuses it, rather than shifting columns.
        sql::NativeStatement statement(db, QStringLiteral("INSERT INTO native_rows (a, b) VALUES (?, ?)"));
        statement.bind(0, QStringLiteral("only one"));
        QVERIFY_THROWS_EXCEPTION(StorageError, statement.exec(QStringLiteral("Testing")));
        statement.bind(0, QStringLiteral("now"));
        statement.bind(1, 2);
        statement.exec(QStringLiteral("Testing"));   // and it is ready for the next values
        QCOMPARE(m_db->scalar("SELECT count(*) FROM native_rows").toInt(), rows.size() + 1);
#endif
    }

    void timestampsAreWrittenAsQtWritesThem()
    {
        QList<qint64> instants{0, -1, 1, 951'782'400'000, 951'868'799'999, 4'107'542'400'000, -62'135'596'800'000,
                               253'402'300'799'999, -86'400'000, 1'700'000'000'123};
        QRandomGenerator random(7);
        for (int i = 0; i < 20'000; ++i)
            instants.append(random.bounded(qint64(-62'135'596'800'000), qint64(253'402'300'799'999)));   // years 1 to 9999
        for (const qint64 ms : instants) {
            const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            QCOMPARE(toDbTimestamp(when), when.toString(Qt::ISODateWithMs));
            QCOMPARE(toDbTimestamp(when.toOffsetFromUtc(-5 * 3600)), when.toString(Qt::ISODateWithMs));
        }
        QCOMPARE(toDbTimestamp(QDateTime()), QString());
    }

    void idsAreTimeOrderedUuidsThatNeverRepeat()
    {
        // Version 7: made later sorts later (index-friendly), even many in one millisecond.
        static const QRegularExpression uuid7(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        QStringList ids;
        for (int i = 0; i < 20'000; ++i)
            ids.append(newId());
        for (int i = 0; i < ids.size(); ++i) {
            QVERIFY2(uuid7.match(ids.at(i)).hasMatch(), qPrintable(ids.at(i)));
            if (i > 0)
                QVERIFY2(ids.at(i - 1) < ids.at(i), qPrintable(ids.at(i - 1) + QLatin1String(" >= ") + ids.at(i)));
        }
        const qint64 stampedMs = ids.first().left(8).append(ids.first().mid(9, 4)).toLongLong(nullptr, 16);
        QVERIFY(qAbs(stampedMs - QDateTime::currentMSecsSinceEpoch()) < 60'000);

        // Two threads at once never make the same id.
        QStringList other;
        QThread *thread = QThread::create([&other] {
            for (int i = 0; i < 20'000; ++i)
                other.append(newId());
        });
        thread->start();
        QStringList mine;
        for (int i = 0; i < 20'000; ++i)
            mine.append(newId());
        thread->wait();
        delete thread;
        QSet<QString> all(mine.begin(), mine.end());
        all.unite(QSet<QString>(other.begin(), other.end()));
        QCOMPARE(all.size(), 40'000);
    }

    void transactionRollsBackWhole()
    {
        QSqlDatabase db = m_db->database().connection();
        {
            Transaction outer(db);
            m_db->exec(QStringLiteral("UPDATE call_logs SET duration_sec = 1 WHERE call_id = 'a'"));
            {
                Transaction inner(db);   // a savepoint
                m_db->exec(QStringLiteral("UPDATE call_logs SET duration_sec = 2 WHERE call_id = 'b'"));
                // not committed: rolled back to the savepoint
            }
            QCOMPARE(m_db->scalar(QStringLiteral("SELECT duration_sec FROM call_logs WHERE call_id = 'b'")).toInt(), 600);
            outer.commit();
        }
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT duration_sec FROM call_logs WHERE call_id = 'a'")).toInt(), 1);
        {
            Transaction t(db);
            m_db->exec(QStringLiteral("DELETE FROM call_logs"));
        }
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM call_logs")).toInt(), 6);
    }

    void stagesSaveAllOrNothing()
    {
        PipelineStageRepository stages(m_db->database());
        const QString kept = stages.create({{}, m_dental, "New", "#9aa0a6", 0, false, false});
        const QString removed = stages.create({{}, m_dental, "Old", "#9aa0a6", 1, false, false});
        // The second stage breaks a rule (won and lost): the removal and the first create roll back.
        QVERIFY_THROWS_EXCEPTION(StorageError,
            stages.saveAll(m_dental, {{kept, m_dental, "New", "#9aa0a6", 0, false, false},
                                      {{}, m_dental, "Broken", "#000000", 1, true, true}}, {removed}));
        QCOMPARE(stages.forClient(m_dental).size(), 2);
        const QStringList ids = stages.saveAll(m_dental, {{{}, m_dental, "Won", "#1e8e3e", 0, true, false},
                                                          {kept, m_dental, "New", "#9aa0a6", 1, false, false}}, {removed});
        QCOMPARE(ids.size(), 2);
        QCOMPARE(ids.at(1), kept);
        const auto saved = stages.forClient(m_dental);
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.first().name, "Won");   // list order became position order
    }

    void undoSurvivesADeletedStage()
    {
        PipelineStageRepository stages(m_db->database());
        const QString stage = stages.create({{}, m_dental, "Qualified", "#1a73e8", 0, false, false});
        CallRepository calls(m_db->database());
        calls.setStage({"a"}, stage);
        const auto snapshot = calls.states({"a"});
        calls.setStars({"a"}, 2);
        stages.remove(stage);
        calls.restore(snapshot);   // the stage is gone: restored as "no stage", stars still restored
        QCOMPARE(calls.findByCallId("a")->stars, 3);
        QVERIFY(calls.findByCallId("a")->stageId.isEmpty());
    }

    void batchEditIsAllOrNothing()
    {
        // The second update fails (the stage does not exist), so neither call changes.
        QVERIFY_THROWS_EXCEPTION(StorageError,
            CallRepository(m_db->database()).setStage({QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("no-such-stage")));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM call_logs WHERE pipeline_stage_id IS NOT NULL")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(RepositoriesTest)
#include "tst_repositories.moc"
