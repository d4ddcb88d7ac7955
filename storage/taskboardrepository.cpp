#include "taskboardrepository.h"

#include "sqlhelpers.h"
#include "storageerror.h"
#include "timestamps.h"
#include "transaction.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace anchor::storage {

namespace {

const QString kNow = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");

QString requireName(const QString &name, const QString &what)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, what);
    return trimmed.left(200);
}

// A person's display name and initials from the users row.
const QString kPersonName = QStringLiteral(
    "coalesce(nullif(trim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '')), ''), u.email, '')");

QString initialsOf(const QString &name)
{
    QString initials;
    for (const QString &part : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (part.at(0).isLetter())
            initials += part.at(0).toUpper();
        if (initials.size() == 2)
            break;
    }
    return initials.isEmpty() ? name.left(1).toUpper() : initials;
}

const QString kCardColumns = QStringLiteral(
    "SELECT i.id, i.board_id, i.group_id, i.position, coalesce(i.item_number, 0), coalesce(b.board_prefix, ''), i.name, "
    "coalesce(i.status, ''), coalesce(i.due_date, ''), i.priority, coalesce(i.color, ''), i.is_voicemail, "
    "i.needs_attention, coalesce(i.call_id, ''), i.created_at, coalesce(i.archived_at, ''), "
    "(SELECT count(*) FROM task_subitems s WHERE s.parent_item_id = i.id AND s.archived_at IS NULL AND s.completed_at IS NOT NULL), "
    "(SELECT count(*) FROM task_subitems s WHERE s.parent_item_id = i.id AND s.archived_at IS NULL) "
    "FROM task_items i JOIN task_boards b ON b.id = i.board_id ");

TaskCard readCard(const QSqlQuery &q)
{
    TaskCard card;
    card.id = q.value(0).toString();
    card.boardId = q.value(1).toString();
    card.groupId = q.value(2).toString();
    card.position = q.value(3).toInt();
    card.number = q.value(4).toInt();
    const QString prefix = q.value(5).toString();
    card.key = prefix.isEmpty() ? QStringLiteral("#%1").arg(card.number) : QStringLiteral("%1-%2").arg(prefix).arg(card.number);
    card.name = q.value(6).toString();
    card.status = q.value(7).toString();
    card.dueDate = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    card.priority = q.value(9).toString();
    card.color = q.value(10).toString();
    card.isVoicemail = q.value(11).toInt() != 0;
    card.needsAttention = q.value(12).toInt() != 0;
    card.callId = q.value(13).toString();
    card.createdAt = fromDbTimestamp(q.value(14).toString());
    card.archivedAt = fromDbTimestamp(q.value(15).toString());
    card.subitemsDone = q.value(16).toInt();
    card.subitemsTotal = q.value(17).toInt();
    return card;
}

// Fills assignees, and the status colour and done state from the labels that apply.
void decorate(const QSqlDatabase &db, QList<TaskCard> &cards, const QList<TaskStatusLabel> &labels, const QString &boardId)
{
    if (cards.isEmpty())
        return;
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = 0; i < cards.size(); ++i)
        indexOf.insert(cards.at(i).id, i);
    QSqlQuery assignees = boardId.isEmpty()
        ? sql::run(db, QStringLiteral("SELECT a.item_id, a.user_id, ") + kPersonName
                       + QStringLiteral(" FROM task_item_assignees a JOIN users u ON u.id = a.user_id WHERE a.item_id = ?"),
                   {cards.first().id}, QCoreApplication::translate("anchor::storage::TaskBoardRepository", "Loading tasks"))
        : sql::run(db, QStringLiteral("SELECT a.item_id, a.user_id, ") + kPersonName
                       + QStringLiteral(" FROM task_item_assignees a JOIN users u ON u.id = a.user_id "
                                        "JOIN task_items i ON i.id = a.item_id WHERE i.board_id = ? AND i.archived_at IS NULL "
                                        "ORDER BY a.created_at"),
                   {boardId}, QCoreApplication::translate("anchor::storage::TaskBoardRepository", "Loading tasks"));
    while (assignees.next()) {
        const auto index = indexOf.constFind(assignees.value(0).toString());
        if (index == indexOf.constEnd())
            continue;
        const QString name = assignees.value(2).toString();
        cards[*index].assignees.append({assignees.value(1).toString(), name, initialsOf(name)});
    }
    for (TaskCard &card : cards) {
        for (const TaskStatusLabel &label : labels) {
            if (label.label == card.status) {
                card.statusColor = label.color;
                card.statusDone = label.isDone;
                break;
            }
        }
    }
}

struct LabelSpec
{
    QString label;
    const char *color;
    bool done;
};

