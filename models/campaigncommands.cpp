#include "campaigncommands.h"

#include "campaignsdocument.h"

#include <storageerror.h>

namespace anchor::models {

CampaignEditCommand::CampaignEditCommand(CampaignsDocument *document, const QString &text, Step redo, Step undo)
    : QUndoCommand(text)
    , m_document(document)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
{
}

void CampaignEditCommand::run(const Step &step)
{
    try {
        step();
    } catch (const storage::StorageError &error) {
        Q_EMIT m_document->editFailed(error.message());
    }
    m_document->announce();
}

void CampaignEditCommand::undo()
{
    run(m_undo);
}

void CampaignEditCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        m_document->announce();
        return;
    }
    run(m_redo);
}

} // namespace anchor::models
