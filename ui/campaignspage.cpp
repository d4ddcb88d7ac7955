#include "campaignspage.h"

#include "actionregistry.h"
#include "campaigneditordialog.h"
#include "campaignstatspane.h"
#include "multiselectbutton.h"

#include <campaignpreflight.h>
#include <campaignsdocument.h>
#include <campaignstablemodel.h>
#include <clientrepository.h>
#include <storageerror.h>

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace anchor::ui {

namespace {

constexpr int kSearchDelayMs = 250;
constexpr int kMostListed = 10;

bool hasStarted(const storage::Campaign &campaign)
{
    return campaign.status == storage::CampaignStatus::Sending || campaign.status == storage::CampaignStatus::Sent ||
           campaign.totalRecipients > 0;
}

QString listed(const QStringList &items)
{
    QStringList shown = items.mid(0, kMostListed);
    if (items.size() > kMostListed)
        shown.append(QCoreApplication::translate("anchor::ui::CampaignsPage", "and %n more", nullptr,
                                                 int(items.size() - kMostListed)));
    return shown.join(QStringLiteral(", "));
}

} // namespace

CampaignsPage::CampaignsPage(models::CampaignsDocument *document, ActionRegistry *actions, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new models::CampaignsTableModel(document->database(), this))
    , m_toolbar(new QToolBar(this))
    , m_search(new QLineEdit(this))
    , m_statuses(new MultiSelectButton(tr("Status"), tr("Filter by status"), this))
    , m_clientFilter(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_result(new QLabel(this))
    , m_queueingBar(new QWidget(this))
    , m_queueingLabel(new QLabel(m_queueingBar))
    , m_progress(new QProgressBar(m_queueingBar))
    , m_cancelQueueing(new QPushButton(tr("Cancel Queueing"), m_queueingBar))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_stats(new CampaignStatsPane(document->database(), this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("campaignsPage"));
    m_search->setPlaceholderText(tr("Search name, subject or client"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search campaigns"));
    QList<MultiSelectButton::Option> options;
    for (const QString &status : storage::CampaignStatus::all())
        options.append({storage::CampaignStatus::label(status), {status}, {}});
    m_statuses->setOptions(options);
    m_clientFilter->setAccessibleName(tr("Client filter"));
    m_clientFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    reloadClients();

    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolbar->setObjectName(QStringLiteral("campaignsToolbar"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_statuses);
    filters->addWidget(m_clientFilter);
    filters->addWidget(m_count);

    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setObjectName(QStringLiteral("campaignResult"));
    m_result->hide();
    m_progress->setMaximumHeight(m_progress->fontMetrics().height());
    m_progress->setAccessibleName(tr("Queueing progress"));
    m_cancelQueueing->setToolTip(tr("Queueing is all or nothing (one transaction): cancelled, nothing is queued "
                                    "and the campaign stays as it was."));
    auto *queueingLayout = new QHBoxLayout(m_queueingBar);
    queueingLayout->setContentsMargins(0, 0, 0, 0);
    queueingLayout->addWidget(m_queueingLabel);
    queueingLayout->addWidget(m_progress, 1);
    queueingLayout->addWidget(m_cancelQueueing);
    m_queueingBar->setObjectName(QStringLiteral("campaignQueueing"));
    m_queueingBar->hide();
    connect(m_cancelQueueing, &QAbstractButton::clicked, this, [this] {
        if (m_document->cancelQueueing(m_queueingId)) {
            m_cancelQueueing->setEnabled(false);
            m_queueingLabel->setText(tr("Cancelling..."));
        }
    });

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // newest first until asked
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(models::CampaignsTableModel::Name, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Campaigns"));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const QList<QPair<int, int>> widths = {
        {models::CampaignsTableModel::Client, 11},  {models::CampaignsTableModel::Status, 7},
        {models::CampaignsTableModel::When, 13},    {models::CampaignsTableModel::Recipients, 7},
        {models::CampaignsTableModel::Sent, 5},     {models::CampaignsTableModel::Delivered, 6},
        {models::CampaignsTableModel::OpenRate, 6}, {models::CampaignsTableModel::ClickRate, 6}};
    for (const auto &[column, ems] : widths)
        m_table->setColumnWidth(column, ems * em);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_toolbar);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_queueingBar);
    listLayout->addWidget(m_result);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_empty, 1);
    m_splitter->addWidget(listSide);
    m_splitter->addWidget(m_stats);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text()); });
    connect(m_statuses, &MultiSelectButton::selectionChanged, this, &CampaignsPage::applyFilter);
    connect(m_clientFilter, &QComboBox::currentIndexChanged, this, &CampaignsPage::applyFilter);
    connect(m_model, &models::CampaignsTableModel::loaded, this, &CampaignsPage::onLoaded);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_count->setText(tr("%n campaign(s)", nullptr, m_model->rowCount())); });
    connect(m_model, &models::CampaignsTableModel::loadFailed, this, [this](const QString &message) {
        Q_EMIT statusMessage(tr("Campaigns could not be loaded: %1").arg(message));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        // A reload resets the list for a moment: the pane keeps its campaign until the new
        // selection (an empty list clears it in onLoaded).
        if (!currentCampaignId().isEmpty())
            m_stats->showCampaign(currentCampaignId());
        updateActions();
    });
    connect(m_table, &QTableView::doubleClicked, this, [this] { editCurrent(); });
    connect(m_document, &models::CampaignsDocument::campaignsChanged, this, [this] {
        if (!m_started)
            return; // read when the section is first shown
        if (m_pendingSelection.isEmpty())
            m_pendingSelection = currentCampaignId();
        m_model->reload();
    });
    connect(m_document, &models::CampaignsDocument::editFailed, this, [this](const QString &message) {
        showResult(tr("Not done: %1").arg(message), true);
        Q_EMIT statusMessage(tr("Not done: %1").arg(message));
    });
    connect(m_document, &models::CampaignsDocument::queueingStarted, this, &CampaignsPage::showQueueingStarted);
    connect(m_document, &models::CampaignsDocument::queueProgress, this, &CampaignsPage::showQueueProgress);
    connect(m_document, &models::CampaignsDocument::queued, this, &CampaignsPage::showQueued);
    connect(m_document, &models::CampaignsDocument::queueFailed, this,
            [this](const QString &campaignId, const QString &message) {
                queueingEnded(campaignId);
                showResult(tr("Nothing was queued: %1").arg(message), true);
                Q_EMIT queueingFinished(campaignId, false);
            });
    connect(m_document, &models::CampaignsDocument::queueCancelled, this, [this](const QString &campaignId) {
        queueingEnded(campaignId);
        showResult(tr("Queueing cancelled: nothing was queued and the campaign is as it was."), false);
        Q_EMIT queueingFinished(campaignId, false);
    });
    createActions(actions);
    updateActions();
}

