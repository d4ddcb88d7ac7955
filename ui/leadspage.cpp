#include "leadspage.h"

#include "actionregistry.h"
#include "leaddelegates.h"
#include "leaddetailpane.h"
#include "leadsfilterbar.h"
#include "settingsstore.h"

#include <callrepository.h>
#include <clientrepository.h>
#include <leadannotationrepositories.h>
#include <backgroundwork.h>
#include <leadexportjob.h>
#include <leadsdocument.h>
#include <leadstablemodel.h>
#include <leadtypes.h>
#include <storageerror.h>

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace anchor::ui {

using storage::LeadColumn;

namespace {


QString settingsKey(const char *name)
{
    return QStringLiteral("leads/") + QLatin1String(name);
}

// Groups same-named tags or stages of several clients into one filter option.
template<typename Item, typename Name, typename Color>
QList<MultiSelectButton::Option> groupByName(const QList<Item> &items, Name name, Color color)
{
    QList<MultiSelectButton::Option> options;
    QHash<QString, qsizetype> index;
    for (const Item &item : items) {
        const QString key = name(item).toLower();
        if (!index.contains(key)) {
            index.insert(key, options.size());
            options.append({name(item), {}, color(item)});
        }
        options[index.value(key)].ids.append(item.id);
    }
    return options;
}

} // namespace

LeadsPage::LeadsPage(models::LeadsDocument *document, ActionRegistry *actions, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_actions(actions)
    , m_model(new models::LeadsTableModel(document->database(), this))
    , m_filterBar(new LeadsFilterBar(this))
    , m_savedViews(new QComboBox(this))
    , m_viewMenu(new QToolButton(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(m_table->viewport()))
    , m_banner(new QLabel(this))
    , m_detail(new LeadDetailPane(document, this))
    , m_splitter(new QSplitter(this))
{
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setAccessibleName(tr("Leads problem"));
    // A palette, not a style sheet: a style sheet would give the page the slower style-sheet style.
    QPalette bannerColours = m_banner->palette();
    bannerColours.setColor(QPalette::Window, QColor(0xfc, 0xe8, 0xe6));
    bannerColours.setColor(QPalette::WindowText, QColor(0xa5, 0x0e, 0x0e));
    m_banner->setPalette(bannerColours);
    m_banner->setAutoFillBackground(true);
    m_banner->setMargin(8);

    m_savedViews->setAccessibleName(tr("Saved views"));
    m_savedViews->setMinimumContentsLength(16);
    m_viewMenu->setText(tr("Views"));
    m_viewMenu->setPopupMode(QToolButton::InstantPopup);
    m_viewMenu->setAccessibleName(tr("Saved view actions"));

    m_model->setFirstPageSize(80);   // a screenful; the rest arrives in pages of 200
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Leads"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSortIndicator(int(LeadColumn::StartedAt), Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false);   // Tab leaves the table for the detail pane
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicator(int(LeadColumn::StartedAt), Qt::DescendingOrder);
    m_table->viewport()->installEventFilter(this);

    auto *stars = new StarsDelegate(m_table);
    m_table->setItemDelegateForColumn(int(LeadColumn::Category), new CategoryBadgeDelegate(m_table));
    m_table->setItemDelegateForColumn(int(LeadColumn::Stars), stars);
    m_table->setItemDelegateForColumn(int(LeadColumn::CallerType), new CallerTypeDelegate(m_table));
    m_table->setItemDelegateForColumn(int(LeadColumn::Tags), new TagChipsDelegate(m_table));
    connect(stars, &StarsDelegate::starsRequested, this, [this](const QModelIndex &index, int value) {
        const QString callId = index.data(models::LeadsTableModel::CallIdRole).toString();
        QStringList ids = selectedCallIds();
        if (!ids.contains(callId))
            ids = {callId};
        m_document->setStars(ids, value);
    });

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setVisible(false);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto *viewsRow = new QHBoxLayout;
    viewsRow->setContentsMargins(6, 0, 6, 0);
    viewsRow->addWidget(new QLabel(tr("View:"), this));
    viewsRow->addWidget(m_savedViews);
    viewsRow->addWidget(m_viewMenu);
    viewsRow->addStretch(1);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(m_filterBar);
    listLayout->addLayout(viewsRow);
    listLayout->addWidget(m_banner);
    listLayout->addWidget(m_table, 1);
    m_splitter->addWidget(listSide);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    setFocusProxy(m_table);

    connect(m_model, &models::LeadsTableModel::pageLoaded, this, &LeadsPage::onPageLoaded);
    connect(m_model, &models::LeadsTableModel::loadFailed, this, &LeadsPage::onLoadFailed);
    connect(m_model, &models::LeadsTableModel::countReady, m_filterBar, &LeadsFilterBar::showCount);
    connect(m_model, &models::LeadsTableModel::modelReset, this, &LeadsPage::updateEmptyState);
    connect(m_filterBar, &LeadsFilterBar::filterChanged, this, &LeadsPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LeadsPage::onCurrentChanged);
    connect(m_table, &QTableView::activated, this, [this] { m_detail->focusFirstField(); });
    connect(m_detail, &LeadDetailPane::openCallRequested, this, &LeadsPage::selectCall);
    connect(header, &QHeaderView::customContextMenuRequested, this, &LeadsPage::chooseColumns);
    connect(m_savedViews, &QComboBox::activated, this, [this](int index) {
        applySavedView(m_savedViews->itemData(index).toString());
    });

    connect(m_document, &models::LeadsDocument::leadsChanged, this, &LeadsPage::onLeadsChanged);
    connect(m_document, &models::LeadsDocument::tagsChanged, this, &LeadsPage::reloadFilterOptions);
    connect(m_document, &models::LeadsDocument::stagesChanged, this, [this] {
        reloadFilterOptions();
        m_model->reload();   // stage names and order shown in rows may have changed
    });
    connect(m_document, &models::LeadsDocument::editFailed, this, [this](const QString &message) {
        // Inline, not a modal box: the user keeps working, and the list shows what is stored.
        m_banner->setText(tr("Change not saved: %1").arg(message));
        m_banner->setVisible(true);
        m_model->reload();
    });

    createActions();
    restoreState();
    reloadSavedViews();

    // The default saved view opens on start.
    const auto views = storage::SavedViewRepository(m_document->database()).forOwner(m_document->userId());
    QString defaultId;
    for (const auto &view : views) {
        if (view.isDefault)
            defaultId = view.id;
    }
    if (!defaultId.isEmpty()) {
        applySavedView(defaultId);
    } else {
        m_model->reload();
        m_filterBar->showCounting();
    }
    // Counting every lead and listing the sources read far more than the first page: they start
    // once that page is on screen, so they neither delay it nor compete with it for the CPU.
    connect(this, &LeadsPage::firstPagePainted, this, [this] {
        QTimer::singleShot(50, this, [this] {
            m_model->requestCount();
            reloadFilterOptions();   // the filter menus are closed until clicked
            if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
                m_table->setCurrentIndex(m_model->index(0, 0));   // fills the detail pane
        });
    }, Qt::SingleShotConnection);
}

LeadsPage::~LeadsPage() = default;

void LeadsPage::createActions()
{
    const QString group = tr("Leads");   // the group in the palette and the shortcuts list
    auto addToTable = [this](QAction *action) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_table->addAction(action);
        return action;
    };

    connect(m_actions->add(QStringLiteral("leads.search"), tr("&Search Leads"), group, {QKeySequence::Find}),
            &QAction::triggered, this, [this] {
                Q_EMIT showRequested();   // from another section: bring the leads forward first
                m_filterBar->focusSearch();
            });
    addAction(m_actions->action(QStringLiteral("leads.search")));

    for (int stars = 1; stars <= 5; ++stars) {
        QAction *action = m_actions->add(QStringLiteral("leads.stars.%1").arg(stars), tr("Rate %n Star(s)", nullptr, stars),
                                         group, {QKeySequence(Qt::Key_0 + stars)});
        connect(action, &QAction::triggered, this, [this, stars] { m_document->setStars(selectedCallIds(), stars); });
        addToTable(action);
    }

    const QStringList categories = storage::LeadVocabulary::categories();
    const QList<int> categoryKeys = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_6,
                                     Qt::Key_7, Qt::Key_8, Qt::Key_9, Qt::Key_0, Qt::Key_Minus};
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QString category = categories.at(i);
        QAction *action = m_actions->add(QStringLiteral("leads.category.") + category,
                                         tr("Set Category: %1").arg(storage::LeadVocabulary::categoryLabel(category)),
                                         group, {QKeySequence(Qt::CTRL | Qt::ALT | categoryKeys.value(i))});
        connect(action, &QAction::triggered, this, [this, category] { m_document->setCategory(selectedCallIds(), category); });
        addToTable(action);
    }

    connect(addToTable(m_actions->add(QStringLiteral("leads.stage.next"), tr("Move to &Next Stage"), group,
                                      {QKeySequence(Qt::CTRL | Qt::Key_BracketRight)})),
            &QAction::triggered, this, [this] { moveStage(+1); });
    connect(addToTable(m_actions->add(QStringLiteral("leads.stage.previous"), tr("Move to &Previous Stage"), group,
                                      {QKeySequence(Qt::CTRL | Qt::Key_BracketLeft)})),
            &QAction::triggered, this, [this] { moveStage(-1); });
    connect(addToTable(m_actions->add(QStringLiteral("leads.stage.choose"), tr("Set &Stage..."), group,
                                      {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)})),
            &QAction::triggered, this, &LeadsPage::chooseStage);
    connect(addToTable(m_actions->add(QStringLiteral("leads.tag"), tr("Add &Tag..."), group,
                                      {QKeySequence(Qt::CTRL | Qt::Key_T)})),
            &QAction::triggered, this, &LeadsPage::chooseTag);
    connect(addToTable(m_actions->add(QStringLiteral("leads.open"), tr("&Open Lead Details"), group,
                                      {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)})),
            &QAction::triggered, m_detail, &LeadDetailPane::focusFirstField);
    connect(m_actions->add(QStringLiteral("leads.detail.toggle"), tr("Show &Detail Pane"), group,
                           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)}),
            &QAction::toggled, m_detail, &QWidget::setVisible);
    m_actions->action(QStringLiteral("leads.detail.toggle"))->setCheckable(true);
    m_actions->action(QStringLiteral("leads.detail.toggle"))->setChecked(true);
    connect(m_actions->add(QStringLiteral("leads.export"), tr("&Export Leads to CSV..."), group,
                           {QKeySequence(Qt::CTRL | Qt::Key_E)}),
            &QAction::triggered, this, &LeadsPage::exportCurrent);
    connect(m_actions->add(QStringLiteral("leads.refresh"), tr("&Refresh Leads"), group, {QKeySequence::Refresh}),
            &QAction::triggered, this, [this] {
                m_model->reload();
                m_model->requestCount();
                reloadFilterOptions();
            });
    connect(m_actions->add(QStringLiteral("leads.columns"), tr("Choose &Columns..."), group,
                           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}),
            &QAction::triggered, this, &LeadsPage::chooseColumns);
    connect(m_actions->add(QStringLiteral("leads.view.save"), tr("Save &View As..."), group,
                           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)}),
            &QAction::triggered, this, &LeadsPage::saveViewAs);
    connect(m_actions->add(QStringLiteral("leads.view.rename"), tr("Rena&me View..."), group,
                           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}),
            &QAction::triggered, this, &LeadsPage::renameView);
    connect(m_actions->add(QStringLiteral("leads.view.delete"), tr("De&lete View"), group,
                           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete)}),
            &QAction::triggered, this, &LeadsPage::deleteView);
    connect(m_actions->add(QStringLiteral("leads.view.default"), tr("Use View on &Start"), group,
                           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)}),
            &QAction::triggered, this, &LeadsPage::setDefaultView);

    auto *viewMenu = new QMenu(m_viewMenu);
    for (const char *id : {"leads.view.save", "leads.view.rename", "leads.view.delete", "leads.view.default"})
        viewMenu->addAction(m_actions->action(QString::fromLatin1(id)));
    m_viewMenu->setMenu(viewMenu);

    // The table's context menu offers the edits for the selection.
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        QMenu *rate = menu.addMenu(tr("Rate"));
        for (int stars = 1; stars <= 5; ++stars)
            rate->addAction(m_actions->action(QStringLiteral("leads.stars.%1").arg(stars)));
        QMenu *category = menu.addMenu(tr("Category"));
        for (const QString &key : storage::LeadVocabulary::categories())
            category->addAction(m_actions->action(QStringLiteral("leads.category.") + key));
        menu.addAction(m_actions->action(QStringLiteral("leads.stage.choose")));
        menu.addAction(m_actions->action(QStringLiteral("leads.tag")));
        menu.addSeparator();
        menu.addAction(m_actions->action(QStringLiteral("leads.export")));
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
}

