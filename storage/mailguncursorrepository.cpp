#include "mailguncursorrepository.h"

#include "sqlhelpers.h"
#include "storageerror.h"
#include "timestamps.h"

#include <QSqlQuery>

namespace anchor::storage {

MailgunCursorRepository::MailgunCursorRepository(Database database)
    : m_database(std::move(database))
{
}

// The agency's scope is '' in sync_cursors; ifnull() maps a null QString (bound as NULL) to it.
MailgunCursor MailgunCursorRepository::read(const QString &source, const QString &scopeId) const
{
    QSqlQuery query = sql::run(m_database.connection(),
                               QStringLiteral("SELECT coalesce(cursor_value, ''), coalesce(page_token, ''), "
                                              "coalesce(last_attempt_at, ''), coalesce(last_success_at, ''), "
                                              "coalesce(last_error, '') FROM sync_cursors WHERE source = ? AND scope_id = ifnull(?, '')"),
                               {source, scopeId}, tr("Reading where the last Mailgun sync stopped"));
    MailgunCursor cursor;
    if (query.next()) {
        cursor.cursorValue = query.value(0).toString();
        cursor.pageToken = query.value(1).toString();
        cursor.lastAttemptAt = query.value(2).toString();
        cursor.lastSuccessAt = query.value(3).toString();
        cursor.lastError = query.value(4).toString();
    }
    return cursor;
}

void MailgunCursorRepository::save(const QString &source, const QString &scopeId, const QString &cursorValue,
                                   const QString &pageToken, bool finished)
{
    save(m_database.connection(), source, scopeId, cursorValue, pageToken, finished);
}

void MailgunCursorRepository::save(const QSqlDatabase &db, const QString &source, const QString &scopeId,
                                   const QString &cursorValue, const QString &pageToken, bool finished)
{
    const QString now = nowDbTimestamp();
    // A finished pull clears the error; an unfinished page keeps the last success as it was.
    sql::run(db, QStringLiteral(
                 "INSERT INTO sync_cursors (source, scope_id, cursor_value, page_token, last_attempt_at, last_success_at, "
                 "last_error) VALUES (?, ifnull(?, ''), ?, ?, ?, ?, NULL) "
                 "ON CONFLICT (source, scope_id) DO UPDATE SET cursor_value = excluded.cursor_value, "
                 "page_token = excluded.page_token, last_attempt_at = excluded.last_attempt_at, "
                 "last_success_at = coalesce(excluded.last_success_at, sync_cursors.last_success_at), "
                 "last_error = CASE WHEN excluded.last_success_at IS NULL THEN sync_cursors.last_error END, "
                 "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"),
             {source, scopeId, sql::textOrNull(cursorValue), sql::textOrNull(pageToken), now,
              finished ? QVariant(now) : QVariant()},
             tr("Saving where the Mailgun sync stopped"));
}

void MailgunCursorRepository::recordError(const QString &source, const QString &scopeId, const QString &error)
{
    sql::run(m_database.connection(),
             QStringLiteral("INSERT INTO sync_cursors (source, scope_id, last_attempt_at, last_error) VALUES (?, ifnull(?, ''), ?, ?) "
                            "ON CONFLICT (source, scope_id) DO UPDATE SET last_attempt_at = excluded.last_attempt_at, "
                            "last_error = excluded.last_error, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"),
             {source, scopeId, nowDbTimestamp(), error}, tr("Recording a failed Mailgun sync"));
}

} // namespace anchor::storage
