#include "mailgunsettingsdialog.h"

#include "theme.h"

#include <clientrepository.h>
#include <emailcontent.h>
#include <mailgunsettingsrepository.h>
#include <mailgunsetup.h>
#include <storageerror.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace anchor::ui {

using storage::MailgunConnection;
using storage::MailgunSettingsRepository;

namespace {

void colour(QLabel *label, bool problem)
{
    QPalette palette = label->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, isDarkTheme() ? QColor(0xf2, 0x8b, 0x82) : QColor(0xb3, 0x26, 0x1e));
    else
        palette.setColor(QPalette::WindowText, label->parentWidget()->palette().color(QPalette::WindowText));
    label->setPalette(palette);
}

} // namespace

MailgunSettingsDialog::MailgunSettingsDialog(storage::Database database, const QString &scopeId,
                                             models::MailgunSetup *setup, QWidget *parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_setup(setup ? setup : new models::AnchorctlMailgunSetup(m_database, this))
    , m_scope(new QComboBox(this))
    , m_scopeNote(new QLabel(this))
    , m_domain(new QLineEdit(this))
    , m_region(new QComboBox(this))
    , m_fromAddress(new QLineEdit(this))
    , m_fromName(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
    , m_keyStatus(new QLabel(this))
    , m_advanced(new QGroupBox(tr("Advanced"), this))
    , m_baseUrl(new QLineEdit(m_advanced))
    , m_caFile(new QLineEdit(m_advanced))
    , m_validation(new QLabel(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_sendTest(new QPushButton(tr("Send test &message..."), this))
    , m_useAgency(new QPushButton(tr("Use the &agency's connection"), this))
    , m_busy(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Mailgun settings"));

    m_scope->setObjectName(QStringLiteral("mailgunScope"));
    m_scope->addItem(tr("Agency (every client without its own)"), QString());
    try {
        for (const storage::Client &client : storage::ClientRepository(m_database).list())
            m_scope->addItem(tr("Client: %1").arg(client.name), client.id);
    } catch (const storage::StorageError &error) {
        m_result->setText(error.message());
    }
    m_scope->setCurrentIndex(qMax(0, m_scope->findData(scopeId)));
    m_scopeNote->setObjectName(QStringLiteral("mailgunScopeNote"));
    m_scopeNote->setWordWrap(true);

    m_domain->setObjectName(QStringLiteral("mailgunDomain"));
    m_domain->setPlaceholderText(tr("mg.example.com"));
    m_region->setObjectName(QStringLiteral("mailgunRegion"));
    m_region->addItem(tr("US"), QStringLiteral("us"));
    m_region->addItem(tr("EU"), QStringLiteral("eu"));
    m_region->setToolTip(tr("Where the domain was created in Mailgun: its mail and events live only there"));
    m_fromAddress->setObjectName(QStringLiteral("mailgunFromAddress"));
    m_fromAddress->setPlaceholderText(tr("news@mg.example.com"));
    m_fromName->setObjectName(QStringLiteral("mailgunFromName"));
    m_fromName->setPlaceholderText(tr("The name recipients see"));
    m_apiKey->setObjectName(QStringLiteral("mailgunApiKey"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("Stored in the system keychain; leave empty to keep it"));
    m_keyStatus->setObjectName(QStringLiteral("mailgunKeyStatus"));

    m_baseUrl->setObjectName(QStringLiteral("mailgunBaseUrl"));
    m_baseUrl->setPlaceholderText(tr("Mailgun's address for the region"));
    m_caFile->setObjectName(QStringLiteral("mailgunCaFile"));
    m_caFile->setPlaceholderText(tr("None: the system's certificates only"));
    auto *browse = new QToolButton(m_advanced);
    browse->setText(tr("Browse..."));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"), m_caFile->text(),
                                                          tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto *advancedForm = new QFormLayout(m_advanced);
    advancedForm->addRow(tr("API a&ddress:"), m_baseUrl);
    auto *caLabel = new QLabel(tr("Extra &CA certificate:"), m_advanced);
    caLabel->setBuddy(m_caFile);
    advancedForm->addRow(caLabel, caRow);
    m_advanced->setToolTip(tr("For tests and corporate proxies; leave empty otherwise"));

    m_validation->setObjectName(QStringLiteral("mailgunValidation"));
    m_validation->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("mailgunResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setObjectName(QStringLiteral("mailgunBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Settings for:"), m_scope);
    form->addRow(QString(), m_scopeNote);
    form->addRow(tr("Sending &domain:"), m_domain);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&From address:"), m_fromAddress);
    form->addRow(tr("From &name:"), m_fromName);
    form->addRow(tr("API &key:"), m_apiKey);
    form->addRow(QString(), m_keyStatus);
    auto *checks = new QHBoxLayout;
    for (QPushButton *button : {m_test, m_sendTest, m_useAgency}) {
        button->setAutoDefault(false);
        checks->addWidget(button);
    }
    checks->addStretch(1);
    checks->addWidget(m_busy);
    m_useAgency->setToolTip(tr("Forget this client's own Mailgun settings; it sends with the agency's again"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_advanced);
    layout->addWidget(m_validation);
    layout->addLayout(checks);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &MailgunSettingsDialog::loadScope);
    for (QLineEdit *edit : {m_domain, m_fromAddress, m_baseUrl})
        connect(edit, &QLineEdit::textChanged, this, &MailgunSettingsDialog::updateValidation);
    connect(m_region, &QComboBox::currentIndexChanged, this, &MailgunSettingsDialog::updateValidation);
    connect(m_test, &QPushButton::clicked, this, &MailgunSettingsDialog::testConnection);
    connect(m_sendTest, &QPushButton::clicked, this, &MailgunSettingsDialog::askAndSendTestMessage);
    connect(m_useAgency, &QPushButton::clicked, this, &MailgunSettingsDialog::useAgencyConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MailgunSettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadScope();
    resize(600, sizeHint().height());
}

MailgunSettingsDialog::~MailgunSettingsDialog()
{
    m_setup->cancel();   // no callback into a half-destroyed dialog
}

QString MailgunSettingsDialog::scopeId() const
{
    return m_scope->currentData().toString();
}

void MailgunSettingsDialog::selectScope(const QString &scopeId)
{
    m_scope->setCurrentIndex(qMax(0, m_scope->findData(scopeId)));
}

bool MailgunSettingsDialog::isBusy() const
{
    return !m_test->isEnabled();
}

MailgunConnection MailgunSettingsDialog::editedConnection() const
{
    MailgunConnection connection;
    connection.scopeId = scopeId();
    connection.domain = m_domain->text().trimmed().toLower();
    connection.region = m_region->currentData().toString();
    connection.fromAddress = m_fromAddress->text().trimmed();
    connection.fromName = m_fromName->text().trimmed();
    connection.baseUrl = m_baseUrl->text().trimmed();
    connection.caCertificateFile = m_caFile->text().trimmed();
    return connection;
}

QString MailgunSettingsDialog::validationProblem() const
{
    return MailgunSettingsRepository::validationError(editedConnection());
}

void MailgunSettingsDialog::updateValidation()
{
    // Said once something is typed: an empty form is not an error yet.
    const bool started = !m_domain->text().trimmed().isEmpty() || !m_fromAddress->text().trimmed().isEmpty();
    const QString problem = started ? validationProblem() : QString();
    m_validation->setText(problem);
    m_validation->setVisible(!problem.isEmpty());
    colour(m_validation, true);
}

void MailgunSettingsDialog::loadScope()
{
    m_setup->cancel();
    setBusy(false, {});
    const QString scope = scopeId();
    std::optional<MailgunConnection> own;
    QString inherited;
    try {
        MailgunSettingsRepository settings(m_database);
        own = settings.connection(scope);
        if (!own && !scope.isEmpty()) {
            if (const auto agency = settings.connection({}))
                inherited = agency->domain;
        }
    } catch (const storage::StorageError &error) {
        m_result->setText(error.message());
    }
    const MailgunConnection shown = own.value_or(MailgunConnection{});
    m_domain->setText(shown.domain);
    m_region->setCurrentIndex(qMax(0, m_region->findData(shown.region)));
    m_fromAddress->setText(shown.fromAddress);
    m_fromName->setText(shown.fromName);
    m_baseUrl->setText(shown.baseUrl);
    m_caFile->setText(shown.caCertificateFile);
    m_apiKey->clear();
    if (scope.isEmpty())
        m_scopeNote->setText(tr("Every client without settings of its own sends with these."));
    else if (own)
        m_scopeNote->setText(tr("This client sends with its own domain."));
    else if (!inherited.isEmpty())
        m_scopeNote->setText(tr("This client sends with the agency's connection (%1) until you save settings here.")
                                 .arg(inherited));
    else
        m_scopeNote->setText(tr("Neither this client nor the agency has Mailgun settings yet."));
    m_useAgency->setVisible(!scope.isEmpty());
    m_useAgency->setEnabled(own.has_value());
    updateValidation();
    refreshKeyStatus();
}

void MailgunSettingsDialog::refreshKeyStatus()
{
    m_keyStatus->setText(tr("Checking the keychain..."));
    const QString scope = scopeId();
    m_setup->keyStatus(scope, [this, scope](bool stored, const QString &error) {
        if (scope != scopeId())
            return;   // the user moved on to another scope
        m_keyStored = stored;
        if (!error.isEmpty())
            m_keyStatus->setText(tr("The keychain could not be read: %1").arg(error));
        else if (stored)
            m_keyStatus->setText(tr("An API key is stored in the keychain."));
        else
            m_keyStatus->setText(scope.isEmpty() ? tr("No API key is stored yet.")
                                                 : tr("No API key of this client's own is stored; the agency's is used."));
    });
}

void MailgunSettingsDialog::setBusy(bool busy, const QString &message)
{
    m_busy->setVisible(busy);
    m_test->setEnabled(!busy);
    m_sendTest->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_scope->setEnabled(!busy);
    if (busy) {
        m_result->setText(message);
        colour(m_result, false);
    }
}

void MailgunSettingsDialog::showResult(bool ok, const QString &message)
{
    setBusy(false, {});
    m_result->setText(message);
    colour(m_result, !ok);
}

void MailgunSettingsDialog::testConnection()
{
    const QString problem = validationProblem();
    if (!problem.isEmpty()) {
        showResult(false, problem);
        return;
    }
    setBusy(true, tr("Testing the connection..."));
    const QString domain = editedConnection().domain;
    m_setup->testConnection(editedConnection(), m_apiKey->text(), [this, domain](const models::MailgunSetup::Result &result) {
        if (result.ok)
            showResult(true, tr("Connected: Mailgun accepts the key for %1.").arg(domain));
        else
            showResult(false, tr("Not connected: %1").arg(result.message));
    });
}

void MailgunSettingsDialog::askAndSendTestMessage()
{
    bool ok = false;
    const QString address = QInputDialog::getText(this, tr("Send test message"),
                                                  tr("Send a short test message from %1 to:")
                                                      .arg(m_fromAddress->text().trimmed()),
                                                  QLineEdit::Normal, {}, &ok);
    if (ok)
        sendTestMessageTo(address);
}

void MailgunSettingsDialog::sendTestMessageTo(const QString &address)
{
    const QString to = address.trimmed();
    QString problem = validationProblem();
    if (problem.isEmpty() && !storage::email::isValidAddress(to))
        problem = tr("\"%1\" is not an email address to send the test message to.").arg(to);
    if (!problem.isEmpty()) {
        showResult(false, problem);
        return;
    }
    setBusy(true, tr("Sending a test message to %1...").arg(to));
    m_setup->sendTestMessage(editedConnection(), m_apiKey->text(), to, [this, to](const models::MailgunSetup::Result &result) {
        if (result.ok)
            showResult(true, tr("Mailgun accepted the test message to %1; it should arrive in a minute.").arg(to));
        else
            showResult(false, tr("The test message was not sent: %1").arg(result.message));
    });
}

void MailgunSettingsDialog::save()
{
    const MailgunConnection connection = editedConnection();
    try {
        MailgunSettingsRepository(m_database).save(connection);   // validates; throws with the reason
    } catch (const storage::StorageError &error) {
        showResult(false, tr("Not saved: %1").arg(error.message()));
        return;
    }
    const QString key = m_apiKey->text().trimmed();
    if (key.isEmpty()) {
        accept();
        return;
    }
    setBusy(true, tr("Storing the API key in the keychain..."));
    m_setup->storeKey(connection.scopeId, key, [this](const models::MailgunSetup::Result &result) {
        if (!result.ok) {
            showResult(false, tr("The settings were saved, but not the API key: %1").arg(result.message));
            return;
        }
        m_apiKey->clear();
        setBusy(false, {});
        accept();
    });
}

void MailgunSettingsDialog::useAgencyConnection()
{
    const QString scope = scopeId();
    if (scope.isEmpty())
        return;
    try {
        MailgunSettingsRepository(m_database).remove(scope);
    } catch (const storage::StorageError &error) {
        showResult(false, error.message());
        return;
    }
    loadScope();
    showResult(true, tr("This client sends with the agency's connection again."));
}

} // namespace anchor::ui
