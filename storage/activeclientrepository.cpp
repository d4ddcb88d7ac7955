#include "activeclientrepository.h"

#include "callrepository.h"
#include "journeyrepository.h"
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

constexpr qint64 kMaxPriceCents = 1'000'000'000LL;

const QString kColumns = QStringLiteral(
    "SELECT a.id, a.owner_user_id, coalesce(d.name, ''), coalesce(a.client_name, ''), coalesce(a.client_phone, ''), "
    "coalesce(a.client_email, ''), coalesce(a.source, ''), a.status, a.created_at, "
    "(SELECT count(*) FROM client_services cs WHERE cs.active_client_id = a.id), "
    "(SELECT coalesce(sum(cs.agreed_price), 0) FROM client_services cs WHERE cs.active_client_id = a.id), "
    "(SELECT count(*) FROM client_journeys j WHERE j.active_client_id = a.id) "
    "FROM active_clients a LEFT JOIN client_directory d ON d.id = a.owner_user_id ");

ActiveClient readActiveClient(const QSqlQuery &q)
{
    ActiveClient client;
    client.id = q.value(0).toString();
    client.clientId = q.value(1).toString();
    client.clientName = q.value(2).toString();
    client.name = q.value(3).toString();
    client.phone = q.value(4).toString();
    client.email = q.value(5).toString();
    client.source = q.value(6).toString();
    client.status = q.value(7).toString();
    client.createdAt = fromDbTimestamp(q.value(8).toString());
    client.serviceCount = q.value(9).toInt();
    client.agreedCents = q.value(10).toLongLong();
    client.journeyCount = q.value(11).toInt();
    return client;
}

} // namespace

ActiveClientRepository::ActiveClientRepository(Database database)
    : m_database(std::move(database))
{
}

QList<ActiveClient> ActiveClientRepository::list(const ActiveClientFilter &filter, int limit) const
{
    QStringList terms;
    QVariantList values;
    if (!filter.clientId.isEmpty()) {
        terms << QStringLiteral("a.owner_user_id = ?");
        values << filter.clientId;
    }
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (const QString &status : filter.statuses) {
            marks << QStringLiteral("?");
            values << status;
        }
        terms << QStringLiteral("a.status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!filter.search.trimmed().isEmpty()) {
        terms << QStringLiteral("(a.client_name LIKE ? OR a.client_phone LIKE ? OR a.client_email LIKE ?)");
        const QString pattern = QLatin1Char('%') + filter.search.trimmed() + QLatin1Char('%');
        values << pattern << pattern << pattern;
    }
    values << limit;
    const QString where = terms.isEmpty() ? QString() : QStringLiteral("WHERE ") + terms.join(QStringLiteral(" AND ")) + QLatin1Char(' ');
    QSqlQuery query = sql::run(m_database.connection(),
                               kColumns + where + QStringLiteral("ORDER BY a.created_at DESC LIMIT ?"), values,
                               tr("Loading active clients"));
    QList<ActiveClient> clients;
    while (query.next())
        clients.append(readActiveClient(query));
    return clients;
}

std::optional<ActiveClient> ActiveClientRepository::find(const QString &activeClientId) const
{
    QSqlQuery query = sql::run(m_database.connection(), kColumns + QStringLiteral("WHERE a.id = ?"), {activeClientId},
                               tr("Loading an active client"));
    if (!query.next())
        return std::nullopt;
    return readActiveClient(query);
}

std::optional<ActiveClient> ActiveClientRepository::findByPhone(const QString &clientId, const QString &phone) const
{
    if (phone.isEmpty())
        return std::nullopt;
    QSqlQuery query = sql::run(m_database.connection(),
                               kColumns + QStringLiteral("WHERE a.owner_user_id = ? AND a.client_phone = ? "
                                                         "ORDER BY a.status = 'active' DESC, a.created_at LIMIT 1"),
                               {clientId, phone}, tr("Loading an active client"));
    if (!query.next())
        return std::nullopt;
    return readActiveClient(query);
}

