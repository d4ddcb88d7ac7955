#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The values the email layers pass between them (issue 7): storage keeps them, sync sends and
// receives them over Mailgun, models and ui show them. No SQL and no network here.
namespace anchor::storage {

// Where and as whom a scope sends through Mailgun: the agency (scopeId empty) or one client
// business (its users.id), which then sends with its own domain. The API key is not here: it
// lives in the keychain, one entry per scope.
struct MailgunConnection
{
    QString scopeId;
    QString domain;                          // the sending domain, e.g. mg.example.com
    QString region = QStringLiteral("us");   // us or eu: a domain's mail and events live there only
    QString fromAddress;
    QString fromName;
    QString baseUrl;             // empty: Mailgun's host for the region (tests point at a fake)
    QString caCertificateFile;   // an extra CA to trust (tests, corporate proxies)

    bool isConfigured() const { return !domain.isEmpty() && !fromAddress.isEmpty(); }
    bool operator==(const MailgunConnection &) const = default;
};

// One message taken from the send queue, rendered and ready to leave. It was written to the
// database before any network I/O; idempotencyKey travels as a v: variable so events (and the
// check after a crash) map back to it even when Mailgun's answer was never received.
struct OutgoingMessage
{
    enum class Kind { Campaign, Transactional };

    Kind kind = Kind::Campaign;
    QString queueId;          // email_job_items.id (campaign) or email_logs.id (transactional)
    QString idempotencyKey;   // email_job_items.idempotency_key, or the email_logs.id
    QString scopeId;          // whose Mailgun connection sends it ('' = the agency's)
    QString campaignId;
    QString recipientId;      // campaign_recipients.id
    QString emailLogId;
    QString toAddress;
    QString toName;
    QString fromAddress;      // empty: the connection's fromAddress (a campaign's from_email otherwise)
    QString fromName;         // empty: the connection's fromName
    QString subject;          // placeholders already filled in
    QString html;
    QString text;
    QStringList tags;         // at most 3 (Mailgun's limit)
    QJsonObject variables;    // sent as v:<name>; always holds "anchor-key"
    int attempts = 0;         // attempts before this one
    QDateTime firstAttemptAt; // when it first left (invalid: never), for the check after a crash
};

// One Mailgun event as storage keeps it (email_tracking), parsed from the Events API or, later,
// the Logs API. Unknown types never get this far.
struct MailgunEvent
{
    QString eventId;          // Mailgun's id; events are deduplicated by it
    QString type;             // accepted delivered failed rejected opened clicked unsubscribed complained stored
    QDateTime occurredAt;     // UTC, from the float epoch timestamp (microseconds kept to the ms)
    QString recipient;        // lower-cased address; may be empty (some rejected events)
    QString messageId;        // without angle brackets
    QString severity;         // failed: permanent or temporary
    QString reason;           // failed: bounce, generic, ...; rejected: reject.reason
    QString deliveryMessage;  // delivery-status.message or description, for people
    QString url;              // clicked
    QString ip;
    QString userAgent;
    QJsonObject userVariables;   // empty when Mailgun sent a string (kept event, ignored variables)
    QByteArray payload;       // the event as received (JSON)

    bool operator==(const MailgunEvent &) const = default;
};

// An address on one of Mailgun's suppression lists (bounces, unsubscribes, complaints).
struct SuppressionEntry
{
    QString address;
    QString kind;        // bounce, unsubscribe or complaint (unsubscribes.kind)
    QString reason;      // bounce code and error, or empty
    QDateTime createdAt;
};

} // namespace anchor::storage