QList<QString> groupsOf(BoardTemplate boardTemplate)
{
    switch (boardTemplate) {
    case BoardTemplate::BasicWorkflow:
        return {TaskBoardRepository::tr("To do"), TaskBoardRepository::tr("In progress"), TaskBoardRepository::tr("Done")};
    case BoardTemplate::SalesSprint:
        return {TaskBoardRepository::tr("Prospects"), TaskBoardRepository::tr("Contacted"), TaskBoardRepository::tr("Proposal"),
                TaskBoardRepository::tr("Negotiation"), TaskBoardRepository::tr("Closed")};
    case BoardTemplate::ProjectDelivery:
        return {TaskBoardRepository::tr("Backlog"), TaskBoardRepository::tr("Planned"), TaskBoardRepository::tr("In progress"),
                TaskBoardRepository::tr("Review"), TaskBoardRepository::tr("Delivered")};
    case BoardTemplate::Blank:
        break;
    }
    return {TaskBoardRepository::tr("To do")};
}

QList<LabelSpec> labelsOf(BoardTemplate boardTemplate)
{
    switch (boardTemplate) {
    case BoardTemplate::BasicWorkflow:
        return {{TaskBoardRepository::tr("Pending"), "#9aa0a6", false},
                {TaskBoardRepository::tr("In progress"), "#1a73e8", false},
                {TaskBoardRepository::tr("Complete"), "#188038", true}};
    case BoardTemplate::SalesSprint:
        return {{TaskBoardRepository::tr("New"), "#9aa0a6", false},
                {TaskBoardRepository::tr("Follow up"), "#f29900", false},
                {TaskBoardRepository::tr("Won"), "#188038", true},
                {TaskBoardRepository::tr("Lost"), "#d93025", true}};
    case BoardTemplate::ProjectDelivery:
        return {{TaskBoardRepository::tr("Not started"), "#9aa0a6", false},
                {TaskBoardRepository::tr("Working on it"), "#1a73e8", false},
                {TaskBoardRepository::tr("Stuck"), "#d93025", false},
                {TaskBoardRepository::tr("Done"), "#188038", true}};
    case BoardTemplate::Blank:
        break;
    }
    return {};
}

} // namespace

TaskBoardRepository::TaskBoardRepository(Database database)
    : m_database(std::move(database))
{
}

QString TaskBoardRepository::templateName(BoardTemplate boardTemplate)
{
    switch (boardTemplate) {
    case BoardTemplate::BasicWorkflow:
        return tr("Basic Workflow");
    case BoardTemplate::SalesSprint:
        return tr("Sales Sprint");
    case BoardTemplate::ProjectDelivery:
        return tr("Project Delivery");
    case BoardTemplate::Blank:
        break;
    }
    return tr("Blank board");
}

// --- Workspaces ------------------------------------------------------------------------------

QList<TaskWorkspace> TaskBoardRepository::workspaces() const
{
    QSqlQuery query = sql::run(m_database.connection(),
                               QStringLiteral("SELECT id, name, coalesce(created_by, '') FROM task_workspaces "
                                              "WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE"),
                               {}, tr("Loading workspaces"));
    QList<TaskWorkspace> result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return result;
}

QString TaskBoardRepository::createWorkspace(const QString &name, const QString &createdBy)
{
    const QString trimmed = requireName(name, tr("A workspace needs a name."));
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Creating a workspace");
    Transaction transaction(db);
    const QString id = newId();
    sql::run(db, QStringLiteral("INSERT INTO task_workspaces (id, name, created_by) VALUES (?, ?, (SELECT id FROM users WHERE id = ?))"),
             {id, trimmed, createdBy}, context);
    sql::run(db, QStringLiteral("INSERT OR IGNORE INTO task_workspace_memberships (workspace_id, user_id, role) "
                                "SELECT ?, id, 'admin' FROM users WHERE id = ?"),
             {id, createdBy}, context);
    transaction.commit();
    return id;
}

void TaskBoardRepository::renameWorkspace(const QString &workspaceId, const QString &name)
{
    sql::run(m_database.connection(), QStringLiteral("UPDATE task_workspaces SET name = ? WHERE id = ?"),
             {requireName(name, tr("A workspace needs a name.")), workspaceId}, tr("Renaming a workspace"));
}

void TaskBoardRepository::setWorkspaceDeleted(const QString &workspaceId, bool deleted)
{
    sql::run(m_database.connection(),
             QStringLiteral("UPDATE task_workspaces SET deleted_at = CASE WHEN ? THEN ") + kNow + QStringLiteral(" END WHERE id = ?"),
             {deleted ? 1 : 0, workspaceId}, tr("Deleting a workspace"));
}

