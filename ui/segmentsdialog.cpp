#include "segmentsdialog.h"

#include "multiselectbutton.h"
#include "undocloserow.h"

#include <clientrepository.h>
#include <journeystablemodel.h>
#include <journeytypes.h>
#include <leadannotationrepositories.h>
#include <leadtypes.h>
#include <segmentcounter.h>
#include <segmentdocument.h>
#include <segmentlistmodel.h>
#include <storageerror.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace anchor::ui {

using models::SegmentListModel;
using storage::Segment;
using storage::SegmentFilter;

namespace {

constexpr int kPreviewRecipients = 50;

QList<MultiSelectButton::Option> options(const QStringList &keys, const std::function<QString(const QString &)> &label)
{
    QList<MultiSelectButton::Option> result;
    for (const QString &key : keys)
        result.append({label(key), {key}, {}});
    return result;
}

} // namespace

SegmentsDialog::SegmentsDialog(storage::Database database, const QString &userId, QUndoStack *undoStack,
                               const QString &clientId, QWidget *parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_clientId(clientId)
    , m_document(new models::SegmentDocument(m_database, undoStack, userId, this))
    , m_model(new SegmentListModel(m_document, clientId, this))
    , m_recipients(new models::SegmentRecipientsModel(this))
    , m_counter(new models::SegmentCounter(m_database, this))
    , m_list(new QTreeView(this))
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_audience(new QComboBox(this))
    , m_client(new QComboBox(this))
    , m_categories(new MultiSelectButton(tr("Categories"), tr("Any category"), this))
    , m_minStars(new QSpinBox(this))
    , m_maxStars(new QSpinBox(this))
    , m_tags(new MultiSelectButton(tr("Tags"), tr("Any tag"), this))
    , m_callerTypes(new MultiSelectButton(tr("Caller types"), tr("Any caller type"), this))
    , m_journeyStatuses(new MultiSelectButton(tr("Journey statuses"), tr("With or without a journey"), this))
    , m_dateField(new QComboBox(this))
    , m_fromEnabled(new QCheckBox(tr("F&rom"), this))
    , m_from(new QDateEdit(this))
    , m_toEnabled(new QCheckBox(tr("&To"), this))
    , m_to(new QDateEdit(this))
    , m_count(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_preview(new QTableView(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
    , m_delete(new QPushButton(tr("De&lete"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Segments"));
    m_counter->setPreviewSize(kPreviewRecipients);

    m_scope->addItem(tr("All clients"), QString());
    m_client->addItem(tr("Every client"), QString());
    try {
        for (const storage::Client &client : storage::ClientRepository(m_database).list()) {
            m_scope->addItem(tr("Only %1").arg(client.name), client.id);
            m_client->addItem(client.name, client.id);
            if (client.id == clientId)
                setWindowTitle(tr("Segments for %1").arg(client.name));
        }
    } catch (const storage::StorageError &error) {
        showMessage(error.message());
    }
    m_scope->setObjectName(QStringLiteral("segmentScope"));
    m_scope->setToolTip(tr("Who may use the segment; a client's segment only selects that client's people"));
    m_client->setObjectName(QStringLiteral("segmentClient"));

    m_audience->setObjectName(QStringLiteral("segmentAudience"));
    m_audience->addItem(tr("Leads and active clients"), int(SegmentFilter::Audience::Both));
    m_audience->addItem(tr("Leads only"), int(SegmentFilter::Audience::Leads));
    m_audience->addItem(tr("Active clients only"), int(SegmentFilter::Audience::ActiveClients));

    m_categories->setObjectName(QStringLiteral("segmentCategories"));
    m_categories->setOptions(options(storage::LeadVocabulary::categories(), &storage::LeadVocabulary::categoryLabel));
    m_callerTypes->setObjectName(QStringLiteral("segmentCallerTypes"));
    m_callerTypes->setOptions(options(storage::LeadVocabulary::callerTypes(), &storage::LeadVocabulary::callerTypeLabel));
    m_journeyStatuses->setObjectName(QStringLiteral("segmentJourneyStatuses"));
    m_journeyStatuses->setOptions(options(storage::journeyStatuses(), &models::JourneysTableModel::statusLabel));
    m_tags->setObjectName(QStringLiteral("segmentTags"));
    for (QSpinBox *stars : {m_minStars, m_maxStars}) {
        stars->setRange(0, 5);
        stars->setSpecialValueText(tr("Any"));
        stars->setSuffix(tr(" \u2605"));
    }
    m_minStars->setObjectName(QStringLiteral("segmentMinStars"));
    m_maxStars->setObjectName(QStringLiteral("segmentMaxStars"));
    m_dateField->setObjectName(QStringLiteral("segmentDateField"));
    m_dateField->addItem(tr("Call date"), int(SegmentFilter::DateField::CallDate));
    m_dateField->addItem(tr("Became a client"), int(SegmentFilter::DateField::ConversionDate));
    for (QDateEdit *date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setDate(QDate::currentDate());
        date->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("segmentFrom"));
    m_to->setObjectName(QStringLiteral("segmentTo"));

    // Left: the saved segments.
    m_list->setObjectName(QStringLiteral("segmentList"));
    m_list->setAccessibleName(tr("Segments"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(SegmentListModel::NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(SegmentListModel::RecipientsColumn, QHeaderView::ResizeToContents);
    auto *add = new QPushButton(tr("&New"), this);
    add->setShortcut(QKeySequence::New);
    auto *listButtons = new QHBoxLayout;
    for (QPushButton *button : {add, m_delete}) {
        button->setAutoDefault(false);
        listButtons->addWidget(button);
    }
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &SegmentsDialog::removeCurrent);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);

    // Right: the editor, the live count and the preview.
    m_name->setObjectName(QStringLiteral("segmentName"));
    m_description->setObjectName(QStringLiteral("segmentDescription"));
    auto *stars = new QHBoxLayout;
    stars->addWidget(m_minStars);
    stars->addWidget(new QLabel(tr("to"), this));
    stars->addWidget(m_maxStars);
    stars->addStretch(1);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_dateField);
    dates->addWidget(m_fromEnabled);
    dates->addWidget(m_from);
    dates->addWidget(m_toEnabled);
    dates->addWidget(m_to);
    dates->addStretch(1);
    auto *choices = new QHBoxLayout;
    for (MultiSelectButton *button : {m_categories, m_tags, m_callerTypes, m_journeyStatuses})
        choices->addWidget(button);
    choices->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Us&ed by:"), m_scope);
    form->addRow(tr("&Audience:"), m_audience);
    form->addRow(tr("&Client:"), m_client);
    form->addRow(tr("Lead criteria:"), choices);
    auto *starsLabel = new QLabel(tr("&Stars:"), this);
    starsLabel->setBuddy(m_minStars);
    form->addRow(starsLabel, stars);
    auto *datesLabel = new QLabel(tr("D&ates:"), this);
    datesLabel->setBuddy(m_dateField);
    form->addRow(datesLabel, dates);

    m_count->setObjectName(QStringLiteral("segmentCount"));
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont countFont = m_count->font();
    countFont.setBold(true);
    m_count->setFont(countFont);
    m_busy->setObjectName(QStringLiteral("segmentCounting"));
    m_busy->setRange(0, 0);   // busy: no known end
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(m_count->sizeHint().height());
    m_busy->setTextVisible(false);
    m_busy->hide();
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_count, 1);
    countRow->addWidget(m_busy);
    m_preview->setObjectName(QStringLiteral("segmentPreview"));
    m_preview->setAccessibleName(tr("First recipients"));
    m_preview->setModel(m_recipients);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setColumnWidth(models::SegmentRecipientsModel::EmailColumn, 240);
    m_preview->setColumnWidth(models::SegmentRecipientsModel::NameColumn, 180);

    m_save->setShortcut(QKeySequence::Save);
    m_save->setDefault(true);
    m_revert->setAutoDefault(false);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_revert);
    saveRow->addWidget(m_save);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(form);
    rightLayout->addLayout(countRow);
    rightLayout->addWidget(m_preview, 1);
    rightLayout->addLayout(saveRow);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 760});
    splitter->setChildrenCollapsible(false);

    m_message->setObjectName(QStringLiteral("segmentsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bottom = new UndoCloseRow(m_document->undoStack(), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(bottom);
    resize(1060, 660);

    connect(add, &QPushButton::clicked, this, &SegmentsDialog::startNew);
    connect(m_delete, &QPushButton::clicked, this, &SegmentsDialog::removeCurrent);
    connect(m_save, &QPushButton::clicked, this, &SegmentsDialog::save);
    connect(m_revert, &QPushButton::clicked, this, &SegmentsDialog::revert);
    connect(m_document, &models::SegmentDocument::editFailed, this, &SegmentsDialog::showMessage);
    connect(m_model, &SegmentListModel::loadFailed, this, &SegmentsDialog::showMessage);
    connect(m_document, &models::SegmentDocument::segmentsChanged, this, &SegmentsDialog::reloadList);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SegmentsDialog::followListSelection);
    connect(m_counter, &models::SegmentCounter::counted, this, &SegmentsDialog::showCount);
    connect(m_counter, &models::SegmentCounter::busyChanged, this, [this](bool busy) {
        m_busy->setVisible(busy);
        if (busy) {
            m_liveCount = -1;
            m_count->setText(tr("Counting recipients..."));
        }
    });

    connect(m_name, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    connect(m_description, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    for (QComboBox *combo : {m_scope, m_audience, m_client, m_dateField})
        connect(combo, &QComboBox::currentIndexChanged, this, &SegmentsDialog::edited);
    for (MultiSelectButton *button : {m_categories, m_tags, m_callerTypes, m_journeyStatuses})
        connect(button, &MultiSelectButton::selectionChanged, this, &SegmentsDialog::edited);
    for (QSpinBox *spin : {m_minStars, m_maxStars})
        connect(spin, &QSpinBox::valueChanged, this, &SegmentsDialog::edited);
    for (QDateEdit *date : {m_from, m_to})
        connect(date, &QDateEdit::dateChanged, this, &SegmentsDialog::edited);
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QDateEdit::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QDateEdit::setEnabled);
    for (QCheckBox *check : {m_fromEnabled, m_toEnabled})
        connect(check, &QCheckBox::toggled, this, &SegmentsDialog::edited);
    // A client's segment selects that client's people only; tags belong to a client.
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        const QString scope = m_scope->currentData().toString();
        if (!scope.isEmpty())
            m_client->setCurrentIndex(qMax(0, m_client->findData(scope)));
        m_client->setEnabled(scope.isEmpty());
    });
    connect(m_client, &QComboBox::currentIndexChanged, this, &SegmentsDialog::loadTagOptions);

    loadTagOptions();
    reloadList();
    if (m_model->rowCount() > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0, SegmentListModel::NameColumn));
    else if (m_model->rowCount() == 0)
        startNew();
    updateActions();
}

void SegmentsDialog::loadTagOptions()
{
    // Tag names: the chosen client's, or every client's (a filter matches tags by name).
    const QString client = m_client->currentData().toString();
    QStringList clients;
    if (!client.isEmpty())
        clients.append(client);
    else
        for (int i = 1; i < m_client->count(); ++i)
            clients.append(m_client->itemData(i).toString());
    QStringList names;
    try {
        storage::TagRepository tags(m_database);
        for (const QString &id : std::as_const(clients)) {
            for (const storage::TagRef &tag : tags.forClient(id)) {
                if (!names.contains(tag.name, Qt::CaseInsensitive))
                    names.append(tag.name);
            }
        }
    } catch (const storage::StorageError &error) {
        showMessage(error.message());
    }
    names.sort(Qt::CaseInsensitive);
    const QStringList chosen = m_tags->selectedIds();
    const bool filling = std::exchange(m_filling, true);
    // Keep what the segment asks for even if no tag has that name (any more).
    for (const QString &name : chosen) {
        if (!names.contains(name, Qt::CaseInsensitive))
            names.append(name);
    }
    m_tags->setOptions(options(names, [](const QString &name) { return name; }));
    m_tags->setSelectedIds(chosen);
    m_filling = filling;
}

void SegmentsDialog::showMessage(const QString &message)
{
    m_message->setText(message);
}

void SegmentsDialog::setDirty(bool dirty)
{
    m_dirty = dirty;
    updateActions();
}

void SegmentsDialog::updateActions()
{
    m_save->setEnabled(m_dirty);
    m_revert->setEnabled(m_dirty);
    m_delete->setEnabled(!m_editingId.isEmpty());
}

void SegmentsDialog::edited()
{
    if (m_filling)
        return;
    setDirty(true);
    m_counter->request(editedFilter());
}

SegmentFilter SegmentsDialog::editedFilter() const
{
    SegmentFilter filter;
    filter.audience = SegmentFilter::Audience(m_audience->currentData().toInt());
    filter.clientId = m_client->currentData().toString();
    filter.categories = m_categories->selectedIds();
    filter.minStars = m_minStars->value();
    filter.maxStars = m_maxStars->value();
    filter.tags = m_tags->selectedIds();
    filter.callerTypes = m_callerTypes->selectedIds();
    filter.journeyStatuses = m_journeyStatuses->selectedIds();
    filter.dateField = SegmentFilter::DateField(m_dateField->currentData().toInt());
    if (m_fromEnabled->isChecked())
        filter.from = m_from->date();
    if (m_toEnabled->isChecked())
        filter.to = m_to->date();
    return filter;
}

void SegmentsDialog::fillFilter(const SegmentFilter &filter)
{
    const bool filling = std::exchange(m_filling, true);
    m_audience->setCurrentIndex(qMax(0, m_audience->findData(int(filter.audience))));
    m_client->setCurrentIndex(qMax(0, m_client->findData(filter.clientId)));
    m_categories->setSelectedIds(filter.categories);
    m_minStars->setValue(filter.minStars);
    m_maxStars->setValue(filter.maxStars);
    m_tags->setSelectedIds(filter.tags);
    loadTagOptions();   // the client's tags, keeping the chosen ones
    m_callerTypes->setSelectedIds(filter.callerTypes);
    m_journeyStatuses->setSelectedIds(filter.journeyStatuses);
    m_dateField->setCurrentIndex(qMax(0, m_dateField->findData(int(filter.dateField))));
    m_fromEnabled->setChecked(filter.from.isValid());
    m_toEnabled->setChecked(filter.to.isValid());
    m_from->setDate(filter.from.isValid() ? filter.from : QDate::currentDate().addMonths(-1));
    m_to->setDate(filter.to.isValid() ? filter.to : QDate::currentDate());
    m_filling = filling;
}

void SegmentsDialog::setEditedFilter(const SegmentFilter &filter)
{
    fillFilter(filter);
    setDirty(true);
    m_counter->request(editedFilter());
}

void SegmentsDialog::showCount(const models::SegmentCount &result)
{
    if (!result.error.isEmpty()) {
        m_liveCount = -1;
        m_count->setText(tr("Could not count: %1").arg(result.error));
        m_recipients->setRecipients({});
        return;
    }
    m_liveCount = result.recipients;
    QString text = tr("%n recipient(s)", nullptr, result.recipients);
    if (result.invalid > 0)
        text += tr("; %n invalid address(es) would be skipped", nullptr, result.invalid);
    if (result.recipients > result.first.size())
        text += tr(" (the first %1 shown)").arg(result.first.size());
    m_count->setText(text);
    m_recipients->setRecipients(result.first);
}

void SegmentsDialog::reloadList()
{
    markInList(m_editingId);
    if (m_dirty)
        return;
    const int row = m_model->rowOf(m_editingId);
    if (row >= 0) {
        const Segment stored = m_model->segment(row);
        if (stored.name != m_shown.name || stored.description != m_shown.description || stored.clientId != m_shown.clientId
            || !(stored.filter == m_shown.filter))
            showSegment(stored);   // changed by undo or redo
        return;
    }
    if (!m_editingId.isEmpty() || !m_list->currentIndex().isValid()) {
        m_editingId.clear();
        if (m_model->rowCount() > 0) {
            m_list->setCurrentIndex(m_model->index(0, SegmentListModel::NameColumn));
            followListSelection();
        } else {
            showSegment({});
        }
    }
}

void SegmentsDialog::markInList(const QString &segmentId)
{
    const int row = segmentId.isEmpty() ? -1 : m_model->rowOf(segmentId);
    const QSignalBlocker blocker(m_list->selectionModel());
    if (row < 0) {
        m_list->selectionModel()->clear();
    } else {
        const QModelIndex index = m_model->index(row, SegmentListModel::NameColumn);
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_list->scrollTo(index);
    }
    m_list->viewport()->update();
}

void SegmentsDialog::selectSegment(const QString &segmentId)
{
    const int row = m_model->rowOf(segmentId);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, SegmentListModel::NameColumn));
    followListSelection();
}

