#include "catalogdocument.h"

#include "catalogcommands.h"

#include <journeytemplaterepository.h>
#include <servicerepository.h>
#include <storageerror.h>

#include <QUndoStack>

namespace anchor::models {

namespace {

bool sameService(const storage::Service &a, const storage::Service &b)
{
    return a.id == b.id && a.clientId == b.clientId && a.name == b.name && a.description == b.description
        && a.basePriceCents == b.basePriceCents && a.active == b.active;
}

bool sameTemplate(const storage::JourneyTemplate &a, const storage::JourneyTemplate &b)
{
    return a.id == b.id && a.clientId == b.clientId && a.name == b.name && a.description == b.description
        && a.serviceType == b.serviceType && a.steps == b.steps;
}

} // namespace

CatalogDocument::CatalogDocument(storage::Database database, QUndoStack *sharedStack, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_undoStack(sharedStack ? sharedStack : new QUndoStack(this))
{
}

template<typename Edit>
bool CatalogDocument::attempt(Edit &&edit)
{
    try {
        edit();
        return true;
    } catch (const storage::StorageError &error) {
        Q_EMIT editFailed(error.message());
        return false;
    }
}

bool CatalogDocument::saveService(const storage::Service &service, QString *savedId)
{
    return attempt([&] {
        storage::ServiceRepository services(m_database);
        std::optional<storage::Service> before;
        if (!service.id.isEmpty()) {
            before = services.find(service.id);
            if (!before)
                throw storage::StorageError(storage::StorageError::Kind::NotFound, tr("The service no longer exists."));
        }
        const QString id = services.save(service);
        if (savedId)
            *savedId = id;
        const std::optional<storage::Service> after = services.find(id);
        if (!after || (before && sameService(*before, *after)))
            return;   // nothing changed: nothing to undo
        const QString text = before ? tr("Edit service \"%1\"").arg(after->name) : tr("Add service \"%1\"").arg(after->name);
        m_undoStack->push(new ServiceCommand(this, text, before, after));
        announceServices(after->clientId);
    });
}

bool CatalogDocument::setServiceActive(const QString &serviceId, bool active)
{
    return attempt([&] {
        storage::ServiceRepository services(m_database);
        const std::optional<storage::Service> before = services.find(serviceId);
        if (!before)
            throw storage::StorageError(storage::StorageError::Kind::NotFound, tr("The service no longer exists."));
        if (before->active == active)
            return;
        services.setActive(serviceId, active);
        const std::optional<storage::Service> after = services.find(serviceId);
        const QString text = active ? tr("Activate service \"%1\"").arg(before->name)
                                    : tr("Deactivate service \"%1\"").arg(before->name);
        m_undoStack->push(new ServiceCommand(this, text, before, after));
        announceServices(before->clientId);
    });
}

bool CatalogDocument::removeService(const QString &serviceId)
{
    return attempt([&] {
        storage::ServiceRepository services(m_database);
        const std::optional<storage::Service> before = services.find(serviceId);
        if (!before)
            throw storage::StorageError(storage::StorageError::Kind::NotFound, tr("The service no longer exists."));
        // Deleting unlinks the journeys about the service; undo links them again.
        const QStringList journeys = services.journeysOf(serviceId);
        services.remove(serviceId);
        m_undoStack->push(new ServiceCommand(this, tr("Delete service \"%1\"").arg(before->name), before, std::nullopt,
                                             journeys));
        announceServices(before->clientId);
    });
}

bool CatalogDocument::saveTemplate(const storage::JourneyTemplate &journeyTemplate, QString *savedId)
{
    return attempt([&] {
        storage::JourneyTemplateRepository templates(m_database);
        std::optional<storage::JourneyTemplate> before;
        if (!journeyTemplate.id.isEmpty()) {
            before = templates.find(journeyTemplate.id);
            if (!before)
                throw storage::StorageError(storage::StorageError::Kind::NotFound,
                                            tr("The journey template no longer exists."));
        }
        const QString id = templates.save(journeyTemplate);
        if (savedId)
            *savedId = id;
        const std::optional<storage::JourneyTemplate> after = templates.find(id);
        if (!after || (before && sameTemplate(*before, *after)))
            return;
        const QString text = before ? tr("Edit journey template \"%1\"").arg(after->name)
                                    : tr("Add journey template \"%1\"").arg(after->name);
        m_undoStack->push(new TemplateCommand(this, text, before, after));
        announceTemplates();
    });
}

QString CatalogDocument::duplicateTemplate(const QString &templateId, const QString &newName)
{
    QString id;
    attempt([&] {
        storage::JourneyTemplateRepository templates(m_database);
        id = templates.duplicate(templateId, newName);
        const std::optional<storage::JourneyTemplate> after = templates.find(id);
        if (!after)
            return;
        m_undoStack->push(new TemplateCommand(this, tr("Duplicate journey template as \"%1\"").arg(after->name),
                                              std::nullopt, after));
        announceTemplates();
    });
    return id;
}

bool CatalogDocument::removeTemplate(const QString &templateId)
{
    return attempt([&] {
        storage::JourneyTemplateRepository templates(m_database);
        const std::optional<storage::JourneyTemplate> before = templates.find(templateId);
        if (!before)
            throw storage::StorageError(storage::StorageError::Kind::NotFound,
                                        tr("The journey template no longer exists."));
        templates.remove(templateId);
        m_undoStack->push(new TemplateCommand(this, tr("Delete journey template \"%1\"").arg(before->name), before,
                                              std::nullopt));
        announceTemplates();
    });
}

} // namespace anchor::models
