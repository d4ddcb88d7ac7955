#include "callrepository.h"

#include "sqlhelpers.h"
#include "storageerror.h"
#include "timestamps.h"
#include "transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace anchor::storage {

namespace {

// Column list of a lead row; readRow() reads them by these positions.
const QString kSelect = QStringLiteral(
    "SELECT c.rowid, c.id, c.call_id, c.started_at, c.caller_name, c.from_number, c.to_number, "
    "c.owner_user_id, (SELECT d.name FROM client_directory d WHERE d.id = c.owner_user_id), "
    "c.category, c.category_manual, c.score, c.duration_sec, c.caller_type, c.call_sequence, "
    "(SELECT json_group_array(json_array(t.id, t.name, t.color)) FROM call_log_tags ct "
    "   JOIN lead_tags t ON t.id = ct.tag_id WHERE ct.call_id = c.call_id), "
    "c.pipeline_stage_id, "
    "(SELECT s.name FROM lead_pipeline_stages s WHERE s.id = c.pipeline_stage_id), "
    "(SELECT s.color FROM lead_pipeline_stages s WHERE s.id = c.pipeline_stage_id), "
    "c.source, c.direction, c.classification_summary "
    "FROM call_logs c");

// The push of a rating to CTM, for calls of clients that sync with CTM. A newer pending rating of
// the same call replaces the older one (one pending rating per call).
const QString kEnqueueRating = QStringLiteral(
    "INSERT INTO sync_outbox (target, operation, client_id, entity_key, payload) "
    "SELECT 'ctm', 'ctm_set_rating', c.owner_user_id, c.call_id, json_object('score', ?) "
    "FROM call_logs c JOIN client_profiles p ON p.user_id = c.owner_user_id "
    "WHERE c.call_id = ? AND coalesce(p.ctm_account_number, '') <> '' "
    "ON CONFLICT (entity_key) WHERE status = 'pending' AND operation = 'ctm_set_rating' "
    "DO UPDATE SET payload = excluded.payload, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");

LeadRow readRow(const QSqlQuery &q)
{
    LeadRow row;
    row.rowId = q.value(0).toLongLong();
    row.id = q.value(1).toString();
    row.callId = q.value(2).toString();
    row.startedAt = fromDbTimestamp(q.value(3).toString());
    row.callerName = q.value(4).toString();
    row.fromNumber = q.value(5).toString();
    row.toNumber = q.value(6).toString();
    row.clientId = q.value(7).toString();
    row.clientName = q.value(8).toString();
    row.category = q.value(9).toString();
    row.categoryManual = q.value(10).toInt() != 0;
    row.stars = q.value(11).toInt();
    row.durationSec = q.value(12).toInt();
    row.callerType = q.value(13).toString();
    row.callSequence = q.value(14).toInt();
    const QJsonArray tags = QJsonDocument::fromJson(q.value(15).toString().toUtf8()).array();
    for (const QJsonValue &tag : tags) {
        const QJsonArray t = tag.toArray();
        row.tags.append({t.at(0).toString(), t.at(1).toString(), t.at(2).toString()});
    }
    row.stageId = q.value(16).toString();
    row.stageName = q.value(17).toString();
    row.stageColor = q.value(18).toString();
    row.source = q.value(19).toString();
    row.direction = q.value(20).toString();
    row.summary = q.value(21).toString();
    return row;
}

// The ORDER BY keys for a column. Sorts other than by date break ties newest first, in the
// order the matching index holds them, and the rowid makes the order total for paging.
QString orderBy(const LeadSort &sort)
{
    const QString dir = sort.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString primary;
    bool thenByDate = true;
    switch (sort.column) {
    case LeadColumn::StartedAt: primary = QStringLiteral("c.started_at"); thenByDate = false; break;
    case LeadColumn::CallerName: primary = QStringLiteral("c.caller_name COLLATE NOCASE"); thenByDate = false; break;
    case LeadColumn::Number: primary = QStringLiteral("c.from_number"); break;
    case LeadColumn::Client:
        primary = QStringLiteral("(SELECT d.name FROM client_directory d WHERE d.id = c.owner_user_id) COLLATE NOCASE");
        break;
    case LeadColumn::Category: primary = QStringLiteral("c.category"); break;
    case LeadColumn::Stars: primary = QStringLiteral("c.score"); break;
    case LeadColumn::Duration: primary = QStringLiteral("c.duration_sec"); thenByDate = false; break;
    case LeadColumn::CallerType: primary = QStringLiteral("c.caller_type"); break;
    case LeadColumn::Tags:
        primary = QStringLiteral("(SELECT min(t.name) FROM call_log_tags ct JOIN lead_tags t ON t.id = ct.tag_id "
                                 "WHERE ct.call_id = c.call_id) COLLATE NOCASE");
        break;
    case LeadColumn::Stage:
        primary = QStringLiteral("(SELECT s.position FROM lead_pipeline_stages s WHERE s.id = c.pipeline_stage_id)");
        break;
    case LeadColumn::Source: primary = QStringLiteral("c.source"); break;
    case LeadColumn::Count: primary = QStringLiteral("c.started_at"); break;
    }
    QString clause = QStringLiteral(" ORDER BY ") + primary + dir;
    if (thenByDate)
        clause += QStringLiteral(", c.started_at") + dir;
    return clause + QStringLiteral(", c.rowid") + dir;
}

QString placeholders(qsizetype n)
{
    return QStringList(n, QStringLiteral("?")).join(u',');
}

// How a text search joins the list. Few matches: look them up by rowid and sort them. Many
// matches: walk the sort column's index and keep the rows that match, stopping at the page's end.
enum class SearchPlan { ByMatches, BySortIndex };

// WHERE clause with positional placeholders; values go to `binds` in the same order.
QString whereClause(const LeadFilter &filter, QVariantList &binds, SearchPlan plan = SearchPlan::ByMatches)
{
    QStringList conditions;
    auto inList = [&](const QString &column, const QStringList &values) {
        if (values.isEmpty())
            return;
        for (const QString &value : values)
            binds.append(value);
        conditions.append(column + QStringLiteral(" IN (") + placeholders(values.size()) + u')');
    };

    const QString match = ftsMatchExpression(filter.text);
    if (!match.isEmpty()) {
        conditions.append(plan == SearchPlan::BySortIndex
                              ? QStringLiteral("+c.rowid IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?)")
                              : QStringLiteral("c.rowid IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?)"));
        binds.append(match);
    }
    inList(QStringLiteral("c.owner_user_id"), filter.clientIds);
    inList(QStringLiteral("c.category"), filter.categories);
    inList(QStringLiteral("c.caller_type"), filter.callerTypes);
    // An empty stage id stands for "no stage" (the board's first column).
    if (!filter.stageIds.isEmpty()) {
        QStringList ids = filter.stageIds;
        const bool none = ids.removeAll(QString()) > 0;
        QStringList parts;
        if (none)
            parts.append(QStringLiteral("c.pipeline_stage_id IS NULL"));
        if (!ids.isEmpty()) {
            for (const QString &id : ids)
                binds.append(id);
            parts.append(QStringLiteral("c.pipeline_stage_id IN (") + placeholders(ids.size()) + u')');
        }
        conditions.append(u'(' + parts.join(QStringLiteral(" OR ")) + u')');
    }
    inList(QStringLiteral("c.source"), filter.sources);
    if (!filter.tagIds.isEmpty()) {
        for (const QString &tag : filter.tagIds)
            binds.append(tag);
        conditions.append(QStringLiteral("EXISTS (SELECT 1 FROM call_log_tags ct WHERE ct.call_id = c.call_id "
                                         "AND ct.tag_id IN (") + placeholders(filter.tagIds.size()) + QStringLiteral("))"));
    }
    if (filter.minStars > 0) {
        conditions.append(QStringLiteral("c.score >= ?"));
        binds.append(filter.minStars);
    }
    if (filter.maxStars > 0) {
        conditions.append(QStringLiteral("c.score <= ?"));
        binds.append(filter.maxStars);
    }
    if (filter.from.isValid()) {
        conditions.append(QStringLiteral("c.started_at >= ?"));
        binds.append(toDbTimestamp(filter.from));
    }
    if (filter.to.isValid()) {
        conditions.append(QStringLiteral("c.started_at < ?"));
        binds.append(toDbTimestamp(filter.to));
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

void bindAll(QSqlQuery &query, const QVariantList &binds)
{
    for (const QVariant &value : binds)
        query.addBindValue(value);
}

} // namespace

CallRepository::CallRepository(Database database)
    : m_database(std::move(database))
{
}

bool CallRepository::searchWalksSortIndex(const LeadPageRequest &request) const
{
    const QStringList words = ftsSearchTokens(request.filter.text);
    if (words.isEmpty())
        return false;
    // Estimated matches: the fewest leads holding any one searched prefix, read from the index's
    // vocabulary (a few B-tree steps), not by counting matches.
    QSqlQuery vocabulary(m_database.connection());
    sql::prepare(vocabulary, QStringLiteral("SELECT coalesce(sum(doc), 0) FROM leads_fts_vocab WHERE term >= ? AND term < ?"));
    double matches = -1;
    for (const QString &word : words) {
        vocabulary.addBindValue(word);
        vocabulary.addBindValue(QString(word + QChar(0xffff)));
        sql::exec(vocabulary, tr("Searching leads"));
        const double holding = vocabulary.next() ? vocabulary.value(0).toDouble() : 0;
        vocabulary.finish();
        matches = matches < 0 ? holding : qMin(matches, holding);
    }
    QSqlQuery size(m_database.connection());
    sql::prepare(size, QStringLiteral("SELECT coalesce(max(rowid), 0) FROM call_logs"));   // about the call count
    sql::exec(size, tr("Searching leads"));
    const double calls = size.next() ? size.value(0).toDouble() : 0;
    const double wanted = double(request.limit + request.offset);
    // Sorting m matches costs about m * 4 us; walking the index until the page is full costs
    // about wanted * calls / m * 0.065 us (measured on a million calls): equal at m^2 * 62.
    return matches * matches * 62.0 > wanted * calls;
}

QList<LeadRow> CallRepository::page(const LeadPageRequest &request) const
{
    QVariantList binds;
    const QString statement = kSelect + whereClause(request.filter, binds,
                                                          searchWalksSortIndex(request) ? SearchPlan::BySortIndex
                                                                                        : SearchPlan::ByMatches) + orderBy(request.sort)
                              + QStringLiteral(" LIMIT ? OFFSET ?");
    binds << request.limit << request.offset;

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    sql::prepare(query, statement);
    bindAll(query, binds);
    sql::exec(query, tr("Loading leads"));
    QList<LeadRow> rows;
    rows.reserve(request.limit);
    while (query.next())
        rows.append(readRow(query));
    return rows;
}

qint64 CallRepository::count(const LeadFilter &filter) const
{
    QVariantList binds;
    const QString statement = QStringLiteral("SELECT count(*) FROM call_logs c") + whereClause(filter, binds);
    QSqlQuery query(m_database.connection());
    sql::prepare(query, statement);
    bindAll(query, binds);
    sql::exec(query, tr("Counting leads"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 CallRepository::forEach(const LeadFilter &filter, const LeadSort &sort,
                               const std::function<bool(const LeadRow &)> &visitor) const
{
    QVariantList binds;
    const QString statement = kSelect + whereClause(filter, binds) + orderBy(sort);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    sql::prepare(query, statement);
    bindAll(query, binds);
    sql::exec(query, tr("Reading leads"));
    qint64 visited = 0;
    while (query.next()) {
        ++visited;
        if (!visitor(readRow(query)))
            break;
    }
    return visited;
}

std::optional<LeadRow> CallRepository::findByCallId(const QString &callId) const
{
    QSqlQuery query(m_database.connection());
    sql::prepare(query, kSelect + QStringLiteral(" WHERE c.call_id = ?"));
    query.addBindValue(callId);
    sql::exec(query, tr("Loading a lead"));
    if (!query.next())
        return std::nullopt;
    return readRow(query);
}

QList<LeadRow> CallRepository::findByCallIds(const QStringList &callIds) const
{
    QList<LeadRow> rows;
    // In chunks, under SQLite's limit on bound values.
    for (qsizetype start = 0; start < callIds.size(); start += 500) {
        const QStringList chunk = callIds.mid(start, 500);
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        sql::prepare(query, kSelect + QStringLiteral(" WHERE c.call_id IN (") + placeholders(chunk.size()) + u')');
        for (const QString &id : chunk)
            query.addBindValue(id);
        sql::exec(query, tr("Loading leads"));
        while (query.next())
            rows.append(readRow(query));
    }
    return rows;
}

std::optional<LeadDetail> CallRepository::detail(const QString &callId) const
{
    QSqlQuery query(m_database.connection());
    sql::prepare(query, QStringLiteral("SELECT c.transcript, c.transcript_url, c.recording_url, c.active_client_id, "
                                       "coalesce(p.ctm_account_number, '') <> '' "
                                       "FROM call_logs c LEFT JOIN client_profiles p ON p.user_id = c.owner_user_id "
                                       "WHERE c.call_id = ?"));
    query.addBindValue(callId);
    sql::exec(query, tr("Loading a lead"));
    if (!query.next())
        return std::nullopt;
    LeadDetail detail;
    detail.transcript = query.value(0).toString();
    detail.transcriptUrl = query.value(1).toString();
    detail.recordingUrl = query.value(2).toString();
    detail.activeClientId = query.value(3).toString();
    detail.syncsWithCtm = query.value(4).toBool();
    query.finish();
    const auto row = findByCallId(callId);
    if (!row)
        return std::nullopt;
    detail.row = *row;
    return detail;
}

QList<CallHistoryEntry> CallRepository::history(const QString &clientId, const QString &fromNumber, int limit) const
{
    QList<CallHistoryEntry> entries;
    if (fromNumber.isEmpty())
        return entries;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    sql::prepare(query, QStringLiteral("SELECT call_id, started_at, category, score, duration_sec, direction "
                                       "FROM call_logs WHERE owner_user_id = ? AND from_number = ? "
                                       "ORDER BY started_at DESC, rowid DESC LIMIT ?"));
    query.addBindValue(clientId);
    query.addBindValue(fromNumber);
    query.addBindValue(limit);
    sql::exec(query, tr("Loading the call history"));
    while (query.next()) {
        entries.append({query.value(0).toString(), fromDbTimestamp(query.value(1).toString()),
                        query.value(2).toString(), query.value(3).toInt(), query.value(4).toInt(),
                        query.value(5).toString()});
    }
    return entries;
}

QStringList CallRepository::sources() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // Walks the (source, started_at) index one distinct value at a time.
    sql::prepare(query, QStringLiteral("SELECT DISTINCT source FROM call_logs WHERE source IS NOT NULL ORDER BY source"));
    sql::exec(query, tr("Loading lead sources"));
    QStringList sources;
    while (query.next())
        sources.append(query.value(0).toString());
    return sources;
}

QList<LeadState> CallRepository::states(const QStringList &callIds) const
{
    QList<LeadState> result;
    QSqlQuery query(m_database.connection());
    sql::prepare(query, QStringLiteral("SELECT call_id, score, category, category_manual, pipeline_stage_id "
                                       "FROM call_logs WHERE call_id = ?"));
    for (const QString &callId : callIds) {
        query.addBindValue(callId);
        sql::exec(query, tr("Loading leads"));
        if (query.next()) {
            result.append({query.value(0).toString(), query.value(1).toInt(), query.value(2).toString(),
                           query.value(3).toInt() != 0, query.value(4).toString()});
        }
        query.finish();
    }
    return result;
}

void CallRepository::restore(const QList<LeadState> &states)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery before(db);
    sql::prepare(before, QStringLiteral("SELECT score FROM call_logs WHERE call_id = ?"));
    QSqlQuery update(db);
    // A stage deleted since the snapshot restores as "no stage" instead of failing the undo.
    sql::prepare(update, QStringLiteral("UPDATE call_logs SET score = ?, category = ?, category_manual = ?, "
                                        "pipeline_stage_id = (SELECT id FROM lead_pipeline_stages WHERE id = ?) "
                                        "WHERE call_id = ?"));
    QSqlQuery enqueue(db);
    sql::prepare(enqueue, kEnqueueRating);
    for (const LeadState &state : states) {
        before.addBindValue(state.callId);
        sql::exec(before, tr("Restoring a lead"));
        const int previousStars = before.next() ? before.value(0).toInt() : 0;
        before.finish();

        update.addBindValue(state.stars > 0 ? QVariant(state.stars) : QVariant());
        update.addBindValue(state.category);
        update.addBindValue(state.categoryManual ? 1 : 0);
        update.addBindValue(state.stageId.isEmpty() ? QVariant() : QVariant(state.stageId));
        update.addBindValue(state.callId);
        sql::exec(update, tr("Restoring a lead"));

        if (previousStars == state.stars)
            continue;
        // Restoring "no rating" queues a score of 0 (CTM: unrated), since the rating being
        // undone may already have reached CTM.
        enqueue.addBindValue(state.stars);
        enqueue.addBindValue(state.callId);
        sql::exec(enqueue, tr("Queueing the rating for CallTrackingMetrics"));
    }
    transaction.commit();
}

void CallRepository::setStars(const QStringList &callIds, int stars)
{
    if (stars < 1 || stars > 5)
        throw StorageError(StorageError::Kind::Constraint, tr("A rating is 1 to 5 stars, not %1.").arg(stars));
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);

    QSqlQuery update(db);
    sql::prepare(update, stars == 5
                             ? QStringLiteral("UPDATE call_logs SET score = ?, category = 'converted', "
                                              "category_manual = 1 WHERE call_id = ?")
                             : QStringLiteral("UPDATE call_logs SET score = ? WHERE call_id = ?"));
    update.addBindValue(QVariantList(callIds.size(), stars));
    update.addBindValue(QVariantList(callIds.begin(), callIds.end()));
    sql::execBatch(update, tr("Saving the rating"));

    // The push to CTM waits in the outbox; a newer pending rating of the same call replaces it.
    QSqlQuery enqueue(db);
    sql::prepare(enqueue, kEnqueueRating);
    enqueue.addBindValue(QVariantList(callIds.size(), stars));
    enqueue.addBindValue(QVariantList(callIds.begin(), callIds.end()));
    sql::execBatch(enqueue, tr("Queueing the rating for CallTrackingMetrics"));
    transaction.commit();
}

void CallRepository::setCategory(const QStringList &callIds, const QString &categoryValue)
{
    if (!LeadVocabulary::isCategory(categoryValue))
        throw StorageError(StorageError::Kind::Constraint, tr("\"%1\" is not a lead category.").arg(categoryValue));
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery update(db);
    sql::prepare(update, QStringLiteral("UPDATE call_logs SET category = ?, category_manual = 1 WHERE call_id = ?"));
    update.addBindValue(QVariantList(callIds.size(), categoryValue));
    update.addBindValue(QVariantList(callIds.begin(), callIds.end()));
    sql::execBatch(update, tr("Saving the category"));
    transaction.commit();
}

void CallRepository::setStage(const QStringList &callIds, const QString &stageId)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery update(db);
    sql::prepare(update, QStringLiteral("UPDATE call_logs SET pipeline_stage_id = ? WHERE call_id = ?"));
    update.addBindValue(QVariantList(callIds.size(), stageId.isEmpty() ? QVariant() : QVariant(stageId)));
    update.addBindValue(QVariantList(callIds.begin(), callIds.end()));
    sql::execBatch(update, tr("Saving the pipeline stage"));
    transaction.commit();
}

} // namespace anchor::storage
