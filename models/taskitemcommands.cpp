#include "taskitemcommands.h"

#include "taskitemdocument.h"

#include <storageerror.h>

namespace anchor::models {

TaskItemEditCommand::TaskItemEditCommand(TaskItemDocument *document, const QString &text, const QString &itemId,
                                         Step redo, Step undo)
    : QUndoCommand(text)
    , m_document(document)
    , m_itemId(itemId)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
{
}

void TaskItemEditCommand::run(const Step &step)
{
    try {
        step();
    } catch (const storage::StorageError &error) {
        Q_EMIT m_document->editFailed(error.message());
    }
    Q_EMIT m_document->itemChanged(m_itemId);
}

void TaskItemEditCommand::undo()
{
    run(m_undo);
}

void TaskItemEditCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        Q_EMIT m_document->itemChanged(m_itemId);
        return;
    }
    run(m_redo);
}

} // namespace anchor::models