void SegmentsDialog::followListSelection()
{
    const QModelIndex current = m_list->currentIndex();
    const QString id = current.isValid() ? current.data(SegmentListModel::IdRole).toString() : QString();
    if (id == m_editingId && !m_dirty)
        return;
    if (m_dirty && settleUnsaved() == Unsaved::Cancelled) {
        markInList(m_editingId);
        return;
    }
    const QModelIndex chosen = m_list->currentIndex();
    const int row = chosen.isValid() ? chosen.row() : -1;
    showSegment(row >= 0 ? m_model->segment(row) : Segment{});
}

void SegmentsDialog::showSegment(const Segment &segment)
{
    m_filling = true;
    m_shown = segment;
    m_editingId = segment.id;
    m_name->setText(segment.name);
    m_description->setText(segment.description);
    int scope = m_scope->findData(segment.clientId);
    if (scope < 0) {
        m_scope->addItem(segment.clientId, segment.clientId);
        scope = m_scope->count() - 1;
    }
    m_scope->setCurrentIndex(scope);
    fillFilter(segment.filter);
    m_client->setEnabled(segment.clientId.isEmpty());
    m_filling = false;
    setDirty(false);
    m_counter->request(editedFilter());
}

bool SegmentsDialog::save()
{
    Segment segment = m_shown;
    segment.id = m_editingId;
    segment.name = m_name->text().trimmed();
    segment.description = m_description->text().trimmed();
    segment.clientId = m_scope->currentData().toString();
    segment.filter = editedFilter();
    QString id;
    if (!m_document->saveSegment(segment, &id))
        return false;   // editFailed showed why; nothing was written
    m_editingId = id;
    setDirty(false);
    showMessage({});
    const int row = m_model->rowOf(id);
    if (row >= 0)
        showSegment(m_model->segment(row));
    markInList(id);
    return true;
}