QList<WorkspaceMember> TaskBoardRepository::members(const QString &workspaceId) const
{
    QSqlQuery query = sql::run(m_database.connection(),
                               QStringLiteral("SELECT m.user_id, ") + kPersonName + QStringLiteral(
                                   ", m.role FROM task_workspace_memberships m JOIN users u ON u.id = m.user_id "
                                   "WHERE m.workspace_id = ? ORDER BY 2 COLLATE NOCASE"),
                               {workspaceId}, tr("Loading workspace members"));
    QList<WorkspaceMember> result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return result;
}

void TaskBoardRepository::setMember(const QString &workspaceId, const QString &userId, const QString &role)
{
    const QString context = tr("Changing workspace members");
    if (role.isEmpty()) {
        sql::run(m_database.connection(),
                 QStringLiteral("DELETE FROM task_workspace_memberships WHERE workspace_id = ? AND user_id = ?"),
                 {workspaceId, userId}, context);
        return;
    }
    if (role != QLatin1String("member") && role != QLatin1String("admin"))
        throw StorageError(StorageError::Kind::Constraint, tr("\"%1\" is not a workspace role (member or admin).").arg(role));
    sql::run(m_database.connection(), QStringLiteral(
        "INSERT INTO task_workspace_memberships (workspace_id, user_id, role) VALUES (?, ?, ?) "
        "ON CONFLICT (workspace_id, user_id) DO UPDATE SET role = excluded.role"),
        {workspaceId, userId, role}, context);
}

// --- Boards ----------------------------------------------------------------------------------

QList<TaskBoard> TaskBoardRepository::boards(const QString &workspaceId) const
{
    QSqlQuery query = sql::run(m_database.connection(), QStringLiteral(
        "SELECT b.id, b.workspace_id, w.name, b.name, coalesce(b.description, ''), coalesce(b.board_prefix, '') "
        "FROM task_boards b JOIN task_workspaces w ON w.id = b.workspace_id "
        "WHERE b.deleted_at IS NULL AND w.deleted_at IS NULL AND (coalesce(?, '') = '' OR b.workspace_id = ?) "
        "ORDER BY w.name COLLATE NOCASE, b.name COLLATE NOCASE"),
        {workspaceId, workspaceId}, tr("Loading boards"));
    QList<TaskBoard> result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString(), query.value(5).toString()});
    return result;
}

std::optional<TaskBoard> TaskBoardRepository::board(const QString &boardId) const
{
    QSqlQuery query = sql::run(m_database.connection(), QStringLiteral(
        "SELECT b.id, b.workspace_id, w.name, b.name, coalesce(b.description, ''), coalesce(b.board_prefix, '') "
        "FROM task_boards b JOIN task_workspaces w ON w.id = b.workspace_id WHERE b.id = ? AND b.deleted_at IS NULL"),
        {boardId}, tr("Loading a board"));
    if (!query.next())
        return std::nullopt;
    return TaskBoard{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toString(), query.value(5).toString()};
}

namespace {

QString checkedPrefix(const QString &prefix)
{
    const QString upper = prefix.trimmed().toUpper();
    for (const QChar c : upper) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128))
            throw StorageError(StorageError::Kind::Constraint,
                               TaskBoardRepository::tr("A board prefix is letters and digits only, like DENT."));
    }
    if (upper.size() > 10)
        throw StorageError(StorageError::Kind::Constraint, TaskBoardRepository::tr("A board prefix is at most 10 characters."));
    return upper;
}

} // namespace