QList<AgreedService> ActiveClientRepository::services(const QString &activeClientId) const
{
    QSqlQuery query = sql::run(m_database.connection(), QStringLiteral(
        "SELECT cs.id, cs.service_id, CASE WHEN cs.redacted_at IS NULL THEN coalesce(s.name, '') ELSE '' END, "
        "cs.agreed_price, coalesce(cs.agreed_date, ''), cs.redacted_at IS NOT NULL "
        "FROM client_services cs LEFT JOIN services s ON s.id = cs.service_id WHERE cs.active_client_id = ? "
        "ORDER BY cs.agreed_date, cs.created_at"), {activeClientId}, tr("Loading the services agreed"));
    QList<AgreedService> services;
    while (query.next()) {
        AgreedService service;
        service.id = query.value(0).toString();
        service.serviceId = query.value(1).toString();
        service.serviceName = query.value(2).toString();
        if (!query.value(3).isNull())
            service.priceCents = query.value(3).toLongLong();
        service.agreedDate = fromDbTimestamp(query.value(4).toString()).date();
        service.redacted = query.value(5).toInt() != 0;
        services.append(service);
    }
    return services;
}

ConversionResult ActiveClientRepository::convert(const Conversion &conversion)
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Converting to an active client");
    if (conversion.services.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, tr("Choose at least one service the client agreed to."));
    for (const AgreedService &service : conversion.services) {
        if (service.priceCents && (*service.priceCents < 0 || *service.priceCents > kMaxPriceCents))
            throw StorageError(StorageError::Kind::Constraint,
                               tr("An agreed price must be an amount of money between 0 and 10,000,000."));
        if (!service.agreedDate.isValid())
            throw StorageError(StorageError::Kind::Constraint, tr("Each service needs the date the client agreed."));
    }
    Transaction transaction(db);
    ConversionResult result;

    // Where the person comes from: the journey, else the lead.
    QString clientId;
    QString callId = conversion.callId;
    QString name = conversion.name.trimmed();
    QString phone = conversion.phone.trimmed();
    QString source;
    if (!conversion.journeyId.isEmpty()) {
        QSqlQuery journey = sql::run(db, QStringLiteral(
            "SELECT owner_user_id, coalesce(lead_call_key, ''), coalesce(client_name, ''), coalesce(client_phone, ''), "
            "status, coalesce(active_client_id, '') FROM client_journeys WHERE id = ?"), {conversion.journeyId}, context);
        if (!journey.next())
            throw StorageError(StorageError::Kind::NotFound, tr("The journey no longer exists."));
        clientId = journey.value(0).toString();
        if (callId.isEmpty())
            callId = journey.value(1).toString();
        if (name.isEmpty())
            name = journey.value(2).toString();
        if (phone.isEmpty())
            phone = journey.value(3).toString();
        const QString status = journey.value(4).toString();
        if (status == QLatin1String("active_client") || status == QLatin1String("won"))
            throw StorageError(StorageError::Kind::Constraint, tr("This journey was already converted to an active client."));
        if (status == QLatin1String("lost"))
            throw StorageError(StorageError::Kind::Constraint, tr("Reopen this journey before converting it: it was lost."));
        if (status == QLatin1String("archived"))
            throw StorageError(StorageError::Kind::Constraint, tr("Reopen this journey before converting it: it is archived."));
        journey.finish();
        result.journeyBefore = JourneyState{};
    }
    if (!callId.isEmpty()) {
        QSqlQuery call = sql::run(db, QStringLiteral(
            "SELECT owner_user_id, coalesce(caller_name, ''), coalesce(from_number, ''), coalesce(source, ''), "
            "coalesce(active_client_id, ''), coalesce(caller_type, '') FROM call_logs WHERE call_id = ?"), {callId}, context);
        if (!call.next())
            throw StorageError(StorageError::Kind::NotFound, tr("There is no lead with call id \"%1\".").arg(callId));
        if (clientId.isEmpty())
            clientId = call.value(0).toString();
        if (name.isEmpty())
            name = call.value(1).toString();
        if (phone.isEmpty())
            phone = call.value(2).toString();
        source = call.value(3).toString();
        result.callActiveClientBefore = call.value(4).toString();
        result.callCallerTypeBefore = call.value(5).toString();
        if (conversion.journeyId.isEmpty() && !result.callActiveClientBefore.isEmpty())
            throw StorageError(StorageError::Kind::Constraint, tr("This lead was already converted to an active client."));
        result.callId = callId;
    }
    if (clientId.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, tr("Choose a journey or a lead to convert."));

    QSqlQuery service(db);
    sql::prepare(service, QStringLiteral("SELECT 1 FROM services WHERE id = ? AND user_id = ?"));
    for (const AgreedService &agreed : conversion.services) {
        service.addBindValue(agreed.serviceId);
        service.addBindValue(clientId);
        sql::exec(service, context);
        if (!service.next())
            throw StorageError(StorageError::Kind::Constraint, tr("A chosen service is not one this client offers."));
        service.finish();
    }

    if (!conversion.existingActiveClientId.isEmpty()) {
        QSqlQuery existing = sql::run(db, QStringLiteral("SELECT owner_user_id FROM active_clients WHERE id = ?"),
                                      {conversion.existingActiveClientId}, context);
        if (!existing.next())
            throw StorageError(StorageError::Kind::NotFound, tr("The active client no longer exists."));
        if (existing.value(0).toString() != clientId)
            throw StorageError(StorageError::Kind::Constraint, tr("The active client belongs to another client business."));
        result.activeClientId = conversion.existingActiveClientId;
    } else {
        result.activeClientId = conversion.activeClientId.isEmpty() ? newId() : conversion.activeClientId;
        result.createdActiveClient = true;
        QJsonObject funnel{{QStringLiteral("converted_at"), nowDbTimestamp()}};
        if (!conversion.journeyId.isEmpty())
            funnel.insert(QStringLiteral("journey_id"), conversion.journeyId);
        if (!callId.isEmpty())
            funnel.insert(QStringLiteral("call_id"), callId);
        sql::run(db, QStringLiteral("INSERT INTO active_clients (id, owner_user_id, client_name, client_phone, client_email, "
                                    "source, funnel_data, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'active')"),
                 {result.activeClientId, clientId, sql::textOrNull(name), sql::textOrNull(phone),
                  sql::textOrNull(conversion.email.trimmed()), sql::textOrNull(source),
                  QString::fromUtf8(QJsonDocument(funnel).toJson(QJsonDocument::Compact))},
                 context);
    }

    QSqlQuery insert(db);
    sql::prepare(insert, QStringLiteral("INSERT INTO client_services (id, active_client_id, service_id, agreed_price, agreed_date) "
                                        "VALUES (?, ?, ?, ?, ?)"));
    for (const AgreedService &agreed : conversion.services) {
        const QString id = agreed.id.isEmpty() ? newId() : agreed.id;
        insert.addBindValue(id);
        insert.addBindValue(result.activeClientId);
        insert.addBindValue(agreed.serviceId);
        insert.addBindValue(agreed.priceCents ? QVariant(*agreed.priceCents) : QVariant());
        insert.addBindValue(toDbTimestamp(agreed.agreedDate.startOfDay(Qt::UTC)));
        sql::exec(insert, context);
        result.clientServiceIds.append(id);
    }

    if (!conversion.journeyId.isEmpty()) {
        QSqlQuery before = sql::run(db, QStringLiteral("SELECT status, paused, coalesce(archived_at, ''), "
                                                       "coalesce(active_client_id, '') FROM client_journeys WHERE id = ?"),
                                    {conversion.journeyId}, context);
        before.next();
        result.journeyBefore = JourneyState{conversion.journeyId, before.value(0).toString(), before.value(1).toInt() != 0,
                                            before.value(2).toString(), before.value(3).toString()};
        before.finish();
        sql::run(db, QStringLiteral("UPDATE client_journeys SET status = 'active_client', active_client_id = ?, "
                                    "client_email = coalesce(?, client_email), "
                                    "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"),
                 {result.activeClientId, sql::textOrNull(conversion.email.trimmed()), conversion.journeyId}, context);
        sql::run(db, QStringLiteral("INSERT INTO client_journey_events (id, journey_id, kind, from_status, to_status, author_id) "
                                    "VALUES (?, ?, 'converted', ?, 'active_client', (SELECT id FROM users WHERE id = ?))"),
                 {newId(), conversion.journeyId, result.journeyBefore->status, conversion.authorId}, context);
    }
    if (!callId.isEmpty()) {
        sql::run(db, QStringLiteral("UPDATE call_logs SET active_client_id = ? WHERE call_id = ?"),
                 {result.activeClientId, callId}, context);
        CallRepository(m_database).setStars({callId}, 5);   // converted (seed 000); queued for CTM
    }
    transaction.commit();
    return result;
}

