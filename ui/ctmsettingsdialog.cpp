#include "ctmsettingsdialog.h"

#include <clientrepository.h>
#include <ctmsyncrunner.h>
#include <storageerror.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace anchor::ui {

CtmSettingsDialog::CtmSettingsDialog(storage::Database database, const QString &clientId, QWidget *parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_client(new QComboBox(this))
    , m_account(new QComboBox(this))
    , m_accessKey(new QLineEdit(this))
    , m_secretKey(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_interval(new QSpinBox(this))
    , m_llm(new QGroupBox(tr("AI classification of new calls (optional, all clients)"), this))
    , m_llmUrl(new QLineEdit(m_llm))
    , m_llmModel(new QLineEdit(m_llm))
    , m_llmKey(new QLineEdit(m_llm))
    , m_result(new QLabel(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("CallTrackingMetrics settings"));
    try {
        for (const storage::Client &client : storage::ClientRepository(m_database).list())
            m_client->addItem(client.name, client.id);
    } catch (const storage::StorageError &error) {
        m_result->setText(error.message());
    }
    m_client->setCurrentIndex(qMax(0, m_client->findData(clientId)));
    m_account->setEditable(true);
    m_account->setToolTip(tr("The CTM account id; \"Test connection\" lists the accounts the keys reach"));
    m_accessKey->setPlaceholderText(tr("Stored in the system keychain; leave empty to keep it"));
    m_secretKey->setPlaceholderText(tr("Stored in the system keychain; leave empty to keep it"));
    m_secretKey->setEchoMode(QLineEdit::Password);
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.calltrackingmetrics.com/api/v1/"));
    m_caFile->setPlaceholderText(tr("None: the system's certificates only"));
    m_interval->setRange(0, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Only when asked (Sync Now)"));
    m_interval->setValue(QSettings().value(QStringLiteral("sync/intervalMinutes"), 15).toInt());
    m_interval->setToolTip(tr("How often Anchor CRM syncs every client by itself; it also syncs at start and every "
                              "minute while offline"));
    m_result->setObjectName(QStringLiteral("ctmResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *browse = new QToolButton(this);
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

    auto *form = new QFormLayout;
    form->addRow(tr("&Client:"), m_client);
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("Access &key:"), m_accessKey);
    form->addRow(tr("&Secret key:"), m_secretKey);
    form->addRow(tr("API &address:"), m_baseUrl);
    auto *caLabel = new QLabel(tr("Extra &CA certificate:"), this);
    caLabel->setBuddy(m_caFile);   // a row holding a layout gets no buddy by itself
    form->addRow(caLabel, caRow);
    form->addRow(tr("Sync &every:"), m_interval);
    // The AI classifier refines new calls after each pull; the offline rules stay the fallback.
    m_llm->setCheckable(true);
    m_llmUrl->setPlaceholderText(QStringLiteral("https://api.openai.com/v1/"));
    m_llmModel->setPlaceholderText(tr("Model name"));
    m_llmKey->setPlaceholderText(tr("Stored in the system keychain; leave empty to keep it"));
    m_llmKey->setEchoMode(QLineEdit::Password);
    try {
        const storage::LlmSettings llm = storage::SettingsRepository(m_database).llmSettings();
        m_llmWasEnabled = llm.enabled;
        m_llm->setChecked(llm.enabled);
        m_llmUrl->setText(llm.url);
        m_llmModel->setText(llm.model);
    } catch (const storage::StorageError &error) {
        m_result->setText(error.message());
    }
    auto *llmForm = new QFormLayout(m_llm);
    llmForm->addRow(tr("API a&ddress:"), m_llmUrl);
    llmForm->addRow(tr("&Model:"), m_llmModel);
    llmForm->addRow(tr("API &key:"), m_llmKey);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_test, 0, Qt::AlignLeft);   // tests the CTM settings above it
    layout->addWidget(m_llm);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);

    connect(m_client, &QComboBox::currentIndexChanged, this, &CtmSettingsDialog::loadClient);
    // Picking a listed account puts its id in the field.
    connect(m_account, &QComboBox::activated, this, [this](int index) {
        const QString id = m_account->itemData(index).toString();
        if (!id.isEmpty())
            m_account->setEditText(id);
    });
    connect(m_test, &QPushButton::clicked, this, &CtmSettingsDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CtmSettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadClient();
    resize(560, sizeHint().height());
}

CtmSettingsDialog::~CtmSettingsDialog()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

void CtmSettingsDialog::loadClient()
{
    const QString clientId = m_client->currentData().toString();
    if (clientId.isEmpty())
        return;
    try {
        const storage::CtmConnection connection = storage::ClientRepository(m_database).ctmConnection(clientId);
        m_account->clear();
        m_account->setEditText(connection.accountId);
        m_baseUrl->setText(connection.baseUrl);
        m_caFile->setText(connection.caCertificateFile);
        m_accessKey->clear();
        m_secretKey->clear();
        m_result->clear();
    } catch (const storage::StorageError &error) {
        m_result->setText(error.message());
    }
}

QStringList CtmSettingsDialog::connectionArguments() const
{
    QStringList arguments{QStringLiteral("--client"), m_client->currentData().toString()};
    if (!m_account->currentText().trimmed().isEmpty())
        arguments << QStringLiteral("--account") << m_account->currentText().trimmed();
    if (!m_baseUrl->text().trimmed().isEmpty())
        arguments << QStringLiteral("--base-url") << m_baseUrl->text().trimmed();
    if (!m_caFile->text().trimmed().isEmpty())
        arguments << QStringLiteral("--ca-cert") << m_caFile->text().trimmed();
    return arguments;
}

void CtmSettingsDialog::setBusy(bool busy, const QString &message)
{
    m_test->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_result->setText(message);
}

QByteArray CtmSettingsDialog::ctmKeysInput() const
{
    return (m_accessKey->text().trimmed() + QLatin1Char('\n') + m_secretKey->text().trimmed() + QLatin1Char('\n')).toUtf8();
}

void CtmSettingsDialog::runAnchorctl(const QStringList &arguments, const QByteArray &input,
                                     std::function<void(int, const QByteArray &, const QString &)> done)
{
    delete m_process;
    m_process = new QProcess(this);
    connect(m_process, &QProcess::finished, this, [this, done](int exitCode, QProcess::ExitStatus status) {
        const QByteArray out = m_process->readAllStandardOutput();
        const QString err = QString::fromUtf8(m_process->readAllStandardError()).trimmed();
        m_process->deleteLater();
        m_process = nullptr;
        done(status == QProcess::NormalExit ? exitCode : -1, out, err);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this, done](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        const QString message = tr("%1 could not be started: %2")
                                    .arg(QDir::toNativeSeparators(models::CtmSyncRunner::anchorctlPath()), m_process->errorString());
        m_process->deleteLater();
        m_process = nullptr;
        done(-1, {}, message);
    });
    m_process->start(models::CtmSyncRunner::anchorctlPath(),
                     arguments + QStringList{QStringLiteral("--database"), m_database.path()});
    // Keys go through a pipe: never on a command line, in the environment or on disk.
    if (!input.isEmpty())
        m_process->write(input);
    m_process->closeWriteChannel();
}

void CtmSettingsDialog::testConnection()
{
    const bool newKeys = !m_accessKey->text().trimmed().isEmpty() || !m_secretKey->text().trimmed().isEmpty();
    QStringList arguments{QStringLiteral("ctm"), QStringLiteral("test"), QStringLiteral("--format"), QStringLiteral("json")};
    arguments += connectionArguments();
    if (newKeys)
        arguments << QStringLiteral("--keys-from-stdin");
    setBusy(true, tr("Testing the connection..."));
    runAnchorctl(arguments, newKeys ? ctmKeysInput() : QByteArray(), [this](int exitCode, const QByteArray &out, const QString &err) {
        setBusy(false, {});
        const QJsonObject reply = QJsonDocument::fromJson(out.trimmed()).object();
        const QJsonArray accounts = reply.value(QLatin1String("accounts")).toArray();
        const QString chosen = m_account->currentText();
        m_account->clear();
        for (const QJsonValue &value : accounts) {
            const QJsonObject account = value.toObject();
            m_account->addItem(tr("%1 (%2)").arg(account.value(QLatin1String("id")).toString(),
                                                 account.value(QLatin1String("name")).toString()),
                               account.value(QLatin1String("id")).toString());
        }
        m_account->setEditText(chosen);
        if (exitCode == 0) {
            m_result->setText(tr("Connected: the keys reach %n account(s).", nullptr, int(accounts.size())));
        } else {
            QString problem = reply.value(QLatin1String("error")).toString();
            if (problem.isEmpty())
                problem = err.isEmpty() ? tr("The test failed.") : err;
            m_result->setText(tr("Not connected: %1").arg(problem));
        }
    });
}

void CtmSettingsDialog::save()
{
    QSettings().setValue(QStringLiteral("sync/intervalMinutes"), m_interval->value());
    const QString clientId = m_client->currentData().toString();
    const QString account = m_account->currentText().trimmed();
    const bool newKeys = !m_accessKey->text().trimmed().isEmpty() || !m_secretKey->text().trimmed().isEmpty();
    if (newKeys && (m_accessKey->text().trimmed().isEmpty() || m_secretKey->text().trimmed().isEmpty())) {
        m_result->setText(tr("Enter both the access key and the secret key, or neither to keep the stored ones."));
        return;
    }
    if (account.isEmpty()) {
        // No account: the client stops syncing with CTM.
        try {
            storage::ClientRepository(m_database).setCtmConnection(clientId, {{}, m_baseUrl->text(), m_caFile->text()});
            saveLlm();
        } catch (const storage::StorageError &error) {
            m_result->setText(error.message());
        }
        return;
    }
    QStringList arguments{QStringLiteral("ctm"), QStringLiteral("configure")};
    arguments += connectionArguments();
    if (newKeys)
        arguments << QStringLiteral("--keys-from-stdin");
    setBusy(true, tr("Saving..."));
    runAnchorctl(arguments, newKeys ? ctmKeysInput() : QByteArray(), [this](int exitCode, const QByteArray &, const QString &err) {
        setBusy(false, {});
        if (exitCode == 0)
            saveLlm();
        else
            m_result->setText(tr("Not saved: %1").arg(err.isEmpty() ? tr("the settings could not be stored.") : err));
    });
}

void CtmSettingsDialog::saveLlm()
{
    QStringList arguments{QStringLiteral("llm"), QStringLiteral("configure")};
    QByteArray input;
    if (!m_llm->isChecked()) {
        if (!m_llmWasEnabled) {
            accept();
            return;
        }
        arguments << QStringLiteral("--disable");
    } else {
        if (m_llmUrl->text().trimmed().isEmpty() || m_llmModel->text().trimmed().isEmpty()) {
            m_result->setText(tr("The AI classifier needs its API address and model."));
            return;
        }
        arguments << QStringLiteral("--url") << m_llmUrl->text().trimmed() << QStringLiteral("--model")
                  << m_llmModel->text().trimmed();
        if (!m_llmKey->text().trimmed().isEmpty()) {
            arguments << QStringLiteral("--key-from-stdin");
            input = (m_llmKey->text().trimmed() + QLatin1Char('\n')).toUtf8();
        }
    }
    setBusy(true, tr("Saving..."));
    runAnchorctl(arguments, input, [this](int exitCode, const QByteArray &, const QString &err) {
        setBusy(false, {});
        if (exitCode == 0)
            accept();
        else
            m_result->setText(tr("The AI classifier settings were not saved: %1").arg(err));
    });
}

} // namespace anchor::ui
