#include "clientrepository.h"

#include "sqlhelpers.h"
#include "storageerror.h"
#include "timestamps.h"
#include "transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace anchor::storage {

namespace {

const QString kClientSelect = QStringLiteral(
    "SELECT id, name, client_type, client_subtype, ctm_account_number FROM client_directory");

Client readClient(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString()};
}

QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

const QString kLocalUserKey = QStringLiteral("local_user_id");

} // namespace

ClientRepository::ClientRepository(Database database)
    : m_database(std::move(database))
{
}

QList<Client> ClientRepository::list() const
{
    QSqlQuery query(m_database.connection());
    sql::prepare(query, kClientSelect + QStringLiteral(" ORDER BY name COLLATE NOCASE"));
    sql::exec(query, tr("Loading clients"));
    QList<Client> clients;
    while (query.next())
        clients.append(readClient(query));
    return clients;
}

std::optional<Client> ClientRepository::find(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    sql::prepare(query, kClientSelect + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    sql::exec(query, tr("Loading a client"));
    if (!query.next())
        return std::nullopt;
    return readClient(query);
}

namespace {

QString ctmSettingKey(const QString &clientId)
{
    return QStringLiteral("ctm_connection:") + clientId;
}

} // namespace

CtmConnection ClientRepository::ctmConnection(const QString &clientId) const
{
    QSqlQuery query(m_database.connection());
    sql::prepare(query, QStringLiteral(
        "SELECT coalesce(p.ctm_account_number, ''), coalesce(json_extract(s.value, '$.base_url'), ''), "
        "coalesce(json_extract(s.value, '$.ca_certificate'), '') "
        "FROM users u LEFT JOIN client_profiles p ON p.user_id = u.id LEFT JOIN app_settings s ON s.key = ? "
        "WHERE u.id = ?"));
    query.addBindValue(ctmSettingKey(clientId));
    query.addBindValue(clientId);
    sql::exec(query, tr("Loading the CallTrackingMetrics settings"));
    if (!query.next())
        throw StorageError(StorageError::Kind::NotFound, tr("No client has the id %1.").arg(clientId));
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
}

void ClientRepository::setCtmConnection(const QString &clientId, const CtmConnection &connection)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery profile(db);
    sql::prepare(profile, QStringLiteral(
        "INSERT INTO client_profiles (user_id, ctm_account_number) VALUES (?, ?) "
        "ON CONFLICT (user_id) DO UPDATE SET ctm_account_number = excluded.ctm_account_number, "
        "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"));
    profile.addBindValue(clientId);
    profile.addBindValue(connection.accountId.trimmed().isEmpty() ? QVariant() : QVariant(connection.accountId.trimmed()));
    sql::exec(profile, tr("Saving the CallTrackingMetrics settings"));
    QSqlQuery setting(db);
    sql::prepare(setting, QStringLiteral(
        "INSERT INTO app_settings (key, value) VALUES (?, json_object('base_url', ?, 'ca_certificate', ?)) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    setting.addBindValue(ctmSettingKey(clientId));
    setting.addBindValue(connection.baseUrl.trimmed());
    setting.addBindValue(connection.caCertificateFile.trimmed());
    sql::exec(setting, tr("Saving the CallTrackingMetrics settings"));
    transaction.commit();
}

Client ClientRepository::resolve(const QString &idOrName) const
{
    if (auto byId = find(idOrName))
        return *byId;
    QSqlQuery query(m_database.connection());
    sql::prepare(query, kClientSelect + QStringLiteral(" WHERE name = ? COLLATE NOCASE ORDER BY name"));
    query.addBindValue(idOrName.trimmed());
    sql::exec(query, tr("Looking up a client"));
    QList<Client> matches;
    while (query.next())
        matches.append(readClient(query));
    if (matches.isEmpty())
        throw StorageError(StorageError::Kind::NotFound, tr("No client is called \"%1\".").arg(idOrName));
    if (matches.size() > 1) {
        QStringList ids;
        for (const Client &c : matches)
            ids.append(c.id);
        throw StorageError(StorageError::Kind::Constraint,
                           tr("Several clients are called \"%1\"; use one of their ids: %2")
                               .arg(idOrName, ids.join(QStringLiteral(", "))));
    }
    return matches.first();
}

QString ClientRepository::create(const NewClient &client)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const QString id = newId();

    QSqlQuery user(db);
    sql::prepare(user, QStringLiteral("INSERT INTO users (id, first_name, last_name, email, role) "
                                      "VALUES (?, ?, ?, ?, 'client')"));
    user.addBindValue(id);
    user.addBindValue(nullIfEmpty(client.contactFirstName));
    user.addBindValue(nullIfEmpty(client.contactLastName));
    user.addBindValue(client.email);
    sql::exec(user, tr("Saving the client"));

    QSqlQuery profile(db);
    sql::prepare(profile, QStringLiteral("INSERT INTO client_profiles (user_id, client_type, client_subtype, "
                                         "call_tracking_main_number) VALUES (?, ?, ?, ?)"));
    profile.addBindValue(id);
    profile.addBindValue(nullIfEmpty(client.clientType));
    profile.addBindValue(nullIfEmpty(client.clientSubtype));
    profile.addBindValue(nullIfEmpty(client.mainNumber));
    sql::exec(profile, tr("Saving the client profile"));

    QSqlQuery brand(db);
    sql::prepare(brand, QStringLiteral("INSERT INTO brand_assets (id, user_id, business_name, website_url) "
                                       "VALUES (?, ?, ?, ?)"));
    brand.addBindValue(newId());
    brand.addBindValue(id);
    brand.addBindValue(client.businessName);
    brand.addBindValue(nullIfEmpty(client.websiteUrl));
    sql::exec(brand, tr("Saving the client's business name"));

    transaction.commit();
    return id;
}

UserRepository::UserRepository(Database database)
    : m_database(std::move(database))
{
}

QString UserRepository::ensureLocalUser()
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery lookup(db);
    sql::prepare(lookup, QStringLiteral("SELECT json_extract(s.value, '$') FROM app_settings s "
                                        "JOIN users u ON u.id = json_extract(s.value, '$') WHERE s.key = ?"));
    lookup.addBindValue(kLocalUserKey);
    sql::exec(lookup, tr("Loading the local user"));
    if (lookup.next())
        return lookup.value(0).toString();
    lookup.finish();

    Transaction transaction(db);
    QString account = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (account.isEmpty())
        account = QStringLiteral("staff");
    const QString id = newId();
    QSqlQuery user(db);
    sql::prepare(user, QStringLiteral("INSERT INTO users (id, first_name, email, role) VALUES (?, ?, ?, 'admin')"));
    user.addBindValue(id);
    user.addBindValue(account.left(60));
    user.addBindValue(QStringLiteral("%1+%2@localhost").arg(account, id.left(8)));
    sql::exec(user, tr("Creating the local user"));

    QSqlQuery setting(db);
    sql::prepare(setting, QStringLiteral("INSERT INTO app_settings (key, value) VALUES (?, json_quote(?)) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    setting.addBindValue(kLocalUserKey);
    setting.addBindValue(id);
    sql::exec(setting, tr("Creating the local user"));
    transaction.commit();
    return id;
}

SettingsRepository::SettingsRepository(Database database)
    : m_database(std::move(database))
{
}

LlmSettings SettingsRepository::llmSettings() const
{
    QSqlQuery query(m_database.connection());
    sql::prepare(query, QStringLiteral("SELECT value FROM app_settings WHERE key = 'llm_classifier'"));
    sql::exec(query, tr("Loading the AI classifier settings"));
    if (!query.next())
        return {};
    const QJsonObject object = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    return {object.value(QLatin1String("enabled")).toBool(), object.value(QLatin1String("url")).toString(),
            object.value(QLatin1String("model")).toString(), object.value(QLatin1String("ca_certificate")).toString()};
}

void SettingsRepository::setLlmSettings(const LlmSettings &settings)
{
    QSqlQuery query(m_database.connection());
    sql::prepare(query, QStringLiteral(
        "INSERT INTO app_settings (key, value) VALUES ('llm_classifier', json_object('enabled', json(?), 'url', ?, "
        "'model', ?, 'ca_certificate', ?)) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(settings.enabled ? QStringLiteral("true") : QStringLiteral("false"));
    query.addBindValue(settings.url.trimmed());
    query.addBindValue(settings.model.trimmed());
    query.addBindValue(settings.caCertificateFile.trimmed());
    sql::exec(query, tr("Saving the AI classifier settings"));
}

QString SettingsRepository::aiPrompt(const QString &clientId) const
{
    QSqlQuery query(m_database.connection());
    sql::prepare(query, QStringLiteral("SELECT coalesce(ai_prompt, '') FROM client_profiles WHERE user_id = ?"));
    query.addBindValue(clientId);
    sql::exec(query, tr("Loading the client's AI prompt"));
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace anchor::storage
