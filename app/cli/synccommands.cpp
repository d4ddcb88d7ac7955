// anchorctl's client and CallTrackingMetrics commands: clients add/list, ctm configure/test,
// sync ctm, sync outbox, leads reclassify.
#include "commandline.h"
#include "waitfor.h"

#include <clientrepository.h>
#include <credentialstore.h>
#include <ctmsync.h>
#include <leadclassification.h>
#include <llmclassifier.h>
#include <networkservice.h>
#include <outboxrepository.h>
#include <storageerror.h>

#include <timestamps.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace anchor::cli {

using storage::StorageError;

sync::CtmKeys CommandLine::ctmKeysFor(const QString &clientId)
{
    const sync::CtmKeys fromEnvironment = sync::CredentialStore::ctmKeysFromEnvironment();
    if (fromEnvironment.isComplete())
        return fromEnvironment;
    sync::CredentialStore store;
    sync::CtmKeys keys;
    QString error;
    waitFor([&](auto finished) {
        store.readCtmKeys(clientId, [&, finished](const sync::CtmKeys &read, const QString &problem) {
            keys = read;
            error = problem;
            finished();
        });
    });
    if (!error.isEmpty())
        throw StorageError(StorageError::Kind::CannotOpen,
                           tr("%1\nSet ANCHOR_CTM_ACCESS_KEY and ANCHOR_CTM_SECRET_KEY to run without the keychain.")
                               .arg(error));
    return keys;
}

int CommandLine::runClientsAdd()
{
    requireOnly({QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("subtype"), QStringLiteral("email"),
                 QStringLiteral("phone")});
    const QString name = m_parser.value(QStringLiteral("name")).trimmed();
    if (name.isEmpty())
        throw UsageError{tr("\"clients add\" needs --name.")};
    const QString type = m_parser.isSet(QStringLiteral("type")) ? m_parser.value(QStringLiteral("type")) : QStringLiteral("other");
    if (!QStringList{QStringLiteral("medical"), QStringLiteral("home_service"), QStringLiteral("food_service"),
                     QStringLiteral("other")}.contains(type))
        throw UsageError{tr("--type must be medical, home_service, food_service or other.")};
    storage::NewClient client;
    client.businessName = name;
    client.clientType = type;
    client.clientSubtype = m_parser.value(QStringLiteral("subtype"));
    client.email = m_parser.isSet(QStringLiteral("email")) ? m_parser.value(QStringLiteral("email"))
                                                          : QStringLiteral("%1@clients.invalid").arg(storage::newId());
    client.mainNumber = m_parser.value(QStringLiteral("phone"));
    const storage::Database database = openDatabase(true);
    const QString id = storage::ClientRepository(database).create(client);
    m_out << id << Qt::endl;
    finishOutput();
    return 0;
}

int CommandLine::runClientsList()
{
    requireOnly({QStringLiteral("format")});
    const QString format = parseFormat();
    const storage::Database database = openDatabase(false);
    const QList<storage::Client> clients = storage::ClientRepository(database).list();
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const storage::Client &client : clients)
            array.append(QJsonObject{{QStringLiteral("id"), client.id}, {QStringLiteral("name"), client.name},
                                     {QStringLiteral("type"), client.clientType},
                                     {QStringLiteral("subtype"), client.clientSubtype},
                                     {QStringLiteral("ctm_account"), client.ctmAccountNumber}});
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        const QString separator = format == QLatin1String("csv") ? QStringLiteral(",") : QStringLiteral("  ");
        for (const storage::Client &client : clients)
            m_out << client.id << separator << client.name << separator << client.clientType << separator
                  << (client.ctmAccountNumber.isEmpty() ? QStringLiteral("-") : client.ctmAccountNumber) << Qt::endl;
    }
    finishOutput();
    return 0;
}

