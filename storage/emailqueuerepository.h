#pragma once

#include "database.h"
#include "emailtypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace anchor::storage {

// A transactional message (a task notification, a document review request, ...): rendered by
// the caller, queued as an email_logs row.
struct TransactionalEmail
{
    QString emailType;     // email_logs.email_type, e.g. task_notification
    QString clientId;      // the client business it concerns (and whose Mailgun sends it); empty: the agency
    QString toAddress;
    QString toName;
    QString subject;
    QString html;
    QString text;          // empty: derived from html
    QString triggeredBy;   // users.id, may be empty
    QJsonObject metadata;
};

// The send queue: campaign job items (email_job_items) and transactional email_logs rows.
//
// An item is pending, then sending once claimed (attempts + 1, first attempt time kept), then
// sent, failed, or back to pending (retry, or released after the check an uncertain item needs).
// An item found in sending when a run starts is uncertain: it may have reached Mailgun.
// Threading: any thread with its own connection; one sender at a time.
class EmailQueueRepository
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::EmailQueueRepository)

public:
    explicit EmailQueueRepository(Database database);

    // From now on only items sent through these Mailgun scopes ('' = the agency, which also
    // sends for every client without settings of its own) are claimed, checked and counted;
    // the others are not touched. Without it: every scope.
    void restrictToScopes(const QStringList &scopeIds);

    // Validates the address and queues the message (status pending). Writes on this thread's
    // connection, so it joins a Transaction the caller holds. Returns the email_logs id.
    QString enqueueTransactional(const TransactionalEmail &email);

    // Up to `limit` due items, transactional first, rendered for their recipients and marked
    // sending. Skips campaigns that are not sending (paused, cancelled) or scheduled later, and
    // items waiting for a retry time. An item whose address was suppressed since it was queued
    // is not returned: it is marked suppressed (campaign) or failed (transactional).
    QList<OutgoingMessage> claim(int limit, const QDateTime &now);
    // Items left in sending by a crash or an ambiguous failure, rendered again.
    QList<OutgoingMessage> uncertain() const;

    // Mailgun accepted it: records the message id (angle brackets stripped) on the item, its
    // recipient (and the campaign's sent_count) or the log row; campaign mail also gets an
    // email_logs row (email_type 'campaign'). Idempotent: an item already sent is left alone.
    void markSent(const OutgoingMessage &message, const QString &mailgunMessageId, const QDateTime &sentAt);
    // Not sent this time: back to pending, not before `nextAttempt`.
    void markRetry(const OutgoingMessage &message, const QString &error, const QDateTime &nextAttempt);
    // Given up: the item and its recipient (or log row) failed, with the error for the user.
    void markFailed(const OutgoingMessage &message, const QString &error);
    // The check of an uncertain item found no accepted event: back to pending, sent again next.
    void releaseUncertain(const OutgoingMessage &message);

    // Items waiting to be sent (campaigns sending, transactional), and items in sending.
    int pendingCount() const;
    int sendingCount() const;

    // The {{placeholder}} values claim() fills for one recipient (first_name, last_name, name,
    // email, client_name, sender_name, campaign_name, today, and unsubscribe_url as Mailgun's
    // %unsubscribe_url%); the template preview can use the same.
    static QHash<QString, QString> placeholderValues(const QString &email, const QString &name,
                                                     const QString &clientName, const QString &senderName,
                                                     const QString &campaignName, const QDate &today);

private:
    // The SQL condition on a client id column for the scope restriction ("1" without one);
    // appends its bound values.
    QString scopeCondition(const QString &clientColumn, QVariantList &values) const;

    Database m_database;
    std::optional<QStringList> m_scopes;
};

} // namespace anchor::storage
