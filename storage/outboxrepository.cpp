#include "outboxrepository.h"

#include "sqlhelpers.h"
#include "storageerror.h"
#include "timestamps.h"
#include "transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace anchor::storage {

namespace {

// An in-flight rating a newer pending edit of the same call replaces: done, as superseded.
// `scope` narrows which in-flight rows are looked at.
QString supersedeRatings(const QString &scope)
{
    return QStringLiteral(
        "UPDATE sync_outbox SET status = 'done', last_error = 'superseded' WHERE %1 AND operation = 'ctm_set_rating' "
        "AND EXISTS (SELECT 1 FROM sync_outbox p WHERE p.entity_key = sync_outbox.entity_key AND p.status = 'pending' "
        "AND p.operation = 'ctm_set_rating')").arg(scope);
}

} // namespace

OutboxRepository::OutboxRepository(Database database)
    : m_database(std::move(database))
{
}

void OutboxRepository::recoverInFlight(const QString &target)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery superseded(db);
    sql::prepare(superseded, supersedeRatings(QStringLiteral("target = ? AND status = 'in_flight'")));
    superseded.addBindValue(target);
    sql::exec(superseded, tr("Recovering the outbox"));
    QSqlQuery back(db);
    sql::prepare(back, QStringLiteral("UPDATE sync_outbox SET status = 'pending' WHERE target = ? AND status = 'in_flight'"));
    back.addBindValue(target);
    sql::exec(back, tr("Recovering the outbox"));
    transaction.commit();
}

QList<OutboxItem> OutboxRepository::takeDue(const QString &target, int limit)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    sql::prepare(query, QStringLiteral(
        "SELECT id, operation, coalesce(client_id, ''), entity_key, payload, attempts FROM sync_outbox "
        "WHERE target = ? AND status = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ?) "
        "ORDER BY id LIMIT ?"));
    query.addBindValue(target);
    query.addBindValue(nowDbTimestamp());
    query.addBindValue(limit);
    sql::exec(query, tr("Reading the outbox"));
    QList<OutboxItem> items;
    while (query.next()) {
        items.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(), QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object(),
                      query.value(5).toInt()});
    }
    QSqlQuery mark(db);
    sql::prepare(mark, QStringLiteral("UPDATE sync_outbox SET status = 'in_flight', "
                                      "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"));
    for (const OutboxItem &item : std::as_const(items)) {
        mark.addBindValue(item.id);
        sql::exec(mark, tr("Reading the outbox"));
    }
    transaction.commit();
    return items;
}

void OutboxRepository::markDone(qint64 id)
{
    QSqlQuery query(m_database.connection());
    sql::prepare(query, QStringLiteral("UPDATE sync_outbox SET status = 'done', attempts = attempts + 1, last_error = NULL, "
                                       "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"));
    query.addBindValue(id);
    sql::exec(query, tr("Updating the outbox"));
}

void OutboxRepository::markRetry(qint64 id, const QDateTime &nextAttempt, const QString &error)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    // A newer edit of the same call queued meanwhile replaces this one.
    QSqlQuery superseded(db);
    sql::prepare(superseded, supersedeRatings(QStringLiteral("id = ?")));
    superseded.addBindValue(id);
    sql::exec(superseded, tr("Updating the outbox"));
    QSqlQuery query(db);
    sql::prepare(query, QStringLiteral("UPDATE sync_outbox SET status = 'pending', attempts = attempts + 1, "
                                       "next_attempt_at = ?, last_error = ?, "
                                       "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND status = 'in_flight'"));
    query.addBindValue(toDbTimestamp(nextAttempt));
    query.addBindValue(error);
    query.addBindValue(id);
    sql::exec(query, tr("Updating the outbox"));
    transaction.commit();
}

void OutboxRepository::markFailed(qint64 id, const QString &error)
{
    QSqlQuery query(m_database.connection());
    sql::prepare(query, QStringLiteral("UPDATE sync_outbox SET status = 'failed', attempts = attempts + 1, last_error = ?, "
                                       "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"));
    query.addBindValue(error);
    query.addBindValue(id);
    sql::exec(query, tr("Updating the outbox"));
}

int OutboxRepository::countWithStatus(const QString &target, const QStringList &statuses) const
{
    QSqlQuery query(m_database.connection());
    sql::prepare(query, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE target = ? "
                                       "AND status IN (SELECT value FROM json_each(?))"));
    query.addBindValue(target);
    query.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(statuses)).toJson(QJsonDocument::Compact)));
    sql::exec(query, tr("Reading the outbox"));
    return query.next() ? query.value(0).toInt() : 0;
}

int OutboxRepository::pendingCount(const QString &target) const
{
    return countWithStatus(target, {QStringLiteral("pending"), QStringLiteral("in_flight")});
}

int OutboxRepository::failedCount(const QString &target) const
{
    return countWithStatus(target, {QStringLiteral("failed")});
}

void OutboxRepository::enqueueCtmNote(const QString &callId, const QString &text)
{
    QSqlQuery query(m_database.connection());
    sql::prepare(query, QStringLiteral(
        "INSERT INTO sync_outbox (target, operation, client_id, entity_key, payload) "
        "SELECT 'ctm', 'ctm_add_note', c.owner_user_id, c.call_id, json_object('comments', ?) "
        "FROM call_logs c JOIN client_profiles p ON p.user_id = c.owner_user_id "
        "WHERE c.call_id = ? AND coalesce(p.ctm_account_number, '') <> ''"));
    query.addBindValue(text);
    query.addBindValue(callId);
    sql::exec(query, tr("Queueing the note for CallTrackingMetrics"));
    if (query.numRowsAffected() == 0)
        throw StorageError(StorageError::Kind::Constraint,
                           tr("The call %1 does not belong to a client that syncs with CallTrackingMetrics.").arg(callId));
}

} // namespace anchor::storage
