#pragma once

#include <emailtemplaterepository.h>

#include <QStringList>
#include <QUndoCommand>

#include <optional>

namespace anchor::models {

class EmailTemplateDocument;

// A before/after snapshot of one email template: nothing before is an add, nothing after a
// delete. Redo writes the after state, undo the before state, each in one transaction. A
// deleted template comes back under its id with the campaigns made from it linked again.
class EmailTemplateCommand final : public QUndoCommand
{
public:
    enum { Id = 1200 };   // apart from the catalog (1100) and lead commands; never merged

    EmailTemplateCommand(EmailTemplateDocument *document, const QString &text,
                         std::optional<storage::EmailTemplate> before, std::optional<storage::EmailTemplate> after,
                         QStringList unlinkedCampaigns = {});
    void undo() override;
    void redo() override;
    int id() const override { return Id; }

private:
    void apply(const std::optional<storage::EmailTemplate> &target, const std::optional<storage::EmailTemplate> &current);

    EmailTemplateDocument *m_document;
    std::optional<storage::EmailTemplate> m_before;
    std::optional<storage::EmailTemplate> m_after;
    QStringList m_unlinkedCampaigns;   // the campaigns the last delete unlinked
    bool m_firstRedo = true;           // the edit already happened when the command was pushed
};

} // namespace anchor::models
