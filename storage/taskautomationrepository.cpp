#include "taskautomationrepository.h"

#include "sqlhelpers.h"
#include "storageerror.h"
#include "timestamps.h"
#include "transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace anchor::storage {

namespace ta = taskautomation;

namespace {

const QString kColumns = QStringLiteral("id, name, trigger_type, coalesce(trigger_config, '{}'), action_type, "
                                        "coalesce(action_config, '{}'), is_active, created_at");

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Reads rows of kColumns followed by the board id ('' for global automations).
QList<TaskAutomation> readAutomations(QSqlQuery &query)
{
    QList<TaskAutomation> list;
    while (query.next()) {
        TaskAutomation automation;
        automation.id = query.value(0).toString();
        automation.name = query.value(1).toString();
        automation.triggerType = query.value(2).toString();
        automation.triggerConfig = jsonObject(query.value(3).toString());
        automation.actionType = query.value(4).toString();
        automation.actionConfig = jsonObject(query.value(5).toString());
        automation.active = query.value(6).toInt() != 0;
        automation.createdAt = fromDbTimestamp(query.value(7).toString());
        automation.boardId = query.value(8).toString();
        list.append(automation);
    }
    return list;
}

} // namespace

TaskAutomationRepository::TaskAutomationRepository(Database database)
    : m_database(std::move(database))
{
}

QStringList TaskAutomationRepository::triggerTypes()
{
    return {ta::StatusChanged, ta::MovedToGroup, ta::DueDateArrived, ta::ItemCreated};
}

QStringList TaskAutomationRepository::actionTypes()
{
    return {ta::SetStatus, ta::MoveToGroup, ta::Assign, ta::Notify, ta::Archive};
}

QString TaskAutomationRepository::triggerLabel(const QString &type)
{
    if (type == ta::StatusChanged)
        return tr("Status changes");
    if (type == ta::MovedToGroup)
        return tr("Item moved to a column");
    if (type == ta::DueDateArrived)
        return tr("Due date arrives");
    if (type == ta::ItemCreated)
        return tr("Item created");
    return type;
}

QString TaskAutomationRepository::actionLabel(const QString &type)
{
    if (type == ta::SetStatus)
        return tr("Set status");
    if (type == ta::MoveToGroup)
        return tr("Move to column");
    if (type == ta::Assign)
        return tr("Assign");
    if (type == ta::Notify)
        return tr("Notify");
    if (type == ta::Archive)
        return tr("Archive");
    return type;
}

QString TaskAutomationRepository::describe(const TaskAutomation &automation) const
{
    QSqlDatabase db = m_database.connection();
    const auto groupName = [&db](const QString &groupId) {
        QSqlQuery query = sql::run(db, QStringLiteral("SELECT name FROM task_groups WHERE id = ?"), {groupId},
                                   tr("Reading a column"));
        return query.next() ? query.value(0).toString() : tr("(deleted column)");
    };
    const auto userName = [&db](const QString &userId) {
        QSqlQuery query = sql::run(db, QStringLiteral("SELECT trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')), email "
                                                      "FROM users WHERE id = ?"),
                                   {userId}, tr("Reading a user"));
        if (!query.next())
            return tr("(deleted user)");
        return query.value(0).toString().isEmpty() ? query.value(1).toString() : query.value(0).toString();
    };

    QString when;
    if (automation.triggerType == ta::StatusChanged)
        when = tr("When status changes to %1").arg(automation.triggerConfig.value(QStringLiteral("to")).toString());
    else if (automation.triggerType == ta::MovedToGroup)
        when = tr("When moved to %1").arg(groupName(automation.triggerConfig.value(QStringLiteral("group_id")).toString()));
    else if (automation.triggerType == ta::DueDateArrived)
        when = tr("When the due date arrives");
    else
        when = tr("When an item is created");

    QString then;
    const QJsonObject &config = automation.actionConfig;
    if (automation.actionType == ta::SetStatus)
        then = tr("set status to %1").arg(config.value(QStringLiteral("status")).toString());
    else if (automation.actionType == ta::MoveToGroup)
        then = tr("move to %1").arg(groupName(config.value(QStringLiteral("group_id")).toString()));
    else if (automation.actionType == ta::Assign)
        then = tr("assign %1").arg(userName(config.value(QStringLiteral("user_id")).toString()));
    else if (automation.actionType == ta::Notify)
        then = config.value(QStringLiteral("user_id")).toString().isEmpty()
                   ? tr("notify the assignees")
                   : tr("notify %1").arg(userName(config.value(QStringLiteral("user_id")).toString()));
    else
        then = tr("archive the item");
    return tr("%1: %2").arg(when, then);
}

