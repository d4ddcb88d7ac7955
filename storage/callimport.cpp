#include "callimport.h"

#include "leadtasks.h"
#include "sqlhelpers.h"
#include "storageerror.h"
#include "timestamps.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QScopeGuard>
#include <QSqlQuery>

#include <utility>

namespace anchor::storage {

namespace {

const QString kSource = QStringLiteral("ctm_calls");
const QString kDefaultTagColour = QStringLiteral("#5f6368");

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// A digest of everything a pulled call carries: when it matches the stored one the row is left
// alone, so re-reading the overlap window rewrites nothing (and leaves the search index be).
QString digestOf(const IncomingCall &call)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const auto add = [&hash](const QString &text) {
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(text.utf16()), text.size() * 2));
        hash.addData(QByteArrayView("\x1f", 1));   // a separator no text holds
    };
    for (const QString *field : {&call.direction, &call.fromNumber, &call.toNumber, &call.callerName, &call.source,
                                 &call.status, &call.recordingUrl, &call.transcriptUrl, &call.transcript,
                                 &call.remoteSummary, &call.remoteNotes})
        add(*field);
    add(call.tags.join(QChar(0x1e)));
    add(QString::number(call.startedAt.toMSecsSinceEpoch()));
    add(QString::number(call.durationSec));
    add(QString::number(call.remoteStars ? *call.remoteStars : -1));
    hash.addData(QJsonDocument(call.meta).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(hash.result().toHex());
}

QString metaFor(const IncomingCall &call, const QString &digest)
{
    QJsonObject meta = call.meta;
    meta.insert(QStringLiteral("ctm_digest"), digest);
    if (!call.status.isEmpty())
        meta.insert(QStringLiteral("status"), call.status);
    if (!call.remoteSummary.isEmpty())
        meta.insert(QStringLiteral("ctm_summary"), call.remoteSummary);
    if (!call.tags.isEmpty())
        meta.insert(QStringLiteral("ctm_tags"), QJsonArray::fromStringList(call.tags));
    return QString::fromUtf8(QJsonDocument(meta).toJson(QJsonDocument::Compact));
}

// The facts the classifiers read, for "Reclassify leads" and the AI classifier.
const QString kStoredCallColumns = QStringLiteral(
    "SELECT rowid, call_id, coalesce(direction, ''), coalesce(duration_sec, -1), coalesce(transcript, ''), "
    "coalesce(json_extract(meta, '$.ctm_summary'), ''), coalesce(json_extract(meta, '$.status'), ''), "
    "coalesce(caller_name, ''), coalesce(recording_url, ''), coalesce(json_extract(meta, '$.talk_time'), -1) ");

QList<CallImportRepository::StoredCall> readStoredCalls(QSqlQuery &query)
{
    QList<CallImportRepository::StoredCall> calls;
    while (query.next()) {
        CallImportRepository::StoredCall stored;
        stored.rowId = query.value(0).toLongLong();
        stored.call.callId = query.value(1).toString();
        stored.call.direction = query.value(2).toString();
        stored.call.durationSec = query.value(3).toInt();
        stored.call.transcript = query.value(4).toString();
        stored.call.remoteSummary = query.value(5).toString();
        stored.call.status = query.value(6).toString();
        stored.call.callerName = query.value(7).toString();
        stored.call.recordingUrl = query.value(8).toString();
        stored.call.meta.insert(QStringLiteral("talk_time"), query.value(9).toInt());
        calls.append(stored);
    }
    return calls;
}

struct Existing
{
    bool found = false;
    QString category;
    bool categoryManual = false;
    int stars = 0;
    QString digest;
    QString fromNumber;
    QString startedAt;
};

// A new call of the batch with what the import decided for it.
struct NewCall
{
    const IncomingCall *call = nullptr;
    QString category;
    QString summary;
};

