#include "emaillogpage.h"

#include "actionregistry.h"
#include "emaillogdetailpane.h"
#include "multiselectbutton.h"

#include <clientrepository.h>
#include <emaillogmodel.h>
#include <emaillogrepository.h>
#include <storageerror.h>

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace anchor::ui {

namespace {
constexpr int kSearchDelayMs = 250;
constexpr int kCustomRange = -1;
} // namespace

EmailLogPage::EmailLogPage(storage::Database database, ActionRegistry *actions, QWidget *parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_model(new models::EmailLogModel(m_database, this))
    , m_search(new QLineEdit(this))
    , m_statuses(new MultiSelectButton(tr("Status"), tr("Filter by status"), this))
    , m_types(new MultiSelectButton(tr("Type"), tr("Filter by type of message"), this))
    , m_clientFilter(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_detail(new EmailLogDetailPane(m_database, this))
    , m_splitter(new QSplitter(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("emailLogPage"));
    m_search->setPlaceholderText(tr("Search recipient or subject"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the email log"));
    QList<MultiSelectButton::Option> options;
    for (const QString &status : storage::EmailLogStatus::all())
        options.append({storage::EmailLogStatus::label(status), {status}, {}});
    m_statuses->setOptions(options);
    m_clientFilter->setAccessibleName(tr("Client filter"));
    m_clientFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Last 24 hours"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Date range"), kCustomRange);
    m_period->setAccessibleName(tr("Period"));
    m_from->setDate(QDate::currentDate().addDays(-6));
    m_to->setDate(QDate::currentDate());
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To (inclusive)"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setVisible(false);
        connect(edit, &QDateEdit::dateChanged, this, &EmailLogPage::applyFilter);
    }
    reloadClients();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_statuses);
    filters->addWidget(m_types);
    filters->addWidget(m_clientFilter);
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(m_count);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Email log"));
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const QList<QPair<int, int>> widths = {{models::EmailLogModel::Time, 12},      {models::EmailLogModel::Type, 8},
                                           {models::EmailLogModel::Recipient, 15}, {models::EmailLogModel::Subject, 16},
                                           {models::EmailLogModel::Status, 7},     {models::EmailLogModel::Error, 12}};
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
    m_detail->setMinimumWidth(28 * em); // the message needs room to be read
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &EmailLogPage::applyFilter);
    connect(m_statuses, &MultiSelectButton::selectionChanged, this, &EmailLogPage::applyFilter);
    connect(m_types, &MultiSelectButton::selectionChanged, this, &EmailLogPage::applyFilter);
    connect(m_clientFilter, &QComboBox::currentIndexChanged, this, &EmailLogPage::applyFilter);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_period->currentData().toInt() == kCustomRange;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        applyFilter();
    });
    connect(m_model, &models::EmailLogModel::pageLoaded, this, &EmailLogPage::onPageLoaded);
    connect(m_model, &models::EmailLogModel::countReady, this,
            [this](qint64 count) { m_count->setText(tr("%1 message(s)").arg(QLocale().toString(count))); });
    connect(m_model, &models::EmailLogModel::loadFailed, this, [this](const QString &message) {
        Q_EMIT statusMessage(tr("The email log could not be loaded: %1").arg(message));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_detail->showMessage(currentEmailLogId()); });

    const QString group = tr("Email Log");
    QAction *refresh = actions->add(QStringLiteral("emaillog.refresh"), tr("Re&fresh Email Log"), group, {});
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refresh);
    connect(refresh, &QAction::triggered, this, &EmailLogPage::reload);
    QAction *search = actions->add(QStringLiteral("emaillog.search"), tr("&Search Email Log"), group, {});
    connect(search, &QAction::triggered, this, [this] { m_search->setFocus(Qt::ShortcutFocusReason); });
}

void EmailLogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reloadClients();  // clients may have been added since (a short indexed read)
    if (!m_started) { // nothing is read until the section is first shown
        m_started = true;
        reloadTypes();
        applyFilter();
    }
}

void EmailLogPage::reloadClients()
{
    const QSignalBlocker blocker(m_clientFilter);
    const QString current = m_clientFilter->currentData().toString();
    m_clientFilter->clear();
    m_clientFilter->addItem(tr("All clients"), QString());
    try {
        for (const storage::Client &client : storage::ClientRepository(m_database).list())
            m_clientFilter->addItem(client.name, client.id);
    } catch (const storage::StorageError &error) {
        Q_EMIT statusMessage(error.message());
    }
    m_clientFilter->setCurrentIndex(qMax(0, m_clientFilter->findData(current)));
}

void EmailLogPage::reloadTypes()
{
    // A short indexed DISTINCT: the types present, so the filter offers only what can match.
    const QStringList selected = m_types->selectedIds();
    QList<MultiSelectButton::Option> options;
    try {
        for (const QString &type : storage::EmailLogRepository(m_database).emailTypes())
            options.append({storage::EmailLogRepository::typeLabel(type), {type}, {}});
    } catch (const storage::StorageError &error) {
        Q_EMIT statusMessage(error.message());
    }
    const QSignalBlocker blocker(m_types);
    m_types->setOptions(options);
    m_types->setSelectedIds(selected);
}

void EmailLogPage::setClient(const QString &clientId)
{
    m_clientFilter->setCurrentIndex(qMax(0, m_clientFilter->findData(clientId)));
}

void EmailLogPage::reload()
{
    if (!m_started)
        return;
    reloadTypes();
    m_model->reload();
}

void EmailLogPage::applyFilter()
{
    if (!m_started)
        return;
    storage::EmailLogFilter filter;
    filter.statuses = m_statuses->selectedIds();
    filter.emailTypes = m_types->selectedIds();
    filter.clientId = m_clientFilter->currentData().toString();
    filter.search = m_search->text().trimmed();
    const int days = m_period->currentData().toInt();
    if (days == kCustomRange) {
        const QDate first = qMin(m_from->date(), m_to->date());
        const QDate last = qMax(m_from->date(), m_to->date());
        filter.from = first.startOfDay().toUTC();
        filter.to = last.addDays(1).startOfDay().toUTC();
    } else if (days > 0) {
        filter.from = QDateTime::currentDateTimeUtc().addDays(-days);
    }
    m_count->clear();
    m_model->setFilter(filter);
}

void EmailLogPage::onPageLoaded(int firstRow, int rows)
{
    Q_UNUSED(rows)
    const bool none = m_model->rowCount() == 0;
    m_table->setVisible(!none);
    m_empty->setVisible(none);
    if (none) {
        const storage::EmailLogFilter filter = m_model->filter();
        const bool filtered = filter != storage::EmailLogFilter{};
        m_empty->setText(filtered
                             ? tr("No message matches these filters.")
                             : tr("No email yet. Messages appear here once a campaign or a notification is sent."));
        m_detail->showMessage({});
    } else if (firstRow == 0 && !m_table->currentIndex().isValid()) {
        m_table->setCurrentIndex(m_model->index(0, 0));
    }
    if (firstRow == 0)
        Q_EMIT firstPageShown();
}

QString EmailLogPage::currentEmailLogId() const
{
    const storage::EmailLogRow *row = m_model->rowAt(m_table->currentIndex().row());
    return row ? row->id : QString();
}

} // namespace anchor::ui
