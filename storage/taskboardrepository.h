#pragma once

#include "database.h"
#include "tasktypes.h"

#include <QCoreApplication>

namespace anchor::storage {

// Workspaces, boards, their columns (groups), status labels and the cards on them (task_*).
// Every method is one transaction. Positions within a column are dense (0, 1, 2 ...): a move
// shifts the cards it passes, so the order is always the stored one.
class TaskBoardRepository
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::TaskBoardRepository)

public:
    explicit TaskBoardRepository(Database database);

    // Workspaces (deleted ones are hidden until restored).
    QList<TaskWorkspace> workspaces() const;
    QString createWorkspace(const QString &name, const QString &createdBy);
    void renameWorkspace(const QString &workspaceId, const QString &name);
    void setWorkspaceDeleted(const QString &workspaceId, bool deleted);   // undoable delete
    QList<WorkspaceMember> members(const QString &workspaceId) const;
    void setMember(const QString &workspaceId, const QString &userId, const QString &role);   // role empty: remove

    // Boards. A template creates its groups and status labels.
    QList<TaskBoard> boards(const QString &workspaceId = {}) const;
    std::optional<TaskBoard> board(const QString &boardId) const;
    QString createBoard(const QString &workspaceId, const QString &name, const QString &prefix, BoardTemplate boardTemplate,
                        const QString &createdBy);
    void updateBoard(const QString &boardId, const QString &name, const QString &description, const QString &prefix);
    void setBoardDeleted(const QString &boardId, bool deleted);
    static QString templateName(BoardTemplate boardTemplate);

    // Columns.
    QList<TaskGroup> groups(const QString &boardId, bool includeArchived = false) const;
    QString addGroup(const QString &boardId, const QString &name, int orderIndex = -1);
    void renameGroup(const QString &groupId, const QString &name);
    void moveGroup(const QString &groupId, int orderIndex);
    void setGroupArchived(const QString &groupId, bool archived);

    // Status labels: the board's own when it has any, else the global ones.
    QList<TaskStatusLabel> statusLabels(const QString &boardId) const;
    QList<TaskStatusLabel> boardLabels(const QString &boardId) const;
    QList<TaskStatusLabel> globalLabels() const;
    // Replaces a board's labels (boardId) or the global ones (empty) with this list, in order.
    void saveLabels(const QString &boardId, const QList<TaskStatusLabel> &labels);

    // Cards. cards() reads a whole board (not archived), in column and position order.
    QList<TaskCard> cards(const QString &boardId) const;
    // The first `perGroup` cards of each column, in the same order: what a board paints first,
    // read through the column/position index so it costs the same on a board of any size.
    QList<TaskCard> firstCards(const QString &boardId, int perGroup) const;
    std::optional<TaskCard> card(const QString &itemId) const;
    std::optional<TaskItemDetail> detail(const QString &itemId) const;
    // Adds a card at the end of a column (or at `position`); returns its id. The card gets the
    // board's next number and, with no status given, the board's first label.
    QString createItem(const QString &groupId, const QString &name, const QString &createdBy, int position = -1,
                       const QString &status = {});
    // Moves a card to a column and position. Refuses an archived column. Returns where it was.
    TaskPlace moveItem(const QString &itemId, const TaskPlace &to);
    void setName(const QString &itemId, const QString &name);
    void setDescription(const QString &itemId, const QString &description);
    void setStatus(const QString &itemId, const QString &status);
    void setDueDate(const QString &itemId, const QDate &due);   // invalid: none
    void setPriority(const QString &itemId, const QString &priority);
    void setFlags(const QString &itemId, bool voicemail, bool needsAttention);
    void setAssigned(const QString &itemId, const QString &userId, bool assigned);
    void setArchived(const QString &itemId, bool archived, const QString &byUserId);
    void linkCall(const QString &itemId, const QString &callId);   // empty: unlink

    // Users who can be assigned or mentioned (staff users), by name.
    QList<TaskAssignee> people() const;

private:
    Database m_database;
};

} // namespace anchor::storage
