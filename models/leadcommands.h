#pragma once

#include <callrepository.h>
#include <leadannotationrepositories.h>

#include <QUndoCommand>

namespace anchor::models {

class LeadsDocument;

// Ids for mergeWith(); none merge today, but the enum keeps them unique as commands grow.
enum class LeadCommandId { State = 1000, Tag, Note };

// A before/after snapshot of leads' rating, category and stage: redo writes the after state,
// undo the before state (each in one transaction).
class LeadStateCommand final : public QUndoCommand
{
public:
    LeadStateCommand(LeadsDocument *document, const QString &text, QList<storage::LeadState> before,
                     QList<storage::LeadState> after);
    void undo() override;
    void redo() override;
    int id() const override { return int(LeadCommandId::State); }

private:
    void apply(const QList<storage::LeadState> &states);

    LeadsDocument *m_document;
    QList<storage::LeadState> m_before;
    QList<storage::LeadState> m_after;
    bool m_firstRedo = true;   // the edit already happened when the command was pushed
};

// Adds a tag to calls or removes it; only the calls whose tagging changed are touched on undo.
class TagCommand final : public QUndoCommand
{
public:
    TagCommand(LeadsDocument *document, const QString &text, storage::TagRef tag, QStringList changedCalls, bool added);
    void undo() override;
    void redo() override;
    int id() const override { return int(LeadCommandId::Tag); }

private:
    void set(bool present);

    LeadsDocument *m_document;
    storage::TagRef m_tag;
    QStringList m_calls;
    bool m_added;
    bool m_firstRedo = true;
};

// Adds, edits or deletes a note; the note keeps its id and time across undo and redo.
class NoteCommand final : public QUndoCommand
{
public:
    enum class Kind { Add, Edit, Delete };
    NoteCommand(LeadsDocument *document, const QString &text, Kind kind, storage::LeadNote before,
                storage::LeadNote after);
    void undo() override;
    void redo() override;
    int id() const override { return int(LeadCommandId::Note); }

private:
    LeadsDocument *m_document;
    Kind m_kind;
    storage::LeadNote m_before;
    storage::LeadNote m_after;
    bool m_firstRedo = true;
};

} // namespace anchor::models
