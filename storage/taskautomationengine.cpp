#include "taskautomationengine.h"

#include "sqlhelpers.h"
#include "storageerror.h"
#include "taskboardrepository.h"
#include "timestamps.h"
#include "transaction.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace anchor::storage {

namespace ta = taskautomation;

TaskAutomationOutcome &TaskAutomationOutcome::operator+=(const TaskAutomationOutcome &other)
{
    succeeded += other.succeeded;
    failed += other.failed;
    skipped += other.skipped;
    errors += other.errors;
    loopDetected = loopDetected || other.loopDetected;
    return *this;
}

// An event waiting in the cascade, with the names of the automations that led to it.
struct TaskAutomationEngine::Pending
{
    TaskEvent event;
    QStringList chain;
    int depth = 0;
};

// The facts of an item the triggers and actions read.
struct TaskAutomationEngine::ItemState
{
    QString id;
    QString boardId;
    QString groupId;
    QString name;
    QString key;
    QString status;
    QString dueDate;
    bool archived = false;
};

TaskAutomationEngine::TaskAutomationEngine(Database database, QString actingUserId)
    : m_database(std::move(database))
    , m_actingUserId(std::move(actingUserId))
{
}

QString TaskAutomationEngine::doneCondition(const QString &alias)
{
    return QStringLiteral(
               "(EXISTS (SELECT 1 FROM task_board_status_labels dl WHERE dl.board_id = %1.board_id AND dl.label = %1.status "
               "         AND dl.is_done_state = 1) "
               " OR (NOT EXISTS (SELECT 1 FROM task_board_status_labels bl WHERE bl.board_id = %1.board_id) "
               "     AND EXISTS (SELECT 1 FROM task_global_status_labels gl WHERE gl.label = %1.status AND gl.is_done_state = 1)))")
        .arg(alias);
}

QString TaskAutomationEngine::fingerprint(const QString &automationId, const QString &itemId, const QString &triggerType,
                                          const QString &value)
{
    return QStringList{automationId, itemId, triggerType, value}.join(u'|');
}

bool TaskAutomationEngine::readItem(const QString &itemId, ItemState &state) const
{
    QSqlQuery query = sql::run(m_database.connection(), QStringLiteral(
        "SELECT i.id, g.board_id, i.group_id, i.name, coalesce(i.status, ''), coalesce(i.due_date, ''), "
        "       i.archived_at IS NOT NULL, coalesce(b.board_prefix, ''), coalesce(i.item_number, 0) "
        "  FROM task_items i JOIN task_groups g ON g.id = i.group_id JOIN task_boards b ON b.id = g.board_id "
        " WHERE i.id = ?"),
        {itemId}, tr("Reading a task for its automations"));
    if (!query.next())
        return false;
    state.id = query.value(0).toString();
    state.boardId = query.value(1).toString();
    state.groupId = query.value(2).toString();
    state.name = query.value(3).toString();
    state.status = query.value(4).toString();
    state.dueDate = query.value(5).toString();
    state.archived = query.value(6).toBool();
    const QString prefix = query.value(7).toString();
    const int number = query.value(8).toInt();
    state.key = prefix.isEmpty() ? QStringLiteral("#%1").arg(number) : QStringLiteral("%1-%2").arg(prefix).arg(number);
    return true;
}

QString TaskAutomationEngine::triggerValue(const TaskEvent &event)
{
    if (event.triggerType == ta::StatusChanged)
        return event.details.value(QStringLiteral("to")).toString().toLower();
    if (event.triggerType == ta::MovedToGroup)
        return event.details.value(QStringLiteral("group_id")).toString();
    if (event.triggerType == ta::DueDateArrived)
        return event.details.value(QStringLiteral("due_date")).toString();
    return {};
}

bool TaskAutomationEngine::matches(const TaskAutomation &automation, const TaskEvent &event)
{
    if (automation.triggerType != event.triggerType)
        return false;
    if (event.triggerType == ta::StatusChanged)
        return automation.triggerConfig.value(QStringLiteral("to")).toString().compare(
                   event.details.value(QStringLiteral("to")).toString(), Qt::CaseInsensitive) == 0;
    if (event.triggerType == ta::MovedToGroup)
        return automation.triggerConfig.value(QStringLiteral("group_id")).toString()
               == event.details.value(QStringLiteral("group_id")).toString();
    if (event.triggerType == ta::DueDateArrived)
        return !event.details.value(QStringLiteral("due_date")).toString().isEmpty();
    return event.triggerType == ta::ItemCreated;
}

