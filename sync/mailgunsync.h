#pragma once

#include "mailgunclient.h"
#include "networkservice.h"
#include "pullrepository.h"
#include "pullwriter.h"

#include <database.h>
#include <emaileventrepository.h>
#include <emailqueuerepository.h>
#include <emailtypes.h>
#include <mailgunsettingsrepository.h>

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <deque>
#include <memory>
#include <optional>

namespace anchor::sync {

// One sending scope ('' = the agency, or a client's users.id) with its key, as the jobs need it.
struct MailgunAccount
{
    storage::MailgunConnection connection;
    QString apiKey;
};

struct MailgunSendSummary
{
    bool ok = false;            // everything due went out (or failed for good); nothing left uncertain or waiting
    bool cancelled = false;
    int sent = 0;               // accepted by Mailgun in this run
    int failed = 0;             // refused for good (400, too large, ...): marked failed with Mailgun's words
    int deferred = 0;           // back to pending for a later run (scope stopped, network down, rate limit too long)
    int confirmedSent = 0;      // uncertain items Mailgun had accepted after all: marked sent, not sent again
    int requeued = 0;           // uncertain items Mailgun never accepted: sent again
    int uncertainLeft = 0;      // could not be checked yet: left in sending for the next run
    int rateLimitWaits = 0;     // 420/429 pauses honoured
    QStringList failures;       // "address: reason", the first 50
    QHash<QString, QString> scopeErrors;   // scope -> why nothing more went out through it (401, 403, no key)
    QString error;              // the first problem, for one-line reports
    bool networkDown = false;
};

// Sends the queue (EmailQueueRepository) through each scope's Mailgun connection.
//
// Never twice: items left in sending by a crash or an ambiguous failure are checked first
// against Mailgun's accepted events (anchor-key in user-variables): accepted ones are marked
// sent, the others go back to pending and are sent again. Then items are claimed in batches and
// sent, kMaxInFlight at a time. 420/429: everything waits Retry-After (or X-Request-Reset),
// then goes on. 401/403: the scope stops with a clear error and its items go back to pending.
// 400: that item fails with Mailgun's message. Ambiguous (timeout, connection lost, 5xx): the
// item stays in sending and is checked again at the end of the run. Cancel stops claiming, puts
// back what was claimed but not sent, and lets the requests in flight finish.
//
// Lives in (and reports on) the thread that runs it, with that thread's database connection.
class MailgunSendJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailgunSendJob)

public:
    struct Options
    {
        int maxInFlight = 4;
        int batchSize = 50;                 // items claimed per round trip to the database
        int maxAttempts = 5;                // an uncertain item Mailgun never accepted fails after this many
        int messagesPerMinute = 0;          // 0: as fast as Mailgun accepts
        std::chrono::milliseconds maxRateLimitWait{std::chrono::minutes(5)};   // longer: defer to a later run
        // An uncertain item is checked only once its last attempt is this old (Mailgun may
        // take a moment to show the accepted event); younger ones wait for a later run.
        std::chrono::milliseconds uncertainSettle{0};
        int uncertainPasses = 3;            // checks of items made uncertain during the run
        // Set: only messages sent through these scopes are claimed, checked, counted and
        // finished; the others are left as they are (anchorctl sync mailgun --client).
        std::optional<QStringList> onlyScopes;
    };

    // `accounts`: scope id -> connection and key; messages of a scope not in it wait (deferred)
    // unless Options::onlyScopes leaves them out.
    MailgunSendJob(storage::Database database, NetworkService *network, QHash<QString, MailgunAccount> accounts,
                   QObject *parent = nullptr);
    MailgunSendJob(storage::Database database, NetworkService *network, QHash<QString, MailgunAccount> accounts,
                   Options options, QObject *parent = nullptr);
    ~MailgunSendJob() override;

    // Options from the stored queue settings (rate, batch size, attempts).
    static Options optionsFrom(const storage::MailgunQueueSettings &settings);

    void start();
    void cancel();
    const MailgunSendSummary &summary() const { return m_summary; }

Q_SIGNALS:
    // done = items sent, failed or deferred so far; total = what was due when the run started
    // (it may grow when campaigns start meanwhile).
    void progress(int done, int total);
    void finished(const anchor::sync::MailgunSendSummary &summary);

private:
    enum class Phase { Idle, Checking, Sending, Finished };

    storage::EmailQueueRepository scopedQueue() const;   // restricted to Options::onlyScopes
    MailgunClient *clientFor(const QString &scopeId);
    void checkUncertain();
    void checkNext();
    void checked(const storage::OutgoingMessage &message, const MailgunResult &result, bool found,
                 const QString &messageId);
    void pump();
    bool refill();
    void send(const storage::OutgoingMessage &message);
    void sent(const storage::OutgoingMessage &message, const MailgunResult &result);
    void stopScope(const QString &scopeId, const QString &error);
    void defer(const storage::OutgoingMessage &message, const QString &error);
    // Claimed but not sent: pending again (now, or held until `until`/the next run).
    void putBackQueued(bool holdForLater, const QString &error, const QDateTime &until = {});
    void fail(const QString &error);   // a storage error: stop everything
    void finish();
    void reportProgress();
    void noteFailure(const storage::OutgoingMessage &message, const QString &error);

    storage::Database m_database;
    NetworkService *m_network;
    QHash<QString, MailgunAccount> m_accounts;
    Options m_options;
    QHash<QString, MailgunClient *> m_clients;
    MailgunSendSummary m_summary;
    Phase m_phase = Phase::Idle;
    QDateTime m_claimClock;            // the run's start: what was deferred in this run waits for the next
    std::deque<storage::OutgoingMessage> m_toCheck;
    std::deque<storage::OutgoingMessage> m_queue;   // claimed, not sent yet
    int m_inFlight = 0;
    int m_passes = 0;
    bool m_madeUncertain = false;      // an ambiguous send happened since the last check
    bool m_drained = false;            // claim() found nothing more
    bool m_cancelRequested = false;
    bool m_storageFailed = false;
    QSet<QString> m_stoppedScopes;
    QDateTime m_pausedUntil;           // rate limited: no new sends before this
    QDateTime m_nextSendAt;            // messagesPerMinute spacing
    QTimer m_wake;
    int m_total = 0;
    int m_done = 0;
};