QString TaskBoardRepository::createBoard(const QString &workspaceId, const QString &name, const QString &prefix,
                                         BoardTemplate boardTemplate, const QString &createdBy)
{
    const QString trimmed = requireName(name, tr("A board needs a name."));
    const QString boardPrefix = checkedPrefix(prefix);
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Creating a board");
    Transaction transaction(db);
    const QString id = newId();
    sql::run(db, QStringLiteral("INSERT INTO task_boards (id, workspace_id, name, board_prefix, created_by) "
                                "VALUES (?, ?, ?, ?, (SELECT id FROM users WHERE id = ?))"),
             {id, workspaceId, trimmed, sql::textOrNull(boardPrefix), createdBy}, context);
    const QList<QString> groups = groupsOf(boardTemplate);
    for (int i = 0; i < groups.size(); ++i)
        sql::run(db, QStringLiteral("INSERT INTO task_groups (id, board_id, name, order_index) VALUES (?, ?, ?, ?)"),
                 {newId(), id, groups.at(i), i}, context);
    const QList<LabelSpec> labels = labelsOf(boardTemplate);
    for (int i = 0; i < labels.size(); ++i)
        sql::run(db, QStringLiteral("INSERT INTO task_board_status_labels (id, board_id, label, color, order_index, is_done_state) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                 {newId(), id, labels.at(i).label, QString::fromLatin1(labels.at(i).color), i, labels.at(i).done ? 1 : 0},
                 context);
    transaction.commit();
    return id;
}

void TaskBoardRepository::updateBoard(const QString &boardId, const QString &name, const QString &description,
                                      const QString &prefix)
{
    sql::run(m_database.connection(),
             QStringLiteral("UPDATE task_boards SET name = ?, description = ?, board_prefix = ? WHERE id = ?"),
             {requireName(name, tr("A board needs a name.")), sql::textOrNull(description.trimmed()),
              sql::textOrNull(checkedPrefix(prefix)), boardId},
             tr("Saving a board"));
}

void TaskBoardRepository::setBoardDeleted(const QString &boardId, bool deleted)
{
    sql::run(m_database.connection(),
             QStringLiteral("UPDATE task_boards SET deleted_at = CASE WHEN ? THEN ") + kNow + QStringLiteral(" END WHERE id = ?"),
             {deleted ? 1 : 0, boardId}, tr("Deleting a board"));
}

// --- Columns ---------------------------------------------------------------------------------

QList<TaskGroup> TaskBoardRepository::groups(const QString &boardId, bool includeArchived) const
{
    QSqlQuery query = sql::run(m_database.connection(), QStringLiteral(
        "SELECT id, board_id, name, order_index, coalesce(color, ''), archived_at IS NOT NULL FROM task_groups "
        "WHERE board_id = ? AND (? OR archived_at IS NULL) ORDER BY order_index, name"),
        {boardId, includeArchived ? 1 : 0}, tr("Loading a board's columns"));
    QList<TaskGroup> result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toInt(), query.value(4).toString(), query.value(5).toInt() != 0});
    return result;
}

QString TaskBoardRepository::addGroup(const QString &boardId, const QString &name, int orderIndex)
{
    const QString trimmed = requireName(name, tr("A column needs a name."));
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Adding a column");
    Transaction transaction(db);
    QSqlQuery last = sql::run(db, QStringLiteral("SELECT coalesce(max(order_index) + 1, 0) FROM task_groups WHERE board_id = ?"),
                              {boardId}, context);
    const int end = last.next() ? last.value(0).toInt() : 0;
    last.finish();
    const int at = orderIndex < 0 || orderIndex > end ? end : orderIndex;
    sql::run(db, QStringLiteral("UPDATE task_groups SET order_index = order_index + 1 WHERE board_id = ? AND order_index >= ?"),
             {boardId, at}, context);
    const QString id = newId();
    sql::run(db, QStringLiteral("INSERT INTO task_groups (id, board_id, name, order_index) VALUES (?, ?, ?, ?)"),
             {id, boardId, trimmed, at}, context);
    transaction.commit();
    return id;
}

void TaskBoardRepository::renameGroup(const QString &groupId, const QString &name)
{
    sql::run(m_database.connection(), QStringLiteral("UPDATE task_groups SET name = ? WHERE id = ?"),
             {requireName(name, tr("A column needs a name.")), groupId}, tr("Renaming a column"));
}

void TaskBoardRepository::moveGroup(const QString &groupId, int orderIndex)
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Moving a column");
    Transaction transaction(db);
    QSqlQuery group = sql::run(db, QStringLiteral("SELECT board_id FROM task_groups WHERE id = ?"), {groupId}, context);
    if (!group.next())
        throw StorageError(StorageError::Kind::NotFound, tr("The column no longer exists."));
    const QString boardId = group.value(0).toString();
    group.finish();
    // Renumber densely in the new order.
    QSqlQuery ordered = sql::run(db, QStringLiteral("SELECT id FROM task_groups WHERE board_id = ? AND id <> ? "
                                                    "ORDER BY order_index, name"),
                                 {boardId, groupId}, context);
    QStringList ids;
    while (ordered.next())
        ids.append(ordered.value(0).toString());
    ordered.finish();
    ids.insert(qBound(0, orderIndex, int(ids.size())), groupId);
    QSqlQuery update(db);
    sql::prepare(update, QStringLiteral("UPDATE task_groups SET order_index = ? WHERE id = ?"));
    for (int i = 0; i < ids.size(); ++i) {
        update.addBindValue(i);
        update.addBindValue(ids.at(i));
        sql::exec(update, context);
    }
    transaction.commit();
}

void TaskBoardRepository::setGroupArchived(const QString &groupId, bool archived)
{
    sql::run(m_database.connection(),
             QStringLiteral("UPDATE task_groups SET archived_at = CASE WHEN ? THEN ") + kNow + QStringLiteral(" END WHERE id = ?"),
             {archived ? 1 : 0, groupId}, tr("Archiving a column"));
}

// --- Status labels ---------------------------------------------------------------------------

