#pragma once

#include "database.h"
#include "taskautomationrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace anchor::storage {

// Something that happened to an item, which automations may answer.
struct TaskEvent
{
    QString triggerType;   // taskautomation::StatusChanged, MovedToGroup, DueDateArrived, ItemCreated
    QString itemId;
    // status_changed: {"to": label}; moved_to_group: {"group_id": id}; due_date_arrived:
    // {"due_date": "YYYY-MM-DD"} (read from the item when missing); item_created: {}.
    QJsonObject details;
};

// What one processEvent() or runDueDateAutomations() did, counted over the whole cascade.
struct TaskAutomationOutcome
{
    int succeeded = 0;
    int failed = 0;    // errors, loops included
    int skipped = 0;
    QStringList errors;   // the messages of the failed runs, for the status bar or stderr
    bool loopDetected = false;

    TaskAutomationOutcome &operator+=(const TaskAutomationOutcome &other);
};

// Runs task automations (seed 000's Task Automation): for an event, the active automations of the
// item's board and the global ones whose trigger matches run their action, and every run is
// logged in task_automation_runs.
//
// Rules:
// - Deduplication: a run's trigger_fingerprint is automation id | item id | trigger type | the
//   triggering value (the status, the column, the due date; empty for item_created). When a run
//   with that fingerprint is already logged the automation does not fire again (a 'skipped' run
//   says so), so a trigger never fires an automation twice, and a due date fires once per date.
// - Cascades: set_status raises status_changed and move_to_group raises moved_to_group, which are
//   processed in turn, breadth first, up to kMaxDepth steps and kMaxRuns runs per event.
// - Loops: when an automation would fire a second time for the same item in one cascade, the
//   cascade stops and an 'error' run says "loop detected: A -> B -> A".
// - Transactions: each action is its own transaction together with its run row. A failed action
//   leaves nothing half-written and logs an 'error' run; a stopped cascade leaves the data as the
//   last successful action left it (every step of it is logged, so the log explains the state).
class TaskAutomationEngine
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::TaskAutomationEngine)

public:
    static constexpr int kMaxDepth = 8;
    static constexpr int kMaxRuns = 200;
    static constexpr int kDueItemsPerRun = 2000;

    // actingUserId: who archives (archived_by) and stands behind the runs; may be empty.
    explicit TaskAutomationEngine(Database database, QString actingUserId = {});

    // Call after an edit has been saved (item created, status changed, moved to another column).
    // Never throws for a failing automation (that is logged); throws StorageError only when the
    // database itself fails.
    TaskAutomationOutcome processEvent(const TaskEvent &event);

    // The scheduled job (every five minutes): fires due_date_arrived automations for every item,
    // not archived and not in a done state, whose due date is on or before `now`'s local date,
    // once per item and due date.
    TaskAutomationOutcome runDueDateAutomations(const QDateTime &now);

    // An SQL condition true when the item aliased `alias` has a done status: one of its board's
    // labels with is_done_state, or a global one when the board has no labels of its own.
    static QString doneCondition(const QString &alias);

    static QString fingerprint(const QString &automationId, const QString &itemId, const QString &triggerType,
                               const QString &value);

private:
    struct Pending;
    struct ItemState;

    bool readItem(const QString &itemId, ItemState &state) const;
    static bool matches(const TaskAutomation &automation, const TaskEvent &event);
    static QString triggerValue(const TaskEvent &event);
    bool alreadyRan(const QString &automationId, const QString &fingerprint) const;
    // Runs the action in one transaction with its 'success' run row; returns the event it caused.
    std::optional<TaskEvent> perform(const TaskAutomation &automation, const ItemState &item, const QString &fingerprint,
                                     const QString &triggerType, QString &skipReason);
    void logRun(const TaskAutomation &automation, const ItemState &item, const QString &triggerType,
                const QString &fingerprint, const QString &status, const QString &message);

    Database m_database;
    QString m_actingUserId;
};

} // namespace anchor::storage