QHash<QString, Existing> existingCalls(const QSqlDatabase &db, const QStringList &callIds, const QString &context)
{
    QSqlQuery query = sql::run(db, QStringLiteral(
        "SELECT call_id, category, category_manual, coalesce(score, 0), json_extract(meta, '$.ctm_digest'), "
        "from_number, started_at FROM call_logs WHERE call_id IN (SELECT value FROM json_each(?))"),
        {sql::jsonArray(callIds)}, context);
    QHash<QString, Existing> stored;
    while (query.next()) {
        Existing &existing = stored[query.value(0).toString()];
        existing.found = true;
        existing.category = query.value(1).toString();
        existing.categoryManual = query.value(2).toInt() != 0;
        existing.stars = query.value(3).toInt();
        existing.digest = query.value(4).toString();
        existing.fromNumber = query.value(5).toString();
        existing.startedAt = query.value(6).toString();
    }
    return stored;
}

QSet<QString> ratingsAwaitingPush(const QSqlDatabase &db, const QStringList &callIds, const QString &context)
{
    QSqlQuery query = sql::run(db, QStringLiteral(
        "SELECT entity_key FROM sync_outbox WHERE operation = 'ctm_set_rating' AND status IN ('pending', 'in_flight') "
        "AND entity_key IN (SELECT value FROM json_each(?))"), {sql::jsonArray(callIds)}, context);
    QSet<QString> pending;
    while (query.next())
        pending.insert(query.value(0).toString());
    return pending;
}

// Numbers that already called this client, or belong to one of its active clients.
QSet<QString> numbersKnown(const QSqlDatabase &db, const QString &clientId, const QStringList &numbers,
                           const QString &context)
{
    const QString list = sql::jsonArray(numbers);
    QSqlQuery query = sql::run(db, QStringLiteral(
        "SELECT DISTINCT from_number FROM call_logs WHERE owner_user_id = ? AND from_number IN (SELECT value FROM json_each(?)) "
        "UNION SELECT client_phone FROM active_clients WHERE owner_user_id = ? AND client_phone IN (SELECT value FROM json_each(?))"),
        {clientId, list, clientId, list}, context);
    QSet<QString> known;
    while (query.next())
        known.insert(query.value(0).toString());
    return known;
}

// The columns of a new call's row, in the order importPage() fills them.
const QStringList kCallColumns = {
    QStringLiteral("owner_user_id"), QStringLiteral("call_id"), QStringLiteral("direction"), QStringLiteral("from_number"),
    QStringLiteral("to_number"), QStringLiteral("started_at"), QStringLiteral("duration_sec"), QStringLiteral("score"),
    QStringLiteral("meta"), QStringLiteral("category"), QStringLiteral("category_manual"),
    QStringLiteral("classification_summary"), QStringLiteral("caller_name"), QStringLiteral("transcript"),
    QStringLiteral("transcript_url"), QStringLiteral("recording_url"), QStringLiteral("source"),
    QStringLiteral("call_sequence"), QStringLiteral("caller_type"), QStringLiteral("notes_text")};

// CTM's notes field of a new call: one lead note of type "call".
void insertRemoteNotes(const QSqlDatabase &db, const QString &clientId, const QList<NewCall> &newCalls,
                       const QString &context)
{
    QSqlQuery insertNote(db);
    bool prepared = false;
    for (const NewCall &added : newCalls) {
        if (added.call->remoteNotes.trimmed().isEmpty())
            continue;
        if (!std::exchange(prepared, true))
            sql::prepare(insertNote, QStringLiteral("INSERT INTO lead_notes (id, owner_user_id, call_id, note_type, body, metadata) "
                                                    "VALUES (?, ?, ?, 'call', ?, json_object('source', 'ctm'))"));
        insertNote.addBindValue(newId());
        insertNote.addBindValue(clientId);
        insertNote.addBindValue(added.call->callId);
        insertNote.addBindValue(added.call->remoteNotes);
        sql::exec(insertNote, context);
    }
}

// A stored call's CTM note is kept equal to CTM's text (its notes trigger updates the search text).
void syncRemoteNote(const QSqlDatabase &db, const QString &clientId, const IncomingCall &call, const QString &context)
{
    if (call.remoteNotes.trimmed().isEmpty())
        return;
    QSqlQuery findNote = sql::run(db, QStringLiteral("SELECT id, body FROM lead_notes WHERE call_id = ? "
                                                     "AND json_extract(metadata, '$.source') = 'ctm'"),
                                  {call.callId}, context);
    if (findNote.next()) {
        if (findNote.value(1).toString() != call.remoteNotes)
            sql::run(db, QStringLiteral("UPDATE lead_notes SET body = ? WHERE id = ?"),
                     {call.remoteNotes, findNote.value(0).toString()}, context);
        return;
    }
    sql::run(db, QStringLiteral("INSERT INTO lead_notes (id, owner_user_id, call_id, note_type, body, metadata) "
                                "VALUES (?, ?, ?, 'call', ?, json_object('source', 'ctm'))"),
             {newId(), clientId, call.callId, call.remoteNotes}, context);
}

