#include "taskitemrepository.h"

#include "sqlhelpers.h"
#include "storageerror.h"
#include "timestamps.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace anchor::storage {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("anchor::storage::TaskItemRepository", text);
}

// Same display name as TaskBoardRepository's, so a mention reads like the assignee chips.
const QString kPersonName = QStringLiteral(
    "coalesce(nullif(trim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '')), ''), u.email, '')");

const QString kKey =
    QStringLiteral("CASE WHEN coalesce(b.board_prefix, '') = '' THEN '#' || coalesce(i.item_number, 0) "
                   "ELSE b.board_prefix || '-' || coalesce(i.item_number, 0) END");

QVariant timestampOrNull(const QDateTime &when)
{
    return when.isValid() ? QVariant(toDbTimestamp(when)) : QVariant();
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QString requireText(const QString &text, int maxLength, const QString &emptyMessage)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, emptyMessage);
    return trimmed.left(maxLength);
}

void requireItem(const QSqlDatabase &db, const QString &itemId, const QString &context)
{
    QSqlQuery query = sql::run(db, QStringLiteral("SELECT 1 FROM task_items WHERE id = ?"), {itemId}, context);
    if (!query.next())
        throw StorageError(StorageError::Kind::NotFound, translate("The task no longer exists."));
}

// "DENT-42 Call back Mrs Lee": how notifications and refusals name an item.
QString itemTitle(const QSqlDatabase &db, const QString &itemId, const QString &context)
{
    QSqlQuery query = sql::run(
        db,
        QStringLiteral("SELECT ") + kKey +
            QStringLiteral(", i.name FROM task_items i LEFT JOIN task_boards b ON b.id = i.board_id WHERE i.id = ?"),
        {itemId}, context);
    if (!query.next())
        throw StorageError(StorageError::Kind::NotFound, translate("The task no longer exists."));
    return query.value(0).toString() + u' ' + query.value(1).toString();
}

// ---- subitems ----------------------------------------------------------------------------

const QString kSubitemColumns = QStringLiteral("SELECT id, parent_item_id, position, name, coalesce(due_date, ''), "
                                               "coalesce(completed_at, '') FROM task_subitems ");

TaskSubitem readSubitem(const QSqlQuery &q)
{
    TaskSubitem subitem;
    subitem.id = q.value(0).toString();
    subitem.itemId = q.value(1).toString();
    subitem.position = q.value(2).toInt();
    subitem.name = q.value(3).toString();
    subitem.dueDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    subitem.completedAt = fromDbTimestamp(q.value(5).toString());
    return subitem;
}

int subitemCount(const QSqlDatabase &db, const QString &itemId, const QString &context)
{
    QSqlQuery query = sql::run(
        db, QStringLiteral("SELECT count(*) FROM task_subitems WHERE parent_item_id = ? AND archived_at IS NULL"),
        {itemId}, context);
    return query.next() ? query.value(0).toInt() : 0;
}

// Opens a gap at `position` (shift >= position down by one) or closes one (shift > position up).
void shiftSubitems(const QSqlDatabase &db, const QString &itemId, int position, int delta, const QString &context)
{
    sql::run(db,
             delta > 0
                 ? QStringLiteral(
                       "UPDATE task_subitems SET position = position + 1 WHERE parent_item_id = ? AND position >= ?")
                 : QStringLiteral(
                       "UPDATE task_subitems SET position = position - 1 WHERE parent_item_id = ? AND position > ?"),
             {itemId, position}, context);
}

// ---- updates -----------------------------------------------------------------------------

QList<TaskAssignee> staffPeople(const QSqlDatabase &db, const QString &context)
{
    QSqlQuery query =
        sql::run(db,
                 QStringLiteral("SELECT u.id, ") + kPersonName +
                     QStringLiteral(" FROM users u WHERE u.role IN ('superadmin', 'admin', 'team', 'editor')"),
                 {}, context);
    QList<TaskAssignee> people;
    while (query.next())
        people.append({query.value(0).toString(), query.value(1).toString(), {}});
    return people;
}

QString personName(const QSqlDatabase &db, const QString &userId, const QString &context)
{
    QSqlQuery query =
        sql::run(db, QStringLiteral("SELECT ") + kPersonName + QStringLiteral(" FROM users u WHERE u.id = ?"), {userId},
                 context);
    return query.next() ? query.value(0).toString() : QString();
}

