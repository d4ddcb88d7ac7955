#pragma once

#include <journeytypes.h>

#include <QStringList>
#include <QUndoCommand>

#include <optional>

namespace anchor::models {

class CatalogDocument;

// Ids for mergeWith(); none merge, but the enum keeps them apart from the lead commands' ids.
enum class CatalogCommandId { Service = 1100, Template };

// A before/after snapshot of one service: nothing before is an add, nothing after a delete.
// Redo writes the after state, undo the before state, each in one transaction; a deleted service
// comes back under its id with the journeys that were about it linked again.
class ServiceCommand final : public QUndoCommand
{
public:
    ServiceCommand(CatalogDocument *document, const QString &text, std::optional<storage::Service> before,
                   std::optional<storage::Service> after, QStringList unlinkedJourneys = {});
    void undo() override;
    void redo() override;
    int id() const override { return int(CatalogCommandId::Service); }

private:
    void apply(const std::optional<storage::Service> &target, const std::optional<storage::Service> &current);

    CatalogDocument *m_document;
    std::optional<storage::Service> m_before;
    std::optional<storage::Service> m_after;
    QStringList m_unlinkedJourneys;   // the journeys deleting the service unlinked
    bool m_firstRedo = true;          // the edit already happened when the command was pushed
};

// A before/after snapshot of one journey template with its steps, like ServiceCommand; a
// deleted template is written back under its id.
class TemplateCommand final : public QUndoCommand
{
public:
    TemplateCommand(CatalogDocument *document, const QString &text, std::optional<storage::JourneyTemplate> before,
                    std::optional<storage::JourneyTemplate> after);
    void undo() override;
    void redo() override;
    int id() const override { return int(CatalogCommandId::Template); }

private:
    void apply(const std::optional<storage::JourneyTemplate> &target,
               const std::optional<storage::JourneyTemplate> &current);

    CatalogDocument *m_document;
    std::optional<storage::JourneyTemplate> m_before;
    std::optional<storage::JourneyTemplate> m_after;
    bool m_firstRedo = true;
};

} // namespace anchor::models
