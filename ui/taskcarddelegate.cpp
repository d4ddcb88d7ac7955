#include "taskcarddelegate.h"

#include "leaddelegates.h"

#include <taskboardmodel.h>

#include <QLocale>
#include <QPainter>

namespace anchor::ui {

namespace {

using Column = models::TaskColumnModel;

constexpr int kAvatar = 20;
const QColor kOverdue(0xd9, 0x30, 0x25);
const QColor kSoon(0xe3, 0x74, 0x00);

} // namespace

TaskCardDelegate::TaskCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

TaskCardDelegate::DueState TaskCardDelegate::dueState(const QDate &due, bool done, const QDate &today)
{
    if (!due.isValid())
        return DueState::None;
    if (done)
        return DueState::Done;
    if (due < today)
        return DueState::Overdue;
    return due <= today.addDays(2) ? DueState::Soon : DueState::Later;
}

QColor TaskCardDelegate::priorityColor(const QString &priority)
{
    if (priority == QLatin1String("urgent"))
        return kOverdue;
    if (priority == QLatin1String("high"))
        return kSoon;
    if (priority == QLatin1String("low"))
        return QColor(0x9a, 0xa0, 0xa6);
    return {};   // normal: no edge
}

QString TaskCardDelegate::priorityLabel(const QString &priority)
{
    if (priority == QLatin1String("urgent"))
        return tr("Urgent");
    if (priority == QLatin1String("high"))
        return tr("High");
    if (priority == QLatin1String("low"))
        return tr("Low");
    return tr("Normal");
}

QSize TaskCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return {220, 3 * line + 30};
}

void TaskCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const QRect card = option.rect.adjusted(4, 3, -4, -3);
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    painter->setPen(QPen(selected || focused ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid),
                         selected ? 2 : 1));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(card, 6, 6);

    // The card colour, else the priority, as a strip on the left edge.
    QColor edge = QColor::fromString(index.data(Column::ColorRole).toString());
    const QString priority = index.data(Column::PriorityRole).toString();
    if (!edge.isValid())
        edge = priorityColor(priority);
    if (edge.isValid()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(edge);
        painter->drawRoundedRect(QRect(card.left(), card.top(), 5, card.height()), 2, 2);
    }

    const QFontMetrics &fm = option.fontMetrics;
    const int line = fm.height();
    const QRect inner = card.adjusted(11, 5, -8, -5);

    // Line 1: key (right) and name (bold, elided).
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.85);
    const QFontMetrics smallFm(small);
    const QString key = index.data(Column::KeyRole).toString();
    const int keyWidth = smallFm.horizontalAdvance(key);
    painter->setFont(small);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->drawText(QRect(inner.right() - keyWidth, inner.top(), keyWidth, line), Qt::AlignRight | Qt::AlignVCenter, key);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::Text));
    const int nameWidth = inner.width() - keyWidth - 6;
    painter->drawText(QRect(inner.left(), inner.top(), nameWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideRight, nameWidth));

    // Line 2: status chip, priority (high and urgent), flags.
    painter->setFont(option.font);
    int x = inner.left();
    const int chipTop = inner.top() + line + 4;
    const QString status = index.data(Column::StatusRole).toString();
    if (!status.isEmpty()) {
        QColor fill = QColor::fromString(index.data(Column::StatusColorRole).toString());
        if (!fill.isValid())
            fill = QColor(0x9a, 0xa0, 0xa6);
        const int width = qMin(fm.horizontalAdvance(status) + 12, inner.width() / 2);
        paintChip(painter, QRect(x, chipTop, width, line + 2), fm.elidedText(status, Qt::ElideRight, width - 10), fill,
                  readableTextOn(fill));
        x += width + 6;
    }
    auto flag = [&](const QString &text, const QColor &color) {
        const int width = smallFm.horizontalAdvance(text) + 10;
        if (x + width > inner.right())
            return;
        painter->setFont(small);
        paintChip(painter, QRect(x, chipTop + 1, width, line), text, color, color, true);
        painter->setFont(option.font);
        x += width + 4;
    };
    if (priority == QLatin1String("urgent") || priority == QLatin1String("high"))
        flag(priorityLabel(priority), priorityColor(priority));
    if (index.data(Column::VoicemailRole).toBool())
        flag(tr("Voicemail"), QColor(0x1a, 0x73, 0xe8));
    if (index.data(Column::NeedsAttentionRole).toBool())
        flag(tr("Needs attention"), kOverdue);

    // Line 3: due date, subitem progress, avatars on the right.
    const int bottom = inner.top() + 2 * line + 10;
    x = inner.left();
    const QDate due = index.data(Column::DueDateRole).toDate();
    const DueState state = dueState(due, index.data(Column::StatusDoneRole).toBool(), today());
    if (state != DueState::None) {
        const QString text = QLocale().toString(due, QLocale::ShortFormat);
        QFont dueFont = option.font;
        dueFont.setBold(state == DueState::Overdue);
        painter->setFont(dueFont);
        painter->setPen(state == DueState::Overdue ? kOverdue
                        : state == DueState::Soon  ? kSoon
                                                   : palette.color(QPalette::PlaceholderText));
        const int width = QFontMetrics(dueFont).horizontalAdvance(text);
        painter->drawText(QRect(x, bottom, width, line), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += width + 10;
        painter->setFont(option.font);
    }
    const int total = index.data(Column::SubitemsTotalRole).toInt();
    if (total > 0) {
        const int done = index.data(Column::SubitemsDoneRole).toInt();
        const QString text = tr("%1/%2").arg(done).arg(total);
        painter->setPen(done == total ? QColor(0x18, 0x80, 0x38) : palette.color(QPalette::PlaceholderText));
        painter->drawText(QRect(x, bottom, fm.horizontalAdvance(text) + 2, line), Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    const QStringList initials = index.data(Column::AssigneeInitialsRole).toStringList();
    int avatarX = inner.right() - kAvatar;
    painter->setFont(small);
    for (qsizetype i = 0; i < initials.size() && i < 3; ++i) {
        const QRect circle(avatarX, bottom + (line - kAvatar) / 2, kAvatar, kAvatar);
        // A stable colour per person, from the initials.
        const QColor fill = QColor::fromHsv(int(qHash(initials.at(i)) % 360), 120, 200);
        painter->setPen(QPen(palette.color(QPalette::Base), 1.5));
        painter->setBrush(fill);
        painter->drawEllipse(circle);
        painter->setPen(readableTextOn(fill));
        painter->drawText(circle, Qt::AlignCenter, initials.at(i));
        avatarX -= kAvatar - 5;
    }
    if (initials.size() > 3) {
        painter->setPen(palette.color(QPalette::PlaceholderText));
        const QString more = tr("+%1").arg(initials.size() - 3);
        painter->drawText(QRect(avatarX - 10, bottom, kAvatar + 8, line), Qt::AlignRight | Qt::AlignVCenter, more);
    }
    painter->restore();
}

} // namespace anchor::ui
