#include "ctmsync.h"

#include "pullwriter.h"
#include "ctmcallmapper.h"

#include <outboxrepository.h>
#include <storageerror.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimeZone>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcCtm, "anchor.sync.ctm")

namespace anchor::sync {

namespace {

constexpr int kMaxPages = 100'000;   // a server whose next_page never ends is stopped here

HttpRequest ctmRequest(const QUrl &url, const storage::CtmConnection &connection, const CtmKeys &keys)
{
    HttpRequest request;
    request.url = url;
    request.user = keys.accessKey;
    request.password = keys.secretKey;
    request.caCertificateFile = connection.caCertificateFile;
    return request;
}

} // namespace

QUrl ctmBaseUrl(const storage::CtmConnection &connection)
{
    QString base = connection.baseUrl.trimmed();
    if (base.isEmpty())
        base = QStringLiteral("https://api.calltrackingmetrics.com/api/v1/");
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    return QUrl(base);
}

CtmPullJob::CtmPullJob(storage::Database database, NetworkService *network, QString clientId,
                       storage::CtmConnection connection, CtmKeys keys,
                       storage::CallImportRepository::Classifier classify, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_network(network)
    , m_connection(std::move(connection))
    , m_keys(std::move(keys))
    , m_classify(std::move(classify))
    , m_base(ctmBaseUrl(m_connection))
    , m_importer(m_database)
{
    m_summary.clientId = std::move(clientId);
}

CtmPullJob::~CtmPullJob() = default;

void CtmPullJob::start()
{
    if (m_connection.accountId.isEmpty())
        return finish(tr("No CallTrackingMetrics account is set for this client."));
    if (!m_keys.isComplete())
        return finish(tr("No CallTrackingMetrics keys are stored for this client. Enter them in the client's "
                         "CallTrackingMetrics settings (or set ANCHOR_CTM_ACCESS_KEY and ANCHOR_CTM_SECRET_KEY)."));
    try {
        storage::CallImportRepository repository(m_database);
        m_cursor = repository.cursor(m_summary.clientId);
        repository.renumberQueued(m_summary.clientId);   // what a crashed pull left to number
    } catch (const storage::StorageError &error) {
        return finish(error.message());
    }
    m_writer = std::make_unique<PullWriter>(m_database, QStringLiteral("CTM import writer"));
    connect(m_writer.get(), &PullWriter::failed, this, &CtmPullJob::batchFailed);
    m_writer->setExitWork(m_importer.exitWork());
    QUrl first;
    if (!m_cursor.resumeUrl.isEmpty() && sameServer(QUrl(m_cursor.resumeUrl))) {
        first = QUrl(m_cursor.resumeUrl);   // an interrupted pull goes on where it stopped
    } else {
        m_cursor.runNewestUnixTime = 0;
        first = m_base.resolved(QUrl(QStringLiteral("accounts/%1/calls.json")
                                         .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_connection.accountId)))));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
        query.addQueryItem(QStringLiteral("per_page"), QString::number(kPerPage));
        if (m_cursor.newestUnixTime > 0) {
            // CTM filters by day; calls change after they end, so re-read an overlap window.
            const QDate from = QDateTime::fromSecsSinceEpoch(m_cursor.newestUnixTime, Qt::UTC).date().addDays(-kOverlapDays);
            query.addQueryItem(QStringLiteral("start_date"), from.toString(Qt::ISODate));
        }
        first.setQuery(query);
    }
    fetch(first);
}

void CtmPullJob::cancel()
{
    if (m_done || m_stopping)
        return;
    m_summary.cancelled = true;
    stopAfterWrites(tr("Cancelled."));
}

bool CtmPullJob::sameServer(const QUrl &url) const
{
    // next_page comes from the server; the keys only ever go back to the configured host.
    return url.scheme() == m_base.scheme() && url.host() == m_base.host() && url.port(443) == m_base.port(443);
}

void CtmPullJob::fetch(const QUrl &url)
{
    m_network->send(ctmRequest(url, m_connection, m_keys), this, [this, url](const HttpResult &result) {
        if (!m_done && !m_stopping)
            pageArrived(url, result);
    });
}

