#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace anchor::storage {

struct TaskWorkspace
{
    QString id;
    QString name;
    QString createdBy;
};

struct WorkspaceMember
{
    QString userId;
    QString name;
    QString role;   // member, admin
};

struct TaskBoard
{
    QString id;
    QString workspaceId;
    QString workspaceName;
    QString name;
    QString description;
    QString prefix;   // item keys: "DENT" makes DENT-42
};

// A column of a board (task_groups).
struct TaskGroup
{
    QString id;
    QString boardId;
    QString name;
    int orderIndex = 0;
    QString color;
    bool archived = false;
};

// A status label: the board's own, else the global ones (task_*_status_labels).
struct TaskStatusLabel
{
    QString id;
    QString boardId;   // empty: global
    QString label;
    QString color;
    int orderIndex = 0;
    bool isDone = false;
};

struct TaskAssignee
{
    QString userId;
    QString name;
    QString initials;
};

// One card on a board, as the board and "my work" show it.
struct TaskCard
{
    QString id;
    QString boardId;
    QString groupId;
    int position = 0;
    int number = 0;
    QString key;          // "DENT-42" (or "#42" without a board prefix)
    QString name;
    QString status;
    QString statusColor;
    bool statusDone = false;
    QDate dueDate;
    QString priority;     // low, normal, high, urgent
    QString color;
    bool isVoicemail = false;
    bool needsAttention = false;
    QList<TaskAssignee> assignees;
    int subitemsDone = 0;
    int subitemsTotal = 0;
    QString callId;       // the lead the task came from
    QDateTime createdAt;
    QDateTime archivedAt;
};

// Everything the item detail edits beyond the card.
struct TaskItemDetail
{
    TaskCard card;
    QString description;
    QString boardName;
    QString groupName;
    QString createdBy;
};

struct TaskSubitem
{
    QString id;
    QString itemId;
    int position = 0;
    QString name;
    QDate dueDate;
    QDateTime completedAt;
};

// A comment on an item (task_updates); mentions are @Name of users.
struct TaskUpdate
{
    QString id;
    QString itemId;
    QString userId;
    QString userName;
    QString content;
    QDateTime createdAt;
    bool readByMe = false;
};

struct TaskFile
{
    QString id;
    QString itemId;
    QString fileName;
    QString relativePath;   // under the attachments folder beside the database
    QString uploadedBy;
    QDateTime createdAt;
};

struct TaskTimeEntry
{
    QString id;
    QString itemId;
    QString userId;
    int minutes = 0;
    bool billable = false;
    QString description;
    QDateTime startedAt;   // timer entries
    QDateTime endedAt;
    QDateTime createdAt;
};

// What the filter bar of a board narrows the cards to.
struct TaskFilter
{
    QString text;          // name, key or description
    QString assigneeId;    // empty: anyone
    QStringList statuses;  // empty: any
    enum class Due { Any, Overdue, Today, ThisWeek, None };
    Due due = Due::Any;

    bool operator==(const TaskFilter &) const = default;
};

// Where a card goes: the column and the index in it (after the move).
struct TaskPlace
{
    QString groupId;
    int position = 0;

    bool operator==(const TaskPlace &) const = default;
};

// Seed 000 / Scaliyo board templates.
enum class BoardTemplate { Blank, BasicWorkflow, SalesSprint, ProjectDelivery };

} // namespace anchor::storage
