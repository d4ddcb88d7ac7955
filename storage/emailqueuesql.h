#pragma once

#include "emailtypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

// SQL the send queue and the event importer share (issue 7): how a queued campaign item is
// rendered, how "Mailgun accepted it" is recorded, and the order of recipient statuses.
// Internal to anchor_storage.
namespace anchor::storage::emailqueue {

// Recipient statuses in the order they may move: pending < sending < failed < sent < delivered
// < opened < clicked < bounced < unsubscribed < complained. 'suppressed' never moves.
int statusRank(const QString &status);

// Per-call caches of what rendering needs besides the item: client names, the Mailgun scope
// that sends for a client and its from name.
class RenderContext
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::emailqueue::RenderContext)

public:
    explicit RenderContext(QSqlDatabase db);

    const QSqlDatabase &db() const { return m_db; }

    QString clientName(const QString &clientId);
    QString scopeFor(const QString &clientId);
    QString senderName(const QString &clientId);

private:
    struct Sender
    {
        QString scope;
        QString fromName;
    };
    const Sender &sender(const QString &clientId);

    QSqlDatabase m_db;
    QHash<QString, QString> m_clientNames;
    QHash<QString, Sender> m_senders;
};

// Campaign job items as messages: `where` filters email_job_items i / campaign_recipients r /
// email_campaigns c, `tail` is an ORDER BY / LIMIT. Rendered with `today` for {{today}}.
QList<OutgoingMessage> loadCampaignItems(RenderContext &context, const QString &where, const QVariantList &values,
                                         const QString &tail, const QDate &today);
// Transactional email_logs rows as messages.
QList<OutgoingMessage> loadTransactional(RenderContext &context, const QString &where, const QVariantList &values,
                                         const QString &tail);

// Records that Mailgun accepted a campaign item: item and recipient sent (the recipient's status
// only if it had not moved on), campaign sent_count, an email_logs row. Does nothing (returns
// false) when the item was already recorded. Run inside a transaction.
bool recordCampaignSent(const QSqlDatabase &db, const OutgoingMessage &message, const QString &mailgunId,
                        const QDateTime &sentAt);
bool recordTransactionalSent(const QSqlDatabase &db, const QString &emailLogId, const QString &mailgunId,
                             const QDateTime &sentAt);

QString stripAngleBrackets(const QString &messageId);

} // namespace anchor::storage::emailqueue
