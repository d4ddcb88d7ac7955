#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QString>

class QAction;

namespace anchor::ui {

// Every command of the window, keyed by a stable id ("leads.stars.4"), with its category for
// the command palette and the shortcuts reference. Feature modules register their actions here;
// menus, toolbars and the palette only look them up.
class ActionRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionRegistry)

public:
    explicit ActionRegistry(QObject *parent = nullptr);

    QAction *add(const QString &id, const QString &text, const QString &category,
                 const QList<QKeySequence> &shortcuts = {});
    // Registers an action made elsewhere (the undo stack's undo/redo actions).
    void adopt(const QString &id, QAction *action, const QString &category);
    QAction *action(const QString &id) const;
    QString category(const QAction *action) const;
    QList<QAction *> all() const { return m_order; }

private:
    QHash<QString, QAction *> m_actions;
    QHash<const QAction *, QString> m_categories;
    QList<QAction *> m_order;
};

} // namespace anchor::ui
