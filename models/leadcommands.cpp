#include "leadcommands.h"

#include "leadsdocument.h"

#include <storageerror.h>

namespace anchor::models {

namespace {

QStringList callIdsOf(const QList<storage::LeadState> &states)
{
    QStringList ids;
    for (const auto &state : states)
        ids.append(state.callId);
    return ids;
}

// Undo and redo cannot refuse; a failure (disk full, file gone) is reported and the views
// reload from the database, so they never show what is not stored.
template<typename Work>
void guarded(LeadsDocument *document, Work &&work)
{
    try {
        work();
    } catch (const storage::StorageError &error) {
        Q_EMIT document->editFailed(error.message());
    }
}

} // namespace

LeadStateCommand::LeadStateCommand(LeadsDocument *document, const QString &text, QList<storage::LeadState> before,
                                   QList<storage::LeadState> after)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void LeadStateCommand::apply(const QList<storage::LeadState> &states)
{
    guarded(m_document, [&] { storage::CallRepository(m_document->database()).restore(states); });
    m_document->announceLeads(callIdsOf(states));
}

void LeadStateCommand::undo()
{
    apply(m_before);
}

void LeadStateCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    apply(m_after);
}

TagCommand::TagCommand(LeadsDocument *document, const QString &text, storage::TagRef tag, QStringList changedCalls,
                       bool added)
    : QUndoCommand(text)
    , m_document(document)
    , m_tag(std::move(tag))
    , m_calls(std::move(changedCalls))
    , m_added(added)
{
}

void TagCommand::set(bool present)
{
    guarded(m_document, [&] {
        storage::TagRepository tags(m_document->database());
        if (present)
            tags.addToCalls(m_tag.id, m_calls);
        else
            tags.removeFromCalls(m_tag.id, m_calls);
    });
    m_document->announceLeads(m_calls);
}

void TagCommand::undo()
{
    set(!m_added);
}

void TagCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    set(m_added);
}

NoteCommand::NoteCommand(LeadsDocument *document, const QString &text, Kind kind, storage::LeadNote before,
                         storage::LeadNote after)
    : QUndoCommand(text)
    , m_document(document)
    , m_kind(kind)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void NoteCommand::undo()
{
    guarded(m_document, [&] {
        storage::NoteRepository notes(m_document->database());
        switch (m_kind) {
        case Kind::Add: notes.remove(m_after.id); break;
        case Kind::Edit: notes.update(m_before.id, m_before.noteType, m_before.body); break;
        case Kind::Delete: notes.insert(m_before); break;
        }
    });
    m_document->announceNotes(m_before.callId.isEmpty() ? m_after.callId : m_before.callId);
}

void NoteCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    guarded(m_document, [&] {
        storage::NoteRepository notes(m_document->database());
        switch (m_kind) {
        case Kind::Add: notes.insert(m_after); break;
        case Kind::Edit: notes.update(m_after.id, m_after.noteType, m_after.body); break;
        case Kind::Delete: notes.remove(m_before.id); break;
        }
    });
    m_document->announceNotes(m_before.callId.isEmpty() ? m_after.callId : m_before.callId);
}

} // namespace anchor::models
