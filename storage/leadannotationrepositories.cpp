#include "leadannotationrepositories.h"

#include "outboxrepository.h"
#include "sqlhelpers.h"
#include "storageerror.h"
#include "timestamps.h"
#include "transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace anchor::storage {

namespace {

void requireChanged(const QSqlQuery &query, const QString &what)
{
    if (query.numRowsAffected() == 0)
        throw StorageError(StorageError::Kind::NotFound, what);
}

QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

} // namespace

// ---- notes -------------------------------------------------------------------------------------

NoteRepository::NoteRepository(Database database)
    : m_database(std::move(database))
{
}

QList<LeadNote> NoteRepository::forCall(const QString &callId) const
{
    QSqlQuery query(m_database.connection());
    sql::prepare(query, QStringLiteral("SELECT id, call_id, author_id, note_type, body, created_at FROM lead_notes "
                                       "WHERE call_id = ? ORDER BY created_at DESC, rowid DESC"));
    query.addBindValue(callId);
    sql::exec(query, tr("Loading notes"));
    QList<LeadNote> notes;
    while (query.next()) {
        notes.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(), query.value(4).toString(),
                      fromDbTimestamp(query.value(5).toString())});
    }
    return notes;
}

std::optional<LeadNote> NoteRepository::find(const QString &noteId) const
{
    QSqlQuery query(m_database.connection());
    sql::prepare(query, QStringLiteral("SELECT id, call_id, author_id, note_type, body, created_at FROM lead_notes WHERE id = ?"));
    query.addBindValue(noteId);
    sql::exec(query, tr("Loading a note"));
    if (!query.next())
        return std::nullopt;
    return LeadNote{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                    query.value(3).toString(), query.value(4).toString(), fromDbTimestamp(query.value(5).toString())};
}

void NoteRepository::insert(const LeadNote &note)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    sql::prepare(query, QStringLiteral("INSERT INTO lead_notes (id, owner_user_id, call_id, author_id, note_type, body, created_at) "
                                       "SELECT ?, owner_user_id, call_id, ?, ?, ?, ? FROM call_logs WHERE call_id = ?"));
    query.addBindValue(note.id);
    query.addBindValue(nullIfEmpty(note.authorId));
    query.addBindValue(note.noteType);
    query.addBindValue(note.body);
    query.addBindValue(note.createdAt.isValid() ? toDbTimestamp(note.createdAt) : nowDbTimestamp());
    query.addBindValue(note.callId);
    sql::exec(query, tr("Saving the note"));
    requireChanged(query, tr("The call %1 does not exist.").arg(note.callId));
    transaction.commit();
}

QString NoteRepository::add(const QString &callId, const QString &noteType, const QString &body,
                            const QString &authorId, bool alsoToCtm)
{
    if (!LeadVocabulary::isNoteType(noteType))
        throw StorageError(StorageError::Kind::Constraint, tr("\"%1\" is not a note type.").arg(noteType));
    if (body.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Constraint, tr("A note needs some text."));
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const QString id = newId();
    QSqlQuery query(db);
    sql::prepare(query, QStringLiteral("INSERT INTO lead_notes (id, owner_user_id, call_id, author_id, note_type, body) "
                                       "SELECT ?, owner_user_id, call_id, ?, ?, ? FROM call_logs WHERE call_id = ?"));
    query.addBindValue(id);
    query.addBindValue(nullIfEmpty(authorId));
    query.addBindValue(noteType);
    query.addBindValue(body);
    query.addBindValue(callId);
    sql::exec(query, tr("Saving the note"));
    requireChanged(query, tr("The call %1 does not exist.").arg(callId));
    if (alsoToCtm)
        OutboxRepository(m_database).enqueueCtmNote(callId, body);
    transaction.commit();
    return id;
}

void NoteRepository::update(const QString &noteId, const QString &noteType, const QString &body)
{
    if (!LeadVocabulary::isNoteType(noteType))
        throw StorageError(StorageError::Kind::Constraint, tr("\"%1\" is not a note type.").arg(noteType));
    if (body.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Constraint, tr("A note needs some text."));
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    sql::prepare(query, QStringLiteral("UPDATE lead_notes SET note_type = ?, body = ? WHERE id = ?"));
    query.addBindValue(noteType);
    query.addBindValue(body);
    query.addBindValue(noteId);
    sql::exec(query, tr("Saving the note"));
    requireChanged(query, tr("The note no longer exists."));
    transaction.commit();
}