void CampaignsPage::createActions(ActionRegistry *actions)
{
    const QString group = tr("Campaigns");
    auto make = [this, actions, &group](const char *id, const QString &text, const QList<QKeySequence> &keys) {
        QAction *action = actions->add(QString::fromLatin1(id), text, group, keys);
        // Shortcuts act on the list only: Return or Delete in the search field stay its own.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_table->addAction(action);
        m_toolbar->addAction(action);
        return action;
    };
    m_new = make("campaigns.new", tr("&New Campaign..."), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N)});
    m_edit = make("campaigns.edit", tr("&Edit Campaign..."), {QKeySequence(Qt::Key_Return)});
    m_duplicate = make("campaigns.duplicate", tr("D&uplicate Campaign"), {QKeySequence(Qt::CTRL | Qt::Key_D)});
    m_delete = make("campaigns.delete", tr("&Delete Campaign"), {QKeySequence(QKeySequence::Delete)});
    m_toolbar->addSeparator();
    m_sendNow = make("campaigns.send", tr("&Send Now..."), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return)});
    m_schedule = make("campaigns.schedule", tr("Sc&hedule..."), {});
    m_pause = make("campaigns.pause", tr("&Pause Campaign"), {});
    m_resume = make("campaigns.resume", tr("&Resume Campaign"), {});
    m_cancel = make("campaigns.cancel", tr("&Cancel Campaign..."), {});
    m_toolbar->addSeparator();
    m_refresh = make("campaigns.refresh", tr("Re&fresh Campaigns"), {}); // F5 is Refresh Leads, window-wide
    connect(m_new, &QAction::triggered, this, &CampaignsPage::newCampaign);
    connect(m_edit, &QAction::triggered, this, &CampaignsPage::editCurrent);
    connect(m_duplicate, &QAction::triggered, this, &CampaignsPage::duplicateCurrent);
    connect(m_delete, &QAction::triggered, this, &CampaignsPage::deleteCurrent);
    connect(m_sendNow, &QAction::triggered, this, &CampaignsPage::sendNow);
    connect(m_schedule, &QAction::triggered, this, &CampaignsPage::askSchedule);
    connect(m_pause, &QAction::triggered, this, &CampaignsPage::pauseCurrent);
    connect(m_resume, &QAction::triggered, this, &CampaignsPage::resumeCurrent);
    connect(m_cancel, &QAction::triggered, this, &CampaignsPage::cancelCurrent);
    connect(m_refresh, &QAction::triggered, this, [this] {
        m_pendingSelection = currentCampaignId();
        m_model->reload();
        m_stats->refresh();
    });
}

void CampaignsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reloadClients();  // clients may have been added since (a short indexed read)
    if (!m_started) { // nothing is read until the section is first shown
        m_started = true;
        applyFilter();
    }
}

void CampaignsPage::reloadClients()
{
    const QSignalBlocker blocker(m_clientFilter);
    const QString current = m_clientFilter->currentData().toString();
    m_clientFilter->clear();
    m_clientFilter->addItem(tr("All clients"), QString());
    try {
        for (const storage::Client &client : storage::ClientRepository(m_document->database()).list())
            m_clientFilter->addItem(client.name, client.id);
    } catch (const storage::StorageError &error) {
        Q_EMIT statusMessage(error.message());
    }
    m_clientFilter->setCurrentIndex(qMax(0, m_clientFilter->findData(current)));
}

void CampaignsPage::setClient(const QString &clientId)
{
    const int index = m_clientFilter->findData(clientId);
    m_clientFilter->setCurrentIndex(qMax(0, index)); // applies the filter once shown
}

void CampaignsPage::applyFilter()
{
    if (!m_started)
        return;
    if (m_pendingSelection.isEmpty())
        m_pendingSelection = currentCampaignId();
    m_model->setFilter(m_clientFilter->currentData().toString(), m_statuses->selectedIds());
}

void CampaignsPage::onLoaded()
{
    const bool none = m_model->rowCount() == 0;
    m_table->setVisible(!none);
    m_empty->setVisible(none);
    if (none) {
        const bool filtered = !m_statuses->selectedIds().isEmpty() || !m_search->text().trimmed().isEmpty() ||
                              !m_clientFilter->currentData().toString().isEmpty();
        m_empty->setText(filtered ? tr("No campaign matches these filters.")
                                  : tr("No campaigns yet. Choose \"New Campaign...\" to write one from a template or "
                                       "from scratch."));
        m_stats->showCampaign({});
    } else {
        const int row = m_pendingSelection.isEmpty() ? -1 : m_model->rowOfCampaign(m_pendingSelection);
        const QModelIndex target = m_model->index(row >= 0 ? row : 0, 0);
        if (m_table->currentIndex().row() != target.row() || !m_table->currentIndex().isValid())
            m_table->setCurrentIndex(target);
        else
            m_stats->showCampaign(currentCampaignId());
        m_table->scrollTo(target);
    }
    m_pendingSelection.clear();
    updateActions();
    Q_EMIT firstPageShown();
}

