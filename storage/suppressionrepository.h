#pragma once

#include "database.h"
#include "emailtypes.h"
#include "mailguncursorrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace anchor::storage {

// One row of the suppression list (unsubscribes).
struct Suppression
{
    QString id;
    QString clientId;    // empty: agency-wide
    QString email;
    QString kind;        // unsubscribe, bounce, complaint, manual
    QString reason;
    QString campaignId;
    QDateTime createdAt;
};

// unsubscribes: addresses never mailed again, by one client (client_id) or by anyone (NULL, the
// '' scope). The send queue and startSending() consult it.
class SuppressionRepository
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::SuppressionRepository)

public:
    explicit SuppressionRepository(Database database);

    // Adds entries from Mailgun's lists for the scope; an address already listed is kept as it
    // is. One transaction. Returns how many were added.
    int import(const QString &scopeId, const QList<SuppressionEntry> &entries);
    // The same, storing the scope's mailgun_suppressions cursor in the same transaction.
    int import(const QString &scopeId, const QList<SuppressionEntry> &entries, const MailgunCursor &after,
               bool finished);
    // A manual entry; validates the address. Returns false when it was already listed.
    bool add(const QString &scopeId, const QString &email, const QString &reason);
    // Returns whether a row was removed.
    bool remove(const QString &scopeId, const QString &email);
    // Whether the client (or anyone, agency-wide) may not mail the address.
    bool isSuppressed(const QString &clientId, const QString &email) const;
    // The scope's rows, newest first, filtered by a part of the address (empty: all).
    QList<Suppression> list(const QString &scopeId, const QString &search, int offset, int limit) const;
    int count(const QString &scopeId, const QString &search) const;

private:
    Database m_database;
};

} // namespace anchor::storage
