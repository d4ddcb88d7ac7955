#pragma once

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace anchor::models {

class TaskItemDocument;

// An edit inside one task item as two closures: redo writes it, undo takes it back (each one
// storage transaction). The edit already happened when the command is pushed, so the first
// redo() only announces it. A failure in undo or redo (disk full, row gone) is reported through
// the document, and the item is announced anyway so views reload what is really stored.
class TaskItemEditCommand final : public QUndoCommand
{
public:
    using Step = std::function<void()>;

    TaskItemEditCommand(TaskItemDocument *document, const QString &text, const QString &itemId, Step redo, Step undo);
    void undo() override;
    void redo() override;

private:
    void run(const Step &step);

    TaskItemDocument *m_document;
    QString m_itemId;
    Step m_redo;
    Step m_undo;
    bool m_firstRedo = true;
};

} // namespace anchor::models