// Inserts one mention notification per person the update names (never its author).
QStringList notifyMentions(const QSqlDatabase &db, const QString &itemId, const QString &updateId,
                           const QString &authorId, const QString &content, const QString &context)
{
    QStringList mentioned = TaskItemRepository::mentionedUsers(content, staffPeople(db, context));
    mentioned.removeAll(authorId);
    if (mentioned.isEmpty())
        return mentioned;
    const QString title = itemTitle(db, itemId, context);
    QString author = personName(db, authorId, context);
    if (author.isEmpty())
        author = translate("Someone");
    QSqlQuery insert(db);
    sql::prepare(insert, QStringLiteral(
                             "INSERT INTO notifications (user_id, title, body, link_url, meta) "
                             "VALUES (?, ?, ?, ?, json_object('kind', 'task_mention', 'item_id', ?, 'update_id', ?))"));
    for (const QString &userId : std::as_const(mentioned)) {
        insert.addBindValue(userId);
        insert.addBindValue(QCoreApplication::translate("anchor::storage::TaskItemRepository", "%1 mentioned you on %2")
                                .arg(author, title));
        insert.addBindValue(content.left(500));
        insert.addBindValue(QString(QStringLiteral("anchor://task/") + itemId));
        insert.addBindValue(itemId);
        insert.addBindValue(updateId);
        sql::exec(insert, context);
    }
    return mentioned;
}

bool boundaryAt(const QString &text, qsizetype index)
{
    return index >= text.size() || !text.at(index).isLetterOrNumber();
}

// ---- files -------------------------------------------------------------------------------

const QString kFileColumns = QStringLiteral("SELECT id, coalesce(item_id, ''), coalesce(file_name, ''), file_url, "
                                            "coalesce(uploaded_by, ''), created_at FROM task_files ");

TaskFile readFile(const QSqlQuery &q)
{
    TaskFile file;
    file.id = q.value(0).toString();
    file.itemId = q.value(1).toString();
    file.fileName = q.value(2).toString();
    file.relativePath = q.value(3).toString();
    file.uploadedBy = q.value(4).toString();
    file.createdAt = fromDbTimestamp(q.value(5).toString());
    return file;
}

// A file name that is free in `folder`: "report.pdf", then "report (2).pdf", ...
QString freeName(const QDir &folder, const QString &fileName)
{
    if (!folder.exists(fileName))
        return fileName;
    const QFileInfo info(fileName);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix);
        if (!folder.exists(candidate))
            return candidate;
    }
}

// Copies through QSaveFile: the target appears only complete, never half-written.
void copyWhole(QFile &source, const QString &target)
{
    QSaveFile out(target);
    out.setDirectWriteFallback(false);
    if (!out.open(QIODevice::WriteOnly))
        throw StorageError(StorageError::Kind::CannotOpen,
                           translate("Cannot copy the file into the attachments folder: %1").arg(out.errorString()));
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 read = source.read(buffer.data(), buffer.size());
        if (read < 0) {
            out.cancelWriting();
            throw StorageError(StorageError::Kind::CannotOpen,
                               translate("Cannot read the file \"%1\": %2")
                                   .arg(QDir::toNativeSeparators(source.fileName()), source.errorString()));
        }
        if (read == 0)
            break;
        if (out.write(buffer.constData(), read) != read) {
            const QString reason = out.errorString();
            out.cancelWriting();
            throw StorageError(StorageError::Kind::DiskFull,
                               translate("Cannot copy the file into the attachments folder: %1").arg(reason));
        }
    }
    if (!out.commit())
        throw StorageError(StorageError::Kind::DiskFull,
                           translate("Cannot copy the file into the attachments folder: %1").arg(out.errorString()));
}

// ---- time entries ------------------------------------------------------------------------

const QString kTimeColumns = QStringLiteral(
    "SELECT id, item_id, coalesce(user_id, ''), time_spent_minutes, is_billable, coalesce(description, ''), "
    "coalesce(started_at, ''), coalesce(ended_at, ''), created_at FROM task_time_entries ");

TaskTimeEntry readTimeEntry(const QSqlQuery &q)
{
    TaskTimeEntry entry;
    entry.id = q.value(0).toString();
    entry.itemId = q.value(1).toString();
    entry.userId = q.value(2).toString();
    entry.minutes = q.value(3).toInt();
    entry.billable = q.value(4).toInt() != 0;
    entry.description = q.value(5).toString();
    entry.startedAt = fromDbTimestamp(q.value(6).toString());
    entry.endedAt = fromDbTimestamp(q.value(7).toString());
    entry.createdAt = fromDbTimestamp(q.value(8).toString());
    return entry;
}

