#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <atomic>
#include <functional>
#include <optional>

namespace anchor::storage {

// email_campaigns.status and the moves between them:
//   draft -> scheduled | sending | cancelled        scheduled -> draft | sending | paused | cancelled
//   sending -> paused | cancelled | sent            paused -> sending | scheduled | draft | cancelled
// sent and cancelled are final.
namespace CampaignStatus {
inline const QString Draft = QStringLiteral("draft");
inline const QString Scheduled = QStringLiteral("scheduled");
inline const QString Sending = QStringLiteral("sending");
inline const QString Sent = QStringLiteral("sent");
inline const QString Paused = QStringLiteral("paused");
inline const QString Cancelled = QStringLiteral("cancelled");

const QStringList &all();
bool canMove(const QString &from, const QString &to);
// "Draft", "Scheduled", ... translated.
QString label(const QString &status);
// Whether the campaign's content and recipients may still change.
bool isEditable(const QString &status);
} // namespace CampaignStatus

// What the user composes. A segment or a manual list picks the recipients (stored in
// recipient_filters as {"segment_id": ...} or {"addresses": [...]}).
struct CampaignDraft
{
    QString id;              // empty: a new campaign (create); set: the one to update
    QString clientId;        // the client business that sends it
    QString name;
    QString subject;
    QString content;         // HTML with {{placeholders}}
    QString templateId;      // the template it came from, may be empty
    QString segmentId;       // either a segment ...
    QStringList addresses;   // ... or a manual list (used when segmentId is empty)
    QString fromEmail;       // empty: the Mailgun connection's from address
    QDateTime scheduledAt;   // invalid: not scheduled (create leaves it a draft)
    QString createdBy;       // users.id, may be empty
};

struct Campaign
{
    QString id;
    QString clientId;
    QString clientName;
    QString name;
    QString subject;
    QString content;
    QString templateId;
    QString status;
    QString fromEmail;
    QString segmentId;
    QStringList addresses;
    QDateTime scheduledAt;
    QDateTime sentAt;
    int totalRecipients = 0;  // queued when sending started (suppressed and invalid addresses excluded)
    int sentCount = 0;
    int openCount = 0;        // unique recipients
    int clickCount = 0;
    int bounceCount = 0;
    int unsubscribeCount = 0;
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// What startSending() did.
struct QueueResult
{
    int queued = 0;             // recipients with a job item
    int suppressed = 0;         // on the suppression list: recorded as 'suppressed', not queued
    QStringList invalid;        // rejected addresses, not queued
    bool alreadyQueued = false; // the campaign had been started before: nothing was added
};

// Campaign statistics, each a count of distinct recipients. Rates as Pipedrive defines them.
struct CampaignStatistics
{
    int total = 0;            // recipients materialised, suppressed ones excluded
    int sent = 0;             // accepted by Mailgun
    int delivered = 0;        // a delivered (or later: opened, clicked, ...) event
    int uniqueOpens = 0;
    int uniqueClicks = 0;
    int bounced = 0;          // permanent failure
    int failedTemporary = 0;  // a temporary failure seen (not suppressing)
    int failed = 0;           // never accepted: refused or rejected
    int unsubscribed = 0;
    int complained = 0;
    int suppressed = 0;
    int pending = 0;          // still in the queue (pending or sending)

    double openRate() const { return delivered > 0 ? double(uniqueOpens) / delivered : 0.0; }
    double clickRate() const { return delivered > 0 ? double(uniqueClicks) / delivered : 0.0; }
    double bounceRate() const { return sent > 0 ? double(bounced) / sent : 0.0; }
    double unsubscribeRate() const { return delivered > 0 ? double(unsubscribed) / delivered : 0.0; }
    double complaintRate() const { return delivered > 0 ? double(complained) / delivered : 0.0; }
    double deliveryRate() const { return sent > 0 ? double(delivered) / sent : 0.0; }
};

// One bar of the statistics chart: distinct recipients per event type in [start, start+bucket).
struct CampaignTimelineBucket
{
    QDateTime start;   // UTC, on the hour or at midnight
    int delivered = 0;
    int opened = 0;
    int clicked = 0;
    int bounced = 0;
    int unsubscribed = 0;
    int complained = 0;
};

// What remove() took away, for restore(): the campaign row, its recipients, job, job items and
// tracking events exactly as stored (ids included, so events and the queue stay linked), and
// the suppression entries that named it (remove() leaves those with campaign_id NULL).
struct CampaignArchive
{
    struct Rows
    {
        QString table;
        QStringList columns;
        QList<QVariantList> values;
    };
    QString campaignId;
    QList<Rows> tables;          // parents first, the order restore() inserts them in
    QStringList suppressionIds;  // unsubscribes rows whose campaign_id pointed at the campaign