bool LeadsPage::listDependsOnEdits() const
{
    // Edits change category, stars, stage and tags. When the list filters or sorts on one of
    // them, rows may leave the list or move, and pages loaded by offset would skip or repeat.
    const storage::LeadFilter filter = m_model->filter();
    const storage::LeadColumn sorted = m_model->sortOrder().column;
    return !filter.categories.isEmpty() || filter.minStars > 0 || filter.maxStars > 0 || !filter.stageIds.isEmpty()
           || !filter.tagIds.isEmpty() || sorted == LeadColumn::Category || sorted == LeadColumn::Stars
           || sorted == LeadColumn::Stage || sorted == LeadColumn::Tags;
}

void LeadsPage::onLeadsChanged(const QStringList &callIds)
{
    if (!listDependsOnEdits()) {
        m_model->refreshRows(callIds);
        return;
    }
    // Reload, keeping the cursor at the same place: in a triage view ("Unreviewed") the lead
    // just classified leaves, and the next one moves up under the cursor.
    m_restoreRow = qMax(0, m_table->currentIndex().row());
    m_model->reload();
    m_model->requestCount();
}

void LeadsPage::restoreCursorRow()
{
    if (m_restoreRow < 0)
        return;
    if (m_model->rowCount() <= m_restoreRow && m_model->canFetchMore({})) {
        m_model->fetchMore({});   // the row was further down: load until it is there
        return;
    }
    const int row = qMin(m_restoreRow, m_model->rowCount() - 1);
    m_restoreRow = -1;
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->scrollTo(m_model->index(row, 0));
    }
}

