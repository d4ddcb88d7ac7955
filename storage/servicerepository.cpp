#include "servicerepository.h"

#include "sqlhelpers.h"
#include "storageerror.h"
#include "timestamps.h"
#include "transaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace anchor::storage {

namespace {

// Money up to ten million in the currency: more is a typing slip, not a price.
constexpr qint64 kMaxPriceCents = 1'000'000'000LL;

const QString kServiceColumns = QStringLiteral("SELECT id, user_id, name, coalesce(description, ''), base_price, active "
                                               "FROM services ");

Service readService(const QSqlQuery &query)
{
    Service service;
    service.id = query.value(0).toString();
    service.clientId = query.value(1).toString();
    service.name = query.value(2).toString();
    service.description = query.value(3).toString();
    if (!query.value(4).isNull())
        service.basePriceCents = query.value(4).toLongLong();
    service.active = query.value(5).toInt() != 0;
    return service;
}

QString seededKey(const QString &clientId)
{
    return QStringLiteral("services_seeded:") + clientId;
}

} // namespace

ServiceRepository::ServiceRepository(Database database)
    : m_database(std::move(database))
{
}

QStringList ServiceRepository::presetNames(const QString &clientType, const QString &clientSubtype)
{
    const QString subtype = clientSubtype.toLower();
    // Seed 000, "Service Type Presets".
    if (subtype == QLatin1String("dental"))
        return {tr("Exams"), tr("Whitening"), tr("Implants"), tr("Root canals"), tr("Invisalign"), tr("Crowns"),
                tr("Emergency"), tr("Pediatric"), tr("Cosmetic"), tr("Periodontal")};
    if (subtype == QLatin1String("tmj_sleep") || subtype == QLatin1String("tmj") || subtype == QLatin1String("sleep"))
        return {tr("TMJ"), tr("CPAP"), tr("Sleep apnea"), tr("Appliances"), tr("Pediatric"), tr("Nightlase"),
                tr("Sleep study"), tr("Nuvola"), tr("Botox"), tr("Oral surgery")};
    if (subtype == QLatin1String("med_spa"))
        return {tr("Botox & fillers"), tr("Microneedling"), tr("Laser hair removal"), tr("Hydrafacial"),
                tr("Chemical peel"), tr("CoolSculpting"), tr("IPL"), tr("Body contouring")};
    if (subtype == QLatin1String("chiropractic"))
        return {tr("Spinal adjustment"), tr("Posture correction"), tr("Sports injury"), tr("Prenatal"), tr("Massage"),
                tr("Corrective exercises"), tr("Pain relief")};
    if (subtype == QLatin1String("roofing"))
        return {tr("Inspection"), tr("Repair"), tr("Replacement"), tr("Storm damage"), tr("Gutters"), tr("Skylights")};
    if (subtype == QLatin1String("plumbing"))
        return {tr("Drain cleaning"), tr("Water heater"), tr("Tankless install"), tr("Pipe replacement"),
                tr("Leak detection"), tr("Sewer line")};
    if (subtype == QLatin1String("hvac"))
        return {tr("AC install/repair"), tr("Furnace install/repair"), tr("Heat pump"), tr("Duct cleaning"),
                tr("Tune-up")};
    if (subtype == QLatin1String("landscaping") || subtype == QLatin1String("hardscaping"))
        return {tr("Landscape design"), tr("Lawn maintenance"), tr("Patio & pavers"), tr("Retaining walls"),
                tr("Lighting"), tr("Irrigation"), tr("Tree care"), tr("Sod"), tr("Hardscape"), tr("Seasonal cleanup")};
    if (clientType == QLatin1String("food_service") || subtype == QLatin1String("general")
        || subtype == QLatin1String("catering"))
        return {tr("Catering"), tr("Hospitality")};
    return {};
}

void ServiceRepository::seedPresetsOnce(const QString &clientId)
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Adding the preset services");
    QSqlQuery seeded = sql::run(db, QStringLiteral("SELECT 1 FROM app_settings WHERE key = ?"), {seededKey(clientId)},
                                context);
    if (seeded.next())
        return;
    seeded.finish();
    QSqlQuery profile = sql::run(db, QStringLiteral("SELECT coalesce(client_type, ''), coalesce(client_subtype, '') "
                                                    "FROM client_profiles WHERE user_id = ?"),
                                 {clientId}, context);
    if (!profile.next())
        return;   // not a client business
    QStringList names = presetNames(profile.value(0).toString(), profile.value(1).toString());
    profile.finish();

    Transaction transaction(db);
    QSqlQuery existing = sql::run(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM services WHERE user_id = ?)"),
                                  {clientId}, context);
    const bool hasServices = existing.next() && existing.value(0).toInt() != 0;
    existing.finish();
    if (hasServices)
        names.clear();   // the client's list was made some other way (import, demo): leave it be
    QSqlQuery insert(db);
    sql::prepare(insert, QStringLiteral("INSERT INTO services (id, user_id, name) SELECT ?, ?, ? "
                                        "WHERE NOT EXISTS (SELECT 1 FROM services WHERE user_id = ? AND name = ? COLLATE NOCASE)"));
    for (const QString &name : names) {
        insert.addBindValue(newId());
        insert.addBindValue(clientId);
        insert.addBindValue(name);
        insert.addBindValue(clientId);
        insert.addBindValue(name);
        sql::exec(insert, context);
    }
    sql::run(db, QStringLiteral("INSERT OR REPLACE INTO app_settings (key, value) VALUES (?, json('true'))"),
             {seededKey(clientId)}, context);
    transaction.commit();
}

