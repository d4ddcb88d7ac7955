#pragma once

#include <QUndoCommand>

#include <functional>

namespace anchor::models {

class CampaignsDocument;

// An edit of a campaign as two closures: redo writes it, undo takes it back (each one storage
// transaction through CampaignRepository). The edit already happened when the command is
// pushed, so the first redo() only announces it. A failure in undo or redo (the campaign
// started sending meanwhile, disk full) is reported through the document and the views reload
// from the database, so they never show what is not stored.
class CampaignEditCommand final : public QUndoCommand
{
public:
    using Step = std::function<void()>;

    enum { Id = 1300 }; // apart from templates (1200) and catalog (1100); never merged

    CampaignEditCommand(CampaignsDocument *document, const QString &text, Step redo, Step undo);
    void undo() override;
    void redo() override;
    int id() const override { return Id; }

private:
    void run(const Step &step);

    CampaignsDocument *m_document;
    Step m_redo;
    Step m_undo;
    bool m_firstRedo = true;
};

} // namespace anchor::models
