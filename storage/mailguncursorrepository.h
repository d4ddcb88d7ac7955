#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace anchor::storage {

// Where the next Mailgun pull of one scope starts (sync_cursors, the same shape as the CTM cursor).
struct MailgunCursor
{
    QString cursorValue;     // epoch seconds as text: events older than this were all seen
    QString pageToken;       // the `paging.next` URL of an unfinished pull, verbatim; empty when none
    QString lastAttemptAt;   // database timestamps, empty when never
    QString lastSuccessAt;
    QString lastError;

    bool operator==(const MailgunCursor &) const = default;
};

// sync_cursors rows for the sources mailgun_events and mailgun_suppressions, one per scope
// ('' = the agency). Each method is one statement, so it may run inside a caller's Transaction
// (EmailEventRepository::apply stores the cursor with the page it applied).
class MailgunCursorRepository
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::MailgunCursorRepository)

public:
    static inline const QString kEventsSource = QStringLiteral("mailgun_events");
    static inline const QString kSuppressionsSource = QStringLiteral("mailgun_suppressions");

    explicit MailgunCursorRepository(Database database);

    // An empty cursor when the scope was never pulled.
    MailgunCursor read(const QString &source, const QString &scopeId) const;
    // Stores the position; `finished` also sets last_success_at and clears last_error.
    void save(const QString &source, const QString &scopeId, const QString &cursorValue, const QString &pageToken,
              bool finished);
    // Keeps the position, records when and why the pull failed.
    void recordError(const QString &source, const QString &scopeId, const QString &error);

    // The same writes on a given connection, for callers already in a transaction.
    static void save(const QSqlDatabase &db, const QString &source, const QString &scopeId, const QString &cursorValue,
                     const QString &pageToken, bool finished);

private:
    Database m_database;
};

} // namespace anchor::storage