void LeadsPage::setClientScope(const QStringList &clientIds)
{
    if (clientIds == m_clientScope)
        return;
    m_clientScope = clientIds;
    reloadFilterOptions();
    applyFilter();
}

void LeadsPage::applyFilter()
{
    storage::LeadFilter filter = m_filterBar->filter();
    filter.clientIds = m_clientScope;
    m_detail->setHighlight(filter.text);
    m_model->setFilter(filter);
    m_filterBar->showCounting();
    if (m_paintedFirstPage)
        m_model->requestCount();
}

void LeadsPage::reloadFilterOptions()
{
    try {
        const storage::Database database = m_document->database();
        QList<storage::TagRef> tags;
        QList<storage::PipelineStage> stages;
        QStringList clients = m_clientScope;
        if (clients.isEmpty()) {
            for (const auto &client : storage::ClientRepository(database).list())
                clients.append(client.id);
        }
        for (const QString &client : clients) {
            tags += storage::TagRepository(database).forClient(client);
            stages += storage::PipelineStageRepository(database).forClient(client);
        }
        m_filterBar->setTagOptions(groupByName(tags, [](const storage::TagRef &t) { return t.name; },
                                               [](const storage::TagRef &t) { return t.color; }));
        m_filterBar->setStageOptions(groupByName(stages, [](const storage::PipelineStage &s) { return s.name; },
                                                 [](const storage::PipelineStage &s) { return s.color; }));
    } catch (const storage::StorageError &error) {
        onLoadFailed(error.message());
    }

    if (m_paintedFirstPage)
        reloadSources();
}