// CTM tags become the client's lead tags (added, never removed: local tags live there too).
void tagCalls(const QSqlDatabase &db, const QString &clientId, const QList<const IncomingCall *> &calls,
              const QString &context)
{
    QHash<QString, QString> tagIds;   // lower-case name -> id, for this batch
    QSqlQuery findTag(db);
    QSqlQuery createTag(db);
    QSqlQuery tagCall(db);
    bool prepared = false;
    for (const IncomingCall *call : calls) {
        for (const QString &rawName : call->tags) {
            const QString name = rawName.trimmed().left(60);
            if (name.isEmpty())
                continue;
            if (!std::exchange(prepared, true)) {
                sql::prepare(findTag, QStringLiteral("SELECT id FROM lead_tags WHERE owner_user_id = ? AND name = ? COLLATE NOCASE"));
                sql::prepare(createTag, QStringLiteral("INSERT INTO lead_tags (id, owner_user_id, name, color) VALUES (?, ?, ?, ?)"));
                sql::prepare(tagCall, QStringLiteral("INSERT OR IGNORE INTO call_log_tags (call_id, tag_id) VALUES (?, ?)"));
            }
            QString &tagId = tagIds[name.toLower()];
            if (tagId.isEmpty()) {
                findTag.addBindValue(clientId);
                findTag.addBindValue(name);
                sql::exec(findTag, context);
                if (findTag.next()) {
                    tagId = findTag.value(0).toString();
                } else {
                    tagId = newId();
                    createTag.addBindValue(tagId);
                    createTag.addBindValue(clientId);
                    createTag.addBindValue(name);
                    createTag.addBindValue(kDefaultTagColour);
                    sql::exec(createTag, context);
                }
                findTag.finish();
            }
            tagCall.addBindValue(call->callId);
            tagCall.addBindValue(tagId);
            sql::exec(tagCall, context);
        }
    }
}

// Numbers whose calls need renumbering, queued in the page's transaction (0007_caller_renumbering.sql).
void queueRenumbering(const QSqlDatabase &db, const QString &clientId, const QSet<QString> &numbers,
                      const QString &context)
{
    if (numbers.isEmpty())
        return;
    sql::run(db, QStringLiteral("INSERT OR IGNORE INTO call_renumber_queue (owner_user_id, from_number) "
                                "SELECT ?, value FROM json_each(?)"),
             {clientId, sql::jsonArray(QStringList(numbers.cbegin(), numbers.cend()))}, context);
}