int CommandLine::runCtmConfigure()
{
    requireOnly({QStringLiteral("client"), QStringLiteral("account"), QStringLiteral("base-url"),
                 QStringLiteral("ca-cert"), QStringLiteral("keys-from-stdin")});
    if (!m_parser.isSet(QStringLiteral("client")) || !m_parser.isSet(QStringLiteral("account")))
        throw UsageError{tr("\"ctm configure\" needs --client and --account.")};
    storage::CtmConnection connection;
    connection.accountId = m_parser.value(QStringLiteral("account")).trimmed();
    connection.baseUrl = m_parser.value(QStringLiteral("base-url")).trimmed();
    if (!connection.baseUrl.isEmpty() && !QUrl(connection.baseUrl).scheme().startsWith(QLatin1String("https")))
        throw UsageError{tr("--base-url must be an https:// address.")};
    if (m_parser.isSet(QStringLiteral("ca-cert"))) {
        const QFileInfo file(m_parser.value(QStringLiteral("ca-cert")));
        if (!file.isReadable())
            throw UsageError{tr("The CA certificate file %1 cannot be read.").arg(file.filePath())};
        connection.caCertificateFile = file.absoluteFilePath();
    }
    const storage::Database database = openDatabase(false);
    const storage::Client client = storage::ClientRepository(database).resolve(m_parser.value(QStringLiteral("client")));
    storage::ClientRepository(database).setCtmConnection(client.id, connection);

    if (m_parser.isSet(QStringLiteral("keys-from-stdin"))) {
        const sync::CtmKeys keys = readKeysFromStdin();
        sync::CredentialStore store;
        QString error;
        waitFor([&](auto finished) {
            store.writeCtmKeys(client.id, keys, [&, finished](const QString &problem) {
                error = problem;
                finished();
            });
        });
        if (!error.isEmpty()) {
            m_err << tr("anchorctl: %1").arg(error) << Qt::endl;
            return 1;
        }
        m_out << tr("Keys stored in the system keychain.") << Qt::endl;
    }
    m_out << tr("%1 syncs with CallTrackingMetrics account %2.").arg(client.name, connection.accountId) << Qt::endl;
    finishOutput();
    return 0;
}

sync::CtmKeys CommandLine::readKeysFromStdin()
{
    // Two lines, access key then secret key: callers pipe them so they appear neither in the
    // process list nor in the shell history.
    QTextStream in(stdin);
    const sync::CtmKeys keys{in.readLine().trimmed(), in.readLine().trimmed()};
    if (!keys.isComplete())
        throw UsageError{tr("--keys-from-stdin expects two lines: the access key, then the secret key.")};
    return keys;
}

int CommandLine::runCtmTest()
{
    requireOnly({QStringLiteral("client"), QStringLiteral("account"), QStringLiteral("base-url"),
                 QStringLiteral("ca-cert"), QStringLiteral("keys-from-stdin"), QStringLiteral("format")});
    if (!m_parser.isSet(QStringLiteral("client")))
        throw UsageError{tr("\"ctm test\" needs --client.")};
    const QString format = parseFormat();
    const storage::Database database = openDatabase(false);
    const storage::Client client = storage::ClientRepository(database).resolve(m_parser.value(QStringLiteral("client")));
    // Settings given on the command line override the stored ones: the settings dialog tests
    // what the user typed before saving it.
    storage::CtmConnection connection = storage::ClientRepository(database).ctmConnection(client.id);
    if (m_parser.isSet(QStringLiteral("account")))
        connection.accountId = m_parser.value(QStringLiteral("account")).trimmed();
    if (m_parser.isSet(QStringLiteral("base-url")))
        connection.baseUrl = m_parser.value(QStringLiteral("base-url")).trimmed();
    if (m_parser.isSet(QStringLiteral("ca-cert")))
        connection.caCertificateFile = m_parser.value(QStringLiteral("ca-cert")).trimmed();
    const sync::CtmKeys keys = m_parser.isSet(QStringLiteral("keys-from-stdin")) ? readKeysFromStdin() : ctmKeysFor(client.id);
    sync::NetworkService network;
    network.setRetryPolicy(sync::RetryPolicy({2, std::chrono::milliseconds(500), std::chrono::seconds(5)}));
    sync::CtmAccountsQuery query(&network, connection, keys);
    QList<sync::CtmAccountsQuery::Account> accounts;
    QString error;
    waitFor([&](auto finished) {
        QObject::connect(&query, &sync::CtmAccountsQuery::finished, &query,
                         [&, finished](const QList<sync::CtmAccountsQuery::Account> &found, const QString &problem) {
                             accounts = found;
                             error = problem;
                             finished();
                         });
        query.start();
    });
    bool found = false;
    for (const auto &account : std::as_const(accounts))
        found = found || account.id == connection.accountId;
    QString problem = error;
    if (problem.isEmpty() && !connection.accountId.isEmpty() && !found)
        problem = tr("the keys do not reach account %1 set for %2.").arg(connection.accountId, client.name);

    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const auto &account : std::as_const(accounts))
            list.append(QJsonObject{{QStringLiteral("id"), account.id}, {QStringLiteral("name"), account.name}});
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), problem.isEmpty()},
                                           {QStringLiteral("error"), problem},
                                           {QStringLiteral("accounts"), list}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    } else if (error.isEmpty()) {
        m_out << tr("Connected: the keys reach %n account(s).", nullptr, int(accounts.size())) << Qt::endl;
        for (const auto &account : std::as_const(accounts))
            m_out << (account.id == connection.accountId ? QStringLiteral("* ") : QStringLiteral("  ")) << account.id
                  << QStringLiteral("  ") << account.name << Qt::endl;
    }
    finishOutput();
    if (!problem.isEmpty()) {
        m_err << tr("anchorctl: %1").arg(problem) << Qt::endl;
        return 1;
    }
    return 0;
}

