#include "emailtemplatecommands.h"

#include "emailtemplatedocument.h"

#include <storageerror.h>

namespace anchor::models {

EmailTemplateCommand::EmailTemplateCommand(EmailTemplateDocument *document, const QString &text,
                                           std::optional<storage::EmailTemplate> before,
                                           std::optional<storage::EmailTemplate> after, QStringList unlinkedCampaigns)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_unlinkedCampaigns(std::move(unlinkedCampaigns))
{
}

void EmailTemplateCommand::apply(const std::optional<storage::EmailTemplate> &target,
                                 const std::optional<storage::EmailTemplate> &current)
{
    // Undo and redo cannot refuse; a failure (disk full, a name taken in the meantime) is
    // reported and the views reload from the database, so they never show what is not stored.
    try {
        storage::EmailTemplateRepository templates(m_document->database());
        if (!target)
            m_unlinkedCampaigns = templates.remove(current->id);
        else
            templates.restore(*target, std::exchange(m_unlinkedCampaigns, {}));
    } catch (const storage::StorageError &error) {
        Q_EMIT m_document->editFailed(error.message());
    }
    m_document->announce();
}

void EmailTemplateCommand::undo()
{
    apply(m_before, m_after);
}

void EmailTemplateCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    apply(m_after, m_before);
}

} // namespace anchor::models
