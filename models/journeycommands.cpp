#include "journeycommands.h"

#include "journeysdocument.h"

#include <storageerror.h>

namespace anchor::models {

JourneyEditCommand::JourneyEditCommand(JourneysDocument *document, const QString &text, Step redo, Step undo,
                                       Step announce)
    : QUndoCommand(text)
    , m_document(document)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_announce(std::move(announce))
{
}

void JourneyEditCommand::run(const Step &step)
{
    try {
        step();
    } catch (const storage::StorageError &error) {
        Q_EMIT m_document->editFailed(error.message());
    }
    m_announce();
}

void JourneyEditCommand::undo()
{
    run(m_undo);
}

void JourneyEditCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        m_announce();
        return;
    }
    run(m_redo);
}

} // namespace anchor::models
