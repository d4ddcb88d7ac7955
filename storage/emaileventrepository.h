#pragma once

#include "database.h"
#include "sqlhelpers.h"
#include "emailtypes.h"
#include "mailguncursorrepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace anchor::storage {

struct ApplySummary
{
    int inserted = 0;     // new events stored
    int duplicates = 0;   // already stored (same event id): ignored entirely
    int matched = 0;      // new events mapped to a campaign recipient or an email_logs row
    int unmatched = 0;    // new events of mail this database did not send (kept, no effect)
    int suppressed = 0;   // addresses added to the suppression list
};

// Applies pulled Mailgun events (email_tracking) and their effects, one transaction per call.
//
// Events are deduplicated by event id, so a page applied twice changes nothing. They map to our
// rows by the user variable anchor-key (a job item's idempotency key, or an email_logs id), then
// by message id. Recipient status only moves forward (sent < delivered < opened < clicked, and a
// bounce, failure, unsubscribe or complaint wins over those); campaign counters count unique
// recipients. Permanent failures, complaints and unsubscribes add the address to unsubscribes
// for the mail's client (the scope's for unmatched events); temporary failures are recorded only.
// An accepted or delivered event for an item still pending or sending marks it sent.
class EmailEventRepository
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::EmailEventRepository)

public:
    explicit EmailEventRepository(Database database);

    // Around a pull on this thread's connection (sql::beginBulkWrites): its many events go in
    // through a big page cache, and the WAL is checkpointed beside the writes (checkpoint(), from
    // another connection) rather than inside them.
    void beginPull();
    void endPull();
    void checkpoint();

    ApplySummary apply(const QString &scopeId, const QList<MailgunEvent> &events);
    // The same, storing the scope's mailgun_events cursor in the same transaction.
    ApplySummary apply(const QString &scopeId, const QList<MailgunEvent> &events, const MailgunCursor &after,
                       bool finished);

    // Stored events of one campaign recipient or email_logs row, oldest first (detail views).
    QList<MailgunEvent> eventsForRecipient(const QString &recipientId) const;
    QList<MailgunEvent> eventsForLog(const QString &emailLogId) const;

private:
    QList<MailgunEvent> eventsWhere(const QString &condition, const QString &value) const;

    Database m_database;
    // Events that match no row of ours go in many to a statement; kept for the next apply().
    std::shared_ptr<sql::MultiRowInserter> m_unmatchedInserter;
};

} // namespace anchor::storage
