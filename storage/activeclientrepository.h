#pragma once

#include "database.h"
#include "journeytypes.h"

#include <QCoreApplication>

namespace anchor::storage {

// Converted leads and current customers (active_clients) with the services they agreed to
// (client_services), and the conversion that makes them.
class ActiveClientRepository
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::ActiveClientRepository)

public:
    explicit ActiveClientRepository(Database database);

    QList<ActiveClient> list(const ActiveClientFilter &filter, int limit = 5000) const;
    std::optional<ActiveClient> find(const QString &activeClientId) const;
    // The client business's active client with this phone number, if any.
    std::optional<ActiveClient> findByPhone(const QString &clientId, const QString &phone) const;
    QList<AgreedService> services(const QString &activeClientId) const;

    // Converts a journey (or a lead without one) in one transaction: creates the active client
    // (or adds to an existing one), writes the services agreed, moves the journey to
    // active_client, links the lead call and rates it 5 stars (converted; queued for CTM when the
    // client syncs). Refuses to convert twice, services of another client, and prices that are
    // not money.
    ConversionResult convert(const Conversion &conversion);
    // Takes a conversion back exactly (undo). The lead's rating is put back by the caller.
    void undoConversion(const ConversionResult &result);

    // Links a call to an active client: it shows as a returning customer. Returns what it was.
    QPair<QString, QString> linkCall(const QString &callId, const QString &activeClientId);
    void restoreCallLink(const QString &callId, const QString &activeClientId, const QString &callerType);

    void setStatus(const QString &activeClientId, const QString &status);
    QString status(const QString &activeClientId) const;

private:
    Database m_database;
};

} // namespace anchor::storage