// New very good and needs-attention leads notify the desktop's staff user (seed 000); new
// voicemail and needs-attention calls become tasks when the client's setting says so.
void announceNewCalls(const Database &database, const QString &clientId, const QList<NewCall> &newCalls,
                      PageImport *result, const QString &context)
{
    QSqlDatabase db = database.connection();
    QSqlQuery notify(db);
    bool notifyPrepared = false;
    LeadTaskRepository leadTasks(database);
    const LeadTaskSettings taskSettings = leadTasks.settings(clientId);   // one settings read per batch
    QString taskAuthor;
    if (taskSettings.enabled()) {
        QSqlQuery author = sql::run(db, QStringLiteral("SELECT u.id FROM app_settings s JOIN users u ON u.id = json_extract(s.value, '$') "
                                                       "WHERE s.key = 'local_user_id'"),
                                    {}, context);
        if (author.next())
            taskAuthor = author.value(0).toString();
    }
    for (const NewCall &added : newCalls) {
        const IncomingCall &call = *added.call;
        result->insertedCallIds.append(call.callId);
        const QString caller = call.callerName.isEmpty() ? call.fromNumber : call.callerName;
        if (added.category == QLatin1String("very_good") || added.category == QLatin1String("needs_attention")) {
            result->attentionCallIds.append(call.callId);
            if (!std::exchange(notifyPrepared, true))
                sql::prepare(notify, QStringLiteral(
                    "INSERT INTO notifications (user_id, title, body, link_url, meta) "
                    "SELECT json_extract(s.value, '$'), ?, ?, ?, json_object('call_id', ?, 'category', ?, 'client_id', ?) "
                    "FROM app_settings s JOIN users u ON u.id = json_extract(s.value, '$') WHERE s.key = 'local_user_id'"));
            notify.addBindValue(added.category == QLatin1String("very_good")
                                    ? CallImportRepository::tr("New very good lead: %1").arg(caller)
                                    : CallImportRepository::tr("Lead needs attention: %1").arg(caller));
            notify.addBindValue(textOrNull(added.summary));
            notify.addBindValue(QString(QStringLiteral("anchor://lead/") + call.callId));
            notify.addBindValue(call.callId);
            notify.addBindValue(added.category);
            notify.addBindValue(clientId);
            sql::exec(notify, context);
        }
        if (taskSettings.wants(added.category)) {
            const QString taskId = leadTasks.createForNewCall(
                taskSettings, call.callId, added.category, caller,
                added.summary.isEmpty() ? call.remoteSummary : added.summary, taskAuthor);
            if (!taskId.isEmpty())
                result->createdTaskIds.append(taskId);
        }
    }
}

// Where the pull goes on, written in the batch's transaction.
void saveCursor(const QSqlDatabase &db, const PullCursor &after, const QString &clientId, const QString &context)
{
    QJsonObject token;
    if (!after.resumeUrl.isEmpty()) {
        token.insert(QStringLiteral("url"), after.resumeUrl);
        token.insert(QStringLiteral("newest"), double(after.runNewestUnixTime));
    }
    const bool finished = after.resumeUrl.isEmpty();
    const QString now = nowDbTimestamp();
    sql::run(db, QStringLiteral(
        "INSERT INTO sync_cursors (source, scope_id, cursor_value, page_token, last_attempt_at, last_success_at, last_error) "
        "VALUES (?, ?, ?, ?, ?, ?, NULL) "
        "ON CONFLICT (source, scope_id) DO UPDATE SET cursor_value = excluded.cursor_value, "
        "page_token = excluded.page_token, last_attempt_at = excluded.last_attempt_at, "
        "last_success_at = coalesce(excluded.last_success_at, last_success_at), last_error = NULL, "
        "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"),
        {kSource, clientId, QString::number(after.newestUnixTime),
         token.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(QJsonDocument(token).toJson(QJsonDocument::Compact))),
         now, finished ? QVariant(now) : QVariant()},
        context);
}

} // namespace

CallImportRepository::CallImportRepository(Database database)
    : m_database(std::move(database))
{
}

PullCursor CallImportRepository::cursor(const QString &clientId) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    sql::prepare(query, QStringLiteral("SELECT cursor_value, page_token, last_success_at, last_error FROM sync_cursors "
                                       "WHERE source = ? AND scope_id = ?"));
    query.addBindValue(kSource);
    query.addBindValue(clientId);
    sql::exec(query, tr("Reading where the last CallTrackingMetrics sync stopped"));
    PullCursor cursor;
    if (query.next()) {
        cursor.newestUnixTime = query.value(0).toLongLong();
        const QJsonObject token = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        cursor.resumeUrl = token.value(QStringLiteral("url")).toString();
        cursor.runNewestUnixTime = qint64(token.value(QStringLiteral("newest")).toDouble());
        cursor.lastSuccessAt = query.value(2).toString();
        cursor.lastError = query.value(3).toString();
    }
    return cursor;
}

void CallImportRepository::beginPull()
{
    sql::beginBulkWrites(m_database.connection());
}

void CallImportRepository::endPull()
{
    sql::endBulkWrites(m_database.connection());
}

void CallImportRepository::checkpoint()
{
    sql::checkpoint(m_database.connection());
}