bool TaskAutomationEngine::alreadyRan(const QString &automationId, const QString &fingerprint) const
{
    return sql::run(m_database.connection(),
                    QStringLiteral("SELECT 1 FROM task_automation_runs WHERE automation_id = ? AND trigger_fingerprint = ? LIMIT 1"),
                    {automationId, fingerprint}, tr("Checking the automation log"))
        .next();
}

void TaskAutomationEngine::logRun(const TaskAutomation &automation, const ItemState &item, const QString &triggerType,
                                  const QString &fingerprint, const QString &status, const QString &message)
{
    sql::run(m_database.connection(),
             QStringLiteral("INSERT INTO task_automation_runs (id, scope, automation_id, board_id, item_id, trigger_type, "
                            "trigger_fingerprint, status, error, meta, ran_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, json_object('automation', ?, 'action', ?), ?)"),
             {newId(), automation.isGlobal() ? QStringLiteral("global") : QStringLiteral("board"), automation.id,
              sql::textOrNull(item.boardId), sql::textOrNull(item.id), triggerType, fingerprint, status,
              sql::textOrNull(message), automation.name, automation.actionType, nowDbTimestamp()},
             tr("Logging an automation run"));
}

std::optional<TaskEvent> TaskAutomationEngine::perform(const TaskAutomation &automation, const ItemState &item,
                                                       const QString &fingerprint, const QString &triggerType,
                                                       QString &skipReason)
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Running the automation \"%1\"").arg(automation.name);
    const QJsonObject &config = automation.actionConfig;
    TaskBoardRepository board(m_database);
    std::optional<TaskEvent> caused;

    // The action and its log row are one transaction: a failure leaves neither.
    Transaction transaction(db);
    if (automation.actionType == ta::SetStatus) {
        QString status = config.value(QStringLiteral("status")).toString().trimmed();
        QSqlQuery labels = sql::run(db, QStringLiteral(
            "SELECT label FROM task_board_status_labels WHERE board_id = ? UNION ALL "
            "SELECT label FROM task_global_status_labels "
            " WHERE NOT EXISTS (SELECT 1 FROM task_board_status_labels WHERE board_id = ?)"),
            {item.boardId, item.boardId}, context);
        QStringList known;
        while (labels.next())
            known.append(labels.value(0).toString());
        const auto found = std::find_if(known.cbegin(), known.cend(), [&status](const QString &label) {
            return label.compare(status, Qt::CaseInsensitive) == 0;
        });
        if (found != known.cend())
            status = *found;
        else if (!known.isEmpty())
            throw StorageError(StorageError::Kind::Constraint, tr("The status \"%1\" is not one of this board's (%2).")
                                                                   .arg(status, known.join(QStringLiteral(", "))));
        if (item.status.compare(status, Qt::CaseInsensitive) == 0) {
            skipReason = tr("The item already has the status \"%1\".").arg(status);
            return std::nullopt;
        }
        board.setStatus(item.id, status);
        caused = TaskEvent{ta::StatusChanged, item.id, {{QStringLiteral("to"), status}, {QStringLiteral("from"), item.status}}};
    } else if (automation.actionType == ta::MoveToGroup) {
        const QString groupId = config.value(QStringLiteral("group_id")).toString();
        QSqlQuery group = sql::run(db, QStringLiteral("SELECT board_id, name, archived_at IS NOT NULL FROM task_groups WHERE id = ?"),
                                   {groupId}, context);
        if (!group.next())
            throw StorageError(StorageError::Kind::NotFound, tr("The column to move to no longer exists."));
        if (group.value(0).toString() != item.boardId)
            throw StorageError(StorageError::Kind::Constraint,
                               tr("The column \"%1\" is on another board than the item.").arg(group.value(1).toString()));
        if (group.value(2).toBool())
            throw StorageError(StorageError::Kind::Constraint,
                               tr("The column \"%1\" is archived; nothing can be moved there.").arg(group.value(1).toString()));
        if (item.groupId == groupId) {
            skipReason = tr("The item is already in the column \"%1\".").arg(group.value(1).toString());
            return std::nullopt;
        }
        // At the end of the column: count the cards already there.
        QSqlQuery count = sql::run(db, QStringLiteral("SELECT count(*) FROM task_items WHERE group_id = ? AND archived_at IS NULL"),
                                   {groupId}, context);
        count.next();
        board.moveItem(item.id, TaskPlace{groupId, count.value(0).toInt()});
        caused = TaskEvent{ta::MovedToGroup, item.id, {{QStringLiteral("group_id"), groupId}, {QStringLiteral("from_group_id"), item.groupId}}};
    } else if (automation.actionType == ta::Assign) {
        const QString userId = config.value(QStringLiteral("user_id")).toString();
        if (!sql::run(db, QStringLiteral("SELECT 1 FROM users WHERE id = ?"), {userId}, context).next())
            throw StorageError(StorageError::Kind::NotFound, tr("The user to assign no longer exists."));
        if (sql::run(db, QStringLiteral("SELECT 1 FROM task_item_assignees WHERE item_id = ? AND user_id = ?"), {item.id, userId},
                     context)
                .next()) {
            skipReason = tr("The user is already assigned.");
            return std::nullopt;
        }
        board.setAssigned(item.id, userId, true);
    } else if (automation.actionType == ta::Notify) {
        QStringList recipients;
        const QString userId = config.value(QStringLiteral("user_id")).toString();
        if (!userId.isEmpty()) {
            if (!sql::run(db, QStringLiteral("SELECT 1 FROM users WHERE id = ?"), {userId}, context).next())
                throw StorageError(StorageError::Kind::NotFound, tr("The user to notify no longer exists."));
            recipients.append(userId);
        } else {
            QSqlQuery assignees = sql::run(db, QStringLiteral("SELECT user_id FROM task_item_assignees WHERE item_id = ? ORDER BY created_at"),
                                           {item.id}, context);
            while (assignees.next())
                recipients.append(assignees.value(0).toString());
        }
        if (recipients.isEmpty()) {
            skipReason = tr("Nobody to notify: the item has no assignees.");
            return std::nullopt;
        }
        // {item} and {key} in the message name the item.
        QString message = config.value(QStringLiteral("message")).toString();
        message.replace(QStringLiteral("{item}"), item.name).replace(QStringLiteral("{key}"), item.key);
        for (const QString &recipient : recipients)
            sql::run(db, QStringLiteral("INSERT INTO notifications (user_id, title, body, link_url, meta) VALUES (?, ?, ?, ?, "
                                        "json_object('kind', 'task_automation', 'item_id', ?, 'automation_id', ?))"),
                     {recipient, tr("%1: %2").arg(item.key, item.name), message, QString(QStringLiteral("anchor://task/") + item.id),
                      item.id, automation.id},
                     context);
    } else if (automation.actionType == ta::Archive) {
        board.setArchived(item.id, true, m_actingUserId);
    } else {
        throw StorageError(StorageError::Kind::Constraint, tr("Unknown action \"%1\".").arg(automation.actionType));
    }
    logRun(automation, item, triggerType, fingerprint, QStringLiteral("success"), {});
    transaction.commit();
    return caused;
}

