#pragma once

#include <QDate>
#include <QStyledItemDelegate>

namespace anchor::ui {

// Paints a task card of a board column (TaskColumnModel roles): the name, the key, the status
// label in its colour, the due date (red when overdue, amber when due within two days, neither
// once the status is a done state), assignee initials as avatars, subitem progress ("2/5"), the
// voicemail and needs-attention flags, and the priority as a coloured edge. Every card has the
// same height so the column can lay out thousands of them without measuring each.
class TaskCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskCardDelegate)

public:
    enum class DueState { None, Later, Soon, Overdue, Done };

    explicit TaskCardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static DueState dueState(const QDate &due, bool done, const QDate &today);
    static QColor priorityColor(const QString &priority);
    static QString priorityLabel(const QString &priority);

    // Tests pin "today".
    void setToday(const QDate &today) { m_today = today; }

private:
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    QDate m_today;
};

} // namespace anchor::ui
