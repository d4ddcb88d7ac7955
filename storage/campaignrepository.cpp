#include "campaignrepository.h"

#include "emailcontent.h"
#include "segmentrepository.h"
#include "sqlhelpers.h"
#include "storageerror.h"
#include "timestamps.h"
#include "transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace anchor::storage {

namespace CampaignStatus {

const QStringList &all()
{
    static const QStringList statuses = {Draft, Scheduled, Sending, Sent, Paused, Cancelled};
    return statuses;
}

bool canMove(const QString &from, const QString &to)
{
    static const QHash<QString, QStringList> moves = {
        {Draft, {Scheduled, Sending, Cancelled}},
        {Scheduled, {Draft, Sending, Paused, Cancelled}},
        {Sending, {Paused, Cancelled, Sent}},
        {Paused, {Sending, Scheduled, Draft, Cancelled}},
    };
    return moves.value(from).contains(to);
}

QString label(const QString &status)
{
    if (status == Draft)
        return CampaignRepository::tr("Draft");
    if (status == Scheduled)
        return CampaignRepository::tr("Scheduled");
    if (status == Sending)
        return CampaignRepository::tr("Sending");
    if (status == Sent)
        return CampaignRepository::tr("Sent");
    if (status == Paused)
        return CampaignRepository::tr("Paused");
    if (status == Cancelled)
        return CampaignRepository::tr("Cancelled");
    return status;
}

bool isEditable(const QString &status)
{
    return status == Draft || status == Scheduled || status == Paused;
}

} // namespace CampaignStatus

namespace {

const QString kCampaignSelect = QStringLiteral(
    "SELECT c.id, c.client_id, coalesce(d.name, ''), c.name, c.subject, c.content, coalesce(c.template_id, ''), c.status, "
    "coalesce(c.from_email, ''), coalesce(c.recipient_filters, '{}'), coalesce(c.scheduled_at, ''), coalesce(c.sent_at, ''), "
    "c.total_recipients, c.sent_count, c.open_count, c.click_count, c.bounce_count, c.unsubscribe_count, "
    "coalesce(c.created_by, ''), c.created_at, c.updated_at "
    "FROM email_campaigns c LEFT JOIN client_directory d ON d.id = c.client_id");

QDateTime timestampOrInvalid(const QString &text)
{
    return text.isEmpty() ? QDateTime() : fromDbTimestamp(text);
}

Campaign readCampaign(const QSqlQuery &query)
{
    Campaign campaign;
    campaign.id = query.value(0).toString();
    campaign.clientId = query.value(1).toString();
    campaign.clientName = query.value(2).toString();
    campaign.name = query.value(3).toString();
    campaign.subject = query.value(4).toString();
    campaign.content = query.value(5).toString();
    campaign.templateId = query.value(6).toString();
    campaign.status = query.value(7).toString();
    campaign.fromEmail = query.value(8).toString();
    const QJsonObject filters = QJsonDocument::fromJson(query.value(9).toString().toUtf8()).object();
    campaign.segmentId = filters.value(QLatin1String("segment_id")).toString();
    for (const QJsonValue &address : filters.value(QLatin1String("addresses")).toArray())
        campaign.addresses.append(address.toString());
    campaign.scheduledAt = timestampOrInvalid(query.value(10).toString());
    campaign.sentAt = timestampOrInvalid(query.value(11).toString());
    campaign.totalRecipients = query.value(12).toInt();
    campaign.sentCount = query.value(13).toInt();
    campaign.openCount = query.value(14).toInt();
    campaign.clickCount = query.value(15).toInt();
    campaign.bounceCount = query.value(16).toInt();
    campaign.unsubscribeCount = query.value(17).toInt();
    campaign.createdBy = query.value(18).toString();
    campaign.createdAt = fromDbTimestamp(query.value(19).toString());
    campaign.updatedAt = fromDbTimestamp(query.value(20).toString());
    return campaign;
}

QString recipientFilters(const CampaignDraft &draft)
{
    QJsonObject filters;
    if (!draft.segmentId.isEmpty()) {
        filters.insert(QStringLiteral("segment_id"), draft.segmentId);
    } else {
        QStringList addresses;
        for (const QString &address : draft.addresses) {
            if (!address.trimmed().isEmpty())
                addresses.append(address.trimmed());
        }
        filters.insert(QStringLiteral("addresses"), QJsonArray::fromStringList(addresses));
    }
    return QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact));
}

