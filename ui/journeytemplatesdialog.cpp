#include "journeytemplatesdialog.h"

#include "undocloserow.h"

#include <catalogdocument.h>
#include <clientrepository.h>
#include <journeytemplaterepository.h>
#include <storageerror.h>
#include <templatestepsmodel.h>

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace anchor::ui {

using models::TemplateStepsModel;

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

// The client subtypes seed 000 names, with their labels; others found in the data show as stored.
QList<QPair<QString, QString>> knownServiceTypes()
{
    return {{QStringLiteral("dental"), JourneyTemplatesDialog::tr("Dental")},
            {QStringLiteral("tmj_sleep"), JourneyTemplatesDialog::tr("TMJ & sleep")},
            {QStringLiteral("med_spa"), JourneyTemplatesDialog::tr("Med spa")},
            {QStringLiteral("chiropractic"), JourneyTemplatesDialog::tr("Chiropractic")},
            {QStringLiteral("roofing"), JourneyTemplatesDialog::tr("Roofing")},
            {QStringLiteral("plumbing"), JourneyTemplatesDialog::tr("Plumbing")},
            {QStringLiteral("hvac"), JourneyTemplatesDialog::tr("HVAC")},
            {QStringLiteral("landscaping"), JourneyTemplatesDialog::tr("Landscaping")},
            {QStringLiteral("general"), JourneyTemplatesDialog::tr("Catering & general")}};
}

QString placeholderHint()
{
    return JourneyTemplatesDialog::tr("Placeholders, filled in when a journey starts: {{client_name}} the person's "
                                      "name, {{first_name}}, {{service}}, {{business_name}} the client business, "
                                      "{{phone}}.");
}

// Channel: a list of the five channels; the model stores the key, shows the label.
class ChannelDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (const QString &channel : storage::journeyChannels())
            combo->addItem(TemplateStepsModel::channelLabel(channel), channel);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole))));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData());
    }
};

// Weeks and days: whole numbers from 0; the storage layer says when the total is too far out.
class OffsetDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, 9999);
        spin->setFrame(false);
        return spin;
    }
};

} // namespace