void NoteRepository::remove(const QString &noteId)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    sql::prepare(query, QStringLiteral("DELETE FROM lead_notes WHERE id = ?"));
    query.addBindValue(noteId);
    sql::exec(query, tr("Deleting the note"));
    transaction.commit();
}

// ---- tags --------------------------------------------------------------------------------------

TagRepository::TagRepository(Database database)
    : m_database(std::move(database))
{
}

QList<TagRef> TagRepository::forClient(const QString &clientId) const
{
    QSqlQuery query(m_database.connection());
    sql::prepare(query, QStringLiteral("SELECT id, name, color FROM lead_tags WHERE owner_user_id = ? ORDER BY name"));
    query.addBindValue(clientId);
    sql::exec(query, tr("Loading tags"));
    QList<TagRef> tags;
    while (query.next())
        tags.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return tags;
}

QList<TagRef> TagRepository::forCall(const QString &callId) const
{
    QSqlQuery query(m_database.connection());
    sql::prepare(query, QStringLiteral("SELECT t.id, t.name, t.color FROM call_log_tags ct "
                                       "JOIN lead_tags t ON t.id = ct.tag_id WHERE ct.call_id = ? ORDER BY t.name"));
    query.addBindValue(callId);
    sql::exec(query, tr("Loading tags"));
    QList<TagRef> tags;
    while (query.next())
        tags.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return tags;
}

QStringList TagRepository::idsNamed(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    sql::prepare(query, QStringLiteral("SELECT id FROM lead_tags WHERE name = ? COLLATE NOCASE"));
    query.addBindValue(name.trimmed());
    sql::exec(query, tr("Looking up a tag"));
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

QString TagRepository::create(const QString &clientId, const QString &name, const QString &color)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, tr("A tag needs a name."));
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery exists(db);
    sql::prepare(exists, QStringLiteral("SELECT 1 FROM lead_tags WHERE owner_user_id = ? AND name = ?"));
    exists.addBindValue(clientId);
    exists.addBindValue(trimmed);
    sql::exec(exists, tr("Saving the tag"));
    if (exists.next())
        throw StorageError(StorageError::Kind::Constraint, tr("This client already has a tag called \"%1\".").arg(trimmed));
    const QString id = newId();
    QSqlQuery query(db);
    sql::prepare(query, QStringLiteral("INSERT INTO lead_tags (id, owner_user_id, name, color) VALUES (?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(clientId);
    query.addBindValue(trimmed);
    query.addBindValue(nullIfEmpty(color));
    sql::exec(query, tr("Saving the tag"));
    transaction.commit();
    return id;
}

void TagRepository::remove(const QString &tagId)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    sql::prepare(query, QStringLiteral("DELETE FROM lead_tags WHERE id = ?"));
    query.addBindValue(tagId);
    sql::exec(query, tr("Deleting the tag"));
    transaction.commit();
}

QStringList TagRepository::callsWithTag(const QString &tagId, const QStringList &callIds) const
{
    QSqlQuery query(m_database.connection());
    sql::prepare(query, QStringLiteral("SELECT 1 FROM call_log_tags WHERE tag_id = ? AND call_id = ?"));
    QStringList tagged;
    for (const QString &callId : callIds) {
        query.addBindValue(tagId);
        query.addBindValue(callId);
        sql::exec(query, tr("Loading tags"));
        if (query.next())
            tagged.append(callId);
        query.finish();
    }
    return tagged;
}

void TagRepository::addToCalls(const QString &tagId, const QStringList &callIds)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    sql::prepare(query, QStringLiteral("INSERT INTO call_log_tags (call_id, tag_id) VALUES (?, ?) "
                                       "ON CONFLICT (call_id, tag_id) DO NOTHING"));
    query.addBindValue(QVariantList(callIds.begin(), callIds.end()));
    query.addBindValue(QVariantList(callIds.size(), tagId));
    sql::execBatch(query, tr("Tagging calls"));
    transaction.commit();
}

