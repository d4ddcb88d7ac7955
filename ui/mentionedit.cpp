#include "mentionedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

namespace anchor::ui {

MentionEdit::MentionEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_completer(new QCompleter(this))
    , m_names(new QStringListModel(this))
{
    m_completer->setModel(m_names);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &MentionEdit::insertCompletion);
}

void MentionEdit::setPeople(const QStringList &names)
{
    m_names->setStringList(names);
}

QString MentionEdit::mentionPrefix() const
{
    const QTextCursor cursor = textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    const qsizetype at = before.lastIndexOf(u'@');
    if (at < 0 || (at > 0 && before.at(at - 1).isLetterOrNumber()))
        return {};
    const QString prefix = before.mid(at + 1);
    // A first name and the start of a last name at most; further text is no longer a mention.
    if (prefix.size() > 40 || prefix.count(u' ') > 1)
        return {};
    return prefix.isNull() ? QStringLiteral("") : prefix;
}

void MentionEdit::updateCompletion()
{
    const QString prefix = mentionPrefix();
    if (prefix.isNull()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) +
                  m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

void MentionEdit::insertCompletion(const QString &name)
{
    const QString prefix = mentionPrefix();
    QTextCursor cursor = textCursor();
    if (!prefix.isNull())
        cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(prefix.size()));
    cursor.insertText(name + u' ');
    setTextCursor(cursor);
}

void MentionEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (m_completer->popup()->isVisible()) {
        // The popup picks on Enter and Tab and closes on Escape (QCompleter's own handling).
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    if (enter && (event->modifiers() & Qt::ControlModifier)) {
        m_completer->popup()->hide();
        Q_EMIT submitted();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    if (!event->text().isEmpty() || event->key() == Qt::Key_Backspace)
        updateCompletion();
}

} // namespace anchor::ui
