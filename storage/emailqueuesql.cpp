#include "emailqueuesql.h"

#include "emailcontent.h"
#include "emailqueuerepository.h"
#include "mailgunsettingsrepository.h"
#include "sqlhelpers.h"
#include "storageerror.h"
#include "timestamps.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace anchor::storage::emailqueue {

int statusRank(const QString &status)
{
    static const QHash<QString, int> ranks = {
        {QStringLiteral("pending"), 0},   {QStringLiteral("sending"), 1},      {QStringLiteral("failed"), 2},
        {QStringLiteral("sent"), 3},      {QStringLiteral("delivered"), 4},    {QStringLiteral("opened"), 5},
        {QStringLiteral("clicked"), 6},   {QStringLiteral("bounced"), 7},      {QStringLiteral("unsubscribed"), 8},
        {QStringLiteral("complained"), 9}, {QStringLiteral("suppressed"), 100},
    };
    return ranks.value(status, -1);
}

QString stripAngleBrackets(const QString &messageId)
{
    QString id = messageId.trimmed();
    if (id.startsWith(u'<'))
        id.remove(0, 1);
    if (id.endsWith(u'>'))
        id.chop(1);
    return id;
}

RenderContext::RenderContext(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString RenderContext::clientName(const QString &clientId)
{
    if (clientId.isEmpty())
        return {};
    auto found = m_clientNames.constFind(clientId);
    if (found != m_clientNames.constEnd())
        return *found;
    QSqlQuery query = sql::run(m_db, QStringLiteral("SELECT name FROM client_directory WHERE id = ?"), {clientId},
                               tr("Loading the client's name"));
    const QString name = query.next() ? query.value(0).toString() : QString();
    m_clientNames.insert(clientId, name);
    return name;
}

const RenderContext::Sender &RenderContext::sender(const QString &clientId)
{
    auto found = m_senders.constFind(clientId);
    if (found != m_senders.constEnd())
        return *found;
    // The same rule as MailgunSettingsRepository::effectiveFor, on this connection.
    Sender sender;
    QSqlQuery query = sql::run(m_db,
                               QStringLiteral("SELECT key, coalesce(json_extract(value, '$.from_name'), '') FROM app_settings "
                                              "WHERE key IN (?, ?) ORDER BY length(key) DESC"),
                               {MailgunSettingsRepository::settingsKey(clientId), MailgunSettingsRepository::settingsKey({})},
                               tr("Loading the Mailgun settings"));
    if (query.next()) {
        sender.scope = query.value(0).toString() == MailgunSettingsRepository::settingsKey({}) ? QString() : clientId;
        sender.fromName = query.value(1).toString();
    }
    return *m_senders.insert(clientId, sender);
}

QString RenderContext::scopeFor(const QString &clientId)
{
    return clientId.isEmpty() ? QString() : sender(clientId).scope;
}

QString RenderContext::senderName(const QString &clientId)
{
    const QString fromName = sender(clientId).fromName;
    return fromName.isEmpty() ? clientName(clientId) : fromName;
}

QList<OutgoingMessage> loadCampaignItems(RenderContext &context, const QString &where, const QVariantList &values,
                                         const QString &tail, const QDate &today)
{
    QSqlQuery query(context.db());
    query.setForwardOnly(true);
    sql::prepare(query, QStringLiteral(
        "SELECT i.id, i.idempotency_key, i.campaign_id, i.recipient_id, i.attempts, coalesce(i.first_attempt_at, ''), "
        "r.email, coalesce(r.name, ''), c.client_id, c.name, c.subject, c.content, coalesce(c.from_email, '') "
        "FROM email_job_items i JOIN campaign_recipients r ON r.id = i.recipient_id "
        "JOIN email_campaigns c ON c.id = i.campaign_id WHERE ") + where + u' ' + tail);
    for (const QVariant &value : values)
        query.addBindValue(value);
    sql::exec(query, RenderContext::tr("Reading the send queue"));
    QList<OutgoingMessage> messages;
    while (query.next()) {
        OutgoingMessage message;
        message.kind = OutgoingMessage::Kind::Campaign;
        message.queueId = query.value(0).toString();
        message.idempotencyKey = query.value(1).toString();
        message.campaignId = query.value(2).toString();
        message.recipientId = query.value(3).toString();
        message.attempts = query.value(4).toInt();
        const QString firstAttempt = query.value(5).toString();
        message.firstAttemptAt = firstAttempt.isEmpty() ? QDateTime() : fromDbTimestamp(firstAttempt);
        message.toAddress = query.value(6).toString();
        message.toName = query.value(7).toString();
        const QString clientId = query.value(8).toString();
        message.scopeId = context.scopeFor(clientId);
        message.fromAddress = query.value(12).toString();
        const auto placeholders = EmailQueueRepository::placeholderValues(
            message.toAddress, message.toName, context.clientName(clientId), context.senderName(clientId),
            query.value(9).toString(), today);
        message.subject = email::fillPlaceholders(query.value(10).toString(), placeholders, false).simplified();
        message.html = email::fillPlaceholders(query.value(11).toString(), placeholders, true);
        message.text = email::htmlToPlainText(message.html);
        message.tags = {QStringLiteral("campaign")};
        message.variables = {{QStringLiteral("anchor-key"), message.idempotencyKey},
                             {QStringLiteral("anchor-campaign"), message.campaignId},
                             {QStringLiteral("anchor-recipient"), message.recipientId}};
        messages.append(message);
    }
    return messages;
}

QList<OutgoingMessage> loadTransactional(RenderContext &context, const QString &where, const QVariantList &values,
                                         const QString &tail)
{
    QSqlQuery query(context.db());
    query.setForwardOnly(true);
    sql::prepare(query, QStringLiteral(
        "SELECT id, email_type, coalesce(client_id, ''), recipient_email, coalesce(recipient_name, ''), "
        "coalesce(subject, ''), coalesce(html_body, ''), coalesce(text_body, ''), attempts, coalesce(first_attempt_at, '') "
        "FROM email_logs WHERE ") + where + u' ' + tail);
    for (const QVariant &value : values)
        query.addBindValue(value);
    sql::exec(query, RenderContext::tr("Reading the send queue"));
    QList<OutgoingMessage> messages;
    while (query.next()) {
        OutgoingMessage message;
        message.kind = OutgoingMessage::Kind::Transactional;
        message.queueId = query.value(0).toString();
        message.idempotencyKey = message.queueId;
        message.emailLogId = message.queueId;
        message.tags = {query.value(1).toString()};
        message.scopeId = context.scopeFor(query.value(2).toString());
        message.toAddress = query.value(3).toString();
        message.toName = query.value(4).toString();
        message.subject = query.value(5).toString();
        message.html = query.value(6).toString();
        message.text = query.value(7).toString();
        message.attempts = query.value(8).toInt();
        const QString firstAttempt = query.value(9).toString();
        message.firstAttemptAt = firstAttempt.isEmpty() ? QDateTime() : fromDbTimestamp(firstAttempt);
        message.variables = {{QStringLiteral("anchor-key"), message.idempotencyKey},
                             {QStringLiteral("anchor-log"), message.emailLogId}};
        messages.append(message);
    }
    return messages;
}

bool recordCampaignSent(const QSqlDatabase &db, const OutgoingMessage &message, const QString &mailgunId,
                        const QDateTime &sentAt)
{
    const QString context = RenderContext::tr("Recording a sent message");
    const QString id = stripAngleBrackets(mailgunId);
    const QString when = toDbTimestamp(sentAt.isValid() ? sentAt : QDateTime::currentDateTimeUtc());
    QSqlQuery item = sql::run(db, QStringLiteral(
        "UPDATE email_job_items SET status = 'sent', mailgun_id = ?, sent_at = ?, error_message = NULL, "
        "next_attempt_at = NULL, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
        "WHERE id = ? AND status IN ('pending', 'sending', 'failed')"),
        {sql::textOrNull(id), when, message.queueId}, context);
    if (item.numRowsAffected() == 0)
        return false;
    sql::run(db, QStringLiteral(
        "UPDATE campaign_recipients SET status = CASE WHEN status IN ('pending', 'sending', 'failed') THEN 'sent' "
        "ELSE status END, mailgun_id = ?, sent_at = ?, error_message = NULL, "
        "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"),
        {sql::textOrNull(id), when, message.recipientId}, context);
    sql::run(db, QStringLiteral("UPDATE email_campaigns SET sent_count = sent_count + 1 WHERE id = ?"),
             {message.campaignId}, context);
    const QJsonObject metadata{{QStringLiteral("campaign_id"), message.campaignId},
                               {QStringLiteral("recipient_id"), message.recipientId},
                               {QStringLiteral("idempotency_key"), message.idempotencyKey}};
    sql::run(db, QStringLiteral(
        "INSERT INTO email_logs (id, email_type, recipient_email, recipient_name, subject, text_body, html_body, status, "
        "mailgun_id, triggered_by_id, client_id, metadata, sent_at, attempts, first_attempt_at) "
        "SELECT ?, 'campaign', ?, ?, ?, ?, ?, 'sent', ?, j.sender_user_id, i.client_id, ?, ?, i.attempts, i.first_attempt_at "
        "FROM email_job_items i JOIN email_jobs j ON j.id = i.job_id WHERE i.id = ?"),
        {newId(), message.toAddress, sql::textOrNull(message.toName), message.subject, message.text, message.html,
         sql::textOrNull(id), QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact)), when,
         message.queueId},
        context);
    return true;
}

bool recordTransactionalSent(const QSqlDatabase &db, const QString &emailLogId, const QString &mailgunId,
                             const QDateTime &sentAt)
{
    QSqlQuery query = sql::run(db, QStringLiteral(
        "UPDATE email_logs SET status = 'sent', in_flight = 0, mailgun_id = ?, sent_at = ?, error_message = NULL, "
        "next_attempt_at = NULL WHERE id = ? AND status IN ('pending', 'failed')"),
        {sql::textOrNull(stripAngleBrackets(mailgunId)),
         toDbTimestamp(sentAt.isValid() ? sentAt : QDateTime::currentDateTimeUtc()), emailLogId},
        RenderContext::tr("Recording a sent message"));
    return query.numRowsAffected() > 0;
}

} // namespace anchor::storage::emailqueue
