#include "journeyspage.h"

#include "actionregistry.h"
#include "journeydetailpane.h"
#include "multiselectbutton.h"

#include <journeysdocument.h>
#include <journeystablemodel.h>

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace anchor::ui {

namespace {
constexpr int kSearchDelayMs = 250;
}

JourneysPage::JourneysPage(models::JourneysDocument *document, ActionRegistry *actions, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new models::JourneysTableModel(document->database(), this))
    , m_search(new QLineEdit(this))
    , m_statuses(new MultiSelectButton(tr("Status"), tr("Filter by status"), this))
    , m_overdue(new QCheckBox(tr("&Overdue"), this))
    , m_paused(new QCheckBox(tr("Pa&used"), this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_detail(new JourneyDetailPane(document, this))
    , m_splitter(new QSplitter(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("journeysPage"));
    m_search->setPlaceholderText(tr("Search name, phone, email or concern"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search journeys"));
    QList<MultiSelectButton::Option> options;
    for (const QString &status : storage::journeyStatuses())
        options.append({models::JourneysTableModel::statusLabel(status), {status}, {}});
    m_statuses->setOptions(options);
    m_overdue->setToolTip(tr("Open journeys whose next action is past due"));
    m_paused->setToolTip(tr("Paused journeys only"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_statuses);
    filters->addWidget(m_overdue);
    filters->addWidget(m_paused);
    filters->addWidget(m_count);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(models::JourneysTableModel::NextAction, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Journeys"));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->viewport()->installEventFilter(this);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const QList<QPair<int, int>> widths = {{models::JourneysTableModel::Person, 13}, {models::JourneysTableModel::Client, 12},
                                           {models::JourneysTableModel::Status, 9},  {models::JourneysTableModel::NextAction, 8},
                                           {models::JourneysTableModel::NextStep, 12}, {models::JourneysTableModel::Progress, 6},
                                           {models::JourneysTableModel::Concerns, 16}, {models::JourneysTableModel::Phone, 10}};
    for (const auto &[column, ems] : widths)
        m_table->setColumnWidth(column, ems * em);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_empty, 1);
    m_splitter->addWidget(listSide);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &JourneysPage::applyFilter);
    connect(m_statuses, &MultiSelectButton::selectionChanged, this, &JourneysPage::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &JourneysPage::applyFilter);
    connect(m_paused, &QCheckBox::toggled, this, &JourneysPage::applyFilter);
    connect(m_model, &models::JourneysTableModel::pageLoaded, this, &JourneysPage::onPageLoaded);
    connect(m_model, &models::JourneysTableModel::loadFailed, this, [this](const QString &message) {
        Q_EMIT statusMessage(tr("Journeys could not be loaded: %1").arg(message));
    });
    connect(m_model, &models::JourneysTableModel::countReady, this, [this](qint64 count) {
        m_count->setText(tr("%n journey(s)", nullptr, int(qMin<qint64>(count, INT_MAX))));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_detail->showJourney(currentJourneyId());
    });
    connect(m_document, &models::JourneysDocument::journeysChanged, m_model, &models::JourneysTableModel::refreshRows);
    connect(m_document, &models::JourneysDocument::editFailed, this, [this](const QString &message) {
        Q_EMIT statusMessage(tr("Not saved: %1").arg(message));
    });
    connect(m_detail, &JourneyDetailPane::convertRequested, this, &JourneysPage::convertRequested);
    connect(m_detail, &JourneyDetailPane::followUpRequested, this, &JourneysPage::followUpRequested);
    connect(m_detail, &JourneyDetailPane::openCallRequested, this, &JourneysPage::openCallRequested);
    createActions(actions);
}

void JourneysPage::createActions(ActionRegistry *actions)
{
    const QString group = tr("Journeys");
    auto addToTable = [this](QAction *action) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_table->addAction(action);
        return action;
    };
    connect(addToTable(actions->add(QStringLiteral("journeys.search"), tr("&Search Journeys"), group, {})),
            &QAction::triggered, this, [this] { m_search->setFocus(Qt::ShortcutFocusReason); });
    connect(addToTable(actions->add(QStringLiteral("journeys.convert"), tr("&Convert to Active Client..."), group,
                                    {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)})),
            &QAction::triggered, this, [this] {
                if (!currentJourneyId().isEmpty())
                    Q_EMIT convertRequested(currentJourneyId());
            });
    connect(addToTable(actions->add(QStringLiteral("journeys.pause"), tr("&Pause or Resume Journey"), group,
                                    {QKeySequence(Qt::CTRL | Qt::Key_P)})),
            &QAction::triggered, this, [this] {
                const int row = m_table->currentIndex().row();
                if (const storage::JourneyRow *journey = m_model->rowAt(row))
                    m_document->setPaused(journey->id, !journey->paused);
            });
    connect(addToTable(actions->add(QStringLiteral("journeys.refresh"), tr("&Refresh Journeys"), group, {})),
            &QAction::triggered, this, [this] {
                m_model->reload();
                m_model->requestCount();
            });
    connect(addToTable(actions->add(QStringLiteral("journeys.overdue"), tr("Show &Overdue Journeys"), group,
                                    {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)})),
            &QAction::triggered, m_overdue, &QCheckBox::toggle);
}

void JourneysPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started) {   // nothing is read until the section is first shown
        m_started = true;
        applyFilter();
    }
}