void requireMinutes(int minutes)
{
    if (minutes < 0)
        throw StorageError(
            StorageError::Kind::Constraint,
            translate("Time spent cannot be negative (%1 minutes). Enter 0 or more minutes.").arg(minutes));
}

TaskTimeTotals readTotals(QSqlQuery &query)
{
    TaskTimeTotals totals;
    if (query.next()) {
        totals.minutes = query.value(0).toInt();
        totals.billableMinutes = query.value(1).toInt();
    }
    return totals;
}

} // namespace

TaskItemRepository::TaskItemRepository(Database database)
    : m_database(std::move(database))
{
}

// ---- subitems ----------------------------------------------------------------------------

QList<TaskSubitem> TaskItemRepository::subitems(const QString &itemId) const
{
    QSqlQuery query =
        sql::run(m_database.connection(),
                 kSubitemColumns +
                     QStringLiteral("WHERE parent_item_id = ? AND archived_at IS NULL ORDER BY position, created_at"),
                 {itemId}, tr("Loading subitems"));
    QList<TaskSubitem> result;
    while (query.next())
        result.append(readSubitem(query));
    return result;
}

std::optional<TaskSubitem> TaskItemRepository::subitem(const QString &subitemId) const
{
    QSqlQuery query = sql::run(m_database.connection(), kSubitemColumns + QStringLiteral("WHERE id = ?"), {subitemId},
                               tr("Loading a subitem"));
    if (!query.next())
        return std::nullopt;
    return readSubitem(query);
}

QString TaskItemRepository::addSubitem(const QString &itemId, const QString &name, int position)
{
    TaskSubitem subitem;
    subitem.id = newId();
    subitem.itemId = itemId;
    subitem.name = name;
    subitem.position = position;
    restoreSubitem(subitem);
    return subitem.id;
}

void TaskItemRepository::restoreSubitem(const TaskSubitem &subitem)
{
    const QString context = tr("Adding a subitem");
    const QString name = requireText(subitem.name, 500, tr("A subitem needs a name."));
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    requireItem(db, subitem.itemId, context);
    const int count = subitemCount(db, subitem.itemId, context);
    const int at = subitem.position < 0 || subitem.position > count ? count : subitem.position;
    shiftSubitems(db, subitem.itemId, at, +1, context);
    sql::run(db,
             QStringLiteral("INSERT INTO task_subitems (id, parent_item_id, position, name, due_date, completed_at) "
                            "VALUES (?, ?, ?, ?, ?, ?)"),
             {subitem.id, subitem.itemId, at, name, dateOrNull(subitem.dueDate), timestampOrNull(subitem.completedAt)},
             context);
    transaction.commit();
}

void TaskItemRepository::renameSubitem(const QString &subitemId, const QString &name)
{
    const QString trimmed = requireText(name, 500, tr("A subitem needs a name."));
    QSqlQuery query =
        sql::run(m_database.connection(), QStringLiteral("UPDATE task_subitems SET name = ? WHERE id = ?"),
                 {trimmed, subitemId}, tr("Renaming a subitem"));
    if (query.numRowsAffected() == 0)
        throw StorageError(StorageError::Kind::NotFound, tr("The subitem no longer exists."));
}

void TaskItemRepository::setSubitemCompleted(const QString &subitemId, const QDateTime &completedAt)
{
    QSqlQuery query =
        sql::run(m_database.connection(), QStringLiteral("UPDATE task_subitems SET completed_at = ? WHERE id = ?"),
                 {timestampOrNull(completedAt), subitemId}, tr("Completing a subitem"));
    if (query.numRowsAffected() == 0)
        throw StorageError(StorageError::Kind::NotFound, tr("The subitem no longer exists."));
}

int TaskItemRepository::moveSubitem(const QString &subitemId, int position)
{
    const QString context = tr("Moving a subitem");
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const std::optional<TaskSubitem> moving = subitem(subitemId);
    if (!moving)
        throw StorageError(StorageError::Kind::NotFound, tr("The subitem no longer exists."));
    const int from = moving->position;
    const int to = std::clamp(position, 0, qMax(0, subitemCount(db, moving->itemId, context) - 1));
    if (from != to) {
        // Close the gap it leaves, open one where it lands: positions stay dense.
        shiftSubitems(db, moving->itemId, from, -1, context);
        sql::run(db, QStringLiteral("UPDATE task_subitems SET position = -1 WHERE id = ?"), {subitemId}, context);
        sql::run(db,
                 QStringLiteral("UPDATE task_subitems SET position = position + 1 "
                                "WHERE parent_item_id = ? AND position >= ? AND id <> ?"),
                 {moving->itemId, to, subitemId}, context);
        sql::run(db, QStringLiteral("UPDATE task_subitems SET position = ? WHERE id = ?"), {to, subitemId}, context);
    }
    transaction.commit();
    return from;
}