void validate(const QSqlDatabase &db, const CampaignDraft &draft)
{
    if (draft.name.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Constraint, CampaignRepository::tr("Give the campaign a name."));
    if (draft.subject.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Constraint, CampaignRepository::tr("Enter the subject of the campaign."));
    if (draft.content.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Constraint, CampaignRepository::tr("The campaign has no content."));
    if (!draft.fromEmail.trimmed().isEmpty() && !email::isValidAddress(draft.fromEmail.trimmed()))
        throw StorageError(StorageError::Kind::Constraint,
                           CampaignRepository::tr("\"%1\" is not a valid sending address.").arg(draft.fromEmail.trimmed()));
    QSqlQuery client = sql::run(db, QStringLiteral("SELECT 1 FROM users WHERE id = ? AND role = 'client'"), {draft.clientId},
                                CampaignRepository::tr("Checking the campaign's client"));
    if (!client.next())
        throw StorageError(StorageError::Kind::NotFound, CampaignRepository::tr("Choose the client the campaign is for."));
    if (!draft.segmentId.isEmpty()) {
        QSqlQuery segment = sql::run(db, QStringLiteral("SELECT 1 FROM segments WHERE id = ? AND (client_id IS NULL OR client_id = ?)"),
                                     {draft.segmentId, draft.clientId}, CampaignRepository::tr("Checking the campaign's segment"));
        if (!segment.next())
            throw StorageError(StorageError::Kind::NotFound,
                               CampaignRepository::tr("The segment does not exist or belongs to another client."));
    }
    if (!draft.templateId.isEmpty()) {
        QSqlQuery templ = sql::run(db, QStringLiteral("SELECT 1 FROM email_templates WHERE id = ?"), {draft.templateId},
                                   CampaignRepository::tr("Checking the campaign's template"));
        if (!templ.next())
            throw StorageError(StorageError::Kind::NotFound, CampaignRepository::tr("The template no longer exists."));
    }
}

bool hasJob(const QSqlDatabase &db, const QString &campaignId)
{
    QSqlQuery query = sql::run(db, QStringLiteral("SELECT 1 FROM email_jobs WHERE campaign_id = ? LIMIT 1"), {campaignId},
                               CampaignRepository::tr("Reading the campaign"));
    return query.next();
}

// The tables remove() empties for a campaign, parents first. weakRefs are columns whose parent
// row may be deleted independently (ON DELETE SET NULL): restore() writes NULL for a gone one.
struct ArchivedTable
{
    QString name;
    QString where;   // every ? is the campaign id
    QList<std::pair<QString, QString>> weakRefs;
};

const QList<ArchivedTable> &archivedTables()
{
    static const QList<ArchivedTable> tables = {
        {QStringLiteral("email_campaigns"), QStringLiteral("id = ?"),
         {{QStringLiteral("template_id"), QStringLiteral("email_templates")}, {QStringLiteral("created_by"), QStringLiteral("users")}}},
        {QStringLiteral("campaign_recipients"), QStringLiteral("campaign_id = ?"),
         {{QStringLiteral("customer_id"), QStringLiteral("active_clients")}}},
        {QStringLiteral("email_jobs"), QStringLiteral("campaign_id = ?"), {{QStringLiteral("sender_user_id"), QStringLiteral("users")}}},
        {QStringLiteral("email_job_items"), QStringLiteral("campaign_id = ?"), {}},
        {QStringLiteral("email_tracking"),
         QStringLiteral("campaign_id = ? OR recipient_id IN (SELECT id FROM campaign_recipients WHERE campaign_id = ?)"),
         {{QStringLiteral("email_log_id"), QStringLiteral("email_logs")}}},
    };
    return tables;
}

QVariantList repeated(const QString &id, const QString &where)
{
    QVariantList values;
    for (qsizetype i = where.count(u'?'); i > 0; --i)
        values.append(id);
    return values;
}

CampaignArchive archiveOf(const QSqlDatabase &db, const QString &id)
{
    CampaignArchive archive;
    archive.campaignId = id;
    for (const ArchivedTable &table : archivedTables()) {
        QSqlQuery query = sql::run(db, QStringLiteral("SELECT * FROM ") + table.name + QStringLiteral(" WHERE ") + table.where,
                                   repeated(id, table.where), CampaignRepository::tr("Keeping the campaign for undo"));
        CampaignArchive::Rows rows;
        rows.table = table.name;
        const QSqlRecord record = query.record();
        for (int column = 0; column < record.count(); ++column)
            rows.columns.append(record.fieldName(column));
        while (query.next()) {
            QVariantList values;
            values.reserve(record.count());
            for (int column = 0; column < record.count(); ++column)
                values.append(query.value(column));
            rows.values.append(std::move(values));
        }
        archive.tables.append(std::move(rows));
    }
    QSqlQuery suppressions = sql::run(db, QStringLiteral("SELECT id FROM unsubscribes WHERE campaign_id = ?"), {id},
                                      CampaignRepository::tr("Keeping the campaign for undo"));
    while (suppressions.next())
        archive.suppressionIds.append(suppressions.value(0).toString());
    return archive;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(u',');
}

} // namespace