QList<TaskStatusLabel> TaskBoardRepository::boardLabels(const QString &boardId) const
{
    QSqlQuery query = sql::run(m_database.connection(), QStringLiteral(
        "SELECT id, board_id, label, coalesce(color, ''), order_index, is_done_state FROM task_board_status_labels "
        "WHERE board_id = ? ORDER BY order_index, label"), {boardId}, tr("Loading status labels"));
    QList<TaskStatusLabel> result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toInt(), query.value(5).toInt() != 0});
    return result;
}

QList<TaskStatusLabel> TaskBoardRepository::globalLabels() const
{
    QSqlQuery query = sql::run(m_database.connection(), QStringLiteral(
        "SELECT id, '', label, coalesce(color, ''), order_index, is_done_state FROM task_global_status_labels "
        "ORDER BY order_index, label"), {}, tr("Loading status labels"));
    QList<TaskStatusLabel> result;
    while (query.next())
        result.append({query.value(0).toString(), {}, query.value(2).toString(), query.value(3).toString(),
                       query.value(4).toInt(), query.value(5).toInt() != 0});
    if (result.isEmpty()) {   // seed 000's workflow: pending -> in_progress -> complete
        result = {{{}, {}, tr("Pending"), QStringLiteral("#9aa0a6"), 0, false},
                  {{}, {}, tr("In progress"), QStringLiteral("#1a73e8"), 1, false},
                  {{}, {}, tr("Complete"), QStringLiteral("#188038"), 2, true}};
    }
    return result;
}

QList<TaskStatusLabel> TaskBoardRepository::statusLabels(const QString &boardId) const
{
    QList<TaskStatusLabel> labels = boardLabels(boardId);
    return labels.isEmpty() ? globalLabels() : labels;
}

void TaskBoardRepository::saveLabels(const QString &boardId, const QList<TaskStatusLabel> &labels)
{
    QStringList seen;
    for (const TaskStatusLabel &label : labels) {
        const QString name = label.label.trimmed();
        if (name.isEmpty())
            throw StorageError(StorageError::Kind::Constraint, tr("A status label needs a name."));
        if (seen.contains(name, Qt::CaseInsensitive))
            throw StorageError(StorageError::Kind::Constraint, tr("The status label \"%1\" appears twice.").arg(name));
        seen.append(name);
    }
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Saving status labels");
    Transaction transaction(db);
    if (boardId.isEmpty())
        sql::run(db, QStringLiteral("DELETE FROM task_global_status_labels"), {}, context);
    else
        sql::run(db, QStringLiteral("DELETE FROM task_board_status_labels WHERE board_id = ?"), {boardId}, context);
    for (int i = 0; i < labels.size(); ++i) {
        const TaskStatusLabel &label = labels.at(i);
        const QString id = label.id.isEmpty() ? newId() : label.id;
        if (boardId.isEmpty())
            sql::run(db, QStringLiteral("INSERT INTO task_global_status_labels (id, label, color, order_index, is_done_state) "
                                        "VALUES (?, ?, ?, ?, ?)"),
                     {id, label.label.trimmed(), sql::textOrNull(label.color), i, label.isDone ? 1 : 0}, context);
        else
            sql::run(db, QStringLiteral("INSERT INTO task_board_status_labels (id, board_id, label, color, order_index, "
                                        "is_done_state) VALUES (?, ?, ?, ?, ?, ?)"),
                     {id, boardId, label.label.trimmed(), sql::textOrNull(label.color), i, label.isDone ? 1 : 0}, context);
    }
    transaction.commit();
}

// --- Cards -----------------------------------------------------------------------------------

QList<TaskCard> TaskBoardRepository::cards(const QString &boardId) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query = sql::run(db, kCardColumns + QStringLiteral(
        "JOIN task_groups g ON g.id = i.group_id WHERE i.board_id = ? AND i.archived_at IS NULL "
        "ORDER BY g.order_index, i.group_id, i.position"), {boardId}, tr("Loading tasks"));
    QList<TaskCard> result;
    while (query.next())
        result.append(readCard(query));
    query.finish();
    decorate(db, result, statusLabels(boardId), boardId);
    return result;
}

