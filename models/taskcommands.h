#pragma once

#include <QUndoCommand>

#include <functional>

namespace anchor::models {

class TasksDocument;

// A task board edit as two closures: redo writes the edit, undo takes it back (each one
// storage transaction). The edit already happened when the command is pushed, so the first
// redo() only announces it. A failure in undo or redo (disk full, the file gone, a column
// archived since) is reported through TasksDocument::editFailed and the views reload.
class TaskEditCommand final : public QUndoCommand
{
public:
    using Step = std::function<void()>;

    TaskEditCommand(TasksDocument *document, const QString &text, Step redo, Step undo, Step announce);
    void undo() override;
    void redo() override;

private:
    void run(const Step &step);

    TasksDocument *m_document;
    Step m_redo;
    Step m_undo;
    Step m_announce;
    bool m_firstRedo = true;
};

} // namespace anchor::models
