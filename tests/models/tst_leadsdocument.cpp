// Lead edits through the document: one transaction each, announced once, undone and redone
// exactly, and a failed edit leaves both the database and the undo stack as they were.
#include "testdatabase.h"

#include <callrepository.h>
#include <leadannotationrepositories.h>
#include <leadsdocument.h>
#include <translationloader.h>

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using anchor::models::LeadsDocument;
using anchor::testing::TestDatabase;

class LeadsDocumentTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_client;

    int stars(const QString &callId) { return m_db->scalar("SELECT coalesce(score, 0) FROM call_logs WHERE call_id = ?", {callId}).toInt(); }
    QString category(const QString &callId) { return m_db->scalar("SELECT category FROM call_logs WHERE call_id = ?", {callId}).toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        anchor::installTranslations(*QCoreApplication::instance());
    }

    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_client = m_db->addClient("Bright Smile Dental", "ctm-1");
        for (const char *id : {"a", "b", "c"}) {
            TestDatabase::Call call{QString::fromLatin1(id), m_client, "2026-01-01T10:00:00.000Z"};
            call.category = "warm";
            call.score = 3;
            m_db->addCall(call);
        }
    }
    void cleanup() { m_db.reset(); }

    void noteAlsoToCtmIsQueuedWithTheNote()
    {
        LeadsDocument document(m_db->database(), {});
        QVERIFY(document.addNote("a", "call", "Called back, booked for Friday.", true));
        QCOMPARE(m_db->scalar("SELECT json_extract(payload, '$.comments') FROM sync_outbox WHERE operation = 'ctm_add_note' "
                              "AND entity_key = 'a'").toString(), "Called back, booked for Friday.");

        // A client without CTM: nothing is saved, and the reason is given.
        const QString local = m_db->addClient("Local Bakery");
        m_db->addCall({"z", local, "2026-01-02T10:00:00.000Z"});
        QSignalSpy failed(&document, &LeadsDocument::editFailed);
        QVERIFY(!document.addNote("z", "note", "Hello", true));
        QVERIFY(failed.first().first().toString().contains("CallTrackingMetrics"));
        QCOMPARE(m_db->scalar("SELECT count(*) FROM lead_notes WHERE call_id = 'z'").toInt(), 0);
    }

    void starsUndoAndRedo()
    {
        LeadsDocument document(m_db->database(), {});
        QSignalSpy changed(&document, &LeadsDocument::leadsChanged);
        QVERIFY(document.setStars({"a"}, 4));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toStringList(), QStringList{"a"});
        QCOMPARE(stars("a"), 4);
        QCOMPARE(document.undoStack()->undoText(), "Set rating to 4 stars");
        document.undoStack()->undo();
        QCOMPARE(stars("a"), 3);
        QCOMPARE(changed.count(), 2);
        document.undoStack()->redo();
        QCOMPARE(stars("a"), 4);
        // The CTM push follows the rating: pending with the latest value.
        QCOMPARE(m_db->scalar("SELECT json_extract(payload, '$.score') FROM sync_outbox WHERE entity_key = 'a'").toInt(), 4);
    }

    void fiveStarsUndoRestoresTheCategory()
    {
        LeadsDocument document(m_db->database(), {});
        QVERIFY(document.setStars({"a", "b"}, 5));
        QCOMPARE(category("a"), "converted");
        QCOMPARE(document.undoStack()->undoText(), "Set rating of 2 leads to 5 stars");
        document.undoStack()->undo();   // one step for the bulk edit
        QCOMPARE(category("a"), "warm");
        QCOMPARE(category("b"), "warm");
        QCOMPARE(stars("b"), 3);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM call_logs WHERE category_manual = 1").toInt(), 0);
    }

    // The rating may already have reached CTM, so undoing it queues "unrated" (score 0) in
    // place of the pending push.
    void undoOfAFirstRatingQueuesUnrated()
    {
        m_db->exec("UPDATE call_logs SET score = NULL WHERE call_id = 'c'");
        LeadsDocument document(m_db->database(), {});
        QVERIFY(document.setStars({"c"}, 2));
        QCOMPARE(m_db->scalar("SELECT count(*) FROM sync_outbox WHERE entity_key = 'c'").toInt(), 1);
        document.undoStack()->undo();
        QCOMPARE(stars("c"), 0);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM sync_outbox WHERE entity_key = 'c'").toInt(), 1);
        QCOMPARE(m_db->scalar("SELECT json_extract(payload, '$.score') FROM sync_outbox WHERE entity_key = 'c'").toInt(), 0);
    }

    void bulkCategoryAndStage()
    {
        LeadsDocument document(m_db->database(), {});
        QVERIFY(document.setCategory({"a", "b", "c"}, "needs_attention"));
        QCOMPARE(m_db->scalar("SELECT count(*) FROM call_logs WHERE category = 'needs_attention' AND category_manual = 1").toInt(), 3);
        const QString stage = anchor::storage::PipelineStageRepository(m_db->database()).create({{}, m_client, "Qualified", "#1a73e8", 1, false, false});
        QVERIFY(document.setStage({"a", "c"}, stage, "Qualified"));
        QCOMPARE(document.undoStack()->undoText(), "Move 2 leads to stage Qualified");
        document.undoStack()->undo();
        QCOMPARE(m_db->scalar("SELECT count(*) FROM call_logs WHERE pipeline_stage_id IS NOT NULL").toInt(), 0);
        document.undoStack()->undo();
        QCOMPARE(m_db->scalar("SELECT count(*) FROM call_logs WHERE category = 'warm' AND category_manual = 0").toInt(), 3);
    }

    void tagsUndoTouchesOnlyWhatChanged()
    {
        LeadsDocument document(m_db->database(), {});
        anchor::storage::TagRepository tags(m_db->database());
        const anchor::storage::TagRef vip{tags.create(m_client, "VIP", "#f29900"), "VIP", "#f29900"};
        tags.addToCalls(vip.id, {"a"});
        QVERIFY(document.addTag({"a", "b"}, vip));
        QCOMPARE(tags.callsWithTag(vip.id, {"a", "b", "c"}), (QStringList{"a", "b"}));
        document.undoStack()->undo();
        QCOMPARE(tags.callsWithTag(vip.id, {"a", "b", "c"}), QStringList{"a"});   // "a" had it before
        QVERIFY(document.createAndAddTag(m_client, {"c"}, "Urgent", "#d93025"));
        QCOMPARE(tags.forCall("c").first().name, "Urgent");
    }

    void notesUndoKeepsIdAndTime()
    {
        LeadsDocument document(m_db->database(), {});
        QSignalSpy notes(&document, &LeadsDocument::notesChanged);
        QVERIFY(document.addNote("a", "call", "Left a message"));
        const auto added = anchor::storage::NoteRepository(m_db->database()).forCall("a").first();
        QVERIFY(document.editNote(added.id, "sms", "Texted instead"));
        QVERIFY(document.deleteNote(added.id));
        QCOMPARE(m_db->scalar("SELECT count(*) FROM lead_notes").toInt(), 0);
        document.undoStack()->undo();   // delete
        const auto restored = anchor::storage::NoteRepository(m_db->database()).find(added.id);
        QVERIFY(restored.has_value());
        QCOMPARE(restored->body, "Texted instead");
        QCOMPARE(restored->createdAt, added.createdAt);
        document.undoStack()->undo();   // edit
        QCOMPARE(anchor::storage::NoteRepository(m_db->database()).find(added.id)->body, "Left a message");
        document.undoStack()->undo();   // add
        QCOMPARE(m_db->scalar("SELECT count(*) FROM lead_notes").toInt(), 0);
        document.undoStack()->redo();
        QCOMPARE(anchor::storage::NoteRepository(m_db->database()).find(added.id)->body, "Left a message");
        QVERIFY(notes.count() >= 6);
        QCOMPARE(notes.last().first().toString(), "a");
    }

    void failedEditChangesNothing()
    {
        LeadsDocument document(m_db->database(), {});
        m_db->exec("CREATE TRIGGER refuse BEFORE UPDATE OF score ON call_logs BEGIN SELECT RAISE(ABORT, 'refused by test'); END");
        QSignalSpy failed(&document, &LeadsDocument::editFailed);
        QVERIFY(!document.setStars({"a", "b"}, 1));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains("refused by test"));
        QCOMPARE(document.undoStack()->count(), 0);
        QCOMPARE(stars("a"), 3);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM sync_outbox").toInt(), 0);
        QVERIFY(!document.setCategory({"a"}, "lukewarm"));
        QCOMPARE(document.undoStack()->count(), 0);
    }
};

QTEST_GUILESS_MAIN(LeadsDocumentTest)
#include "tst_leadsdocument.moc"