JourneyTemplatesDialog::JourneyTemplatesDialog(models::CatalogDocument *document, const QString &clientId,
                                               QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_clientId(clientId)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_serviceType(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_steps(new TemplateStepsModel(this))
    , m_stepsView(new QTableView(this))
    , m_stepMessage(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_delete(new QPushButton(tr("De&lete"), this))
    , m_removeStep(new QPushButton(tr("&Remove step"), this))
    , m_moveUp(new QPushButton(tr("Move &up"), this))
    , m_moveDown(new QPushButton(tr("Move do&wn"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Journey templates"));

    // Who may use a template, and what kind of business it is for.
    m_scope->addItem(tr("All clients"), QString());
    QStringList subtypes;
    try {
        for (const storage::Client &client : storage::ClientRepository(document->database()).list()) {
            m_scope->addItem(tr("Only %1").arg(client.name), client.id);
            subtypes.append(client.clientSubtype);
            if (client.id == clientId)
                setWindowTitle(tr("Journey templates for %1").arg(client.name));
        }
    } catch (const storage::StorageError &error) {
        showMessage(error.message());
    }
    m_serviceType->addItem(tr("Any"), QString());
    for (const auto &[key, label] : knownServiceTypes())
        m_serviceType->addItem(label, key);
    for (const QString &subtype : std::as_const(subtypes)) {
        if (!subtype.isEmpty() && m_serviceType->findData(subtype) < 0)
            m_serviceType->addItem(subtype, subtype);
    }

    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Journey templates"));
    m_name->setObjectName(QStringLiteral("templateName"));
    m_description->setObjectName(QStringLiteral("templateDescription"));
    m_serviceType->setObjectName(QStringLiteral("templateServiceType"));
    m_serviceType->setToolTip(tr("The kind of client business the template suits; Any: every kind"));
    m_scope->setObjectName(QStringLiteral("templateScope"));

    m_stepsView->setModel(m_steps);
    m_stepsView->setObjectName(QStringLiteral("templateSteps"));
    m_stepsView->setAccessibleName(tr("Steps"));
    m_stepsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stepsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stepsView->setDragEnabled(true);
    m_stepsView->setAcceptDrops(true);
    m_stepsView->setDragDropMode(QAbstractItemView::DragDrop);   // the model only takes its own rows
    m_stepsView->setDefaultDropAction(Qt::MoveAction);
    m_stepsView->setDragDropOverwriteMode(false);
    m_stepsView->setDropIndicatorShown(true);
    m_stepsView->setItemDelegateForColumn(TemplateStepsModel::ChannelColumn, new ChannelDelegate(m_stepsView));
    m_stepsView->setItemDelegateForColumn(TemplateStepsModel::WeeksColumn, new OffsetDelegate(m_stepsView));
    m_stepsView->setItemDelegateForColumn(TemplateStepsModel::DaysColumn, new OffsetDelegate(m_stepsView));
    m_stepsView->horizontalHeader()->setStretchLastSection(true);
    m_stepsView->horizontalHeader()->setSectionResizeMode(TemplateStepsModel::LabelColumn, QHeaderView::Interactive);
    m_stepsView->setColumnWidth(TemplateStepsModel::LabelColumn, 180);
    for (int column : {int(TemplateStepsModel::ChannelColumn), int(TemplateStepsModel::WeeksColumn),
                       int(TemplateStepsModel::DaysColumn)})
        m_stepsView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_stepsView->setToolTip(tr("Drag a step, or press Ctrl+Up or Ctrl+Down, to change the order"));

    m_stepMessage->setObjectName(QStringLiteral("stepMessage"));
    m_stepMessage->setTabChangesFocus(true);
    m_stepMessage->setPlaceholderText(tr("What to say or send at this step"));
    m_stepMessage->setFixedHeight(m_stepMessage->fontMetrics().lineSpacing() * 5);
    auto *hint = new QLabel(placeholderHint(), this);
    hint->setObjectName(QStringLiteral("placeholderHint"));
    hint->setWordWrap(true);
    hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *insert = new QToolButton(this);
    insert->setText(tr("&Insert placeholder"));
    insert->setPopupMode(QToolButton::InstantPopup);
    auto *placeholders = new QMenu(insert);
    for (const char *name : {"client_name", "first_name", "service", "business_name", "phone"}) {
        const QString placeholder = QStringLiteral("{{") + QLatin1String(name) + QStringLiteral("}}");
        placeholders->addAction(placeholder, this, [this, placeholder] {
            m_stepMessage->insertPlainText(placeholder);
            m_stepMessage->setFocus();
        });
    }
    insert->setMenu(placeholders);

    m_message->setObjectName(QStringLiteral("templatesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Left: the templates.
    auto *add = new QPushButton(tr("&New"), this);
    add->setShortcut(QKeySequence::New);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    auto *listButtons = new QHBoxLayout;
    for (QPushButton *button : {add, m_duplicate, m_delete}) {
        button->setAutoDefault(false);
        listButtons->addWidget(button);
    }
    auto *deleteTemplateKey = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteTemplateKey, &QShortcut::activated, this, &JourneyTemplatesDialog::removeCurrent);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);

    // Right: the editor.
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Ser&vice type:"), m_serviceType);
    form->addRow(tr("Us&ed by:"), m_scope);
    auto *addStepButton = new QPushButton(tr("&Add step"), this);
    auto *stepButtons = new QVBoxLayout;
    for (QPushButton *button : {addStepButton, m_removeStep, m_moveUp, m_moveDown}) {
        button->setAutoDefault(false);
        stepButtons->addWidget(button);
    }
    stepButtons->addStretch(1);
    m_moveUp->setToolTip(tr("Move the selected step up (Ctrl+Up)"));
    m_moveDown->setToolTip(tr("Move the selected step down (Ctrl+Down)"));
    m_removeStep->setToolTip(tr("Remove the selected step (Del)"));
    auto *stepsRow = new QHBoxLayout;
    stepsRow->addWidget(m_stepsView, 1);
    stepsRow->addLayout(stepButtons);
    auto *stepsLabel = new QLabel(tr("S&teps:"), this);
    stepsLabel->setBuddy(m_stepsView);
    auto *messageLabel = new QLabel(tr("&Message of the selected step:"), this);
    messageLabel->setBuddy(m_stepMessage);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(messageLabel, 1);
    messageRow->addWidget(insert);
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
    rightLayout->addWidget(stepsLabel);
    rightLayout->addLayout(stepsRow, 1);
    rightLayout->addLayout(messageRow);
    rightLayout->addWidget(m_stepMessage);
    rightLayout->addWidget(hint);
    rightLayout->addLayout(saveRow);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 640});
    splitter->setChildrenCollapsible(false);

    auto *bottom = new UndoCloseRow(m_document->undoStack(), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(bottom);
    resize(960, 620);

    // Keyboard: Ctrl+Up and Ctrl+Down move the selected step, Del removes it.
    auto *upKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), m_stepsView, nullptr, nullptr, Qt::WidgetShortcut);
    auto *downKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), m_stepsView, nullptr, nullptr, Qt::WidgetShortcut);
    auto *deleteStepKey = new QShortcut(QKeySequence::Delete, m_stepsView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(upKey, &QShortcut::activated, this, [this] { moveStep(-1); });
    connect(downKey, &QShortcut::activated, this, [this] { moveStep(+1); });
    connect(deleteStepKey, &QShortcut::activated, this, &JourneyTemplatesDialog::removeStep);

    connect(add, &QPushButton::clicked, this, &JourneyTemplatesDialog::startNew);
    connect(m_duplicate, &QPushButton::clicked, this, &JourneyTemplatesDialog::duplicate);
    connect(m_delete, &QPushButton::clicked, this, &JourneyTemplatesDialog::removeCurrent);
    connect(m_save, &QPushButton::clicked, this, &JourneyTemplatesDialog::save);
    connect(m_revert, &QPushButton::clicked, this, &JourneyTemplatesDialog::revert);
    connect(addStepButton, &QPushButton::clicked, this, &JourneyTemplatesDialog::addStep);
    connect(m_removeStep, &QPushButton::clicked, this, &JourneyTemplatesDialog::removeStep);
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveStep(+1); });

    connect(m_document, &models::CatalogDocument::editFailed, this, &JourneyTemplatesDialog::showMessage);
    connect(m_document, &models::CatalogDocument::templatesChanged, this, &JourneyTemplatesDialog::reloadList);
    connect(m_list, &QListWidget::currentRowChanged, this, &JourneyTemplatesDialog::followListSelection);
    connect(m_steps, &TemplateStepsModel::stepsEdited, this, [this] { setDirty(true); });
    connect(m_stepsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JourneyTemplatesDialog::showStepMessage);
    connect(m_steps, &QAbstractItemModel::modelReset, this, &JourneyTemplatesDialog::showStepMessage);
    connect(m_steps, &QAbstractItemModel::rowsRemoved, this, &JourneyTemplatesDialog::showStepMessage);
    connect(m_steps, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.row() == m_stepsView->currentIndex().row())
            showStepMessage();   // typed in the table's message column
    });
    connect(m_stepMessage, &QPlainTextEdit::textChanged, this, [this] {
        const int row = m_stepsView->currentIndex().row();
        if (m_filling || row < 0)
            return;
        const QSignalBlocker blocker(m_stepMessage);   // the model echoes the change back
        m_steps->setData(m_steps->index(row, TemplateStepsModel::MessageColumn), m_stepMessage->toPlainText());
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    connect(m_description, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    for (QComboBox *combo : {m_serviceType, m_scope}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                setDirty(true);
        });
    }

    reloadList();
    if (m_list->count() > 0 && m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
    updateActions();
}

void JourneyTemplatesDialog::showMessage(const QString &message)
{
    m_message->setText(message);
}

void JourneyTemplatesDialog::setDirty(bool dirty)
{
    m_dirty = dirty;
    updateActions();
}

void JourneyTemplatesDialog::updateActions()
{
    const bool stored = !m_editingId.isEmpty();
    const bool editing = stored || m_dirty;
    const int row = m_stepsView->currentIndex().row();
    m_save->setEnabled(m_dirty);
    m_revert->setEnabled(m_dirty);
    m_duplicate->setEnabled(stored);
    m_delete->setEnabled(stored);
    m_removeStep->setEnabled(editing && row >= 0);
    m_moveUp->setEnabled(editing && row > 0);
    m_moveDown->setEnabled(editing && row >= 0 && row + 1 < m_steps->rowCount());
    m_stepMessage->setEnabled(editing && row >= 0);
}

void JourneyTemplatesDialog::reloadList()
{
    try {
        m_templates = storage::JourneyTemplateRepository(m_document->database()).list(m_clientId);
    } catch (const storage::StorageError &error) {
        showMessage(error.message());
        return;
    }
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const storage::JourneyTemplate &journeyTemplate : std::as_const(m_templates)) {
            QString text = journeyTemplate.name;
            const int type = m_serviceType->findData(journeyTemplate.serviceType);
            if (!journeyTemplate.serviceType.isEmpty())
                text = tr("%1 (%2)").arg(journeyTemplate.name,
                                         type >= 0 ? m_serviceType->itemText(type) : journeyTemplate.serviceType);
            auto *item = new QListWidgetItem(text, m_list);
            item->setData(kIdRole, journeyTemplate.id);
            item->setToolTip(journeyTemplate.description);
            if (journeyTemplate.id == m_editingId)
                m_list->setCurrentItem(item);
        }
    }
    // The stored template may have changed (undo, redo): show it, unless the user is editing.
    if (m_dirty)
        return;
    for (const storage::JourneyTemplate &journeyTemplate : std::as_const(m_templates)) {
        if (journeyTemplate.id == m_editingId) {
            showTemplate(journeyTemplate);
            return;
        }
    }
    if (!m_editingId.isEmpty() || m_list->currentRow() < 0) {
        // The template went (deleted, or its add undone): show the first one.
        m_editingId.clear();
        if (m_list->count() > 0)
            m_list->setCurrentRow(0);
        else
            showTemplate({});
    }
}