void TaskItemRepository::removeSubitem(const QString &subitemId)
{
    const QString context = tr("Deleting a subitem");
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const std::optional<TaskSubitem> removed = subitem(subitemId);
    if (!removed)
        throw StorageError(StorageError::Kind::NotFound, tr("The subitem no longer exists."));
    sql::run(db, QStringLiteral("DELETE FROM task_subitems WHERE id = ?"), {subitemId}, context);
    shiftSubitems(db, removed->itemId, removed->position, -1, context);
    transaction.commit();
}

// ---- updates -----------------------------------------------------------------------------

QStringList TaskItemRepository::mentionedUsers(const QString &content, const QList<TaskAssignee> &people)
{
    QStringList result;
    for (qsizetype at = content.indexOf(u'@'); at >= 0; at = content.indexOf(u'@', at + 1)) {
        // "ann@example.com" is an address, not a mention.
        if (at > 0 && content.at(at - 1).isLetterOrNumber())
            continue;
        const QString rest = content.mid(at + 1, 130);
        // The longest name wins, so "@Dana Smith" names Dana Smith, not every Dana; a bare
        // "@Dana" names every staff user called Dana (better one too many than a missed one).
        qsizetype best = 0;
        QStringList matches;
        for (const TaskAssignee &person : people) {
            const QString full = person.name.simplified();
            const QString first = full.section(u' ', 0, 0);
            qsizetype length = 0;
            if (!full.isEmpty() && rest.startsWith(full, Qt::CaseInsensitive) && boundaryAt(rest, full.size()))
                length = full.size();
            else if (!first.isEmpty() && rest.startsWith(first, Qt::CaseInsensitive) && boundaryAt(rest, first.size()))
                length = first.size();
            if (length == 0 || length < best)
                continue;
            if (length > best) {
                best = length;
                matches.clear();
            }
            matches.append(person.userId);
        }
        for (const QString &id : std::as_const(matches)) {
            if (!result.contains(id))
                result.append(id);
        }
    }
    return result;
}

QList<TaskUpdate> TaskItemRepository::updates(const QString &itemId, const QString &viewerId) const
{
    QSqlQuery query = sql::run(m_database.connection(),
                               QStringLiteral("SELECT t.id, t.item_id, coalesce(t.user_id, ''), ") + kPersonName +
                                   QStringLiteral(", t.content, t.created_at, "
                                                  "(t.user_id = ? OR EXISTS (SELECT 1 FROM task_update_views v WHERE "
                                                  "v.update_id = t.id AND v.user_id = ?)) "
                                                  "FROM task_updates t LEFT JOIN users u ON u.id = t.user_id "
                                                  "WHERE t.item_id = ? ORDER BY t.created_at, t.rowid"),
                               {viewerId, viewerId, itemId}, tr("Loading updates"));
    QList<TaskUpdate> result;
    while (query.next()) {
        TaskUpdate update;
        update.id = query.value(0).toString();
        update.itemId = query.value(1).toString();
        update.userId = query.value(2).toString();
        update.userName = query.value(3).toString();
        update.content = query.value(4).toString();
        update.createdAt = fromDbTimestamp(query.value(5).toString());
        update.readByMe = query.value(6).toInt() != 0;
        result.append(update);
    }
    return result;
}

std::optional<TaskUpdate> TaskItemRepository::update(const QString &updateId) const
{
    QSqlQuery query = sql::run(
        m_database.connection(),
        QStringLiteral("SELECT t.id, t.item_id, coalesce(t.user_id, ''), ") + kPersonName +
            QStringLiteral(
                ", t.content, t.created_at FROM task_updates t LEFT JOIN users u ON u.id = t.user_id WHERE t.id = ?"),
        {updateId}, tr("Loading an update"));
    if (!query.next())
        return std::nullopt;
    TaskUpdate update;
    update.id = query.value(0).toString();
    update.itemId = query.value(1).toString();
    update.userId = query.value(2).toString();
    update.userName = query.value(3).toString();
    update.content = query.value(4).toString();
    update.createdAt = fromDbTimestamp(query.value(5).toString());
    return update;
}

