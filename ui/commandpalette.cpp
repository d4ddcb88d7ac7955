#include "commandpalette.h"

#include "actionregistry.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QTimer>
#include <QVBoxLayout>

namespace anchor::ui {

namespace {

QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(u'&');
    return text.endsWith(QStringLiteral("...")) ? text.chopped(3) : text;
}

// Every typed word must appear somewhere in "category: text".
bool matches(const QString &haystack, const QString &needle)
{
    for (const QString &word : needle.split(u' ', Qt::SkipEmptyParts)) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace

CommandPalette::CommandPalette(const ActionRegistry *registry, QWidget *parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint)
    , m_registry(registry)
    , m_input(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Command palette"));
    m_input->setPlaceholderText(tr("Type a command or a section..."));
    m_input->setAccessibleName(tr("Command"));
    m_input->installEventFilter(this);
    m_list->setAccessibleName(tr("Matching commands"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_input);
    layout->addWidget(m_list);
    resize(520, 380);
    connect(m_input, &QLineEdit::textChanged, this, &CommandPalette::refilter);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::runCurrent);
    refilter({});
}

void CommandPalette::refilter(const QString &text)
{
    m_list->clear();
    for (QAction *action : m_registry->all()) {
        if (!action->isEnabled() || action->text().isEmpty())
            continue;
        const QString label = m_registry->category(action) + QStringLiteral(": ") + plainText(action);
        if (!matches(label, text))
            continue;
        auto *item = new QListWidgetItem(label, m_list);
        if (!action->shortcut().isEmpty())
            item->setToolTip(action->shortcut().toString(QKeySequence::NativeText));
        item->setData(Qt::UserRole, action->objectName());
    }
    m_list->setCurrentRow(0);
}

void CommandPalette::runCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    QPointer<QAction> action = m_registry->action(item->data(Qt::UserRole).toString());
    accept();
    // Run after the palette closed, so the action sees the window as the user will.
    if (action)
        QTimer::singleShot(0, action, [action] { if (action) action->trigger(); });
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            QCoreApplication::sendEvent(m_list, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            runCurrent();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace anchor::ui