CampaignRepository::CampaignRepository(Database database)
    : m_database(std::move(database))
{
}

QString CampaignRepository::create(const CampaignDraft &draft)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    validate(db, draft);
    const QString id = newId();
    sql::run(db, QStringLiteral(
        "INSERT INTO email_campaigns (id, client_id, name, subject, content, template_id, status, from_email, "
        "recipient_filters, scheduled_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {id, draft.clientId, draft.name.trimmed(), draft.subject.trimmed(), draft.content, sql::textOrNull(draft.templateId),
         draft.scheduledAt.isValid() ? CampaignStatus::Scheduled : CampaignStatus::Draft,
         sql::textOrNull(draft.fromEmail.trimmed()), recipientFilters(draft),
         draft.scheduledAt.isValid() ? QVariant(toDbTimestamp(draft.scheduledAt)) : QVariant(),
         sql::textOrNull(draft.createdBy)},
        tr("Creating the campaign"));
    transaction.commit();
    return id;
}

void CampaignRepository::update(const CampaignDraft &draft)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const Campaign current = requireCampaign(draft.id);
    if (!CampaignStatus::isEditable(current.status))
        throw StorageError(StorageError::Kind::Constraint,
                           tr("A campaign that is %1 can no longer be edited.").arg(CampaignStatus::label(current.status).toLower()));
    validate(db, draft);
    if (draft.clientId != current.clientId && hasJob(db, draft.id))
        throw StorageError(StorageError::Kind::Constraint, tr("A campaign that started sending cannot change its client."));
    // A paused campaign that already started keeps its recipients; only the content changes.
    const bool started = hasJob(db, draft.id);
    QString status = current.status;
    if (status == CampaignStatus::Draft && draft.scheduledAt.isValid())
        status = CampaignStatus::Scheduled;
    else if (status == CampaignStatus::Scheduled && !draft.scheduledAt.isValid())
        status = CampaignStatus::Draft;
    sql::run(db, QStringLiteral(
        "UPDATE email_campaigns SET client_id = ?, name = ?, subject = ?, content = ?, template_id = ?, status = ?, "
        "from_email = ?, recipient_filters = CASE WHEN ? THEN recipient_filters ELSE ? END, scheduled_at = ?, "
        "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"),
        {draft.clientId, draft.name.trimmed(), draft.subject.trimmed(), draft.content, sql::textOrNull(draft.templateId),
         status, sql::textOrNull(draft.fromEmail.trimmed()), started ? 1 : 0, recipientFilters(draft),
         draft.scheduledAt.isValid() ? QVariant(toDbTimestamp(draft.scheduledAt)) : QVariant(), draft.id},
        tr("Saving the campaign"));
    transaction.commit();
}

std::optional<Campaign> CampaignRepository::find(const QString &id) const
{
    QSqlQuery query = sql::run(m_database.connection(), kCampaignSelect + QStringLiteral(" WHERE c.id = ?"), {id},
                               tr("Loading the campaign"));
    if (!query.next())
        return std::nullopt;
    return readCampaign(query);
}

Campaign CampaignRepository::requireCampaign(const QString &id) const
{
    auto campaign = find(id);
    if (!campaign)
        throw StorageError(StorageError::Kind::NotFound, tr("The campaign no longer exists."));
    return *campaign;
}

QList<Campaign> CampaignRepository::list(const QString &clientId, const QStringList &statuses) const
{
    QStringList conditions;
    QVariantList values;
    if (!clientId.isEmpty()) {
        conditions.append(QStringLiteral("c.client_id = ?"));
        values.append(clientId);
    }
    if (!statuses.isEmpty()) {
        conditions.append(QStringLiteral("c.status IN (") + placeholders(statuses.size()) + u')');
        for (const QString &status : statuses)
            values.append(status);
    }
    const QString where = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    QSqlQuery query = sql::run(m_database.connection(), kCampaignSelect + where + QStringLiteral(" ORDER BY c.created_at DESC, c.id"),
                               values, tr("Loading campaigns"));
    QList<Campaign> campaigns;
    while (query.next())
        campaigns.append(readCampaign(query));
    return campaigns;
}

