#include "activeclientspage.h"

#include "actionregistry.h"

#include <activeclientrepository.h>
#include <activeclientsmodel.h>
#include <journeyrepository.h>
#include <journeysdocument.h>
#include <journeystablemodel.h>
#include <money.h>
#include <storageerror.h>

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace anchor::ui {

ActiveClientsPage::ActiveClientsPage(models::JourneysDocument *document, ActionRegistry *actions, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new models::ActiveClientsModel(document->database(), this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_title(new QLabel(this))
    , m_statusEdit(new QComboBox(this))
    , m_services(new QTreeWidget(this))
    , m_journeys(new QTreeWidget(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("activeClientsPage"));
    m_search->setPlaceholderText(tr("Search name, phone or email"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search active clients"));
    m_status->addItem(tr("Active and inactive"), QStringList{QStringLiteral("active"), QStringLiteral("inactive")});
    for (const QString &status : {QStringLiteral("active"), QStringLiteral("inactive"), QStringLiteral("archived")}) {
        m_status->addItem(models::ActiveClientsModel::statusLabel(status), QStringList{status});
        m_statusEdit->addItem(models::ActiveClientsModel::statusLabel(status), status);
    }
    m_status->addItem(tr("All"), QStringList());
    m_status->setAccessibleName(tr("Status filter"));
    m_statusEdit->setAccessibleName(tr("Status"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Active clients"));

    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_services->setRootIsDecorated(false);
    m_services->setHeaderLabels({tr("Service"), tr("Agreed price"), tr("Agreed on")});
    m_services->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_services->setAccessibleName(tr("Services agreed"));
    m_journeys->setRootIsDecorated(false);
    m_journeys->setHeaderLabels({tr("Journey"), tr("Status"), tr("Started")});
    m_journeys->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_journeys->setAccessibleName(tr("Journeys of the active client"));
    connect(m_journeys, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT openJourneyRequested(item->data(0, Qt::UserRole).toString());
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_status);
    filters->addWidget(m_count);
    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_table, 1);
    auto *detail = new QWidget(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Status"), m_statusEdit);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_title);
    detailLayout->addLayout(form);
    detailLayout->addWidget(new QLabel(tr("Services agreed"), detail));
    detailLayout->addWidget(m_services, 1);
    detailLayout->addWidget(new QLabel(tr("Journeys"), detail));
    detailLayout->addWidget(m_journeys, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(listSide);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &ActiveClientsPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ActiveClientsPage::applyFilter);
    connect(m_model, &models::ActiveClientsModel::loaded, this, [this](int rows) {
        m_count->setText(tr("%n active client(s)", nullptr, rows));
        const int row = m_model->rowOf(m_pending.isEmpty() ? currentId() : m_pending);
        m_pending.clear();
        if (rows > 0)
            m_table->setCurrentIndex(m_model->index(qMax(0, row), 0));
        showCurrent();
    });
    connect(m_model, &models::ActiveClientsModel::loadFailed, this, [this](const QString &message) {
        Q_EMIT statusMessage(tr("Active clients could not be loaded: %1").arg(message));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ActiveClientsPage::showCurrent);
    connect(m_statusEdit, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling && !currentId().isEmpty())
            m_document->setActiveClientStatus(currentId(), m_statusEdit->currentData().toString());
    });
    connect(m_document, &models::JourneysDocument::activeClientsChanged, this, [this] {
        if (m_started)
            m_model->reload();
    });
    connect(actions->add(QStringLiteral("activeclients.search"), tr("&Search Active Clients"), tr("Active Clients"), {}),
            &QAction::triggered, this, [this] { m_search->setFocus(Qt::ShortcutFocusReason); });
}

void ActiveClientsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started) {
        m_started = true;
        applyFilter();
    }
}

void ActiveClientsPage::setClient(const QString &clientId)
{
    m_clientId = clientId;
    if (m_started)
        applyFilter();
}

void ActiveClientsPage::selectActiveClient(const QString &activeClientId)
{
    m_pending = activeClientId;
    m_status->setCurrentIndex(m_status->count() - 1);   // all statuses: it may be archived
    m_started = true;
    applyFilter();
}

void ActiveClientsPage::applyFilter()
{
    storage::ActiveClientFilter filter;
    filter.clientId = m_clientId;
    filter.statuses = m_status->currentData().toStringList();
    filter.search = m_search->text().trimmed();
    m_model->setFilter(filter);
}

QString ActiveClientsPage::currentId() const
{
    const storage::ActiveClient *row = m_model->rowAt(m_table->currentIndex().row());
    return row ? row->id : QString();
}

void ActiveClientsPage::showCurrent()
{
    const storage::ActiveClient *row = m_model->rowAt(m_table->currentIndex().row());
    m_services->clear();
    m_journeys->clear();
    m_statusEdit->setEnabled(row != nullptr);
    if (!row) {
        m_title->setText(tr("No active client selected"));
        return;
    }
    m_title->setText(row->name.isEmpty() ? row->phone : row->name);
    m_filling = true;
    m_statusEdit->setCurrentIndex(m_statusEdit->findData(row->status));
    m_filling = false;
    const QLocale locale;
    try {
        const storage::Database database = m_document->database();
        for (const storage::AgreedService &service : storage::ActiveClientRepository(database).services(row->id)) {
            auto *item = new QTreeWidgetItem(m_services);
            item->setText(0, service.redacted ? tr("(redacted service)") : service.serviceName);
            if (service.redacted)
                item->setToolTip(0, tr("Redacted for privacy after the retention period"));
            item->setText(1, service.priceCents ? models::formatMoney(*service.priceCents, locale) : QString());
            item->setText(2, locale.toString(service.agreedDate, QLocale::ShortFormat));
        }
        storage::JourneyFilter filter;
        filter.activeClientId = row->id;
        for (const storage::JourneyRow &journey : storage::JourneyRepository(database).page(filter, {}, 0, 200)) {
            auto *item = new QTreeWidgetItem(m_journeys);
            item->setText(0, journey.concernsRedacted ? tr("(redacted)") : journey.concerns.join(QStringLiteral(", ")));
            item->setText(1, models::JourneysTableModel::statusLabel(journey.status));
            item->setText(2, locale.toString(journey.createdAt.toLocalTime().date(), QLocale::ShortFormat));
            item->setData(0, Qt::UserRole, journey.id);
        }
    } catch (const storage::StorageError &error) {
        Q_EMIT statusMessage(error.message());
    }
}

} // namespace anchor::ui
