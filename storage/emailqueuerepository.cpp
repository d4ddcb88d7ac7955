#include "emailqueuerepository.h"

#include "emailcontent.h"
#include "emailqueuesql.h"
#include "mailgunsettingsrepository.h"
#include "sqlhelpers.h"
#include "storageerror.h"
#include "timestamps.h"
#include "transaction.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>

namespace anchor::storage {

namespace {

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

bool isCampaign(const OutgoingMessage &message)
{
    return message.kind == OutgoingMessage::Kind::Campaign;
}

} // namespace

EmailQueueRepository::EmailQueueRepository(Database database)
    : m_database(std::move(database))
{
}

void EmailQueueRepository::restrictToScopes(const QStringList &scopeIds)
{
    m_scopes = scopeIds;
}

QString EmailQueueRepository::scopeCondition(const QString &clientColumn, QVariantList &values) const
{
    if (!m_scopes)
        return QStringLiteral("1");
    // MailgunSettingsRepository::effectiveScopeFor in SQL: a client with settings of its own
    // sends through its own scope, any other (and mail for no client) through the agency's.
    const QString ownSettings =
        QStringLiteral("EXISTS (SELECT 1 FROM app_settings s WHERE s.key = ? || %1)").arg(clientColumn);
    const QString prefix = MailgunSettingsRepository::settingsKey({});
    QStringList clients;
    for (const QString &scope : *m_scopes) {
        if (!scope.isEmpty())
            clients.append(scope);
    }
    QStringList parts;
    if (!clients.isEmpty()) {
        QStringList marks;
        marks.fill(QStringLiteral("?"), clients.size());
        parts.append(QStringLiteral("(%1 IN (%2) AND %3)").arg(clientColumn, marks.join(u','), ownSettings));
        for (const QString &client : std::as_const(clients))
            values.append(client);
        values.append(prefix);
    }
    if (m_scopes->contains(QString())) {
        parts.append(QStringLiteral("(%1 IS NULL OR NOT %2)").arg(clientColumn, ownSettings));
        values.append(prefix);
    }
    return parts.isEmpty() ? QStringLiteral("0") : u'(' + parts.join(QStringLiteral(" OR ")) + u')';
}

QHash<QString, QString> EmailQueueRepository::placeholderValues(const QString &email, const QString &name,
                                                                const QString &clientName, const QString &senderName,
                                                                const QString &campaignName, const QDate &today)
{
    const QString full = name.simplified();
    const QString first = email::firstNameOf(full);
    return {{QStringLiteral("first_name"), first},
            {QStringLiteral("last_name"), full.mid(first.size()).trimmed()},
            {QStringLiteral("name"), full},
            {QStringLiteral("email"), email},
            {QStringLiteral("client_name"), clientName},
            {QStringLiteral("sender_name"), senderName},
            {QStringLiteral("campaign_name"), campaignName},
            // Mailgun replaces its own variable with the recipient's unsubscribe link.
            {QStringLiteral("unsubscribe_url"), QStringLiteral("%unsubscribe_url%")},
            {QStringLiteral("today"), QLocale().toString(today, QLocale::LongFormat)}};
}

QString EmailQueueRepository::enqueueTransactional(const TransactionalEmail &message)
{
    const QString address = message.toAddress.trimmed();
    if (!email::isValidAddress(address))
        throw StorageError(StorageError::Kind::Constraint,
                           tr("\"%1\" is not a valid email address: the message was not queued.").arg(address));
    if (message.emailType.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Constraint, tr("A queued message needs an email type."));
    if (message.subject.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Constraint, tr("A queued message needs a subject."));
    const QString id = newId();
    const QString text = message.text.isEmpty() ? email::htmlToPlainText(message.html) : message.text;
    sql::run(m_database.connection(),
             QStringLiteral("INSERT INTO email_logs (id, email_type, recipient_email, recipient_name, subject, text_body, "
                            "html_body, status, triggered_by_id, client_id, metadata) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?)"),
             {id, message.emailType.trimmed(), address, sql::textOrNull(message.toName.trimmed()), message.subject.trimmed(),
              text, sql::textOrNull(message.html), sql::textOrNull(message.triggeredBy), sql::textOrNull(message.clientId),
              message.metadata.isEmpty() ? QVariant() : QVariant(compact(message.metadata))},
             tr("Queueing an email"));
    return id;
}

QList<OutgoingMessage> EmailQueueRepository::claim(int limit, const QDateTime &now)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const QString nowText = toDbTimestamp(now);
    emailqueue::RenderContext context(db);
    QList<OutgoingMessage> claimed;