void CtmPullJob::pageArrived(const QUrl &url, const HttpResult &result)
{
    if (!result.ok()) {
        m_summary.networkDown = result.error == HttpResult::Error::Network || result.error == HttpResult::Error::Timeout;
        // The pages already here are good: store them, and resume at the one that failed.
        flush(url);
        return stopAfterWrites(result.message);
    }
    const QJsonObject envelope = result.json.object();
    const QJsonValue callsValue = envelope.value(QLatin1String("calls"));
    if (!callsValue.isArray()) {
        flush(url);
        return stopAfterWrites(tr("CallTrackingMetrics sent a page without a list of calls (%1).").arg(url.path()));
    }
    const QJsonArray calls = callsValue.toArray();
    m_totalPages = qMax(m_totalPages, envelope.value(QLatin1String("total_pages")).toInt());

    // Ask for the next page first, so the network works while this one is read and written.
    QUrl next;
    const QString nextText = envelope.value(QLatin1String("next_page")).toString();
    if (!nextText.isEmpty() && !calls.isEmpty()) {
        next = url.resolved(QUrl(nextText));
        if (!sameServer(next)) {
            flush(url);
            return stopAfterWrites(tr("CallTrackingMetrics pointed the next page at another server (%1); the sync "
                                      "stopped there.").arg(next.host()));
        }
        if (next == url || m_summary.pages + m_pagesWritingOrQueued + m_queuedPages + 1 >= kMaxPages)
            next.clear();
    }
    if (next.isValid()) {
        if (m_writer->pending() < kBatchesInFlight)
            fetch(next);
        else
            m_parked = next;   // the writer is behind: fetch again when a batch is stored
    }

    for (const QJsonValue &value : calls) {
        QString reason;
        const auto call = value.isObject() ? mapCtmCall(value.toObject(), &reason) : std::nullopt;
        if (!call) {
            if (reason.isEmpty())
                reason = tr("an entry that is not a call object");
            qCWarning(lcCtm) << "skipped a CTM call:" << reason;
            m_summary.skipped.append(reason);
            continue;
        }
        m_cursor.runNewestUnixTime = qMax(m_cursor.runNewestUnixTime, call->startedAt.toSecsSinceEpoch());
        m_queued.append(*call);
        storage::prepareForImport(m_queued.last());
        m_queued.last().verdict = m_classify(m_queued.last());   // here, beside the writer, not on its thread
    }
    ++m_queuedPages;
    m_queuedRaw += int(calls.size());

    // Pages wait here and go to the writer together, several whole pages per transaction, each
    // transaction with the cursor of the page after it.
    // The first batch is small, so the writer starts early.
    const bool first = m_summary.pages + m_pagesWritingOrQueued == 0;
    if (!next.isValid() || m_queuedPages >= (first ? qMin(kFirstBatchPages, m_pagesPerTransaction) : m_pagesPerTransaction))
        flush(next);
    if (!next.isValid()) {
        m_reachedEnd = true;
        stopAfterWrites({});
    }
}

void CtmPullJob::flush(const QUrl &resume)
{
    if (m_queuedPages == 0 || m_writeFailed)
        return;
    storage::PullCursor after = m_cursor;
    after.resumeUrl = resume.isValid() ? resume.toString(QUrl::FullyEncoded) : QString();
    if (after.resumeUrl.isEmpty())
        after.newestUnixTime = qMax(m_cursor.newestUnixTime, m_cursor.runNewestUnixTime);
    auto imported = std::make_shared<storage::PageImport>();
    m_writer->write(
        [importer = m_importer, clientId = m_summary.clientId, classify = m_classify,
         calls = std::exchange(m_queued, {}), after, imported] {
            *imported = importer.get().importPage(clientId, calls, classify, after);
        },
        [this, imported, pages = m_queuedPages, raw = m_queuedRaw] { batchWritten(*imported, pages, raw); });
    m_pagesWritingOrQueued += m_queuedPages;
    m_queuedPages = 0;
    m_queuedRaw = 0;
}

