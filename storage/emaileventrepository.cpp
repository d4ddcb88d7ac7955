#include "emaileventrepository.h"

#include "emailqueuesql.h"
#include "sqlhelpers.h"
#include "storageerror.h"
#include "timestamps.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace anchor::storage {

namespace {

// What an event does to a recipient's status; empty: nothing (accepted and stored are handled
// apart, a temporary failure is only recorded).
QString statusFor(const MailgunEvent &event)
{
    const QString &type = event.type;
    if (type == QLatin1String("delivered") || type == QLatin1String("opened") || type == QLatin1String("clicked")
        || type == QLatin1String("unsubscribed") || type == QLatin1String("complained"))
        return type;
    if (type == QLatin1String("failed"))
        return event.severity == QLatin1String("permanent") ? QStringLiteral("bounced") : QString();
    if (type == QLatin1String("rejected"))
        return QStringLiteral("failed");
    return {};
}

// The suppression an event adds, empty for none.
QString suppressionKind(const MailgunEvent &event)
{
    if (event.type == QLatin1String("failed") && event.severity == QLatin1String("permanent"))
        return QStringLiteral("bounce");
    if (event.type == QLatin1String("complained"))
        return QStringLiteral("complaint");
    if (event.type == QLatin1String("unsubscribed"))
        return QStringLiteral("unsubscribe");
    return {};
}

// Whether the event proves Mailgun took the message.
bool provesAccepted(const MailgunEvent &event)
{
    return event.type == QLatin1String("accepted") || event.type == QLatin1String("delivered")
           || event.type == QLatin1String("opened") || event.type == QLatin1String("clicked")
           || event.type == QLatin1String("unsubscribed") || event.type == QLatin1String("complained")
           || (event.type == QLatin1String("failed") && event.severity == QLatin1String("permanent"));
}

bool isKnownType(const QString &type)
{
    static const QStringList types = {QStringLiteral("accepted"), QStringLiteral("delivered"), QStringLiteral("failed"),
                                      QStringLiteral("rejected"), QStringLiteral("opened"), QStringLiteral("clicked"),
                                      QStringLiteral("unsubscribed"), QStringLiteral("complained"), QStringLiteral("stored")};
    return types.contains(type);
}

QString userVariable(const MailgunEvent &event, const char *name)
{
    const QJsonValue value = event.userVariables.value(QLatin1String(name));
    return value.isString() ? value.toString().trimmed() : QString();
}

// The row an event belongs to.
struct Target
{
    enum class Kind { None, Campaign, Log } kind = Kind::None;
    QString itemId;
    QString recipientId;
    QString campaignId;
    QString clientId;      // '' for a log of the agency
    QString logId;
    QString status;        // the recipient's status, or the log's delivery status
    QString logStatus;     // email_logs.status for a log
    QString email;
    QString mailgunId;
    bool itemUnsent = false;   // the item is still pending, sending or failed
};

// Prepared statements of one apply() call.
class EventWriter
{
public:
    explicit EventWriter(const QSqlDatabase &db)
        : m_db(db), byKey(db), byItemMessage(db), logById(db), logByMessage(db), insert(db), seen(db), recipientStatus(db),
          itemStatus(db), recipientError(db), logEvent(db), campaignLogEvent(db), counter(db), suppress(db)
    {
        const QString itemSelect = QStringLiteral(
            "SELECT i.id, i.recipient_id, i.campaign_id, i.client_id, r.status, r.email, coalesce(i.mailgun_id, ''), "
            "i.status IN ('pending', 'sending', 'failed') FROM email_job_items i "
            "JOIN campaign_recipients r ON r.id = i.recipient_id WHERE ");
        sql::prepare(byKey, itemSelect + QStringLiteral("i.idempotency_key = ?"));
        sql::prepare(byItemMessage, itemSelect + QStringLiteral("i.mailgun_id = ? LIMIT 1"));
        const QString logSelect = QStringLiteral(
            "SELECT id, coalesce(client_id, ''), coalesce(delivery_status, ''), status, recipient_email, "
            "coalesce(mailgun_id, '') FROM email_logs WHERE ");
        sql::prepare(logById, logSelect + QStringLiteral("id = ? AND email_type <> 'campaign'"));
        sql::prepare(logByMessage, logSelect + QStringLiteral("mailgun_id = ? AND email_type <> 'campaign' LIMIT 1"));
        sql::prepare(insert, QStringLiteral(
            "INSERT OR IGNORE INTO email_tracking (id, client_id, campaign_id, recipient_id, email_log_id, event_id, "
            "event_type, severity, reason, email, mailgun_id, url, ip_address, user_agent, payload, occurred_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ") + QLatin1String(sql::kBytesAsText) + QStringLiteral(", ?)"));
        sql::prepare(seen, QStringLiteral(
            "SELECT count(*) FROM email_tracking WHERE recipient_id = ? AND event_type = ? AND coalesce(severity, '') = coalesce(?, '')"));
        sql::prepare(recipientStatus, QStringLiteral(
            "UPDATE campaign_recipients SET status = ?, error_message = coalesce(?, error_message), "
            "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"));
        sql::prepare(itemStatus, QStringLiteral(
            "UPDATE email_job_items SET status = ?, error_message = coalesce(?, error_message), "
            "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"));
        sql::prepare(recipientError, QStringLiteral(
            "UPDATE campaign_recipients SET error_message = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"));
        sql::prepare(logEvent, QStringLiteral(
            "UPDATE email_logs SET delivery_status = ?, status = CASE WHEN ? THEN 'failed' ELSE status END, "
            "error_message = coalesce(?, error_message) WHERE id = ?"));
        sql::prepare(campaignLogEvent, QStringLiteral(
            "UPDATE email_logs SET delivery_status = ?, status = CASE WHEN ? THEN 'failed' ELSE status END, "
            "error_message = coalesce(?, error_message) WHERE mailgun_id = ? AND +email_type = 'campaign'"));
        sql::prepare(counter, QStringLiteral(
            "UPDATE email_campaigns SET open_count = open_count + ?, click_count = click_count + ?, "
            "bounce_count = bounce_count + ?, unsubscribe_count = unsubscribe_count + ? WHERE id = ?"));
        sql::prepare(suppress, QStringLiteral(
            "INSERT OR IGNORE INTO unsubscribes (id, client_id, email, kind, reason, campaign_id, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    }

    // Which of the page's keys and message ids name a row at all, read with four statements for
    // the whole page: most events of a busy domain are not the CRM's, and those then cost no
    // query each. The rows themselves are read per event (find), so each event sees what the
    // ones before it changed.
    void lookAhead(const QList<MailgunEvent> &events, const QStringList &anchorKeys)
    {
        QStringList keys;
        QStringList messageIds;
        for (const QString &key : anchorKeys)
            if (!key.isEmpty())
                keys.append(key);
        for (const MailgunEvent &event : events) {
            if (!event.messageId.isEmpty())
                messageIds.append(emailqueue::stripAngleBrackets(event.messageId));
        }
        const QString context = EmailEventRepository::tr("Matching Mailgun events");
        const auto present = [&](const QString &statement, const QStringList &values) {
            QSet<QString> found;
            if (values.isEmpty())
                return found;
            QSqlQuery query = sql::run(m_db, statement, {sql::jsonArray(values)}, context);
            while (query.next())
                found.insert(query.value(0).toString());
            return found;
        };
        m_keysWithItem = present(QStringLiteral("SELECT idempotency_key FROM email_job_items "
                                                "WHERE idempotency_key IN (SELECT value FROM json_each(?))"), keys);
        m_keysWithLog = present(QStringLiteral("SELECT id FROM email_logs WHERE id IN (SELECT value FROM json_each(?)) "
                                               "AND email_type <> 'campaign'"), keys);
        m_messagesWithItem = present(QStringLiteral("SELECT mailgun_id FROM email_job_items "
                                                    "WHERE mailgun_id IN (SELECT value FROM json_each(?))"), messageIds);
        m_messagesWithLog = present(QStringLiteral("SELECT mailgun_id FROM email_logs WHERE mailgun_id IN "
                                                   "(SELECT value FROM json_each(?)) AND email_type <> 'campaign'"), messageIds);
    }

    // A message id this page's events just gave an item or a log (recorded as sent).
    void noteMessageId(Target::Kind kind, const QString &messageId)
    {
        if (!messageId.isEmpty())
            (kind == Target::Kind::Campaign ? m_messagesWithItem : m_messagesWithLog).insert(messageId);
    }

    // `key`: the event's anchor-key user variable.
    Target find(const MailgunEvent &event, const QString &key)
    {
        if (!key.isEmpty()) {
            if (m_keysWithItem.contains(key))
                if (Target target = readItem(byKey, key); target.kind != Target::Kind::None)
                    return target;
            if (m_keysWithLog.contains(key))
                if (Target target = readLog(logById, key); target.kind != Target::Kind::None)
                    return target;
        }
        if (!event.messageId.isEmpty()) {
            const QString messageId = emailqueue::stripAngleBrackets(event.messageId);
            if (m_messagesWithItem.contains(messageId))
                if (Target target = readItem(byItemMessage, messageId); target.kind != Target::Kind::None)
                    return target;
            if (m_messagesWithLog.contains(messageId))
                return readLog(logByMessage, messageId);
        }
        return {};
    }

    // The page's event ids already stored (a re-read overlap): one statement for the page.
    QSet<QString> storedEventIds(const QStringList &eventIds)
    {
        QSet<QString> stored;
        if (eventIds.isEmpty())
            return stored;
        QSqlQuery query = sql::run(m_db, QStringLiteral("SELECT event_id FROM email_tracking "
                                                        "WHERE event_id IN (SELECT value FROM json_each(?))"),
                                   {sql::jsonArray(eventIds)}, EmailEventRepository::tr("Matching Mailgun events"));
        while (query.next())
            stored.insert(query.value(0).toString());
        return stored;
    }

    QSqlDatabase m_db;
    QSqlQuery byKey, byItemMessage, logById, logByMessage, insert, seen, recipientStatus, itemStatus, recipientError,
        logEvent, campaignLogEvent, counter, suppress;

private:
    QSet<QString> m_keysWithItem, m_keysWithLog, m_messagesWithItem, m_messagesWithLog;

    Target readItem(QSqlQuery &query, const QString &value)
    {
        query.bindValue(0, value);
        sql::exec(query, EmailEventRepository::tr("Matching Mailgun events"));
        Target target;
        if (query.next()) {
            target.kind = Target::Kind::Campaign;
            target.itemId = query.value(0).toString();
            target.recipientId = query.value(1).toString();
            target.campaignId = query.value(2).toString();
            target.clientId = query.value(3).toString();
            target.status = query.value(4).toString();
            target.email = query.value(5).toString();
            target.mailgunId = query.value(6).toString();
            target.itemUnsent = query.value(7).toBool();
        }
        query.finish();
        return target;
    }

    Target readLog(QSqlQuery &query, const QString &value)
    {
        query.bindValue(0, value);
        sql::exec(query, EmailEventRepository::tr("Matching Mailgun events"));
        Target target;
        if (query.next()) {
            target.kind = Target::Kind::Log;
            target.logId = query.value(0).toString();
            target.clientId = query.value(1).toString();
            target.status = query.value(2).toString();
            target.logStatus = query.value(3).toString();
            target.email = query.value(4).toString();
            target.mailgunId = query.value(5).toString();
        }
        query.finish();
        return target;
    }
};

QString eventIdOf(const MailgunEvent &event)
{
    if (!event.eventId.isEmpty())
        return event.eventId;
    // Mailgun always sends one; if not, the payload itself identifies the event.
    return QString::fromLatin1(QCryptographicHash::hash(event.payload, QCryptographicHash::Sha1).toHex());
}

// The item as Mailgun sent it (valid JSON: the parser read it), bound as bytes (sql::kBytesAsText).
QVariant payloadOf(const MailgunEvent &event)
{
    return event.payload.isEmpty() ? QVariant() : QVariant(event.payload);
}

} // namespace

EmailEventRepository::EmailEventRepository(Database database)
    : m_database(std::move(database))
{
}

void EmailEventRepository::beginPull()
{
    sql::beginBulkWrites(m_database.connection());
}

void EmailEventRepository::endPull()
{
    sql::endBulkWrites(m_database.connection());
}

void EmailEventRepository::checkpoint()
{
    sql::checkpoint(m_database.connection());
}

ApplySummary EmailEventRepository::apply(const QString &scopeId, const QList<MailgunEvent> &events,
                                         const MailgunCursor &after, bool finished)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const ApplySummary summary = apply(scopeId, events);
    MailgunCursorRepository::save(db, MailgunCursorRepository::kEventsSource, scopeId, after.cursorValue, after.pageToken,
                                  finished);
    transaction.commit();
    return summary;
}

ApplySummary EmailEventRepository::apply(const QString &scopeId, const QList<MailgunEvent> &events)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    EventWriter writer(db);
    ApplySummary summary;
    const QString context = tr("Applying Mailgun events");

