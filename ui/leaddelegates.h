#pragma once

#include <QStyledItemDelegate>

namespace anchor::ui {

// A rounded colour badge with the category (colour from LeadsTableModel::CategoryColorRole).
class CategoryBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// Five stars; a click on the n-th star asks for a rating of n (starsRequested). Keyboard editing
// goes through the view's actions (keys 1-5), so the delegate never opens an editor.
class StarsDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    static int starAt(const QRect &cell, const QPoint &pos);
    static void paintStars(QPainter *painter, const QRect &rect, int stars, const QPalette &palette);

Q_SIGNALS:
    void starsRequested(const QModelIndex &index, int stars);
};

// "New" / "Repeat Caller" / "Returning Customer" as an outlined badge.
class CallerTypeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// Tags as coloured chips (LeadsTableModel::TagsRole / TagColorsRole).
class TagChipsDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// Draws one rounded chip with text; shared by the badges, chips and the detail pane.
void paintChip(QPainter *painter, const QRect &rect, const QString &text, const QColor &fill, const QColor &textColor,
               bool outlined = false);
QColor readableTextOn(const QColor &fill);

} // namespace anchor::ui
