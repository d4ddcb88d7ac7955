#include "undocloserow.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QIcon>
#include <QPushButton>
#include <QToolButton>
#include <QUndoStack>

namespace anchor::ui {

namespace {

QToolButton *iconButton(QAction *action, const QKeySequence &keys, const QString &icon, QDialog *dialog)
{
    action->setShortcut(keys);
    action->setIcon(QIcon(icon));
    dialog->addAction(action);
    auto *button = new QToolButton(dialog);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    return button;
}

} // namespace

UndoCloseRow::UndoCloseRow(QUndoStack *stack, QDialog *dialog)
    : m_undo(iconButton(stack->createUndoAction(dialog, tr("Undo")), QKeySequence::Undo,
                        QStringLiteral(":/icons/undo.svg"), dialog))
    , m_redo(iconButton(stack->createRedoAction(dialog, tr("Redo")), QKeySequence::Redo,
                        QStringLiteral(":/icons/redo.svg"), dialog))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, dialog))
{
    m_buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    addWidget(m_undo);
    addWidget(m_redo);
    addStretch(1);
    addWidget(m_buttons);
}

} // namespace anchor::ui
