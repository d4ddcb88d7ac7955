#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace anchor::storage {

// A client business of the agency: a users row with the client role, its client_profiles row
// and its brand assets (where the business name lives).
struct Client
{
    QString id;
    QString name;
    QString clientType;     // medical, home_service, food_service, other
    QString clientSubtype;  // dental, roofing, ...
    QString ctmAccountNumber;
};

struct NewClient
{
    QString businessName;
    QString contactFirstName;
    QString contactLastName;
    QString email;
    QString clientType;
    QString clientSubtype;
    QString mainNumber;
    QString websiteUrl;
};

// How a client reaches CallTrackingMetrics. The keys are not here: they live in the OS keychain.
struct CtmConnection
{
    QString accountId;            // client_profiles.ctm_account_number; empty: no CTM sync
    QString baseUrl;              // empty: CTM's own API
    QString caCertificateFile;    // an extra CA to trust (tests, corporate proxies)
};

class ClientRepository
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::ClientRepository)

public:
    explicit ClientRepository(Database database);

    QList<Client> list() const;
    std::optional<Client> find(const QString &id) const;
    // Looks a client up by id, else by name (case-insensitive); throws NotFound or, when a name
    // matches several clients, Constraint with the candidates named.
    Client resolve(const QString &idOrName) const;
    QString create(const NewClient &client);

    CtmConnection ctmConnection(const QString &clientId) const;
    void setCtmConnection(const QString &clientId, const CtmConnection &connection);

private:
    Database m_database;
};

// The optional LLM classifier: an OpenAI-compatible chat-completions endpoint. The API key is in
// the keychain, not here.
struct LlmSettings
{
    bool enabled = false;
    QString url;      // e.g. https://api.openai.com/v1/ (".../chat/completions" is added)
    QString model;
    QString caCertificateFile;
};

class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::SettingsRepository)

public:
    explicit SettingsRepository(Database database);
    LlmSettings llmSettings() const;
    void setLlmSettings(const LlmSettings &settings);
    QString aiPrompt(const QString &clientId) const;   // client_profiles.ai_prompt

private:
    Database m_database;
};

// The staff user working at this desktop: author of notes, owner of saved views.
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::UserRepository)

public:
    explicit UserRepository(Database database);

    // Returns the local staff user, creating it on first use from the OS account name.
    QString ensureLocalUser();

private:
    Database m_database;
};

} // namespace anchor::storage