void CallImportRepository::recordFailure(const QString &clientId, const QString &error)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    sql::prepare(query, QStringLiteral(
        "INSERT INTO sync_cursors (source, scope_id, last_attempt_at, last_error) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (source, scope_id) DO UPDATE SET last_attempt_at = excluded.last_attempt_at, "
        "last_error = excluded.last_error, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"));
    query.addBindValue(kSource);
    query.addBindValue(clientId);
    query.addBindValue(nowDbTimestamp());
    query.addBindValue(error);
    sql::exec(query, tr("Recording a failed CallTrackingMetrics sync"));
}

PageImport CallImportRepository::importPage(const QString &clientId, const QList<IncomingCall> &calls,
                                            const Classifier &classify, const PullCursor &after)
{
    const QString context = tr("Saving calls from CallTrackingMetrics");
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    PageImport result;

    // The batch in arrival order, a call repeated within it counted once (the first copy).
    QList<const IncomingCall *> batch;
    batch.reserve(calls.size());
    QStringList callIds;
    QStringList numbers;
    {
        QSet<QString> seen;
        for (const IncomingCall &call : calls) {
            if (call.callId.isEmpty() || seen.contains(call.callId))
                continue;
            seen.insert(call.callId);
            batch.append(&call);
            callIds.append(call.callId);
            if (!call.fromNumber.isEmpty())
                numbers.append(call.fromNumber);
        }
    }

    // What the database already holds for the batch, read with one statement each (not one
    // per call): the stored calls, ratings waiting to go to CTM, and the numbers already known.
    const QHash<QString, Existing> stored = existingCalls(db, callIds, context);
    const QSet<QString> pendingRatings = stored.isEmpty() ? QSet<QString>() : ratingsAwaitingPush(db, stored.keys(), context);
    QSet<QString> knownNumbers = numbersKnown(db, clientId, numbers, context);

    QSqlQuery update(db);
    sql::prepare(update, QStringLiteral(
        "UPDATE call_logs SET direction = ?, from_number = ?, to_number = ?, started_at = ?, "
        "duration_sec = coalesce(?, duration_sec), score = ?, meta = json_patch(coalesce(meta, '{}'), ?), category = ?, "
        "category_manual = ?, classification_summary = ?, caller_name = ?, transcript = ?, transcript_url = ?, "
        "recording_url = ?, source = ? WHERE call_id = ?"));

    QList<QVariantList> newRows;
    QList<NewCall> newCalls;
    QList<const IncomingCall *> written;   // new or changed calls
    QSet<QString> renumber;   // numbers whose call sequence may have changed
    for (const IncomingCall *incoming : std::as_const(batch)) {
        const IncomingCall &call = *incoming;
        const QString digest = call.digest.isEmpty() ? digestOf(call) : call.digest;
        const Existing existing = stored.value(call.callId);
        if (existing.found && existing.digest == digest)
            continue;   // nothing changed at CTM since the last pull
        written.append(&call);

        // Stars: a rating still waiting in the outbox wins; otherwise CTM's rating, when the
        // record carries one, overwrites the local one (DESIGN.md, CTM push).
        int stars = existing.stars;
        if (existing.found && pendingRatings.contains(call.callId))
            ++result.ratingsKept;
        else if (call.remoteStars)
            stars = qBound(0, *call.remoteStars, 5);

        // Category: manual ones are never touched; a 5-star rating means converted (seed 000),
        // which counts as a manual decision; everything else is classified.
        QString category = existing.category;
        bool manual = existing.categoryManual;
        QString summary;
        bool classified = false;
        if (!manual) {
            if (stars == 5) {
                category = QStringLiteral("converted");
                manual = true;
            } else {
                const CallCategory verdict = call.verdict ? *call.verdict : classify(call);
                category = verdict.category;
                summary = verdict.summary;
                classified = true;
            }
        }

        const QString started = toDbTimestamp(call.startedAt);
        const QString meta = call.metaJson.isEmpty() ? metaFor(call, digest) : call.metaJson;
        // The first call from a number is call 1 of a new caller (unless the number is an active
        // client's): no renumbering needed.
        const bool firstFromNumber = !existing.found && !call.fromNumber.isEmpty() && !knownNumbers.contains(call.fromNumber);
        if (!call.fromNumber.isEmpty())
            knownNumbers.insert(call.fromNumber);
        if (!existing.found) {
            const bool hasNote = !call.remoteNotes.trimmed().isEmpty();
            newRows.append({clientId, call.callId, textOrNull(call.direction), textOrNull(call.fromNumber),
                            textOrNull(call.toNumber), textOrNull(started),
                            call.durationSec >= 0 ? QVariant(call.durationSec) : QVariant(),
                            stars > 0 ? QVariant(stars) : QVariant(), meta,
                            category.isEmpty() ? QStringLiteral("unreviewed") : category, manual ? 1 : 0,
                            textOrNull(summary), textOrNull(call.callerName), textOrNull(call.transcript),
                            textOrNull(call.transcriptUrl), textOrNull(call.recordingUrl), textOrNull(call.source),
                            firstFromNumber ? QVariant(1) : QVariant(),
                            firstFromNumber ? QVariant(QStringLiteral("new")) : QVariant(),
                            hasNote ? QVariant(call.remoteNotes) : QVariant()});
            newCalls.append({&call, category, summary});
        } else {
            update.addBindValue(textOrNull(call.direction));
            update.addBindValue(textOrNull(call.fromNumber));
            update.addBindValue(textOrNull(call.toNumber));
            update.addBindValue(textOrNull(started));
            update.addBindValue(call.durationSec >= 0 ? QVariant(call.durationSec) : QVariant());
            update.addBindValue(stars > 0 ? QVariant(stars) : QVariant());
            update.addBindValue(meta);
            update.addBindValue(category);
            update.addBindValue(manual ? 1 : 0);
            update.addBindValue(classified ? textOrNull(summary) : QVariant());
            update.addBindValue(textOrNull(call.callerName));
            update.addBindValue(textOrNull(call.transcript));
            update.addBindValue(textOrNull(call.transcriptUrl));
            update.addBindValue(textOrNull(call.recordingUrl));
            update.addBindValue(textOrNull(call.source));
            update.addBindValue(call.callId);
            sql::exec(update, context);
            ++result.updated;
            if (!existing.fromNumber.isEmpty() && existing.fromNumber != call.fromNumber)
                renumber.insert(existing.fromNumber);
            syncRemoteNote(db, clientId, call, context);
        }
        if (!call.fromNumber.isEmpty() && !firstFromNumber
            && (!existing.found || existing.startedAt != started || existing.fromNumber != call.fromNumber))
            renumber.insert(call.fromNumber);
    }

    // New calls' CTM notes go in first, so the notes trigger finds no call row to touch: the
    // rows below carry notes_text themselves and reach the search index once.
    insertRemoteNotes(db, clientId, newCalls, context);
    // New calls go in many to a statement: the search index's trigger makes SQLite open a
    // statement savepoint, and FTS5 writes an index segment at every one.
    if (!m_rowInserter)
        m_rowInserter = std::make_shared<sql::MultiRowInserter>(QStringLiteral("INSERT"), QStringLiteral("call_logs"),
                                                                kCallColumns);
    m_rowInserter->insert(db, newRows, context);
    result.inserted = int(newCalls.size());
    result.unchanged = int(calls.size()) - result.inserted - result.updated;
    tagCalls(db, clientId, written, context);
    announceNewCalls(m_database, clientId, newCalls, &result, context);
    queueRenumbering(db, clientId, renumber, context);
    saveCursor(db, after, clientId, context);

    transaction.commit();
    return result;
}