void JourneyTemplatesDialog::selectTemplate(const QString &templateId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kIdRole).toString() == templateId) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void JourneyTemplatesDialog::followListSelection()
{
    const int row = m_list->currentRow();
    const QString id = row >= 0 ? m_list->item(row)->data(kIdRole).toString() : QString();
    if (id == m_editingId && !m_dirty)
        return;
    if (m_dirty && settleUnsaved() == Unsaved::Cancelled) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(-1);
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->data(kIdRole).toString() == m_editingId)
                m_list->setCurrentRow(i);
        }
        return;
    }
    // Saving may have reloaded the list: look the row up again.
    const int current = m_list->currentRow();
    const QString chosen = current >= 0 ? m_list->item(current)->data(kIdRole).toString() : QString();
    for (const storage::JourneyTemplate &journeyTemplate : std::as_const(m_templates)) {
        if (journeyTemplate.id == chosen) {
            showTemplate(journeyTemplate);
            return;
        }
    }
    showTemplate({});
}

void JourneyTemplatesDialog::selectServiceType(const QString &serviceType)
{
    int index = m_serviceType->findData(serviceType);
    if (index < 0) {
        m_serviceType->addItem(serviceType, serviceType);
        index = m_serviceType->count() - 1;
    }
    m_serviceType->setCurrentIndex(index);
}

