#include "actionregistry.h"

#include <QAction>

namespace anchor::ui {

ActionRegistry::ActionRegistry(QObject *parent)
    : QObject(parent)
{
}

QAction *ActionRegistry::add(const QString &id, const QString &text, const QString &category,
                             const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(text, this);
    action->setShortcuts(shortcuts);
    adopt(id, action, category);
    return action;
}

void ActionRegistry::adopt(const QString &id, QAction *action, const QString &category)
{
    Q_ASSERT_X(!m_actions.contains(id), "ActionRegistry", "duplicate action id");
    action->setObjectName(id);
    m_actions.insert(id, action);
    m_categories.insert(action, category);
    m_order.append(action);
}

QAction *ActionRegistry::action(const QString &id) const
{
    return m_actions.value(id);
}

QString ActionRegistry::category(const QAction *action) const
{
    return m_categories.value(action);
}

} // namespace anchor::ui