    // Bounced or complaining addresses get no transactional mail either; unsubscribes only
    // concern campaigns.
    QVariantList suppressedValues{tr("Not sent: the address bounced or complained before and is suppressed.")};
    const QString suppressedInScope = scopeCondition(QStringLiteral("email_logs.client_id"), suppressedValues);
    sql::run(db, QStringLiteral(
        "UPDATE email_logs SET status = 'failed', error_message = ? WHERE status = 'pending' AND in_flight = 0 "
        "AND EXISTS (SELECT 1 FROM unsubscribes u WHERE u.email = email_logs.recipient_email "
        "AND (u.client_id IS NULL OR u.client_id = email_logs.client_id) AND u.kind IN ('bounce', 'complaint')) AND ")
        + suppressedInScope, suppressedValues, tr("Updating the send queue"));
    QSqlQuery markLog(db);
    sql::prepare(markLog, QStringLiteral(
        "UPDATE email_logs SET in_flight = 1, attempts = attempts + 1, first_attempt_at = coalesce(first_attempt_at, ?) "
        "WHERE id = ?"));
    QVariantList logValues{nowText};
    const QString logsInScope = scopeCondition(QStringLiteral("email_logs.client_id"), logValues);
    const QList<OutgoingMessage> logs = emailqueue::loadTransactional(
        context,
        QStringLiteral("status = 'pending' AND in_flight = 0 AND (next_attempt_at IS NULL OR next_attempt_at <= ?) AND ")
            + logsInScope,
        logValues, QStringLiteral("ORDER BY created_at, rowid LIMIT %1").arg(qMax(limit, 0)));
    for (OutgoingMessage message : logs) {
        markLog.bindValue(0, nowText);
        markLog.bindValue(1, message.queueId);
        sql::exec(markLog, tr("Updating the send queue"));
        if (!message.firstAttemptAt.isValid())
            message.firstAttemptAt = now.toUTC();
        claimed.append(message);
    }

    QSqlQuery anySuppressed(db);
    sql::prepare(anySuppressed, QStringLiteral(
        "SELECT 1 FROM unsubscribes WHERE email = ? AND (client_id IS NULL OR client_id = ?) LIMIT 1"));
    const auto suppressed = [&anySuppressed](const QString &address, const QString &clientId) {
        anySuppressed.bindValue(0, address);
        anySuppressed.bindValue(1, clientId);
        sql::exec(anySuppressed, tr("Checking the suppression list"));
        const bool found = anySuppressed.next();
        anySuppressed.finish();
        return found;
    };

    // Campaign items, campaign by campaign in the order they started, each in queue order.
    QSqlQuery campaigns = sql::run(db, QStringLiteral(
        "SELECT id, client_id FROM email_campaigns WHERE status = 'sending' AND (scheduled_at IS NULL OR scheduled_at <= ?) "
        "ORDER BY updated_at, id"), {nowText}, tr("Reading the send queue"));
    QList<std::pair<QString, QString>> sending;
    while (campaigns.next()) {
        const QString clientId = campaigns.value(1).toString();
        if (!m_scopes || m_scopes->contains(context.scopeFor(clientId)))
            sending.append({campaigns.value(0).toString(), clientId});
    }
    campaigns.finish();

    QSqlQuery markItem(db);
    sql::prepare(markItem, QStringLiteral(
        "UPDATE email_job_items SET status = 'sending', attempts = attempts + 1, "
        "first_attempt_at = coalesce(first_attempt_at, ?), updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"));
    QSqlQuery markRecipient(db);
    sql::prepare(markRecipient, QStringLiteral(
        "UPDATE campaign_recipients SET status = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
        "WHERE id = ? AND status IN ('pending', 'sending')"));
    QSqlQuery suppressItem(db);
    sql::prepare(suppressItem, QStringLiteral(
        "UPDATE email_job_items SET status = 'suppressed', updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"));

