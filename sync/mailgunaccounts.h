#pragma once

#include "credentialstore.h"
#include "mailgunsync.h"

#include <emailtypes.h>

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace anchor::sync {

// The API key a sending scope uses: ANCHOR_MAILGUN_API_KEY when set (headless runs; never
// stored), else the scope's keychain entry, else, for a client scope without its own key, the
// agency's (as a client without its own settings sends with the agency's). The agency is not
// tried after a keychain error: `error` then says what went wrong. `done` runs once, on
// `store`'s thread (at once when the environment decides or `store` is null).
using MailgunKeyDone = std::function<void(const QString &key, const QString &error)>;
void readMailgunKeyFor(CredentialStore *store, const QString &scopeId, MailgunKeyDone done);

// The Mailgun accounts the jobs send and pull with: each configured connection (from
// MailgunSettingsRepository::list()) with the key readMailgunKeyFor() gives its scope. A scope
// without any key is still listed, with an empty key: the send job then stops it with a message
// saying where to enter one, and its queue waits. `done` runs once, on `store`'s thread, with
// the first keychain error (empty when none).
using AccountsDone = std::function<void(const QHash<QString, MailgunAccount> &accounts, const QString &error)>;
void loadMailgunAccounts(const QList<storage::MailgunConnection> &connections, CredentialStore *store, AccountsDone done);

} // namespace anchor::sync
