#pragma once

#include "database.h"
#include "leadquery.h"
#include "leadtypes.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace anchor::storage {

// What an edit of a lead can change, captured before the edit so undo can put it back.
struct LeadState
{
    QString callId;
    int stars = 0;   // 0 = not rated
    QString category;
    bool categoryManual = false;
    QString stageId;

    bool operator==(const LeadState &) const = default;
};

// Everything the detail pane shows beyond the list row.
struct LeadDetail
{
    LeadRow row;
    QString transcript;
    QString transcriptUrl;
    QString recordingUrl;
    QString activeClientId;
    bool syncsWithCtm = false;   // the call's client has a CTM account: notes may go there too
};

// One earlier or later call from the same number, for the call history.
struct CallHistoryEntry
{
    QString callId;
    QDateTime startedAt;
    QString category;
    int stars = 0;
    int durationSec = 0;
    QString direction;
};

// Calls (call_logs) as the leads list reads and edits them. All SQL for calls lives here.
// Threading: create one per thread; it uses that thread's connection of the Database.
class CallRepository
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::CallRepository)

public:
    explicit CallRepository(Database database);

    QList<LeadRow> page(const LeadPageRequest &request) const;
    qint64 count(const LeadFilter &filter) const;
    // Streams every matching row in order without a cap; the visitor returns false to stop.
    // Returns the number of rows visited.
    qint64 forEach(const LeadFilter &filter, const LeadSort &sort,
                   const std::function<bool(const LeadRow &)> &visitor) const;

    std::optional<LeadRow> findByCallId(const QString &callId) const;
    QList<LeadRow> findByCallIds(const QStringList &callIds) const;
    std::optional<LeadDetail> detail(const QString &callId) const;
    // Every call of this client from this number, newest first.
    QList<CallHistoryEntry> history(const QString &clientId, const QString &fromNumber, int limit = 500) const;
    // The lead sources in use, for the filter bar.
    QStringList sources() const;

    QList<LeadState> states(const QStringList &callIds) const;
    // Puts leads back as captured (undo). Restored ratings of CTM clients are queued again;
    // a pending push of a rating that no longer exists is withdrawn.
    void restore(const QList<LeadState> &states);

    // Edits, each in one transaction over any number of calls.
    // 5 stars marks the lead converted (seed 000): converted is otherwise set by hand only.
    // A rating of a call whose client syncs with CTM also queues the push in the outbox.
    void setStars(const QStringList &callIds, int stars);
    void setCategory(const QStringList &callIds, const QString &category);
    void setStage(const QStringList &callIds, const QString &stageId);

private:
    // For a text search: whether to walk the sort index rather than sort all matches.
    bool searchWalksSortIndex(const LeadPageRequest &request) const;

    Database m_database;
};

} // namespace anchor::storage
