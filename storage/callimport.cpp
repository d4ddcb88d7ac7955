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
#include <QSqlQuery>

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
    QSqlDatabase db = m_database.connection();
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
}

void CallImportRepository::endPull()
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 1000"));
    pragma.exec(QStringLiteral("PRAGMA cache_size = -2000"));
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

    QSqlQuery lookup(db);
    sql::prepare(lookup, QStringLiteral("SELECT category, category_manual, coalesce(score, 0), "
                                        "json_extract(meta, '$.ctm_digest'), from_number, started_at "
                                        "FROM call_logs WHERE call_id = ?"));
    QSqlQuery pending(db);
    sql::prepare(pending, QStringLiteral("SELECT 1 FROM sync_outbox WHERE entity_key = ? AND operation = 'ctm_set_rating' "
                                         "AND status IN ('pending', 'in_flight')"));
    QSqlQuery insert(db);
    sql::prepare(insert, QStringLiteral(
        "INSERT INTO call_logs (owner_user_id, call_id, direction, from_number, to_number, started_at, duration_sec, "
        "score, meta, category, category_manual, classification_summary, caller_name, transcript, transcript_url, "
        "recording_url, source, call_sequence, caller_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "CASE WHEN ? THEN 1 END, CASE WHEN ? THEN 'new' END)"));
    // The first call from a number is call 1 of a new caller (unless the number is an active
    // client's): no renumbering needed.
    QSqlQuery knownNumber(db);
    sql::prepare(knownNumber, QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM call_logs WHERE owner_user_id = ? AND from_number = ?) "
        "OR EXISTS (SELECT 1 FROM active_clients WHERE owner_user_id = ? AND client_phone = ?)"));
    QSqlQuery update(db);
    sql::prepare(update, QStringLiteral(
        "UPDATE call_logs SET direction = ?, from_number = ?, to_number = ?, started_at = ?, "
        "duration_sec = coalesce(?, duration_sec), score = ?, meta = json_patch(coalesce(meta, '{}'), ?), category = ?, "
        "category_manual = ?, classification_summary = ?, caller_name = ?, transcript = ?, transcript_url = ?, "
        "recording_url = ?, source = ? WHERE call_id = ?"));
    QSqlQuery findTag(db);
    sql::prepare(findTag, QStringLiteral("SELECT id FROM lead_tags WHERE owner_user_id = ? AND name = ? COLLATE NOCASE"));
    QSqlQuery createTag(db);
    sql::prepare(createTag, QStringLiteral("INSERT INTO lead_tags (id, owner_user_id, name, color) VALUES (?, ?, ?, ?)"));
    QSqlQuery tagCall(db);
    sql::prepare(tagCall, QStringLiteral("INSERT OR IGNORE INTO call_log_tags (call_id, tag_id) VALUES (?, ?)"));
    QSqlQuery findNote(db);
    sql::prepare(findNote, QStringLiteral("SELECT id, body FROM lead_notes WHERE call_id = ? "
                                          "AND json_extract(metadata, '$.source') = 'ctm'"));
    QSqlQuery insertNote(db);
    sql::prepare(insertNote, QStringLiteral("INSERT INTO lead_notes (id, owner_user_id, call_id, note_type, body, metadata) "
                                            "VALUES (?, ?, ?, 'call', ?, json_object('source', 'ctm'))"));
    QSqlQuery updateNote(db);
    sql::prepare(updateNote, QStringLiteral("UPDATE lead_notes SET body = ? WHERE id = ?"));

    // New very good and needs-attention leads notify the desktop's staff user (seed 000).
    QSqlQuery notify(db);
    sql::prepare(notify, QStringLiteral(
        "INSERT INTO notifications (user_id, title, body, link_url, meta) "
        "SELECT json_extract(s.value, '$'), ?, ?, ?, json_object('call_id', ?, 'category', ?, 'client_id', ?) "
        "FROM app_settings s JOIN users u ON u.id = json_extract(s.value, '$') WHERE s.key = 'local_user_id'"));

    // New voicemail and needs-attention calls become tasks when the client's setting says so
    // (one settings read per page; nothing more when it is off, so the import stays as fast).
    LeadTaskRepository leadTasks(m_database);
    const LeadTaskSettings taskSettings = leadTasks.settings(clientId);
    QString taskAuthor;
    if (taskSettings.enabled()) {
        QSqlQuery author = sql::run(db, QStringLiteral("SELECT u.id FROM app_settings s JOIN users u ON u.id = json_extract(s.value, '$') "
                                                       "WHERE s.key = 'local_user_id'"),
                                    {}, context);
        if (author.next())
            taskAuthor = author.value(0).toString();
    }

    QHash<QString, QString> tagIds;   // lower-case name -> id, for this page
    QSet<QString> renumber;           // numbers whose call sequence may have changed
    QSet<QString> seen;
    for (const IncomingCall &call : calls) {
        if (call.callId.isEmpty() || seen.contains(call.callId))
            continue;   // a page repeating a call: the first copy counts
        seen.insert(call.callId);
        const QString digest = digestOf(call);
        lookup.addBindValue(call.callId);
        sql::exec(lookup, context);
        Existing existing;
        if (lookup.next()) {
            existing.found = true;
            existing.category = lookup.value(0).toString();
            existing.categoryManual = lookup.value(1).toInt() != 0;
            existing.stars = lookup.value(2).toInt();
            existing.digest = lookup.value(3).toString();
            existing.fromNumber = lookup.value(4).toString();
            existing.startedAt = lookup.value(5).toString();
        }
        lookup.finish();
        if (existing.found && existing.digest == digest)
            continue;   // nothing changed at CTM since the last pull

        // Stars: a rating still waiting in the outbox wins; otherwise CTM's rating, when the
        // record carries one, overwrites the local one (DESIGN.md, CTM push).
        int stars = existing.stars;
        bool localPending = false;
        if (existing.found) {
            pending.addBindValue(call.callId);
            sql::exec(pending, context);
            localPending = pending.next();
            pending.finish();
        }
        if (localPending)
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
                const CallCategory verdict = classify(call);
                category = verdict.category;
                summary = verdict.summary;
                classified = true;
            }
        }

        const QString started = toDbTimestamp(call.startedAt);
        const QString meta = metaFor(call, digest);
        bool firstFromNumber = false;
        if (!existing.found && !call.fromNumber.isEmpty()) {
            for (int i = 0; i < 2; ++i) {
                knownNumber.addBindValue(clientId);
                knownNumber.addBindValue(call.fromNumber);
            }
            sql::exec(knownNumber, context);
            firstFromNumber = knownNumber.next() && knownNumber.value(0).toInt() == 0;
            knownNumber.finish();
        }
        if (!existing.found) {
            insert.addBindValue(clientId);
            insert.addBindValue(call.callId);
            insert.addBindValue(textOrNull(call.direction));
            insert.addBindValue(textOrNull(call.fromNumber));
            insert.addBindValue(textOrNull(call.toNumber));
            insert.addBindValue(textOrNull(started));
            insert.addBindValue(call.durationSec >= 0 ? QVariant(call.durationSec) : QVariant());
            insert.addBindValue(stars > 0 ? QVariant(stars) : QVariant());
            insert.addBindValue(meta);
            insert.addBindValue(category.isEmpty() ? QStringLiteral("unreviewed") : category);
            insert.addBindValue(manual ? 1 : 0);
            insert.addBindValue(textOrNull(summary));
            insert.addBindValue(textOrNull(call.callerName));
            insert.addBindValue(textOrNull(call.transcript));
            insert.addBindValue(textOrNull(call.transcriptUrl));
            insert.addBindValue(textOrNull(call.recordingUrl));
            insert.addBindValue(textOrNull(call.source));
            insert.addBindValue(firstFromNumber ? 1 : 0);
            insert.addBindValue(firstFromNumber ? 1 : 0);
            sql::exec(insert, context);
            ++result.inserted;
            result.insertedCallIds.append(call.callId);
            if (category == QLatin1String("very_good") || category == QLatin1String("needs_attention")) {
                result.attentionCallIds.append(call.callId);
                const QString caller = call.callerName.isEmpty() ? call.fromNumber : call.callerName;
                notify.addBindValue(category == QLatin1String("very_good") ? tr("New very good lead: %1").arg(caller)
                                                                           : tr("Lead needs attention: %1").arg(caller));
                notify.addBindValue(textOrNull(summary));
                notify.addBindValue(QString(QStringLiteral("anchor://lead/") + call.callId));
                notify.addBindValue(call.callId);
                notify.addBindValue(category);
                notify.addBindValue(clientId);
                sql::exec(notify, context);
            }
            if (taskSettings.wants(category)) {
                const QString taskId = leadTasks.createForNewCall(
                    taskSettings, call.callId, category, call.callerName.isEmpty() ? call.fromNumber : call.callerName,
                    summary.isEmpty() ? call.remoteSummary : summary, taskAuthor);
                if (!taskId.isEmpty())
                    result.createdTaskIds.append(taskId);
            }
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
        }
        if (!call.fromNumber.isEmpty() && !firstFromNumber
            && (!existing.found || existing.startedAt != started || existing.fromNumber != call.fromNumber))
            renumber.insert(call.fromNumber);

        // CTM tags become the client's lead tags (added, never removed: local tags live there too).
        for (const QString &rawName : call.tags) {
            const QString name = rawName.trimmed().left(60);
            if (name.isEmpty())
                continue;
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
            tagCall.addBindValue(call.callId);
            tagCall.addBindValue(tagId);
            sql::exec(tagCall, context);
        }

        // CTM's notes field is one lead note of type "call", kept equal to CTM's text.
        if (!call.remoteNotes.trimmed().isEmpty()) {
            findNote.addBindValue(call.callId);
            sql::exec(findNote, context);
            if (findNote.next()) {
                const QString noteId = findNote.value(0).toString();
                const bool same = findNote.value(1).toString() == call.remoteNotes;
                findNote.finish();
                if (!same) {
                    updateNote.addBindValue(call.remoteNotes);
                    updateNote.addBindValue(noteId);
                    sql::exec(updateNote, context);
                }
            } else {
                findNote.finish();
                insertNote.addBindValue(newId());
                insertNote.addBindValue(clientId);
                insertNote.addBindValue(call.callId);
                insertNote.addBindValue(call.remoteNotes);
                sql::exec(insertNote, context);
            }
        }
    }

    // Repeat callers: number every call of a touched number in time order, whatever order the
    // calls arrived in; a number that belongs to an active client makes a returning customer.
    QSqlQuery sequence(db);
    sql::prepare(sequence, QStringLiteral(
        "UPDATE call_logs SET call_sequence = r.seq, caller_type = r.kind FROM ("
        "  SELECT c.rowid AS rid, row_number() OVER (ORDER BY c.started_at, c.call_id) AS seq,"
        "    CASE WHEN c.active_client_id IS NOT NULL OR EXISTS (SELECT 1 FROM active_clients a"
        "           WHERE a.owner_user_id = c.owner_user_id AND a.client_phone = c.from_number AND a.status = 'active')"
        "         THEN 'returning_customer'"
        "         WHEN row_number() OVER (ORDER BY c.started_at, c.call_id) = 1 THEN 'new' ELSE 'repeat' END AS kind"
        "  FROM call_logs c WHERE c.owner_user_id = ? AND c.from_number = ?) r "
        "WHERE call_logs.rowid = r.rid AND (call_logs.call_sequence IS NOT r.seq OR call_logs.caller_type IS NOT r.kind)"));
    for (const QString &number : std::as_const(renumber)) {
        sequence.addBindValue(clientId);
        sequence.addBindValue(number);
        sql::exec(sequence, context);
    }

    QJsonObject token;
    if (!after.resumeUrl.isEmpty()) {
        token.insert(QStringLiteral("url"), after.resumeUrl);
        token.insert(QStringLiteral("newest"), double(after.runNewestUnixTime));
    }
    const bool finished = after.resumeUrl.isEmpty();
    QSqlQuery cursor(db);
    sql::prepare(cursor, QStringLiteral(
        "INSERT INTO sync_cursors (source, scope_id, cursor_value, page_token, last_attempt_at, last_success_at, last_error) "
        "VALUES (?, ?, ?, ?, ?, ?, NULL) "
        "ON CONFLICT (source, scope_id) DO UPDATE SET cursor_value = excluded.cursor_value, "
        "page_token = excluded.page_token, last_attempt_at = excluded.last_attempt_at, "
        "last_success_at = coalesce(excluded.last_success_at, last_success_at), last_error = NULL, "
        "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"));
    const QString now = nowDbTimestamp();
    cursor.addBindValue(kSource);
    cursor.addBindValue(clientId);
    cursor.addBindValue(QString::number(after.newestUnixTime));
    cursor.addBindValue(token.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(QJsonDocument(token).toJson(QJsonDocument::Compact))));
    cursor.addBindValue(now);
    cursor.addBindValue(finished ? QVariant(now) : QVariant());
    sql::exec(cursor, context);

    transaction.commit();
    return result;
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
    query.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(callIds)).toJson(QJsonDocument::Compact)));
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
