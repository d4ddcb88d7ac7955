#pragma once

#include <QHBoxLayout>

class QDialog;
class QDialogButtonBox;
class QToolButton;
class QUndoStack;

namespace anchor::ui {

// The bottom row of the catalog dialogs (templates, segments, journey templates, services):
// Undo and Redo as icon buttons on `stack` (their actions name the edit, "Undo Add service ...",
// as the tooltip, and are added to the dialog so Ctrl+Z and Ctrl+Shift+Z work anywhere in it),
// then Close, which rejects the dialog and is never the default button.
class UndoCloseRow final : public QHBoxLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoCloseRow)

public:
    UndoCloseRow(QUndoStack *stack, QDialog *dialog);

    QToolButton *undoButton() const { return m_undo; }
    QToolButton *redoButton() const { return m_redo; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QToolButton *m_undo;
    QToolButton *m_redo;
    QDialogButtonBox *m_buttons;
};

} // namespace anchor::ui
