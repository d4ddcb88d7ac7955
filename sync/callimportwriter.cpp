#include "callimportwriter.h"

#include <storageerror.h>

namespace anchor::sync {

CallImportWriter::CallImportWriter(storage::Database database, QString clientId,
                                   storage::CallImportRepository::Classifier classify, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_clientId(std::move(clientId))
    , m_classify(std::move(classify))
{
    m_thread.setObjectName(QStringLiteral("CTM import writer"));
    m_worker.moveToThread(&m_thread);
    m_thread.start();
}

CallImportWriter::~CallImportWriter()
{
    // Runs after the batches already handed over (FIFO), then ends the thread.
    QMetaObject::invokeMethod(&m_worker, [this] {
        m_failed = true;
        if (m_pulling) {
            try {
                m_repository->endPull();
            } catch (const storage::StorageError &) {
                // Only tuning is undone here; SQLite checkpoints by itself later.
            }
        }
        m_repository.reset();   // its statements go before the connection does
        m_database.releaseThreadConnection();
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void CallImportWriter::write(Batch batch)
{
    ++m_pending;
    auto shared = std::make_shared<Batch>(std::move(batch));
    QMetaObject::invokeMethod(&m_worker, [this, shared] {
        if (m_failed)
            return report([this] { Q_EMIT failed({}); });   // after a failure: not written
        try {
            if (!m_repository)
                m_repository.emplace(m_database);
            if (!std::exchange(m_pulling, true))
                m_repository->beginPull();
            const storage::PageImport imported = m_repository->importPage(m_clientId, shared->calls, m_classify, shared->after);
            report([this, imported, pages = shared->pages, raw = shared->rawCalls] {
                Q_EMIT written(imported, pages, raw);
            });
        } catch (const storage::StorageError &error) {
            m_failed = true;   // the transaction rolled back; the cursor did not move
            report([this, message = error.message()] { Q_EMIT failed(message); });
        }
    }, Qt::QueuedConnection);
}

void CallImportWriter::close()
{
    ++m_pending;
    QMetaObject::invokeMethod(&m_worker, [this] {
        QString problem;
        try {
            if (!m_repository)
                m_repository.emplace(m_database);
            m_repository->renumberQueued(m_clientId);
        } catch (const storage::StorageError &error) {
            problem = error.message();   // the queue stays; the next pull numbers them at its start
        }
        if (std::exchange(m_pulling, false)) {
            try {
                m_repository->endPull();
            } catch (const storage::StorageError &) {
                // Only tuning is undone here; SQLite checkpoints by itself later.
            }
        }
        report([this, problem] { Q_EMIT closed(problem); });
    }, Qt::QueuedConnection);
}

void CallImportWriter::report(std::function<void()> onOwnerThread)
{
    QMetaObject::invokeMethod(this, [this, onOwnerThread = std::move(onOwnerThread)] {
        --m_pending;
        onOwnerThread();
    }, Qt::QueuedConnection);
}

} // namespace anchor::sync
