#pragma once

#include <QDialog>

namespace anchor::ui {

class ActionRegistry;

// Help > Keyboard Shortcuts: every registered command with its keys, grouped by category.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    ShortcutsDialog(const ActionRegistry *registry, QWidget *parent = nullptr);
};

} // namespace anchor::ui
