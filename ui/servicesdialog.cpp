#include "servicesdialog.h"

#include "undocloserow.h"

#include <catalogdocument.h>
#include <clientrepository.h>
#include <money.h>
#include <servicelistmodel.h>
#include <storageerror.h>

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace anchor::ui {

using models::ServiceListModel;

ServicesDialog::ServicesDialog(models::CatalogDocument *document, const QString &clientId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_clientId(clientId)
    , m_model(new ServiceListModel(document, clientId, this))
    , m_view(new QTableView(this))
    , m_name(new QLineEdit(this))
    , m_price(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_active(new QCheckBox(tr("&Active: offered to new clients and journeys"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_toggleActive(new QPushButton(tr("&Deactivate"), this))
    , m_delete(new QPushButton(tr("De&lete"), this))
    , m_message(new QLabel(this))
{
    QString clientName;
    try {
        if (const auto client = storage::ClientRepository(document->database()).find(clientId))
            clientName = client->name;
    } catch (const storage::StorageError &error) {
        showMessage(error.message());
    }
    setWindowTitle(clientName.isEmpty() ? tr("Services") : tr("Services of %1").arg(clientName));

    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("servicesView"));
    m_view->setAccessibleName(tr("Services"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(ServiceListModel::NameColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ServiceListModel::PriceColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ServiceListModel::ActiveColumn, QHeaderView::ResizeToContents);

    m_name->setObjectName(QStringLiteral("serviceName"));
    m_name->setMaxLength(120);
    m_price->setObjectName(QStringLiteral("servicePrice"));
    m_price->setPlaceholderText(tr("e.g. %1; empty: not priced").arg(models::formatMoney(125050)));
    m_price->setToolTip(tr("The usual price, in %1. Type it as you like: %2, %3 or %4.")
                            .arg(locale().currencySymbol(QLocale::CurrencyIsoCode), models::formatMoney(125050),
                                 locale().toString(1250.5, 'f', 2), QStringLiteral("1250")));
    m_description->setObjectName(QStringLiteral("serviceDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4);
    m_active->setObjectName(QStringLiteral("serviceActive"));
    m_message->setObjectName(QStringLiteral("servicesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Base &price:"), m_price);
    form->addRow(tr("D&escription:"), m_description);
    form->addRow(QString(), m_active);
    auto *editor = new QGroupBox(tr("Service"), this);
    editor->setLayout(form);

    auto *add = new QPushButton(tr("&New"), this);
    add->setShortcut(QKeySequence::New);
    add->setToolTip(tr("Add a service (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setDefault(true);   // Enter in the form saves
    m_delete->setToolTip(tr("Delete the selected service (Del); one active clients agreed to can only be deactivated"));
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, m_delete, &QPushButton::click);

    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {add, m_save, m_revert, m_toggleActive, m_delete}) {
        button->setAutoDefault(false);
        actions->addWidget(button);
    }
    m_save->setAutoDefault(true);
    actions->addStretch(1);
    auto *bottom = new UndoCloseRow(m_document->undoStack(), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(editor);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addLayout(bottom);
    resize(720, 560);

    connect(add, &QPushButton::clicked, this, &ServicesDialog::startNew);
    connect(m_save, &QPushButton::clicked, this, &ServicesDialog::save);
    connect(m_revert, &QPushButton::clicked, this, &ServicesDialog::revert);
    connect(m_toggleActive, &QPushButton::clicked, this, [this] {
        const int row = m_model->rowOf(m_editingId);
        if (row < 0)
            return;
        if (m_dirty && settleUnsaved() == Unsaved::Cancelled)
            return;
        if (m_document->setServiceActive(m_editingId, !m_model->service(row).active))
            showMessage({});
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_editingId.isEmpty())
            return;
        // Undoable, so no question asked; the undo button names what it takes back.
        if (m_document->removeService(m_editingId)) {
            showMessage({});
            startNew();
        }
    });
    connect(m_document, &models::CatalogDocument::editFailed, this, &ServicesDialog::showMessage);
    connect(m_model, &ServiceListModel::loadFailed, this, &ServicesDialog::showMessage);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ServicesDialog::afterReload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ServicesDialog::followSelection);
    connect(m_view, &QTableView::doubleClicked, this, [this] { m_name->setFocus(); });
    for (QLineEdit *edit : {m_name, m_price})
        connect(edit, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            setDirty(true);
    });
    connect(m_active, &QCheckBox::toggled, this, [this] {
        if (!m_filling)
            setDirty(true);
    });

    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    else
        startNew();
    updateActions();
}

void ServicesDialog::showMessage(const QString &message)
{
    m_message->setText(message);
}

void ServicesDialog::setDirty(bool dirty)
{
    m_dirty = dirty;
    updateActions();
}

void ServicesDialog::updateActions()
{
    const int row = m_model->rowOf(m_editingId);
    m_save->setEnabled(m_dirty || m_editingId.isEmpty());
    m_revert->setEnabled(m_dirty);
    m_toggleActive->setEnabled(row >= 0);
    m_delete->setEnabled(row >= 0);
    m_toggleActive->setText(row >= 0 && !m_model->service(row).active ? tr("&Activate") : tr("&Deactivate"));
}

void ServicesDialog::showService(int row)
{
    const storage::Service service = row >= 0 ? m_model->service(row) : storage::Service{};
    m_filling = true;
    m_editingId = service.id;
    m_name->setText(service.name);
    m_price->setText(service.basePriceCents ? models::formatMoney(*service.basePriceCents, locale()) : QString());
    m_description->setPlainText(service.description);
    m_active->setChecked(service.active);
    m_filling = false;
    setDirty(false);
}

void ServicesDialog::followSelection()
{
    const int row = m_view->currentIndex().row();
    const QString id = m_model->service(row).id;
    if (id == m_editingId && !id.isEmpty())
        return;
    if (m_dirty && settleUnsaved() == Unsaved::Cancelled) {
        // Stay on the service being edited.
        const QSignalBlocker blocker(m_view->selectionModel());
        const int editing = m_model->rowOf(m_editingId);
        if (editing >= 0)
            m_view->selectRow(editing);
        else
            m_view->clearSelection();
        return;
    }
    showService(m_model->rowOf(id));
}

void ServicesDialog::afterReload()
{
    // The list changed (an edit here, or undo and redo): select the service in the form again,
    // and show what is stored unless the user is in the middle of typing.
    const int row = m_model->rowOf(m_editingId);
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        if (row >= 0) {
            m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(m_model->index(row, 0));
        }
    }
    if (!m_dirty)
        showService(row);   // row -1 (the service went): an empty form for a new one
    updateActions();
}

void ServicesDialog::startNew()
{
    if (m_dirty && settleUnsaved() == Unsaved::Cancelled)
        return;
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_view->clearSelection();
        m_view->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    }
    showService(-1);
    m_name->setFocus();
}

void ServicesDialog::revert()
{
    showService(m_model->rowOf(m_editingId));
    showMessage({});
}

bool ServicesDialog::save()
{
    std::optional<qint64> price;
    const QString priceText = m_price->text().trimmed();
    if (!priceText.isEmpty()) {
        price = models::parseMoney(priceText, locale());
        if (!price) {
            showMessage(tr("\"%1\" is not an amount of money. Type a price such as %2, or leave it empty.")
                            .arg(priceText, models::formatMoney(125050, locale())));
            m_price->setFocus();
            m_price->selectAll();
            return false;
        }
    }
    const storage::Service service{m_editingId, m_clientId, m_name->text().trimmed(), m_description->toPlainText().trimmed(),
                                   price, m_active->isChecked()};
    QString id;
    if (!m_document->saveService(service, &id))
        return false;   // editFailed showed why
    m_editingId = id;
    setDirty(false);
    afterReload();   // also when nothing changed and the model did not reload
    showMessage({});
    return true;
}

ServicesDialog::Unsaved ServicesDialog::settleUnsaved()
{
    const auto answer = QMessageBox::question(
        this, windowTitle(), tr("Save the changes to \"%1\"?").arg(m_name->text().trimmed()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return Unsaved::Cancelled;
    if (answer == QMessageBox::Save)
        return save() ? Unsaved::Saved : Unsaved::Cancelled;
    setDirty(false);
    return Unsaved::Discarded;
}

void ServicesDialog::reject()
{
    if (m_dirty && settleUnsaved() == Unsaved::Cancelled)
        return;
    QDialog::reject();
}

} // namespace anchor::ui
