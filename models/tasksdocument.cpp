#include "tasksdocument.h"

#include <taskautomationengine.h>
#include <taskautomationrepository.h>

#include "taskcommands.h"

#include <storageerror.h>
#include <taskboardrepository.h>

#include <QUndoStack>

namespace anchor::models {

using storage::TaskBoardRepository;

TasksDocument::TasksDocument(storage::Database database, QString userId, QUndoStack *sharedStack, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_userId(std::move(userId))
    , m_undoStack(sharedStack)
{
    Q_ASSERT(m_undoStack);
}

template<typename Edit>
bool TasksDocument::attempt(Edit &&edit)
{
    try {
        edit();
        return true;
    } catch (const storage::StorageError &error) {
        Q_EMIT editFailed(error.message());
        return false;
    }
}

storage::TaskCard TasksDocument::requireCard(const QString &itemId) const
{
    const std::optional<storage::TaskCard> card = TaskBoardRepository(m_database).card(itemId);
    if (!card)
        throw storage::StorageError(storage::StorageError::Kind::NotFound, tr("The task no longer exists."));
    return *card;
}

storage::TaskGroup TasksDocument::requireGroup(const QString &boardId, const QString &groupId) const
{
    for (const storage::TaskGroup &group : TaskBoardRepository(m_database).groups(boardId, true)) {
        if (group.id == groupId)
            return group;
    }
    throw storage::StorageError(storage::StorageError::Kind::NotFound, tr("The column no longer exists."));
}

// ---- workspaces ------------------------------------------------------------------------------

QString TasksDocument::createWorkspace(const QString &name)
{
    QString id;
    attempt([&] {
        id = TaskBoardRepository(m_database).createWorkspace(name, m_userId);
        m_undoStack->push(new TaskEditCommand(
            this, tr("Create workspace \"%1\"").arg(name.trimmed()),
            [this, id] { TaskBoardRepository(m_database).setWorkspaceDeleted(id, false); },
            [this, id] { TaskBoardRepository(m_database).setWorkspaceDeleted(id, true); },
            [this] { Q_EMIT workspacesChanged(); }));
    });
    return id;
}

bool TasksDocument::renameWorkspace(const QString &workspaceId, const QString &name)
{
    return attempt([&] {
        TaskBoardRepository boards(m_database);
        QString before;
        for (const storage::TaskWorkspace &workspace : boards.workspaces()) {
            if (workspace.id == workspaceId)
                before = workspace.name;
        }
        if (before.isEmpty())
            throw storage::StorageError(storage::StorageError::Kind::NotFound, tr("The workspace no longer exists."));
        if (before == name.trimmed())
            return;
        boards.renameWorkspace(workspaceId, name);
        m_undoStack->push(new TaskEditCommand(
            this, tr("Rename workspace \"%1\"").arg(before),
            [this, workspaceId, name] { TaskBoardRepository(m_database).renameWorkspace(workspaceId, name); },
            [this, workspaceId, before] { TaskBoardRepository(m_database).renameWorkspace(workspaceId, before); },
            [this] { Q_EMIT workspacesChanged(); }));
    });
}

bool TasksDocument::deleteWorkspace(const QString &workspaceId)
{
    return attempt([&] {
        TaskBoardRepository boards(m_database);
        QString name;
        for (const storage::TaskWorkspace &workspace : boards.workspaces()) {
            if (workspace.id == workspaceId)
                name = workspace.name;
        }
        if (name.isEmpty())
            throw storage::StorageError(storage::StorageError::Kind::NotFound, tr("The workspace no longer exists."));
        boards.setWorkspaceDeleted(workspaceId, true);
        m_undoStack->push(new TaskEditCommand(
            this, tr("Delete workspace \"%1\"").arg(name),
            [this, workspaceId] { TaskBoardRepository(m_database).setWorkspaceDeleted(workspaceId, true); },
            [this, workspaceId] { TaskBoardRepository(m_database).setWorkspaceDeleted(workspaceId, false); },
            [this] { Q_EMIT workspacesChanged(); }));
    });
}

bool TasksDocument::setMember(const QString &workspaceId, const QString &userId, const QString &role)
{
    return attempt([&] {
        TaskBoardRepository boards(m_database);
        QString before;
        QString name;
        for (const storage::WorkspaceMember &member : boards.members(workspaceId)) {
            if (member.userId == userId) {
                before = member.role;
                name = member.name;
            }
        }
        if (before == role)
            return;
        boards.setMember(workspaceId, userId, role);
        if (name.isEmpty()) {
            for (const storage::WorkspaceMember &member : boards.members(workspaceId)) {
                if (member.userId == userId)
                    name = member.name;
            }
        }
        const QString text = role.isEmpty()      ? tr("Remove %1 from the workspace").arg(name)
                             : before.isEmpty() ? tr("Add %1 to the workspace").arg(name)
                                                : tr("Change the role of %1").arg(name);
        m_undoStack->push(new TaskEditCommand(
            this, text, [this, workspaceId, userId, role] { TaskBoardRepository(m_database).setMember(workspaceId, userId, role); },
            [this, workspaceId, userId, before] { TaskBoardRepository(m_database).setMember(workspaceId, userId, before); },
            [this] { Q_EMIT workspacesChanged(); }));
    });
}

// ---- boards ------------------------------------------------------------------------------------

QString TasksDocument::createBoard(const QString &workspaceId, const QString &name, const QString &prefix,
                                   storage::BoardTemplate boardTemplate)
{
    QString id;
    attempt([&] {
        id = TaskBoardRepository(m_database).createBoard(workspaceId, name, prefix, boardTemplate, m_userId);
        m_undoStack->push(new TaskEditCommand(
            this, tr("Create board \"%1\"").arg(name.trimmed()),
            [this, id] { TaskBoardRepository(m_database).setBoardDeleted(id, false); },
            [this, id] { TaskBoardRepository(m_database).setBoardDeleted(id, true); },
            [this, id] {
                Q_EMIT workspacesChanged();
                Q_EMIT boardChanged(id);
            }));
    });
    return id;
}

bool TasksDocument::updateBoard(const QString &boardId, const QString &name, const QString &description,
                                const QString &prefix)
{
    return attempt([&] {
        TaskBoardRepository boards(m_database);
        const std::optional<storage::TaskBoard> before = boards.board(boardId);
        if (!before)
            throw storage::StorageError(storage::StorageError::Kind::NotFound, tr("The board no longer exists."));
        boards.updateBoard(boardId, name, description, prefix);
        const storage::TaskBoard old = *before;
        m_undoStack->push(new TaskEditCommand(
            this, tr("Edit board \"%1\"").arg(old.name),
            [this, boardId, name, description, prefix] {
                TaskBoardRepository(m_database).updateBoard(boardId, name, description, prefix);
            },
            [this, old] { TaskBoardRepository(m_database).updateBoard(old.id, old.name, old.description, old.prefix); },
            [this, boardId] {
                Q_EMIT workspacesChanged();
                Q_EMIT boardChanged(boardId);   // card keys follow the prefix
            }));
    });
}

bool TasksDocument::renameBoard(const QString &boardId, const QString &name)
{
    const std::optional<storage::TaskBoard> board = [&]() -> std::optional<storage::TaskBoard> {
        try {
            return TaskBoardRepository(m_database).board(boardId);
        } catch (const storage::StorageError &error) {
            Q_EMIT editFailed(error.message());
            return std::nullopt;
        }
    }();
    return board && updateBoard(boardId, name, board->description, board->prefix);
}

bool TasksDocument::deleteBoard(const QString &boardId)
{
    return attempt([&] {
        TaskBoardRepository boards(m_database);
        const std::optional<storage::TaskBoard> board = boards.board(boardId);
        if (!board)
            throw storage::StorageError(storage::StorageError::Kind::NotFound, tr("The board no longer exists."));
        boards.setBoardDeleted(boardId, true);
        m_undoStack->push(new TaskEditCommand(
            this, tr("Delete board \"%1\"").arg(board->name),
            [this, boardId] { TaskBoardRepository(m_database).setBoardDeleted(boardId, true); },
            [this, boardId] { TaskBoardRepository(m_database).setBoardDeleted(boardId, false); },
            [this, boardId] {
                Q_EMIT workspacesChanged();
                Q_EMIT boardChanged(boardId);
            }));
    });
}

bool TasksDocument::saveLabels(const QString &boardId, const QList<storage::TaskStatusLabel> &labels)
{
    return attempt([&] {
        TaskBoardRepository boards(m_database);
        // A board without labels of its own shows the global ones: undo brings that back.
        const QList<storage::TaskStatusLabel> before = boardId.isEmpty() ? boards.globalLabels() : boards.boardLabels(boardId);
        boards.saveLabels(boardId, labels);
        m_undoStack->push(new TaskEditCommand(
            this, boardId.isEmpty() ? tr("Edit global status labels") : tr("Edit status labels"),
            [this, boardId, labels] { TaskBoardRepository(m_database).saveLabels(boardId, labels); },
            [this, boardId, before] { TaskBoardRepository(m_database).saveLabels(boardId, before); },
            [this, boardId] { Q_EMIT boardChanged(boardId); }));
    });
}

// ---- columns ---------------------------------------------------------------------------------------

QString TasksDocument::addGroup(const QString &boardId, const QString &name)
{
    QString id;
    attempt([&] {
        id = TaskBoardRepository(m_database).addGroup(boardId, name);
        m_undoStack->push(new TaskEditCommand(
            this, tr("Add column \"%1\"").arg(name.trimmed()),
            [this, id] { TaskBoardRepository(m_database).setGroupArchived(id, false); },
            [this, id] { TaskBoardRepository(m_database).setGroupArchived(id, true); },
            [this, boardId] { Q_EMIT boardChanged(boardId); }));
    });
    return id;
}

bool TasksDocument::renameGroup(const QString &boardId, const QString &groupId, const QString &name)
{
    return attempt([&] {
        const storage::TaskGroup before = requireGroup(boardId, groupId);
        if (before.name == name.trimmed())
            return;
        TaskBoardRepository(m_database).renameGroup(groupId, name);
        m_undoStack->push(new TaskEditCommand(
            this, tr("Rename column \"%1\"").arg(before.name),
            [this, groupId, name] { TaskBoardRepository(m_database).renameGroup(groupId, name); },
            [this, groupId, old = before.name] { TaskBoardRepository(m_database).renameGroup(groupId, old); },
            [this, boardId] { Q_EMIT boardChanged(boardId); }));
    });
}

bool TasksDocument::moveGroup(const QString &boardId, const QString &groupId, int orderIndex)
{
    return attempt([&] {
        TaskBoardRepository boards(m_database);
        // Where it stood among all columns (archived ones keep their places too).
        const QList<storage::TaskGroup> groups = boards.groups(boardId, true);
        int from = -1;
        for (int i = 0; i < groups.size(); ++i) {
            if (groups.at(i).id == groupId)
                from = i;
        }
        if (from < 0)
            throw storage::StorageError(storage::StorageError::Kind::NotFound, tr("The column no longer exists."));
        const int to = qBound(0, orderIndex, int(groups.size()) - 1);
        if (from == to)
            return;
        boards.moveGroup(groupId, to);
        m_undoStack->push(new TaskEditCommand(
            this, tr("Move column \"%1\"").arg(groups.at(from).name),
            [this, groupId, to] { TaskBoardRepository(m_database).moveGroup(groupId, to); },
            [this, groupId, from] { TaskBoardRepository(m_database).moveGroup(groupId, from); },
            [this, boardId] { Q_EMIT boardChanged(boardId); }));
    });
}

bool TasksDocument::setGroupArchived(const QString &boardId, const QString &groupId, bool archived)
{
    return attempt([&] {
        const storage::TaskGroup before = requireGroup(boardId, groupId);
        if (before.archived == archived)
            return;
        TaskBoardRepository(m_database).setGroupArchived(groupId, archived);
        m_undoStack->push(new TaskEditCommand(
            this, archived ? tr("Archive column \"%1\"").arg(before.name) : tr("Restore column \"%1\"").arg(before.name),
            [this, groupId, archived] { TaskBoardRepository(m_database).setGroupArchived(groupId, archived); },
            [this, groupId, archived] { TaskBoardRepository(m_database).setGroupArchived(groupId, !archived); },
            [this, boardId] { Q_EMIT boardChanged(boardId); }));
    });
}

// ---- cards -------------------------------------------------------------------------------------------

void TasksDocument::pushCardEdit(const storage::TaskCard &card, const QString &text, std::function<void()> redo,
                                 std::function<void()> undo)
{
    m_undoStack->push(new TaskEditCommand(this, text, std::move(redo), std::move(undo),
                                          [this, boardId = card.boardId, itemId = card.id] {
                                              Q_EMIT cardsChanged(boardId, {itemId});
                                          }));
}

void TasksDocument::runAutomations(const QString &boardId, const QString &triggerType, const QString &itemId,
                                   const QJsonObject &details)
{
    // Automations answer the user's edit; what they change is not part of its undo step.
    try {
        const storage::TaskAutomationOutcome outcome =
            storage::TaskAutomationEngine(m_database, m_userId).processEvent({triggerType, itemId, details});
        if (outcome.succeeded > 0)
            Q_EMIT cardsChanged(boardId, {});
        if (!outcome.errors.isEmpty())
            Q_EMIT editFailed(tr("Automation: %1").arg(outcome.errors.first()));
    } catch (const storage::StorageError &error) {
        Q_EMIT editFailed(error.message());
    }
}

QString TasksDocument::createItem(const QString &groupId, const QString &name, int position)
{
    QString id;
    attempt([&] {
        TaskBoardRepository boards(m_database);
        id = boards.createItem(groupId, name, m_userId, position);
        const storage::TaskCard card = requireCard(id);
        // Undo archives the card, so its id and number stay valid for the commands above it.
        pushCardEdit(card, tr("Add task \"%1\"").arg(card.name),
                     [this, id] { TaskBoardRepository(m_database).setArchived(id, false, m_userId); },
                     [this, id] { TaskBoardRepository(m_database).setArchived(id, true, m_userId); });
        runAutomations(card.boardId, storage::taskautomation::ItemCreated, id, {});
    });
    return id;
}

bool TasksDocument::moveItem(const QString &itemId, const storage::TaskPlace &to)
{
    return attempt([&] {
        const storage::TaskCard card = requireCard(itemId);
        if (card.groupId == to.groupId && card.position == to.position)
            return;
        // The repository refuses an archived column or another board's: nothing is written.
        const storage::TaskPlace from = TaskBoardRepository(m_database).moveItem(itemId, to);
        const std::optional<storage::TaskCard> moved = TaskBoardRepository(m_database).card(itemId);
        const storage::TaskPlace landed = moved ? storage::TaskPlace{moved->groupId, moved->position} : to;
        if (landed == from)
            return;
        pushCardEdit(card, tr("Move task \"%1\"").arg(card.name),
                     [this, itemId, landed] { TaskBoardRepository(m_database).moveItem(itemId, landed); },
                     [this, itemId, from] { TaskBoardRepository(m_database).moveItem(itemId, from); });
        if (landed.groupId != from.groupId)
            runAutomations(card.boardId, storage::taskautomation::MovedToGroup, itemId,
                           {{QStringLiteral("group_id"), landed.groupId}});
    });
}

bool TasksDocument::renameItem(const QString &itemId, const QString &name)
{
    return attempt([&] {
        const storage::TaskCard card = requireCard(itemId);
        if (card.name == name.trimmed())
            return;
        TaskBoardRepository(m_database).setName(itemId, name);
        pushCardEdit(card, tr("Rename task \"%1\"").arg(card.name),
                     [this, itemId, name] { TaskBoardRepository(m_database).setName(itemId, name); },
                     [this, itemId, old = card.name] { TaskBoardRepository(m_database).setName(itemId, old); });
    });
}

bool TasksDocument::setStatus(const QString &itemId, const QString &status)
{
    return attempt([&] {
        const storage::TaskCard card = requireCard(itemId);
        if (card.status == status)
            return;
        TaskBoardRepository(m_database).setStatus(itemId, status);
        pushCardEdit(card, tr("Set status of \"%1\" to %2").arg(card.name, status),
                     [this, itemId, status] { TaskBoardRepository(m_database).setStatus(itemId, status); },
                     [this, itemId, old = card.status] { TaskBoardRepository(m_database).setStatus(itemId, old); });
        runAutomations(card.boardId, storage::taskautomation::StatusChanged, itemId, {{QStringLiteral("to"), status}});
    });
}

bool TasksDocument::setDueDate(const QString &itemId, const QDate &due)
{
    return attempt([&] {
        const storage::TaskCard card = requireCard(itemId);
        if (card.dueDate == due)
            return;
        TaskBoardRepository(m_database).setDueDate(itemId, due);
        pushCardEdit(card, due.isValid() ? tr("Set due date of \"%1\"").arg(card.name) : tr("Clear due date of \"%1\"").arg(card.name),
                     [this, itemId, due] { TaskBoardRepository(m_database).setDueDate(itemId, due); },
                     [this, itemId, old = card.dueDate] { TaskBoardRepository(m_database).setDueDate(itemId, old); });
    });
}

bool TasksDocument::setPriority(const QString &itemId, const QString &priority)
{
    return attempt([&] {
        const storage::TaskCard card = requireCard(itemId);
        if (card.priority == priority)
            return;
        TaskBoardRepository(m_database).setPriority(itemId, priority);
        pushCardEdit(card, tr("Set priority of \"%1\"").arg(card.name),
                     [this, itemId, priority] { TaskBoardRepository(m_database).setPriority(itemId, priority); },
                     [this, itemId, old = card.priority] { TaskBoardRepository(m_database).setPriority(itemId, old); });
    });
}

bool TasksDocument::setAssigned(const QString &itemId, const QString &userId, bool assigned)
{
    return attempt([&] {
        const storage::TaskCard card = requireCard(itemId);
        QString name;
        bool was = false;
        for (const storage::TaskAssignee &assignee : card.assignees) {
            if (assignee.userId == userId) {
                was = true;
                name = assignee.name;
            }
        }
        if (was == assigned)
            return;
        TaskBoardRepository boards(m_database);
        boards.setAssigned(itemId, userId, assigned);
        if (name.isEmpty()) {
            for (const storage::TaskAssignee &person : boards.people()) {
                if (person.userId == userId)
                    name = person.name;
            }
        }
        pushCardEdit(card, assigned ? tr("Assign \"%1\" to %2").arg(card.name, name) : tr("Unassign %2 from \"%1\"").arg(card.name, name),
                     [this, itemId, userId, assigned] { TaskBoardRepository(m_database).setAssigned(itemId, userId, assigned); },
                     [this, itemId, userId, assigned] { TaskBoardRepository(m_database).setAssigned(itemId, userId, !assigned); });
    });
}

bool TasksDocument::setArchived(const QString &itemId, bool archived)
{
    return attempt([&] {
        const storage::TaskCard card = requireCard(itemId);
        if (card.archivedAt.isValid() == archived)
            return;
        // The repository keeps the card's position while archived, so a restore puts it back.
        TaskBoardRepository(m_database).setArchived(itemId, archived, m_userId);
        pushCardEdit(card, archived ? tr("Archive task \"%1\"").arg(card.name) : tr("Restore task \"%1\"").arg(card.name),
                     [this, itemId, archived] { TaskBoardRepository(m_database).setArchived(itemId, archived, m_userId); },
                     [this, itemId, archived] { TaskBoardRepository(m_database).setArchived(itemId, !archived, m_userId); });
    });
}

} // namespace anchor::models