QString CampaignsPage::currentCampaignId() const
{
    const models::CampaignsTableModel::Row *row = m_model->rowAt(m_table->currentIndex().row());
    return row ? row->campaign.id : QString();
}

std::optional<storage::Campaign> CampaignsPage::currentCampaign() const
{
    const models::CampaignsTableModel::Row *row = m_model->rowAt(m_table->currentIndex().row());
    if (!row)
        return std::nullopt;
    return row->campaign;
}

void CampaignsPage::selectCampaign(const QString &campaignId)
{
    const int row = m_model->rowOfCampaign(campaignId);
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        return;
    }
    m_pendingSelection = campaignId;
    if (m_started && !m_model->isLoading())
        m_model->reload();
}

void CampaignsPage::updateActions()
{
    const std::optional<storage::Campaign> campaign = currentCampaign();
    const QString status = campaign ? campaign->status : QString();
    const bool started = campaign && hasStarted(*campaign);
    const bool queueing = campaign && m_document->isQueueing(campaign->id);
    m_edit->setEnabled(campaign && storage::CampaignStatus::isEditable(status));
    m_duplicate->setEnabled(campaign.has_value());
    m_delete->setEnabled(campaign && status != storage::CampaignStatus::Sending && !queueing);
    m_sendNow->setEnabled(campaign && !queueing && !started &&
                          (status == storage::CampaignStatus::Draft || status == storage::CampaignStatus::Scheduled ||
                           status == storage::CampaignStatus::Paused));
    m_schedule->setEnabled(campaign && !started && storage::CampaignStatus::isEditable(status));
    m_pause->setEnabled(campaign && !queueing &&
                        storage::CampaignStatus::canMove(status, storage::CampaignStatus::Paused));
    m_resume->setEnabled(campaign && status == storage::CampaignStatus::Paused);
    m_cancel->setEnabled(campaign && !queueing &&
                         storage::CampaignStatus::canMove(status, storage::CampaignStatus::Cancelled));
}

void CampaignsPage::showResult(const QString &text, bool problem)
{
    m_result->setText(text);
    m_result->setStyleSheet(problem ? QStringLiteral("color: #c5221f;") : QString());
    m_result->setVisible(!text.isEmpty());
}

void CampaignsPage::newCampaign()
{
    CampaignEditorDialog editor(m_document, {}, m_clientFilter->currentData().toString(), this);
    if (editor.exec() == QDialog::Accepted) {
        selectCampaign(editor.campaignId());
        Q_EMIT statusMessage(tr("Campaign saved as a draft. Undo with Ctrl+Z."));
    }
}

void CampaignsPage::editCurrent()
{
    const QString id = currentCampaignId();
    if (id.isEmpty())
        return;
    CampaignEditorDialog editor(m_document, id, {}, this);
    if (editor.exec() == QDialog::Accepted)
        selectCampaign(editor.campaignId());
}

void CampaignsPage::duplicateCurrent()
{
    const QString id = currentCampaignId();
    if (id.isEmpty())
        return;
    const QString copy = m_document->duplicateCampaign(id);
    if (!copy.isEmpty())
        selectCampaign(copy);
}

void CampaignsPage::deleteCurrent()
{
    const std::optional<storage::Campaign> campaign = currentCampaign();
    if (!campaign)
        return;
    if (campaign->status == storage::CampaignStatus::Sending || m_document->removalIsUndoable(campaign->id)) {
        if (m_document->removeCampaign(campaign->id)) // a sending one is refused with the reason
            showResult(tr("Deleted \"%1\". Undo with Ctrl+Z.").arg(campaign->name), false);
        return;
    }
    // Too many recipients and events to keep for undo: they go for good, so ask first.
    if (QMessageBox::question(this, tr("Delete Campaign"),
                              tr("Delete \"%1\" with its recipients and their delivery, open and click events? "
                                 "This cannot be undone.")
                                  .arg(campaign->name)) != QMessageBox::Yes)
        return;
    if (m_document->removeForGood(campaign->id))
        showResult(tr("Deleted \"%1\".").arg(campaign->name), false);
}