TaskAutomationOutcome TaskAutomationEngine::processEvent(const TaskEvent &event)
{
    TaskAutomationOutcome outcome;
    TaskAutomationRepository repository(m_database);
    QList<Pending> queue{{event, {}, 0}};
    QSet<QString> fired;   // automation id | item id, for this cascade
    int runs = 0;
    while (!queue.isEmpty()) {
        Pending pending = queue.takeFirst();
        ItemState item;
        if (!readItem(pending.event.itemId, item) || item.archived)
            continue;
        if (pending.event.triggerType == ta::DueDateArrived && !pending.event.details.contains(QStringLiteral("due_date")))
            pending.event.details.insert(QStringLiteral("due_date"), item.dueDate);
        const QString value = triggerValue(pending.event);
        const QString triggerType = pending.event.triggerType;

        for (const TaskAutomation &automation : repository.activeFor(item.boardId, triggerType)) {
            if (!matches(automation, pending.event))
                continue;
            const QString print = fingerprint(automation.id, item.id, triggerType, value);
            const auto fail = [&](const QString &message) {
                logRun(automation, item, triggerType, print, QStringLiteral("error"), message);
                ++outcome.failed;
                outcome.errors.append(message);
            };
            // A loop is checked before deduplication: in A -> B -> A the second A has the same
            // fingerprint as the first, and a silent skip would hide the loop.
            if (fired.contains(automation.id + u'|' + item.id)) {
                fail(tr("loop detected: %1").arg((pending.chain + QStringList{automation.name}).join(QStringLiteral(" -> "))));
                outcome.loopDetected = true;
                return outcome;
            }
            if (alreadyRan(automation.id, print)) {
                logRun(automation, item, triggerType, print, QStringLiteral("skipped"), tr("Already ran for this trigger."));
                ++outcome.skipped;
                continue;
            }
            if (pending.depth >= kMaxDepth || runs >= kMaxRuns) {
                fail(tr("Stopped after %1 automation runs in a row: %2")
                         .arg(runs)
                         .arg((pending.chain + QStringList{automation.name}).join(QStringLiteral(" -> "))));
                return outcome;
            }
            fired.insert(automation.id + u'|' + item.id);
            ++runs;
            try {
                QString skipReason;
                const std::optional<TaskEvent> caused = perform(automation, item, print, triggerType, skipReason);
                if (!skipReason.isEmpty()) {
                    logRun(automation, item, triggerType, print, QStringLiteral("skipped"), skipReason);
                    ++outcome.skipped;
                } else {
                    ++outcome.succeeded;
                    if (caused)
                        queue.append({*caused, pending.chain + QStringList{automation.name}, pending.depth + 1});
                }
            } catch (const StorageError &error) {
                if (error.kind() == StorageError::Kind::Busy || error.kind() == StorageError::Kind::DiskFull
                    || error.kind() == StorageError::Kind::ReadOnly || error.kind() == StorageError::Kind::Corrupt)
                    throw;   // the database itself failed: nothing can be logged either
                fail(error.message());
            }
            // Later automations see what this one did; an archived item takes no more actions.
            if (!readItem(item.id, item) || item.archived)
                break;
        }
    }
    return outcome;
}