void TagRepository::removeFromCalls(const QString &tagId, const QStringList &callIds)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    sql::prepare(query, QStringLiteral("DELETE FROM call_log_tags WHERE call_id = ? AND tag_id = ?"));
    query.addBindValue(QVariantList(callIds.begin(), callIds.end()));
    query.addBindValue(QVariantList(callIds.size(), tagId));
    sql::execBatch(query, tr("Removing a tag"));
    transaction.commit();
}

// ---- saved views -------------------------------------------------------------------------------

SavedViewRepository::SavedViewRepository(Database database)
    : m_database(std::move(database))
{
}

QList<SavedView> SavedViewRepository::forOwner(const QString &ownerId) const
{
    QSqlQuery query(m_database.connection());
    sql::prepare(query, QStringLiteral("SELECT id, name, filters, is_default FROM lead_saved_views "
                                       "WHERE owner_user_id = ? ORDER BY name COLLATE NOCASE"));
    query.addBindValue(ownerId);
    sql::exec(query, tr("Loading saved views"));
    QList<SavedView> views;
    while (query.next()) {
        const QJsonObject filters = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        views.append({query.value(0).toString(), query.value(1).toString(), LeadFilter::fromJson(filters),
                      query.value(3).toInt() != 0});
    }
    return views;
}

std::optional<SavedView> SavedViewRepository::defaultView(const QString &ownerId) const
{
    for (const SavedView &view : forOwner(ownerId)) {
        if (view.isDefault)
            return view;
    }
    return std::nullopt;
}

QString SavedViewRepository::save(const QString &ownerId, const QString &name, const LeadFilter &filter)
{
    if (name.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Constraint, tr("A saved view needs a name."));
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const QString id = newId();
    QSqlQuery query(db);
    sql::prepare(query, QStringLiteral("INSERT INTO lead_saved_views (id, owner_user_id, name, filters) VALUES (?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(ownerId);
    query.addBindValue(name.trimmed());
    query.addBindValue(QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact)));
    sql::exec(query, tr("Saving the view"));
    transaction.commit();
    return id;
}

void SavedViewRepository::updateFilter(const QString &viewId, const LeadFilter &filter)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    sql::prepare(query, QStringLiteral("UPDATE lead_saved_views SET filters = ?, "
                                       "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"));
    query.addBindValue(QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact)));
    query.addBindValue(viewId);
    sql::exec(query, tr("Saving the view"));
    requireChanged(query, tr("The saved view no longer exists."));
    transaction.commit();
}

void SavedViewRepository::rename(const QString &viewId, const QString &name)
{
    if (name.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Constraint, tr("A saved view needs a name."));
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    sql::prepare(query, QStringLiteral("UPDATE lead_saved_views SET name = ?, "
                                       "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"));
    query.addBindValue(name.trimmed());
    query.addBindValue(viewId);
    sql::exec(query, tr("Renaming the view"));
    requireChanged(query, tr("The saved view no longer exists."));
    transaction.commit();
}

void SavedViewRepository::remove(const QString &viewId)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    sql::prepare(query, QStringLiteral("DELETE FROM lead_saved_views WHERE id = ?"));
    query.addBindValue(viewId);
    sql::exec(query, tr("Deleting the view"));
    transaction.commit();
}

void SavedViewRepository::setDefault(const QString &ownerId, const QString &viewId)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery clear(db);
    sql::prepare(clear, QStringLiteral("UPDATE lead_saved_views SET is_default = 0 WHERE owner_user_id = ? AND is_default = 1"));
    clear.addBindValue(ownerId);
    sql::exec(clear, tr("Changing the default view"));
    if (!viewId.isEmpty()) {
        QSqlQuery set(db);
        sql::prepare(set, QStringLiteral("UPDATE lead_saved_views SET is_default = 1 WHERE id = ? AND owner_user_id = ?"));
        set.addBindValue(viewId);
        set.addBindValue(ownerId);
        sql::exec(set, tr("Changing the default view"));
        requireChanged(set, tr("The saved view no longer exists."));
    }
    transaction.commit();
}

