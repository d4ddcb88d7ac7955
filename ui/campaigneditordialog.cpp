#include "campaigneditordialog.h"

#include <campaignpreflight.h>
#include <campaignsdocument.h>
#include <clientrepository.h>
#include <emailtemplatepreview.h>
#include <segmentcounter.h>
#include <storageerror.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace anchor::ui {

namespace {
constexpr int kPreviewDelayMs = 300;
constexpr int kMostListed = 8; // invalid addresses named; the rest are counted
} // namespace

CampaignEditorDialog::CampaignEditorDialog(models::CampaignsDocument *document, const QString &campaignId,
                                           const QString &clientId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_database(document->database())
    , m_client(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_template(new QComboBox(this))
    , m_useTemplate(new QPushButton(tr("&Use Template"), this))
    , m_subject(new QLineEdit(this))
    , m_content(new QPlainTextEdit(this))
    , m_contentTabs(new QTabWidget(this))
    , m_preview(new QTextBrowser(this))
    , m_plainText(new QPlainTextEdit(this))
    , m_warning(new QLabel(this))
    , m_useSegment(new QRadioButton(tr("A &segment"), this))
    , m_useAddresses(new QRadioButton(tr("These &addresses (one per line)"), this))
    , m_segment(new QComboBox(this))
    , m_addresses(new QPlainTextEdit(this))
    , m_recipientInfo(new QLabel(this))
    , m_scheduled(new QCheckBox(tr("Send &later, at"), this))
    , m_when(new QDateTimeEdit(this))
    , m_message(new QLabel(this))
    , m_previewTimer(new QTimer(this))
    , m_counter(new models::SegmentCounter(m_database, this))
{
    setWindowTitle(campaignId.isEmpty() ? tr("New Campaign") : tr("Edit Campaign"));
    setObjectName(QStringLiteral("campaignEditor"));
    resize(980, 720);

    try {
        for (const storage::Client &client : storage::ClientRepository(m_database).list())
            m_client->addItem(client.name, client.id);
    } catch (const storage::StorageError &error) {
        showMessage(error.message(), true);
    }
    m_client->setAccessibleName(tr("Client"));
    m_name->setAccessibleName(tr("Campaign name"));
    m_name->setPlaceholderText(tr("For you, e.g. \"Spring cleaning offer\""));
    m_template->setAccessibleName(tr("Template"));
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setPlaceholderText(tr("What recipients see, e.g. \"{{first_name}}, your spring check-up\""));
    m_content->setAccessibleName(tr("HTML content"));
    m_content->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont mono = m_content->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_content->setFont(mono);
    // Remote images are never fetched: the preview shows the layout, not tracking pixels.
    m_preview->setOpenLinks(false);
    m_preview->setAccessibleName(tr("Preview"));
    m_plainText->setReadOnly(true);
    m_plainText->setAccessibleName(tr("Plain-text part"));
    m_contentTabs->addTab(m_content, tr("HTML"));
    m_contentTabs->addTab(m_preview, tr("Preview"));
    m_contentTabs->addTab(m_plainText, tr("Plain text"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #c5221f;"));
    m_warning->hide();
    m_segment->setAccessibleName(tr("Segment"));
    m_addresses->setAccessibleName(tr("Addresses"));
    m_addresses->setPlaceholderText(tr("jane@example.com\njohn@example.com"));
    m_recipientInfo->setWordWrap(true);
    m_recipientInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_when->setCalendarPopup(true);
    m_when->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    m_when->setEnabled(false);
    m_when->setAccessibleName(tr("Send at"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);

    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_template, 1);
    templateRow->addWidget(m_useTemplate);
    auto *form = new QFormLayout;
    form->addRow(tr("&Client:"), m_client);
    form->addRow(tr("&Name:"), m_name);
    auto *templateLabel = new QLabel(tr("Start &from:"), this);
    templateLabel->setBuddy(m_template);   // the row is a layout: the mnemonic needs a buddy
    form->addRow(templateLabel, templateRow);
    form->addRow(tr("Su&bject:"), m_subject);

    auto *recipients = new QGroupBox(tr("Recipients"), this);
    auto *recipientsLayout = new QVBoxLayout(recipients);
    recipientsLayout->addWidget(m_useSegment);
    recipientsLayout->addWidget(m_segment);
    recipientsLayout->addWidget(m_useAddresses);
    recipientsLayout->addWidget(m_addresses, 1);
    recipientsLayout->addWidget(m_recipientInfo);
    auto *scheduleRow = new QHBoxLayout;
    scheduleRow->addWidget(m_scheduled);
    scheduleRow->addWidget(m_when, 1);
    recipientsLayout->addLayout(scheduleRow);

    auto *contentSide = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(contentSide);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_contentTabs, 1);
    contentLayout->addWidget(m_warning);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(contentSide);
    splitter->addWidget(recipients);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &CampaignEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_useTemplate, &QPushButton::clicked, this, &CampaignEditorDialog::applyTemplate);
    connect(m_subject, &QLineEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_content, &QPlainTextEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_previewTimer, &QTimer::timeout, this, &CampaignEditorDialog::refreshPreview);
    connect(m_contentTabs, &QTabWidget::currentChanged, this, &CampaignEditorDialog::refreshPreview);
    connect(m_client, &QComboBox::currentIndexChanged, this, [this] {
        reloadTemplatesAndSegments();
        updateRecipients();
        refreshPreview();
    });
    connect(m_useSegment, &QRadioButton::toggled, this, &CampaignEditorDialog::updateRecipients);
    connect(m_segment, &QComboBox::currentIndexChanged, this, &CampaignEditorDialog::updateRecipients);
    connect(m_addresses, &QPlainTextEdit::textChanged, this, &CampaignEditorDialog::updateRecipients);
    connect(m_scheduled, &QCheckBox::toggled, m_when, &QWidget::setEnabled);
    connect(m_counter, &models::SegmentCounter::counted, this, &CampaignEditorDialog::showSegmentCount);

    if (!clientId.isEmpty())
        m_client->setCurrentIndex(qMax(0, m_client->findData(clientId)));
    reloadTemplatesAndSegments();
    m_useAddresses->setChecked(true);

    if (!campaignId.isEmpty()) {
        try {
            if (const auto campaign = storage::CampaignRepository(m_database).find(campaignId))
                load(*campaign);
            else
                showMessage(tr("The campaign no longer exists."), true);
        } catch (const storage::StorageError &error) {
            showMessage(error.message(), true);
        }
    } else if (!m_segments.isEmpty()) {
        m_useSegment->setChecked(true);
    }
    updateRecipients();
    refreshPreview();
}

void CampaignEditorDialog::reloadTemplatesAndSegments()
{
    const QString clientId = m_client->currentData().toString();
    const QString keptTemplate = m_template->currentData().toString();
    const QString keptSegment = m_segment->currentData().toString();
    const QSignalBlocker templateBlocker(m_template);
    const QSignalBlocker segmentBlocker(m_segment);
    m_template->clear();
    m_segment->clear();
    m_template->addItem(tr("Nothing (write from scratch)"), QString());
    try {
        m_templates = storage::EmailTemplateRepository(m_database).list(clientId);
        m_segments = storage::SegmentRepository(m_database).list(clientId);
    } catch (const storage::StorageError &error) {
        showMessage(error.message(), true);
    }
    for (const storage::EmailTemplate &emailTemplate : std::as_const(m_templates)) {
        const QString category = storage::EmailTemplateRepository::categoryLabel(emailTemplate.category);
        m_template->addItem(category.isEmpty() ? emailTemplate.name : tr("%1 (%2)").arg(emailTemplate.name, category),
                            emailTemplate.id);
    }
    for (const storage::Segment &segment : std::as_const(m_segments))
        m_segment->addItem(segment.clientId.isEmpty() ? tr("%1 (agency-wide)").arg(segment.name) : segment.name,
                           segment.id);
    m_template->setCurrentIndex(qMax(0, m_template->findData(keptTemplate)));
    m_segment->setCurrentIndex(qMax(0, m_segment->findData(keptSegment)));
    m_useSegment->setEnabled(!m_segments.isEmpty());
    m_useTemplate->setEnabled(!m_templates.isEmpty());
}

void CampaignEditorDialog::load(const storage::Campaign &campaign)
{
    m_campaignId = campaign.id;
    m_loadedStatus = campaign.status;
    m_client->setCurrentIndex(qMax(0, m_client->findData(campaign.clientId)));
    reloadTemplatesAndSegments();
    m_name->setText(campaign.name);
    m_template->setCurrentIndex(qMax(0, m_template->findData(campaign.templateId)));
    m_subject->setText(campaign.subject);
    m_content->setPlainText(campaign.content);
    if (!campaign.segmentId.isEmpty()) {
        m_useSegment->setChecked(true);
        m_segment->setCurrentIndex(qMax(0, m_segment->findData(campaign.segmentId)));
    } else {
        m_useAddresses->setChecked(true);
        m_addresses->setPlainText(campaign.addresses.join(QLatin1Char('\n')));
    }
    m_scheduled->setChecked(campaign.scheduledAt.isValid());
    if (campaign.scheduledAt.isValid())
        m_when->setDateTime(campaign.scheduledAt.toLocalTime());
    // Recipients are fixed once sending started (storage keeps them); only the content may change.
    m_recipientsLocked = campaign.totalRecipients > 0 || campaign.status == storage::CampaignStatus::Sending;
    if (m_recipientsLocked)
        showMessage(tr("Sending has started: the recipients are fixed; the content can still change for the messages "
                       "not sent yet."),
                    false);
    if (!storage::CampaignStatus::isEditable(campaign.status))
        showMessage(tr("This campaign is %1: it can no longer be changed.")
                        .arg(storage::CampaignStatus::label(campaign.status).toLower()),
                    true);
}

void CampaignEditorDialog::applyTemplate()
{
    const QString id = m_template->currentData().toString();
    for (const storage::EmailTemplate &emailTemplate : std::as_const(m_templates)) {
        if (emailTemplate.id != id)
            continue;
        m_subject->setText(emailTemplate.subject);
        m_content->setPlainText(emailTemplate.content);
        if (m_name->text().trimmed().isEmpty())
            m_name->setText(emailTemplate.name);
        refreshPreview();
        return;
    }
}

void CampaignEditorDialog::refreshPreview()
{
    m_previewTimer->stop();
    const QString clientName = m_client->currentText();
    const models::EmailPreview preview =
        models::renderPreview(m_subject->text(), m_content->toPlainText(),
                              models::previewValues(models::sampleRecipient(clientName), clientName));
    m_preview->setHtml(tr("<p><b>Subject:</b> %1</p><hr>").arg(preview.subject.toHtmlEscaped()) + preview.html);
    m_plainText->setPlainText(preview.text);
    m_warning->setVisible(!preview.unknownPlaceholders.isEmpty());
    if (!preview.unknownPlaceholders.isEmpty()) {
        QStringList names;
        for (const QString &name : preview.unknownPlaceholders)
            names.append(QStringLiteral("{{%1}}").arg(name));
        m_warning->setText(tr("Unknown placeholders, sent as written: %1").arg(names.join(QStringLiteral(", "))));
    }
}

void CampaignEditorDialog::updateRecipients()
{
    const bool segment = m_useSegment->isChecked();
    m_segment->setEnabled(segment && !m_recipientsLocked);
    m_addresses->setEnabled(!segment && !m_recipientsLocked);
    m_useSegment->setEnabled(!m_segments.isEmpty() && !m_recipientsLocked);
    m_useAddresses->setEnabled(!m_recipientsLocked);
    m_invalid.clear();
    if (!segment) {
        m_counter->cancel();
        m_segmentCount = -1;
        QStringList valid;
        models::splitAddresses(m_addresses->toPlainText(), &valid, &m_invalid);
        QString text = tr("%n valid address(es).", nullptr, int(valid.size()));
        if (!m_invalid.isEmpty()) {
            QStringList named = m_invalid.mid(0, kMostListed);
            if (m_invalid.size() > kMostListed)
                named.append(tr("and %n more", nullptr, int(m_invalid.size() - kMostListed)));
            text += QLatin1Char(' ') + tr("Not valid, will not be sent: %1").arg(named.join(QStringLiteral(", ")));
        }
        m_recipientInfo->setText(text);
        m_recipientInfo->setStyleSheet(m_invalid.isEmpty() ? QString() : QStringLiteral("color: #c5221f;"));
        return;
    }
    m_recipientInfo->setStyleSheet(QString());
    const QString segmentId = m_segment->currentData().toString();
    for (const storage::Segment &candidate : std::as_const(m_segments)) {
        if (candidate.id != segmentId)
            continue;
        storage::SegmentFilter filter = candidate.filter;
        filter.clientId = m_client->currentData().toString(); // a campaign mails its own client's people
        m_segmentCount = -1;
        m_recipientInfo->setText(tr("Counting..."));
        m_counter->request(filter);
        return;
    }
    m_recipientInfo->setText(tr("Choose a segment."));
}

void CampaignEditorDialog::showSegmentCount(const models::SegmentCount &count)
{
    if (!m_useSegment->isChecked())
        return;
    if (!count.error.isEmpty()) {
        m_recipientInfo->setText(tr("The segment could not be counted: %1").arg(count.error));
        return;
    }
    m_segmentCount = count.recipients;
    QString text = tr("%n address(es) match now.", nullptr, count.recipients);
    if (count.invalid > 0)
        text += QLatin1Char(' ') + tr("%n invalid address(es) will be skipped.", nullptr, count.invalid);
    m_recipientInfo->setText(text);
}

storage::CampaignDraft CampaignEditorDialog::draft() const
{
    storage::CampaignDraft draft;
    draft.id = m_campaignId;
    draft.clientId = m_client->currentData().toString();
    draft.name = m_name->text().trimmed();
    draft.subject = m_subject->text().trimmed();
    draft.content = m_content->toPlainText();
    draft.templateId = m_template->currentData().toString();
    if (m_useSegment->isChecked()) {
        draft.segmentId = m_segment->currentData().toString();
    } else {
        QStringList invalid;
        models::splitAddresses(m_addresses->toPlainText(), &draft.addresses, &invalid);
    }
    if (m_scheduled->isChecked())
        draft.scheduledAt = m_when->dateTime().toUTC();
    return draft;
}

void CampaignEditorDialog::showMessage(const QString &message, bool problem)
{
    m_message->setText(message);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #c5221f;") : QString());
    m_message->setVisible(!message.isEmpty());
}

bool CampaignEditorDialog::save()
{
    updateRecipients();
    if (!m_useSegment->isChecked() && !m_invalid.isEmpty() && m_invalid != m_acknowledgedInvalid) {
        // Listed first; saving again leaves them out.
        m_acknowledgedInvalid = m_invalid;
        showMessage(tr("%n address(es) are not valid and will be left out: %1. Press Save again to save without them.",
                       nullptr, int(m_invalid.size()))
                        .arg(m_invalid.join(QStringLiteral(", "))),
                    true);
        return false;
    }
    const storage::CampaignDraft edited = draft();
    if (edited.scheduledAt.isValid() && edited.scheduledAt < QDateTime::currentDateTimeUtc() &&
        m_loadedStatus != storage::CampaignStatus::Scheduled) {
        showMessage(tr("The time to send it has passed. Choose a later time, or clear \"Send later\"."), true);
        return false;
    }
    QString failure;
    const auto connection = connect(m_document, &models::CampaignsDocument::editFailed, this,
                                    [&failure](const QString &message) { failure = message; });
    bool saved = false;
    if (m_campaignId.isEmpty()) {
        m_campaignId = m_document->createCampaign(edited);
        saved = !m_campaignId.isEmpty();
    } else {
        saved = m_document->updateCampaign(edited);
    }
    disconnect(connection);
    if (!saved) {
        showMessage(tr("Not saved: %1").arg(failure), true);
        return false;
    }
    if (!m_invalid.isEmpty())
        m_addresses->setPlainText(edited.addresses.join(QLatin1Char('\n')));
    return true;
}

void CampaignEditorDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace anchor::ui
