#pragma once

#include <campaignrepository.h>
#include <database.h>

#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>

class QUndoStack;

namespace anchor::models {

// The one place campaign edits go through. Create, edit, duplicate, delete, schedule, pause
// and resume are each one storage transaction and one QUndoCommand on the shared undo stack;
// Send Now and Cancel are not undoable (see the methods). Every change is announced by
// campaignsChanged(); a refused one changes nothing, is not put on the stack, and is reported
// through editFailed() with the storage layer's message.
//
// Undoing a delete (or redoing a create) brings the campaign back under its own id with its
// recipients, queue and events (CampaignRepository::restore), so older commands on the stack
// and anything else naming it still find it.
class CampaignsDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsDocument)

public:
    // sharedStack null: the document keeps a stack of its own. userId: who creates and sends.
    CampaignsDocument(storage::Database database, QUndoStack *sharedStack, QString userId, QObject *parent = nullptr);

    storage::Database database() const { return m_database; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QString userId() const { return m_userId; }

    // Returns the new campaign's id, or empty when refused.
    QString createCampaign(storage::CampaignDraft draft);
    bool updateCampaign(const storage::CampaignDraft &draft);
    // A draft copy named "<name> (copy)", unscheduled; returns its id or empty.
    QString duplicateCampaign(const QString &campaignId);
    // Deletes a campaign that is not sending, undoably: the command keeps what was deleted
    // (recipients and events included) to write it back. Refused for a campaign too big to
    // keep in memory (removalIsUndoable()); removeForGood() is for those, after asking.
    bool removeCampaign(const QString &campaignId);
    bool removalIsUndoable(const QString &campaignId) const;
    bool removeForGood(const QString &campaignId);
    bool scheduleCampaign(const QString &campaignId, const QDateTime &when);
    bool pauseCampaign(const QString &campaignId);
    bool resumeCampaign(const QString &campaignId);
    // Not undoable: cancelled is final in storage (the queued job is cancelled with it).
    bool cancelCampaign(const QString &campaignId);

    // Send Now: materialises the recipients and the queue (CampaignRepository::startSending) on
    // a worker thread, so the GUI never waits even for 100,000 recipients; queueProgress()
    // follows the writing, and the answer arrives as queued(), queueFailed() or, after
    // cancelQueueing(), queueCancelled(). Not undoable: once queued, the sender may already
    // have handed messages to Mailgun, and mail cannot be called back (Pause stops the rest).
    // Returns false when this campaign is already being queued.
    bool startSending(const QString &campaignId);
    // Stops queueing it: the one transaction is rolled back, so nothing is queued and the
    // campaign stays as it was (a schedule Send Now dropped comes back). Returns false when it
    // is not being queued (or already finished).
    bool cancelQueueing(const QString &campaignId);
    bool isQueueing(const QString &campaignId) const { return m_queueing.contains(campaignId); }
    bool isQueueing() const { return !m_queueing.isEmpty(); }

    // Called by the undo commands after they changed the database.
    void announce() { Q_EMIT campaignsChanged(); }

    static storage::CampaignDraft draftOf(const storage::Campaign &campaign);

Q_SIGNALS:
    void campaignsChanged();
    void editFailed(const QString &message);
    void queueingStarted(const QString &campaignId);
    // Recipients written so far out of total (at most a few times a second).
    void queueProgress(const QString &campaignId, int written, int total);
    void queued(const QString &campaignId, const storage::QueueResult &result);
    void queueFailed(const QString &campaignId, const QString &message);
    void queueCancelled(const QString &campaignId);

private:
    template <typename Edit> bool attempt(Edit &&edit);
    storage::Campaign require(const QString &campaignId) const;

    storage::Database m_database;
    QUndoStack *m_undoStack;
    QString m_userId;
    QHash<QString, std::shared_ptr<std::atomic_bool>> m_queueing; // campaign -> its cancel flag
};

} // namespace anchor::models