void CommandLine::emitEvent(const QJsonObject &event)
{
    // One JSON object per line on stdout: what the desktop app reads while it runs a sync.
    m_out << QJsonDocument(event).toJson(QJsonDocument::Compact) << Qt::endl;
}

int CommandLine::runSyncCtm()
{
    requireOnly({QStringLiteral("client"), QStringLiteral("json-events")});
    const bool events = m_parser.isSet(QStringLiteral("json-events"));
    const storage::Database database = openDatabase(false);
    storage::ClientRepository clients(database);
    QList<storage::Client> targets;
    if (m_parser.isSet(QStringLiteral("client"))) {
        for (const QString &name : m_parser.values(QStringLiteral("client")))
            targets.append(clients.resolve(name));
    } else {
        for (const storage::Client &client : clients.list())
            if (!client.ctmAccountNumber.isEmpty())
                targets.append(client);
    }
    if (targets.isEmpty()) {
        m_err << tr("anchorctl: no client is set up for CallTrackingMetrics (see \"anchorctl ctm configure\").")
              << Qt::endl;
        return 1;
    }

    sync::NetworkService network;
    int failures = 0;
    int inserted = 0;
    int updated = 0;
    int skipped = 0;
    for (const storage::Client &client : std::as_const(targets)) {
        const storage::CtmConnection connection = clients.ctmConnection(client.id);
        sync::CtmPullJob job(database, &network, client.id, connection, ctmKeysFor(client.id), &sync::classifyOffline);
        QObject::connect(&job, &sync::CtmPullJob::progress, &job,
                         [this, events, client](const QString &, int pages, int totalPages, int calls) {
                             if (events)
                                 emitEvent({{QStringLiteral("event"), QStringLiteral("progress")},
                                            {QStringLiteral("client"), client.id},
                                            {QStringLiteral("name"), client.name},
                                            {QStringLiteral("pages"), pages},
                                            {QStringLiteral("total_pages"), qMax(pages, totalPages)},
                                            {QStringLiteral("calls"), calls}});
                             m_err << tr("%1: page %2 of %3, %4 calls").arg(client.name).arg(pages).arg(qMax(pages, totalPages)).arg(calls)
                                   << Qt::endl;
                         });
        if (events)
            emitEvent({{QStringLiteral("event"), QStringLiteral("client_started")}, {QStringLiteral("client"), client.id},
                       {QStringLiteral("name"), client.name}});
        waitFor([&](auto finished) {
            QObject::connect(&job, &sync::CtmPullJob::finished, &job, [finished] { finished(); });
            job.start();
        });
        const sync::CtmPullSummary &summary = job.summary();
        if (!summary.insertedCallIds.isEmpty()) {
            const QString problem = classifyWithLlm(database, client.id, summary.insertedCallIds);
            if (!problem.isEmpty())
                m_err << tr("%1: the AI classifier: %2 (the offline categories stay)").arg(client.name, problem) << Qt::endl;
        }
        inserted += summary.inserted;
        updated += summary.updated;
        skipped += int(summary.skipped.size());
        for (const QString &reason : summary.skipped)
            m_err << tr("%1: skipped %2").arg(client.name, reason) << Qt::endl;
        if (!summary.ok) {
            ++failures;
            m_err << tr("anchorctl: %1: %2").arg(client.name, summary.error) << Qt::endl;
        }
        if (events)
            emitEvent({{QStringLiteral("event"), QStringLiteral("client_finished")},
                       {QStringLiteral("client"), client.id},
                       {QStringLiteral("name"), client.name},
                       {QStringLiteral("ok"), summary.ok},
                       {QStringLiteral("error"), summary.error},
                       {QStringLiteral("offline"), summary.networkDown},
                       {QStringLiteral("inserted"), summary.inserted},
                       {QStringLiteral("updated"), summary.updated},
                       {QStringLiteral("skipped"), int(summary.skipped.size())},
                       {QStringLiteral("attention"), QJsonArray::fromStringList(summary.attentionCallIds)}});
    }
    m_out << tr("CallTrackingMetrics: %1 client(s) synced, %2 failed; %3 new calls, %4 updated, %5 skipped.")
                 .arg(targets.size() - failures)
                 .arg(failures)
                 .arg(inserted)
                 .arg(updated)
                 .arg(skipped)
          << Qt::endl;
    finishOutput();
    return failures == 0 && skipped == 0 ? 0 : 1;
}