    bool isEmpty() const { return campaignId.isEmpty(); }
};

struct CampaignRecipientRow
{
    QString id;
    QString email;
    QString name;
    QString customerId;
    QString status;
    QString mailgunId;
    QDateTime sentAt;
    QDateTime updatedAt;
    QString errorMessage;
};

// email_campaigns and the materialised audience (campaign_recipients, email_jobs,
// email_job_items). Every method is one transaction; startSending() writes the whole queue
// before any network I/O so the sender can resume after a crash without sending twice.
class CampaignRepository
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::CampaignRepository)

public:
    enum class Bucket { Hours, Days };

    explicit CampaignRepository(Database database);

    // Validates (name, subject and content non-empty, the client exists, a segment or at least
    // one address) and inserts a draft (scheduled when scheduledAt is set). Returns the id.
    QString create(const CampaignDraft &draft);
    // Changes content, recipients and schedule while draft, scheduled or paused (not started).
    void update(const CampaignDraft &draft);
    std::optional<Campaign> find(const QString &id) const;
    // Newest first; an empty clientId lists every client's, empty statuses every status.
    QList<Campaign> list(const QString &clientId = {}, const QStringList &statuses = {}) const;
    // Deletes a campaign that is not sending, with everything recorded for it. With archive
    // set, what goes is copied there first, in the same transaction, for restore().
    void remove(const QString &id, CampaignArchive *archive = nullptr);
    // The undo of remove(): writes the archived rows back under their own ids and links the
    // suppression entries again. A template, creator, sender or active client deleted meanwhile
    // is left out (NULL), as deleting it would have done; a tracking event that arrived again
    // unlinked meanwhile is replaced by the linked one. Throws when the campaign is there
    // already or its client is gone; nothing is written then.
    void restore(const CampaignArchive &archive);
    // How many rows an archive of the campaign would hold besides the campaign itself
    // (recipients, job items, tracking events): what undoing its deletion costs in memory.
    qsizetype dependentRowCount(const QString &id) const;

    void schedule(const QString &id, const QDateTime &when);
    void pause(const QString &id);
    void resume(const QString &id);
    void cancel(const QString &id);
    // Scheduled campaigns whose time has come, oldest schedule first.
    QStringList dueScheduled(const QDateTime &now) const;

    // Materialises the recipients (segment or manual list), one email_jobs row and one job item
    // per recipient, and marks the campaign sending, all in one transaction. A started campaign
    // is not started again: the result says alreadyQueued. Throws for a cancelled or sent one.
    //
    // progress, when set, is called on this thread with the recipients written so far and the
    // number to write (every kQueueProgressStep and at the end). *cancel, when set and true at
    // one of those points (or once the recipients are chosen), rolls everything back: nothing
    // is queued, the campaign stays as it was, and StorageError::Kind::Interrupted is thrown.
    using QueueProgress = std::function<void(int written, int total)>;
    static constexpr int kQueueProgressStep = 1000;
    QueueResult startSending(const QString &campaignId, const QString &senderUserId, const QueueProgress &progress = {},
                             const std::atomic_bool *cancel = nullptr);
    // Marks the campaign sent (and its job completed) once no item is pending or sending.
    // Returns whether it did.
    bool markCompletedIfDone(const QString &campaignId);

    CampaignStatistics statistics(const QString &campaignId) const;
    QList<CampaignTimelineBucket> timeline(const QString &campaignId, Bucket bucket) const;
    // Recipients in address order; empty statuses: every status.
    QList<CampaignRecipientRow> recipients(const QString &campaignId, const QStringList &statuses, int offset,
                                           int limit) const;
    int recipientCount(const QString &campaignId, const QStringList &statuses) const;

private:
    Campaign requireCampaign(const QString &id) const;
    void moveTo(const QString &id, const QString &to, const QString &context);

    Database m_database;
};

} // namespace anchor::storage