void JourneyTemplatesDialog::showTemplate(const storage::JourneyTemplate &journeyTemplate)
{
    m_filling = true;
    m_editingId = journeyTemplate.id;
    m_name->setText(journeyTemplate.name);
    m_description->setText(journeyTemplate.description);
    selectServiceType(journeyTemplate.serviceType);
    int scope = m_scope->findData(journeyTemplate.clientId);
    if (scope < 0) {
        m_scope->addItem(journeyTemplate.clientId, journeyTemplate.clientId);
        scope = m_scope->count() - 1;
    }
    m_scope->setCurrentIndex(scope);
    m_steps->setSteps(journeyTemplate.steps);
    if (m_steps->rowCount() > 0)
        m_stepsView->setCurrentIndex(m_steps->index(0, TemplateStepsModel::LabelColumn));
    m_filling = false;
    showStepMessage();
    setDirty(false);
}

void JourneyTemplatesDialog::showStepMessage()
{
    const int row = m_stepsView->currentIndex().row();
    const QString message = row >= 0 ? m_steps->steps().value(row).message : QString();
    if (m_stepMessage->toPlainText() != message) {
        const bool filling = std::exchange(m_filling, true);
        m_stepMessage->setPlainText(message);
        m_filling = filling;
    }
    updateActions();
}

bool JourneyTemplatesDialog::save()
{
    storage::JourneyTemplate journeyTemplate{m_editingId, m_scope->currentData().toString(), m_name->text().trimmed(),
                                             m_description->text().trimmed(), m_serviceType->currentData().toString(),
                                             m_steps->steps()};
    QString id;
    if (!m_document->saveTemplate(journeyTemplate, &id))
        return false;   // editFailed showed why; nothing was written
    m_editingId = id;
    setDirty(false);
    showMessage({});
    reloadList();   // also when nothing changed and no signal came
    return true;
}