// ---- pipeline stages ---------------------------------------------------------------------------

PipelineStageRepository::PipelineStageRepository(Database database)
    : m_database(std::move(database))
{
}

QList<PipelineStage> PipelineStageRepository::forClient(const QString &clientId) const
{
    QSqlQuery query(m_database.connection());
    sql::prepare(query, QStringLiteral("SELECT id, owner_user_id, name, color, position, is_won_stage, is_lost_stage "
                                       "FROM lead_pipeline_stages WHERE owner_user_id = ? ORDER BY position, name"));
    query.addBindValue(clientId);
    sql::exec(query, tr("Loading pipeline stages"));
    QList<PipelineStage> stages;
    while (query.next()) {
        stages.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toInt(), query.value(5).toInt() != 0,
                       query.value(6).toInt() != 0});
    }
    return stages;
}

QStringList PipelineStageRepository::idsNamed(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    sql::prepare(query, QStringLiteral("SELECT id FROM lead_pipeline_stages WHERE name = ? COLLATE NOCASE"));
    query.addBindValue(name.trimmed());
    sql::exec(query, tr("Looking up a pipeline stage"));
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

QString PipelineStageRepository::create(const PipelineStage &stage)
{
    if (stage.name.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Constraint, tr("A pipeline stage needs a name."));
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const QString id = newId();
    QSqlQuery query(db);
    sql::prepare(query, QStringLiteral("INSERT INTO lead_pipeline_stages (id, owner_user_id, name, color, position, "
                                       "is_won_stage, is_lost_stage) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(stage.clientId);
    query.addBindValue(stage.name.trimmed());
    query.addBindValue(nullIfEmpty(stage.color));
    query.addBindValue(stage.position);
    query.addBindValue(stage.isWon ? 1 : 0);
    query.addBindValue(stage.isLost ? 1 : 0);
    sql::exec(query, tr("Saving the pipeline stage"));
    transaction.commit();
    return id;
}

void PipelineStageRepository::update(const PipelineStage &stage)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    sql::prepare(query, QStringLiteral("UPDATE lead_pipeline_stages SET name = ?, color = ?, position = ?, "
                                       "is_won_stage = ?, is_lost_stage = ?, "
                                       "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"));
    query.addBindValue(stage.name.trimmed());
    query.addBindValue(nullIfEmpty(stage.color));
    query.addBindValue(stage.position);
    query.addBindValue(stage.isWon ? 1 : 0);
    query.addBindValue(stage.isLost ? 1 : 0);
    query.addBindValue(stage.id);
    sql::exec(query, tr("Saving the pipeline stage"));
    requireChanged(query, tr("The pipeline stage no longer exists."));
    transaction.commit();
}

void PipelineStageRepository::reorder(const QStringList &orderedStageIds)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    sql::prepare(query, QStringLiteral("UPDATE lead_pipeline_stages SET position = ?, "
                                       "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"));
    QVariantList positions;
    for (qsizetype i = 0; i < orderedStageIds.size(); ++i)
        positions.append(static_cast<int>(i));
    query.addBindValue(positions);
    query.addBindValue(QVariantList(orderedStageIds.begin(), orderedStageIds.end()));
    sql::execBatch(query, tr("Reordering pipeline stages"));
    transaction.commit();
}

QStringList PipelineStageRepository::saveAll(const QString &clientId, const QList<PipelineStage> &ordered,
                                            const QStringList &removedIds)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);   // the calls below become savepoints inside it
    for (const QString &id : removedIds)
        remove(id);
    QStringList ids;
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        PipelineStage stage = ordered.at(i);
        stage.clientId = clientId;
        stage.position = int(i);
        if (stage.id.isEmpty())
            stage.id = create(stage);
        else
            update(stage);
        ids.append(stage.id);
    }
    reorder(ids);
    transaction.commit();
    return ids;
}

void PipelineStageRepository::remove(const QString &stageId)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    sql::prepare(query, QStringLiteral("DELETE FROM lead_pipeline_stages WHERE id = ?"));
    query.addBindValue(stageId);
    sql::exec(query, tr("Deleting the pipeline stage"));
    transaction.commit();
}

} // namespace anchor::storage
