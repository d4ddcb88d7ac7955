#include "leadsdocument.h"

#include "leadcommands.h"

#include <leadtypes.h>
#include <storageerror.h>

#include <QUndoStack>

namespace anchor::models {

LeadsDocument::LeadsDocument(storage::Database database, QString userId, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_userId(std::move(userId))
    , m_undoStack(new QUndoStack(this))
{
}

template<typename Edit>
bool LeadsDocument::attempt(Edit &&edit)
{
    try {
        edit();
        return true;
    } catch (const storage::StorageError &error) {
        Q_EMIT editFailed(error.message());
        return false;
    }
}

void LeadsDocument::announceLeads(const QStringList &callIds)
{
    Q_EMIT leadsChanged(callIds);
}

void LeadsDocument::announceNotes(const QString &callId)
{
    Q_EMIT notesChanged(callId);
}

bool LeadsDocument::setStars(const QStringList &callIds, int stars)
{
    if (callIds.isEmpty())
        return false;
    return attempt([&] {
        storage::CallRepository calls(m_database);
        auto before = calls.states(callIds);
        calls.setStars(callIds, stars);
        auto after = calls.states(callIds);
        const QString text = callIds.size() == 1
                                 ? tr("Set rating to %n star(s)", nullptr, stars)
                                 : tr("Set rating of %1 leads to %n star(s)", nullptr, stars).arg(callIds.size());
        m_undoStack->push(new LeadStateCommand(this, text, std::move(before), std::move(after)));
        announceLeads(callIds);
    });
}

bool LeadsDocument::setCategory(const QStringList &callIds, const QString &category)
{
    if (callIds.isEmpty())
        return false;
    return attempt([&] {
        storage::CallRepository calls(m_database);
        auto before = calls.states(callIds);
        calls.setCategory(callIds, category);
        auto after = calls.states(callIds);
        const QString label = storage::LeadVocabulary::categoryLabel(category);
        const QString text = callIds.size() == 1 ? tr("Set category to %1").arg(label)
                                                 : tr("Set category of %1 leads to %2").arg(callIds.size()).arg(label);
        m_undoStack->push(new LeadStateCommand(this, text, std::move(before), std::move(after)));
        announceLeads(callIds);
    });
}

bool LeadsDocument::setStage(const QStringList &callIds, const QString &stageId, const QString &stageName)
{
    if (callIds.isEmpty())
        return false;
    return attempt([&] {
        storage::CallRepository calls(m_database);
        auto before = calls.states(callIds);
        calls.setStage(callIds, stageId);
        auto after = calls.states(callIds);
        QString text;
        if (stageId.isEmpty())
            text = callIds.size() == 1 ? tr("Clear pipeline stage") : tr("Clear pipeline stage of %1 leads").arg(callIds.size());
        else
            text = callIds.size() == 1 ? tr("Move to stage %1").arg(stageName)
                                       : tr("Move %1 leads to stage %2").arg(callIds.size()).arg(stageName);
        m_undoStack->push(new LeadStateCommand(this, text, std::move(before), std::move(after)));
        announceLeads(callIds);
    });
}

bool LeadsDocument::addTag(const QStringList &callIds, const storage::TagRef &tag)
{
    return attempt([&] {
        storage::TagRepository tags(m_database);
        const QStringList had = tags.callsWithTag(tag.id, callIds);
        QStringList changed;
        for (const QString &id : callIds) {
            if (!had.contains(id))
                changed.append(id);
        }
        if (changed.isEmpty())
            return;
        tags.addToCalls(tag.id, changed);
        m_undoStack->push(new TagCommand(this, tr("Add tag %1").arg(tag.name), tag, changed, true));
        announceLeads(changed);
    });
}

bool LeadsDocument::removeTag(const QStringList &callIds, const storage::TagRef &tag)
{
    return attempt([&] {
        storage::TagRepository tags(m_database);
        const QStringList had = tags.callsWithTag(tag.id, callIds);
        if (had.isEmpty())
            return;
        tags.removeFromCalls(tag.id, had);
        m_undoStack->push(new TagCommand(this, tr("Remove tag %1").arg(tag.name), tag, had, false));
        announceLeads(had);
    });
}

bool LeadsDocument::createAndAddTag(const QString &clientId, const QStringList &callIds, const QString &name,
                                    const QString &color)
{
    storage::TagRef tag;
    const bool created = attempt([&] {
        tag = {storage::TagRepository(m_database).create(clientId, name, color), name.trimmed(), color};
    });
    if (!created)
        return false;
    Q_EMIT tagsChanged(clientId);
    return addTag(callIds, tag);
}

bool LeadsDocument::addNote(const QString &callId, const QString &noteType, const QString &body, bool alsoToCtm)
{
    return attempt([&] {
        storage::NoteRepository notes(m_database);
        const QString id = notes.add(callId, noteType, body, m_userId, alsoToCtm);
        const auto note = notes.find(id);
        m_undoStack->push(new NoteCommand(this, tr("Add note"), NoteCommand::Kind::Add, {}, note.value_or(storage::LeadNote{})));
        announceNotes(callId);
    });
}

bool LeadsDocument::editNote(const QString &noteId, const QString &noteType, const QString &body)
{
    return attempt([&] {
        storage::NoteRepository notes(m_database);
        const auto before = notes.find(noteId);
        if (!before)
            throw storage::StorageError(storage::StorageError::Kind::NotFound, tr("The note no longer exists."));
        notes.update(noteId, noteType, body);
        const auto after = notes.find(noteId);
        m_undoStack->push(new NoteCommand(this, tr("Edit note"), NoteCommand::Kind::Edit, *before, *after));
        announceNotes(before->callId);
    });
}

bool LeadsDocument::deleteNote(const QString &noteId)
{
    return attempt([&] {
        storage::NoteRepository notes(m_database);
        const auto before = notes.find(noteId);
        if (!before)
            throw storage::StorageError(storage::StorageError::Kind::NotFound, tr("The note no longer exists."));
        notes.remove(noteId);
        m_undoStack->push(new NoteCommand(this, tr("Delete note"), NoteCommand::Kind::Delete, *before, {}));
        announceNotes(before->callId);
    });
}

} // namespace anchor::models