QList<TaskCard> TaskBoardRepository::firstCards(const QString &boardId, int perGroup) const
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Loading tasks");
    const QList<TaskStatusLabel> labels = statusLabels(boardId);
    QList<TaskCard> result;
    for (const TaskGroup &group : groups(boardId)) {
        QList<TaskCard> column;
        QSqlQuery query = sql::run(db, kCardColumns + QStringLiteral(
            "WHERE i.group_id = ? AND i.archived_at IS NULL ORDER BY i.position LIMIT ?"), {group.id, perGroup}, context);
        while (query.next())
            column.append(readCard(query));
        query.finish();
        // Assignees of these cards only (decorate() would read the whole board's).
        QHash<QString, qsizetype> indexOf;
        for (qsizetype i = 0; i < column.size(); ++i)
            indexOf.insert(column.at(i).id, i);
        QSqlQuery assignees = sql::run(db, QStringLiteral("SELECT a.item_id, a.user_id, ") + kPersonName + QStringLiteral(
            " FROM task_items i JOIN task_item_assignees a ON a.item_id = i.id JOIN users u ON u.id = a.user_id "
            "WHERE i.group_id = ? AND i.archived_at IS NULL AND i.position < ? ORDER BY a.created_at"),
            {group.id, perGroup}, context);
        while (assignees.next()) {
            const auto index = indexOf.constFind(assignees.value(0).toString());
            if (index == indexOf.constEnd())
                continue;
            const QString name = assignees.value(2).toString();
            column[*index].assignees.append({assignees.value(1).toString(), name, initialsOf(name)});
        }
        result += column;
    }
    for (TaskCard &card : result) {
        for (const TaskStatusLabel &label : labels) {
            if (label.label == card.status) {
                card.statusColor = label.color;
                card.statusDone = label.isDone;
                break;
            }
        }
    }
    return result;
}

std::optional<TaskCard> TaskBoardRepository::card(const QString &itemId) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query = sql::run(db, kCardColumns + QStringLiteral("WHERE i.id = ?"), {itemId}, tr("Loading a task"));
    if (!query.next())
        return std::nullopt;
    QList<TaskCard> one{readCard(query)};
    query.finish();
    decorate(db, one, statusLabels(one.first().boardId), {});
    return one.first();
}

std::optional<TaskItemDetail> TaskBoardRepository::detail(const QString &itemId) const
{
    const std::optional<TaskCard> found = card(itemId);
    if (!found)
        return std::nullopt;
    QSqlQuery query = sql::run(m_database.connection(), QStringLiteral(
        "SELECT coalesce(i.description, ''), b.name, g.name, coalesce(i.created_by, '') FROM task_items i "
        "JOIN task_boards b ON b.id = i.board_id JOIN task_groups g ON g.id = i.group_id WHERE i.id = ?"),
        {itemId}, tr("Loading a task"));
    TaskItemDetail detail;
    detail.card = *found;
    if (query.next()) {
        detail.description = query.value(0).toString();
        detail.boardName = query.value(1).toString();
        detail.groupName = query.value(2).toString();
        detail.createdBy = query.value(3).toString();
    }
    return detail;
}

namespace {

struct GroupInfo
{
    QString boardId;
    bool archived = false;
};

GroupInfo groupInfo(const QSqlDatabase &db, const QString &groupId, const QString &context)
{
    QSqlQuery group = sql::run(db, QStringLiteral("SELECT g.board_id, g.archived_at IS NOT NULL FROM task_groups g "
                                                  "JOIN task_boards b ON b.id = g.board_id WHERE g.id = ? AND b.deleted_at IS NULL"),
                               {groupId}, context);
    if (!group.next())
        throw StorageError(StorageError::Kind::NotFound,
                           QCoreApplication::translate("anchor::storage::TaskBoardRepository", "The column no longer exists."));
    return {group.value(0).toString(), group.value(1).toInt() != 0};
}

int cardsIn(const QSqlDatabase &db, const QString &groupId, const QString &context)
{
    QSqlQuery count = sql::run(db, QStringLiteral("SELECT count(*) FROM task_items WHERE group_id = ? AND archived_at IS NULL"),
                               {groupId}, context);
    return count.next() ? count.value(0).toInt() : 0;
}

} // namespace

QString TaskBoardRepository::createItem(const QString &groupId, const QString &name, const QString &createdBy, int position,
                                        const QString &status)
{
    const QString trimmed = requireName(name, tr("A task needs a name."));
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Adding a task");
    Transaction transaction(db);
    const GroupInfo group = groupInfo(db, groupId, context);
    if (group.archived)
        throw StorageError(StorageError::Kind::Constraint, tr("The column is archived: tasks cannot be added to it."));
    const int count = cardsIn(db, groupId, context);
    const int at = position < 0 || position > count ? count : position;
    sql::run(db, QStringLiteral("UPDATE task_items SET position = position + 1 WHERE group_id = ? AND archived_at IS NULL "
                                "AND position >= ?"),
             {groupId, at}, context);
    QSqlQuery number = sql::run(db, QStringLiteral("UPDATE task_boards SET next_item_number = next_item_number + 1 WHERE id = ? "
                                                   "RETURNING next_item_number - 1"),
                                {group.boardId}, context);
    const int itemNumber = number.next() ? number.value(0).toInt() : 1;
    number.finish();
    QString initialStatus = status;
    if (initialStatus.isEmpty()) {
        const QList<TaskStatusLabel> labels = statusLabels(group.boardId);
        if (!labels.isEmpty())
            initialStatus = labels.first().label;
    }
    const QString id = newId();
    sql::run(db, QStringLiteral("INSERT INTO task_items (id, group_id, board_id, position, item_number, name, status, created_by) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT id FROM users WHERE id = ?))"),
             {id, groupId, group.boardId, at, itemNumber, trimmed, sql::textOrNull(initialStatus), createdBy}, context);
    transaction.commit();
    return id;
}

