#include "segmentrepository.h"

#include "emailcontent.h"
#include "sqlhelpers.h"
#include "storageerror.h"
#include "timestamps.h"
#include "transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

namespace anchor::storage {

namespace {

QJsonArray toArray(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

QStringList fromArray(const QJsonValue &value)
{
    QStringList values;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString() && !item.toString().isEmpty())
            values.append(item.toString());
    }
    return values;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(u',');
}

// A WHERE fragment with its bound values, built from one filter.
struct Clause
{
    QStringList conditions;
    QVariantList values;

    void add(const QString &condition, const QVariantList &bound = {})
    {
        conditions.append(condition);
        values.append(bound);
    }
    void addIn(const QString &column, const QStringList &list)
    {
        conditions.append(column + QStringLiteral(" IN (") + placeholders(list.size()) + u')');
        for (const QString &value : list)
            values.append(value);
    }
    QString where() const { return conditions.isEmpty() ? QString() : QStringLiteral(" AND ") + conditions.join(QStringLiteral(" AND ")); }
};

QString dayStart(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

// The criteria that concern one call (alias c); `withDates` adds the call-date range.
Clause callCriteria(const SegmentFilter &filter, bool withDates)
{
    Clause clause;
    if (!filter.categories.isEmpty())
        clause.addIn(QStringLiteral("c.category"), filter.categories);
    if (filter.minStars > 0)
        clause.add(QStringLiteral("c.score >= ?"), {filter.minStars});
    if (filter.maxStars > 0)
        clause.add(QStringLiteral("c.score <= ?"), {filter.maxStars});
    if (!filter.callerTypes.isEmpty())
        clause.addIn(QStringLiteral("c.caller_type"), filter.callerTypes);
    if (!filter.tags.isEmpty()) {
        clause.add(QStringLiteral("EXISTS (SELECT 1 FROM call_log_tags ct JOIN lead_tags t ON t.id = ct.tag_id "
                                  "WHERE ct.call_id = c.call_id AND t.name IN (") + placeholders(filter.tags.size()) +
                   QStringLiteral("))"));
        for (const QString &tag : filter.tags)
            clause.values.append(tag);
    }
    if (withDates && filter.dateField == SegmentFilter::DateField::CallDate) {
        if (filter.from.isValid())
            clause.add(QStringLiteral("c.started_at >= ?"), {dayStart(filter.from)});
        if (filter.to.isValid())
            clause.add(QStringLiteral("c.started_at < ?"), {dayStart(filter.to.addDays(1))});
    }
    return clause;
}

bool hasCallCriteria(const SegmentFilter &filter)
{
    return !filter.categories.isEmpty() || filter.minStars > 0 || filter.maxStars > 0 || !filter.callerTypes.isEmpty()
           || !filter.tags.isEmpty()
           || (filter.dateField == SegmentFilter::DateField::CallDate && (filter.from.isValid() || filter.to.isValid()));
}

// SELECT email, name, customer id, call id FROM the leads the filter selects.
std::pair<QString, QVariantList> leadsQuery(const SegmentFilter &filter)
{
    Clause clause = callCriteria(filter, true);
    if (!filter.clientId.isEmpty())
        clause.add(QStringLiteral("c.owner_user_id = ?"), {filter.clientId});
    if (!filter.journeyStatuses.isEmpty()) {
        clause.add(QStringLiteral("EXISTS (SELECT 1 FROM client_journeys j WHERE j.lead_call_id = c.id AND j.status IN (")
                   + placeholders(filter.journeyStatuses.size()) + QStringLiteral("))"));
        for (const QString &status : filter.journeyStatuses)
            clause.values.append(status);
    }
    if (filter.dateField == SegmentFilter::DateField::ConversionDate && (filter.from.isValid() || filter.to.isValid())) {
        QString converted = QStringLiteral("EXISTS (SELECT 1 FROM active_clients a WHERE a.id = c.active_client_id");
        QVariantList values;
        if (filter.from.isValid()) {
            converted += QStringLiteral(" AND a.created_at >= ?");
            values.append(dayStart(filter.from));
        }
        if (filter.to.isValid()) {
            converted += QStringLiteral(" AND a.created_at < ?");
            values.append(dayStart(filter.to.addDays(1)));
        }
        clause.add(converted + u')', values);
    }
    return {QStringLiteral("SELECT c.caller_email, coalesce(c.caller_name, ''), coalesce(c.active_client_id, ''), c.call_id "
                           "FROM call_logs c WHERE c.caller_email IS NOT NULL") + clause.where(),
            clause.values};
}

std::pair<QString, QVariantList> clientsQuery(const SegmentFilter &filter)
{
    Clause clause;
    if (!filter.clientId.isEmpty())
        clause.add(QStringLiteral("a.owner_user_id = ?"), {filter.clientId});
    if (hasCallCriteria(filter)) {
        const Clause calls = callCriteria(filter, true);
        clause.add(QStringLiteral("EXISTS (SELECT 1 FROM call_logs c WHERE c.active_client_id = a.id") + calls.where() + u')',
                   calls.values);
    }
    if (!filter.journeyStatuses.isEmpty()) {
        clause.add(QStringLiteral("EXISTS (SELECT 1 FROM client_journeys j WHERE j.active_client_id = a.id AND j.status IN (")
                   + placeholders(filter.journeyStatuses.size()) + QStringLiteral("))"));
        for (const QString &status : filter.journeyStatuses)
            clause.values.append(status);
    }
    if (filter.dateField == SegmentFilter::DateField::ConversionDate) {
        if (filter.from.isValid())
            clause.add(QStringLiteral("a.created_at >= ?"), {dayStart(filter.from)});
        if (filter.to.isValid())
            clause.add(QStringLiteral("a.created_at < ?"), {dayStart(filter.to.addDays(1))});
    }
    return {QStringLiteral("SELECT lower(trim(a.client_email)), coalesce(a.client_name, ''), a.id, '' FROM active_clients a "
                           "WHERE a.status = 'active' AND a.client_email IS NOT NULL AND trim(a.client_email) <> ''")
                + clause.where(),
            clause.values};
}

bool wantsLeads(const SegmentFilter &filter)
{
    return filter.audience != SegmentFilter::Audience::ActiveClients;
}

bool wantsClients(const SegmentFilter &filter)
{
    return filter.audience != SegmentFilter::Audience::Leads;
}

QSqlQuery runForward(const QSqlDatabase &db, const QString &statement, const QVariantList &values, const QString &context)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    sql::prepare(query, statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    sql::exec(query, context);
    return query;
}

const char *audienceName(SegmentFilter::Audience audience)
{
    switch (audience) {
    case SegmentFilter::Audience::Leads: return "leads";
    case SegmentFilter::Audience::ActiveClients: return "active_clients";
    case SegmentFilter::Audience::Both: break;
    }
    return "both";
}

const QString kSegmentSelect = QStringLiteral(
    "SELECT id, coalesce(client_id, ''), name, coalesce(description, ''), coalesce(filters, '{}'), customer_count, "
    "coalesce(created_by, ''), created_at, updated_at FROM segments");

Segment readSegment(const QSqlQuery &query)
{
    Segment segment;
    segment.id = query.value(0).toString();
    segment.clientId = query.value(1).toString();
    segment.name = query.value(2).toString();
    segment.description = query.value(3).toString();
    segment.filter = SegmentFilter::fromJson(QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object());
    segment.customerCount = query.value(5).toInt();
    segment.createdBy = query.value(6).toString();
    segment.createdAt = fromDbTimestamp(query.value(7).toString());
    segment.updatedAt = fromDbTimestamp(query.value(8).toString());
    return segment;
}

} // namespace

QJsonObject SegmentFilter::toJson() const
{
    QJsonObject json{{QStringLiteral("audience"), QLatin1String(audienceName(audience))}};
    if (!clientId.isEmpty())
        json.insert(QStringLiteral("client_id"), clientId);
    if (!categories.isEmpty())
        json.insert(QStringLiteral("categories"), toArray(categories));
    if (minStars > 0)
        json.insert(QStringLiteral("min_stars"), minStars);
    if (maxStars > 0)
        json.insert(QStringLiteral("max_stars"), maxStars);
    if (!tags.isEmpty())
        json.insert(QStringLiteral("tags"), toArray(tags));
    if (!callerTypes.isEmpty())
        json.insert(QStringLiteral("caller_types"), toArray(callerTypes));
    if (!journeyStatuses.isEmpty())
        json.insert(QStringLiteral("journey_statuses"), toArray(journeyStatuses));
    if (from.isValid() || to.isValid())
        json.insert(QStringLiteral("date_field"),
                    dateField == DateField::ConversionDate ? QStringLiteral("conversion") : QStringLiteral("call"));
    if (from.isValid())
        json.insert(QStringLiteral("from"), from.toString(Qt::ISODate));
    if (to.isValid())
        json.insert(QStringLiteral("to"), to.toString(Qt::ISODate));
    return json;
}

SegmentFilter SegmentFilter::fromJson(const QJsonObject &json)
{
    SegmentFilter filter;
    const QString audience = json.value(QLatin1String("audience")).toString();
    if (audience == QLatin1String("leads"))
        filter.audience = Audience::Leads;
    else if (audience == QLatin1String("active_clients"))
        filter.audience = Audience::ActiveClients;
    filter.clientId = json.value(QLatin1String("client_id")).toString();
    filter.categories = fromArray(json.value(QLatin1String("categories")));
    filter.minStars = std::clamp(json.value(QLatin1String("min_stars")).toInt(), 0, 5);
    filter.maxStars = std::clamp(json.value(QLatin1String("max_stars")).toInt(), 0, 5);
    filter.tags = fromArray(json.value(QLatin1String("tags")));
    filter.callerTypes = fromArray(json.value(QLatin1String("caller_types")));
    filter.journeyStatuses = fromArray(json.value(QLatin1String("journey_statuses")));
    if (json.value(QLatin1String("date_field")).toString() == QLatin1String("conversion"))
        filter.dateField = DateField::ConversionDate;
    filter.from = QDate::fromString(json.value(QLatin1String("from")).toString(), Qt::ISODate);
    filter.to = QDate::fromString(json.value(QLatin1String("to")).toString(), Qt::ISODate);
    return filter;
}

SegmentRepository::SegmentRepository(Database database)
    : m_database(std::move(database))
{
}

QList<Segment> SegmentRepository::list(const QString &clientId) const
{
    const QString where = clientId.isEmpty() ? QString() : QStringLiteral(" WHERE client_id IS NULL OR client_id = ?");
    const QVariantList values = clientId.isEmpty() ? QVariantList() : QVariantList{clientId};
    QSqlQuery query = sql::run(m_database.connection(), kSegmentSelect + where + QStringLiteral(" ORDER BY name COLLATE NOCASE, id"),
                               values, tr("Loading segments"));
    QList<Segment> segments;
    while (query.next())
        segments.append(readSegment(query));
    return segments;
}

std::optional<Segment> SegmentRepository::find(const QString &id) const
{
    QSqlQuery query = sql::run(m_database.connection(), kSegmentSelect + QStringLiteral(" WHERE id = ?"), {id},
                               tr("Loading a segment"));
    if (!query.next())
        return std::nullopt;
    return readSegment(query);
}

QString SegmentRepository::save(const Segment &segment)
{
    const QString name = segment.name.trimmed();
    if (name.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, tr("Give the segment a name."));
    if (segment.filter.minStars > 0 && segment.filter.maxStars > 0 && segment.filter.minStars > segment.filter.maxStars)
        throw StorageError(StorageError::Kind::Constraint, tr("The lowest star rating is above the highest."));
    if (segment.filter.from.isValid() && segment.filter.to.isValid() && segment.filter.from > segment.filter.to)
        throw StorageError(StorageError::Kind::Constraint, tr("The date range ends before it starts."));
    SegmentFilter filter = segment.filter;
    // A client's segment only ever selects that client's leads and customers.
    if (!segment.clientId.isEmpty())
        filter.clientId = segment.clientId;

    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const int customers = count(filter);
    const QString filters = QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact));
    QString id = segment.id;
    if (id.isEmpty()) {
        id = newId();
        sql::run(db, QStringLiteral("INSERT INTO segments (id, client_id, name, description, filters, customer_count, created_by) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {id, sql::textOrNull(segment.clientId), name, sql::textOrNull(segment.description.trimmed()), filters,
                  customers, sql::textOrNull(segment.createdBy)},
                 tr("Saving the segment"));
    } else {
        QSqlQuery update = sql::run(
            db, QStringLiteral("UPDATE segments SET client_id = ?, name = ?, description = ?, filters = ?, customer_count = ?, "
                               "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"),
            {sql::textOrNull(segment.clientId), name, sql::textOrNull(segment.description.trimmed()), filters, customers, id},
            tr("Saving the segment"));
        if (update.numRowsAffected() == 0)
            throw StorageError(StorageError::Kind::NotFound, tr("The segment no longer exists."));
    }
    transaction.commit();
    return id;
}

