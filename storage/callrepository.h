#pragma once

#include "database.h"
#include "leadquery.h"
#include "leadtypes.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace anchor::storage {

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

    // Edits, each in one transaction over any number of calls.
    // 5 stars marks the lead converted (seed 000): converted is otherwise set by hand only.
    // A rating of a call whose client syncs with CTM also queues the push in the outbox.
    void setStars(const QStringList &callIds, int stars);
    void setCategory(const QStringList &callIds, const QString &category);
    void setStage(const QStringList &callIds, const QString &stageId);

private:
    Database m_database;
};

} // namespace anchor::storage
