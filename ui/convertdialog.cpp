#include "convertdialog.h"

#include <activeclientrepository.h>
#include <callrepository.h>
#include <journeyrepository.h>
#include <journeysdocument.h>
#include <money.h>
#include <servicerepository.h>
#include <storageerror.h>

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace anchor::ui {

namespace {
enum ServiceColumn { ServiceName, ServicePrice };
}

ConvertDialog::ConvertDialog(models::JourneysDocument *document, const QString &journeyId, const QString &callId,
                             QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_journeyId(journeyId)
    , m_callId(callId)
    , m_name(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_addToExisting(new QCheckBox(this))
    , m_services(new QTreeWidget(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Agreed to Service"));
    m_name->setAccessibleName(tr("Name"));
    m_phone->setAccessibleName(tr("Phone"));
    m_email->setAccessibleName(tr("Email"));
    m_email->setPlaceholderText(tr("optional"));
    m_services->setRootIsDecorated(false);
    m_services->setHeaderLabels({tr("Service agreed"), tr("Agreed price")});
    m_services->header()->setSectionResizeMode(ServiceName, QHeaderView::Stretch);
    m_services->setAccessibleName(tr("Services agreed"));
    m_services->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Agreed on"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c5221f"));
    m_error->hide();
    m_addToExisting->hide();

    const storage::Database database = document->database();
    QString clientId;
    try {
        if (!journeyId.isEmpty()) {
            if (const auto journey = storage::JourneyRepository(database).find(journeyId)) {
                clientId = journey->clientId;
                m_name->setText(journey->personName);
                m_phone->setText(journey->phone);
                m_email->setText(journey->email);
                m_callId = journey->leadCallKey;
            }
        } else if (const auto detail = storage::CallRepository(database).detail(callId)) {
            clientId = detail->row.clientId;
            m_name->setText(detail->row.callerName);
            m_phone->setText(detail->row.fromNumber);
        }
        if (!clientId.isEmpty()) {
            const QLocale locale;
            for (const storage::Service &service : storage::ServiceRepository(database).forClient(clientId, false)) {
                auto *item = new QTreeWidgetItem(m_services);
                item->setText(ServiceName, service.name);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
                item->setCheckState(ServiceName, Qt::Unchecked);
                item->setData(ServiceName, Qt::UserRole, service.id);
                if (service.basePriceCents)
                    item->setText(ServicePrice, models::formatMoney(*service.basePriceCents, locale));
            }
            if (const auto existing = storage::ActiveClientRepository(database).findByPhone(clientId, m_phone->text())) {
                m_existingActiveClientId = existing->id;
                m_addToExisting->setText(tr("Add the services to the existing active client %1")
                                             .arg(existing->name.isEmpty() ? existing->phone : existing->name));
                m_addToExisting->setChecked(true);
                m_addToExisting->show();
            }
        }
    } catch (const storage::StorageError &error) {
        showError(error.message());
    }
    if (clientId.isEmpty() && m_error->isHidden())
        showError(tr("The journey or lead could not be found."));
    // A journey's services were named when it started: tick them.
    if (!journeyId.isEmpty()) {
        if (const auto journey = storage::JourneyRepository(database).find(journeyId)) {
            for (int i = 0; i < m_services->topLevelItemCount(); ++i) {
                QTreeWidgetItem *item = m_services->topLevelItem(i);
                if (journey->concerns.contains(item->text(ServiceName), Qt::CaseInsensitive))
                    item->setCheckState(ServiceName, Qt::Checked);
            }
        }
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Make Active Client"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!clientId.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &ConvertDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConvertDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Email"), m_email);
    form->addRow(tr("Agreed on"), m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_addToExisting);
    auto *hint = new QLabel(tr("Tick the services agreed and type the price agreed for each."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_services, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 520);
}

void ConvertDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ConvertDialog::accept()
{
    storage::Conversion conversion;
    conversion.journeyId = m_journeyId;
    conversion.callId = m_journeyId.isEmpty() ? m_callId : QString();
    conversion.name = m_name->text();
    conversion.phone = m_phone->text();
    conversion.email = m_email->text();
    if (m_addToExisting->isVisible() && m_addToExisting->isChecked())
        conversion.existingActiveClientId = m_existingActiveClientId;
    const QLocale locale;
    for (int i = 0; i < m_services->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_services->topLevelItem(i);
        if (item->checkState(ServiceName) != Qt::Checked)
            continue;
        storage::AgreedService agreed;
        agreed.serviceId = item->data(ServiceName, Qt::UserRole).toString();
        agreed.agreedDate = m_date->date();
        const QString priceText = item->text(ServicePrice).trimmed();
        if (!priceText.isEmpty()) {
            const std::optional<qint64> cents = models::parseMoney(priceText, locale);
            if (!cents) {
                showError(tr("\"%1\" is not an amount of money (the price of %2). Nothing was saved.")
                              .arg(priceText, item->text(ServiceName)));
                return;
            }
            agreed.priceCents = cents;
        }
        conversion.services.append(agreed);
    }
    if (conversion.services.isEmpty()) {
        showError(tr("Tick at least one service the client agreed to."));
        return;
    }
    QString failure;
    const QMetaObject::Connection failed = connect(m_document, &models::JourneysDocument::editFailed, this,
                                                   [&failure](const QString &message) { failure = message; });
    m_activeClientId = m_document->convert(conversion);
    disconnect(failed);
    if (m_activeClientId.isEmpty()) {
        showError(failure.isEmpty() ? tr("The conversion failed.") : failure);
        return;
    }
    QDialog::accept();
}

} // namespace anchor::ui