void SegmentsDialog::revert()
{
    showMessage({});
    setDirty(false);
    if (!m_shown.id.isEmpty()) {
        showSegment(m_shown);
        return;
    }
    m_editingId.clear();
    reloadList();
}

void SegmentsDialog::startNew()
{
    if (m_dirty && settleUnsaved() == Unsaved::Cancelled)
        return;
    {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->selectionModel()->clear();
    }
    Segment draft;
    draft.clientId = m_clientId;
    draft.filter.clientId = m_clientId;
    draft.name = tr("New segment");
    showSegment(draft);
    setDirty(true);
    m_name->setFocus();
    m_name->selectAll();
}

void SegmentsDialog::removeCurrent()
{
    if (m_editingId.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete segment"),
                              tr("Delete the segment \"%1\"? Campaigns already sent keep their recipients.")
                                  .arg(m_shown.name))
        != QMessageBox::Yes)
        return;
    const bool dirty = std::exchange(m_dirty, false);
    if (m_document->removeSegment(m_editingId))
        showMessage({});
    else
        setDirty(dirty);
}

SegmentsDialog::Unsaved SegmentsDialog::settleUnsaved()
{
    const auto answer = QMessageBox::question(
        this, windowTitle(), tr("Save the changes to the segment \"%1\"?").arg(m_name->text().trimmed()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return Unsaved::Cancelled;
    if (answer == QMessageBox::Save)
        return save() ? Unsaved::Saved : Unsaved::Cancelled;
    setDirty(false);
    return Unsaved::Discarded;
}

void SegmentsDialog::reject()
{
    if (m_dirty && settleUnsaved() == Unsaved::Cancelled)
        return;
    m_counter->cancel();
    QDialog::reject();
}

} // namespace anchor::ui
