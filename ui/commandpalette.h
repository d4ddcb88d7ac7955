#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace anchor::ui {

class ActionRegistry;

// Ctrl+K: type a few letters of any command or section and press Enter to run it.
class CommandPalette final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPalette)

public:
    CommandPalette(const ActionRegistry *registry, QWidget *parent = nullptr);

    QLineEdit *input() const { return m_input; }
    QListWidget *list() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter(const QString &text);
    void runCurrent();

    const ActionRegistry *m_registry;
    QLineEdit *m_input = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace anchor::ui