QList<TaskAutomation> TaskAutomationRepository::boardAutomations(const QString &boardId) const
{
    QSqlQuery query = sql::run(m_database.connection(),
                               QStringLiteral("SELECT %1, board_id FROM task_board_automations WHERE board_id = ? ORDER BY created_at, rowid")
                                   .arg(kColumns),
                               {boardId}, tr("Reading the board's automations"));
    return readAutomations(query);
}

QList<TaskAutomation> TaskAutomationRepository::globalAutomations() const
{
    QSqlQuery query = sql::run(m_database.connection(),
                               QStringLiteral("SELECT %1, '' FROM task_global_automations ORDER BY created_at, rowid").arg(kColumns),
                               {}, tr("Reading the global automations"));
    return readAutomations(query);
}

std::optional<TaskAutomation> TaskAutomationRepository::automation(const QString &id) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query = sql::run(db, QStringLiteral("SELECT %1, board_id FROM task_board_automations WHERE id = ? UNION ALL "
                                                  "SELECT %1, '' FROM task_global_automations WHERE id = ?").arg(kColumns),
                               {id, id}, tr("Reading an automation"));
    const QList<TaskAutomation> list = readAutomations(query);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<TaskAutomation> TaskAutomationRepository::activeFor(const QString &boardId, const QString &triggerType) const
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Reading the automations to run");
    QSqlQuery board = sql::run(db, QStringLiteral("SELECT %1, board_id FROM task_board_automations "
                                                  "WHERE board_id = ? AND trigger_type = ? AND is_active = 1 ORDER BY created_at, rowid")
                                       .arg(kColumns),
                               {boardId, triggerType}, context);
    QList<TaskAutomation> list = readAutomations(board);
    QSqlQuery global = sql::run(db, QStringLiteral("SELECT %1, '' FROM task_global_automations "
                                                   "WHERE trigger_type = ? AND is_active = 1 ORDER BY created_at, rowid")
                                        .arg(kColumns),
                                {triggerType}, context);
    list.append(readAutomations(global));
    return list;
}

void TaskAutomationRepository::validate(const TaskAutomation &automation) const
{
    const auto refuse = [](const QString &message) { throw StorageError(StorageError::Kind::Constraint, message); };
    if (automation.name.trimmed().isEmpty())
        refuse(tr("An automation needs a name."));
    if (!triggerTypes().contains(automation.triggerType))
        refuse(tr("Unknown trigger \"%1\"; use one of %2.").arg(automation.triggerType, triggerTypes().join(QStringLiteral(", "))));
    if (!actionTypes().contains(automation.actionType))
        refuse(tr("Unknown action \"%1\"; use one of %2.").arg(automation.actionType, actionTypes().join(QStringLiteral(", "))));

    QSqlDatabase db = m_database.connection();
    const QString context = tr("Checking an automation");
    if (!automation.boardId.isEmpty()
        && !sql::run(db, QStringLiteral("SELECT 1 FROM task_boards WHERE id = ?"), {automation.boardId}, context).next())
        refuse(tr("The board of this automation does not exist."));
    // A column must exist; a board automation may only name its own board's columns.
    const auto checkGroup = [&](const QJsonObject &config, const QString &what) {
        const QString groupId = config.value(QStringLiteral("group_id")).toString();
        if (groupId.isEmpty())
            refuse(tr("%1 needs a column.").arg(what));
        QSqlQuery group = sql::run(db, QStringLiteral("SELECT board_id FROM task_groups WHERE id = ?"), {groupId}, context);
        if (!group.next())
            refuse(tr("%1: the column does not exist.").arg(what));
        if (!automation.boardId.isEmpty() && group.value(0).toString() != automation.boardId)
            refuse(tr("%1: the column belongs to another board.").arg(what));
    };
    const auto checkUser = [&](const QString &userId, const QString &what) {
        if (!sql::run(db, QStringLiteral("SELECT 1 FROM users WHERE id = ?"), {userId}, context).next())
            refuse(tr("%1: there is no such user.").arg(what));
    };

    const QString trigger = triggerLabel(automation.triggerType);
    if (automation.triggerType == ta::StatusChanged
        && automation.triggerConfig.value(QStringLiteral("to")).toString().trimmed().isEmpty())
        refuse(tr("%1 needs the status it changes to.").arg(trigger));
    if (automation.triggerType == ta::MovedToGroup)
        checkGroup(automation.triggerConfig, trigger);

    const QString action = actionLabel(automation.actionType);
    const QJsonObject &config = automation.actionConfig;
    if (automation.actionType == ta::SetStatus && config.value(QStringLiteral("status")).toString().trimmed().isEmpty())
        refuse(tr("%1 needs the status to set.").arg(action));
    if (automation.actionType == ta::MoveToGroup)
        checkGroup(config, action);
    if (automation.actionType == ta::Assign) {
        if (config.value(QStringLiteral("user_id")).toString().isEmpty())
            refuse(tr("%1 needs the user to assign.").arg(action));
        checkUser(config.value(QStringLiteral("user_id")).toString(), action);
    }
    if (automation.actionType == ta::Notify) {
        if (config.value(QStringLiteral("message")).toString().trimmed().isEmpty())
            refuse(tr("%1 needs a message.").arg(action));
        if (!config.value(QStringLiteral("user_id")).toString().isEmpty())
            checkUser(config.value(QStringLiteral("user_id")).toString(), action);
    }
}

