#include "leadspage.h"

#include <leadstablemodel.h>

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace anchor::ui {

LeadsPage::LeadsPage(storage::Database database, QWidget *parent)
    : QWidget(parent)
    , m_model(new models::LeadsTableModel(std::move(database), this))
    , m_table(new QTableView(this))
    , m_banner(new QLabel(this))
{
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setAccessibleName(tr("Leads problem"));
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fce8e6; color: #a50e0e; padding: 8px; }"));

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Leads"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder);
    m_table->viewport()->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_table);

    connect(m_model, &models::LeadsTableModel::pageLoaded, this, &LeadsPage::onPageLoaded);
    connect(m_model, &models::LeadsTableModel::loadFailed, this, &LeadsPage::onLoadFailed);
    m_model->reload();
}

void LeadsPage::onPageLoaded()
{
    m_banner->setVisible(false);
    if (!m_firstPageLoaded) {
        m_firstPageLoaded = true;
        m_table->resizeColumnsToContents();
        m_table->viewport()->update();
    }
    const int rows = m_model->rowCount();
    Q_EMIT statusMessage(m_model->canFetchMore({}) ? tr("%n leads loaded, more on scroll", nullptr, rows)
                                                   : tr("%n leads", nullptr, rows));
}

void LeadsPage::onLoadFailed(const QString &message)
{
    m_banner->setText(tr("The leads could not be loaded: %1").arg(message));
    m_banner->setVisible(true);
    if (!m_firstPageLoaded) {
        m_firstPageLoaded = true;   // an error on screen is the first paint too
        m_table->viewport()->update();
    }
}

bool LeadsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Paint && m_firstPageLoaded
        && !m_paintedFirstPage) {
        m_paintedFirstPage = true;
        // Signal after this paint event has been handled, not before.
        QTimer::singleShot(0, this, &LeadsPage::firstPagePainted);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace anchor::ui
