#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace anchor::storage {

struct OutboxItem
{
    qint64 id = 0;
    QString operation;   // ctm_set_rating, ctm_add_note, mailgun_send
    QString clientId;
    QString entityKey;   // the call id for CTM operations
    QJsonObject payload;
    int attempts = 0;
};

// sync_outbox: remote writes waiting for the network, drained oldest first. An item being
// sent is "in_flight", so a newer edit of the same call queues behind it instead of merging
// into a request already on the wire.
class OutboxRepository
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::OutboxRepository)

public:
    explicit OutboxRepository(Database database);

    // Items a crash left in flight go back to pending (or are dropped when a newer edit of the
    // same call is pending: that one wins).
    void recoverInFlight(const QString &target);
    // Pending items due now, oldest first, marked in flight.
    QList<OutboxItem> takeDue(const QString &target, int limit);
    void markDone(qint64 id);
    void markRetry(qint64 id, const QDateTime &nextAttempt, const QString &error);
    void markFailed(qint64 id, const QString &error);
    int pendingCount(const QString &target) const;
    int failedCount(const QString &target) const;
    // Queues a note for CTM's notes field (modify.json), when the user asks for it.
    void enqueueCtmNote(const QString &callId, const QString &text);

private:
    int countWithStatus(const QString &target, const QStringList &statuses) const;

    Database m_database;
};

} // namespace anchor::storage
