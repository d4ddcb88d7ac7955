// Tasks from leads against a real database file: the call import creates one task for each new
// voicemail or needs-attention call of a client whose setting asks for it, in the same
// transaction, never a second one when the page comes again; and a task made by hand from a lead.
#include "testdatabase.h"

#include <callimport.h>
#include <clientrepository.h>
#include <leadtasks.h>
#include <storageerror.h>
#include <taskboardrepository.h>

#include <QTest>
#include <QTimeZone>

using namespace anchor;
using anchor::storage::StorageError;
using anchor::testing::TestDatabase;

class TasksFromLeadsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_user;
    QString m_client;
    QString m_board;
    QList<storage::TaskGroup> m_groups;

    storage::TaskBoardRepository boards() { return storage::TaskBoardRepository(m_db->database()); }
    storage::LeadTaskRepository leadTasks() { return storage::LeadTaskRepository(m_db->database()); }

    static storage::IncomingCall call(const QString &id, const QString &caller, const QString &summary)
    {
        storage::IncomingCall call;
        call.callId = id;
        call.direction = QStringLiteral("inbound");
        call.fromNumber = QStringLiteral("+1303555%1").arg(id.right(4));
        call.toNumber = QStringLiteral("+13035559999");
        call.startedAt = QDateTime(QDate(2026, 2, 2), QTime(10, 0), Qt::UTC).addSecs(id.toInt() % 1000 * 60);
        call.durationSec = 45;
        call.callerName = caller;
        call.remoteSummary = summary;
        return call;
    }

    // The category is in the summary's first word, so each call's fate is plain in the test.
    static storage::CallCategory classify(const storage::IncomingCall &call)
    {
        return {call.remoteSummary.section(u' ', 0, 0), QStringLiteral("Classified: ") + call.remoteSummary};
    }

    storage::PageImport import(const QList<storage::IncomingCall> &calls)
    {
        return storage::CallImportRepository(m_db->database()).importPage(m_client, calls, &classify, {});
    }

    int tasks() { return m_db->scalar("SELECT count(*) FROM task_items").toInt(); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_user = storage::UserRepository(m_db->database()).ensureLocalUser();
        m_client = m_db->addClient(QStringLiteral("Bright Smile Dental"), QStringLiteral("1001"));
        const QString workspace = boards().createWorkspace(QStringLiteral("Agency"), m_user);
        m_board = boards().createBoard(workspace, QStringLiteral("Dental leads"), QStringLiteral("DENT"),
                                       storage::BoardTemplate::BasicWorkflow, m_user);
        m_groups = boards().groups(m_board);
    }

    void cleanup() { m_db.reset(); }

    void settingsRoundTrip()
    {
        QVERIFY(!leadTasks().settings(m_client).enabled());
        leadTasks().setSettings(m_client, {m_board, true, false});
        const storage::LeadTaskSettings saved = leadTasks().settings(m_client);
        QCOMPARE(saved.boardId, m_board);
        QVERIFY(saved.voicemail);
        QVERIFY(!saved.needsAttention);
        QCOMPARE(m_db->scalar("SELECT task_board_id FROM client_profiles WHERE user_id = ?", {m_client}).toString(), m_board);
        QCOMPARE(m_db->scalar("SELECT value FROM app_settings WHERE key = ?", {QString("tasks.from_leads:" + m_client)}).toString(),
                 QStringLiteral("{\"needs_attention\":false,\"voicemail\":true}"));
        QVERIFY_THROWS_EXCEPTION(StorageError, leadTasks().setSettings(m_client, {QStringLiteral("no-such-board"), true, true}));
        QCOMPARE(leadTasks().settings(m_client).boardId, m_board);   // the refusal changed nothing
        // A deleted board counts as none.
        boards().setBoardDeleted(m_board, true);
        QVERIFY(!leadTasks().settings(m_client).enabled());
    }

    void importCreatesExactlyOneTaskPerCall()
    {
        leadTasks().setSettings(m_client, {m_board, true, true});
        const QList<storage::IncomingCall> page = {
            call(QStringLiteral("7001"), QStringLiteral("Ana Smith"), QStringLiteral("voicemail asked for a call back")),
            call(QStringLiteral("7002"), QStringLiteral(""), QStringLiteral("needs_attention upset about billing")),
            call(QStringLiteral("7003"), QStringLiteral("Bo Chen"), QStringLiteral("warm wants whitening")),
        };
        const storage::PageImport first = import(page);
        QCOMPARE(first.inserted, 3);
        QCOMPARE(first.createdTaskIds.size(), 2);
        QCOMPARE(tasks(), 2);

        QCOMPARE(m_db->scalar("SELECT name FROM task_items WHERE call_id = '7001'").toString(), QStringLiteral("Voicemail: Ana Smith"));
        QCOMPARE(m_db->scalar("SELECT is_voicemail || needs_attention FROM task_items WHERE call_id = '7001'").toString(),
                 QStringLiteral("10"));
        QCOMPARE(m_db->scalar("SELECT description FROM task_items WHERE call_id = '7001'").toString(),
                 QStringLiteral("Classified: voicemail asked for a call back"));
        QCOMPARE(m_db->scalar("SELECT group_id FROM task_items WHERE call_id = '7001'").toString(), m_groups.first().id);
        QCOMPARE(m_db->scalar("SELECT created_by FROM task_items WHERE call_id = '7001'").toString(), m_user);
        QCOMPARE(m_db->scalar("SELECT name FROM task_items WHERE call_id = '7002'").toString(),
                 QStringLiteral("Needs attention: +13035557002"));
        QCOMPARE(m_db->scalar("SELECT is_voicemail || needs_attention FROM task_items WHERE call_id = '7002'").toString(),
                 QStringLiteral("01"));

        // The same page again, and again with changes at CTM: no second task.
        QCOMPARE(import(page).createdTaskIds.size(), 0);
        QList<storage::IncomingCall> changed = page;
        changed[0].durationSec = 50;
        QCOMPARE(import(changed).updated, 1);
        QCOMPARE(tasks(), 2);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM task_items WHERE call_id = '7001'").toInt(), 1);
        // Numbered on the board like any other card.
        QCOMPARE(boards().card(first.createdTaskIds.first())->key, QStringLiteral("DENT-1"));
    }

    void onlyTheChosenCategoriesOfConfiguredClients()
    {
        // Not configured: no tasks.
        import({call(QStringLiteral("7101"), QStringLiteral("Ana"), QStringLiteral("voicemail hi"))});
        QCOMPARE(tasks(), 0);
        // Voicemail only, and the first column archived: the first open one takes it.
        leadTasks().setSettings(m_client, {m_board, true, false});
        boards().setGroupArchived(m_groups.first().id, true);
        import({call(QStringLiteral("7102"), QStringLiteral("Ana"), QStringLiteral("voicemail again")),
                call(QStringLiteral("7103"), QStringLiteral("Bo"), QStringLiteral("needs_attention now"))});
        QCOMPARE(tasks(), 1);
        QCOMPARE(m_db->scalar("SELECT group_id FROM task_items WHERE call_id = '7102'").toString(), m_groups.at(1).id);
        // Another client's calls follow that client's setting (none).
        const QString other = m_db->addClient(QStringLiteral("Roof Pros"));
        storage::CallImportRepository(m_db->database())
            .importPage(other, {call(QStringLiteral("7104"), QStringLiteral("Cy"), QStringLiteral("voicemail roof"))}, &classify, {});
        QCOMPARE(tasks(), 1);
    }

    void taskByHandFromALead()
    {
        testing::TestDatabase::Call lead;
        lead.callId = QStringLiteral("7201");
        lead.clientId = m_client;
        lead.startedAt = QStringLiteral("2026-02-02T10:00:00.000Z");
        lead.callerName = QStringLiteral("Dee Park");
        lead.category = QStringLiteral("needs_attention");
        lead.summary = QStringLiteral("Wants a call about a broken crown.");
        m_db->addCall(lead);
        const QString id = leadTasks().createFromLead(QStringLiteral("7201"), m_board, m_user);
        const std::optional<storage::TaskItemDetail> detail = boards().detail(id);
        QVERIFY(detail);
        QCOMPARE(detail->card.name, QStringLiteral("Needs attention: Dee Park"));
        QCOMPARE(detail->card.callId, QStringLiteral("7201"));
        QVERIFY(detail->card.needsAttention);
        QVERIFY(!detail->card.isVoicemail);
        QCOMPARE(detail->description, QStringLiteral("Wants a call about a broken crown."));
        QVERIFY_THROWS_EXCEPTION(StorageError, leadTasks().createFromLead(QStringLiteral("nope"), m_board, m_user));
        QCOMPARE(tasks(), 1);
    }
};

QTEST_GUILESS_MAIN(TasksFromLeadsTest)
#include "tst_tasksfromleads.moc"
