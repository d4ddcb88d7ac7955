#include "campaignsdocument.h"

#include "campaigncommands.h"

#include <storageerror.h>

#include <QFutureWatcher>
#include <QPromise>
#include <QUndoStack>
#include <QtConcurrent>

#include <memory>

namespace anchor::models {

namespace {

struct QueueOutcome
{
    storage::QueueResult result;
    QString error;
    bool cancelled = false;
};

// The undo of a delete (or the redo of a create). Empty when the delete it undoes failed:
// nothing to bring back. Emptied once written back, so the rows are not held twice.
void bringBack(const storage::Database &database, storage::CampaignArchive &archive)
{
    if (archive.isEmpty())
        return;
    storage::CampaignRepository(database).restore(archive);
    archive = {};
}

} // namespace

CampaignsDocument::CampaignsDocument(storage::Database database, QUndoStack *sharedStack, QString userId,
                                     QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_undoStack(sharedStack ? sharedStack : new QUndoStack(this))
    , m_userId(std::move(userId))
{
}

template <typename Edit> bool CampaignsDocument::attempt(Edit &&edit)
{
    try {
        edit();
        return true;
    } catch (const storage::StorageError &error) {
        Q_EMIT editFailed(error.message());
        return false;
    }
}

storage::CampaignDraft CampaignsDocument::draftOf(const storage::Campaign &campaign)
{
    storage::CampaignDraft draft;
    draft.id = campaign.id;
    draft.clientId = campaign.clientId;
    draft.name = campaign.name;
    draft.subject = campaign.subject;
    draft.content = campaign.content;
    draft.templateId = campaign.templateId;
    draft.segmentId = campaign.segmentId;
    draft.addresses = campaign.addresses;
    draft.fromEmail = campaign.fromEmail;
    draft.scheduledAt = campaign.scheduledAt;
    draft.createdBy = campaign.createdBy;
    return draft;
}

storage::Campaign CampaignsDocument::require(const QString &campaignId) const
{
    const std::optional<storage::Campaign> campaign = storage::CampaignRepository(m_database).find(campaignId);
    if (!campaign)
        throw storage::StorageError(storage::StorageError::Kind::NotFound, tr("The campaign no longer exists."));
    return *campaign;
}

QString CampaignsDocument::createCampaign(storage::CampaignDraft draft)
{
    QString id;
    draft.id.clear();
    if (draft.createdBy.isEmpty())
        draft.createdBy = m_userId;
    attempt([&] {
        storage::CampaignRepository campaigns(m_database);
        id = campaigns.create(draft);
        const storage::Campaign created = require(id);
        auto archive = std::make_shared<storage::CampaignArchive>();
        m_undoStack->push(new CampaignEditCommand(
            this, tr("Create campaign \"%1\"").arg(created.name), [this, archive] { bringBack(m_database, *archive); },
            [this, id, archive] { storage::CampaignRepository(m_database).remove(id, archive.get()); }));
    });
    return id;
}

bool CampaignsDocument::updateCampaign(const storage::CampaignDraft &draft)
{
    return attempt([&] {
        const storage::Campaign before = require(draft.id);
        storage::CampaignDraft after = draft;
        after.id = before.id;
        storage::CampaignDraft previous = draftOf(before);
        storage::CampaignRepository(m_database).update(after);
        m_undoStack->push(new CampaignEditCommand(
            this, tr("Edit campaign \"%1\"").arg(after.name),
            [this, after] { storage::CampaignRepository(m_database).update(after); },
            [this, previous] { storage::CampaignRepository(m_database).update(previous); }));
    });
}

QString CampaignsDocument::duplicateCampaign(const QString &campaignId)
{
    QString id;
    attempt([&] {
        storage::CampaignDraft copy = draftOf(require(campaignId));
        copy.name = tr("%1 (copy)").arg(copy.name);
        copy.scheduledAt = {};
        copy.createdBy = m_userId;
        id = createCampaign(copy);
    });
    return id;
}

bool CampaignsDocument::removalIsUndoable(const QString &campaignId) const
{
    // The undo command holds every recipient, queue item and event in memory until the stack
    // drops it: fine for thousands of rows, not for a sent 100,000-recipient campaign.
    constexpr qsizetype kMostUndoableRows = 30000;
    try {
        return storage::CampaignRepository(m_database).dependentRowCount(campaignId) <= kMostUndoableRows;
    } catch (const storage::StorageError &) {
        return false;
    }
}

bool CampaignsDocument::removeCampaign(const QString &campaignId)
{
    return attempt([&] {
        const storage::Campaign campaign = require(campaignId);
        if (!removalIsUndoable(campaign.id))
            throw storage::StorageError(
                storage::StorageError::Kind::Constraint,
                tr("\"%1\" has too many recipients and events to delete with undo.").arg(campaign.name));
        auto archive = std::make_shared<storage::CampaignArchive>();
        storage::CampaignRepository(m_database).remove(campaign.id, archive.get());
        const QString id = campaign.id;
        m_undoStack->push(new CampaignEditCommand(
            this, tr("Delete campaign \"%1\"").arg(campaign.name),
            [this, id, archive] { storage::CampaignRepository(m_database).remove(id, archive.get()); },
            [this, archive] { bringBack(m_database, *archive); }));
    });
}

bool CampaignsDocument::removeForGood(const QString &campaignId)
{
    return attempt([&] {
        storage::CampaignRepository(m_database).remove(campaignId);
        announce();
    });
}

bool CampaignsDocument::scheduleCampaign(const QString &campaignId, const QDateTime &when)
{
    return attempt([&] {
        const storage::Campaign before = require(campaignId);
        storage::CampaignRepository campaigns(m_database);
        campaigns.schedule(before.id, when);
        const QString id = before.id;
        m_undoStack->push(new CampaignEditCommand(
            this, tr("Schedule campaign \"%1\"").arg(before.name),
            [this, id, when] { storage::CampaignRepository(m_database).schedule(id, when); },
            [this, id, before] {
                // Back to what it was: a draft, scheduled at the old time, or paused.
                storage::CampaignRepository repository(m_database);
                if (before.status == storage::CampaignStatus::Scheduled) {
                    repository.schedule(id, before.scheduledAt);
                    return;
                }
                if (before.status == storage::CampaignStatus::Paused)
                    repository.pause(id);
                repository.update(draftOf(before));
            }));
    });
}

bool CampaignsDocument::pauseCampaign(const QString &campaignId)
{
    return attempt([&] {
        const storage::Campaign campaign = require(campaignId);
        storage::CampaignRepository(m_database).pause(campaign.id);
        const QString id = campaign.id;
        m_undoStack->push(new CampaignEditCommand(
            this, tr("Pause campaign \"%1\"").arg(campaign.name),
            [this, id] { storage::CampaignRepository(m_database).pause(id); },
            [this, id] { storage::CampaignRepository(m_database).resume(id); }));
    });
}

bool CampaignsDocument::resumeCampaign(const QString &campaignId)
{
    return attempt([&] {
        const storage::Campaign campaign = require(campaignId);
        storage::CampaignRepository(m_database).resume(campaign.id);
        const QString id = campaign.id;
        m_undoStack->push(new CampaignEditCommand(
            this, tr("Resume campaign \"%1\"").arg(campaign.name),
            [this, id] { storage::CampaignRepository(m_database).resume(id); },
            [this, id] { storage::CampaignRepository(m_database).pause(id); }));
    });
}

bool CampaignsDocument::cancelCampaign(const QString &campaignId)
{
    return attempt([&] {
        storage::CampaignRepository(m_database).cancel(campaignId);
        announce();
    });
}

bool CampaignsDocument::startSending(const QString &campaignId)
{
    const QString id = campaignId;
    if (m_queueing.contains(id))
        return false;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_queueing.insert(id, cancel);
    Q_EMIT queueingStarted(id);
    const storage::Database database = m_database;
    const QString userId = m_userId;
    auto *watcher = new QFutureWatcher<QueueOutcome>(this);
    // The future carries the progress (throttled by Qt, first and last always reported).
    connect(watcher, &QFutureWatcher<QueueOutcome>::progressValueChanged, this, [this, watcher, id](int written) {
        if (watcher->progressMaximum() > 0) // not before the audience is counted
            Q_EMIT queueProgress(id, written, watcher->progressMaximum());
    });
    connect(watcher, &QFutureWatcher<QueueOutcome>::finished, this, [this, watcher, id] {
        const QueueOutcome outcome = watcher->result();
        watcher->deleteLater();
        m_queueing.remove(id);
        announce();
        if (outcome.cancelled)
            Q_EMIT queueCancelled(id);
        else if (outcome.error.isEmpty())
            Q_EMIT queued(id, outcome.result);
        else
            Q_EMIT queueFailed(id, outcome.error);
    });
    // The global pool, not the idle one: the user waits for this answer.
    watcher->setFuture(QtConcurrent::run([database, id, userId, cancel](QPromise<QueueOutcome> &promise) {
        QueueOutcome outcome;
        storage::CampaignRepository campaigns(database);
        // "Now" means now: the queue holds a scheduled campaign's items until its time, so a
        // later schedule is dropped first (and put back if queueing is refused or cancelled).
        std::optional<storage::Campaign> unscheduled;
        try {
            const std::optional<storage::Campaign> campaign = campaigns.find(id);
            if (campaign && campaign->scheduledAt.isValid() &&
                campaign->scheduledAt > QDateTime::currentDateTimeUtc() &&
                storage::CampaignStatus::isEditable(campaign->status) && campaign->totalRecipients == 0) {
                storage::CampaignDraft draft = draftOf(*campaign);
                draft.scheduledAt = {};
                campaigns.update(draft);
                unscheduled = campaign;
            }
            outcome.result = campaigns.startSending(
                id, userId,
                [&promise](int written, int total) {
                    if (promise.future().progressMaximum() != total)
                        promise.setProgressRange(0, total);
                    promise.setProgressValue(written);
                },
                cancel.get());
        } catch (const storage::StorageError &error) {
            outcome.error = error.message();
            outcome.cancelled = error.kind() == storage::StorageError::Kind::Interrupted;
            try {
                if (unscheduled)
                    campaigns.update(draftOf(*unscheduled));
            } catch (const storage::StorageError &) {
                // The campaign stays a draft; the first error is the one to show.
            }
        }
        promise.addResult(outcome);
    }));
    return true;
}

bool CampaignsDocument::cancelQueueing(const QString &campaignId)
{
    const auto found = m_queueing.constFind(campaignId);
    if (found == m_queueing.constEnd())
        return false;
    found.value()->store(true);
    return true;
}

} // namespace anchor::models
