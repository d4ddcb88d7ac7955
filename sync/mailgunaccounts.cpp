#include "mailgunaccounts.h"

#include <memory>

namespace anchor::sync {

namespace {

struct Loading
{
    QList<storage::MailgunConnection> pending;
    QHash<QString, MailgunAccount> accounts;
    QString error;
    CredentialStore *store = nullptr;
    AccountsDone done;
};

// One keychain read at a time: the Secret Service serialises them anyway.
void readNext(const std::shared_ptr<Loading> &loading)
{
    if (loading->pending.isEmpty()) {
        loading->done(loading->accounts, loading->error);
        return;
    }
    const storage::MailgunConnection connection = loading->pending.takeFirst();
    loading->store->readMailgunKey(connection.scopeId, [loading, connection](const QString &key, const QString &error) {
        if (!error.isEmpty() && loading->error.isEmpty())
            loading->error = error;
        loading->accounts.insert(connection.scopeId, MailgunAccount{connection, key});
        readNext(loading);
    });
}

} // namespace

void loadMailgunAccounts(const QList<storage::MailgunConnection> &connections, CredentialStore *store, AccountsDone done)
{
    const QString fromEnvironment = CredentialStore::mailgunKeyFromEnvironment();
    if (!fromEnvironment.isEmpty() || !store) {
        QHash<QString, MailgunAccount> accounts;
        for (const storage::MailgunConnection &connection : connections)
            accounts.insert(connection.scopeId, MailgunAccount{connection, fromEnvironment});
        done(accounts, {});
        return;
    }
    auto loading = std::make_shared<Loading>();
    loading->pending = connections;
    loading->store = store;
    loading->done = std::move(done);
    readNext(loading);
}

} // namespace anchor::sync