QString TaskAutomationRepository::save(const TaskAutomation &automation, const QString &createdBy)
{
    validate(automation);
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Saving the automation \"%1\"").arg(automation.name);
    Transaction transaction(db);
    QString id = automation.id;
    const QVariantList values = {automation.name.trimmed(), automation.triggerType, jsonText(automation.triggerConfig),
                                 automation.actionType, jsonText(automation.actionConfig), automation.active ? 1 : 0};
    if (id.isEmpty()) {
        id = newId();
        if (automation.isGlobal())
            sql::run(db, QStringLiteral("INSERT INTO task_global_automations (name, trigger_type, trigger_config, action_type, "
                                        "action_config, is_active, id, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     values + QVariantList{id, sql::textOrNull(createdBy)}, context);
        else
            sql::run(db, QStringLiteral("INSERT INTO task_board_automations (name, trigger_type, trigger_config, action_type, "
                                        "action_config, is_active, id, created_by, board_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     values + QVariantList{id, sql::textOrNull(createdBy), automation.boardId}, context);
    } else {
        // Scope never changes on an update: the row stays in the table it was created in.
        const QString table = automation.isGlobal() ? QStringLiteral("task_global_automations")
                                                    : QStringLiteral("task_board_automations");
        QSqlQuery update = sql::run(db, QStringLiteral("UPDATE %1 SET name = ?, trigger_type = ?, trigger_config = ?, action_type = ?, "
                                                       "action_config = ?, is_active = ? WHERE id = ?").arg(table),
                                    values + QVariantList{id}, context);
        if (update.numRowsAffected() == 0)
            throw StorageError(StorageError::Kind::NotFound, tr("The automation \"%1\" no longer exists.").arg(automation.name));
    }
    transaction.commit();
    return id;
}

void TaskAutomationRepository::setActive(const QString &id, bool active)
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Switching an automation on or off");
    Transaction transaction(db);
    int changed = 0;
    for (const QString &table : {QStringLiteral("task_board_automations"), QStringLiteral("task_global_automations")})
        changed += sql::run(db, QStringLiteral("UPDATE %1 SET is_active = ? WHERE id = ?").arg(table), {active ? 1 : 0, id}, context)
                       .numRowsAffected();
    if (changed == 0)
        throw StorageError(StorageError::Kind::NotFound, tr("That automation no longer exists."));
    transaction.commit();
}

void TaskAutomationRepository::remove(const QString &id)
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Deleting an automation");
    Transaction transaction(db);
    for (const QString &table : {QStringLiteral("task_board_automations"), QStringLiteral("task_global_automations")})
        sql::run(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id}, context);
    transaction.commit();
}

QList<TaskAutomationRun> TaskAutomationRepository::recentRuns(const QString &boardId, int limit) const
{
    QSqlQuery query = sql::run(
        m_database.connection(),
        QStringLiteral("SELECT r.id, r.scope, coalesce(r.automation_id, ''), coalesce(ba.name, ga.name, ''), coalesce(r.board_id, ''), "
                       "       coalesce(r.item_id, ''), coalesce(i.name, ''), coalesce(r.trigger_type, ''), "
                       "       coalesce(r.trigger_fingerprint, ''), r.status, coalesce(r.error, ''), r.ran_at "
                       "  FROM task_automation_runs r "
                       "  LEFT JOIN task_board_automations ba ON r.scope = 'board' AND ba.id = r.automation_id "
                       "  LEFT JOIN task_global_automations ga ON r.scope = 'global' AND ga.id = r.automation_id "
                       "  LEFT JOIN task_items i ON i.id = r.item_id "
                       " WHERE (coalesce(?, '') = '' OR r.board_id = ?) ORDER BY r.ran_at DESC, r.rowid DESC LIMIT ?"),
        {boardId, boardId, limit}, tr("Reading the automation log"));
    QList<TaskAutomationRun> runs;
    while (query.next()) {
        TaskAutomationRun run;
        run.id = query.value(0).toString();
        run.scope = query.value(1).toString();
        run.automationId = query.value(2).toString();
        run.automationName = query.value(3).toString();
        run.boardId = query.value(4).toString();
        run.itemId = query.value(5).toString();
        run.itemName = query.value(6).toString();
        run.triggerType = query.value(7).toString();
        run.fingerprint = query.value(8).toString();
        run.status = query.value(9).toString();
        run.error = query.value(10).toString();
        run.ranAt = fromDbTimestamp(query.value(11).toString());
        runs.append(run);
    }
    return runs;
}

} // namespace anchor::storage