void LeadsPage::reloadSources()
{
    // DISTINCT over a million calls takes a moment: off the GUI thread.
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher] {
        m_filterBar->setSourceOptions(watcher->result());
        watcher->deleteLater();
    });
    const storage::Database database = m_document->database();
    watcher->setFuture(QtConcurrent::run(models::backgroundPool(), [database] {
        try {
            return storage::CallRepository(database).sources();
        } catch (const storage::StorageError &) {
            return QStringList();
        }
    }));
}

void LeadsPage::reloadSavedViews()
{
    const QString current = m_savedViews->currentData().toString();
    m_savedViews->clear();
    m_savedViews->addItem(tr("All leads"), QString());
    try {
        for (const auto &view : storage::SavedViewRepository(m_document->database()).forOwner(m_document->userId()))
            m_savedViews->addItem(view.isDefault ? tr("%1 (on start)").arg(view.name) : view.name, view.id);
    } catch (const storage::StorageError &error) {
        onLoadFailed(error.message());
    }
    m_savedViews->setCurrentIndex(qMax(0, m_savedViews->findData(current)));
    const bool haveView = !m_savedViews->currentData().toString().isEmpty();
    for (const char *id : {"leads.view.rename", "leads.view.delete", "leads.view.default"})
        m_actions->action(QString::fromLatin1(id))->setEnabled(haveView);
}