void prepareForImport(IncomingCall &call)
{
    call.digest = digestOf(call);
    call.metaJson = metaFor(call, call.digest);
}

int CallImportRepository::renumberQueued(const QString &clientId)
{
    const QString context = tr("Numbering repeat callers");
    QSqlDatabase db = m_database.connection();
    // After a long pull this rewrites every call of its numbers: with the default 2 MB page
    // cache that would spill to the WAL over and over.
    QSqlQuery cacheQuery = sql::run(db, QStringLiteral("PRAGMA cache_size"), {}, context);
    const qint64 cacheSize = cacheQuery.next() ? cacheQuery.value(0).toLongLong() : -2000;
    sql::run(db, QStringLiteral("PRAGMA cache_size = -65536"), {}, context);
    const auto restoreCache = qScopeGuard([&db, cacheSize] {
        QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
    });
    Transaction transaction(db);
    // Every call of a queued number, in time order, whatever order the calls arrived in; a
    // number that belongs to an active client makes a returning customer.
    QSqlQuery update = sql::run(db, QStringLiteral(
        "UPDATE call_logs SET call_sequence = r.seq, caller_type = r.kind FROM ("
        "  SELECT c.rowid AS rid, row_number() OVER w AS seq,"
        "    CASE WHEN c.active_client_id IS NOT NULL OR EXISTS (SELECT 1 FROM active_clients a"
        "           WHERE a.owner_user_id = c.owner_user_id AND a.client_phone = c.from_number AND a.status = 'active')"
        "         THEN 'returning_customer'"
        "         WHEN row_number() OVER w = 1 THEN 'new' ELSE 'repeat' END AS kind"
        "  FROM call_logs c WHERE c.owner_user_id = ?"
        "    AND c.from_number IN (SELECT from_number FROM call_renumber_queue WHERE owner_user_id = ?)"
        "  WINDOW w AS (PARTITION BY c.from_number ORDER BY c.started_at, c.call_id)) r "
        "WHERE call_logs.rowid = r.rid AND (call_logs.call_sequence IS NOT r.seq OR call_logs.caller_type IS NOT r.kind)"),
        {clientId, clientId}, context);
    const int changed = update.numRowsAffected();
    sql::run(db, QStringLiteral("DELETE FROM call_renumber_queue WHERE owner_user_id = ?"), {clientId}, context);
    transaction.commit();
    return changed;
}

