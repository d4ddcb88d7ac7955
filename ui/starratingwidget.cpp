#include "starratingwidget.h"

#include "leaddelegates.h"

#include <QKeyEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>

namespace anchor::ui {

namespace {
constexpr int kStarSize = 20;
constexpr int kGap = 2;
}

StarRatingWidget::StarRatingWidget(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(tr("Rating"));
    setToolTip(tr("Click a star or press 1-5 to rate"));
}

void StarRatingWidget::setRating(int stars)
{
    m_rating = qBound(0, stars, 5);
    setAccessibleDescription(tr("%n star(s)", nullptr, m_rating));
    update();
}

QSize StarRatingWidget::sizeHint() const
{
    return {5 * (kStarSize + kGap) + 6, kStarSize + 6};
}

void StarRatingWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    StarsDelegate::paintStars(&painter, QRect(3, 3, kStarSize, kStarSize), m_rating, palette());
    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &painter, this);
    }
}

void StarRatingWidget::mouseReleaseEvent(QMouseEvent *event)
{
    const int star = (event->position().toPoint().x() - 3) / (kStarSize + kGap) + 1;
    if (event->button() == Qt::LeftButton && star >= 1 && star <= 5)
        Q_EMIT ratingRequested(star);
}

void StarRatingWidget::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_5) {
        Q_EMIT ratingRequested(key - Qt::Key_0);
    } else if (key == Qt::Key_Right && event->modifiers() == Qt::ShiftModifier) {
        Q_EMIT ratingRequested(qMin(5, m_rating + 1));   // Shift: plain arrows only move focus
    } else if (key == Qt::Key_Left && event->modifiers() == Qt::ShiftModifier && m_rating > 1) {
        Q_EMIT ratingRequested(m_rating - 1);
    } else {
        QWidget::keyPressEvent(event);
    }
}

} // namespace anchor::ui
