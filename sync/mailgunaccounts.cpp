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
    readMailgunKeyFor(loading->store, connection.scopeId, [loading, connection](const QString &key, const QString &error) {
        if (!error.isEmpty() && loading->error.isEmpty())
            loading->error = error;
        loading->accounts.insert(connection.scopeId, MailgunAccount{connection, key});
        readNext(loading);
    });
}

} // namespace

void readMailgunKeyFor(CredentialStore *store, const QString &scopeId, MailgunKeyDone done)
{
    const QString fromEnvironment = CredentialStore::mailgunKeyFromEnvironment();
    if (!fromEnvironment.isEmpty() || !store) {
        done(fromEnvironment, {});
        return;
    }
    store->readMailgunKey(scopeId, [store, scopeId, done = std::move(done)](const QString &key, const QString &error) {
        if (!key.isEmpty() || !error.isEmpty() || scopeId.isEmpty()) {
            done(key, error);
            return;
        }
        store->readMailgunKey({}, done);
    });
}

void loadMailgunAccounts(const QList<storage::MailgunConnection> &connections, CredentialStore *store, AccountsDone done)
{
    auto loading = std::make_shared<Loading>();
    loading->pending = connections;
    loading->store = store;
    loading->done = std::move(done);
    readNext(loading);
}

} // namespace anchor::sync
