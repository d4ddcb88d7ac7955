#pragma once

#include <callimport.h>

#include <QObject>

#include <functional>

namespace anchor::sync {

// The built-in offline classifier applied to a pulled or stored call (never "converted").
storage::CallCategory classifyOffline(const storage::IncomingCall &call);

struct ReclassifySummary
{
    qint64 examined = 0;
    int changed = 0;
    bool cancelled = false;
    QString error;
};

// "Reclassify leads": runs the classifier again over stored calls without a manual category,
// in batches, without refetching anything. Runs on the calling thread; `progress` may return
// false to cancel between batches.
ReclassifySummary reclassifyLeads(const storage::Database &database, const QString &clientId,
                                  const std::function<bool(qint64 done, qint64 total)> &progress);

} // namespace anchor::sync