QList<Service> ServiceRepository::forClient(const QString &clientId, bool includeInactive)
{
    seedPresetsOnce(clientId);
    QSqlQuery query = sql::run(m_database.connection(),
                               kServiceColumns + QStringLiteral("WHERE user_id = ? AND (? OR active = 1) "
                                                                "ORDER BY name COLLATE NOCASE"),
                               {clientId, includeInactive ? 1 : 0}, tr("Loading services"));
    QList<Service> services;
    while (query.next())
        services.append(readService(query));
    return services;
}

std::optional<Service> ServiceRepository::find(const QString &serviceId) const
{
    QSqlQuery query = sql::run(m_database.connection(), kServiceColumns + QStringLiteral("WHERE id = ?"), {serviceId},
                               tr("Loading a service"));
    if (!query.next())
        return std::nullopt;
    return readService(query);
}

Service ServiceRepository::resolve(const QString &clientId, const QString &idOrName)
{
    for (const Service &service : forClient(clientId)) {
        if (service.id == idOrName || service.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return service;
    }
    throw StorageError(StorageError::Kind::NotFound, tr("The client offers no service \"%1\".").arg(idOrName));
}

QString ServiceRepository::save(const Service &service)
{
    const QString name = service.name.trimmed();
    if (name.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, tr("A service needs a name."));
    if (name.size() > 120)
        throw StorageError(StorageError::Kind::Constraint, tr("A service name can be at most 120 characters."));
    if (service.basePriceCents && (*service.basePriceCents < 0 || *service.basePriceCents > kMaxPriceCents))
        throw StorageError(StorageError::Kind::Constraint,
                           tr("A price must be an amount of money between 0 and 10,000,000."));
    if (service.clientId.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, tr("A service belongs to a client business."));

    QSqlDatabase db = m_database.connection();
    const QString context = tr("Saving a service");
    Transaction transaction(db);
    QSqlQuery clash = sql::run(db, QStringLiteral("SELECT 1 FROM services WHERE user_id = ? AND name = ? COLLATE NOCASE "
                                                  "AND id IS NOT ?"),
                               {service.clientId, name, sql::textOrNull(service.id)}, context);
    if (clash.next())
        throw StorageError(StorageError::Kind::Constraint, tr("The client already offers a service named \"%1\".").arg(name));
    clash.finish();
    const QVariant price = service.basePriceCents ? QVariant(*service.basePriceCents) : QVariant();
    QString id = service.id;
    if (id.isEmpty()) {
        id = newId();
        sql::run(db, QStringLiteral("INSERT INTO services (id, user_id, name, description, base_price, active) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                 {id, service.clientId, name, sql::textOrNull(service.description.trimmed()), price,
                  service.active ? 1 : 0},
                 context);
    } else {
        // An id that is not stored (undo of a delete) is written back under that id.
        sql::run(db, QStringLiteral(
            "INSERT INTO services (id, user_id, name, description, base_price, active) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description, "
            "base_price = excluded.base_price, active = excluded.active, "
            "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"),
            {id, service.clientId, name, sql::textOrNull(service.description.trimmed()), price, service.active ? 1 : 0},
            context);
    }
    transaction.commit();
    return id;
}

QStringList ServiceRepository::journeysOf(const QString &serviceId) const
{
    QSqlQuery query = sql::run(m_database.connection(),
                               QStringLiteral("SELECT id FROM client_journeys WHERE service_id = ? ORDER BY id"),
                               {serviceId}, tr("Loading a service"));
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

void ServiceRepository::restore(const Service &service, const QStringList &journeyIds)
{
    if (service.id.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, tr("Only a service with an id can be restored."));
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    save(service);
    QSqlQuery relink(db);
    sql::prepare(relink, QStringLiteral("UPDATE client_journeys SET service_id = ? WHERE id = ? AND service_id IS NULL"));
    for (const QString &journeyId : journeyIds) {
        relink.addBindValue(service.id);
        relink.addBindValue(journeyId);
        sql::exec(relink, tr("Restoring a service"));
    }
    transaction.commit();
}

void ServiceRepository::setActive(const QString &serviceId, bool active)
{
    sql::run(m_database.connection(),
             QStringLiteral("UPDATE services SET active = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"),
             {active ? 1 : 0, serviceId}, tr("Saving a service"));
}

bool ServiceRepository::isInUse(const QString &serviceId) const
{
    QSqlQuery query = sql::run(m_database.connection(),
                               QStringLiteral("SELECT EXISTS (SELECT 1 FROM client_services WHERE service_id = ?)"),
                               {serviceId}, tr("Loading a service"));
    return query.next() && query.value(0).toInt() != 0;
}

void ServiceRepository::remove(const QString &serviceId)
{
    if (isInUse(serviceId))
        throw StorageError(StorageError::Kind::Constraint,
                           tr("Active clients agreed to this service, so it stays; mark it inactive instead."));
    sql::run(m_database.connection(), QStringLiteral("DELETE FROM services WHERE id = ?"), {serviceId},
             tr("Deleting a service"));
}

} // namespace anchor::storage
