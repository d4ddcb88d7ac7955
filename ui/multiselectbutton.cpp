#include "multiselectbutton.h"

#include <QMenu>
#include <QPainter>
#include <QPixmap>

namespace anchor::ui {

namespace {

QIcon swatch(const QString &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromString(color));
    painter.drawEllipse(1, 1, 10, 10);
    return QIcon(pixmap);
}

} // namespace

MultiSelectButton::MultiSelectButton(const QString &title, const QString &filterTip, QWidget *parent)
    : QToolButton(parent)
    , m_title(title)
    , m_filterTip(filterTip)
    , m_menu(new QMenu(this))
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMenu(m_menu);
    setAccessibleName(title);
    updateText();
}

void MultiSelectButton::setOptions(const QList<Option> &options)
{
    const QStringList selected = selectedIds();
    m_menu->clear();
    for (const Option &option : options) {
        QAction *action = m_menu->addAction(option.label);
        action->setCheckable(true);
        action->setData(option.ids);
        if (QColor::isValidColorName(option.color))
            action->setIcon(swatch(option.color));
        for (const QString &id : option.ids) {
            if (selected.contains(id))
                action->setChecked(true);
        }
        connect(action, &QAction::toggled, this, [this] {
            updateText();
            Q_EMIT selectionChanged();
        });
    }
    if (!options.isEmpty()) {
        m_menu->addSeparator();
        QAction *clear = m_menu->addAction(tr("Clear"));
        connect(clear, &QAction::triggered, this, [this] {
            if (selectedIds().isEmpty())
                return;
            clearSelection();
            Q_EMIT selectionChanged();
        });
    }
    setEnabled(!options.isEmpty());
    updateText();
}

QStringList MultiSelectButton::selectedIds() const
{
    QStringList ids;
    for (QAction *action : m_menu->actions()) {
        if (action->isCheckable() && action->isChecked())
            ids.append(action->data().toStringList());
    }
    return ids;
}

void MultiSelectButton::setSelectedIds(const QStringList &ids)
{
    QStringList unknown = ids;
    for (QAction *action : m_menu->actions()) {
        if (!action->isCheckable())
            continue;
        const QSignalBlocker blocker(action);
        bool checked = false;
        for (const QString &id : action->data().toStringList()) {
            checked = checked || ids.contains(id);
            unknown.removeAll(id);
        }
        action->setChecked(checked);
    }
    // A saved view may name an option that has not loaded yet (sources load after the first
    // paint): keep it as a checked option so the filter is not silently lost.
    for (const QString &id : std::as_const(unknown)) {
        QAction *action = new QAction(id, m_menu);
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(QStringList{id});
        connect(action, &QAction::toggled, this, [this] {
            updateText();
            Q_EMIT selectionChanged();
        });
        m_menu->insertAction(m_menu->actions().value(0), action);
    }
    if (!unknown.isEmpty())
        setEnabled(true);
    updateText();
}

void MultiSelectButton::clearSelection()
{
    setSelectedIds({});
}

void MultiSelectButton::updateText()
{
    QStringList labels;
    for (QAction *action : m_menu->actions()) {
        if (action->isCheckable() && action->isChecked())
            labels.append(action->text());
    }
    if (labels.isEmpty())
        setText(tr("%1: any").arg(m_title));
    else if (labels.size() == 1)
        setText(tr("%1: %2").arg(m_title, labels.first()));
    else
        setText(tr("%1: %2 +%3").arg(m_title, labels.first()).arg(labels.size() - 1));
    setToolTip(labels.isEmpty() ? m_filterTip : labels.join(QStringLiteral(", ")));
}

} // namespace anchor::ui
