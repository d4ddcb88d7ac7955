#include "taskitemdocument.h"

#include "taskitemcommands.h"

#include <storageerror.h>
#include <taskboardrepository.h>

#include <QUndoStack>

#include <algorithm>

namespace anchor::models {

namespace {

using storage::StorageError;

storage::TaskItemDetail requireDetail(const storage::Database &database, const QString &itemId)
{
    std::optional<storage::TaskItemDetail> detail = storage::TaskBoardRepository(database).detail(itemId);
    if (!detail)
        throw StorageError(StorageError::Kind::NotFound, TaskItemDocument::tr("The task no longer exists."));
    return *detail;
}

storage::TaskSubitem requireSubitem(const storage::Database &database, const QString &subitemId)
{
    std::optional<storage::TaskSubitem> subitem = storage::TaskItemRepository(database).subitem(subitemId);
    if (!subitem)
        throw StorageError(StorageError::Kind::NotFound, TaskItemDocument::tr("The subitem no longer exists."));
    return *subitem;
}

storage::TaskTimeEntry requireTimeEntry(const storage::Database &database, const QString &entryId)
{
    std::optional<storage::TaskTimeEntry> entry = storage::TaskItemRepository(database).timeEntry(entryId);
    if (!entry)
        throw StorageError(StorageError::Kind::NotFound, TaskItemDocument::tr("The time entry no longer exists."));
    return *entry;
}

} // namespace

TaskItemDocument::TaskItemDocument(storage::Database database, const QString &userId, QUndoStack *undoStack,
                                   QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_userId(userId)
    , m_undoStack(undoStack)
{
}

template <typename Edit> bool TaskItemDocument::attempt(Edit &&edit)
{
    try {
        edit();
        return true;
    } catch (const StorageError &error) {
        Q_EMIT editFailed(error.message());
        return false;
    }
}

void TaskItemDocument::apply(const QString &itemId, const QString &text, const Step &redo, const Step &undo)
{
    redo();
    m_undoStack->push(new TaskItemEditCommand(this, text, itemId, redo, undo));
}

// ---- the item itself ---------------------------------------------------------------------

bool TaskItemDocument::setName(const QString &itemId, const QString &name)
{
    return attempt([&] {
        const QString before = requireDetail(m_database, itemId).card.name;
        if (before == name.trimmed())
            return;
        apply(
            itemId, tr("Rename task to \"%1\"").arg(name.trimmed()),
            [db = m_database, itemId, name] { storage::TaskBoardRepository(db).setName(itemId, name); },
            [db = m_database, itemId, before] { storage::TaskBoardRepository(db).setName(itemId, before); });
    });
}

bool TaskItemDocument::setDescription(const QString &itemId, const QString &description)
{
    return attempt([&] {
        const QString before = requireDetail(m_database, itemId).description;
        if (before == description)
            return;
        apply(
            itemId, tr("Edit task description"),
            [db = m_database, itemId, description] {
                storage::TaskBoardRepository(db).setDescription(itemId, description);
            },
            [db = m_database, itemId, before] { storage::TaskBoardRepository(db).setDescription(itemId, before); });
    });
}

bool TaskItemDocument::setStatus(const QString &itemId, const QString &status)
{
    return attempt([&] {
        const QString before = requireDetail(m_database, itemId).card.status;
        if (before == status)
            return;
        apply(
            itemId, tr("Set status to %1").arg(status),
            [db = m_database, itemId, status] { storage::TaskBoardRepository(db).setStatus(itemId, status); },
            [db = m_database, itemId, before] { storage::TaskBoardRepository(db).setStatus(itemId, before); });
    });
}

bool TaskItemDocument::setDueDate(const QString &itemId, const QDate &due)
{
    return attempt([&] {
        const QDate before = requireDetail(m_database, itemId).card.dueDate;
        if (before == due)
            return;
        apply(
            itemId, due.isValid() ? tr("Set due date") : tr("Clear due date"),
            [db = m_database, itemId, due] { storage::TaskBoardRepository(db).setDueDate(itemId, due); },
            [db = m_database, itemId, before] { storage::TaskBoardRepository(db).setDueDate(itemId, before); });
    });
}

bool TaskItemDocument::setPriority(const QString &itemId, const QString &priority)
{
    return attempt([&] {
        const QString before = requireDetail(m_database, itemId).card.priority;
        if (before == priority)
            return;
        apply(
            itemId, tr("Change task priority"),
            [db = m_database, itemId, priority] { storage::TaskBoardRepository(db).setPriority(itemId, priority); },
            [db = m_database, itemId, before] { storage::TaskBoardRepository(db).setPriority(itemId, before); });
    });
}

bool TaskItemDocument::setFlags(const QString &itemId, bool voicemail, bool needsAttention)
{
    return attempt([&] {
        const storage::TaskCard card = requireDetail(m_database, itemId).card;
        if (card.isVoicemail == voicemail && card.needsAttention == needsAttention)
            return;
        apply(
            itemId, tr("Change task flags"),
            [db = m_database, itemId, voicemail, needsAttention] {
                storage::TaskBoardRepository(db).setFlags(itemId, voicemail, needsAttention);
            },
            [db = m_database, itemId, before = card] {
                storage::TaskBoardRepository(db).setFlags(itemId, before.isVoicemail, before.needsAttention);
            });
    });
}

bool TaskItemDocument::setAssigned(const QString &itemId, const QString &userId, bool assigned)
{
    return attempt([&] {
        const storage::TaskCard card = requireDetail(m_database, itemId).card;
        const bool before = std::any_of(card.assignees.cbegin(), card.assignees.cend(),
                                        [&](const storage::TaskAssignee &a) { return a.userId == userId; });
        if (before == assigned)
            return;
        apply(
            itemId, assigned ? tr("Assign task") : tr("Unassign task"),
            [db = m_database, itemId, userId, assigned] {
                storage::TaskBoardRepository(db).setAssigned(itemId, userId, assigned);
            },
            [db = m_database, itemId, userId, before] {
                storage::TaskBoardRepository(db).setAssigned(itemId, userId, before);
            });
    });
}

// ---- subitems ----------------------------------------------------------------------------

QString TaskItemDocument::addSubitem(const QString &itemId, const QString &name)
{
    QString id;
    attempt([&] {
        storage::TaskItemRepository items(m_database);
        id = items.addSubitem(itemId, name);
        const storage::TaskSubitem added = requireSubitem(m_database, id);
        m_undoStack->push(new TaskItemEditCommand(
            this, tr("Add subitem \"%1\"").arg(added.name), itemId,
            [db = m_database, added] { storage::TaskItemRepository(db).restoreSubitem(added); },
            [db = m_database, id] { storage::TaskItemRepository(db).removeSubitem(id); }));
    });
    return id;
}

bool TaskItemDocument::renameSubitem(const QString &subitemId, const QString &name)
{
    return attempt([&] {
        const storage::TaskSubitem before = requireSubitem(m_database, subitemId);
        if (before.name == name.trimmed())
            return;
        apply(
            before.itemId, tr("Rename subitem \"%1\"").arg(before.name),
            [db = m_database, subitemId, name] { storage::TaskItemRepository(db).renameSubitem(subitemId, name); },
            [db = m_database, subitemId, old = before.name] {
                storage::TaskItemRepository(db).renameSubitem(subitemId, old);
            });
    });
}

bool TaskItemDocument::setSubitemCompleted(const QString &subitemId, bool completed)
{
    return attempt([&] {
        const storage::TaskSubitem before = requireSubitem(m_database, subitemId);
        if (before.completedAt.isValid() == completed)
            return;
        const QDateTime when = completed ? QDateTime::currentDateTimeUtc() : QDateTime();
        apply(
            before.itemId,
            completed ? tr("Complete subitem \"%1\"").arg(before.name) : tr("Reopen subitem \"%1\"").arg(before.name),
            [db = m_database, subitemId, when] {
                storage::TaskItemRepository(db).setSubitemCompleted(subitemId, when);
            },
            [db = m_database, subitemId, old = before.completedAt] {
                storage::TaskItemRepository(db).setSubitemCompleted(subitemId, old);
            });
    });
}

bool TaskItemDocument::moveSubitem(const QString &subitemId, int position)
{
    return attempt([&] {
        const storage::TaskSubitem before = requireSubitem(m_database, subitemId);
        if (before.position == position)
            return;
        apply(
            before.itemId, tr("Move subitem \"%1\"").arg(before.name),
            [db = m_database, subitemId, position] {
                storage::TaskItemRepository(db).moveSubitem(subitemId, position);
            },
            [db = m_database, subitemId, from = before.position] {
                storage::TaskItemRepository(db).moveSubitem(subitemId, from);
            });
    });
}

bool TaskItemDocument::removeSubitem(const QString &subitemId)
{
    return attempt([&] {
        const storage::TaskSubitem before = requireSubitem(m_database, subitemId);
        apply(
            before.itemId, tr("Delete subitem \"%1\"").arg(before.name),
            [db = m_database, subitemId] { storage::TaskItemRepository(db).removeSubitem(subitemId); },
            [db = m_database, before] { storage::TaskItemRepository(db).restoreSubitem(before); });
    });
}

// ---- updates -----------------------------------------------------------------------------

QString TaskItemDocument::postUpdate(const QString &itemId, const QString &content)
{
    QString id;
    attempt([&] {
        storage::TaskItemRepository items(m_database);
        id = items.addUpdate(itemId, m_userId, content).updateId;
        std::optional<storage::TaskUpdate> posted = items.update(id);
        if (!posted)
            return;
        // Undo takes the mention notifications back with the update; redo raises them again.
        m_undoStack->push(new TaskItemEditCommand(
            this, tr("Post update"), itemId,
            [db = m_database, update = *posted] { storage::TaskItemRepository(db).restoreUpdate(update, true); },
            [db = m_database, id] { storage::TaskItemRepository(db).removeUpdate(id, true); }));
    });
    return id;
}

bool TaskItemDocument::removeUpdate(const QString &updateId)
{
    return attempt([&] {
        std::optional<storage::TaskUpdate> before = storage::TaskItemRepository(m_database).update(updateId);
        if (!before)
            throw StorageError(StorageError::Kind::NotFound, tr("The update no longer exists."));
        if (before->userId != m_userId)
            throw StorageError(StorageError::Kind::Constraint, tr("Only the author can delete an update."));
        // The notifications it raised stay: people were told, and undo must not tell them twice.
        apply(
            before->itemId, tr("Delete update"),
            [db = m_database, updateId] { storage::TaskItemRepository(db).removeUpdate(updateId, false); },
            [db = m_database, update = *before] { storage::TaskItemRepository(db).restoreUpdate(update, false); });
    });
}

void TaskItemDocument::markRead(const QString &itemId)
{
    attempt([&] { storage::TaskItemRepository(m_database).markRead(itemId, m_userId); });
}

// ---- files -------------------------------------------------------------------------------

QString TaskItemDocument::attachFile(const QString &itemId, const QString &path)
{
    QString id;
    attempt([&] {
        storage::TaskItemRepository items(m_database);
        id = items.attachFile(itemId, path, m_userId);
        std::optional<storage::TaskFile> attached = items.file(id);
        if (!attached)
            return;
        // The copy stays on disk through undo, so redo only puts the row back.
        m_undoStack->push(new TaskItemEditCommand(
            this, tr("Attach \"%1\"").arg(attached->fileName), itemId,
            [db = m_database, file = *attached] { storage::TaskItemRepository(db).restoreFile(file); },
            [db = m_database, id] { storage::TaskItemRepository(db).removeFile(id); }));
    });
    return id;
}

bool TaskItemDocument::removeFile(const QString &fileId)
{
    return attempt([&] {
        std::optional<storage::TaskFile> before = storage::TaskItemRepository(m_database).file(fileId);
        if (!before)
            throw StorageError(StorageError::Kind::NotFound, tr("The file is no longer attached."));
        apply(
            before->itemId, tr("Remove \"%1\"").arg(before->fileName),
            [db = m_database, fileId] { storage::TaskItemRepository(db).removeFile(fileId); },
            [db = m_database, file = *before] { storage::TaskItemRepository(db).restoreFile(file); });
    });
}

// ---- time --------------------------------------------------------------------------------

QString TaskItemDocument::addTimeEntry(const QString &itemId, int minutes, bool billable, const QString &description)
{
    QString id;
    attempt([&] {
        id = storage::TaskItemRepository(m_database).addTimeEntry(itemId, m_userId, minutes, billable, description);
        const storage::TaskTimeEntry added = requireTimeEntry(m_database, id);
        m_undoStack->push(new TaskItemEditCommand(
            this, tr("Log %n minute(s)", nullptr, minutes), itemId,
            [db = m_database, added] { storage::TaskItemRepository(db).restoreTimeEntry(added); },
            [db = m_database, id] { storage::TaskItemRepository(db).removeTimeEntry(id); }));
    });
    return id;
}

QString TaskItemDocument::startTimer(const QString &itemId)
{
    QString id;
    attempt([&] {
        id = storage::TaskItemRepository(m_database).startTimer(itemId, m_userId);
        const storage::TaskTimeEntry started = requireTimeEntry(m_database, id);
        m_undoStack->push(new TaskItemEditCommand(
            this, tr("Start timer"), itemId,
            [db = m_database, started] { storage::TaskItemRepository(db).restoreTimeEntry(started); },
            [db = m_database, id] { storage::TaskItemRepository(db).removeTimeEntry(id); }));
    });
    return id;
}

bool TaskItemDocument::stopTimer()
{
    return attempt([&] {
        storage::TaskItemRepository items(m_database);
        std::optional<storage::TaskTimeEntry> running = items.runningTimer(m_userId);
        if (!running)
            throw StorageError(StorageError::Kind::NotFound, tr("No timer is running."));
        const storage::TaskTimeEntry stopped = items.stopTimer(m_userId);
        m_undoStack->push(new TaskItemEditCommand(
            this, tr("Stop timer"), stopped.itemId,
            [db = m_database, stopped] { storage::TaskItemRepository(db).restoreTimeEntry(stopped); },
            [db = m_database, before = *running] { storage::TaskItemRepository(db).restoreTimeEntry(before); }));
    });
}

std::optional<storage::TaskTimeEntry> TaskItemDocument::runningTimer() const
{
    try {
        return storage::TaskItemRepository(m_database).runningTimer(m_userId);
    } catch (const StorageError &) {
        return std::nullopt;
    }
}

bool TaskItemDocument::setBillable(const QString &entryId, bool billable)
{
    return attempt([&] {
        const storage::TaskTimeEntry before = requireTimeEntry(m_database, entryId);
        if (before.billable == billable)
            return;
        apply(
            before.itemId, billable ? tr("Mark time billable") : tr("Mark time not billable"),
            [db = m_database, entryId, billable] { storage::TaskItemRepository(db).setBillable(entryId, billable); },
            [db = m_database, entryId, old = before.billable] {
                storage::TaskItemRepository(db).setBillable(entryId, old);
            });
    });
}

bool TaskItemDocument::removeTimeEntry(const QString &entryId)
{
    return attempt([&] {
        const storage::TaskTimeEntry before = requireTimeEntry(m_database, entryId);
        apply(
            before.itemId, tr("Delete time entry"),
            [db = m_database, entryId] { storage::TaskItemRepository(db).removeTimeEntry(entryId); },
            [db = m_database, before] { storage::TaskItemRepository(db).restoreTimeEntry(before); });
    });
}

} // namespace anchor::models
