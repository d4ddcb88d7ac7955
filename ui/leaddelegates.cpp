#include "leaddelegates.h"

#include <leadstablemodel.h>

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace anchor::ui {

using models::LeadsTableModel;

namespace {

constexpr int kChipPadding = 6;
constexpr int kChipSpacing = 4;
constexpr int kStarCount = 5;

void paintBackground(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    QStyleOptionViewItem background = option;
    background.text.clear();
    background.icon = {};
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    Q_UNUSED(index)
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    painter->setFont(option.font);   // chips are measured and drawn with the same font
}

int starSize(const QStyleOptionViewItem &option)
{
    return qMax(12, option.fontMetrics.height());
}

QPainterPath starPath(const QRectF &box)
{
    QPainterPath path;
    const QPointF center = box.center();
    const double outer = box.width() / 2.0;
    const double inner = outer * 0.45;
    for (int i = 0; i < 10; ++i) {
        const double radius = i % 2 ? inner : outer;
        const double angle = -M_PI / 2 + i * M_PI / 5;
        const QPointF point(center.x() + radius * std::cos(angle), center.y() + radius * std::sin(angle));
        if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    path.closeSubpath();
    return path;
}

} // namespace

QColor readableTextOn(const QColor &fill)
{
    return fill.lightnessF() > 0.6 ? QColor(0x20, 0x21, 0x24) : QColor(Qt::white);
}

void paintChip(QPainter *painter, const QRect &rect, const QString &text, const QColor &fill, const QColor &textColor,
               bool outlined)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    const double radius = box.height() / 2.0;
    if (outlined) {
        painter->setPen(QPen(fill, 1.2));
        painter->setBrush(Qt::NoBrush);
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
    }
    painter->drawRoundedRect(box, radius, radius);
    painter->setPen(outlined ? fill : textColor);
    const int available = rect.width() - 2 * kChipPadding;
    const bool fits = painter->fontMetrics().horizontalAdvance(text) <= available + 2;
    painter->drawText(rect.adjusted(kChipPadding - 1, 0, -kChipPadding + 1, 0), Qt::AlignCenter,
                      fits ? text : painter->fontMetrics().elidedText(text, Qt::ElideRight, available));
    painter->restore();
}

// ---- category -----------------------------------------------------------------------------------

void CategoryBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    paintBackground(painter, option, index);
    const QString text = index.data().toString();
    if (text.isEmpty())
        return;
    const QColor fill = index.data(LeadsTableModel::CategoryColorRole).value<QColor>();
    const int height = option.fontMetrics.height() + 4;
    const int width = qMin(option.rect.width() - 8, painter->fontMetrics().horizontalAdvance(text) + 2 * kChipPadding);
    const QRect chip(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1, width, height);
    paintChip(painter, chip, text, fill, readableTextOn(fill));
}

QSize CategoryBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return {option.fontMetrics.horizontalAdvance(index.data().toString()) + 2 * kChipPadding + 12,
            option.fontMetrics.height() + 8};
}

// ---- stars --------------------------------------------------------------------------------------

void StarsDelegate::paintStars(QPainter *painter, const QRect &rect, int stars, const QPalette &palette)
{
    const int size = rect.height();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < kStarCount; ++i) {
        const QRectF box(rect.left() + i * (size + 2), rect.top(), size, size);
        const QPainterPath path = starPath(box.adjusted(1, 1, -1, -1));
        if (i < stars) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0xf2, 0x99, 0x00));
        } else {
            painter->setPen(QPen(palette.color(QPalette::PlaceholderText), 1));
            painter->setBrush(Qt::NoBrush);
        }
        painter->drawPath(path);
    }
    painter->restore();
}

int StarsDelegate::starAt(const QRect &cell, const QPoint &pos)
{
    const int size = qMax(12, cell.height() - 8);
    const int left = cell.left() + 4;
    if (pos.x() < left)
        return 0;
    const int star = (pos.x() - left) / (size + 2) + 1;
    return star >= 1 && star <= kStarCount ? star : 0;
}

void StarsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    paintBackground(painter, option, index);
    const int size = qMin(starSize(option), option.rect.height() - 8);
    const QRect stars(option.rect.left() + 4, option.rect.center().y() - size / 2 + 1, size, size);
    paintStars(painter, stars, index.data(LeadsTableModel::StarsRole).toInt(), option.palette);
}

QSize StarsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int size = starSize(option);
    return {kStarCount * (size + 2) + 8, size + 8};
}

bool StarsDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            const int star = starAt(option.rect, mouse->position().toPoint());
            if (star > 0) {
                Q_EMIT starsRequested(index, star);
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

// ---- caller type --------------------------------------------------------------------------------

void CallerTypeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    paintBackground(painter, option, index);
    const QString raw = index.data(LeadsTableModel::RawValueRole).toString();
    const QString text = index.data().toString();
    if (text.isEmpty())
        return;
    QColor color = option.palette.color(QPalette::PlaceholderText);
    if (raw == QLatin1String("repeat"))
        color = QColor(0x1a, 0x73, 0xe8);
    else if (raw == QLatin1String("returning_customer"))
        color = QColor(0x1e, 0x8e, 0x3e);
    const int height = option.fontMetrics.height() + 2;
    const int width = qMin(option.rect.width() - 8, painter->fontMetrics().horizontalAdvance(text) + 2 * kChipPadding);
    paintChip(painter, QRect(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1, width, height), text,
              color, color, true);
}

// ---- tags ---------------------------------------------------------------------------------------

void TagChipsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    paintBackground(painter, option, index);
    const QStringList names = index.data(LeadsTableModel::TagsRole).toStringList();
    const QStringList colors = index.data(LeadsTableModel::TagColorsRole).toStringList();
    const int height = option.fontMetrics.height() + 2;
    int x = option.rect.left() + 4;
    painter->save();
    painter->setClipRect(option.rect);
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QColor fill = QColor::isValidColorName(colors.value(i)) ? QColor::fromString(colors.value(i))
                                                                       : QColor(0x9a, 0xa0, 0xa6);
        const int width = painter->fontMetrics().horizontalAdvance(names.at(i)) + 2 * kChipPadding;
        paintChip(painter, QRect(x, option.rect.center().y() - height / 2 + 1, width, height), names.at(i), fill,
                  readableTextOn(fill));
        x += width + kChipSpacing;
    }
    painter->restore();
}

QSize TagChipsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    int width = 8;
    for (const QString &name : index.data(LeadsTableModel::TagsRole).toStringList())
        width += option.fontMetrics.horizontalAdvance(name) + 2 * kChipPadding + kChipSpacing;
    return {qMax(width, 60), option.fontMetrics.height() + 8};
}

} // namespace anchor::ui
