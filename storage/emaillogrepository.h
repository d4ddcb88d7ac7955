#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace anchor::storage {

// The state the email log shows for a row, derived from email_logs.status, in_flight and the
// furthest Mailgun event (delivery_status): pending, sending, sent, delivered, opened, clicked,
// bounced, failed, unsubscribed, complained.
namespace EmailLogStatus {
const QStringList &all();
// "Pending", "Delivered", ... translated.
QString label(const QString &status);
} // namespace EmailLogStatus

// What the email log lists. Every set field narrows.
struct EmailLogFilter
{
    QStringList statuses;   // EmailLogStatus values; empty: all
    QStringList emailTypes; // email_logs.email_type values (campaign, task_notification, ...); empty: all
    QString clientId;       // empty: every client (and the agency's own mail)
    QString search;         // a part of the recipient's address or name, or of the subject
    QDateTime from;         // created at or after; invalid: open
    QDateTime to;           // created before; invalid: open

    bool operator==(const EmailLogFilter &) const = default;
};

// One row of the list: what the table shows, without the bodies.
struct EmailLogRow
{
    QString id;
    QString emailType;
    QString clientId;
    QString clientName;
    QString recipientEmail;
    QString recipientName;
    QString subject;
    QString status; // an EmailLogStatus value
    QString errorMessage;
    QString mailgunId;
    int attempts = 0;
    QDateTime createdAt;
    QDateTime sentAt;
};

// One message in full, for the detail view.
struct EmailLogEntry
{
    EmailLogRow row;
    QString htmlBody;
    QString textBody;
    QStringList cc;
    QStringList bcc;
    QString triggeredBy; // the user's name, or empty
    QJsonObject metadata;
    QString campaignId;  // campaign mail: from the metadata
    QString recipientId; // campaign mail: the campaign_recipients row its events belong to
};

// email_logs for the email log view: every message sent or waiting (transactional mail, and a
// row per campaign message once Mailgun accepted it), filtered and paged in SQL, newest first.
// Reads only; safe on any thread with its own connection (Database's contract).
class EmailLogRepository
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::EmailLogRepository)

public:
    explicit EmailLogRepository(Database database);

    QList<EmailLogRow> page(const EmailLogFilter &filter, int offset, int limit) const;
    qint64 count(const EmailLogFilter &filter) const;
    std::optional<EmailLogEntry> find(const QString &id) const;
    // The email types present, for the type filter (sorted).
    QStringList emailTypes() const;

    // "Campaign", "Task notification", ... translated; unknown types in words ("form_submission"
    // -> "Form submission").
    static QString typeLabel(const QString &emailType);

private:
    Database m_database;
};

} // namespace anchor::storage