void CtmPullJob::batchWritten(const storage::PageImport &imported, int pages, int rawCalls)
{
    m_summary.inserted += imported.inserted;
    m_summary.updated += imported.updated;
    m_summary.ratingsKept += imported.ratingsKept;
    m_summary.attentionCallIds += imported.attentionCallIds;
    m_summary.insertedCallIds += imported.insertedCallIds;
    m_summary.pages += pages;
    m_pagesWritingOrQueued -= pages;
    m_callsSeen += rawCalls;
    m_summary.unchanged += imported.unchanged;
    Q_EMIT progress(m_summary.clientId, m_summary.pages, m_totalPages, m_callsSeen);
    // The WAL is copied back beside the writes (this thread mostly waits on them) rather than
    // all at once after the last one.
    try {
        storage::CallImportRepository(m_database).checkpoint();
    } catch (const storage::StorageError &) {
        // The final checkpoint copies what this one did not.
    }
    if (m_stopping) {
        if (m_writer->pending() == 0)
            closeWriter();
    } else if (m_parked.isValid()) {
        fetch(std::exchange(m_parked, {}));
    }
}

void CtmPullJob::batchFailed(const QString &error)
{
    // The transaction rolled back and the cursor did not move: the next sync starts there. A
    // storage failure (a full disk, say) is what the user must hear about, whatever else
    // stopped the pull.
    if (!error.isEmpty()) {
        m_writeFailed = true;
        m_reachedEnd = false;
        m_stopError = error;
    }
    m_stopping = true;
    m_parked.clear();
    if (m_writer->pending() == 0)
        closeWriter();
}

void CtmPullJob::stopAfterWrites(const QString &error)
{
    m_parked.clear();
    if (!m_stopping) {
        m_stopping = true;
        m_stopError = error;
    }
    if (!m_writer || m_writer->pending() == 0)
        closeWriter();
}

void CtmPullJob::closeWriter()
{
    if (!m_writer)
        return finish(m_stopError);
    if (std::exchange(m_closing, true))
        return;
    // The pages stored are good whatever stopped the pull: number their callers now, on the
    // writer thread, while its cache still holds them.
    m_writer->close(
        [importer = m_importer, clientId = m_summary.clientId] {
            importer.get().renumberQueued(clientId);
        },
        [this](const QString &error) { finish(m_stopError.isEmpty() ? error : m_stopError); });
}

void CtmPullJob::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_writer.reset();   // nothing is pending here: this only ends its thread
    m_summary.error = error;
    m_summary.ok = error.isEmpty() && m_reachedEnd;
    if (!error.isEmpty()) {
        try {
            storage::CallImportRepository(m_database).recordFailure(m_summary.clientId, error);
        } catch (const storage::StorageError &) {
            // The failure is reported to the caller either way.
        }
    }
    Q_EMIT finished(m_summary);
}

