#pragma once

#include "credentialstore.h"
#include "mailgunsync.h"

#include <emailtypes.h>

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace anchor::sync {

// The Mailgun accounts the jobs send and pull with: each configured connection (from
// MailgunSettingsRepository::list()) with its API key. ANCHOR_MAILGUN_API_KEY, when set, is the
// key of every scope (headless runs); otherwise each scope's keychain entry. A scope without a
// key is still listed, with an empty key: the send job then stops it with a message saying
// where to enter one, and its queue waits. `done` runs once, on `store`'s thread, with the
// first keychain error (empty when none).
using AccountsDone = std::function<void(const QHash<QString, MailgunAccount> &accounts, const QString &error)>;
void loadMailgunAccounts(const QList<storage::MailgunConnection> &connections, CredentialStore *store, AccountsDone done);

} // namespace anchor::sync
