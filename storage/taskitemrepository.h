#pragma once

#include "database.h"
#include "tasktypes.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace anchor::storage {

// Minutes logged on an item or a board; billable is the part marked billable.
struct TaskTimeTotals
{
    int minutes = 0;
    int billableMinutes = 0;

    bool operator==(const TaskTimeTotals &) const = default;
};

// A row of "my work": an open card assigned to someone, with where it lives.
struct MyWorkItem
{
    TaskCard card;
    QString boardName;
    QString workspaceName;
};

// What posting an update wrote: the update and the people its @mentions notified.
struct PostedUpdate
{
    QString updateId;
    QStringList mentionedUserIds;
};

// Everything inside one task item beyond its card fields (those are TaskBoardRepository's):
// subitems, the update thread with @mentions and read marks, attached files and time entries.
// Every write is one transaction. Deleting returns nothing to keep: callers capture the row
// first (subitem(), update(), file(), timeEntry()) and put it back with the restore methods.
//
// Files are copied into an attachments folder beside the database file
// (<folder>/<base name>-attachments/<item id>/<file name>); task_files holds the path relative
// to that folder. removeFile() drops the row only and leaves the copy on disk, so undo can put
// the row back without copying again.
class TaskItemRepository
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::TaskItemRepository)

public:
    explicit TaskItemRepository(Database database);

    // Subitems, in position order. Positions are dense (0, 1, 2 ...) like the cards'.
    QList<TaskSubitem> subitems(const QString &itemId) const;
    std::optional<TaskSubitem> subitem(const QString &subitemId) const;
    // Appends (position -1) or inserts at a position; returns the id.
    QString addSubitem(const QString &itemId, const QString &name, int position = -1);
    void renameSubitem(const QString &subitemId, const QString &name);
    void setSubitemCompleted(const QString &subitemId, const QDateTime &completedAt); // invalid: open again
    // Moves a subitem to a position among its siblings; returns where it was.
    int moveSubitem(const QString &subitemId, int position);
    void removeSubitem(const QString &subitemId);
    // Puts a captured subitem back at its position (undo of a delete, redo of an add).
    void restoreSubitem(const TaskSubitem &subitem);

    // The update thread, oldest first, with the authors' names; readByMe for viewerId.
    QList<TaskUpdate> updates(const QString &itemId, const QString &viewerId) const;
    std::optional<TaskUpdate> update(const QString &updateId) const;
    // Posts an update and, in the same transaction, notifies every staff user it @mentions
    // ("@First Last" or "@First"), except the author. Refuses empty text.
    PostedUpdate addUpdate(const QString &itemId, const QString &authorId, const QString &content);
    // Deletes an update; withNotifications also deletes the mention notifications it raised.
    void removeUpdate(const QString &updateId, bool withNotifications);
    // Puts an update back under its id; notify raises its mention notifications again.
    PostedUpdate restoreUpdate(const TaskUpdate &update, bool notify);
    // The staff users @text mentions, by id (pure: for the composer's preview and tests).
    static QStringList mentionedUsers(const QString &content, const QList<TaskAssignee> &people);

    // Records that userId has seen every update of the item so far.
    void markRead(const QString &itemId, const QString &userId);
    // Updates by others that userId has not seen, for one item or for every item with any.
    int unreadCount(const QString &itemId, const QString &userId) const;
    QHash<QString, int> unreadCounts(const QString &userId) const;

    // Files. attachFile() copies the file and records it; a file that cannot be read or
    // copied throws StorageError and leaves neither a row nor a partial copy.
    QString attachmentsFolder() const;
    QString absolutePath(const TaskFile &file) const;
    QList<TaskFile> files(const QString &itemId) const;
    std::optional<TaskFile> file(const QString &fileId) const;
    QString attachFile(const QString &itemId, const QString &sourcePath, const QString &uploadedBy);
    void removeFile(const QString &fileId); // the row; the copy stays for undo
    void restoreFile(const TaskFile &file);

    // Time entries, newest first. Minutes must not be negative.
    QList<TaskTimeEntry> timeEntries(const QString &itemId) const;
    std::optional<TaskTimeEntry> timeEntry(const QString &entryId) const;
    QString addTimeEntry(const QString &itemId, const QString &userId, int minutes, bool billable,
                         const QString &description = {});
    // A user has at most one running timer (started, not ended): starting a second is refused.
    std::optional<TaskTimeEntry> runningTimer(const QString &userId) const;
    QString startTimer(const QString &itemId, const QString &userId, const QDateTime &startedAt = {});
    // Stops the user's running timer; minutes are the minutes it ran, a started minute counting in full.
    TaskTimeEntry stopTimer(const QString &userId, const QDateTime &endedAt = {});
    void setBillable(const QString &entryId, bool billable);
    void removeTimeEntry(const QString &entryId);
    // Writes a captured entry back as it was (insert or overwrite): undo of stop, delete or add.
    void restoreTimeEntry(const TaskTimeEntry &entry);
    TaskTimeTotals itemTotals(const QString &itemId) const;
    TaskTimeTotals boardTotals(const QString &boardId) const;

    // Open items assigned to userId across boards: not archived, not in a done status, on a
    // board and workspace that are not deleted. Ordered by due date (none last), then key.
    QList<MyWorkItem> myWork(const QString &userId) const;

private:
    Database m_database;
};

} // namespace anchor::storage
