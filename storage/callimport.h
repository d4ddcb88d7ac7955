#pragma once

#include "database.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace anchor::storage {

struct CallCategory
{
    QString category;
    QString summary;
};

// One call as CallTrackingMetrics sends it, already mapped into the CRM's terms by the sync
// (sync/ctmcallmapper.cpp documents where each CTM field goes).
struct IncomingCall
{
    QString callId;                   // CTM id as decimal text: call_logs.call_id, the upsert key
    QString direction;                // inbound, outbound or empty (CTM's other kinds go to meta)
    QString fromNumber;
    QString toNumber;
    QDateTime startedAt;              // UTC
    int durationSec = -1;             // -1: not sent
    QString callerName;
    QString source;
    QString status;                   // CTM call_status / dial_status
    QString recordingUrl;
    QString transcriptUrl;
    QString transcript;
    QString remoteSummary;            // CTM's own summary
    QString remoteNotes;              // CTM notes, kept as one lead note of type "call"
    QStringList tags;                 // CTM tag_list, kept as the client's lead tags
    std::optional<int> remoteStars;   // nullopt: the record had no sale; 0: unrated; 1-5
    QJsonObject meta;                 // the rest worth keeping: agent, sid, talk time, ...
    // Filled by prepareForImport() (else by importPage()): the digest of all the above, and meta
    // as stored, with the digest and CTM's status, summary and tags.
    QString digest;
    QString metaJson;
    // The classifier's verdict, when the thread that parses the pages already asked it
    // (importPage() asks otherwise, for the calls that need one).
    std::optional<CallCategory> verdict;
};

// Computes the call's digest and stored meta. A pull calls it on the thread that parses the
// pages, so the thread that writes them has less to do.
void prepareForImport(IncomingCall &call);

// Where an interrupted pull resumes and where the next one starts (sync_cursors).
struct PullCursor
{
    qint64 newestUnixTime = 0;   // newest call start seen by a finished pull
    QString resumeUrl;           // next page of an unfinished pull, empty when none
    qint64 runNewestUnixTime = 0;   // newest start seen so far by the unfinished pull
    QString lastSuccessAt;
    QString lastError;
};

struct PageImport
{
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;     // already stored as CTM sent them (or repeated within the batch)
    int ratingsKept = 0;   // a pending local rating won over the remote one
    QStringList attentionCallIds;   // new calls classified very_good or needs_attention
    QStringList insertedCallIds;
    QStringList createdTaskIds;   // tasks made from new voicemail / needs-attention calls (leadtasks.h)
};

// Writes pulled CTM calls. Every page is one transaction together with the cursor that says
// where to go on, so a crash, a repeated page or calls shifting between pages never duplicate
// or lose a call.
class CallImportRepository
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::CallImportRepository)

public:
    using Classifier = std::function<CallCategory(const IncomingCall &)>;

    explicit CallImportRepository(Database database);

    PullCursor cursor(const QString &clientId) const;
    // Around a pull on this thread's connection: a page cache big enough for call_logs' indexes,
    // and the WAL checkpointed once at the end instead of every thousand pages along the way.
    void beginPull();
    void endPull();
    // Copies what the WAL holds into the database file as far as readers allow (PASSIVE), on
    // another connection than the pull's: the pull checkpoints beside its writes, not after them.
    void checkpoint();
    // Upserts the page by call id, queues every number the page touches for renumberQueued()
    // (a new number's first call is numbered at once), classifies new calls (and changed ones without a manual category), and
    // stores `after` as the cursor, all in one transaction.
    PageImport importPage(const QString &clientId, const QList<IncomingCall> &calls, const Classifier &classify,
                          const PullCursor &after);
    // Redoes call_sequence and caller_type for every number importPage() queued for the client
    // (all of that number's calls, in time order); returns how many calls changed. A pull calls
    // it when it ends, and when it starts, to finish the numbering of a pull that crashed.
    int renumberQueued(const QString &clientId);
    void recordFailure(const QString &clientId, const QString &error);
    QString lastSuccessfulPull() const;   // newest last_success_at of any client, "" when none

    // For "Reclassify leads": calls without a manual category, in rowid order from `afterRowId`.
    struct StoredCall
    {
        qint64 rowId = 0;
        IncomingCall call;
    };
    QList<StoredCall> callsToClassify(const QString &clientId, qint64 afterRowId, int limit) const;
    // The same facts for given calls (those without a manual category).
    QList<StoredCall> callsToClassify(const QStringList &callIds) const;
    qint64 countToClassify(const QString &clientId) const;
    // Writes new categories (never over a manual one); returns how many changed.
    int saveCategories(const QList<QPair<QString, CallCategory>> &categories);

private:
    Database m_database;
    std::shared_ptr<sql::MultiRowInserter> m_rowInserter;   // prepared INSERTs, reused by later pages
};

} // namespace anchor::storage