void LeadsPage::applySavedView(const QString &viewId)
{
    storage::LeadFilter filter;
    if (!viewId.isEmpty()) {
        const auto views = storage::SavedViewRepository(m_document->database()).forOwner(m_document->userId());
        for (const auto &view : views) {
            if (view.id == viewId)
                filter = view.filter;
        }
    }
    m_savedViews->setCurrentIndex(qMax(0, m_savedViews->findData(viewId)));
    reloadSavedViews();
    // A view with one client switches the window to that client.
    if (filter.clientIds.size() <= 1)
        Q_EMIT clientScopeRequested(filter.clientIds.value(0));
    m_clientScope = filter.clientIds;
    reloadFilterOptions();
    m_filterBar->setFilter(filter);
    applyFilter();
}

void LeadsPage::saveViewAs()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save view"), tr("Name of the view:"), QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    storage::LeadFilter filter = m_filterBar->filter();
    filter.clientIds = m_clientScope;
    try {
        const QString id = storage::SavedViewRepository(m_document->database()).save(m_document->userId(), name, filter);
        reloadSavedViews();
        m_savedViews->setCurrentIndex(m_savedViews->findData(id));
        reloadSavedViews();
        Q_EMIT statusMessage(tr("Saved the view \"%1\".").arg(name));
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, tr("View not saved"), error.message());
    }
}

void LeadsPage::renameView()
{
    const QString id = m_savedViews->currentData().toString();
    if (id.isEmpty())
        return;
    QString current;
    for (const auto &view : storage::SavedViewRepository(m_document->database()).forOwner(m_document->userId())) {
        if (view.id == id)
            current = view.name;   // the stored name, not the list's "(on start)" label
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename view"), tr("New name:"), QLineEdit::Normal, current, &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    try {
        storage::SavedViewRepository(m_document->database()).rename(id, name);
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, tr("View not renamed"), error.message());
    }
    reloadSavedViews();
}

void LeadsPage::deleteView()
{
    const QString id = m_savedViews->currentData().toString();
    if (id.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete view"), tr("Delete the saved view \"%1\"?").arg(m_savedViews->currentText()))
        != QMessageBox::Yes)
        return;
    try {
        storage::SavedViewRepository(m_document->database()).remove(id);
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, tr("View not deleted"), error.message());
    }
    m_savedViews->setCurrentIndex(0);
    reloadSavedViews();
}

void LeadsPage::setDefaultView()
{
    const QString id = m_savedViews->currentData().toString();
    try {
        storage::SavedViewRepository(m_document->database()).setDefault(m_document->userId(), id);
        Q_EMIT statusMessage(tr("\"%1\" opens on start.").arg(m_savedViews->currentText()));
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, tr("Default view not changed"), error.message());
    }
    reloadSavedViews();
}