PostedUpdate TaskItemRepository::addUpdate(const QString &itemId, const QString &authorId, const QString &content)
{
    TaskUpdate update;
    update.id = newId();
    update.itemId = itemId;
    update.userId = authorId;
    update.content = content;
    update.createdAt = QDateTime::currentDateTimeUtc();
    return restoreUpdate(update, true);
}

PostedUpdate TaskItemRepository::restoreUpdate(const TaskUpdate &update, bool notify)
{
    const QString context = tr("Posting an update");
    const QString content = requireText(update.content, 20000, tr("An update needs some text."));
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    requireItem(db, update.itemId, context);
    sql::run(db,
             QStringLiteral("INSERT INTO task_updates (id, item_id, user_id, content, created_at) "
                            "VALUES (?, ?, (SELECT id FROM users WHERE id = ?), ?, ?)"),
             {update.id, update.itemId, update.userId, content,
              toDbTimestamp(update.createdAt.isValid() ? update.createdAt : QDateTime::currentDateTimeUtc())},
             context);
    PostedUpdate posted{update.id, {}};
    if (notify)
        posted.mentionedUserIds = notifyMentions(db, update.itemId, update.id, update.userId, content, context);
    transaction.commit();
    return posted;
}

void TaskItemRepository::removeUpdate(const QString &updateId, bool withNotifications)
{
    const QString context = tr("Deleting an update");
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (withNotifications) {
        sql::run(db,
                 QStringLiteral("DELETE FROM notifications WHERE json_extract(meta, '$.kind') = 'task_mention' "
                                "AND json_extract(meta, '$.update_id') = ?"),
                 {updateId}, context);
    }
    QSqlQuery query = sql::run(db, QStringLiteral("DELETE FROM task_updates WHERE id = ?"), {updateId}, context);
    if (query.numRowsAffected() == 0)
        throw StorageError(StorageError::Kind::NotFound, tr("The update no longer exists."));
    transaction.commit();
}

void TaskItemRepository::markRead(const QString &itemId, const QString &userId)
{
    sql::run(m_database.connection(),
             QStringLiteral("INSERT OR IGNORE INTO task_update_views (update_id, user_id) "
                            "SELECT t.id, u.id FROM task_updates t JOIN users u ON u.id = ? WHERE t.item_id = ?"),
             {userId, itemId}, tr("Marking updates read"));
}

int TaskItemRepository::unreadCount(const QString &itemId, const QString &userId) const
{
    QSqlQuery query =
        sql::run(m_database.connection(),
                 QStringLiteral("SELECT count(*) FROM task_updates t WHERE t.item_id = ? "
                                "AND t.user_id IS NOT ? AND NOT EXISTS (SELECT 1 FROM task_update_views v "
                                "WHERE v.update_id = t.id AND v.user_id = ?)"),
                 {itemId, userId, userId}, tr("Counting unread updates"));
    return query.next() ? query.value(0).toInt() : 0;
}

QHash<QString, int> TaskItemRepository::unreadCounts(const QString &userId) const
{
    QSqlQuery query = sql::run(m_database.connection(),
                               QStringLiteral("SELECT t.item_id, count(*) FROM task_updates t WHERE t.user_id IS NOT ? "
                                              "AND NOT EXISTS (SELECT 1 FROM task_update_views v "
                                              "WHERE v.update_id = t.id AND v.user_id = ?) GROUP BY t.item_id"),
                               {userId, userId}, tr("Counting unread updates"));
    QHash<QString, int> counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    return counts;
}

// ---- files -------------------------------------------------------------------------------

QString TaskItemRepository::attachmentsFolder() const
{
    const QFileInfo database(m_database.path());
    return database.absoluteDir().filePath(database.completeBaseName() + QStringLiteral("-attachments"));
}

QString TaskItemRepository::absolutePath(const TaskFile &file) const
{
    return QDir(attachmentsFolder()).filePath(file.relativePath);
}

QList<TaskFile> TaskItemRepository::files(const QString &itemId) const
{
    QSqlQuery query =
        sql::run(m_database.connection(), kFileColumns + QStringLiteral("WHERE item_id = ? ORDER BY created_at, rowid"),
                 {itemId}, tr("Loading files"));
    QList<TaskFile> result;
    while (query.next())
        result.append(readFile(query));
    return result;
}

std::optional<TaskFile> TaskItemRepository::file(const QString &fileId) const
{
    QSqlQuery query = sql::run(m_database.connection(), kFileColumns + QStringLiteral("WHERE id = ?"), {fileId},
                               tr("Loading a file"));
    if (!query.next())
        return std::nullopt;
    return readFile(query);
}