    QStringList eventIds;
    QStringList anchorKeys;
    eventIds.reserve(events.size());
    anchorKeys.reserve(events.size());
    for (const MailgunEvent &event : events) {
        eventIds.append(eventIdOf(event));
        anchorKeys.append(userVariable(event, "anchor-key"));
    }
    QSet<QString> seenIds = writer.storedEventIds(eventIds);
    writer.lookAhead(events, anchorKeys);
    QList<QVariantList> unmatchedRows;

    for (qsizetype index = 0; index < events.size(); ++index) {
        const MailgunEvent &event = events.at(index);
        if (!isKnownType(event.type))
            continue;
        const QString &eventId = eventIds.at(index);
        if (seenIds.contains(eventId)) {
            ++summary.duplicates;   // stored by an earlier pull, or earlier on this page
            continue;
        }
        seenIds.insert(eventId);
        Target target = writer.find(event, anchorKeys.at(index));
        const bool campaign = target.kind == Target::Kind::Campaign;
        const bool log = target.kind == Target::Kind::Log;
        const QString recipient = !target.email.isEmpty() ? target.email.toLower() : event.recipient.trimmed().toLower();
        const QString severity = event.type == QLatin1String("failed") ? event.severity : QString();
        const bool hasSeverity = severity == QLatin1String("permanent") || severity == QLatin1String("temporary");

        // Was this recipient's first such event stored before? (unique counters)
        int firstOfKind = 0;
        if (campaign) {
            writer.seen.bindValue(0, target.recipientId);
            writer.seen.bindValue(1, event.type);
            writer.seen.bindValue(2, hasSeverity ? severity : QString());
            sql::exec(writer.seen, context);
            firstOfKind = writer.seen.next() && writer.seen.value(0).toInt() == 0 ? 1 : 0;
            writer.seen.finish();
        }

        // The columns every event has, in the unmatched inserter's order (below).
        const QVariantList row = {
            newId(), sql::textOrNull(campaign || log ? target.clientId : scopeId), eventId, event.type,
            hasSeverity ? QVariant(severity) : QVariant(), sql::textOrNull(event.reason), sql::textOrNull(recipient),
            sql::textOrNull(emailqueue::stripAngleBrackets(event.messageId)), sql::textOrNull(event.url),
            sql::textOrNull(event.ip), sql::textOrNull(event.userAgent), payloadOf(event),
            toDbTimestamp(event.occurredAt.isValid() ? event.occurredAt : QDateTime::currentDateTimeUtc())};
        if (campaign || log) {
            // Stored at once: the unique counters of later events of the page count it.
            QSqlQuery &insert = writer.insert;
            insert.bindValue(0, row.at(0));
            insert.bindValue(1, row.at(1));
            insert.bindValue(2, campaign ? QVariant(target.campaignId) : QVariant());
            insert.bindValue(3, campaign ? QVariant(target.recipientId) : QVariant());
            insert.bindValue(4, log ? QVariant(target.logId) : QVariant());
            for (int i = 2; i < row.size(); ++i)
                insert.bindValue(i + 3, row.at(i));
            sql::exec(insert, context);
            if (insert.numRowsAffected() == 0) {
                ++summary.duplicates;
                continue;
            }
            ++summary.matched;
        } else {
            unmatchedRows.append(row);   // nothing reads them back on this page: stored together below
            ++summary.unmatched;
        }
        ++summary.inserted;

        const QString message = event.deliveryMessage.isEmpty() ? event.reason : event.deliveryMessage;
        const QString messageId = emailqueue::stripAngleBrackets(event.messageId);

        if (campaign) {
            // Accepted by Mailgun although the sender never heard back: record it as sent.
            if (target.itemUnsent && provesAccepted(event)) {
                const QList<OutgoingMessage> items = [&] {
                    emailqueue::RenderContext render(db);
                    return emailqueue::loadCampaignItems(render, QStringLiteral("i.id = ?"), {target.itemId}, {},
                                                         QDate::currentDate());
                }();
                if (!items.isEmpty()
                    && emailqueue::recordCampaignSent(db, items.first(), messageId.isEmpty() ? target.mailgunId : messageId,
                                                      event.occurredAt)) {
                    if (target.status == QLatin1String("pending") || target.status == QLatin1String("sending")
                        || target.status == QLatin1String("failed"))
                        target.status = QStringLiteral("sent");
                    if (target.mailgunId.isEmpty())
                        target.mailgunId = messageId;
                    writer.noteMessageId(Target::Kind::Campaign, messageId.isEmpty() ? target.mailgunId : messageId);
                }
            }
            const QString next = statusFor(event);
            const bool temporary = event.type == QLatin1String("failed") && severity == QLatin1String("temporary");
            if (!next.isEmpty() && emailqueue::statusRank(next) > emailqueue::statusRank(target.status)
                && target.status != QLatin1String("suppressed")) {
                const QVariant error = next == QLatin1String("bounced") || next == QLatin1String("failed")
                                           ? sql::textOrNull(message) : QVariant();
                writer.recipientStatus.bindValue(0, next);
                writer.recipientStatus.bindValue(1, error);
                writer.recipientStatus.bindValue(2, target.recipientId);
                sql::exec(writer.recipientStatus, context);
                writer.itemStatus.bindValue(0, next);
                writer.itemStatus.bindValue(1, error);
                writer.itemStatus.bindValue(2, target.itemId);
                sql::exec(writer.itemStatus, context);
                if (!target.mailgunId.isEmpty()) {
                    writer.campaignLogEvent.bindValue(0, next == QLatin1String("failed") ? QStringLiteral("failed") : next);
                    writer.campaignLogEvent.bindValue(1, next == QLatin1String("bounced") || next == QLatin1String("failed"));
                    writer.campaignLogEvent.bindValue(2, error);
                    writer.campaignLogEvent.bindValue(3, target.mailgunId);
                    sql::exec(writer.campaignLogEvent, context);
                }
            } else if (temporary && !message.isEmpty()) {
                writer.recipientError.bindValue(0, message);
                writer.recipientError.bindValue(1, target.recipientId);
                sql::exec(writer.recipientError, context);
            }
            const bool opened = event.type == QLatin1String("opened");
            const bool clicked = event.type == QLatin1String("clicked");
            const bool bounced = event.type == QLatin1String("failed") && severity == QLatin1String("permanent");
            const bool unsubscribed = event.type == QLatin1String("unsubscribed");
            if (firstOfKind && (opened || clicked || bounced || unsubscribed)) {
                writer.counter.bindValue(0, opened ? 1 : 0);
                writer.counter.bindValue(1, clicked ? 1 : 0);
                writer.counter.bindValue(2, bounced ? 1 : 0);
                writer.counter.bindValue(3, unsubscribed ? 1 : 0);
                writer.counter.bindValue(4, target.campaignId);
                sql::exec(writer.counter, context);
            }
        } else if (log) {
            if (target.logStatus == QLatin1String("pending") && provesAccepted(event)) {
                emailqueue::recordTransactionalSent(db, target.logId, messageId, event.occurredAt);
                writer.noteMessageId(Target::Kind::Log, messageId);
                target.logStatus = QStringLiteral("sent");
            }
            const QString next = statusFor(event);
            const int currentRank = target.status.isEmpty() ? -1 : emailqueue::statusRank(target.status);
            if (!next.isEmpty() && emailqueue::statusRank(next) > currentRank) {
                const bool failedNow = next == QLatin1String("bounced") || next == QLatin1String("failed");
                writer.logEvent.bindValue(0, next);
                writer.logEvent.bindValue(1, failedNow);
                writer.logEvent.bindValue(2, failedNow ? sql::textOrNull(message) : QVariant());
                writer.logEvent.bindValue(3, target.logId);
                sql::exec(writer.logEvent, context);
            }
        }

        // Never mailed again: by the mail's client (the scope's for mail we did not send).
        const QString kind = suppressionKind(event);
        if (!kind.isEmpty() && !recipient.isEmpty()) {
            writer.suppress.bindValue(0, newId());
            writer.suppress.bindValue(1, sql::textOrNull(campaign || log ? target.clientId : scopeId));
            writer.suppress.bindValue(2, recipient);
            writer.suppress.bindValue(3, kind);
            writer.suppress.bindValue(4, sql::textOrNull(message));
            writer.suppress.bindValue(5, campaign ? QVariant(target.campaignId) : QVariant());
            writer.suppress.bindValue(6, toDbTimestamp(event.occurredAt.isValid() ? event.occurredAt
                                                                                  : QDateTime::currentDateTimeUtc()));
            sql::exec(writer.suppress, context);
            summary.suppressed += writer.suppress.numRowsAffected() > 0 ? 1 : 0;
        }
    }
    if (!m_unmatchedInserter) {
        // No campaign, recipient or log: those columns stay NULL and are not bound.
        const QStringList columns{QStringLiteral("id"), QStringLiteral("client_id"), QStringLiteral("event_id"),
                                  QStringLiteral("event_type"), QStringLiteral("severity"), QStringLiteral("reason"),
                                  QStringLiteral("email"), QStringLiteral("mailgun_id"), QStringLiteral("url"),
                                  QStringLiteral("ip_address"), QStringLiteral("user_agent"), QStringLiteral("payload"),
                                  QStringLiteral("occurred_at")};
        QStringList values(columns.size(), QStringLiteral("?"));
        values[columns.indexOf(QStringLiteral("payload"))] = QLatin1String(sql::kBytesAsText);
        m_unmatchedInserter = std::make_shared<sql::MultiRowInserter>(QStringLiteral("INSERT OR IGNORE"),
                                                                      QStringLiteral("email_tracking"), columns, values);
    }
    m_unmatchedInserter->insert(db, unmatchedRows, context);
    transaction.commit();
    return summary;
}

QList<MailgunEvent> EmailEventRepository::eventsForRecipient(const QString &recipientId) const
{
    return eventsWhere(QStringLiteral("recipient_id = ?"), recipientId);
}

QList<MailgunEvent> EmailEventRepository::eventsForLog(const QString &emailLogId) const
{
    return eventsWhere(QStringLiteral("email_log_id = ?"), emailLogId);
}

QList<MailgunEvent> EmailEventRepository::eventsWhere(const QString &condition, const QString &value) const
{
    QSqlQuery query = sql::run(m_database.connection(), QStringLiteral(
        "SELECT coalesce(event_id, ''), event_type, occurred_at, coalesce(email, ''), coalesce(mailgun_id, ''), "
        "coalesce(severity, ''), coalesce(reason, ''), coalesce(url, ''), coalesce(ip_address, ''), "
        "coalesce(user_agent, ''), coalesce(payload, '') FROM email_tracking WHERE ") + condition +
        QStringLiteral(" ORDER BY occurred_at, rowid"), {value}, tr("Loading Mailgun events"));
    QList<MailgunEvent> events;
    while (query.next()) {
        MailgunEvent event;
        event.eventId = query.value(0).toString();
        event.type = query.value(1).toString();
        event.occurredAt = fromDbTimestamp(query.value(2).toString());
        event.recipient = query.value(3).toString();
        event.messageId = query.value(4).toString();
        event.severity = query.value(5).toString();
        event.reason = query.value(6).toString();
        event.url = query.value(7).toString();
        event.ip = query.value(8).toString();
        event.userAgent = query.value(9).toString();
        event.payload = query.value(10).toString().toUtf8();
        events.append(event);
    }
    return events;
}

} // namespace anchor::storage