QString CallImportRepository::lastSuccessfulPull() const
{
    QSqlQuery query(m_database.connection());
    sql::prepare(query, QStringLiteral("SELECT max(last_success_at) FROM sync_cursors WHERE source = ?"));
    query.addBindValue(kSource);
    sql::exec(query, tr("Reading where the last CallTrackingMetrics sync stopped"));
    return query.next() ? query.value(0).toString() : QString();
}

QList<CallImportRepository::StoredCall> CallImportRepository::callsToClassify(const QString &clientId, qint64 afterRowId,
                                                                             int limit) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    sql::prepare(query, kStoredCallColumns + QStringLiteral(
        "FROM call_logs WHERE rowid > ? AND category_manual = 0 AND (coalesce(?, '') = '' OR owner_user_id = ?) "
        "ORDER BY rowid LIMIT ?"));
    query.addBindValue(afterRowId);
    query.addBindValue(clientId);
    query.addBindValue(clientId);
    query.addBindValue(limit);
    sql::exec(query, tr("Reading calls to classify"));
    return readStoredCalls(query);
}

QList<CallImportRepository::StoredCall> CallImportRepository::callsToClassify(const QStringList &callIds) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    sql::prepare(query, kStoredCallColumns + QStringLiteral(
        "FROM call_logs WHERE call_id IN (SELECT value FROM json_each(?)) AND category_manual = 0 ORDER BY rowid"));
    query.addBindValue(sql::jsonArray(callIds));
    sql::exec(query, tr("Reading calls to classify"));
    return readStoredCalls(query);
}

qint64 CallImportRepository::countToClassify(const QString &clientId) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    sql::prepare(query, QStringLiteral("SELECT count(*) FROM call_logs WHERE category_manual = 0 "
                                       "AND (coalesce(?, '') = '' OR owner_user_id = ?)"));
    query.addBindValue(clientId);
    query.addBindValue(clientId);
    sql::exec(query, tr("Counting calls to classify"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

int CallImportRepository::saveCategories(const QList<QPair<QString, CallCategory>> &categories)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery update(db);
    sql::prepare(update, QStringLiteral(
        "UPDATE call_logs SET category = ?, classification_summary = ? WHERE call_id = ? AND category_manual = 0 "
        "AND (category IS NOT ? OR classification_summary IS NOT ?)"));
    int changed = 0;
    for (const auto &[callId, verdict] : categories) {
        update.addBindValue(verdict.category);
        update.addBindValue(textOrNull(verdict.summary));
        update.addBindValue(callId);
        update.addBindValue(verdict.category);
        update.addBindValue(textOrNull(verdict.summary));
        sql::exec(update, tr("Saving call categories"));
        changed += update.numRowsAffected() > 0 ? 1 : 0;
    }
    transaction.commit();
    return changed;
}

} // namespace anchor::storage