QStringList LeadsPage::selectedCallIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(models::LeadsTableModel::CallIdRole).toString());
    if (ids.isEmpty() && m_table->currentIndex().isValid())
        ids.append(m_table->currentIndex().data(models::LeadsTableModel::CallIdRole).toString());
    return ids;
}

void LeadsPage::addLeadAction(QAction *action)
{
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(action);
}

void LeadsPage::selectCall(const QString &callId)
{
    const int row = m_model->rowOfCall(callId);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    } else {
        m_detail->showCall(callId);   // not in the current list: show it anyway
    }
}

LeadsPage::ClientSelection LeadsPage::selectionOfOneClient() const
{
    // Stages and tags belong to a client: an edit applies to the selected leads of the client
    // of the current (first selected) lead.
    ClientSelection selection;
    const QStringList ids = selectedCallIds();
    const auto *first = ids.isEmpty() ? nullptr : m_model->rowAt(m_model->rowOfCall(ids.first()));
    if (!first)
        return selection;
    selection.clientId = first->clientId;
    selection.clientName = first->clientName;
    selection.stageId = first->stageId;
    for (const QString &id : ids) {
        if (const auto *row = m_model->rowAt(m_model->rowOfCall(id)); row && row->clientId == first->clientId)
            selection.callIds.append(id);
    }
    return selection;
}

void LeadsPage::moveStage(int step)
{
    const ClientSelection selection = selectionOfOneClient();
    if (selection.callIds.isEmpty())
        return;
    const auto stages = storage::PipelineStageRepository(m_document->database()).forClient(selection.clientId);
    if (stages.isEmpty()) {
        Q_EMIT statusMessage(tr("%1 has no pipeline stages yet.").arg(selection.clientName));
        return;
    }
    qsizetype at = -1;
    for (qsizetype i = 0; i < stages.size(); ++i) {
        if (stages.at(i).id == selection.stageId)
            at = i;
    }
    const qsizetype next = qBound<qsizetype>(0, at < 0 ? 0 : at + step, stages.size() - 1);
    m_document->setStage(selection.callIds, stages.at(next).id, stages.at(next).name);
}

void LeadsPage::chooseStage()
{
    const ClientSelection selection = selectionOfOneClient();
    if (selection.callIds.isEmpty())
        return;
    const auto stages = storage::PipelineStageRepository(m_document->database()).forClient(selection.clientId);
    QStringList names{tr("No stage")};
    for (const auto &stage : stages)
        names.append(stage.name);
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Set stage"),
                                                 tr("Pipeline stage of %n lead(s):", nullptr, int(selection.callIds.size())),
                                                 names, 0, false, &ok);
    if (!ok)
        return;
    const qsizetype index = names.indexOf(choice) - 1;
    if (index < 0)
        m_document->setStage(selection.callIds, {}, {});
    else
        m_document->setStage(selection.callIds, stages.at(index).id, stages.at(index).name);
}

void LeadsPage::chooseTag()
{
    const ClientSelection selection = selectionOfOneClient();
    if (selection.callIds.isEmpty())
        return;
    const auto tags = storage::TagRepository(m_document->database()).forClient(selection.clientId);
    QStringList names;
    for (const auto &tag : tags)
        names.append(tag.name);
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Add tag"),
                                                 tr("Tag for %n lead(s) (type a new name to create it):", nullptr,
                                                    int(selection.callIds.size())),
                                                 names, 0, true, &ok).trimmed();
    if (!ok || choice.isEmpty())
        return;
    for (const auto &tag : tags) {
        if (tag.name.compare(choice, Qt::CaseInsensitive) == 0) {
            m_document->addTag(selection.callIds, tag);
            return;
        }
    }
    m_document->createAndAddTag(selection.clientId, selection.callIds, choice, QStringLiteral("#1a73e8"));
}

