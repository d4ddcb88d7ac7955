#include "pullwriter.h"

#include <storageerror.h>

namespace anchor::sync {

PullWriter::PullWriter(storage::Database database, const QString &threadName, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    m_thread.setObjectName(threadName);
    m_worker.moveToThread(&m_thread);
    m_thread.start();
}

PullWriter::~PullWriter()
{
    // Runs after the writes already handed over (in order), then ends the thread.
    QMetaObject::invokeMethod(&m_worker, [this] {
        m_failed = true;
        if (m_exitWork) {
            try {
                m_exitWork();
            } catch (const storage::StorageError &) {
                // Only tuning is undone there; nothing stored depends on it.
            }
        }
        m_database.releaseThreadConnection();
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void PullWriter::write(Work work, std::function<void()> done)
{
    ++m_pending;
    QMetaObject::invokeMethod(&m_worker, [this, work = std::move(work), done = std::move(done)]() mutable {
        if (m_failed)
            return report([this] { Q_EMIT failed({}); });   // after a failure: not written
        try {
            work();
            work = nullptr;   // what it held goes here; what `done` holds goes on the owner's thread
            report(std::move(done));
        } catch (const storage::StorageError &error) {
            m_failed = true;   // the transaction rolled back; its cursor did not move
            report([this, message = error.message()] { Q_EMIT failed(message); });
        }
    }, Qt::QueuedConnection);
}

void PullWriter::close(Work work, std::function<void(const QString &error)> done)
{
    ++m_pending;
    QMetaObject::invokeMethod(&m_worker, [this, work = std::move(work), done = std::move(done)] {
        QString problem;
        try {
            work();
        } catch (const storage::StorageError &error) {
            problem = error.message();
        }
        report([done, problem] { done(problem); });
    }, Qt::QueuedConnection);
}

void PullWriter::report(std::function<void()> onOwnerThread)
{
    QMetaObject::invokeMethod(this, [this, onOwnerThread = std::move(onOwnerThread)] {
        --m_pending;
        onOwnerThread();
    }, Qt::QueuedConnection);
}

} // namespace anchor::sync