bool JourneysPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Paint && !m_painted && m_model->rowCount() > 0) {
        m_painted = true;
        QTimer::singleShot(0, this, &JourneysPage::firstPagePainted);
    }
    return QWidget::eventFilter(watched, event);
}

void JourneysPage::setClient(const QString &clientId)
{
    m_clientId = clientId;
    if (m_started)
        applyFilter();
}

void JourneysPage::applyFilter()
{
    storage::JourneyFilter filter;
    filter.clientId = m_clientId;
    filter.statuses = m_statuses->selectedIds();
    filter.search = m_search->text().trimmed();
    filter.overdueOnly = m_overdue->isChecked();
    filter.pausedOnly = m_paused->isChecked();
    m_model->setFilter(filter);
    m_count->clear();
    m_model->requestCount();
}

void JourneysPage::onPageLoaded()
{
    const bool none = m_model->rowCount() == 0;
    m_table->setVisible(!none);
    m_empty->setVisible(none);
    if (none) {
        const storage::JourneyFilter filter = m_model->filter();
        const bool filtered = !filter.statuses.isEmpty() || !filter.search.isEmpty() || filter.overdueOnly || filter.pausedOnly;
        m_empty->setText(filtered ? tr("No journey matches these filters.")
                                  : tr("No journeys yet. Start one from a lead: select it in Leads and choose "
                                       "\"Start Journey...\" (Ctrl+J)."));
        if (!m_painted) {
            m_painted = true;
            QTimer::singleShot(0, this, &JourneysPage::firstPagePainted);
        }
        return;
    }
    selectPending();
    if (!m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
}

QString JourneysPage::currentJourneyId() const
{
    const storage::JourneyRow *row = m_model->rowAt(m_table->currentIndex().row());
    return row ? row->id : QString();
}

void JourneysPage::openJourney(const QString &journeyId)
{
    m_pendingJourney = journeyId;
    m_detail->showJourney(journeyId);
    const int row = m_model->rowOfJourney(journeyId);
    if (row >= 0) {
        selectPending();
        return;
    }
    // Not in the loaded rows: show every journey, newest first, where it is on the first page.
    m_started = true;
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    m_statuses->blockSignals(true);
    m_statuses->clearSelection();
    m_statuses->blockSignals(false);
    m_overdue->blockSignals(true);
    m_overdue->setChecked(false);
    m_overdue->blockSignals(false);
    m_paused->blockSignals(true);
    m_paused->setChecked(false);
    m_paused->blockSignals(false);
    m_table->sortByColumn(models::JourneysTableModel::Created, Qt::DescendingOrder);
    applyFilter();
}

void JourneysPage::selectPending()
{
    if (m_pendingJourney.isEmpty())
        return;
    const int row = m_model->rowOfJourney(m_pendingJourney);
    if (row < 0)
        return;
    m_pendingJourney.clear();
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
}

} // namespace anchor::ui