QString TaskItemRepository::attachFile(const QString &itemId, const QString &sourcePath, const QString &uploadedBy)
{
    const QString context = tr("Attaching a file");
    const QString shown = QDir::toNativeSeparators(sourcePath);
    const QFileInfo source(sourcePath);
    if (!source.exists())
        throw StorageError(StorageError::Kind::NotFound, tr("The file \"%1\" does not exist.").arg(shown));
    if (!source.isFile())
        throw StorageError(StorageError::Kind::CannotOpen,
                           tr("\"%1\" is not a file and cannot be attached.").arg(shown));
    QFile input(sourcePath);
    if (!input.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::CannotOpen,
                           tr("The file \"%1\" cannot be read: %2").arg(shown, input.errorString()));
    requireItem(m_database.connection(), itemId, context);

    const QString root = attachmentsFolder();
    const QDir folder(QDir(root).filePath(itemId));
    const bool rootExisted = QFileInfo::exists(root);
    const bool folderExisted = folder.exists();
    // Leaves no empty folders behind a refused attachment.
    const auto tidyFolders = [&] {
        if (!folderExisted)
            QDir().rmdir(folder.path());
        if (!rootExisted)
            QDir().rmdir(root);
    };
    if (!QDir().mkpath(folder.path())) {
        tidyFolders();
        throw StorageError(
            StorageError::Kind::CannotOpen,
            tr("Cannot create the attachments folder \"%1\".").arg(QDir::toNativeSeparators(folder.path())));
    }
    const QString name = freeName(folder, source.fileName());
    const QString target = folder.filePath(name);
    try {
        copyWhole(input, target);
    } catch (const StorageError &) {
        tidyFolders();
        throw;
    }

    const QString id = newId();
    try {
        QSqlDatabase db = m_database.connection();
        Transaction transaction(db);
        sql::run(db,
                 QStringLiteral("INSERT INTO task_files (id, item_id, uploaded_by, file_url, file_name) "
                                "VALUES (?, ?, (SELECT id FROM users WHERE id = ?), ?, ?)"),
                 {id, itemId, uploadedBy, QString(itemId + u'/' + name), name}, context);
        transaction.commit();
    } catch (const StorageError &) {
        QFile::remove(target);
        tidyFolders();
        throw;
    }
    return id;
}

void TaskItemRepository::removeFile(const QString &fileId)
{
    QSqlQuery query = sql::run(m_database.connection(), QStringLiteral("DELETE FROM task_files WHERE id = ?"), {fileId},
                               tr("Removing a file"));
    if (query.numRowsAffected() == 0)
        throw StorageError(StorageError::Kind::NotFound, tr("The file is no longer attached."));
}

void TaskItemRepository::restoreFile(const TaskFile &file)
{
    sql::run(m_database.connection(),
             QStringLiteral("INSERT INTO task_files (id, item_id, uploaded_by, file_url, file_name, created_at) "
                            "VALUES (?, ?, (SELECT id FROM users WHERE id = ?), ?, ?, ?)"),
             {file.id, file.itemId, file.uploadedBy, file.relativePath, file.fileName,
              toDbTimestamp(file.createdAt.isValid() ? file.createdAt : QDateTime::currentDateTimeUtc())},
             tr("Attaching a file"));
}

// ---- time entries ------------------------------------------------------------------------

QList<TaskTimeEntry> TaskItemRepository::timeEntries(const QString &itemId) const
{
    QSqlQuery query = sql::run(
        m_database.connection(),
        kTimeColumns + QStringLiteral("WHERE item_id = ? ORDER BY coalesce(started_at, created_at) DESC, rowid DESC"),
        {itemId}, tr("Loading time entries"));
    QList<TaskTimeEntry> result;
    while (query.next())
        result.append(readTimeEntry(query));
    return result;
}

std::optional<TaskTimeEntry> TaskItemRepository::timeEntry(const QString &entryId) const
{
    QSqlQuery query = sql::run(m_database.connection(), kTimeColumns + QStringLiteral("WHERE id = ?"), {entryId},
                               tr("Loading a time entry"));
    if (!query.next())
        return std::nullopt;
    return readTimeEntry(query);
}

QString TaskItemRepository::addTimeEntry(const QString &itemId, const QString &userId, int minutes, bool billable,
                                         const QString &description)
{
    requireMinutes(minutes);
    TaskTimeEntry entry;
    entry.id = newId();
    entry.itemId = itemId;
    entry.userId = userId;
    entry.minutes = minutes;
    entry.billable = billable;
    entry.description = description.trimmed();
    entry.createdAt = QDateTime::currentDateTimeUtc();
    restoreTimeEntry(entry);
    return entry.id;
}

