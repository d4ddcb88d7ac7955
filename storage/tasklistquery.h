#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace anchor::storage {

// What `anchorctl tasks list` narrows the items to.
struct TaskListFilter
{
    QString boardId;      // empty: every board
    QString assigneeId;   // empty: anyone
    QDate dueBefore;      // invalid: any; else due strictly before this day
    int limit = 1000;
};

// An item across boards, as a list shows it.
struct TaskListRow
{
    QString id;
    QString key;
    QString name;
    QString boardId;
    QString boardName;
    QString groupId;
    QString groupName;
    QString status;
    QString priority;
    QDate dueDate;
    QStringList assignees;   // names
    QString callId;
    bool voicemail = false;
    bool needsAttention = false;
};

// Reads items across boards (not archived, boards not deleted), by board, column and position,
// and finds an item by its key.
class TaskListQuery
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::TaskListQuery)

public:
    explicit TaskListQuery(Database database);

    QList<TaskListRow> list(const TaskListFilter &filter) const;
    // An item's id from its id or its key ("DENT-42", case-insensitive; "#42" when only one board
    // has such a number). Throws NotFound, or Constraint when a key fits several items.
    QString resolveItem(const QString &keyOrId) const;

private:
    Database m_database;
};

} // namespace anchor::storage
