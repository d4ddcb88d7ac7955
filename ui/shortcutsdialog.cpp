#include "shortcutsdialog.h"

#include "actionregistry.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace anchor::ui {

ShortcutsDialog::ShortcutsDialog(const ActionRegistry *registry, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *tree = new QTreeWidget(this);
    tree->setHeaderLabels({tr("Command"), tr("Shortcut")});
    tree->setAccessibleName(tr("Keyboard shortcuts"));
    QHash<QString, QTreeWidgetItem *> groups;
    for (QAction *action : registry->all()) {
        if (action->shortcuts().isEmpty())
            continue;
        const QString category = registry->category(action);
        QTreeWidgetItem *&group = groups[category];
        if (!group) {
            group = new QTreeWidgetItem(tree, {category});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
        }
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys.append(sequence.toString(QKeySequence::NativeText));
        QString text = action->text();
        text.remove(u'&');
        new QTreeWidgetItem(group, {text, keys.join(QStringLiteral(", "))});
    }
    // Keys that act inside views rather than through actions.
    auto *views = new QTreeWidgetItem(tree, {tr("In lists")});
    views->setFirstColumnSpanned(true);
    new QTreeWidgetItem(views, {tr("Move through leads"), tr("Up, Down, Page Up, Page Down, Home, End")});
    new QTreeWidgetItem(views, {tr("Move between fields of the detail pane"), tr("Tab, Shift+Tab")});
    new QTreeWidgetItem(views, {tr("Select several leads"), tr("Shift+Up/Down, Ctrl+click")});
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    resize(560, 560);
}

} // namespace anchor::ui
