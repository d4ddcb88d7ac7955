#include "campaignsdocument.h"

#include "campaigncommands.h"

#include <storageerror.h>

#include <QFutureWatcher>
#include <QUndoStack>
#include <QtConcurrent>

namespace anchor::models {

namespace {

struct QueueOutcome
{
    storage::QueueResult result;
    QString error;
};

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

QString CampaignsDocument::currentId(const QString &campaignId) const
{
    QString id = campaignId;
    for (int hops = 0; m_moved.contains(id) && hops < 1000; ++hops)
        id = m_moved.value(id);
    return id;
}

storage::Campaign CampaignsDocument::require(const QString &campaignId) const
{
    const std::optional<storage::Campaign> campaign =
        storage::CampaignRepository(m_database).find(currentId(campaignId));
    if (!campaign)
        throw storage::StorageError(storage::StorageError::Kind::NotFound, tr("The campaign no longer exists."));
    return *campaign;
}

void CampaignsDocument::recreate(const QString &originalId, const storage::Campaign &campaign)
{
    storage::CampaignDraft draft = draftOf(campaign);
    draft.id.clear();
    const QString newId = storage::CampaignRepository(m_database).create(draft);
    if (newId != originalId)
        m_moved.insert(currentId(originalId), newId);
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
        m_undoStack->push(new CampaignEditCommand(
            this, tr("Create campaign \"%1\"").arg(created.name), [this, id, created] { recreate(id, created); },
            [this, id] { storage::CampaignRepository(m_database).remove(currentId(id)); }));
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
        const QString id = before.id;
        m_undoStack->push(new CampaignEditCommand(
            this, tr("Edit campaign \"%1\"").arg(after.name),
            [this, id, after]() mutable {
                after.id = currentId(id);
                storage::CampaignRepository(m_database).update(after);
            },
            [this, id, previous]() mutable {
                previous.id = currentId(id);
                storage::CampaignRepository(m_database).update(previous);
            }));
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

bool CampaignsDocument::removeCampaign(const QString &campaignId)
{
    return attempt([&] {
        const storage::Campaign campaign = require(campaignId);
        // Only one that never started can come back whole: it has no recipients or events yet.
        if (campaign.status != storage::CampaignStatus::Draft && campaign.status != storage::CampaignStatus::Scheduled)
            throw storage::StorageError(
                storage::StorageError::Kind::Constraint,
                tr("Only draft and scheduled campaigns can be deleted with undo; this one is %1.")
                    .arg(storage::CampaignStatus::label(campaign.status).toLower()));
        storage::CampaignRepository(m_database).remove(campaign.id);
        const QString id = campaign.id;
        m_undoStack->push(new CampaignEditCommand(
            this, tr("Delete campaign \"%1\"").arg(campaign.name),
            [this, id] { storage::CampaignRepository(m_database).remove(currentId(id)); },
            [this, id, campaign] { recreate(id, campaign); }));
    });
}

bool CampaignsDocument::removeForGood(const QString &campaignId)
{
    return attempt([&] {
        storage::CampaignRepository(m_database).remove(currentId(campaignId));
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
            [this, id, when] { storage::CampaignRepository(m_database).schedule(currentId(id), when); },
            [this, id, before] {
                // Back to what it was: a draft, scheduled at the old time, or paused.
                storage::CampaignRepository repository(m_database);
                storage::CampaignDraft previous = draftOf(before);
                previous.id = currentId(id);
                if (before.status == storage::CampaignStatus::Scheduled) {
                    repository.schedule(previous.id, before.scheduledAt);
                    return;
                }
                if (before.status == storage::CampaignStatus::Paused)
                    repository.pause(previous.id);
                repository.update(previous);
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
            [this, id] { storage::CampaignRepository(m_database).pause(currentId(id)); },
            [this, id] { storage::CampaignRepository(m_database).resume(currentId(id)); }));
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
            [this, id] { storage::CampaignRepository(m_database).resume(currentId(id)); },
            [this, id] { storage::CampaignRepository(m_database).pause(currentId(id)); }));
    });
}

bool CampaignsDocument::cancelCampaign(const QString &campaignId)
{
    return attempt([&] {
        storage::CampaignRepository(m_database).cancel(currentId(campaignId));
        announce();
    });
}

bool CampaignsDocument::startSending(const QString &campaignId)
{
    const QString id = currentId(campaignId);
    if (m_queueing.contains(id))
        return false;
    m_queueing.insert(id);
    Q_EMIT queueingStarted(id);
    const storage::Database database = m_database;
    const QString userId = m_userId;
    auto *watcher = new QFutureWatcher<QueueOutcome>(this);
    connect(watcher, &QFutureWatcher<QueueOutcome>::finished, this, [this, watcher, id] {
        const QueueOutcome outcome = watcher->result();
        watcher->deleteLater();
        m_queueing.remove(id);
        announce();
        if (outcome.error.isEmpty())
            Q_EMIT queued(id, outcome.result);
        else
            Q_EMIT queueFailed(id, outcome.error);
    });
    // The global pool, not the idle one: the user waits for this answer.
    watcher->setFuture(QtConcurrent::run([database, id, userId] {
        QueueOutcome outcome;
        storage::CampaignRepository campaigns(database);
        // "Now" means now: the queue holds a scheduled campaign's items until its time, so a
        // later schedule is dropped first (and put back if queueing is refused).
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
            outcome.result = campaigns.startSending(id, userId);
        } catch (const storage::StorageError &error) {
            outcome.error = error.message();
            try {
                if (unscheduled)
                    campaigns.update(draftOf(*unscheduled));
            } catch (const storage::StorageError &) {
                // The campaign stays a draft; the first error is the one to show.
            }
        }
        return outcome;
    }));
    return true;
}

} // namespace anchor::models
