#pragma once

#include <database.h>

#include <QWidget>

class QLabel;
class QTreeView;

namespace anchor::models {
class MyWorkModel;
}

namespace anchor::ui {

// "My work": the current user's open task items across every board, in sections by due date
// (Overdue, Today, This week, Later, No date). Enter or a double-click opens an item.
class MyWorkPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyWorkPage)

public:
    MyWorkPage(storage::Database database, const QString &userId, QWidget *parent = nullptr);

    void reload();
    models::MyWorkModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void openItemRequested(const QString &itemId);

private:
    void loaded(int items);

    models::MyWorkModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
    QString m_currentItem;
};

} // namespace anchor::ui