void ActiveClientRepository::undoConversion(const ConversionResult &result)
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Undoing a conversion");
    Transaction transaction(db);
    QSqlQuery remove(db);
    sql::prepare(remove, QStringLiteral("DELETE FROM client_services WHERE id = ?"));
    for (const QString &id : result.clientServiceIds) {
        remove.addBindValue(id);
        sql::exec(remove, context);
    }
    if (result.journeyBefore) {
        const JourneyState &state = *result.journeyBefore;
        sql::run(db, QStringLiteral("UPDATE client_journeys SET status = ?, paused = ?, archived_at = ?, active_client_id = ?, "
                                    "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"),
                 {state.status, state.paused ? 1 : 0, sql::textOrNull(state.archivedAt),
                  sql::textOrNull(state.activeClientId), state.journeyId},
                 context);
        updateJourneyNextAction(db, state.journeyId, context);
        sql::run(db, QStringLiteral("DELETE FROM client_journey_events WHERE id = (SELECT id FROM client_journey_events "
                                    "WHERE journey_id = ? AND kind = 'converted' ORDER BY created_at DESC LIMIT 1)"),
                 {state.journeyId}, context);
    }
    if (!result.callId.isEmpty())
        restoreCallLink(result.callId, result.callActiveClientBefore, result.callCallerTypeBefore);
    if (result.createdActiveClient)
        sql::run(db, QStringLiteral("DELETE FROM active_clients WHERE id = ?"), {result.activeClientId}, context);
    transaction.commit();
}