TaskPlace TaskBoardRepository::moveItem(const QString &itemId, const TaskPlace &to)
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Moving a task");
    Transaction transaction(db);
    QSqlQuery item = sql::run(db, QStringLiteral("SELECT group_id, position, board_id, archived_at IS NOT NULL FROM task_items WHERE id = ?"),
                              {itemId}, context);
    if (!item.next())
        throw StorageError(StorageError::Kind::NotFound, tr("The task no longer exists."));
    const TaskPlace from{item.value(0).toString(), item.value(1).toInt()};
    const QString boardId = item.value(2).toString();
    const bool archivedItem = item.value(3).toInt() != 0;
    item.finish();
    if (archivedItem)
        throw StorageError(StorageError::Kind::Constraint, tr("The task is archived; restore it before moving it."));
    const GroupInfo target = groupInfo(db, to.groupId, context);
    if (target.archived)
        throw StorageError(StorageError::Kind::Constraint, tr("The column is archived: nothing can be dropped on it."));
    if (target.boardId != boardId)
        throw StorageError(StorageError::Kind::Constraint, tr("A task moves between columns of its own board only."));

    if (from.groupId == to.groupId) {
        // Within a column only the cards between the two places shift (a drag near the top of a
        // long column would otherwise rewrite every card below it twice).
        const int at = qBound(0, to.position, cardsIn(db, to.groupId, context) - 1);
        if (at > from.position)
            sql::run(db, QStringLiteral("UPDATE task_items SET position = position - 1 WHERE group_id = ? AND archived_at IS NULL "
                                        "AND position > ? AND position <= ? AND id <> ?"),
                     {from.groupId, from.position, at, itemId}, context);
        else if (at < from.position)
            sql::run(db, QStringLiteral("UPDATE task_items SET position = position + 1 WHERE group_id = ? AND archived_at IS NULL "
                                        "AND position >= ? AND position < ? AND id <> ?"),
                     {from.groupId, at, from.position, itemId}, context);
        sql::run(db, QStringLiteral("UPDATE task_items SET position = ?, updated_at = ") + kNow + QStringLiteral(" WHERE id = ?"),
                 {at, itemId}, context);
        transaction.commit();
        return from;
    }

    // Take the card out of its column, close the gap, open one at the target, put it there.
    sql::run(db, QStringLiteral("UPDATE task_items SET position = -1 WHERE id = ?"), {itemId}, context);
    sql::run(db, QStringLiteral("UPDATE task_items SET position = position - 1 WHERE group_id = ? AND archived_at IS NULL "
                                "AND position > ?"),
             {from.groupId, from.position}, context);
    const int count = cardsIn(db, to.groupId, context) - (from.groupId == to.groupId ? 1 : 0);
    const int at = qBound(0, to.position, count);
    sql::run(db, QStringLiteral("UPDATE task_items SET position = position + 1 WHERE group_id = ? AND archived_at IS NULL "
                                "AND position >= ? AND id <> ?"),
             {to.groupId, at, itemId}, context);
    sql::run(db, QStringLiteral("UPDATE task_items SET group_id = ?, position = ?, updated_at = ") + kNow
                 + QStringLiteral(" WHERE id = ?"),
             {to.groupId, at, itemId}, context);
    transaction.commit();
    return from;
}

namespace {

void updateItem(const Database &database, const QString &itemId, const QString &assignments, const QVariantList &values,
                const QString &context)
{
    QVariantList bound = values;
    bound.append(itemId);
    QSqlQuery update = sql::run(database.connection(),
                                QStringLiteral("UPDATE task_items SET ") + assignments + QStringLiteral(", updated_at = ")
                                    + kNow + QStringLiteral(" WHERE id = ?"),
                                bound, context);
    if (update.numRowsAffected() == 0)
        throw StorageError(StorageError::Kind::NotFound,
                           QCoreApplication::translate("anchor::storage::TaskBoardRepository", "The task no longer exists."));
}

} // namespace

void TaskBoardRepository::setName(const QString &itemId, const QString &name)
{
    updateItem(m_database, itemId, QStringLiteral("name = ?"), {requireName(name, tr("A task needs a name."))},
               tr("Renaming a task"));
}

