#include "leadtasks.h"

#include "leadtypes.h"
#include "sqlhelpers.h"
#include "storageerror.h"
#include "taskboardrepository.h"
#include "transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace anchor::storage {

namespace {

QString settingKey(const QString &clientId)
{
    return QStringLiteral("tasks.from_leads:") + clientId;
}

} // namespace

bool LeadTaskSettings::wants(const QString &leadCategory) const
{
    if (boardId.isEmpty())
        return false;
    return (voicemail && leadCategory == category::Voicemail) || (needsAttention && leadCategory == category::NeedsAttention);
}

LeadTaskRepository::LeadTaskRepository(Database database)
    : m_database(std::move(database))
{
}

LeadTaskSettings LeadTaskRepository::settings(const QString &clientId) const
{
    // A deleted board counts as none, so imports never create tasks nobody sees.
    QSqlQuery query = sql::run(m_database.connection(), QStringLiteral(
        "SELECT coalesce(b.id, ''), coalesce(json_extract(s.value, '$.voicemail'), 0), "
        "       coalesce(json_extract(s.value, '$.needs_attention'), 0) "
        "  FROM client_profiles p LEFT JOIN task_boards b ON b.id = p.task_board_id AND b.deleted_at IS NULL "
        "  LEFT JOIN app_settings s ON s.key = ? AND json_type(s.value) = 'object' "
        " WHERE p.user_id = ?"),
        {settingKey(clientId), clientId}, tr("Reading which leads become tasks"));
    LeadTaskSettings settings;
    if (query.next()) {
        settings.boardId = query.value(0).toString();
        settings.voicemail = query.value(1).toInt() != 0;
        settings.needsAttention = query.value(2).toInt() != 0;
    }
    return settings;
}

void LeadTaskRepository::setSettings(const QString &clientId, const LeadTaskSettings &settings)
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Saving which leads become tasks");
    Transaction transaction(db);
    if (!settings.boardId.isEmpty()
        && !sql::run(db, QStringLiteral("SELECT 1 FROM task_boards WHERE id = ? AND deleted_at IS NULL"), {settings.boardId}, context)
                .next())
        throw StorageError(StorageError::Kind::NotFound, tr("That board does not exist."));
    QSqlQuery profile = sql::run(db, QStringLiteral("UPDATE client_profiles SET task_board_id = ? WHERE user_id = ?"),
                                 {sql::textOrNull(settings.boardId), clientId}, context);
    if (profile.numRowsAffected() == 0)
        throw StorageError(StorageError::Kind::NotFound, tr("There is no client business with id \"%1\".").arg(clientId));
    const QJsonObject value{{QStringLiteral("voicemail"), settings.voicemail},
                            {QStringLiteral("needs_attention"), settings.needsAttention}};
    sql::run(db, QStringLiteral("INSERT INTO app_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                                "value = excluded.value, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"),
             {settingKey(clientId), QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact))}, context);
    transaction.commit();
}

QString LeadTaskRepository::taskName(const QString &leadCategory, const QString &caller)
{
    const QString who = caller.trimmed().isEmpty() ? tr("unknown caller") : caller.trimmed();
    if (leadCategory == category::Voicemail)
        return tr("Voicemail: %1").arg(who);
    if (leadCategory == category::NeedsAttention)
        return tr("Needs attention: %1").arg(who);
    return tr("Call from %1 (%2)").arg(who, LeadVocabulary::categoryLabel(leadCategory));
}

QString LeadTaskRepository::firstOpenGroup(const QString &boardId) const
{
    QSqlQuery query = sql::run(m_database.connection(),
                               QStringLiteral("SELECT id FROM task_groups WHERE board_id = ? AND archived_at IS NULL "
                                              "ORDER BY order_index, rowid LIMIT 1"),
                               {boardId}, tr("Finding the board's first column"));
    return query.next() ? query.value(0).toString() : QString();
}

QString LeadTaskRepository::create(const QString &groupId, const QString &callId, const QString &leadCategory,
                                   const QString &caller, const QString &summary, const QString &createdBy)
{
    TaskBoardRepository board(m_database);
    const QString itemId = board.createItem(groupId, taskName(leadCategory, caller), createdBy);
    if (!summary.trimmed().isEmpty())
        board.setDescription(itemId, summary.trimmed());
    board.setFlags(itemId, leadCategory == category::Voicemail, leadCategory == category::NeedsAttention);
    board.linkCall(itemId, callId);
    return itemId;
}

QString LeadTaskRepository::createFromLead(const QString &callId, const QString &boardId, const QString &createdBy)
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Creating a task from a lead");
    QSqlQuery call = sql::run(db, QStringLiteral(
        "SELECT coalesce(nullif(caller_name, ''), from_number, ''), coalesce(category, ''), "
        "       coalesce(nullif(classification_summary, ''), json_extract(meta, '$.ctm_summary'), '') "
        "  FROM call_logs WHERE call_id = ?"),
        {callId}, context);
    if (!call.next())
        throw StorageError(StorageError::Kind::NotFound, tr("There is no lead with call id \"%1\".").arg(callId));
    const QString caller = call.value(0).toString();
    const QString leadCategory = call.value(1).toString();
    const QString summary = call.value(2).toString();
    call.finish();
    if (!sql::run(db, QStringLiteral("SELECT 1 FROM task_boards WHERE id = ? AND deleted_at IS NULL"), {boardId}, context).next())
        throw StorageError(StorageError::Kind::NotFound, tr("That board does not exist."));
    const QString groupId = firstOpenGroup(boardId);
    if (groupId.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, tr("The board has no open column to put the task in."));
    Transaction transaction(db);
    const QString itemId = create(groupId, callId, leadCategory, caller, summary, createdBy);
    transaction.commit();
    return itemId;
}

QString LeadTaskRepository::createForNewCall(const LeadTaskSettings &settings, const QString &callId, const QString &leadCategory,
                                             const QString &caller, const QString &summary, const QString &createdBy)
{
    if (!settings.wants(leadCategory))
        return {};
    // One task per call, however often the call is imported.
    if (sql::run(m_database.connection(), QStringLiteral("SELECT 1 FROM task_items WHERE call_id = ? LIMIT 1"), {callId},
                 tr("Creating a task from a lead"))
            .next())
        return {};
    const QString groupId = firstOpenGroup(settings.boardId);
    if (groupId.isEmpty())
        return {};
    Transaction transaction(m_database.connection());
    const QString itemId = create(groupId, callId, leadCategory, caller, summary, createdBy);
    transaction.commit();
    return itemId;
}

} // namespace anchor::storage
