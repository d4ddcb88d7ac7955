// Task automations against a real database file: each trigger and action, validation on save,
// deduplication (a trigger never fires an automation twice), the A -> B -> A loop stopped and
// logged, a failing action that writes nothing, due-date automations once per due date, and
// the archiving of items done for 30 days.
#include "testdatabase.h"

#include <clientrepository.h>
#include <storageerror.h>
#include <taskautomationengine.h>
#include <taskautomationrepository.h>
#include <taskboardrepository.h>
#include <taskjobs.h>
#include <timestamps.h>

#include <QTest>
#include <QTimeZone>

using namespace anchor;
using anchor::storage::StorageError;
using anchor::storage::TaskAutomation;
using anchor::storage::TaskEvent;
using anchor::testing::TestDatabase;
namespace ta = anchor::storage::taskautomation;

class TaskAutomationsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_user;
    QString m_colleague;
    QString m_board;
    QList<storage::TaskGroup> m_groups;   // Backlog, Planned, In progress, Review, Delivered

    storage::TaskBoardRepository boards() { return storage::TaskBoardRepository(m_db->database()); }
    storage::TaskAutomationRepository automations() { return storage::TaskAutomationRepository(m_db->database()); }
    storage::TaskAutomationEngine engine() { return storage::TaskAutomationEngine(m_db->database(), m_user); }

    QString group(const QString &name)
    {
        for (const auto &g : std::as_const(m_groups))
            if (g.name == name)
                return g.id;
        qFatal("no column %s", qPrintable(name));
    }

    QString add(const QString &name, const QString &trigger, const QJsonObject &triggerConfig, const QString &action,
                const QJsonObject &actionConfig, bool global = false)
    {
        TaskAutomation automation;
        automation.boardId = global ? QString() : m_board;
        automation.name = name;
        automation.triggerType = trigger;
        automation.triggerConfig = triggerConfig;
        automation.actionType = action;
        automation.actionConfig = actionConfig;
        return automations().save(automation, m_user);
    }

    QString item(const QString &name = QStringLiteral("Call back Ana"), const QString &column = QStringLiteral("Backlog"))
    {
        return boards().createItem(group(column), name, m_user);
    }

    // Sets the status as an edit would, then tells the engine.
    storage::TaskAutomationOutcome setStatus(const QString &itemId, const QString &status)
    {
        boards().setStatus(itemId, status);
        return engine().processEvent({ta::StatusChanged, itemId, {{QStringLiteral("to"), status}}});
    }

    QString statusOf(const QString &itemId) { return m_db->scalar("SELECT status FROM task_items WHERE id = ?", {itemId}).toString(); }
    QString groupOf(const QString &itemId) { return m_db->scalar("SELECT group_id FROM task_items WHERE id = ?", {itemId}).toString(); }
    int runs(const QString &status)
    {
        return m_db->scalar("SELECT count(*) FROM task_automation_runs WHERE status = ?", {status}).toInt();
    }
    int notifications() { return m_db->scalar("SELECT count(*) FROM notifications").toInt(); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_user = storage::UserRepository(m_db->database()).ensureLocalUser();
        m_colleague = storage::newId();
        m_db->exec("INSERT INTO users (id, first_name, last_name, email, role) VALUES (?, 'Maya', 'Lopez', 'maya@example.com', 'team')",
                   {m_colleague});
        const QString workspace = boards().createWorkspace(QStringLiteral("Agency"), m_user);
        m_board = boards().createBoard(workspace, QStringLiteral("Delivery"), QStringLiteral("DEL"),
                                       storage::BoardTemplate::ProjectDelivery, m_user);
        m_groups = boards().groups(m_board);
    }

    void cleanup() { m_db.reset(); }

    void savingValidatesAndKeepsNothingWrong()
    {
        const auto refused = [this](const QString &trigger, const QJsonObject &triggerConfig, const QString &action,
                                    const QJsonObject &actionConfig) {
            try {
                add(QStringLiteral("Bad"), trigger, triggerConfig, action, actionConfig);
            } catch (const StorageError &error) {
                return error.kind() == StorageError::Kind::Constraint && !error.message().isEmpty();
            }
            return false;
        };
        QVERIFY(refused(QStringLiteral("when_it_rains"), {}, ta::Archive, {}));
        QVERIFY(refused(ta::StatusChanged, {}, ta::Archive, {}));   // no "to"
        QVERIFY(refused(ta::ItemCreated, {}, ta::SetStatus, {}));   // no status
        QVERIFY(refused(ta::ItemCreated, {}, ta::Assign, {{QStringLiteral("user_id"), QStringLiteral("nobody")}}));
        QVERIFY(refused(ta::ItemCreated, {}, ta::Notify, {{QStringLiteral("message"), QStringLiteral("  ")}}));
        QVERIFY(refused(ta::ItemCreated, {}, ta::MoveToGroup, {{QStringLiteral("group_id"), QStringLiteral("missing")}}));
        // A column of another board.
        const QString other = boards().createBoard(boards().workspaces().first().id, QStringLiteral("Other"), {},
                                                   storage::BoardTemplate::BasicWorkflow, m_user);
        QVERIFY(refused(ta::ItemCreated, {}, ta::MoveToGroup, {{QStringLiteral("group_id"), boards().groups(other).first().id}}));
        QCOMPARE(m_db->scalar("SELECT count(*) FROM task_board_automations").toInt(), 0);

        // Save, edit, switch off, delete.
        const QString id = add(QStringLiteral("Archive delivered"), ta::MovedToGroup, {{QStringLiteral("group_id"), group("Delivered")}},
                               ta::Archive, {});
        std::optional<TaskAutomation> saved = automations().automation(id);
        QVERIFY(saved);
        QCOMPARE(saved->boardId, m_board);
        QCOMPARE(saved->triggerConfig.value("group_id").toString(), group("Delivered"));
        QVERIFY(automations().describe(*saved).contains(QStringLiteral("Delivered")));
        saved->name = QStringLiteral("Tidy up");
        automations().save(*saved);
        automations().setActive(id, false);
        QCOMPARE(automations().boardAutomations(m_board).size(), 1);
        QCOMPARE(automations().boardAutomations(m_board).first().name, QStringLiteral("Tidy up"));
        QVERIFY(!automations().boardAutomations(m_board).first().active);
        QVERIFY(automations().activeFor(m_board, ta::MovedToGroup).isEmpty());
        automations().remove(id);
        QVERIFY(!automations().automation(id));
    }

    void statusChangedMovesToColumn()
    {
        add(QStringLiteral("Done goes to Delivered"), ta::StatusChanged, {{QStringLiteral("to"), QStringLiteral("done")}},
            ta::MoveToGroup, {{QStringLiteral("group_id"), group("Delivered")}});
        const QString id = item();
        QCOMPARE(setStatus(id, QStringLiteral("Working on it")).succeeded, 0);   // another status: nothing
        QCOMPARE(groupOf(id), group("Backlog"));
        const auto outcome = setStatus(id, QStringLiteral("Done"));
        QCOMPARE(outcome.succeeded, 1);
        QCOMPARE(groupOf(id), group("Delivered"));
        QCOMPARE(runs(QStringLiteral("success")), 1);
        QCOMPARE(m_db->scalar("SELECT trigger_type FROM task_automation_runs").toString(), ta::StatusChanged);
        QVERIFY(m_db->scalar("SELECT trigger_fingerprint FROM task_automation_runs").toString().endsWith(QStringLiteral("|done")));
    }

    void movedToColumnSetsStatusAndCascades()
    {
        // Moving to Review sets "Stuck"; "Stuck" notifies Maya: one event, two automations.
        add(QStringLiteral("Review means stuck"), ta::MovedToGroup, {{QStringLiteral("group_id"), group("Review")}}, ta::SetStatus,
            {{QStringLiteral("status"), QStringLiteral("stuck")}});
        add(QStringLiteral("Tell Maya"), ta::StatusChanged, {{QStringLiteral("to"), QStringLiteral("Stuck")}}, ta::Notify,
            {{QStringLiteral("user_id"), m_colleague}, {QStringLiteral("message"), QStringLiteral("{key} {item} is stuck")}});
        const QString id = item(QStringLiteral("Veneers quote"));
        boards().moveItem(id, {group("Review"), 0});
        const auto outcome = engine().processEvent({ta::MovedToGroup, id, {{QStringLiteral("group_id"), group("Review")}}});
        QCOMPARE(outcome.succeeded, 2);
        QCOMPARE(statusOf(id), QStringLiteral("Stuck"));   // the label as the board spells it
        QCOMPARE(m_db->scalar("SELECT user_id FROM notifications").toString(), m_colleague);
        QCOMPARE(m_db->scalar("SELECT body FROM notifications").toString(), QStringLiteral("DEL-1 Veneers quote is stuck"));
    }

    void itemCreatedAssignsThenNotifiesAssignees()
    {
        add(QStringLiteral("Maya takes new work"), ta::ItemCreated, {}, ta::Assign, {{QStringLiteral("user_id"), m_colleague}});
        add(QStringLiteral("Tell the assignees"), ta::ItemCreated, {}, ta::Notify, {{QStringLiteral("message"), QStringLiteral("New: {item}")}});
        const QString id = item(QStringLiteral("Crown fitting"));
        const auto outcome = engine().processEvent({ta::ItemCreated, id, {}});
        QCOMPARE(outcome.succeeded, 2);
        QCOMPARE(m_db->scalar("SELECT user_id FROM task_item_assignees WHERE item_id = ?", {id}).toString(), m_colleague);
        QCOMPARE(notifications(), 1);
        QCOMPARE(m_db->scalar("SELECT user_id FROM notifications").toString(), m_colleague);
        QCOMPARE(m_db->scalar("SELECT json_extract(meta, '$.item_id') FROM notifications").toString(), id);

        // With nobody assigned, a notify skips (and says why) instead of failing.
        automations().setActive(automations().boardAutomations(m_board).first().id, false);
        const QString lonely = item(QStringLiteral("Lonely"));
        const auto second = engine().processEvent({ta::ItemCreated, lonely, {}});
        QCOMPARE(second.skipped, 1);
        QCOMPARE(notifications(), 1);
        QVERIFY(m_db->scalar("SELECT error FROM task_automation_runs WHERE status = 'skipped'").toString().contains("assignees"));
    }

    void globalAutomationArchivesOnAnyBoard()
    {
        add(QStringLiteral("Archive on Done"), ta::StatusChanged, {{QStringLiteral("to"), QStringLiteral("Done")}}, ta::Archive, {},
            true);
        const QString id = item();
        QCOMPARE(setStatus(id, QStringLiteral("Done")).succeeded, 1);
        QVERIFY(!m_db->scalar("SELECT archived_at FROM task_items WHERE id = ?", {id}).isNull());
        QCOMPARE(m_db->scalar("SELECT archived_by FROM task_items WHERE id = ?", {id}).toString(), m_user);
        QCOMPARE(m_db->scalar("SELECT scope FROM task_automation_runs").toString(), QStringLiteral("global"));
        QCOMPARE(automations().recentRuns(m_board).size(), 1);
        QCOMPARE(automations().recentRuns(m_board).first().automationName, QStringLiteral("Archive on Done"));
    }

    void aTriggerNeverFiresTwice()
    {
        add(QStringLiteral("Tell Maya"), ta::StatusChanged, {{QStringLiteral("to"), QStringLiteral("Stuck")}}, ta::Notify,
            {{QStringLiteral("user_id"), m_colleague}, {QStringLiteral("message"), QStringLiteral("Stuck")}});
        const QString id = item();
        QCOMPARE(setStatus(id, QStringLiteral("Stuck")).succeeded, 1);
        // The same event again (a second save, a repeated call): skipped, logged, nothing sent.
        const auto again = engine().processEvent({ta::StatusChanged, id, {{QStringLiteral("to"), QStringLiteral("Stuck")}}});
        QCOMPARE(again.succeeded, 0);
        QCOMPARE(again.skipped, 1);
        // Away and back: still the same trigger for this automation and item.
        setStatus(id, QStringLiteral("Working on it"));
        QCOMPARE(setStatus(id, QStringLiteral("Stuck")).succeeded, 0);
        QCOMPARE(notifications(), 1);
        QCOMPARE(runs(QStringLiteral("success")), 1);
        QCOMPARE(runs(QStringLiteral("skipped")), 2);
        // Another item is another trigger.
        QCOMPARE(setStatus(item(QStringLiteral("Other")), QStringLiteral("Stuck")).succeeded, 1);
        QCOMPARE(notifications(), 2);
    }

    void loopIsDetectedStoppedAndLogged()
    {
        // A: "Working on it" -> set Done; B: Done -> set "Working on it"; then A again.
        add(QStringLiteral("A"), ta::StatusChanged, {{QStringLiteral("to"), QStringLiteral("Working on it")}}, ta::SetStatus,
            {{QStringLiteral("status"), QStringLiteral("Done")}});
        add(QStringLiteral("B"), ta::StatusChanged, {{QStringLiteral("to"), QStringLiteral("Done")}}, ta::SetStatus,
            {{QStringLiteral("status"), QStringLiteral("Working on it")}});
        const QString id = item();
        const auto outcome = setStatus(id, QStringLiteral("Working on it"));
        QVERIFY(outcome.loopDetected);
        QCOMPARE(outcome.succeeded, 2);
        QCOMPARE(outcome.failed, 1);
        QCOMPARE(outcome.errors, QStringList{QStringLiteral("loop detected: A -> B -> A")});
        QCOMPARE(runs(QStringLiteral("error")), 1);
        QCOMPARE(m_db->scalar("SELECT error FROM task_automation_runs WHERE status = 'error'").toString(),
                 QStringLiteral("loop detected: A -> B -> A"));
        // The data is as B, the last successful action, left it.
        QCOMPARE(statusOf(id), QStringLiteral("Working on it"));
        QCOMPARE(runs(QStringLiteral("success")), 2);
    }

    void aFailingActionWritesNothingAndIsLogged()
    {
        add(QStringLiteral("To review"), ta::ItemCreated, {}, ta::MoveToGroup, {{QStringLiteral("group_id"), group("Review")}});
        boards().setGroupArchived(group("Review"), true);
        const QString id = item();
        const auto outcome = engine().processEvent({ta::ItemCreated, id, {}});
        QCOMPARE(outcome.failed, 1);
        QVERIFY2(outcome.errors.first().contains(QStringLiteral("archived")), qPrintable(outcome.errors.first()));
        QCOMPARE(groupOf(id), group("Backlog"));
        QCOMPARE(runs(QStringLiteral("error")), 1);
        QCOMPARE(runs(QStringLiteral("success")), 0);
        // A status the board does not have is an error too, not a new status.
        add(QStringLiteral("Odd status"), ta::ItemCreated, {}, ta::SetStatus, {{QStringLiteral("status"), QStringLiteral("Someday")}});
        const QString other = item(QStringLiteral("Other"));
        QCOMPARE(engine().processEvent({ta::ItemCreated, other, {}}).failed, 2);
        QCOMPARE(statusOf(other), QStringLiteral("Not started"));
    }

    void dueDateAutomationsRunOncePerDueDate()
    {
        add(QStringLiteral("Due: tell Maya"), ta::DueDateArrived, {}, ta::Notify,
            {{QStringLiteral("user_id"), m_colleague}, {QStringLiteral("message"), QStringLiteral("{item} is due")}});
        const QString id = item(QStringLiteral("Send the quote"));
        const QString done = item(QStringLiteral("Already done"));
        boards().setDueDate(id, QDate(2026, 3, 10));
        boards().setDueDate(done, QDate(2026, 3, 1));
        boards().setStatus(done, QStringLiteral("Done"));   // done items are not chased
        const auto at = [](int day) { return QDateTime(QDate(2026, 3, day), QTime(12, 0)); };

        QCOMPARE(engine().runDueDateAutomations(at(9)).succeeded, 0);
        QCOMPARE(engine().runDueDateAutomations(at(10)).succeeded, 1);
        QCOMPARE(engine().runDueDateAutomations(at(10)).succeeded, 0);
        QCOMPARE(engine().runDueDateAutomations(at(11)).succeeded, 0);
        QCOMPARE(notifications(), 1);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM task_automation_runs").toInt(), 1);   // repeats log nothing
        QVERIFY(m_db->scalar("SELECT trigger_fingerprint FROM task_automation_runs").toString().endsWith(QStringLiteral("|2026-03-10")));

        // A new due date fires again, once.
        boards().setDueDate(id, QDate(2026, 3, 12));
        QCOMPARE(engine().runDueDateAutomations(at(12)).succeeded, 1);
        QCOMPARE(engine().runDueDateAutomations(at(13)).succeeded, 0);
        QCOMPARE(notifications(), 2);
    }

    void completedItemsAreArchivedAfter30Days()
    {
        const QString old = item(QStringLiteral("Old and done"));
        const QString recent = item(QStringLiteral("Recently done"));
        const QString open = item(QStringLiteral("Old but open"));
        const QString after = item(QStringLiteral("After it"));
        boards().setStatus(old, QStringLiteral("Done"));
        boards().setStatus(recent, QStringLiteral("Done"));
        const QDateTime now(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);
        m_db->exec("UPDATE task_items SET updated_at = ? WHERE id IN (?, ?)",
                   {storage::toDbTimestamp(now.addDays(-31)), old, open});
        m_db->exec("UPDATE task_items SET updated_at = ? WHERE id = ?", {storage::toDbTimestamp(now.addDays(-10)), recent});

        storage::TaskJobs jobs(m_db->database(), m_user);
        QCOMPARE(jobs.archiveCompleted(now), 1);
        QVERIFY(!m_db->scalar("SELECT archived_at FROM task_items WHERE id = ?", {old}).isNull());
        QVERIFY(m_db->scalar("SELECT archived_at FROM task_items WHERE id = ?", {recent}).isNull());
        QVERIFY(m_db->scalar("SELECT archived_at FROM task_items WHERE id = ?", {open}).isNull());
        // The cards left in the column close the gap.
        QCOMPARE(m_db->scalar("SELECT position FROM task_items WHERE id = ?", {after}).toInt(), 2);
        QCOMPARE(jobs.archiveCompleted(now), 0);   // safe to repeat
        QCOMPARE(jobs.runAll(now.addDays(21)).archived, 1);
    }
};

QTEST_GUILESS_MAIN(TaskAutomationsTest)
#include "tst_taskautomations.moc"
