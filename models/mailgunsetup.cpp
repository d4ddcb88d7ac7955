#include "mailgunsetup.h"

#include "ctmsyncrunner.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace anchor::models {

namespace {

QStringList scopeArguments(const QString &scopeId)
{
    return scopeId.isEmpty() ? QStringList() : QStringList{QStringLiteral("--client"), scopeId};
}

QByteArray keyLine(const QString &key)
{
    return (key.trimmed() + QLatin1Char('\n')).toUtf8();
}

} // namespace

AnchorctlMailgunSetup::AnchorctlMailgunSetup(storage::Database database, QObject *parent)
    : MailgunSetup(parent)
    , m_database(std::move(database))
{
}

AnchorctlMailgunSetup::~AnchorctlMailgunSetup()
{
    cancel();
}

void AnchorctlMailgunSetup::cancel()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    m_process->kill();
    m_process->waitForFinished(1000);
    delete m_process;
    m_process = nullptr;
}

QStringList AnchorctlMailgunSetup::connectionArguments(const storage::MailgunConnection &connection)
{
    QStringList arguments = scopeArguments(connection.scopeId);
    const auto add = [&arguments](const char *option, const QString &value) {
        if (!value.trimmed().isEmpty())
            arguments << QLatin1String(option) << value.trimmed();
    };
    add("--domain", connection.domain);
    add("--region", connection.region);
    add("--sender", connection.fromAddress);
    add("--sender-name", connection.fromName);
    add("--base-url", connection.baseUrl);
    add("--ca-cert", connection.caCertificateFile);
    return arguments;
}

void AnchorctlMailgunSetup::run(const QStringList &arguments, const QByteArray &input, Finished finished)
{
    cancel();   // one call at a time: the dialog's buttons wait for the running one
    m_process = new QProcess(this);
    connect(m_process, &QProcess::finished, this, [this, finished](int exitCode, QProcess::ExitStatus status) {
        const QByteArray out = m_process->readAllStandardOutput();
        const QString err = QString::fromUtf8(m_process->readAllStandardError()).trimmed();
        m_process->deleteLater();
        m_process = nullptr;
        finished(status == QProcess::NormalExit ? exitCode : -1, out, err);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this, finished](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        const QString message = tr("%1 could not be started: %2")
                                    .arg(QDir::toNativeSeparators(CtmSyncRunner::anchorctlPath()), m_process->errorString());
        m_process->deleteLater();
        m_process = nullptr;
        finished(-1, {}, message);
    });
    m_process->start(CtmSyncRunner::anchorctlPath(), arguments + QStringList{QStringLiteral("--database"), m_database.path()});
    // The key goes through a pipe: never on a command line, in the environment or on disk.
    if (!input.isEmpty())
        m_process->write(input);
    m_process->closeWriteChannel();
}

void AnchorctlMailgunSetup::keyStatus(const QString &scopeId, KeyStatusDone done)
{
    run(QStringList{QStringLiteral("mailgun"), QStringLiteral("key-status"), QStringLiteral("--format"), QStringLiteral("json")}
            + scopeArguments(scopeId),
        {}, [done](int exitCode, const QByteArray &out, const QString &err) {
            const QJsonObject reply = QJsonDocument::fromJson(out.trimmed()).object();
            if (exitCode != 0 || !reply.contains(QLatin1String("stored")))
                done(false, err.isEmpty() ? tr("The keychain could not be read.") : err);
            else
                done(reply.value(QLatin1String("stored")).toBool(), {});
        });
}

void AnchorctlMailgunSetup::storeKey(const QString &scopeId, const QString &key, Done done)
{
    run(QStringList{QStringLiteral("mailgun"), QStringLiteral("set-key"), QStringLiteral("--key-from-stdin")}
            + scopeArguments(scopeId),
        keyLine(key), [done](int exitCode, const QByteArray &, const QString &err) {
            if (exitCode == 0)
                done({true, tr("The API key is stored in the system keychain.")});
            else
                done({false, err.isEmpty() ? tr("The API key could not be stored in the keychain.") : err});
        });
}

void AnchorctlMailgunSetup::runCheck(QStringList arguments, const QString &key, Done done)
{
    arguments << QStringLiteral("--format") << QStringLiteral("json");
    if (!key.trimmed().isEmpty())
        arguments << QStringLiteral("--key-from-stdin");
    run(arguments, key.trimmed().isEmpty() ? QByteArray() : keyLine(key),
        [done](int exitCode, const QByteArray &out, const QString &err) {
            const QJsonObject reply = QJsonDocument::fromJson(out.trimmed()).object();
            if (exitCode == 0) {
                done({true, reply.value(QLatin1String("message")).toString()});
                return;
            }
            QString problem = reply.value(QLatin1String("error")).toString();
            if (problem.isEmpty())
                problem = err.isEmpty() ? tr("The check failed.") : err;
            done({false, problem});
        });
}

void AnchorctlMailgunSetup::testConnection(const storage::MailgunConnection &connection, const QString &key, Done done)
{
    runCheck(QStringList{QStringLiteral("mailgun"), QStringLiteral("test")} + connectionArguments(connection), key,
             std::move(done));
}

void AnchorctlMailgunSetup::sendTestMessage(const storage::MailgunConnection &connection, const QString &key,
                                            const QString &to, Done done)
{
    runCheck(QStringList{QStringLiteral("mailgun"), QStringLiteral("send-test"), QStringLiteral("--recipient"), to}
                 + connectionArguments(connection),
             key, std::move(done));
}

} // namespace anchor::models
