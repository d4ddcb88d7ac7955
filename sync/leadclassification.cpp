#include "leadclassification.h"

#include "callclassifier.h"

#include <storageerror.h>

namespace anchor::sync {

storage::CallCategory classifyOffline(const storage::IncomingCall &call)
{
    static const CallClassifier classifier;
    CallFacts facts;
    facts.direction = call.meta.value(QLatin1String("kind")).toString(call.direction);
    facts.status = call.status;
    facts.durationSeconds = qMax(0, call.durationSec);
    facts.talkSeconds = call.meta.contains(QLatin1String("talk_time"))
                            ? call.meta.value(QLatin1String("talk_time")).toInt(-1)
                            : -1;
    facts.transcript = call.transcript;
    facts.summary = call.remoteSummary;
    facts.callerName = call.callerName;
    facts.hasRecording = !call.recordingUrl.isEmpty();
    const Classification result = classifier.classify(facts);
    return {result.category, result.summary};
}

ReclassifySummary reclassifyLeads(const storage::Database &database, const QString &clientId,
                                  const std::function<bool(qint64, qint64)> &progress)
{
    constexpr int kBatch = 2000;
    ReclassifySummary summary;
    try {
        storage::CallImportRepository repository(database);
        const qint64 total = repository.countToClassify(clientId);
        qint64 afterRowId = 0;
        while (true) {
            const auto batch = repository.callsToClassify(clientId, afterRowId, kBatch);
            if (batch.isEmpty())
                break;
            QList<QPair<QString, storage::CallCategory>> verdicts;
            verdicts.reserve(batch.size());
            for (const auto &stored : batch)
                verdicts.append({stored.call.callId, classifyOffline(stored.call)});
            summary.changed += repository.saveCategories(verdicts);   // one transaction per batch
            summary.examined += batch.size();
            afterRowId = batch.last().rowId;
            if (progress && !progress(summary.examined, total)) {
                summary.cancelled = true;
                break;
            }
        }
    } catch (const storage::StorageError &error) {
        summary.error = error.message();
    }
    return summary;
}

} // namespace anchor::sync