void CampaignsPage::sendNow()
{
    const std::optional<storage::Campaign> campaign = currentCampaign();
    if (!campaign || m_document->isQueueing(campaign->id))
        return;
    showResult(tr("Checking the recipients of \"%1\"...").arg(campaign->name), false);
    m_sendNow->setEnabled(false);
    models::runPreflight(this, m_document->database(), *campaign,
                         [this, id = campaign->id, name = campaign->name](const models::CampaignPreflight &check) {
                             confirmAndSend(id, name, check);
                         });
}

void CampaignsPage::confirmAndSend(const QString &campaignId, const QString &name,
                                   const models::CampaignPreflight &check)
{
    updateActions();
    if (!check.error.isEmpty()) {
        showResult(tr("\"%1\" cannot be sent: %2").arg(name, check.error), true);
        return;
    }
    if (check.toQueue() <= 0) {
        showResult(check.recipients == 0 ? tr("\"%1\" has no valid recipient to send to.").arg(name)
                                         : tr("Every recipient of \"%1\" is on the suppression list.").arg(name),
                   true);
        if (check.recipients == 0)
            return;
    }
    const QLocale locale;
    QString text = tr("Send \"%1\" now?").arg(name.toHtmlEscaped()) + QStringLiteral("<ul>");
    text += QStringLiteral("<li>") + tr("%1 message(s) will be queued.").arg(locale.toString(check.toQueue())) +
            QStringLiteral("</li>");
    if (check.suppressed > 0)
        text += QStringLiteral("<li>") +
                tr("%1 address(es) are on the suppression list and will not be mailed.")
                    .arg(locale.toString(check.suppressed)) +
                QStringLiteral("</li>");
    if (!check.invalid.isEmpty())
        text += QStringLiteral("<li>") +
                tr("%1 address(es) are not valid and will not be mailed: %2")
                    .arg(locale.toString(check.invalid.size()), listed(check.invalid).toHtmlEscaped()) +
                QStringLiteral("</li>");
    text += QStringLiteral("</ul>");
    if (!check.unknownPlaceholders.isEmpty()) {
        QStringList names;
        for (const QString &placeholder : check.unknownPlaceholders)
            names.append(QStringLiteral("{{%1}}").arg(placeholder));
        text += QStringLiteral("<p><b>") + tr("Warning:") + QStringLiteral("</b> ") +
                tr("unknown placeholders will reach recipients as written: %1")
                    .arg(names.join(QStringLiteral(", ")).toHtmlEscaped()) +
                QStringLiteral("</p>");
    }
    text += QStringLiteral("<p>") +
            tr("Mail that has left cannot be called back; Pause holds back what is still queued.") +
            QStringLiteral("</p>");
    QMessageBox box(QMessageBox::Question, tr("Send Campaign Now"), text, QMessageBox::Yes | QMessageBox::No, this);
    box.setTextFormat(Qt::RichText);
    box.setDefaultButton(QMessageBox::No);
    box.button(QMessageBox::Yes)->setText(tr("Send Now"));
    if (box.exec() != QMessageBox::Yes) {
        showResult({}, false);
        return;
    }
    if (!m_document->startSending(campaignId))
        return;
    showResult(tr("Queueing \"%1\" for %2 recipient(s)... The window stays usable meanwhile.")
                   .arg(name, locale.toString(check.toQueue())),
               false);
    updateActions();
}

void CampaignsPage::showQueueingStarted(const QString &campaignId)
{
    m_queueingId = campaignId;
    m_queueingLabel->setText(tr("Choosing the recipients..."));
    m_progress->setRange(0, 0); // busy until the audience is counted
    m_cancelQueueing->setEnabled(true);
    m_queueingBar->show();
}

void CampaignsPage::showQueueProgress(const QString &campaignId, int written, int total)
{
    if (campaignId != m_queueingId || !m_cancelQueueing->isEnabled())
        return; // another campaign's, or cancelling
    const QLocale locale;
    m_queueingLabel->setText(tr("Queueing %1 of %2...").arg(locale.toString(written), locale.toString(total)));
    m_progress->setRange(0, total);
    m_progress->setValue(written);
}