struct MailgunEventsSummary
{
    QString scopeId;
    bool ok = false;
    bool cancelled = false;
    int pages = 0;
    int events = 0;             // readable events of known types received
    int inserted = 0;           // new events stored
    int duplicates = 0;
    int matched = 0;
    int unmatched = 0;
    int suppressed = 0;         // addresses added to the suppression list
    int unknownSkipped = 0;
    int malformedSkipped = 0;
    QStringList problems;       // why items were skipped (the first 50)
    QDateTime cursor;           // where the next pull starts, before its overlap
    QString error;
    bool networkDown = false;
};

// Pulls one scope's events (shared/api/mailgun.md, Events): ascending from the stored cursor
// minus a 30-minute overlap, following paging.next verbatim until an empty page (caught up).
// Pages are applied several to a transaction (EmailEventRepository: deduplicated by event id)
// with the cursor in it, on a thread of their own (PullWriter) while the next pages download and
// parse. The cursor only moves to a time before which every event must have been
// seen: events can reach Mailgun's storage up to 30 minutes late, so it never passes the first
// page's read time minus 30 minutes. The next page is requested while the current one is written.
class MailgunEventsJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailgunEventsJob)

public:
    struct Options
    {
        std::chrono::minutes overlap{30};
        std::chrono::minutes trustWindow{30};
        std::chrono::hours firstPullLookback{24 * 7};   // no cursor yet: start this far back
        int maxPages = 100'000;
        // Pages stored per transaction at most (each commit rewrites the indexes' dirty pages).
        // Whatever is read goes to the writer as soon as it is idle, so transactions are small
        // while the writer keeps up and grow to this when it is the slower side.
        int pagesPerTransaction = 40;
    };

    MailgunEventsJob(storage::Database database, NetworkService *network, QString scopeId, MailgunAccount account,
                     QObject *parent = nullptr);
    MailgunEventsJob(storage::Database database, NetworkService *network, QString scopeId, MailgunAccount account,
                     Options options, QObject *parent = nullptr);

    void start();
    void cancel();
    const MailgunEventsSummary &summary() const { return m_summary; }

Q_SIGNALS:
    void progress(const QString &scopeId, int pages, int events);
    void finished(const anchor::sync::MailgunEventsSummary &summary);

private:
    void fetch(const QUrl &url);
    void pageArrived(const QUrl &url, const MailgunResult &result, const EventPage &page);
    // Hands the pages waiting in m_pending to the writer thread, one transaction with their cursor.
    void flush();
    void writeFailed(const QString &error);
    // Fetches nothing more and finishes once the writer has stored what it was handed.
    void stopAfterWrites(const QString &error);
    void finish(const QString &error);

    static constexpr int kBatchesInFlight = 2;

    storage::Database m_database;
    MailgunClient m_client;
    Options m_options;
    MailgunEventsSummary m_summary;
    QList<storage::MailgunEvent> m_pending;   // read, not stored yet
    int m_pendingPages = 0;
    int m_pagesRead = 0;
    qint64 m_pendingCursor = 0;
    QUrl m_pendingNext;
    std::unique_ptr<PullWriter> m_writer;
    // Copies the WAL into the database file beside the writes, on a thread of its own: a
    // checkpoint waits on the disk, and this thread must go on reading pages meanwhile.
    std::unique_ptr<PullWriter> m_checkpointer;
    PullRepository<storage::EmailEventRepository> m_repository;   // the writer's
    QUrl m_parked;                 // the next page, waiting for the writer to catch up
    bool m_stopping = false;
    QString m_stopError;
    bool m_reachedEnd = false;
    qint64 m_cursor = 0;           // epoch seconds: events before this were all seen
    qint64 m_pullStarted = 0;      // epoch seconds when the first page was requested
    qint64 m_newestSeen = 0;
    bool m_done = false;
};

struct MailgunSuppressionsSummary
{
    QString scopeId;
    bool ok = false;
    bool cancelled = false;
    int pages = 0;
    int seen = 0;          // addresses on Mailgun's lists
    int added = 0;         // new on ours
    QStringList problems;
    QString error;
    bool networkDown = false;
};

// Imports one scope's Mailgun suppression lists (bounces, unsubscribes, complaints; 1000 a
// page) into the suppression list, so the CRM never mails an address suppressed outside it.
class MailgunSuppressionsJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailgunSuppressionsJob)

public:
    MailgunSuppressionsJob(storage::Database database, NetworkService *network, QString scopeId,
                           MailgunAccount account, QObject *parent = nullptr);

    void start();
    void cancel();
    const MailgunSuppressionsSummary &summary() const { return m_summary; }

Q_SIGNALS:
    void progress(const QString &scopeId, int pages, int addresses);
    void finished(const anchor::sync::MailgunSuppressionsSummary &summary);

private:
    void fetch(int list, const QUrl &url);
    void finish(const QString &error);

    storage::Database m_database;
    MailgunClient m_client;
    MailgunSuppressionsSummary m_summary;
    bool m_done = false;
};

} // namespace anchor::sync
