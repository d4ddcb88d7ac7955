#pragma once

#include "credentialstore.h"
#include "networkservice.h"
#include "pullrepository.h"

#include <callimport.h>
#include <clientrepository.h>
#include <database.h>
#include <outboxrepository.h>

#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace anchor::sync {

class PullWriter;

QUrl ctmBaseUrl(const storage::CtmConnection &connection);   // with a trailing slash

struct CtmPullSummary
{
    QString clientId;
    bool ok = false;
    bool cancelled = false;
    int pages = 0;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int ratingsKept = 0;
    QStringList skipped;   // calls that could not be read, with the reason
    QStringList attentionCallIds;
    QStringList insertedCallIds;
    QString error;
    bool networkDown = false;   // the error was reaching the server at all (offline)
};

// Pulls one client's calls from CTM: incremental from the stored cursor with a two-day overlap,
// 150 a page following next_page. A pipeline: the next page downloads while this one is parsed,
// and batches of parsed pages are written on a thread of their own (PullWriter), at most
// kBatchesInFlight ahead. Whole pages are written with the cursor of the page after them in one
// transaction (up to kPagesPerTransaction pages, since each commit also rewrites the search
// index's segments), so an interrupted pull resumes at the first page not stored and never
// splits a page. Repeat-caller numbering is done once, when the pull ends.
class CtmPullJob final : public QObject
{
    Q_OBJECT

public:
    CtmPullJob(storage::Database database, NetworkService *network, QString clientId,
               storage::CtmConnection connection, CtmKeys keys, storage::CallImportRepository::Classifier classify,
               QObject *parent = nullptr);
    ~CtmPullJob() override;

    void start();
    void cancel();
    const CtmPullSummary &summary() const { return m_summary; }
    void setPagesPerTransaction(int pages) { m_pagesPerTransaction = qMax(1, pages); }   // before start()

    static constexpr int kPerPage = 150;
    static constexpr int kOverlapDays = 2;
    static constexpr int kPagesPerTransaction = 40;
    static constexpr int kBatchesInFlight = 2;
    static constexpr int kFirstBatchPages = 4;

Q_SIGNALS:
    void progress(const QString &clientId, int pagesDone, int totalPages, int callsSeen);
    void finished(const anchor::sync::CtmPullSummary &summary);

private:
    void fetch(const QUrl &url);
    void pageArrived(const QUrl &url, const HttpResult &result);
    // Hands the pages waiting in m_queued to the writer as one transaction, with `resume` as
    // where to go on.
    void flush(const QUrl &resume);
    void batchWritten(const storage::PageImport &imported, int pages, int rawCalls);
    void batchFailed(const QString &error);
    // Fetches nothing more and finishes once the writer has stored what it was handed.
    void stopAfterWrites(const QString &error);
    void closeWriter();
    void finish(const QString &error);
    bool sameServer(const QUrl &url) const;

    storage::Database m_database;
    NetworkService *m_network;
    storage::CtmConnection m_connection;
    CtmKeys m_keys;
    storage::CallImportRepository::Classifier m_classify;
    storage::PullCursor m_cursor;
    QUrl m_base;
    CtmPullSummary m_summary;
    int m_callsSeen = 0;
    QList<storage::IncomingCall> m_queued;   // whole pages read but not written yet
    int m_queuedPages = 0;
    int m_queuedRaw = 0;
    int m_totalPages = 0;
    int m_pagesPerTransaction = kPagesPerTransaction;
    bool m_done = false;
    std::unique_ptr<PullWriter> m_writer;
    PullRepository<storage::CallImportRepository> m_importer;   // the writer's
    int m_pagesWritingOrQueued = 0;   // handed to the writer, not stored yet
    QUrl m_parked;                    // the next page, waiting for the writer to catch up
    bool m_stopping = false;
    bool m_closing = false;
    QString m_stopError;
    bool m_reachedEnd = false;        // the last page was read (and handed to the writer)
    bool m_writeFailed = false;
};

struct OutboxSummary
{
    int sent = 0;
    int failed = 0;     // refused for good (4xx): marked failed, shown to the user
    int deferred = 0;   // network trouble: retried later
    QString error;
    bool networkDown = false;
    bool ok() const { return failed == 0 && deferred == 0 && error.isEmpty(); }
};

// Drains the CTM part of the outbox one item at a time: ratings (sale.json: POST a score,
// DELETE for unrated) and notes (modify.json).
class CtmOutboxJob final : public QObject
{
    Q_OBJECT

public:
    struct Account
    {
        storage::CtmConnection connection;
        CtmKeys keys;
    };

    CtmOutboxJob(storage::Database database, NetworkService *network, QHash<QString, Account> accounts,
                 QObject *parent = nullptr);
    void start();
    const OutboxSummary &summary() const { return m_summary; }

Q_SIGNALS:
    void finished(const anchor::sync::OutboxSummary &summary);

private:
    void next();
    void sent(const storage::OutboxItem &item, const HttpResult &result);

    storage::Database m_database;
    NetworkService *m_network;
    QHash<QString, Account> m_accounts;
    QList<storage::OutboxItem> m_queue;
    OutboxSummary m_summary;
};

// The CTM accounts the keys reach (GET accounts, every page), for picking a client's account
// and for "Test connection".
class CtmAccountsQuery final : public QObject
{
    Q_OBJECT

public:
    struct Account
    {
        QString id;
        QString name;
    };

    CtmAccountsQuery(NetworkService *network, storage::CtmConnection connection, CtmKeys keys, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void finished(const QList<anchor::sync::CtmAccountsQuery::Account> &accounts, const QString &error);

private:
    void fetch(const QUrl &url);

    NetworkService *m_network;
    storage::CtmConnection m_connection;
    CtmKeys m_keys;
    QList<Account> m_accounts;
    int m_pages = 0;
};

} // namespace anchor::sync