    for (const auto &[campaignId, clientId] : std::as_const(sending)) {
        while (claimed.size() < limit) {
            const QList<OutgoingMessage> items = emailqueue::loadCampaignItems(
                context,
                QStringLiteral("i.campaign_id = ? AND i.status = 'pending' AND (i.next_attempt_at IS NULL OR i.next_attempt_at <= ?)"),
                {campaignId, nowText}, QStringLiteral("ORDER BY i.rowid LIMIT %1").arg(limit - claimed.size()),
                now.toUTC().date());
            if (items.isEmpty())
                break;
            for (OutgoingMessage message : items) {
                // Unsubscribed, bounced or complained since the campaign was queued.
                if (suppressed(message.toAddress, clientId)) {
                    suppressItem.bindValue(0, message.queueId);
                    sql::exec(suppressItem, tr("Updating the send queue"));
                    markRecipient.bindValue(0, QStringLiteral("suppressed"));
                    markRecipient.bindValue(1, message.recipientId);
                    sql::exec(markRecipient, tr("Updating the send queue"));
                    continue;
                }
                markItem.bindValue(0, nowText);
                markItem.bindValue(1, message.queueId);
                sql::exec(markItem, tr("Updating the send queue"));
                markRecipient.bindValue(0, QStringLiteral("sending"));
                markRecipient.bindValue(1, message.recipientId);
                sql::exec(markRecipient, tr("Updating the send queue"));
                if (!message.firstAttemptAt.isValid())
                    message.firstAttemptAt = now.toUTC();
                claimed.append(message);
            }
        }
        if (claimed.size() >= limit)
            break;
    }
    transaction.commit();
    return claimed;
}

QList<OutgoingMessage> EmailQueueRepository::uncertain() const
{
    QSqlDatabase db = m_database.connection();
    emailqueue::RenderContext context(db);
    QVariantList logValues;
    const QString logsInScope = scopeCondition(QStringLiteral("email_logs.client_id"), logValues);
    QList<OutgoingMessage> messages = emailqueue::loadTransactional(
        context, QStringLiteral("status = 'pending' AND in_flight = 1 AND ") + logsInScope, logValues,
        QStringLiteral("ORDER BY created_at, rowid"));
    QSqlQuery campaigns = sql::run(db, QStringLiteral("SELECT DISTINCT campaign_id, client_id FROM email_jobs"), {},
                                   tr("Reading the send queue"));
    QStringList campaignIds;
    while (campaigns.next()) {
        if (!m_scopes || m_scopes->contains(context.scopeFor(campaigns.value(1).toString())))
            campaignIds.append(campaigns.value(0).toString());
    }
    for (const QString &campaignId : std::as_const(campaignIds)) {
        messages += emailqueue::loadCampaignItems(context, QStringLiteral("i.campaign_id = ? AND i.status = 'sending'"),
                                                  {campaignId}, QStringLiteral("ORDER BY i.rowid"), QDate::currentDate());
    }
    return messages;
}

void EmailQueueRepository::markSent(const OutgoingMessage &message, const QString &mailgunMessageId, const QDateTime &sentAt)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (isCampaign(message))
        emailqueue::recordCampaignSent(db, message, mailgunMessageId, sentAt);
    else
        emailqueue::recordTransactionalSent(db, message.queueId, mailgunMessageId, sentAt);
    transaction.commit();
}

void EmailQueueRepository::markRetry(const OutgoingMessage &message, const QString &error, const QDateTime &nextAttempt)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const QVariant next = nextAttempt.isValid() ? QVariant(toDbTimestamp(nextAttempt)) : QVariant();
    if (isCampaign(message)) {
        sql::run(db, QStringLiteral(
            "UPDATE email_job_items SET status = 'pending', next_attempt_at = ?, error_message = ?, "
            "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND status = 'sending'"),
            {next, sql::textOrNull(error), message.queueId}, tr("Updating the send queue"));
        sql::run(db, QStringLiteral(
            "UPDATE campaign_recipients SET status = 'pending', error_message = ?, "
            "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND status = 'sending'"),
            {sql::textOrNull(error), message.recipientId}, tr("Updating the send queue"));
    } else {
        sql::run(db, QStringLiteral("UPDATE email_logs SET in_flight = 0, next_attempt_at = ?, error_message = ? "
                                    "WHERE id = ? AND status = 'pending'"),
                 {next, sql::textOrNull(error), message.queueId}, tr("Updating the send queue"));
    }
    transaction.commit();
}