TaskAutomationOutcome TaskAutomationEngine::runDueDateAutomations(const QDateTime &now)
{
    const QString today = now.toLocalTime().date().toString(Qt::ISODate);
    // Items with at least one due-date automation that has not run for their current due date.
    QSqlQuery due = sql::run(m_database.connection(), QStringLiteral(
        "WITH a AS (SELECT id, board_id FROM task_board_automations WHERE trigger_type = 'due_date_arrived' AND is_active = 1 "
        "           UNION ALL "
        "           SELECT id, NULL FROM task_global_automations WHERE trigger_type = 'due_date_arrived' AND is_active = 1) "
        "SELECT DISTINCT i.id, i.due_date FROM task_items i JOIN a ON a.board_id IS NULL OR a.board_id = i.board_id "
        " WHERE i.archived_at IS NULL AND i.due_date IS NOT NULL AND i.due_date <= ? AND NOT %1 "
        "   AND NOT EXISTS (SELECT 1 FROM task_automation_runs r WHERE r.automation_id = a.id "
        "                   AND r.trigger_fingerprint = a.id || '|' || i.id || '|due_date_arrived|' || i.due_date) "
        " ORDER BY i.due_date, i.id LIMIT ?").arg(doneCondition(QStringLiteral("i"))),
        {today, kDueItemsPerRun}, tr("Looking for tasks that fell due"));
    QList<TaskEvent> events;
    while (due.next())
        events.append({ta::DueDateArrived, due.value(0).toString(), {{QStringLiteral("due_date"), due.value(1).toString()}}});
    due.finish();
    TaskAutomationOutcome outcome;
    for (const TaskEvent &event : std::as_const(events))
        outcome += processEvent(event);
    return outcome;
}

} // namespace anchor::storage