int CommandLine::runSyncOutbox()
{
    requireOnly({QStringLiteral("json-events")});
    const storage::Database database = openDatabase(false);
    storage::ClientRepository clients(database);
    QHash<QString, sync::CtmOutboxJob::Account> accounts;
    for (const storage::Client &client : clients.list()) {
        if (client.ctmAccountNumber.isEmpty())
            continue;
        accounts.insert(client.id, {clients.ctmConnection(client.id), ctmKeysFor(client.id)});
    }
    sync::NetworkService network;
    sync::CtmOutboxJob job(database, &network, accounts);
    waitFor([&](auto finished) {
        QObject::connect(&job, &sync::CtmOutboxJob::finished, &job, [finished] { finished(); });
        job.start();
    });
    const sync::OutboxSummary &summary = job.summary();
    if (m_parser.isSet(QStringLiteral("json-events")))
        emitEvent({{QStringLiteral("event"), QStringLiteral("outbox_finished")},
                   {QStringLiteral("sent"), summary.sent},
                   {QStringLiteral("failed"), summary.failed},
                   {QStringLiteral("deferred"), summary.deferred},
                   {QStringLiteral("error"), summary.error},
                   {QStringLiteral("offline"), summary.networkDown}});
    if (!summary.error.isEmpty())
        m_err << tr("anchorctl: %1").arg(summary.error) << Qt::endl;
    m_out << tr("Outbox: %1 sent, %2 refused, %3 waiting to retry; %4 still pending.")
                 .arg(summary.sent)
                 .arg(summary.failed)
                 .arg(summary.deferred)
                 .arg(storage::OutboxRepository(database).pendingCount(QStringLiteral("ctm")))
          << Qt::endl;
    finishOutput();
    return summary.ok() ? 0 : 1;
}