CtmOutboxJob::CtmOutboxJob(storage::Database database, NetworkService *network, QHash<QString, Account> accounts,
                           QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_network(network)
    , m_accounts(std::move(accounts))
{
}

void CtmOutboxJob::start()
{
    try {
        storage::OutboxRepository outbox(m_database);
        outbox.recoverInFlight(QStringLiteral("ctm"));
        m_queue = outbox.takeDue(QStringLiteral("ctm"), 500);
    } catch (const storage::StorageError &error) {
        m_summary.error = error.message();
        Q_EMIT finished(m_summary);
        return;
    }
    next();
}

void CtmOutboxJob::next()
{
    if (m_queue.isEmpty()) {
        Q_EMIT finished(m_summary);
        return;
    }
    const storage::OutboxItem item = m_queue.takeFirst();
    const auto account = m_accounts.constFind(item.clientId);
    if (account == m_accounts.constEnd() || account->connection.accountId.isEmpty() || !account->keys.isComplete()) {
        // Not an error of the item: it waits until the client's CTM settings are complete.
        try {
            storage::OutboxRepository(m_database).markRetry(item.id, QDateTime::currentDateTimeUtc(),
                                                            tr("The client's CallTrackingMetrics account or keys are missing."));
        } catch (const storage::StorageError &) {
        }
        ++m_summary.deferred;
        m_summary.error = tr("Some changes wait for CallTrackingMetrics keys.");
        return next();
    }
    const QUrl base = ctmBaseUrl(account->connection);
    const QString callPath = QStringLiteral("accounts/%1/calls/%2/")
                                 .arg(QString::fromLatin1(QUrl::toPercentEncoding(account->connection.accountId)),
                                      QString::fromLatin1(QUrl::toPercentEncoding(item.entityKey)));
    HttpRequest request;
    if (item.operation == QLatin1String("ctm_set_rating")) {
        const int score = item.payload.value(QLatin1String("score")).toInt();
        request = ctmRequest(base.resolved(QUrl(callPath + QStringLiteral("sale.json"))), account->connection, account->keys);
        if (score <= 0) {
            request.method = "DELETE";   // unrated: clear the sale
        } else {
            request.method = "POST";
            const QJsonObject sale{{QStringLiteral("score"), score},
                                   {QStringLiteral("conversion"), score == 5},
                                   {QStringLiteral("sale_date"), QDate::currentDate().toString(Qt::ISODate)}};
            request.body = QJsonDocument(sale).toJson(QJsonDocument::Compact);
        }
    } else if (item.operation == QLatin1String("ctm_add_note")) {
        request = ctmRequest(base.resolved(QUrl(callPath + QStringLiteral("modify.json"))), account->connection, account->keys);
        request.method = "PUT";
        const QJsonObject body{{QStringLiteral("call"),
                                QJsonObject{{QStringLiteral("comments"), item.payload.value(QLatin1String("comments"))}}}};
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    } else {
        try {
            storage::OutboxRepository(m_database).markFailed(item.id, tr("Unknown operation %1.").arg(item.operation));
        } catch (const storage::StorageError &) {
        }
        ++m_summary.failed;
        return next();
    }
    m_network->send(request, this, [this, item](const HttpResult &result) { sent(item, result); });
}

void CtmOutboxJob::sent(const storage::OutboxItem &item, const HttpResult &result)
{
    try {
        storage::OutboxRepository outbox(m_database);
        if (result.ok()) {
            outbox.markDone(item.id);
            ++m_summary.sent;
        } else if (result.error == HttpResult::Error::Http && result.status != 429 && result.status < 500) {
            outbox.markFailed(item.id, result.message);   // refused: retrying will not help
            ++m_summary.failed;
            m_summary.error = result.message;
        } else {
            // The network service already retried; try again on a later sync, backing off.
            const int minutes = qMin(60, 1 << qMin(item.attempts, 6));
            outbox.markRetry(item.id, QDateTime::currentDateTimeUtc().addSecs(60LL * minutes), result.message);
            ++m_summary.deferred;
            m_summary.error = result.message;
            m_summary.networkDown = result.error == HttpResult::Error::Network || result.error == HttpResult::Error::Timeout;
        }
    } catch (const storage::StorageError &error) {
        m_summary.error = error.message();
    }
    next();
}

CtmAccountsQuery::CtmAccountsQuery(NetworkService *network, storage::CtmConnection connection, CtmKeys keys,
                                   QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_connection(std::move(connection))
    , m_keys(std::move(keys))
{
}

void CtmAccountsQuery::start()
{
    if (!m_keys.isComplete()) {
        Q_EMIT finished({}, tr("Enter the access key and the secret key first."));
        return;
    }
    fetch(ctmBaseUrl(m_connection).resolved(QUrl(QStringLiteral("accounts.json?per_page=150"))));
}

void CtmAccountsQuery::fetch(const QUrl &url)
{
    HttpRequest request = ctmRequest(url, m_connection, m_keys);
    request.timeout = std::chrono::seconds(20);
    m_network->send(request, this, [this, url](const HttpResult &result) {
        if (!result.ok()) {
            Q_EMIT finished(m_accounts, result.message);
            return;
        }
        const QJsonObject envelope = result.json.object();
        for (const QJsonValue &value : envelope.value(QLatin1String("accounts")).toArray()) {
            const QJsonObject account = value.toObject();
            const QJsonValue id = account.value(QLatin1String("id"));
            const QString idText = id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
            if (!idText.isEmpty())
                m_accounts.append({idText, account.value(QLatin1String("name")).toString()});
        }
        const QString next = envelope.value(QLatin1String("next_page")).toString();
        const QUrl nextUrl = url.resolved(QUrl(next));
        if (!next.isEmpty() && ++m_pages < 100 && nextUrl.host() == url.host() && nextUrl != url)
            fetch(nextUrl);
        else
            Q_EMIT finished(m_accounts, {});
    });
}

} // namespace anchor::sync