QPair<QString, QString> ActiveClientRepository::linkCall(const QString &callId, const QString &activeClientId)
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Linking a call to an active client");
    Transaction transaction(db);
    QSqlQuery call = sql::run(db, QStringLiteral("SELECT owner_user_id, coalesce(active_client_id, ''), coalesce(caller_type, '') "
                                                 "FROM call_logs WHERE call_id = ?"), {callId}, context);
    if (!call.next())
        throw StorageError(StorageError::Kind::NotFound, tr("There is no lead with call id \"%1\".").arg(callId));
    const QString owner = call.value(0).toString();
    const QPair<QString, QString> before{call.value(1).toString(), call.value(2).toString()};
    call.finish();
    QSqlQuery client = sql::run(db, QStringLiteral("SELECT owner_user_id FROM active_clients WHERE id = ?"), {activeClientId},
                                context);
    if (!client.next())
        throw StorageError(StorageError::Kind::NotFound, tr("The active client no longer exists."));
    if (client.value(0).toString() != owner)
        throw StorageError(StorageError::Kind::Constraint, tr("The active client belongs to another client business."));
    client.finish();
    sql::run(db, QStringLiteral("UPDATE call_logs SET active_client_id = ?, caller_type = 'returning_customer' WHERE call_id = ?"),
             {activeClientId, callId}, context);
    transaction.commit();
    return before;
}

void ActiveClientRepository::restoreCallLink(const QString &callId, const QString &activeClientId, const QString &callerType)
{
    sql::run(m_database.connection(),
             QStringLiteral("UPDATE call_logs SET active_client_id = ?, caller_type = ? WHERE call_id = ?"),
             {sql::textOrNull(activeClientId), sql::textOrNull(callerType), callId}, tr("Linking a call to an active client"));
}

void ActiveClientRepository::setStatus(const QString &activeClientId, const QString &status)
{
    if (status != QLatin1String("active") && status != QLatin1String("inactive") && status != QLatin1String("archived"))
        throw StorageError(StorageError::Kind::Constraint, tr("\"%1\" is not an active client status.").arg(status));
    sql::run(m_database.connection(), QStringLiteral(
        "UPDATE active_clients SET status = ?, archived_at = CASE WHEN ? = 'archived' THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') END, "
        "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"),
        {status, status, activeClientId}, tr("Changing an active client's status"));
}

QString ActiveClientRepository::status(const QString &activeClientId) const
{
    QSqlQuery query = sql::run(m_database.connection(), QStringLiteral("SELECT status FROM active_clients WHERE id = ?"),
                               {activeClientId}, tr("Loading an active client"));
    if (!query.next())
        throw StorageError(StorageError::Kind::NotFound, tr("The active client no longer exists."));
    return query.value(0).toString();
}

} // namespace anchor::storage
