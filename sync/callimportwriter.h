#pragma once

#include <callimport.h>
#include <database.h>

#include <QObject>
#include <QThread>

#include <memory>
#include <optional>

namespace anchor::sync {

// Writes a CTM pull's batches of pages on a thread of its own (with its own connection), in the
// order they are handed over, so the next pages download and parse while earlier ones are
// written. After a batch fails it writes nothing more: a later batch's cursor would skip the
// pages of the one that failed.
class CallImportWriter final : public QObject
{
    Q_OBJECT

public:
    struct Batch
    {
        QList<storage::IncomingCall> calls;
        storage::PullCursor after;   // where the pull goes on once this batch is stored
        int pages = 0;
        int rawCalls = 0;   // entries on those pages, the unreadable ones included
    };

    CallImportWriter(storage::Database database, QString clientId, storage::CallImportRepository::Classifier classify,
                     QObject *parent = nullptr);
    ~CallImportWriter() override;   // waits until the batches handed over are written

    void write(Batch batch);
    // After the last batch: numbers the pull's repeat callers (while the pages are still in
    // this thread's cache) and undoes the pull's tuning; reports closed().
    void close();
    int pending() const { return m_pending; }   // handed over and not reported back yet

Q_SIGNALS:
    // One per batch, in order, on the thread that owns the writer.
    void written(const anchor::storage::PageImport &imported, int pages, int rawCalls);
    void failed(const QString &error);   // empty for a batch skipped after an earlier failure
    void closed(const QString &error);   // empty when the numbering went through

private:
    void report(std::function<void()> onOwnerThread);

    storage::Database m_database;
    QString m_clientId;
    storage::CallImportRepository::Classifier m_classify;
    QThread m_thread;
    QObject m_worker;   // lives on m_thread: the context the batches run in
    int m_pending = 0;
    // Touched on m_thread only.
    std::optional<storage::CallImportRepository> m_repository;   // keeps its prepared statements
    bool m_pulling = false;
    bool m_failed = false;
};

} // namespace anchor::sync
