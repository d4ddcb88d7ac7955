#pragma once

#include "database.h"
#include "emailtypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace anchor::storage {

// How fast the send queue may go (app_settings key `mailgun.queue`). Mailgun throttles per
// domain; a steady rate keeps a large campaign under it instead of hitting 429s.
struct MailgunQueueSettings
{
    int messagesPerMinute = 0;   // 0: as fast as Mailgun accepts
    int batchSize = 50;          // messages claimed per round trip of the sender
    int maxAttempts = 5;         // clear refusals and retries before an item fails for good

    bool operator==(const MailgunQueueSettings &) const = default;
};

// Mailgun connections per scope: the agency ('' scope) and client businesses that send with
// their own domain. Stored as JSON in app_settings under `mailgun.connection:<scopeId>`; the API
// key is never here (sync/credentialstore keeps it in the keychain).
class MailgunSettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::MailgunSettingsRepository)

public:
    explicit MailgunSettingsRepository(Database database);

    // The scope's own connection, nullopt when it has none.
    std::optional<MailgunConnection> connection(const QString &scopeId) const;
    // What a client sends with: its own connection, else the agency's, else nullopt. An empty
    // clientId asks for the agency's.
    std::optional<MailgunConnection> effectiveFor(const QString &clientId) const;
    // The scope whose connection effectiveFor(clientId) returns: clientId or '' (also '' when
    // nothing is configured).
    QString effectiveScopeFor(const QString &clientId) const;

    // Validates (domain, region us|eu, a valid from address, a client scope that exists) and
    // stores; throws StorageError (Constraint or NotFound) with a message for the user.
    void save(const MailgunConnection &connection);
    void remove(const QString &scopeId);
    // Every configured connection, the agency's first, then by scope id.
    QList<MailgunConnection> list() const;

    MailgunQueueSettings queueSettings() const;
    void setQueueSettings(const MailgunQueueSettings &settings);   // validates ranges

    // The problem with `connection` in words for the user, empty when it is fine. save() throws
    // with this text.
    static QString validationError(const MailgunConnection &connection);
    static QString settingsKey(const QString &scopeId);

private:
    Database m_database;
};

} // namespace anchor::storage
