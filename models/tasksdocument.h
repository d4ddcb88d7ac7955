#pragma once

#include <database.h>
#include <tasktypes.h>

#include <QJsonObject>
#include <QObject>

class QUndoStack;

namespace anchor::models {

// The one place task board edits go through: workspaces, boards, members, columns, status
// labels and cards. Every edit is one storage transaction and one QUndoCommand on the shared undo
// stack (Edit > Undo takes back whatever was done last, a lead's rating or a card's move), and is
// announced so every view shows it at once. A refused edit (a drop on an archived column, an
// empty name: storage::StorageError) changes nothing, is not pushed, and is reported through
// editFailed(); the methods then return false or an empty id.
class TasksDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TasksDocument)

public:
    TasksDocument(storage::Database database, QString userId, QUndoStack *sharedStack, QObject *parent = nullptr);

    storage::Database database() const { return m_database; }
    QString userId() const { return m_userId; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Workspaces. Delete is soft: undo restores the workspace with its boards.
    QString createWorkspace(const QString &name);
    bool renameWorkspace(const QString &workspaceId, const QString &name);
    bool deleteWorkspace(const QString &workspaceId);
    // role "member" or "admin"; empty removes the person from the workspace.
    bool setMember(const QString &workspaceId, const QString &userId, const QString &role);

    // Boards; a template creates the board's columns and status labels.
    QString createBoard(const QString &workspaceId, const QString &name, const QString &prefix,
                        storage::BoardTemplate boardTemplate);
    bool updateBoard(const QString &boardId, const QString &name, const QString &description, const QString &prefix);
    bool renameBoard(const QString &boardId, const QString &name);
    bool deleteBoard(const QString &boardId);
    // Replaces a board's status labels (boardId) or the global ones (empty boardId).
    bool saveLabels(const QString &boardId, const QList<storage::TaskStatusLabel> &labels);

    // Columns (task_groups) of a board. Undoing an added column archives it.
    QString addGroup(const QString &boardId, const QString &name);
    bool renameGroup(const QString &boardId, const QString &groupId, const QString &name);
    bool moveGroup(const QString &boardId, const QString &groupId, int orderIndex);
    bool setGroupArchived(const QString &boardId, const QString &groupId, bool archived);

    // Cards. Undoing a created card archives it; undoing a move puts it back where it was.
    QString createItem(const QString &groupId, const QString &name, int position = -1);
    bool moveItem(const QString &itemId, const storage::TaskPlace &to);
    bool renameItem(const QString &itemId, const QString &name);
    bool setStatus(const QString &itemId, const QString &status);
    bool setDueDate(const QString &itemId, const QDate &due);   // invalid: none
    bool setPriority(const QString &itemId, const QString &priority);
    bool setAssigned(const QString &itemId, const QString &userId, bool assigned);
    bool setArchived(const QString &itemId, bool archived);

    // For edits made elsewhere (the item detail) that the board must show.
    void announceCards(const QString &boardId, const QStringList &itemIds) { Q_EMIT cardsChanged(boardId, itemIds); }

Q_SIGNALS:
    // The board's columns, labels or name changed (empty boardId: every board, global labels).
    void boardChanged(const QString &boardId);
    // These cards changed, moved, appeared or left the board.
    void cardsChanged(const QString &boardId, const QStringList &itemIds);
    // Workspaces or boards were added, renamed, deleted or restored.
    void workspacesChanged();
    void editFailed(const QString &message);

private:
    // Runs the automations that answer an edit (board and global rules, with loop detection).
    void runAutomations(const QString &boardId, const QString &triggerType, const QString &itemId,
                        const QJsonObject &details);
    template<typename Edit>
    bool attempt(Edit &&edit);
    storage::TaskCard requireCard(const QString &itemId) const;
    storage::TaskGroup requireGroup(const QString &boardId, const QString &groupId) const;
    // Pushes a card edit whose undo and redo set one field back and forth.
    void pushCardEdit(const storage::TaskCard &card, const QString &text, std::function<void()> redo,
                      std::function<void()> undo);

    storage::Database m_database;
    QString m_userId;
    QUndoStack *m_undoStack;
};

} // namespace anchor::models
