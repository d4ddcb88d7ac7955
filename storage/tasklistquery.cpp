#include "tasklistquery.h"

#include "sqlhelpers.h"
#include "storageerror.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace anchor::storage {

TaskListQuery::TaskListQuery(Database database)
    : m_database(std::move(database))
{
}

QList<TaskListRow> TaskListQuery::list(const TaskListFilter &filter) const
{
    // Names of assignees: their first and last name, else their email. The unit separator
    // (char 31) never appears in a name.
    QSqlQuery query = sql::run(m_database.connection(), QStringLiteral(
        "SELECT i.id, coalesce(b.board_prefix, ''), coalesce(i.item_number, 0), i.name, b.id, b.name, g.id, g.name, "
        "       coalesce(i.status, ''), i.priority, coalesce(i.due_date, ''), coalesce(i.call_id, ''), i.is_voicemail, "
        "       i.needs_attention, "
        "       (SELECT group_concat(coalesce(nullif(trim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '')), ''), u.email), char(31)) "
        "          FROM task_item_assignees a JOIN users u ON u.id = a.user_id WHERE a.item_id = i.id) "
        "  FROM task_items i JOIN task_groups g ON g.id = i.group_id JOIN task_boards b ON b.id = g.board_id "
        " WHERE i.archived_at IS NULL AND b.deleted_at IS NULL "
        "   AND (coalesce(?, '') = '' OR b.id = ?) "
        "   AND (coalesce(?, '') = '' OR EXISTS (SELECT 1 FROM task_item_assignees a WHERE a.item_id = i.id AND a.user_id = ?)) "
        "   AND (coalesce(?, '') = '' OR i.due_date < ?) "
        " ORDER BY b.name COLLATE NOCASE, b.id, g.order_index, g.rowid, i.position, i.item_number LIMIT ?"),
        {filter.boardId, filter.boardId, filter.assigneeId, filter.assigneeId,
         filter.dueBefore.isValid() ? filter.dueBefore.toString(Qt::ISODate) : QString(),
         filter.dueBefore.isValid() ? filter.dueBefore.toString(Qt::ISODate) : QString(), filter.limit},
        tr("Listing tasks"));
    QList<TaskListRow> rows;
    while (query.next()) {
        TaskListRow row;
        row.id = query.value(0).toString();
        const QString prefix = query.value(1).toString();
        const int number = query.value(2).toInt();
        row.key = prefix.isEmpty() ? QStringLiteral("#%1").arg(number) : QStringLiteral("%1-%2").arg(prefix).arg(number);
        row.name = query.value(3).toString();
        row.boardId = query.value(4).toString();
        row.boardName = query.value(5).toString();
        row.groupId = query.value(6).toString();
        row.groupName = query.value(7).toString();
        row.status = query.value(8).toString();
        row.priority = query.value(9).toString();
        row.dueDate = QDate::fromString(query.value(10).toString(), Qt::ISODate);
        row.callId = query.value(11).toString();
        row.voicemail = query.value(12).toBool();
        row.needsAttention = query.value(13).toBool();
        if (!query.value(14).isNull())
            row.assignees = query.value(14).toString().split(QChar(31));
        rows.append(row);
    }
    return rows;
}

QString TaskListQuery::resolveItem(const QString &keyOrId) const
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Finding a task");
    const QString text = keyOrId.trimmed();
    if (sql::run(db, QStringLiteral("SELECT 1 FROM task_items WHERE id = ?"), {text.toLower()}, context).next())
        return text.toLower();

    static const QRegularExpression keyPattern(QStringLiteral("^(?:([A-Za-z0-9_]+)-|#)(\\d+)$"));
    const QRegularExpressionMatch match = keyPattern.match(text);
    if (!match.hasMatch())
        throw StorageError(StorageError::Kind::NotFound, tr("There is no task \"%1\" (give its key, like DENT-42, or its id).").arg(text));
    QSqlQuery query = sql::run(db, QStringLiteral(
        "SELECT i.id, b.name FROM task_items i JOIN task_boards b ON b.id = i.board_id "
        " WHERE i.item_number = ? AND b.deleted_at IS NULL "
        "   AND (coalesce(?, '') = '' AND coalesce(b.board_prefix, '') = '' OR coalesce(?, '') <> '' AND b.board_prefix = ? COLLATE NOCASE)"),
        {match.captured(2).toInt(), match.captured(1), match.captured(1), match.captured(1)}, context);
    QStringList ids;
    QStringList boards;
    while (query.next()) {
        ids.append(query.value(0).toString());
        boards.append(query.value(1).toString());
    }
    if (ids.isEmpty())
        throw StorageError(StorageError::Kind::NotFound, tr("There is no task \"%1\".").arg(text));
    if (ids.size() > 1)
        throw StorageError(StorageError::Kind::Constraint, tr("The key \"%1\" fits tasks on several boards (%2); give the task's id.")
                                                               .arg(text, boards.join(QStringLiteral(", "))));
    return ids.first();
}

} // namespace anchor::storage