void CampaignsPage::queueingEnded(const QString &campaignId)
{
    if (campaignId == m_queueingId) {
        m_queueingId.clear();
        m_queueingBar->hide();
    }
    updateActions();
}

void CampaignsPage::showQueued(const QString &campaignId, const storage::QueueResult &result)
{
    queueingEnded(campaignId);
    m_lastResult = result;
    const QLocale locale;
    QString text;
    if (result.alreadyQueued) {
        text = tr("This campaign was queued before (%1 message(s)); nothing was added.")
                   .arg(locale.toString(result.queued));
    } else {
        text = tr("Queued %1 message(s).").arg(locale.toString(result.queued));
        if (result.suppressed > 0)
            text +=
                QLatin1Char(' ') + tr("%1 suppressed address(es) left out.").arg(locale.toString(result.suppressed));
        if (!result.invalid.isEmpty())
            text += QLatin1Char(' ') + tr("Not valid, not queued: %1.").arg(listed(result.invalid));
        if (result.queued > 0)
            text += QLatin1Char(' ') + tr("Sending starts now; the figures below follow as Mailgun reports.");
    }
    showResult(text, false);
    Q_EMIT statusMessage(text);
    if (result.queued > 0)
        Q_EMIT sendQueueRequested();
    Q_EMIT queueingFinished(campaignId, true);
}

void CampaignsPage::askSchedule()
{
    const std::optional<storage::Campaign> campaign = currentCampaign();
    if (!campaign)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Schedule Campaign"));
    auto *when = new QDateTimeEdit(campaign->scheduledAt.isValid() ? campaign->scheduledAt.toLocalTime()
                                                                   : QDateTime::currentDateTime().addSecs(3600),
                                   &dialog);
    when->setCalendarPopup(true);
    when->setMinimumDateTime(QDateTime::currentDateTime());
    when->setAccessibleName(tr("Send at"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Send \"%1\" at:").arg(campaign->name), &dialog));
    layout->addWidget(when);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        scheduleCurrent(when->dateTime().toUTC());
}

void CampaignsPage::scheduleCurrent(const QDateTime &when)
{
    const std::optional<storage::Campaign> campaign = currentCampaign();
    if (campaign && m_document->scheduleCampaign(campaign->id, when))
        showResult(tr("\"%1\" will be sent %2.")
                       .arg(campaign->name, QLocale().toString(when.toLocalTime(), QLocale::LongFormat)),
                   false);
}

void CampaignsPage::pauseCurrent()
{
    const std::optional<storage::Campaign> campaign = currentCampaign();
    if (campaign && m_document->pauseCampaign(campaign->id))
        showResult(tr("\"%1\" is paused: nothing more is sent until you resume it.").arg(campaign->name), false);
}

void CampaignsPage::resumeCurrent()
{
    const std::optional<storage::Campaign> campaign = currentCampaign();
    if (campaign && m_document->resumeCampaign(campaign->id)) {
        showResult(tr("\"%1\" resumed.").arg(campaign->name), false);
        if (hasStarted(*campaign))
            Q_EMIT sendQueueRequested();
    }
}

void CampaignsPage::cancelCurrent()
{
    const std::optional<storage::Campaign> campaign = currentCampaign();
    if (!campaign)
        return;
    // Cancelled is final: the queued messages are dropped for good, so ask first.
    if (QMessageBox::question(this, tr("Cancel Campaign"),
                              tr("Cancel \"%1\"? Messages not sent yet will never be sent, and a cancelled campaign "
                                 "cannot be resumed. This cannot be undone.")
                                  .arg(campaign->name)) != QMessageBox::Yes)
        return;
    if (m_document->cancelCampaign(campaign->id))
        showResult(tr("\"%1\" is cancelled.").arg(campaign->name), false);
}

} // namespace anchor::ui
