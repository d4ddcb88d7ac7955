#include "suppressionrepository.h"

#include "emailcontent.h"
#include "sqlhelpers.h"
#include "storageerror.h"
#include "timestamps.h"
#include "transaction.h"

#include <QSqlQuery>

namespace anchor::storage {

namespace {

// The scope's client_id condition: '' is the agency (NULL); a null QString binds NULL.
const QString kScopeMatches = QStringLiteral("ifnull(client_id, '') = ifnull(?, '')");


QString likePattern(const QString &search)
{
    QString escaped = search.trimmed();
    escaped.replace(u'\\', QLatin1String("\\\\")).replace(u'%', QLatin1String("\\%")).replace(u'_', QLatin1String("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace

SuppressionRepository::SuppressionRepository(Database database)
    : m_database(std::move(database))
{
}

int SuppressionRepository::import(const QString &scopeId, const QList<SuppressionEntry> &entries)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery insert(db);
    // The unique index on (ifnull(client_id, ''), email) makes a repeated import a no-op.
    sql::prepare(insert, QStringLiteral("INSERT OR IGNORE INTO unsubscribes (id, client_id, email, kind, reason, created_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?)"));
    int added = 0;
    const QString now = nowDbTimestamp();
    for (const SuppressionEntry &entry : entries) {
        const QString address = entry.address.trimmed().toLower();
        if (address.isEmpty())
            continue;
        QString kind = entry.kind;
        if (kind != QLatin1String("bounce") && kind != QLatin1String("complaint") && kind != QLatin1String("unsubscribe"))
            kind = QStringLiteral("manual");
        insert.addBindValue(newId());
        insert.addBindValue(sql::textOrNull(scopeId));
        insert.addBindValue(address);
        insert.addBindValue(kind);
        insert.addBindValue(sql::textOrNull(entry.reason));
        insert.addBindValue(entry.createdAt.isValid() ? toDbTimestamp(entry.createdAt) : now);
        sql::exec(insert, tr("Importing Mailgun's suppression lists"));
        added += insert.numRowsAffected() > 0 ? 1 : 0;
    }
    transaction.commit();
    return added;
}

int SuppressionRepository::import(const QString &scopeId, const QList<SuppressionEntry> &entries,
                                  const MailgunCursor &after, bool finished)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const int added = import(scopeId, entries);
    MailgunCursorRepository::save(db, MailgunCursorRepository::kSuppressionsSource, scopeId, after.cursorValue,
                                  after.pageToken, finished);
    transaction.commit();
    return added;
}

bool SuppressionRepository::add(const QString &scopeId, const QString &email, const QString &reason)
{
    const QString address = email.trimmed().toLower();
    if (!email::isValidAddress(address))
        throw StorageError(StorageError::Kind::Constraint, tr("\"%1\" is not a valid email address.").arg(email.trimmed()));
    QSqlQuery query = sql::run(m_database.connection(),
                               QStringLiteral("INSERT OR IGNORE INTO unsubscribes (id, client_id, email, kind, reason) "
                                              "VALUES (?, ?, ?, 'manual', ?)"),
                               {newId(), sql::textOrNull(scopeId), address, sql::textOrNull(reason.trimmed())},
                               tr("Adding an address to the suppression list"));
    return query.numRowsAffected() > 0;
}

bool SuppressionRepository::remove(const QString &scopeId, const QString &email)
{
    QSqlQuery query = sql::run(m_database.connection(),
                               QStringLiteral("DELETE FROM unsubscribes WHERE ") + kScopeMatches + QStringLiteral(" AND email = ?"),
                               {scopeId, email.trimmed()}, tr("Removing an address from the suppression list"));
    return query.numRowsAffected() > 0;
}

bool SuppressionRepository::isSuppressed(const QString &clientId, const QString &email) const
{
    QSqlQuery query = sql::run(m_database.connection(),
                               QStringLiteral("SELECT 1 FROM unsubscribes WHERE email = ? AND (client_id IS NULL OR client_id = ?) "
                                              "LIMIT 1"),
                               {email.trimmed(), clientId}, tr("Checking the suppression list"));
    return query.next();
}

QList<Suppression> SuppressionRepository::list(const QString &scopeId, const QString &search, int offset, int limit) const
{
    QSqlQuery query = sql::run(
        m_database.connection(),
        QStringLiteral("SELECT id, coalesce(client_id, ''), email, kind, coalesce(reason, ''), coalesce(campaign_id, ''), "
                       "created_at FROM unsubscribes WHERE ") + kScopeMatches +
            QStringLiteral(" AND email LIKE ? ESCAPE '\\' ORDER BY created_at DESC, email LIMIT ? OFFSET ?"),
        {scopeId, likePattern(search), limit, offset}, tr("Loading the suppression list"));
    QList<Suppression> rows;
    while (query.next()) {
        rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                     fromDbTimestamp(query.value(6).toString())});
    }
    return rows;
}

int SuppressionRepository::count(const QString &scopeId, const QString &search) const
{
    QSqlQuery query = sql::run(m_database.connection(),
                               QStringLiteral("SELECT count(*) FROM unsubscribes WHERE ") + kScopeMatches +
                                   QStringLiteral(" AND email LIKE ? ESCAPE '\\'"),
                               {scopeId, likePattern(search)}, tr("Loading the suppression list"));
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace anchor::storage