void CampaignRepository::remove(const QString &id, CampaignArchive *archive)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const Campaign campaign = requireCampaign(id);
    if (campaign.status == CampaignStatus::Sending)
        throw StorageError(StorageError::Kind::Constraint, tr("Pause or cancel the campaign before deleting it."));
    if (archive)
        *archive = archiveOf(db, id);
    sql::run(db, QStringLiteral("DELETE FROM email_campaigns WHERE id = ?"), {id}, tr("Deleting the campaign"));
    transaction.commit();
}

void CampaignRepository::restore(const CampaignArchive &archive)
{
    if (archive.isEmpty() || archive.tables.isEmpty() || archive.tables.first().values.size() != 1)
        throw StorageError(StorageError::Kind::NotFound, tr("There is no deleted campaign to bring back."));
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (find(archive.campaignId))
        throw StorageError(StorageError::Kind::Constraint, tr("The campaign is there already."));
    const CampaignArchive::Rows &campaignRows = archive.tables.first();
    const QVariant clientId = campaignRows.values.first().value(campaignRows.columns.indexOf(QStringLiteral("client_id")));
    QSqlQuery client = sql::run(db, QStringLiteral("SELECT 1 FROM users WHERE id = ?"), {clientId},
                                tr("Bringing the campaign back"));
    if (!client.next())
        throw StorageError(StorageError::Kind::NotFound,
                           tr("The campaign cannot come back: its client business was deleted."));

    for (const CampaignArchive::Rows &rows : archive.tables) {
        if (rows.values.isEmpty())
            continue;
        const auto spec = std::find_if(archivedTables().cbegin(), archivedTables().cend(),
                                       [&rows](const ArchivedTable &table) { return table.name == rows.table; });
        if (spec == archivedTables().cend())
            throw StorageError(StorageError::Kind::Other, tr("The deleted campaign cannot be read back."));
        QStringList values;
        for (const QString &column : rows.columns) {
            const auto weak = std::find_if(spec->weakRefs.cbegin(), spec->weakRefs.cend(),
                                           [&column](const auto &ref) { return ref.first == column; });
            values.append(weak == spec->weakRefs.cend() ? QStringLiteral("?")
                                                        : QStringLiteral("(SELECT id FROM %1 WHERE id = ?)").arg(weak->second));
        }
        // A tracking event polled again while the campaign was gone was stored unlinked (same
        // event id): the linked one replaces it.
        const QString verb = rows.table == QLatin1String("email_tracking") ? QStringLiteral("INSERT OR REPLACE")
                                                                           : QStringLiteral("INSERT");
        QSqlQuery insert(db);
        sql::prepare(insert, verb + QStringLiteral(" INTO ") + rows.table + QStringLiteral(" (") + rows.columns.join(u',') +
                                 QStringLiteral(") VALUES (") + values.join(u',') + u')');
        for (const QVariantList &row : rows.values) {
            for (qsizetype column = 0; column < row.size(); ++column)
                insert.bindValue(int(column), row.at(column));
            sql::exec(insert, tr("Bringing the campaign back"));
        }
    }
    QSqlQuery relink(db);
    sql::prepare(relink, QStringLiteral("UPDATE unsubscribes SET campaign_id = ? WHERE id = ? AND campaign_id IS NULL"));
    for (const QString &suppressionId : archive.suppressionIds) {
        relink.bindValue(0, archive.campaignId);
        relink.bindValue(1, suppressionId);
        sql::exec(relink, tr("Bringing the campaign back"));
    }
    transaction.commit();
}