std::optional<TaskTimeEntry> TaskItemRepository::runningTimer(const QString &userId) const
{
    QSqlQuery query =
        sql::run(m_database.connection(),
                 kTimeColumns + QStringLiteral("WHERE user_id = ? AND started_at IS NOT NULL AND ended_at IS NULL "
                                               "ORDER BY started_at DESC LIMIT 1"),
                 {userId}, tr("Loading the running timer"));
    if (!query.next())
        return std::nullopt;
    return readTimeEntry(query);
}

QString TaskItemRepository::startTimer(const QString &itemId, const QString &userId, const QDateTime &startedAt)
{
    const QString context = tr("Starting a timer");
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (const std::optional<TaskTimeEntry> running = runningTimer(userId)) {
        throw StorageError(StorageError::Kind::Constraint,
                           tr("A timer is already running on %1. Stop it before starting another.")
                               .arg(itemTitle(db, running->itemId, context)));
    }
    TaskTimeEntry entry;
    entry.id = newId();
    entry.itemId = itemId;
    entry.userId = userId;
    entry.startedAt = startedAt.isValid() ? startedAt : QDateTime::currentDateTimeUtc();
    entry.createdAt = entry.startedAt;
    restoreTimeEntry(entry);
    transaction.commit();
    return entry.id;
}

TaskTimeEntry TaskItemRepository::stopTimer(const QString &userId, const QDateTime &endedAt)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    std::optional<TaskTimeEntry> running = runningTimer(userId);
    if (!running)
        throw StorageError(StorageError::Kind::NotFound, tr("No timer is running."));
    running->endedAt = endedAt.isValid() ? endedAt : QDateTime::currentDateTimeUtc();
    // Started minutes count in full, as time sheets round them.
    const qint64 seconds = qMax<qint64>(0, running->startedAt.secsTo(running->endedAt));
    running->minutes = int((seconds + 59) / 60);
    restoreTimeEntry(*running);
    transaction.commit();
    return *running;
}

void TaskItemRepository::setBillable(const QString &entryId, bool billable)
{
    QSqlQuery query =
        sql::run(m_database.connection(),
                 QStringLiteral("UPDATE task_time_entries SET is_billable = ?, "
                                "billable_minutes = CASE WHEN ? = 1 THEN time_spent_minutes ELSE 0 END WHERE id = ?"),
                 {billable ? 1 : 0, billable ? 1 : 0, entryId}, tr("Changing a time entry"));
    if (query.numRowsAffected() == 0)
        throw StorageError(StorageError::Kind::NotFound, tr("The time entry no longer exists."));
}

void TaskItemRepository::removeTimeEntry(const QString &entryId)
{
    QSqlQuery query = sql::run(m_database.connection(), QStringLiteral("DELETE FROM task_time_entries WHERE id = ?"),
                               {entryId}, tr("Deleting a time entry"));
    if (query.numRowsAffected() == 0)
        throw StorageError(StorageError::Kind::NotFound, tr("The time entry no longer exists."));
}

void TaskItemRepository::restoreTimeEntry(const TaskTimeEntry &entry)
{
    requireMinutes(entry.minutes);
    const QString context = tr("Saving a time entry");
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    requireItem(db, entry.itemId, context);
    sql::run(
        db,
        QStringLiteral(
            "INSERT INTO task_time_entries (id, item_id, user_id, time_spent_minutes, billable_minutes, description, "
            "is_billable, started_at, ended_at, created_at) "
            "VALUES (?, ?, (SELECT id FROM users WHERE id = ?), ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET item_id = excluded.item_id, user_id = excluded.user_id, "
            "time_spent_minutes = excluded.time_spent_minutes, billable_minutes = excluded.billable_minutes, "
            "description = excluded.description, is_billable = excluded.is_billable, started_at = excluded.started_at, "
            "ended_at = excluded.ended_at, created_at = excluded.created_at"),
        {entry.id, entry.itemId, entry.userId, entry.minutes, entry.billable ? entry.minutes : 0,
         sql::textOrNull(entry.description), entry.billable ? 1 : 0, timestampOrNull(entry.startedAt),
         timestampOrNull(entry.endedAt),
         toDbTimestamp(entry.createdAt.isValid() ? entry.createdAt : QDateTime::currentDateTimeUtc())},
        context);
    transaction.commit();
}

