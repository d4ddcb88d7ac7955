#include "credentialstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <qt6keychain/keychain.h>

namespace anchor::sync {

namespace {

QString ctmKey(const QString &clientId)
{
    return QStringLiteral("ctm:") + clientId;
}

QString mailgunKey(const QString &scopeId)
{
    return QStringLiteral("mailgun:") + (scopeId.isEmpty() ? QStringLiteral("agency") : scopeId);
}

QString describe(const QKeychain::Job &job)
{
    // QtKeychain's text names the backend problem (locked keyring, no secret service, ...);
    // it never contains the secret.
    return QCoreApplication::translate("anchor::sync::CredentialStore", "The system keychain refused: %1")
        .arg(job.errorString());
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
}

QString CredentialStore::serviceName()
{
    return QStringLiteral("Anchor CRM");
}

CtmKeys CredentialStore::ctmKeysFromEnvironment()
{
    return {qEnvironmentVariable("ANCHOR_CTM_ACCESS_KEY"), qEnvironmentVariable("ANCHOR_CTM_SECRET_KEY")};
}

void CredentialStore::readCtmKeys(const QString &clientId, ReadDone done)
{
    read(ctmKey(clientId), [done = std::move(done)](const QByteArray &secret, const QString &error) {
        const QJsonObject object = QJsonDocument::fromJson(secret).object();
        done({object.value(QLatin1String("access")).toString(), object.value(QLatin1String("secret")).toString()}, error);
    });
}

void CredentialStore::writeCtmKeys(const QString &clientId, const CtmKeys &keys, WriteDone done)
{
    const QJsonObject object{{QStringLiteral("access"), keys.accessKey}, {QStringLiteral("secret"), keys.secretKey}};
    write(ctmKey(clientId), QJsonDocument(object).toJson(QJsonDocument::Compact), std::move(done));
}

void CredentialStore::removeCtmKeys(const QString &clientId, WriteDone done)
{
    remove(ctmKey(clientId), std::move(done));
}

void CredentialStore::readLlmKey(std::function<void(const QString &, const QString &)> done)
{
    read(QStringLiteral("llm"), [done = std::move(done)](const QByteArray &secret, const QString &error) {
        done(QString::fromUtf8(secret), error);
    });
}

void CredentialStore::writeLlmKey(const QString &key, WriteDone done)
{
    write(QStringLiteral("llm"), key.toUtf8(), std::move(done));
}

QString CredentialStore::llmKeyFromEnvironment()
{
    return qEnvironmentVariable("ANCHOR_LLM_API_KEY");
}

void CredentialStore::readMailgunKey(const QString &scopeId, std::function<void(const QString &, const QString &)> done)
{
    read(mailgunKey(scopeId), [done = std::move(done)](const QByteArray &secret, const QString &error) {
        done(QString::fromUtf8(secret).trimmed(), error);
    });
}

void CredentialStore::writeMailgunKey(const QString &scopeId, const QString &key, WriteDone done)
{
    write(mailgunKey(scopeId), key.trimmed().toUtf8(), std::move(done));
}

void CredentialStore::removeMailgunKey(const QString &scopeId, WriteDone done)
{
    remove(mailgunKey(scopeId), std::move(done));
}

QString CredentialStore::mailgunKeyFromEnvironment()
{
    return qEnvironmentVariable("ANCHOR_MAILGUN_API_KEY").trimmed();
}

void CredentialStore::read(const QString &key, std::function<void(const QByteArray &, const QString &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(key);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError)
            done(job->binaryData(), {});
        else if (job->error() == QKeychain::EntryNotFound)
            done({}, {});
        else
            done({}, describe(*job));
    });
    job->start();
}

void CredentialStore::write(const QString &key, const QByteArray &secret, WriteDone done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(key);
    job->setBinaryData(secret);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        done(job->error() == QKeychain::NoError ? QString() : describe(*job));
    });
    job->start();
}

void CredentialStore::remove(const QString &key, WriteDone done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(key);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(ok ? QString() : describe(*job));
    });
    job->start();
}

} // namespace anchor::sync
