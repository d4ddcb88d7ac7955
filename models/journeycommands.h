#pragma once

#include <QUndoCommand>

#include <functional>

namespace anchor::models {

class JourneysDocument;

// An edit of journeys or active clients as two closures: redo writes the edit, undo takes it
// back (each one storage transaction). The edit already happened when the command is pushed,
// so the first redo() only announces it. A failure in undo or redo (disk full, file gone) is
// reported through the document and the views reload from the database.
class JourneyEditCommand final : public QUndoCommand
{
public:
    using Step = std::function<void()>;

    JourneyEditCommand(JourneysDocument *document, const QString &text, Step redo, Step undo, Step announce);
    void undo() override;
    void redo() override;

private:
    void run(const Step &step);

    JourneysDocument *m_document;
    Step m_redo;
    Step m_undo;
    Step m_announce;
    bool m_firstRedo = true;
};

} // namespace anchor::models