TaskTimeTotals TaskItemRepository::itemTotals(const QString &itemId) const
{
    QSqlQuery query =
        sql::run(m_database.connection(),
                 QStringLiteral("SELECT coalesce(sum(time_spent_minutes), 0), "
                                "coalesce(sum(CASE WHEN is_billable = 1 THEN time_spent_minutes ELSE 0 END), 0) "
                                "FROM task_time_entries WHERE item_id = ?"),
                 {itemId}, tr("Adding up time"));
    return readTotals(query);
}

TaskTimeTotals TaskItemRepository::boardTotals(const QString &boardId) const
{
    // Archived items count: the time was spent on the board all the same.
    QSqlQuery query =
        sql::run(m_database.connection(),
                 QStringLiteral("SELECT coalesce(sum(t.time_spent_minutes), 0), "
                                "coalesce(sum(CASE WHEN t.is_billable = 1 THEN t.time_spent_minutes ELSE 0 END), 0) "
                                "FROM task_time_entries t JOIN task_items i ON i.id = t.item_id WHERE i.board_id = ?"),
                 {boardId}, tr("Adding up time"));
    return readTotals(query);
}

// ---- my work -----------------------------------------------------------------------------

QList<MyWorkItem> TaskItemRepository::myWork(const QString &userId) const
{
    // A status is done by the board's own labels when it has any, else by the global ones.
    QSqlQuery query = sql::run(
        m_database.connection(),
        QStringLiteral(
            "WITH mine AS ("
            "  SELECT i.id, i.board_id, i.group_id, i.position, coalesce(i.item_number, 0) AS number, "
            "         coalesce(b.board_prefix, '') AS prefix, i.name, coalesce(i.status, '') AS status, i.due_date, "
            "         i.priority, coalesce(i.color, '') AS color, i.is_voicemail, i.needs_attention, "
            "         coalesce(i.call_id, '') AS call_id, i.created_at, b.name AS board_name, w.name AS "
            "workspace_name, "
            "         EXISTS (SELECT 1 FROM task_board_status_labels l WHERE l.board_id = i.board_id) AS own_labels "
            "  FROM task_item_assignees a JOIN task_items i ON i.id = a.item_id "
            "  JOIN task_boards b ON b.id = i.board_id JOIN task_workspaces w ON w.id = b.workspace_id "
            "  WHERE a.user_id = ? AND i.archived_at IS NULL AND b.deleted_at IS NULL AND w.deleted_at IS NULL) "
            "SELECT m.id, m.board_id, m.group_id, m.position, m.number, m.prefix, m.name, m.status, "
            "coalesce(m.due_date, ''), "
            "       m.priority, m.color, m.is_voicemail, m.needs_attention, m.call_id, m.created_at, m.board_name, "
            "       m.workspace_name, coalesce(CASE WHEN m.own_labels THEN bl.color ELSE gl.color END, '') "
            "FROM mine m "
            "LEFT JOIN task_board_status_labels bl ON bl.board_id = m.board_id AND bl.label = m.status "
            "LEFT JOIN task_global_status_labels gl ON gl.label = m.status "
            "WHERE coalesce(CASE WHEN m.own_labels THEN bl.is_done_state ELSE gl.is_done_state END, 0) = 0 "
            "ORDER BY m.due_date IS NULL, m.due_date, m.board_name COLLATE NOCASE, m.number"),
        {userId}, tr("Loading my work"));
    QList<MyWorkItem> result;
    while (query.next()) {
        MyWorkItem row;
        TaskCard &card = row.card;
        card.id = query.value(0).toString();
        card.boardId = query.value(1).toString();
        card.groupId = query.value(2).toString();
        card.position = query.value(3).toInt();
        card.number = query.value(4).toInt();
        const QString prefix = query.value(5).toString();
        card.key = prefix.isEmpty() ? QStringLiteral("#%1").arg(card.number)
                                    : QStringLiteral("%1-%2").arg(prefix).arg(card.number);
        card.name = query.value(6).toString();
        card.status = query.value(7).toString();
        card.dueDate = QDate::fromString(query.value(8).toString(), Qt::ISODate);
        card.priority = query.value(9).toString();
        card.color = query.value(10).toString();
        card.isVoicemail = query.value(11).toInt() != 0;
        card.needsAttention = query.value(12).toInt() != 0;
        card.callId = query.value(13).toString();
        card.createdAt = fromDbTimestamp(query.value(14).toString());
        row.boardName = query.value(15).toString();
        row.workspaceName = query.value(16).toString();
        card.statusColor = query.value(17).toString();
        result.append(row);
    }
    return result;
}

} // namespace anchor::storage
