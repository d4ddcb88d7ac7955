#include "startjourneydialog.h"

#include <callrepository.h>
#include <clientrepository.h>
#include <journeyrepository.h>
#include <journeysdocument.h>
#include <journeytemplaterepository.h>
#include <servicerepository.h>
#include <storageerror.h>

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace anchor::ui {

StartJourneyDialog::StartJourneyDialog(models::JourneysDocument *document, const QString &callId, QWidget *parent,
                                       const QString &parentJourneyId)
    : QDialog(parent)
    , m_document(document)
    , m_callId(callId)
    , m_parentJourneyId(parentJourneyId)
    , m_intro(new QLabel(this))
    , m_services(new QListWidget(this))
    , m_concerns(new QLineEdit(this))
    , m_template(new QComboBox(this))
    , m_start(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_preview(new QTreeWidget(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(parentJourneyId.isEmpty() ? tr("Start Journey") : tr("Start Follow-up Journey"));
    m_intro->setWordWrap(true);
    m_services->setAccessibleName(tr("Services"));
    m_services->setMaximumHeight(150);
    m_concerns->setPlaceholderText(tr("Concerns in the caller's words, separated by commas"));
    m_concerns->setAccessibleName(tr("Concerns"));
    m_template->setAccessibleName(tr("Template"));
    m_start->setCalendarPopup(true);
    m_start->setAccessibleName(tr("Start"));
    m_preview->setRootIsDecorated(false);
    m_preview->setHeaderLabels({tr("Step"), tr("Channel"), tr("Due")});
    m_preview->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview->setAccessibleName(tr("Steps of the template"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c5221f"));
    m_error->hide();

    storage::Database database = document->database();
    std::optional<storage::LeadDetail> detail;
    try {
        detail = storage::CallRepository(database).detail(callId);
        if (detail) {
            const QString clientId = detail->row.clientId;
            const std::optional<storage::Client> client = storage::ClientRepository(database).find(clientId);
            for (const storage::Service &service : storage::ServiceRepository(database).forClient(clientId, false)) {
                auto *item = new QListWidgetItem(service.name, m_services);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
                item->setData(Qt::UserRole, service.id);
            }
            m_templates = storage::JourneyTemplateRepository(database).list(clientId);
            m_template->addItem(tr("No template (add steps later)"), QString());
            int preferred = -1;
            for (const storage::JourneyTemplate &journeyTemplate : std::as_const(m_templates)) {
                m_template->addItem(journeyTemplate.name, journeyTemplate.id);
                if (preferred < 0 && client && !journeyTemplate.serviceType.isEmpty()
                    && journeyTemplate.serviceType == client->clientSubtype)
                    preferred = m_template->count() - 1;
            }
            if (preferred < 0 && m_template->count() > 1)
                preferred = 1;
            m_template->setCurrentIndex(qMax(0, preferred));
            const QString caller = detail->row.callerName.isEmpty() ? detail->row.fromNumber : detail->row.callerName;
            m_intro->setText(tr("A journey for <b>%1</b> (%2), %3.").arg(caller.toHtmlEscaped(),
                                                                         detail->row.fromNumber.toHtmlEscaped(),
                                                                         detail->row.clientName.toHtmlEscaped()));
            if (m_parentJourneyId.isEmpty()) {
                const QList<storage::JourneyRow> existing = storage::JourneyRepository(database).forCall(callId);
                if (!existing.isEmpty()) {
                    m_parentJourneyId = existing.first().id;   // one lead, one journey: more are follow-ups
                    m_intro->setText(m_intro->text() + QStringLiteral("<br>")
                                     + tr("This lead already started a journey; this one will be its follow-up."));
                }
            }
        }
    } catch (const storage::StorageError &error) {
        m_error->setText(error.message());
        m_error->show();
    }
    if (!detail) {
        m_error->setText(tr("The lead could not be found."));
        m_error->show();
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start Journey"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(detail.has_value());
    connect(buttons, &QDialogButtonBox::accepted, this, &StartJourneyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StartJourneyDialog::reject);
    connect(m_template, &QComboBox::currentIndexChanged, this, &StartJourneyDialog::updatePreview);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &StartJourneyDialog::updatePreview);

    auto *form = new QFormLayout;
    form->addRow(tr("Services"), m_services);
    form->addRow(tr("Concerns"), m_concerns);
    form->addRow(tr("Template"), m_template);
    form->addRow(tr("Start"), m_start);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 560);
    updatePreview();
}

void StartJourneyDialog::updatePreview()
{
    m_preview->clear();
    const QString templateId = m_template->currentData().toString();
    for (const storage::JourneyTemplate &journeyTemplate : std::as_const(m_templates)) {
        if (journeyTemplate.id != templateId)
            continue;
        const QDateTime start = m_start->dateTime();
        for (const storage::TemplateStep &step : journeyTemplate.steps) {
            auto *item = new QTreeWidgetItem(m_preview);
            item->setText(0, step.label);
            item->setText(1, step.channel);
            item->setText(2, QLocale().toString(start.addDays(step.totalDays()).date(), QLocale::ShortFormat));
        }
    }
}

void StartJourneyDialog::accept()
{
    storage::NewJourney journey;
    journey.callId = m_callId;
    for (int i = 0; i < m_services->count(); ++i) {
        if (m_services->item(i)->checkState() == Qt::Checked)
            journey.serviceIds.append(m_services->item(i)->data(Qt::UserRole).toString());
    }
    for (const QString &concern : m_concerns->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        journey.concerns.append(concern.trimmed());
    journey.templateId = m_template->currentData().toString();
    journey.parentJourneyId = m_parentJourneyId;
    journey.startAt = m_start->dateTime().toUTC();
    // The document reports a refusal through editFailed; show it here too and stay open.
    QString failure;
    const QMetaObject::Connection failed = connect(m_document, &models::JourneysDocument::editFailed, this,
                                                   [&failure](const QString &message) { failure = message; });
    m_journeyId = m_document->startJourney(journey);
    disconnect(failed);
    if (m_journeyId.isEmpty()) {
        m_error->setText(failure.isEmpty() ? tr("The journey could not be started.") : failure);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace anchor::ui
