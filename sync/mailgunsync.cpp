#include "mailgunsync.h"

#include <campaignrepository.h>
#include <emaileventrepository.h>
#include <emailqueuerepository.h>
#include <mailguncursorrepository.h>
#include <storageerror.h>
#include <suppressionrepository.h>

#include <QLoggingCategory>
#include <QTimeZone>

#include <algorithm>

Q_LOGGING_CATEGORY(lcMailgun, "anchor.sync.mailgun")

namespace anchor::sync {

namespace {

constexpr int kMaxListed = 50;

void appendLimited(QStringList &list, const QString &text)
{
    if (list.size() < kMaxListed)
        list.append(text);
}

bool isNetworkDown(const MailgunResult &result)
{
    return result.error == MailgunResult::Error::Network;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// MailgunSendJob

MailgunSendJob::MailgunSendJob(storage::Database database, NetworkService *network,
                               QHash<QString, MailgunAccount> accounts, QObject *parent)
    : MailgunSendJob(std::move(database), network, std::move(accounts), Options{}, parent)
{
}

MailgunSendJob::MailgunSendJob(storage::Database database, NetworkService *network,
                               QHash<QString, MailgunAccount> accounts, Options options, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_network(network)
    , m_accounts(std::move(accounts))
    , m_options(options)
    , m_wake(this)
{
    m_options.maxInFlight = std::max(1, m_options.maxInFlight);
    m_options.batchSize = std::max(1, m_options.batchSize);
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &MailgunSendJob::pump);
}

MailgunSendJob::~MailgunSendJob() = default;

MailgunSendJob::Options MailgunSendJob::optionsFrom(const storage::MailgunQueueSettings &settings)
{
    Options options;
    options.batchSize = std::max(1, settings.batchSize);
    options.maxAttempts = std::max(1, settings.maxAttempts);
    options.messagesPerMinute = std::max(0, settings.messagesPerMinute);
    return options;
}

storage::EmailQueueRepository MailgunSendJob::scopedQueue() const
{
    storage::EmailQueueRepository queue(m_database);
    if (m_options.onlyScopes)
        queue.restrictToScopes(*m_options.onlyScopes);
    return queue;
}

MailgunClient *MailgunSendJob::clientFor(const QString &scopeId)
{
    if (MailgunClient *client = m_clients.value(scopeId))
        return client;
    const auto account = m_accounts.constFind(scopeId);
    if (account == m_accounts.constEnd())
        return nullptr;
    auto *client = new MailgunClient(m_network, account->connection, account->apiKey, this);
    m_clients.insert(scopeId, client);
    return client;
}

void MailgunSendJob::start()
{
    m_claimClock = QDateTime::currentDateTimeUtc();
    try {
        storage::EmailQueueRepository queue = scopedQueue();
        const QList<storage::OutgoingMessage> uncertain = queue.uncertain();
        m_toCheck.assign(uncertain.begin(), uncertain.end());
        m_total = queue.pendingCount() + int(uncertain.size());
    } catch (const storage::StorageError &error) {
        return fail(error.message());
    }
    // A scope without a usable connection or key stops before anything is claimed for it.
    for (auto it = m_accounts.constBegin(); it != m_accounts.constEnd(); ++it) {
        if (!it->connection.isConfigured())
            stopScope(it.key(), tr("The Mailgun connection of this sender is incomplete (domain and from address)."));
        else if (it->apiKey.trimmed().isEmpty())
            stopScope(it.key(), tr("No Mailgun API key is stored for this sender. Enter it in the Mailgun settings "
                                   "(or set ANCHOR_MAILGUN_API_KEY)."));
    }
    Q_EMIT progress(0, m_total);
    m_phase = Phase::Checking;
    checkUncertain();
}

void MailgunSendJob::cancel()
{
    if (m_phase == Phase::Finished)
        return;
    m_cancelRequested = true;
    m_summary.cancelled = true;
    if (m_phase == Phase::Idle) {
        finish();
        return;
    }
    m_toCheck.clear();   // unchecked items stay in sending: the next run checks them
    putBackQueued(false, {});
    if (m_inFlight == 0)
        finish();
}

void MailgunSendJob::checkUncertain()
{
    if (m_phase == Phase::Finished)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    while (!m_cancelRequested && m_inFlight < m_options.maxInFlight && !m_toCheck.empty()) {
        const storage::OutgoingMessage message = m_toCheck.front();
        m_toCheck.pop_front();
        if (m_stoppedScopes.contains(message.scopeId))
            continue;   // left in sending: checked once the scope works again
        MailgunClient *client = clientFor(message.scopeId);
        if (!client) {
            stopScope(message.scopeId, tr("No Mailgun connection is configured for this sender."));
            continue;
        }
        if (message.firstAttemptAt.isValid() && m_options.uncertainSettle.count() > 0
            && message.firstAttemptAt.msecsTo(now) < m_options.uncertainSettle.count())
            continue;   // too fresh for Mailgun's events to be trusted: a later run checks it
        ++m_inFlight;
        client->findAccepted(message.toAddress, message.idempotencyKey, message.firstAttemptAt,
                             [this, message](const MailgunResult &result, bool found, const QString &messageId) {
                                 checked(message, result, found, messageId);
                             });
    }
    if (m_inFlight > 0)
        return;
    if (m_cancelRequested || m_storageFailed) {
        finish();
        return;
    }
    m_phase = Phase::Sending;
    m_drained = false;
    pump();
}

void MailgunSendJob::checked(const storage::OutgoingMessage &message, const MailgunResult &result, bool found,
                             const QString &messageId)
{
    --m_inFlight;
    if (m_phase == Phase::Finished)
        return;
    try {
        storage::EmailQueueRepository queue = scopedQueue();
        if (result.ok() && found) {
            // Mailgun has it: never send it again.
            queue.markSent(message, messageId, QDateTime::currentDateTimeUtc());
            ++m_summary.confirmedSent;
            ++m_done;
        } else if (result.ok()) {
            if (message.attempts >= m_options.maxAttempts) {
                const QString error = tr("Mailgun did not accept the message after %n attempt(s).", nullptr,
                                         message.attempts);
                queue.markFailed(message, error);
                ++m_summary.failed;
                ++m_done;
                noteFailure(message, error);
            } else {
                queue.releaseUncertain(message);   // never accepted: sent again in this run
                ++m_summary.requeued;
            }
        } else if (result.stopsScope() || result.error == MailgunResult::Error::NotFound
                   || result.error == MailgunResult::Error::Tls) {
            stopScope(message.scopeId, result.message);
        } else {
            // Could not check now (network, rate limit, server): it stays uncertain.
            m_summary.networkDown = m_summary.networkDown || isNetworkDown(result);
            if (m_summary.error.isEmpty())
                m_summary.error = result.message;
            if (isNetworkDown(result))
                m_toCheck.clear();   // no point asking again while the network is down
        }
    } catch (const storage::StorageError &error) {
        m_storageFailed = true;
        m_toCheck.clear();
        if (m_summary.error.isEmpty())
            m_summary.error = error.message();
    }
    reportProgress();
    checkUncertain();
}

bool MailgunSendJob::refill()
{
    try {
        const QList<storage::OutgoingMessage> claimed =
            scopedQueue().claim(m_options.batchSize, m_claimClock);
        if (claimed.isEmpty())
            m_drained = true;
        for (const storage::OutgoingMessage &message : claimed)
            m_queue.push_back(message);
        // Campaigns started while we run count too.
        m_total = std::max(m_total, m_done + m_inFlight + int(m_queue.size()));
    } catch (const storage::StorageError &error) {
        fail(error.message());
        return false;
    }
    return true;
}

void MailgunSendJob::pump()
{
    if (m_phase != Phase::Sending)
        return;
    if (m_cancelRequested || m_storageFailed) {
        putBackQueued(false, {});
        if (m_inFlight == 0)
            finish();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_pausedUntil.isValid() && now < m_pausedUntil) {
        m_wake.start(std::chrono::milliseconds(std::max<qint64>(1, now.msecsTo(m_pausedUntil))));
        return;
    }
    while (m_inFlight < m_options.maxInFlight) {
        if (m_queue.empty()) {
            if (m_drained || !refill())
                break;
            if (m_queue.empty())
                break;
        }
        if (m_options.messagesPerMinute > 0 && m_nextSendAt.isValid()) {
            const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(m_nextSendAt);
            if (wait > 0) {
                m_wake.start(std::chrono::milliseconds(wait));
                return;
            }
        }
        const storage::OutgoingMessage message = m_queue.front();
        m_queue.pop_front();
        if (m_stoppedScopes.contains(message.scopeId)) {
            defer(message, m_summary.scopeErrors.value(message.scopeId));
            continue;
        }
        if (!clientFor(message.scopeId)) {
            stopScope(message.scopeId, tr("No Mailgun connection is configured for this sender."));
            defer(message, m_summary.scopeErrors.value(message.scopeId));
            continue;
        }
        send(message);
    }
    if (m_storageFailed || m_inFlight > 0 || !m_queue.empty() || !m_drained || m_wake.isActive())
        return;
    // The queue is empty. Sends that ended ambiguously are checked now, then sent again if
    // Mailgun never took them.
    if (m_madeUncertain && m_passes < m_options.uncertainPasses) {
        ++m_passes;
        m_madeUncertain = false;
        try {
            const QList<storage::OutgoingMessage> uncertain = scopedQueue().uncertain();
            m_toCheck.assign(uncertain.begin(), uncertain.end());
        } catch (const storage::StorageError &error) {
            return fail(error.message());
        }
        m_phase = Phase::Checking;
        checkUncertain();
        return;
    }
    finish();
}

void MailgunSendJob::send(const storage::OutgoingMessage &message)
{
    ++m_inFlight;
    if (m_options.messagesPerMinute > 0)
        m_nextSendAt = QDateTime::currentDateTimeUtc().addMSecs(60'000 / m_options.messagesPerMinute);
    clientFor(message.scopeId)->sendMessage(message, [this, message](const MailgunResult &result) {
        sent(message, result);
    });
}

void MailgunSendJob::sent(const storage::OutgoingMessage &message, const MailgunResult &result)
{
    --m_inFlight;
    if (m_phase == Phase::Finished)
        return;
    using Error = MailgunResult::Error;
    try {
        storage::EmailQueueRepository queue = scopedQueue();
        switch (result.error) {
        case Error::None:
            queue.markSent(message, result.messageId, QDateTime::currentDateTimeUtc());
            ++m_summary.sent;
            ++m_done;
            break;
        case Error::BadInput:
            queue.markFailed(message, result.message);
            ++m_summary.failed;
            ++m_done;
            noteFailure(message, result.message);
            break;
        case Error::RateLimited: {
            // Refused before acceptance: safe to send again once Mailgun lets us.
            ++m_summary.rateLimitWaits;
            const QDateTime until = QDateTime::currentDateTimeUtc().addMSecs(result.retryAfter.count());
            if (result.retryAfter > m_options.maxRateLimitWait) {
                queue.markRetry(message, result.message, until);
                ++m_summary.deferred;
                ++m_done;
                putBackQueued(true, result.message, until);
                m_drained = true;
                if (m_summary.error.isEmpty())
                    m_summary.error = result.message;
            } else {
                m_pausedUntil = std::max(m_pausedUntil.isValid() ? m_pausedUntil : until, until);
                m_queue.push_front(message);
            }
            break;
        }
        case Error::WrongKey:
        case Error::NotAllowed:
        case Error::NotFound:
        case Error::Configuration:
        case Error::Tls:
            stopScope(message.scopeId, result.message);
            defer(message, result.message);
            break;
        case Error::Network:
            // Never reached Mailgun (offline): everything waits for the next run.
            m_summary.networkDown = true;
            if (m_summary.error.isEmpty())
                m_summary.error = result.message;
            defer(message, result.message);
            putBackQueued(true, result.message);
            m_drained = true;
            break;
        case Error::Ambiguous:
        case Error::Server:
        case Error::BadReply:
        case Error::Cancelled:
            // It may have been accepted: it stays in sending and is checked before any resend.
            qCInfo(lcMailgun) << "uncertain send, checked later:" << result.message;
            m_madeUncertain = true;
            break;
        }
    } catch (const storage::StorageError &error) {
        m_storageFailed = true;
        if (m_summary.error.isEmpty())
            m_summary.error = error.message();
    }
    reportProgress();
    pump();
}

void MailgunSendJob::stopScope(const QString &scopeId, const QString &error)
{
    if (m_stoppedScopes.contains(scopeId))
        return;
    qCWarning(lcMailgun) << "sending stopped for scope" << scopeId << ":" << error;
    m_stoppedScopes.insert(scopeId);
    m_summary.scopeErrors.insert(scopeId, error);
    if (m_summary.error.isEmpty())
        m_summary.error = error;
    // What was claimed for it waits for a later run.
    std::deque<storage::OutgoingMessage> keep;
    for (const storage::OutgoingMessage &message : m_queue) {
        if (message.scopeId == scopeId)
            defer(message, error);
        else
            keep.push_back(message);
    }
    m_queue.swap(keep);
}

void MailgunSendJob::defer(const storage::OutgoingMessage &message, const QString &error)
{
    try {
        // Due again just after this run's clock: not claimed again in this run, first in the next.
        scopedQueue().markRetry(message, error, m_claimClock.addMSecs(1));
        ++m_summary.deferred;
        ++m_done;
    } catch (const storage::StorageError &storageError) {
        m_storageFailed = true;
        if (m_summary.error.isEmpty())
            m_summary.error = storageError.message();
    }
}

void MailgunSendJob::putBackQueued(bool holdForLater, const QString &error, const QDateTime &until)
{
    std::deque<storage::OutgoingMessage> queued;
    queued.swap(m_queue);
    for (const storage::OutgoingMessage &message : queued) {
        try {
            storage::EmailQueueRepository queue = scopedQueue();
            if (!holdForLater) {
                queue.releaseUncertain(message);   // claimed, never sent: simply pending again
            } else if (until.isValid()) {
                queue.markRetry(message, error, until);
                ++m_summary.deferred;
                ++m_done;
            } else {
                defer(message, error);
            }
        } catch (const storage::StorageError &storageError) {
            m_storageFailed = true;
            if (m_summary.error.isEmpty())
                m_summary.error = storageError.message();
        }
    }
}

void MailgunSendJob::fail(const QString &error)
{
    m_storageFailed = true;
    if (m_summary.error.isEmpty())
        m_summary.error = error;
    m_toCheck.clear();
    if (m_inFlight == 0)
        finish();
}

void MailgunSendJob::noteFailure(const storage::OutgoingMessage &message, const QString &error)
{
    appendLimited(m_summary.failures, message.toAddress + QStringLiteral(": ") + error);
}

void MailgunSendJob::reportProgress()
{
    Q_EMIT progress(m_done, std::max(m_total, m_done));
}

void MailgunSendJob::finish()
{
    if (m_phase == Phase::Finished)
        return;
    m_phase = Phase::Finished;
    m_wake.stop();
    try {
        storage::EmailQueueRepository queue = scopedQueue();
        m_summary.uncertainLeft = queue.sendingCount();
        // Campaigns whose last item went out (or failed) are sent now.
        storage::CampaignRepository campaigns(m_database);
        const storage::MailgunSettingsRepository settings(m_database);
        for (const storage::Campaign &campaign : campaigns.list({}, {storage::CampaignStatus::Sending})) {
            if (!m_options.onlyScopes || m_options.onlyScopes->contains(settings.effectiveScopeFor(campaign.clientId)))
                campaigns.markCompletedIfDone(campaign.id);
        }
    } catch (const storage::StorageError &error) {
        if (m_summary.error.isEmpty())
            m_summary.error = error.message();
    }
    m_summary.ok = !m_summary.cancelled && !m_storageFailed && m_summary.failed == 0 && m_summary.deferred == 0
                   && m_summary.uncertainLeft == 0 && m_summary.scopeErrors.isEmpty() && !m_summary.networkDown;
    if (m_summary.ok)
        m_summary.error.clear();   // e.g. an ambiguous send that the check then settled
    else if (m_summary.error.isEmpty() && m_summary.uncertainLeft > 0)
        m_summary.error = tr("%n message(s) could not be confirmed yet; they are checked on the next sync before "
                             "being sent again.", nullptr, m_summary.uncertainLeft);
    else if (m_summary.error.isEmpty() && m_summary.failed > 0)
        m_summary.error = tr("%n message(s) were refused by Mailgun.", nullptr, m_summary.failed);
    else if (m_summary.error.isEmpty() && m_summary.cancelled)
        m_summary.error = tr("Cancelled.");
    reportProgress();
    Q_EMIT finished(m_summary);
}

// ---------------------------------------------------------------------------------------------
// MailgunEventsJob

MailgunEventsJob::MailgunEventsJob(storage::Database database, NetworkService *network, QString scopeId,
                                   MailgunAccount account, QObject *parent)
    : MailgunEventsJob(std::move(database), network, std::move(scopeId), std::move(account), Options{}, parent)
{
}

MailgunEventsJob::MailgunEventsJob(storage::Database database, NetworkService *network, QString scopeId,
                                   MailgunAccount account, Options options, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_client(network, std::move(account.connection), std::move(account.apiKey), this)
    , m_options(options)
    , m_repository(m_database)
{
    m_summary.scopeId = std::move(scopeId);
}

void MailgunEventsJob::start()
{
    try {
        const storage::MailgunCursor cursor =
            storage::MailgunCursorRepository(m_database).read(storage::MailgunCursorRepository::kEventsSource,
                                                              m_summary.scopeId);
        m_cursor = cursor.cursorValue.toLongLong();
    } catch (const storage::StorageError &error) {
        return finish(error.message());
    }
    // An unfinished pull is not resumed from its next URL: the cursor already moved with each
    // page stored, and starting from it again (minus the overlap) also catches late events.
    m_pullStarted = QDateTime::currentSecsSinceEpoch();
    const qint64 begin = m_cursor > 0 ? m_cursor - std::chrono::seconds(m_options.overlap).count()
                                      : m_pullStarted - std::chrono::seconds(m_options.firstPullLookback).count();
    m_summary.cursor = QDateTime::fromSecsSinceEpoch(m_cursor, QTimeZone::utc());
    m_writer = std::make_unique<PullWriter>(m_database, QStringLiteral("Mailgun events writer"));
    m_checkpointer = std::make_unique<PullWriter>(m_database, QStringLiteral("Mailgun events checkpoint"));
    connect(m_writer.get(), &PullWriter::failed, this, &MailgunEventsJob::writeFailed);
    m_writer->setExitWork(m_repository.exitWork());
    fetch(m_client.eventsUrl(QDateTime::fromSecsSinceEpoch(begin, QTimeZone::utc())));
}

void MailgunEventsJob::cancel()
{
    if (m_done || m_stopping)
        return;
    m_summary.cancelled = true;
    stopAfterWrites(tr("Cancelled."));
}

void MailgunEventsJob::fetch(const QUrl &url)
{
    m_client.fetchEvents(url, [this, url](const MailgunResult &result, const EventPage &page) {
        if (!m_done && !m_stopping)
            pageArrived(url, result, page);
    });
}

void MailgunEventsJob::stopAfterWrites(const QString &error)
{
    m_parked.clear();
    if (!m_stopping) {
        m_stopping = true;
        m_stopError = error;
    }
    if (!m_writer || m_writer->pending() == 0)
        finish(m_stopError);
}

void MailgunEventsJob::writeFailed(const QString &error)
{
    // Rolled back: the cursor did not move past those pages. A storage failure is what the user
    // must hear about, whatever else stopped the pull.
    if (!error.isEmpty()) {
        m_summary.ok = false;
        m_reachedEnd = false;
        m_stopError = error;
    }
    m_stopping = true;
    stopAfterWrites(m_stopError);
}

void MailgunEventsJob::pageArrived(const QUrl &url, const MailgunResult &result, const EventPage &page)
{
    if (!result.ok()) {
        m_summary.networkDown = isNetworkDown(result);
        flush();   // the pages already here are good: store them, with their cursor
        return stopAfterWrites(result.message);
    }
    ++m_pagesRead;
    m_summary.events += int(page.events.size());
    m_summary.unknownSkipped += page.unknownSkipped;
    m_summary.malformedSkipped += page.malformedSkipped;
    for (const QString &problem : page.problems)
        appendLimited(m_summary.problems, problem);

    const bool end = page.isEnd();
    QUrl next;
    if (!end) {
        next = page.next;
        const QString stopped = !next.isValid() || next == url
            ? tr("Mailgun sent an events page without a way to the next one; the pull stopped there.")
            : m_pagesRead >= m_options.maxPages
                ? tr("Mailgun kept sending events pages; the pull stopped after %1.").arg(m_pagesRead)
                : QString();
        if (!stopped.isEmpty()) {
            flush();
            return stopAfterWrites(stopped);
        }
        // The network works while this page is read and written, unless the writer is behind.
        if (m_writer->pending() < kBatchesInFlight)
            fetch(next);
        else
            m_parked = next;
    }

    // Every event before min(the newest one here, the pull's start - 30 min) was in storage by
    // the time this page was read, so the cursor can move there; and once caught up, to the
    // pull's start - 30 min.
    const qint64 trusted = m_pullStarted - std::chrono::seconds(m_options.trustWindow).count();
    qint64 newest = 0;
    for (const storage::MailgunEvent &event : page.events)
        newest = std::max(newest, event.occurredAt.toSecsSinceEpoch());
    m_newestSeen = std::max(m_newestSeen, newest);
    if (end)
        m_pendingCursor = std::max(m_pendingCursor, trusted);
    else if (newest > 0)
        m_pendingCursor = std::max(m_pendingCursor, std::min(newest, trusted));
    m_pending += page.events;
    ++m_pendingPages;
    m_pendingNext = end ? QUrl() : next;

    // Pages wait here and go in together, several per transaction (each commit rewrites the
    // indexes' pages), the cursor with them.
    if (end || m_pendingPages >= m_options.pagesPerTransaction || m_writer->pending() == 0)
        flush();
    if (end) {
        m_reachedEnd = true;
        stopAfterWrites({});
    }
}

void MailgunEventsJob::flush()
{
    if (m_pendingPages == 0 || m_stopping)
        return;
    storage::MailgunCursor after;
    after.cursorValue = QString::number(std::max(m_cursor, m_pendingCursor));
    after.pageToken = m_pendingNext.isValid() ? m_pendingNext.toString(QUrl::FullyEncoded) : QString();
    const qint64 cursor = std::max(m_cursor, m_pendingCursor);
    auto applied = std::make_shared<storage::ApplySummary>();
    // Held by both sides: the writer lets go first, so the events are freed here, off its thread.
    auto events = std::make_shared<const QList<storage::MailgunEvent>>(std::exchange(m_pending, {}));
    m_writer->write(
        [repository = m_repository, scopeId = m_summary.scopeId, events, after, finished = !m_pendingNext.isValid(),
         applied] {
            *applied = repository.get().apply(scopeId, *events, after, finished);
        },
        [this, applied, cursor, pages = m_pendingPages, events] {
            m_summary.inserted += applied->inserted;
            m_summary.duplicates += applied->duplicates;
            m_summary.matched += applied->matched;
            m_summary.unmatched += applied->unmatched;
            m_summary.suppressed += applied->suppressed;
            m_summary.pages += pages;
            m_summary.cursor = QDateTime::fromSecsSinceEpoch(cursor, QTimeZone::utc());
            Q_EMIT progress(m_summary.scopeId, m_summary.pages, m_summary.events);
            // close(): runs even after an earlier one failed (a failed checkpoint stops nothing).
            if (m_checkpointer->pending() == 0)
                m_checkpointer->close([database = m_database] { storage::EmailEventRepository(database).checkpoint(); },
                                      [](const QString &) {});
            if (m_stopping) {
                if (m_writer->pending() == 0)
                    finish(m_stopError);
            } else {
                if (m_writer->pending() == 0)
                    flush();   // what was read meanwhile: the writer is idle
                if (m_parked.isValid())
                    fetch(std::exchange(m_parked, {}));
            }
        });
    m_cursor = cursor;
    m_pendingPages = 0;
}

void MailgunEventsJob::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_checkpointer.reset();   // waits for a checkpoint under way, before the writer's last one
    m_writer.reset();   // nothing is pending here: this only ends its thread
    m_summary.ok = error.isEmpty() && m_reachedEnd;
    m_summary.error = error;
    if (!error.isEmpty()) {
        m_summary.ok = false;
        try {
            storage::MailgunCursorRepository(m_database).recordError(storage::MailgunCursorRepository::kEventsSource,
                                                                     m_summary.scopeId, error);
        } catch (const storage::StorageError &) {
            // Reported to the caller either way.
        }
    }
    Q_EMIT finished(m_summary);
}

// ---------------------------------------------------------------------------------------------
// MailgunSuppressionsJob

MailgunSuppressionsJob::MailgunSuppressionsJob(storage::Database database, NetworkService *network, QString scopeId,
                                               MailgunAccount account, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_client(network, std::move(account.connection), std::move(account.apiKey), this)
{
    m_summary.scopeId = std::move(scopeId);
}

void MailgunSuppressionsJob::start()
{
    fetch(0, m_client.suppressionsUrl(MailgunClient::SuppressionList::Bounces));
}

void MailgunSuppressionsJob::cancel()
{
    if (m_done)
        return;
    m_summary.cancelled = true;
    finish(tr("Cancelled."));
}

void MailgunSuppressionsJob::fetch(int list, const QUrl &url)
{
    const auto kind = MailgunClient::SuppressionList(list);
    m_client.fetchSuppressions(kind, url, [this, list](const MailgunResult &result, const SuppressionPage &page) {
        if (m_done)
            return;
        if (!result.ok()) {
            m_summary.networkDown = isNetworkDown(result);
            return finish(result.message);
        }
        ++m_summary.pages;
        m_summary.seen += int(page.entries.size());
        for (const QString &problem : page.problems)
            appendLimited(m_summary.problems, problem);
        const bool lastList = list == int(MailgunClient::SuppressionList::Complaints);
        const bool lastPage = !page.next.isValid();
        // Ask for the next page first, so the network works while this one is written.
        if (!lastPage)
            fetch(list, page.next);
        else if (!lastList)
            fetch(list + 1, m_client.suppressionsUrl(MailgunClient::SuppressionList(list + 1)));
        try {
            storage::SuppressionRepository repository(m_database);
            if (lastPage && lastList) {
                storage::MailgunCursor after;
                after.cursorValue = QString::number(QDateTime::currentSecsSinceEpoch());
                m_summary.added += repository.import(m_summary.scopeId, page.entries, after, true);
            } else {
                m_summary.added += repository.import(m_summary.scopeId, page.entries);
            }
        } catch (const storage::StorageError &error) {
            return finish(error.message());
        }
        Q_EMIT progress(m_summary.scopeId, m_summary.pages, m_summary.seen);
        if (lastPage && lastList) {
            m_summary.ok = true;
            finish({});
        }
    });
}

void MailgunSuppressionsJob::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_summary.error = error;
    if (!error.isEmpty()) {
        m_summary.ok = false;
        try {
            storage::MailgunCursorRepository(m_database).recordError(storage::MailgunCursorRepository::kSuppressionsSource,
                                                                     m_summary.scopeId, error);
        } catch (const storage::StorageError &) {
        }
    }
    Q_EMIT finished(m_summary);
}

} // namespace anchor::sync