void SegmentRepository::remove(const QString &id)
{
    sql::run(m_database.connection(), QStringLiteral("DELETE FROM segments WHERE id = ?"), {id}, tr("Deleting the segment"));
}

void SegmentRepository::restore(const Segment &segment)
{
    if (segment.id.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, tr("Only a segment with an id can be restored."));
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery stored = sql::run(db, QStringLiteral("SELECT 1 FROM segments WHERE id = ?"), {segment.id},
                                tr("Restoring the segment"));
    const bool exists = stored.next();
    stored.finish();
    if (!exists) {
        // A bare row under the old id first, so save() updates it: that validates and fills in
        // the segment (and counts it).
        sql::run(db, QStringLiteral("INSERT INTO segments (id, client_id, name, created_by) VALUES (?, ?, ?, ?)"),
                 {segment.id, sql::textOrNull(segment.clientId), segment.name, sql::textOrNull(segment.createdBy)},
                 tr("Restoring the segment"));
    }
    save(segment);
    transaction.commit();
}

int SegmentRepository::count(const SegmentFilter &filter) const
{
    // The distinct addresses come from SQL (through the caller_email index); validity is
    // checked here, with the same rule that queueing applies.
    QStringList parts;
    QVariantList values;
    if (wantsLeads(filter)) {
        auto [statement, bound] = leadsQuery(filter);
        parts.append(QStringLiteral("SELECT DISTINCT c.caller_email ") + statement.mid(statement.indexOf(QLatin1String(" FROM "))));
        values.append(bound);
    }
    if (wantsClients(filter)) {
        auto [statement, bound] = clientsQuery(filter);
        parts.append(QStringLiteral("SELECT DISTINCT lower(trim(a.client_email)) ") + statement.mid(statement.indexOf(QLatin1String(" FROM "))));
        values.append(bound);
    }
    QSqlQuery query = runForward(m_database.connection(), parts.join(QStringLiteral(" UNION ")), values,
                                 tr("Counting the segment's recipients"));
    int valid = 0;
    while (query.next()) {
        if (email::isValidAddress(query.value(0).toString()))
            ++valid;
    }
    return valid;
}

