#pragma once

#include <QWidget>

namespace anchor::ui {

// Five stars to click, or to set with the keyboard (1-5, Shift+Left/Right). It asks for a rating
// (ratingRequested); the owner performs the edit and shows the stored value with setRating.
class StarRatingWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StarRatingWidget)

public:
    explicit StarRatingWidget(QWidget *parent = nullptr);

    int rating() const { return m_rating; }
    void setRating(int stars);
    QSize sizeHint() const override;

Q_SIGNALS:
    void ratingRequested(int stars);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    int m_rating = 0;
};

} // namespace anchor::ui
