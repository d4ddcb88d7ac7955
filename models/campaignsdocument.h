#pragma once

#include <campaignrepository.h>
#include <database.h>

#include <QHash>
#include <QObject>
#include <QSet>

class QUndoStack;

namespace anchor::models {

// The one place campaign edits go through. Create, edit, duplicate, delete (not yet started),
// schedule, pause and resume are each one storage transaction and one QUndoCommand on the
// shared undo stack; Send Now and Cancel are not undoable (see the methods). Every change is
// announced by campaignsChanged(); a refused one changes nothing, is not put on the stack, and
// is reported through editFailed() with the storage layer's message.
//
// Undoing a delete (or redoing a create) writes the campaign again under a new id;
// currentId() follows such moves so older commands on the stack still find it.
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
    // Deletes a campaign that never started sending (undoable). A cancelled or sent campaign's
    // recipients and events go with it for good: removeForGood() is for those, after asking.
    bool removeCampaign(const QString &campaignId);
    bool removeForGood(const QString &campaignId);
    bool scheduleCampaign(const QString &campaignId, const QDateTime &when);
    bool pauseCampaign(const QString &campaignId);
    bool resumeCampaign(const QString &campaignId);
    // Not undoable: cancelled is final in storage (the queued job is cancelled with it).
    bool cancelCampaign(const QString &campaignId);

    // Send Now: materialises the recipients and the queue (CampaignRepository::startSending) on
    // a worker thread, so the GUI never waits even for 100,000 recipients; the answer arrives
    // as queued() or queueFailed(). Not undoable: once queued, the sender may already have
    // handed messages to Mailgun, and mail cannot be called back (Pause stops the rest).
    // Returns false when this campaign is already being queued.
    bool startSending(const QString &campaignId);
    bool isQueueing(const QString &campaignId) const { return m_queueing.contains(currentId(campaignId)); }
    bool isQueueing() const { return !m_queueing.isEmpty(); }

    // The id a campaign has now (it changes when an undone delete writes it back).
    QString currentId(const QString &campaignId) const;
    // Called by the undo commands after they changed the database.
    void announce() { Q_EMIT campaignsChanged(); }

    static storage::CampaignDraft draftOf(const storage::Campaign &campaign);

Q_SIGNALS:
    void campaignsChanged();
    void editFailed(const QString &message);
    void queueingStarted(const QString &campaignId);
    void queued(const QString &campaignId, const storage::QueueResult &result);
    void queueFailed(const QString &campaignId, const QString &message);

private:
    template <typename Edit> bool attempt(Edit &&edit);
    storage::Campaign require(const QString &campaignId) const;
    // Writes a deleted campaign back (a new id) and remembers where it went.
    void recreate(const QString &originalId, const storage::Campaign &campaign);

    storage::Database m_database;
    QUndoStack *m_undoStack;
    QString m_userId;
    QHash<QString, QString> m_moved; // an id written back under a new one
    QSet<QString> m_queueing;
};

} // namespace anchor::models