qsizetype CampaignRepository::dependentRowCount(const QString &id) const
{
    QSqlQuery query = sql::run(m_database.connection(), QStringLiteral(
        "SELECT (SELECT count(*) FROM campaign_recipients WHERE campaign_id = ?) + "
        "(SELECT count(*) FROM email_job_items WHERE campaign_id = ?) + "
        "(SELECT count(*) FROM email_tracking WHERE campaign_id = ?)"),
        {id, id, id}, tr("Reading the campaign"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

void CampaignRepository::moveTo(const QString &id, const QString &to, const QString &context)
{
    QSqlDatabase db = m_database.connection();
    const Campaign campaign = requireCampaign(id);
    if (!CampaignStatus::canMove(campaign.status, to))
        throw StorageError(StorageError::Kind::Constraint,
                           tr("A campaign that is %1 cannot become %2.")
                               .arg(CampaignStatus::label(campaign.status).toLower(), CampaignStatus::label(to).toLower()));
    sql::run(db, QStringLiteral("UPDATE email_campaigns SET status = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                                "WHERE id = ?"),
             {to, id}, context);
}

void CampaignRepository::schedule(const QString &id, const QDateTime &when)
{
    if (!when.isValid())
        throw StorageError(StorageError::Kind::Constraint, tr("Choose when the campaign is sent."));
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const Campaign campaign = requireCampaign(id);
    if (hasJob(db, id))
        throw StorageError(StorageError::Kind::Constraint, tr("The campaign has already started sending."));
    if (campaign.segmentId.isEmpty() && campaign.addresses.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, tr("Choose a segment or enter the addresses to send to."));
    if (campaign.status != CampaignStatus::Scheduled)
        moveTo(id, CampaignStatus::Scheduled, tr("Scheduling the campaign"));
    sql::run(db, QStringLiteral("UPDATE email_campaigns SET scheduled_at = ? WHERE id = ?"), {toDbTimestamp(when), id},
             tr("Scheduling the campaign"));
    transaction.commit();
}

void CampaignRepository::pause(const QString &id)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    moveTo(id, CampaignStatus::Paused, tr("Pausing the campaign"));
    transaction.commit();
}

void CampaignRepository::resume(const QString &id)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const Campaign campaign = requireCampaign(id);
    if (campaign.status != CampaignStatus::Paused)
        throw StorageError(StorageError::Kind::Constraint, tr("Only a paused campaign can be resumed."));
    // Back to where it was: sending once it started, else waiting for its time, else a draft.
    const QString to = hasJob(db, id) ? CampaignStatus::Sending
                       : campaign.scheduledAt.isValid() ? CampaignStatus::Scheduled : CampaignStatus::Draft;
    moveTo(id, to, tr("Resuming the campaign"));
    transaction.commit();
}

void CampaignRepository::cancel(const QString &id)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    moveTo(id, CampaignStatus::Cancelled, tr("Cancelling the campaign"));
    // Queued items stay pending and are never claimed: the sender only takes sending campaigns.
    sql::run(db, QStringLiteral("UPDATE email_jobs SET status = 'cancelled', completed_at = ?, "
                                "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE campaign_id = ? "
                                "AND status IN ('queued', 'processing')"),
             {nowDbTimestamp(), id}, tr("Cancelling the campaign"));
    transaction.commit();
}

QStringList CampaignRepository::dueScheduled(const QDateTime &now) const
{
    QSqlQuery query = sql::run(m_database.connection(),
                               QStringLiteral("SELECT id FROM email_campaigns WHERE status = 'scheduled' AND scheduled_at <= ? "
                                              "ORDER BY scheduled_at, id"),
                               {toDbTimestamp(now)}, tr("Loading scheduled campaigns"));
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

QueueResult CampaignRepository::startSending(const QString &campaignId, const QString &senderUserId,
                                             const QueueProgress &progress, const std::atomic_bool *cancel)
{
    // Thrown inside the transaction, so its guard rolls back everything written so far.
    const auto checkCancelled = [cancel] {
        if (cancel && cancel->load())
            throw StorageError(StorageError::Kind::Interrupted,
                               tr("Queueing was cancelled: nothing was queued and the campaign is as it was."));
    };
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const Campaign campaign = requireCampaign(campaignId);
    QueueResult result;
    if (hasJob(db, campaignId)) {
        // Started before (perhaps by another run): report what is queued, add nothing.
        QSqlQuery counts = sql::run(db, QStringLiteral(
            "SELECT sum(status <> 'suppressed'), sum(status = 'suppressed') FROM campaign_recipients WHERE campaign_id = ?"),
            {campaignId}, tr("Reading the campaign"));
        if (counts.next()) {
            result.queued = counts.value(0).toInt();
            result.suppressed = counts.value(1).toInt();
        }
        result.alreadyQueued = true;
        return result;
    }
    if (campaign.status != CampaignStatus::Draft && campaign.status != CampaignStatus::Scheduled
        && campaign.status != CampaignStatus::Paused)
        throw StorageError(StorageError::Kind::Constraint,
                           tr("A campaign that is %1 cannot be sent.").arg(CampaignStatus::label(campaign.status).toLower()));

    // Who receives it: the segment, always narrowed to the campaign's client, or the manual list.
    QList<SegmentRecipient> recipients;
    if (!campaign.segmentId.isEmpty()) {
        SegmentRepository segments(m_database);
        const auto segment = segments.find(campaign.segmentId);
        if (!segment)
            throw StorageError(StorageError::Kind::NotFound, tr("The campaign's segment no longer exists."));
        SegmentFilter filter = segment->filter;
        filter.clientId = campaign.clientId;
        SegmentRecipients selected = segments.recipients(filter);
        recipients = std::move(selected.recipients);
        result.invalid = std::move(selected.invalid);
    } else {
        QSet<QString> seen;
        for (const QString &written : campaign.addresses) {
            const QString address = written.trimmed().toLower();
            if (address.isEmpty() || seen.contains(address))
                continue;
            seen.insert(address);
            if (!email::isValidAddress(address)) {
                result.invalid.append(written.trimmed());
                continue;
            }
            recipients.append({address, {}, {}, {}, {}});
        }
    }
    if (recipients.isEmpty()) {
        if (!result.invalid.isEmpty())
            throw StorageError(StorageError::Kind::Constraint,
                               tr("None of the campaign's addresses is valid: %1").arg(result.invalid.join(QStringLiteral(", "))));
        throw StorageError(StorageError::Kind::Constraint, tr("The campaign has no recipients."));
    }

    checkCancelled();   // choosing the audience of a big segment takes a while too

    QSet<QString> suppressed;
    {
        QSqlQuery query = sql::run(db, QStringLiteral("SELECT lower(email) FROM unsubscribes WHERE client_id IS NULL OR client_id = ?"),
                                   {campaign.clientId}, tr("Reading the suppression list"));
        while (query.next())
            suppressed.insert(query.value(0).toString());
    }

    // Random ids spread the inserts over every index: a large page cache keeps them in memory.
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA cache_size = -131072"));
    const auto restoreCache = qScopeGuard([&pragma] { pragma.exec(QStringLiteral("PRAGMA cache_size = -2000")); });

    const QString now = nowDbTimestamp();
    const QString jobId = newId();
    sql::run(db, QStringLiteral("INSERT INTO email_jobs (id, client_id, campaign_id, sender_user_id, status, run_at, started_at) "
                                "VALUES (?, ?, ?, ?, 'queued', ?, ?)"),
             {jobId, campaign.clientId, campaignId, sql::textOrNull(senderUserId),
              campaign.scheduledAt.isValid() ? toDbTimestamp(campaign.scheduledAt) : now, now},
             tr("Queueing the campaign"));

    // One prepared statement per table, reused for every row: 100,000 recipients in seconds.
    QSqlQuery insertRecipient(db);
    sql::prepare(insertRecipient, QStringLiteral(
        "INSERT INTO campaign_recipients (id, client_id, campaign_id, customer_id, email, name, status, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertItem(db);
    sql::prepare(insertItem, QStringLiteral(
        "INSERT INTO email_job_items (id, client_id, job_id, campaign_id, recipient_id, idempotency_key, status, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?)"));
    const QString pending = QStringLiteral("pending");
    const QString suppressedStatus = QStringLiteral("suppressed");
    // The ids are random, but handed out in ascending order along the address order: every
    // index then grows at its end instead of at random places (several times faster).
    const auto sortedIds = [](qsizetype count) {
        QStringList ids;
        ids.reserve(count);
        for (qsizetype i = 0; i < count; ++i)
            ids.append(newId());
        ids.sort();
        return ids;
    };
    std::sort(recipients.begin(), recipients.end(),
              [](const SegmentRecipient &a, const SegmentRecipient &b) { return a.email < b.email; });
    const QStringList recipientIds = sortedIds(recipients.size());
    const QStringList itemIds = sortedIds(recipients.size());
    const QStringList keys = sortedIds(recipients.size());
    const int total = int(recipients.size());
    if (progress)
        progress(0, total);
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        if (i > 0 && i % kQueueProgressStep == 0) {
            checkCancelled();
            if (progress)
                progress(int(i), total);
        }
        const SegmentRecipient &recipient = recipients.at(i);
        const bool isSuppressed = suppressed.contains(recipient.email);
        const QString &recipientId = recipientIds.at(i);
        insertRecipient.bindValue(0, recipientId);
        insertRecipient.bindValue(1, campaign.clientId);
        insertRecipient.bindValue(2, campaignId);
        insertRecipient.bindValue(3, sql::textOrNull(recipient.customerId));
        insertRecipient.bindValue(4, recipient.email);
        insertRecipient.bindValue(5, sql::textOrNull(recipient.name));
        insertRecipient.bindValue(6, isSuppressed ? suppressedStatus : pending);
        insertRecipient.bindValue(7, now);
        insertRecipient.bindValue(8, now);
        sql::exec(insertRecipient, tr("Queueing the campaign"));
        if (isSuppressed) {
            ++result.suppressed;
            continue;
        }
        insertItem.bindValue(0, itemIds.at(i));
        insertItem.bindValue(1, campaign.clientId);
        insertItem.bindValue(2, jobId);
        insertItem.bindValue(3, campaignId);
        insertItem.bindValue(4, recipientId);
        insertItem.bindValue(5, keys.at(i));
        insertItem.bindValue(6, now);
        insertItem.bindValue(7, now);
        sql::exec(insertItem, tr("Queueing the campaign"));
        ++result.queued;
    }

    checkCancelled();   // the last chance: after the commit the queue is there for the sender

    // Nothing left to send (everyone suppressed): the campaign is done at once.
    const bool done = result.queued == 0;
    sql::run(db, QStringLiteral("UPDATE email_campaigns SET status = ?, total_recipients = ?, sent_at = ?, "
                                "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"),
             {done ? CampaignStatus::Sent : CampaignStatus::Sending, result.queued, done ? QVariant(now) : QVariant(), campaignId},
             tr("Queueing the campaign"));
    if (done) {
        sql::run(db, QStringLiteral("UPDATE email_jobs SET status = 'completed', completed_at = ? WHERE id = ?"), {now, jobId},
                 tr("Queueing the campaign"));
    }
    transaction.commit();
    if (progress)
        progress(total, total);
    return result;
}

bool CampaignRepository::markCompletedIfDone(const QString &campaignId)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const QString now = nowDbTimestamp();
    QSqlQuery update = sql::run(db, QStringLiteral(
        "UPDATE email_campaigns SET status = 'sent', sent_at = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
        "WHERE id = ? AND status = 'sending' AND NOT EXISTS (SELECT 1 FROM email_job_items i "
        "WHERE i.campaign_id = email_campaigns.id AND i.status IN ('pending', 'sending'))"),
        {now, campaignId}, tr("Finishing the campaign"));
    const bool done = update.numRowsAffected() > 0;
    if (done) {
        sql::run(db, QStringLiteral("UPDATE email_jobs SET status = 'completed', completed_at = ?, "
                                    "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE campaign_id = ? "
                                    "AND status IN ('queued', 'processing')"),
                 {now, campaignId}, tr("Finishing the campaign"));
    }
    transaction.commit();
    return done;
}

CampaignStatistics CampaignRepository::statistics(const QString &campaignId) const
{
    QSqlDatabase db = m_database.connection();
    CampaignStatistics stats;
    QSqlQuery recipients = sql::run(db, QStringLiteral(
        "SELECT count(*), coalesce(sum(status = 'suppressed'), 0), coalesce(sum(sent_at IS NOT NULL), 0), "
        "coalesce(sum(status IN ('pending', 'sending')), 0), coalesce(sum(status = 'failed'), 0) "
        "FROM campaign_recipients WHERE campaign_id = ?"), {campaignId}, tr("Computing the campaign statistics"));
    if (recipients.next()) {
        stats.suppressed = recipients.value(1).toInt();
        stats.total = recipients.value(0).toInt() - stats.suppressed;
        stats.sent = recipients.value(2).toInt();
        stats.pending = recipients.value(3).toInt();
        stats.failed = recipients.value(4).toInt();
    }
    // Unique recipients per event; an open, click, unsubscribe or complaint implies delivery
    // even when the delivered event is late or lost.
    QSqlQuery events = sql::run(db, QStringLiteral(
        "SELECT count(DISTINCT CASE WHEN event_type IN ('delivered', 'opened', 'clicked', 'unsubscribed', 'complained') "
        "THEN recipient_id END), "
        "count(DISTINCT CASE WHEN event_type = 'opened' THEN recipient_id END), "
        "count(DISTINCT CASE WHEN event_type = 'clicked' THEN recipient_id END), "
        "count(DISTINCT CASE WHEN event_type = 'failed' AND severity = 'permanent' THEN recipient_id END), "
        "count(DISTINCT CASE WHEN event_type = 'failed' AND severity = 'temporary' THEN recipient_id END), "
        "count(DISTINCT CASE WHEN event_type = 'unsubscribed' THEN recipient_id END), "
        "count(DISTINCT CASE WHEN event_type = 'complained' THEN recipient_id END) "
        "FROM email_tracking WHERE campaign_id = ? AND recipient_id IS NOT NULL"),
        {campaignId}, tr("Computing the campaign statistics"));
    if (events.next()) {
        stats.delivered = events.value(0).toInt();
        stats.uniqueOpens = events.value(1).toInt();
        stats.uniqueClicks = events.value(2).toInt();
        stats.bounced = events.value(3).toInt();
        stats.failedTemporary = events.value(4).toInt();
        stats.unsubscribed = events.value(5).toInt();
        stats.complained = events.value(6).toInt();
    }
    return stats;
}

QList<CampaignTimelineBucket> CampaignRepository::timeline(const QString &campaignId, Bucket bucket) const
{
    const int width = bucket == Bucket::Hours ? 13 : 10;   // "YYYY-MM-DDTHH" or "YYYY-MM-DD"
    QSqlQuery query = sql::run(m_database.connection(), QStringLiteral(
        "SELECT substr(occurred_at, 1, ?) AS slot, event_type, coalesce(severity, ''), count(DISTINCT recipient_id) "
        "FROM email_tracking WHERE campaign_id = ? AND recipient_id IS NOT NULL "
        "AND event_type IN ('delivered', 'opened', 'clicked', 'failed', 'unsubscribed', 'complained') "
        "GROUP BY slot, event_type, severity ORDER BY slot"),
        {width, campaignId}, tr("Computing the campaign statistics"));
    QMap<QDateTime, CampaignTimelineBucket> buckets;
    while (query.next()) {
        const QString slot = query.value(0).toString();
        const QDateTime start = bucket == Bucket::Hours
                                    ? QDateTime::fromString(slot + QStringLiteral(":00:00Z"), Qt::ISODate).toUTC()
                                    : QDate::fromString(slot, Qt::ISODate).startOfDay(Qt::UTC);
        CampaignTimelineBucket &entry = buckets[start];
        entry.start = start;
        const QString type = query.value(1).toString();
        const int count = query.value(3).toInt();
        if (type == QLatin1String("delivered"))
            entry.delivered += count;
        else if (type == QLatin1String("opened"))
            entry.opened += count;
        else if (type == QLatin1String("clicked"))
            entry.clicked += count;
        else if (type == QLatin1String("failed") && query.value(2).toString() == QLatin1String("permanent"))
            entry.bounced += count;
        else if (type == QLatin1String("unsubscribed"))
            entry.unsubscribed += count;
        else if (type == QLatin1String("complained"))
            entry.complained += count;
    }
    if (buckets.isEmpty())
        return {};
    // Empty buckets between the first and the last, so the chart's time axis has no holes
    // (at most a year of hours).
    QList<CampaignTimelineBucket> series;
    const QDateTime last = buckets.lastKey();
    const qint64 step = bucket == Bucket::Hours ? 3600 : 86400;
    for (QDateTime at = buckets.firstKey(); at <= last && series.size() < 24 * 366; at = at.addSecs(step)) {
        auto found = buckets.constFind(at);
        series.append(found != buckets.constEnd() ? *found : CampaignTimelineBucket{at});
    }
    return series;
}

QList<CampaignRecipientRow> CampaignRepository::recipients(const QString &campaignId, const QStringList &statuses,
                                                           int offset, int limit) const
{
    QVariantList values{campaignId};
    QString where = QStringLiteral("campaign_id = ?");
    if (!statuses.isEmpty()) {
        where += QStringLiteral(" AND status IN (") + placeholders(statuses.size()) + u')';
        for (const QString &status : statuses)
            values.append(status);
    }
    values.append(limit);
    values.append(offset);
    QSqlQuery query = sql::run(m_database.connection(), QStringLiteral(
        "SELECT id, email, coalesce(name, ''), coalesce(customer_id, ''), status, coalesce(mailgun_id, ''), "
        "coalesce(sent_at, ''), updated_at, coalesce(error_message, '') FROM campaign_recipients WHERE ") + where +
        QStringLiteral(" ORDER BY email LIMIT ? OFFSET ?"), values, tr("Loading the campaign's recipients"));
    QList<CampaignRecipientRow> rows;
    while (query.next()) {
        rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                     timestampOrInvalid(query.value(6).toString()), fromDbTimestamp(query.value(7).toString()),
                     query.value(8).toString()});
    }
    return rows;
}

int CampaignRepository::recipientCount(const QString &campaignId, const QStringList &statuses) const
{
    QVariantList values{campaignId};
    QString where = QStringLiteral("campaign_id = ?");
    if (!statuses.isEmpty()) {
        where += QStringLiteral(" AND status IN (") + placeholders(statuses.size()) + u')';
        for (const QString &status : statuses)
            values.append(status);
    }
    QSqlQuery query = sql::run(m_database.connection(), QStringLiteral("SELECT count(*) FROM campaign_recipients WHERE ") + where,
                               values, tr("Loading the campaign's recipients"));
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace anchor::storage