QString CommandLine::classifyWithLlm(const storage::Database &database, const QString &clientId, const QStringList &callIds)
{
    const storage::LlmSettings settings = storage::SettingsRepository(database).llmSettings();
    if (!settings.enabled)
        return {};
    QString key = sync::CredentialStore::llmKeyFromEnvironment();
    QString error;
    if (key.isEmpty()) {
        sync::CredentialStore store;
        waitFor([&](auto finished) {
            store.readLlmKey([&, finished](const QString &stored, const QString &problem) {
                key = stored;
                error = problem;
                finished();
            });
        });
    }
    if (key.isEmpty())
        return error.isEmpty() ? tr("no API key is stored (anchorctl llm configure --key-from-stdin)") : error;
    sync::NetworkService network;
    sync::LlmClassifyJob job(database, &network, settings, key, clientId, callIds);
    waitFor([&](auto finished) {
        QObject::connect(&job, &sync::LlmClassifyJob::finished, &job, [finished] { finished(); });
        job.start();
    });
    return job.summary().kept > 0 ? job.summary().error : QString();
}

int CommandLine::runLlmConfigure()
{
    requireOnly({QStringLiteral("url"), QStringLiteral("model"), QStringLiteral("ca-cert"), QStringLiteral("key-from-stdin"),
                 QStringLiteral("disable")});
    const storage::Database database = openDatabase(false);
    storage::SettingsRepository settings(database);
    storage::LlmSettings llm = settings.llmSettings();
    if (m_parser.isSet(QStringLiteral("disable"))) {
        llm.enabled = false;
        settings.setLlmSettings(llm);
        m_out << tr("The AI classifier is off; new calls are classified offline.") << Qt::endl;
        finishOutput();
        return 0;
    }
    if (!m_parser.isSet(QStringLiteral("url")) || !m_parser.isSet(QStringLiteral("model")))
        throw UsageError{tr("\"llm configure\" needs --url and --model (or --disable).")};
    llm.url = m_parser.value(QStringLiteral("url")).trimmed();
    if (!QUrl(llm.url).scheme().startsWith(QLatin1String("https")))
        throw UsageError{tr("--url must be an https:// address.")};
    llm.model = m_parser.value(QStringLiteral("model")).trimmed();
    llm.caCertificateFile = m_parser.value(QStringLiteral("ca-cert")).trimmed();
    llm.enabled = true;
    if (m_parser.isSet(QStringLiteral("key-from-stdin"))) {
        QTextStream in(stdin);
        const QString key = in.readLine().trimmed();
        if (key.isEmpty())
            throw UsageError{tr("--key-from-stdin expects the API key on one line.")};
        sync::CredentialStore store;
        QString error;
        waitFor([&](auto finished) {
            store.writeLlmKey(key, [&, finished](const QString &problem) {
                error = problem;
                finished();
            });
        });
        if (!error.isEmpty()) {
            m_err << tr("anchorctl: %1").arg(error) << Qt::endl;
            return 1;
        }
    }
    settings.setLlmSettings(llm);
    m_out << tr("New calls are classified by %1 at %2, with the offline classifier as fallback.").arg(llm.model, llm.url)
          << Qt::endl;
    finishOutput();
    return 0;
}

int CommandLine::runLeadsReclassify()
{
    requireOnly({QStringLiteral("client"), QStringLiteral("json-events")});
    const bool events = m_parser.isSet(QStringLiteral("json-events"));
    const storage::Database database = openDatabase(false);
    QString clientId;
    if (m_parser.isSet(QStringLiteral("client")))
        clientId = storage::ClientRepository(database).resolve(m_parser.value(QStringLiteral("client"))).id;
    const sync::ReclassifySummary summary = sync::reclassifyLeads(database, clientId, [this, events](qint64 done, qint64 total) {
        if (events)
            emitEvent({{QStringLiteral("event"), QStringLiteral("progress")}, {QStringLiteral("done"), double(done)},
                       {QStringLiteral("total"), double(total)}});
        m_err << tr("classified %1 of %2").arg(done).arg(total) << Qt::endl;
        return true;
    });
    if (!summary.error.isEmpty()) {
        m_err << tr("anchorctl: %1").arg(summary.error) << Qt::endl;
        return 1;
    }
    m_out << tr("%1 calls classified, %2 changed category.").arg(summary.examined).arg(summary.changed) << Qt::endl;
    finishOutput();
    return 0;
}

} // namespace anchor::cli
