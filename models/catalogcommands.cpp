#include "catalogcommands.h"

#include "catalogdocument.h"

#include <journeytemplaterepository.h>
#include <servicerepository.h>
#include <storageerror.h>

namespace anchor::models {

namespace {

// Undo and redo cannot refuse; a failure (disk full, an active client agreed to a service in the
// meantime) is reported and the views reload from the database, so they never show what is not
// stored.
template<typename Work>
void guarded(CatalogDocument *document, Work &&work)
{
    try {
        work();
    } catch (const storage::StorageError &error) {
        Q_EMIT document->editFailed(error.message());
    }
}

} // namespace

ServiceCommand::ServiceCommand(CatalogDocument *document, const QString &text, std::optional<storage::Service> before,
                               std::optional<storage::Service> after, QStringList unlinkedJourneys)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_unlinkedJourneys(std::move(unlinkedJourneys))
{
}

void ServiceCommand::apply(const std::optional<storage::Service> &target, const std::optional<storage::Service> &current)
{
    guarded(m_document, [&] {
        storage::ServiceRepository services(m_document->database());
        if (!target)
            services.remove(current->id);
        else if (!current)
            services.restore(*target, m_unlinkedJourneys);
        else
            services.save(*target);
    });
    m_document->announceServices(target ? target->clientId : current->clientId);
}

void ServiceCommand::undo()
{
    apply(m_before, m_after);
}

void ServiceCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    apply(m_after, m_before);
}

TemplateCommand::TemplateCommand(CatalogDocument *document, const QString &text,
                                 std::optional<storage::JourneyTemplate> before,
                                 std::optional<storage::JourneyTemplate> after)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void TemplateCommand::apply(const std::optional<storage::JourneyTemplate> &target,
                            const std::optional<storage::JourneyTemplate> &current)
{
    guarded(m_document, [&] {
        storage::JourneyTemplateRepository templates(m_document->database());
        if (target)
            templates.save(*target);   // also writes a deleted template back under its id
        else
            templates.remove(current->id);
    });
    m_document->announceTemplates();
}

void TemplateCommand::undo()
{
    apply(m_before, m_after);
}

void TemplateCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    apply(m_after, m_before);
}

} // namespace anchor::models