void TaskBoardRepository::setDescription(const QString &itemId, const QString &description)
{
    updateItem(m_database, itemId, QStringLiteral("description = ?"), {sql::textOrNull(description)}, tr("Saving a task"));
}

void TaskBoardRepository::setStatus(const QString &itemId, const QString &status)
{
    updateItem(m_database, itemId, QStringLiteral("status = ?"), {sql::textOrNull(status.trimmed())},
               tr("Changing a task's status"));
}

void TaskBoardRepository::setDueDate(const QString &itemId, const QDate &due)
{
    updateItem(m_database, itemId, QStringLiteral("due_date = ?"),
               {due.isValid() ? QVariant(due.toString(Qt::ISODate)) : QVariant()}, tr("Changing a task's due date"));
}

void TaskBoardRepository::setPriority(const QString &itemId, const QString &priority)
{
    static const QStringList priorities = {QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"),
                                           QStringLiteral("urgent")};
    if (!priorities.contains(priority))
        throw StorageError(StorageError::Kind::Constraint,
                           tr("\"%1\" is not a priority (low, normal, high or urgent).").arg(priority));
    updateItem(m_database, itemId, QStringLiteral("priority = ?"), {priority}, tr("Changing a task's priority"));
}

void TaskBoardRepository::setFlags(const QString &itemId, bool voicemail, bool needsAttention)
{
    updateItem(m_database, itemId, QStringLiteral("is_voicemail = ?, needs_attention = ?"),
               {voicemail ? 1 : 0, needsAttention ? 1 : 0}, tr("Saving a task"));
}

void TaskBoardRepository::setAssigned(const QString &itemId, const QString &userId, bool assigned)
{
    const QString context = tr("Assigning a task");
    if (assigned)
        sql::run(m_database.connection(),
                 QStringLiteral("INSERT OR IGNORE INTO task_item_assignees (item_id, user_id) VALUES (?, ?)"),
                 {itemId, userId}, context);
    else
        sql::run(m_database.connection(), QStringLiteral("DELETE FROM task_item_assignees WHERE item_id = ? AND user_id = ?"),
                 {itemId, userId}, context);
}

void TaskBoardRepository::setArchived(const QString &itemId, bool archived, const QString &byUserId)
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Archiving a task");
    Transaction transaction(db);
    QSqlQuery item = sql::run(db, QStringLiteral("SELECT group_id, position, archived_at IS NOT NULL FROM task_items WHERE id = ?"),
                              {itemId}, context);
    if (!item.next())
        throw StorageError(StorageError::Kind::NotFound, tr("The task no longer exists."));
    const QString groupId = item.value(0).toString();
    const int position = item.value(1).toInt();
    const bool wasArchived = item.value(2).toInt() != 0;
    item.finish();
    if (wasArchived == archived)
        return;
    if (archived) {
        // Off the board: the cards after it close the gap.
        sql::run(db, QStringLiteral("UPDATE task_items SET archived_at = ") + kNow
                     + QStringLiteral(", archived_by = (SELECT id FROM users WHERE id = ?) WHERE id = ?"),
                 {byUserId, itemId}, context);
        sql::run(db, QStringLiteral("UPDATE task_items SET position = position - 1 WHERE group_id = ? AND archived_at IS NULL "
                                    "AND position > ?"),
                 {groupId, position}, context);
    } else {
        // Back at its old place, or at the end when the column has fewer cards now.
        const int count = cardsIn(db, groupId, context);
        const int at = qBound(0, position, count);
        sql::run(db, QStringLiteral("UPDATE task_items SET position = position + 1 WHERE group_id = ? AND archived_at IS NULL "
                                    "AND position >= ?"),
                 {groupId, at}, context);
        sql::run(db, QStringLiteral("UPDATE task_items SET archived_at = NULL, archived_by = NULL, position = ? WHERE id = ?"),
                 {at, itemId}, context);
    }
    transaction.commit();
}

void TaskBoardRepository::linkCall(const QString &itemId, const QString &callId)
{
    updateItem(m_database, itemId, QStringLiteral("call_id = ?"), {sql::textOrNull(callId)}, tr("Linking a task to a lead"));
}

QList<TaskAssignee> TaskBoardRepository::people() const
{
    QSqlQuery query = sql::run(m_database.connection(),
                               QStringLiteral("SELECT u.id, ") + kPersonName + QStringLiteral(
                                   " FROM users u WHERE u.role IN ('superadmin', 'admin', 'team', 'editor') ORDER BY 2 COLLATE NOCASE"),
                               {}, tr("Loading people"));
    QList<TaskAssignee> result;
    while (query.next()) {
        const QString name = query.value(1).toString();
        result.append({query.value(0).toString(), name, initialsOf(name)});
    }
    return result;
}

} // namespace anchor::storage