void EmailQueueRepository::markFailed(const OutgoingMessage &message, const QString &error)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (isCampaign(message)) {
        QSqlQuery item = sql::run(db, QStringLiteral(
            "UPDATE email_job_items SET status = 'failed', error_message = ?, "
            "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND status IN ('pending', 'sending')"),
            {sql::textOrNull(error), message.queueId}, tr("Updating the send queue"));
        if (item.numRowsAffected() > 0) {
            sql::run(db, QStringLiteral(
                "UPDATE campaign_recipients SET status = 'failed', error_message = ?, "
                "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND status IN ('pending', 'sending')"),
                {sql::textOrNull(error), message.recipientId}, tr("Updating the send queue"));
            // The log shows what could not be sent, too.
            const QJsonObject metadata{{QStringLiteral("campaign_id"), message.campaignId},
                                       {QStringLiteral("recipient_id"), message.recipientId},
                                       {QStringLiteral("idempotency_key"), message.idempotencyKey}};
            sql::run(db, QStringLiteral(
                "INSERT INTO email_logs (id, email_type, recipient_email, recipient_name, subject, text_body, html_body, "
                "status, error_message, triggered_by_id, client_id, metadata, attempts, first_attempt_at) "
                "SELECT ?, 'campaign', ?, ?, ?, ?, ?, 'failed', ?, j.sender_user_id, i.client_id, ?, i.attempts, "
                "i.first_attempt_at FROM email_job_items i JOIN email_jobs j ON j.id = i.job_id WHERE i.id = ?"),
                {newId(), message.toAddress, sql::textOrNull(message.toName), message.subject, message.text, message.html,
                 sql::textOrNull(error), compact(metadata), message.queueId},
                tr("Updating the send queue"));
        }
    } else {
        sql::run(db, QStringLiteral("UPDATE email_logs SET status = 'failed', in_flight = 0, error_message = ? "
                                    "WHERE id = ? AND status = 'pending'"),
                 {sql::textOrNull(error), message.queueId}, tr("Updating the send queue"));
    }
    transaction.commit();
}

void EmailQueueRepository::releaseUncertain(const OutgoingMessage &message)
{
    // Mailgun has no trace of it, so the claim that left it uncertain (a killed run, a lost
    // connection) never reached Mailgun: it does not count against max_attempts, or a few
    // crashes in a row would fail a message that was never tried.
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (isCampaign(message)) {
        sql::run(db, QStringLiteral("UPDATE email_job_items SET status = 'pending', attempts = max(attempts - 1, 0), "
                                    "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND status = 'sending'"),
                 {message.queueId}, tr("Updating the send queue"));
        sql::run(db, QStringLiteral("UPDATE campaign_recipients SET status = 'pending', "
                                    "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND status = 'sending'"),
                 {message.recipientId}, tr("Updating the send queue"));
    } else {
        sql::run(db, QStringLiteral("UPDATE email_logs SET in_flight = 0, attempts = max(attempts - 1, 0) WHERE id = ? AND status = 'pending'"),
                 {message.queueId}, tr("Updating the send queue"));
    }
    transaction.commit();
}

int EmailQueueRepository::pendingCount() const
{
    QVariantList values;
    const QString logsInScope = scopeCondition(QStringLiteral("email_logs.client_id"), values);
    const QString campaignsInScope = scopeCondition(QStringLiteral("c.client_id"), values);
    QSqlQuery query = sql::run(m_database.connection(), QStringLiteral(
        "SELECT (SELECT count(*) FROM email_logs WHERE status = 'pending' AND in_flight = 0 AND %1) + "
        "(SELECT count(*) FROM email_campaigns c JOIN email_job_items i ON i.campaign_id = c.id AND i.status = 'pending' "
        "WHERE c.status = 'sending' AND %2)").arg(logsInScope, campaignsInScope), values, tr("Counting the send queue"));
    return query.next() ? query.value(0).toInt() : 0;
}

int EmailQueueRepository::sendingCount() const
{
    QVariantList values;
    const QString logsInScope = scopeCondition(QStringLiteral("email_logs.client_id"), values);
    const QString jobsInScope = scopeCondition(QStringLiteral("j.client_id"), values);
    QSqlQuery query = sql::run(m_database.connection(), QStringLiteral(
        "SELECT (SELECT count(*) FROM email_logs WHERE status = 'pending' AND in_flight = 1 AND %1) + "
        "(SELECT count(*) FROM email_jobs j JOIN email_job_items i ON i.campaign_id = j.campaign_id AND i.status = 'sending' "
        "WHERE %2)").arg(logsInScope, jobsInScope),
        values, tr("Counting the send queue"));
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace anchor::storage
