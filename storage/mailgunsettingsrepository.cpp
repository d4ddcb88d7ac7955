#include "mailgunsettingsrepository.h"

#include "emailcontent.h"
#include "sqlhelpers.h"
#include "storageerror.h"
#include "transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

namespace anchor::storage {

namespace {

const QString kConnectionPrefix = QStringLiteral("mailgun.connection:");
const QString kQueueKey = QStringLiteral("mailgun.queue");

MailgunConnection fromJson(const QString &scopeId, const QJsonObject &json)
{
    MailgunConnection connection;
    connection.scopeId = scopeId;
    connection.domain = json.value(QLatin1String("domain")).toString();
    connection.region = json.value(QLatin1String("region")).toString(QStringLiteral("us"));
    connection.fromAddress = json.value(QLatin1String("from_address")).toString();
    connection.fromName = json.value(QLatin1String("from_name")).toString();
    connection.baseUrl = json.value(QLatin1String("base_url")).toString();
    connection.caCertificateFile = json.value(QLatin1String("ca_certificate")).toString();
    return connection;
}

QJsonObject toJson(const MailgunConnection &connection)
{
    return {{QStringLiteral("domain"), connection.domain.trimmed().toLower()},
            {QStringLiteral("region"), connection.region.trimmed().toLower()},
            {QStringLiteral("from_address"), connection.fromAddress.trimmed()},
            {QStringLiteral("from_name"), connection.fromName.trimmed()},
            {QStringLiteral("base_url"), connection.baseUrl.trimmed()},
            {QStringLiteral("ca_certificate"), connection.caCertificateFile.trimmed()}};
}

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

void writeSetting(const QSqlDatabase &db, const QString &key, const QJsonObject &value, const QString &context)
{
    sql::run(db, QStringLiteral("INSERT INTO app_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                                "SET value = excluded.value, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"),
             {key, compact(value)}, context);
}

} // namespace

MailgunSettingsRepository::MailgunSettingsRepository(Database database)
    : m_database(std::move(database))
{
}

QString MailgunSettingsRepository::settingsKey(const QString &scopeId)
{
    return kConnectionPrefix + scopeId;
}

std::optional<MailgunConnection> MailgunSettingsRepository::connection(const QString &scopeId) const
{
    QSqlQuery query = sql::run(m_database.connection(), QStringLiteral("SELECT value FROM app_settings WHERE key = ?"),
                               {settingsKey(scopeId)}, tr("Loading the Mailgun settings"));
    if (!query.next())
        return std::nullopt;
    return fromJson(scopeId, QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
}

std::optional<MailgunConnection> MailgunSettingsRepository::effectiveFor(const QString &clientId) const
{
    if (!clientId.isEmpty()) {
        if (auto own = connection(clientId))
            return own;
    }
    return connection(QString());
}

QString MailgunSettingsRepository::effectiveScopeFor(const QString &clientId) const
{
    if (!clientId.isEmpty() && connection(clientId))
        return clientId;
    return {};
}

QString MailgunSettingsRepository::validationError(const MailgunConnection &connection)
{
    static const QRegularExpression domainPattern(
        QStringLiteral(R"(^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$)"));
    const QString domain = connection.domain.trimmed().toLower();
    if (domain.isEmpty())
        return tr("Enter the Mailgun sending domain, for example mg.example.com.");
    if (!domainPattern.match(domain).hasMatch())
        return tr("\"%1\" is not a domain name. Enter the sending domain as Mailgun shows it, for example "
                  "mg.example.com.").arg(connection.domain.trimmed());
    const QString region = connection.region.trimmed().toLower();
    if (region != QLatin1String("us") && region != QLatin1String("eu"))
        return tr("The Mailgun region must be US or EU.");
    const QString from = connection.fromAddress.trimmed();
    if (from.isEmpty())
        return tr("Enter the address messages are sent from.");
    if (!email::isValidAddress(from))
        return tr("\"%1\" is not a valid sending address.").arg(from);
    const QString baseUrl = connection.baseUrl.trimmed();
    if (!baseUrl.isEmpty()) {
        const QUrl url(baseUrl, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
            return tr("The Mailgun base URL must be an https:// address.");
    }
    return {};
}

void MailgunSettingsRepository::save(const MailgunConnection &connection)
{
    const QString problem = validationError(connection);
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, problem);
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!connection.scopeId.isEmpty()) {
        QSqlQuery client = sql::run(db, QStringLiteral("SELECT 1 FROM users WHERE id = ? AND role = 'client'"),
                                    {connection.scopeId}, tr("Saving the Mailgun settings"));
        if (!client.next())
            throw StorageError(StorageError::Kind::NotFound,
                               tr("No client has the id %1: its Mailgun settings were not saved.").arg(connection.scopeId));
    }
    writeSetting(db, settingsKey(connection.scopeId), toJson(connection), tr("Saving the Mailgun settings"));
    transaction.commit();
}

void MailgunSettingsRepository::remove(const QString &scopeId)
{
    sql::run(m_database.connection(), QStringLiteral("DELETE FROM app_settings WHERE key = ?"), {settingsKey(scopeId)},
             tr("Removing the Mailgun settings"));
}

QList<MailgunConnection> MailgunSettingsRepository::list() const
{
    // substr() instead of LIKE: scope ids are matched literally.
    QSqlQuery query = sql::run(m_database.connection(),
                               QStringLiteral("SELECT substr(key, ?), value FROM app_settings WHERE substr(key, 1, ?) = ? "
                                              "ORDER BY key"),
                               {int(kConnectionPrefix.size()) + 1, int(kConnectionPrefix.size()), kConnectionPrefix},
                               tr("Loading the Mailgun settings"));
    QList<MailgunConnection> connections;
    while (query.next())
        connections.append(fromJson(query.value(0).toString(),
                                    QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object()));
    // ORDER BY key already puts the agency ('' scope) first.
    return connections;
}

MailgunQueueSettings MailgunSettingsRepository::queueSettings() const
{
    QSqlQuery query = sql::run(m_database.connection(), QStringLiteral("SELECT value FROM app_settings WHERE key = ?"),
                               {kQueueKey}, tr("Loading the Mailgun settings"));
    MailgunQueueSettings settings;
    if (query.next()) {
        const QJsonObject json = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        settings.messagesPerMinute = json.value(QLatin1String("messages_per_minute")).toInt(settings.messagesPerMinute);
        settings.batchSize = json.value(QLatin1String("batch_size")).toInt(settings.batchSize);
        settings.maxAttempts = json.value(QLatin1String("max_attempts")).toInt(settings.maxAttempts);
    }
    return settings;
}

void MailgunSettingsRepository::setQueueSettings(const MailgunQueueSettings &settings)
{
    if (settings.messagesPerMinute < 0 || settings.messagesPerMinute > 100000)
        throw StorageError(StorageError::Kind::Constraint,
                           tr("Messages per minute must be between 0 (no limit) and 100,000."));
    if (settings.batchSize < 1 || settings.batchSize > 1000)
        throw StorageError(StorageError::Kind::Constraint, tr("The batch size must be between 1 and 1,000."));
    if (settings.maxAttempts < 1 || settings.maxAttempts > 100)
        throw StorageError(StorageError::Kind::Constraint, tr("The number of attempts must be between 1 and 100."));
    writeSetting(m_database.connection(), kQueueKey,
                 {{QStringLiteral("messages_per_minute"), settings.messagesPerMinute},
                  {QStringLiteral("batch_size"), settings.batchSize},
                  {QStringLiteral("max_attempts"), settings.maxAttempts}},
                 tr("Saving the Mailgun settings"));
}

} // namespace anchor::storage