void LeadsPage::chooseColumns()
{
    QMenu menu(this);
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(column != int(LeadColumn::StartedAt));   // one column always stays
        connect(action, &QAction::toggled, this, [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(QCursor::pos());
}

void LeadsPage::exportCurrent()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(tr("leads-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export leads"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void LeadsPage::exportTo(const QString &path)
{
    storage::LeadFilter filter = m_filterBar->filter();
    filter.clientIds = m_clientScope;
    auto *job = new models::LeadExportJob(m_document->database(), path, filter, m_model->sortOrder(), this);
    auto *progress = new QProgressDialog(tr("Exporting leads..."), tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(tr("Export"));
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, job, &models::LeadExportJob::cancel);
    connect(job, &models::LeadExportJob::progress, progress, [progress](qint64 done, qint64 total) {
        if (total > 0) {
            progress->setMaximum(1000);
            progress->setValue(int(done * 1000 / qMax<qint64>(1, total)));
            progress->setLabelText(tr("Exporting leads: %1 of %2").arg(QLocale().toString(done), QLocale().toString(total)));
        }
    });
    connect(job, &models::LeadExportJob::finished, this, [this, job, progress, path](qint64 rows, bool cancelled, const QString &error) {
        progress->close();
        progress->deleteLater();
        job->deleteLater();
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Export failed"), error);
        else if (cancelled)
            Q_EMIT statusMessage(tr("Export cancelled; no file was written."));
        else
            Q_EMIT statusMessage(tr("Exported %1 leads to %2.").arg(QLocale().toString(rows), QDir::toNativeSeparators(path)));
    });
    job->start();
}

void LeadsPage::onPageLoaded()
{
    restoreCursorRow();
    if (m_banner->text().startsWith(tr("The leads could not be loaded: %1").section(u'%', 0, 0)))
        m_banner->setVisible(false);
    if (!m_firstPageLoaded) {
        m_firstPageLoaded = true;
        m_table->viewport()->update();
    } else if (m_paintedFirstPage && m_model->rowCount() > 0 && !m_table->currentIndex().isValid()) {
        m_table->setCurrentIndex(m_model->index(0, 0));
    }
    updateEmptyState();
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

void LeadsPage::onCurrentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    m_detail->showCall(current.isValid() ? current.data(models::LeadsTableModel::CallIdRole).toString() : QString());
}

void LeadsPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0 && !m_model->isLoading() && m_firstPageLoaded;
    storage::LeadFilter filter = m_filterBar->filter();
    m_empty->setText(filter.isEmpty() && m_clientScope.isEmpty()
                         ? tr("No leads yet. Calls appear here when they arrive from CallTrackingMetrics.")
                         : tr("No leads match these filters."));
    m_empty->setVisible(empty);
    m_empty->resize(m_table->viewport()->size());
    if (empty)
        m_detail->showCall({});
}

void LeadsPage::restoreState()
{
    QSettings settings;
    const QByteArray header = settings.value(settingsKey("header")).toByteArray();
    if (header.isEmpty() || !m_table->horizontalHeader()->restoreState(header)) {
        // Date to stars fit beside the detail pane on a 1280-pixel window.
        const QList<int> widths = {130, 140, 118, 140, 124, 92, 64, 120, 150, 100, 100};
        for (int column = 0; column < widths.size(); ++column)
            m_table->setColumnWidth(column, widths.at(column));
    }
    m_table->horizontalHeader()->setSortIndicator(int(LeadColumn::StartedAt), Qt::DescendingOrder);
    const QByteArray splitter = settings.value(settingsKey("splitter")).toByteArray();
    if (splitter.isEmpty() || !m_splitter->restoreState(splitter))
        m_splitter->setSizes({900, 380});
}

void LeadsPage::saveState() const
{
    QSettings settings;
    storeIfChanged(settings, settingsKey("header"), m_table->horizontalHeader()->saveState());
    storeIfChanged(settings, settingsKey("splitter"), m_splitter->saveState());
}

bool LeadsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport()) {
        if (event->type() == QEvent::Resize)
            m_empty->resize(m_table->viewport()->size());
        if (event->type() == QEvent::Paint && m_firstPageLoaded && !m_paintedFirstPage) {
            m_paintedFirstPage = true;
            // Signal after this paint event has been handled, not before.
            QTimer::singleShot(0, this, &LeadsPage::firstPagePainted);
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace anchor::ui
