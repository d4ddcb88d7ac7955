#pragma once

#include "database.h"
#include "journeytypes.h"

#include <QCoreApplication>

namespace anchor::storage {

// The services each client business offers (services). A client's list starts from seed 000's
// presets for its type and subtype, once; after that it is the user's to edit.
class ServiceRepository
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::ServiceRepository)

public:
    explicit ServiceRepository(Database database);

    // Seeds the presets the first time a client's services are read; never again, so services
    // the user deleted stay deleted.
    QList<Service> forClient(const QString &clientId, bool includeInactive = true);
    std::optional<Service> find(const QString &serviceId) const;
    // Resolves a service of the client by id or by name (case-insensitive).
    Service resolve(const QString &clientId, const QString &idOrName);

    // Validates (a name, a price that is money) and saves; returns the id. A service with an id
    // that is not stored (undo of a delete) is written back under that id.
    QString save(const Service &service);
    // Writes a deleted service back under its id and links the journeys that were about it again
    // (deleting a service unlinks them), in one transaction: the undo of remove().
    void restore(const Service &service, const QStringList &journeyIds);
    // The journeys about this service (client_journeys.service_id).
    QStringList journeysOf(const QString &serviceId) const;
    void setActive(const QString &serviceId, bool active);
    // Deletes a service; one an active client agreed to cannot go (deactivate it instead).
    void remove(const QString &serviceId);
    bool isInUse(const QString &serviceId) const;

    // Seed 000's service presets for a client subtype (dental, roofing, ...): names only.
    static QStringList presetNames(const QString &clientType, const QString &clientSubtype);

private:
    void seedPresetsOnce(const QString &clientId);

    Database m_database;
};

} // namespace anchor::storage