SegmentRecipients SegmentRepository::recipients(const SegmentFilter &filter) const
{
    QSqlDatabase db = m_database.connection();
    QMap<QString, SegmentRecipient> byAddress;
    QSet<QString> invalid;
    if (wantsLeads(filter)) {
        // Newest call first, so the first row of each address names the person.
        auto [statement, values] = leadsQuery(filter);
        QSqlQuery query = runForward(db, statement + QStringLiteral(" ORDER BY c.caller_email, c.started_at DESC"), values,
                                     tr("Selecting the segment's recipients"));
        while (query.next()) {
            const QString address = query.value(0).toString();
            if (!email::isValidAddress(address)) {
                invalid.insert(address);
                continue;
            }
            if (byAddress.contains(address))
                continue;
            SegmentRecipient recipient{address, query.value(1).toString().simplified(), {}, query.value(2).toString(),
                                       query.value(3).toString()};
            recipient.firstName = email::firstNameOf(recipient.name);
            byAddress.insert(address, recipient);
        }
    }
    if (wantsClients(filter)) {
        auto statement = clientsQuery(filter);
        statement.first += QStringLiteral(" ORDER BY a.created_at DESC");
        // Among clients sharing an address, the newest wins: take the first one only.
        QSet<QString> seenClients;
        QSqlQuery query = runForward(db, statement.first, statement.second, tr("Selecting the segment's recipients"));
        while (query.next()) {
            const QString address = query.value(0).toString();
            if (!email::isValidAddress(address)) {
                invalid.insert(address);
                continue;
            }
            if (seenClients.contains(address))
                continue;
            seenClients.insert(address);
            SegmentRecipient recipient{address, query.value(1).toString().simplified(), {}, query.value(2).toString(), {}};
            recipient.firstName = email::firstNameOf(recipient.name);
            // An active client's record names the person better than a caller id does.
            auto existing = byAddress.find(address);
            if (existing != byAddress.end()) {
                recipient.callId = existing->callId;
                if (recipient.name.isEmpty()) {
                    recipient.name = existing->name;
                    recipient.firstName = existing->firstName;
                }
                *existing = recipient;
            } else {
                byAddress.insert(address, recipient);
            }
        }
    }
    SegmentRecipients result;
    result.recipients = byAddress.values();
    result.invalid = QStringList(invalid.begin(), invalid.end());
    result.invalid.sort();
    return result;
}

} // namespace anchor::storage
