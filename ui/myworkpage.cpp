#include "myworkpage.h"

#include <myworkmodel.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace anchor::ui {

MyWorkPage::MyWorkPage(storage::Database database, const QString &userId, QWidget *parent)
    : QWidget(parent)
    , m_model(new models::MyWorkModel(std::move(database), userId, this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(tr("Loading your tasks..."), this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("My work"));
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setSectionResizeMode(models::MyWorkModel::Name, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    // activated: Enter on every platform, double-click (or single click where the style says so).
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString itemId = index.data(models::MyWorkModel::ItemIdRole).toString();
        if (!itemId.isEmpty())
            Q_EMIT openItemRequested(itemId);
    });
    connect(m_model, &models::MyWorkModel::modelAboutToBeReset, this,
            [this] { m_currentItem = m_view->currentIndex().data(models::MyWorkModel::ItemIdRole).toString(); });
    connect(m_model, &models::MyWorkModel::loaded, this, &MyWorkPage::loaded);
    connect(m_model, &models::MyWorkModel::loadFailed, this,
            [this](const QString &message) { m_summary->setText(message); });

    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QPushButton::clicked, this, &MyWorkPage::reload);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    reload();
}

void MyWorkPage::reload()
{
    m_model->reload();
}

void MyWorkPage::loaded(int items)
{
    m_summary->setText(items == 0 ? tr("Nothing is assigned to you. Enjoy the quiet.")
                                  : tr("%n open task(s) assigned to you", nullptr, items));
    m_view->expandAll();
    for (int column = 0; column < models::MyWorkModel::ColumnCount; ++column) {
        if (column != models::MyWorkModel::Name)
            m_view->resizeColumnToContents(column);
    }
    // Keep the place in the list across reloads; start at the first task otherwise.
    QModelIndex current = m_model->indexOfItem(m_currentItem);
    if (!current.isValid() && m_model->rowCount() > 0)
        current = m_model->index(0, 0, m_model->index(0, 0));
    if (current.isValid())
        m_view->setCurrentIndex(current);
}

} // namespace anchor::ui