void JourneyTemplatesDialog::revert()
{
    showMessage({});
    setDirty(false);
    const QString id = m_editingId;
    m_editingId.clear();
    for (const storage::JourneyTemplate &journeyTemplate : std::as_const(m_templates)) {
        if (journeyTemplate.id == id) {
            showTemplate(journeyTemplate);
            return;
        }
    }
    // A new template not saved yet: back to the selected one.
    followListSelection();
}

void JourneyTemplatesDialog::startNew()
{
    if (m_dirty && settleUnsaved() == Unsaved::Cancelled)
        return;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(-1);
    }
    storage::JourneyTemplate draft;
    draft.clientId = m_clientId;
    draft.name = tr("New template");
    draft.steps.append({tr("Call back"), QStringLiteral("call"), {}, 0, 0});
    showTemplate(draft);
    setDirty(true);   // not stored until saved
    m_name->setFocus();
    m_name->selectAll();
}

void JourneyTemplatesDialog::duplicate()
{
    if (m_editingId.isEmpty())
        return;
    if (m_dirty && settleUnsaved() == Unsaved::Cancelled)
        return;
    const QString copy = m_document->duplicateTemplate(m_editingId);
    if (copy.isEmpty())
        return;
    showMessage({});
    m_editingId = copy;
    reloadList();
    selectTemplate(copy);
    m_name->setFocus();
    m_name->selectAll();
}

void JourneyTemplatesDialog::removeCurrent()
{
    if (m_editingId.isEmpty())
        return;
    const QString name = m_name->text().trimmed();
    if (QMessageBox::question(this, tr("Delete template"),
                              tr("Delete the journey template \"%1\"? Journeys already started from it keep their "
                                 "steps.").arg(name))
        != QMessageBox::Yes)
        return;
    const bool dirty = std::exchange(m_dirty, false);   // the edits go with the template
    if (m_document->removeTemplate(m_editingId))
        showMessage({});
    else
        setDirty(dirty);   // refused: the editor keeps them
}

void JourneyTemplatesDialog::addStep()
{
    if (m_editingId.isEmpty() && !m_dirty)
        return;   // nothing in the editor
    const int current = m_stepsView->currentIndex().row();
    const int row = current >= 0 ? current + 1 : m_steps->rowCount();
    m_steps->insertRows(row, 1);
    // A new step is due where the one before it is, to start from.
    if (row > 0) {
        const storage::TemplateStep before = m_steps->steps().at(row - 1);
        m_steps->setData(m_steps->index(row, TemplateStepsModel::WeeksColumn), before.offsetWeeks);
        m_steps->setData(m_steps->index(row, TemplateStepsModel::DaysColumn), before.offsetDays);
    }
    const QModelIndex label = m_steps->index(row, TemplateStepsModel::LabelColumn);
    m_stepsView->setCurrentIndex(label);
    m_stepsView->edit(label);
}

void JourneyTemplatesDialog::removeStep()
{
    const int row = m_stepsView->currentIndex().row();
    if (row < 0)
        return;
    m_steps->removeRows(row, 1);
    if (m_steps->rowCount() > 0)
        m_stepsView->setCurrentIndex(m_steps->index(qMin(row, m_steps->rowCount() - 1), TemplateStepsModel::LabelColumn));
    showStepMessage();
}

void JourneyTemplatesDialog::moveStep(int delta)
{
    const QModelIndex current = m_stepsView->currentIndex();
    if (!current.isValid())
        return;
    const int to = current.row() + delta;
    if (!m_steps->moveStep(current.row(), to))
        return;
    // The selection follows the moved step on its own; keep it in view.
    m_stepsView->scrollTo(m_steps->index(to, current.column()));
    updateActions();
}

JourneyTemplatesDialog::Unsaved JourneyTemplatesDialog::settleUnsaved()
{
    const auto answer = QMessageBox::question(
        this, windowTitle(), tr("Save the changes to the template \"%1\"?").arg(m_name->text().trimmed()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return Unsaved::Cancelled;
    if (answer == QMessageBox::Save)
        return save() ? Unsaved::Saved : Unsaved::Cancelled;
    setDirty(false);
    return Unsaved::Discarded;
}

void JourneyTemplatesDialog::reject()
{
    if (m_dirty && settleUnsaved() == Unsaved::Cancelled)
        return;
    QDialog::reject();
}

} // namespace anchor::ui
