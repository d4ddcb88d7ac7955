#include "taskcommands.h"

#include "tasksdocument.h"

#include <storageerror.h>

namespace anchor::models {

TaskEditCommand::TaskEditCommand(TasksDocument *document, const QString &text, Step redo, Step undo, Step announce)
    : QUndoCommand(text)
    , m_document(document)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_announce(std::move(announce))
{
}

void TaskEditCommand::run(const Step &step)
{
    try {
        step();
    } catch (const storage::StorageError &error) {
        Q_EMIT m_document->editFailed(error.message());
    }
    // Announced even after a failure: the views then show what the database really holds.
    m_announce();
}

void TaskEditCommand::undo()
{
    run(m_undo);
}

void TaskEditCommand::redo()
{
    if (std::exchange(m_firstRedo, false)) {
        m_announce();
        return;
    }
    run(m_redo);
}

} // namespace anchor::models
