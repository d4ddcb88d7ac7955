#pragma once

#include <database.h>

#include <QObject>
#include <QThread>

#include <functional>

namespace anchor::sync {

// Runs a pull's writes on a thread of its own, with its own database connection, in the order
// they are handed over, so the next pages download and parse while earlier ones are written.
// After a write fails it runs no more writes: a later batch's cursor would skip the pages of the
// one that failed.
class PullWriter final : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<void()>;   // runs on the writer thread; may throw storage::StorageError

    PullWriter(storage::Database database, const QString &threadName, QObject *parent = nullptr);
    // Runs what was handed over, then the exit work, then ends the thread.
    ~PullWriter() override;

    // `done` runs on this object's thread once `work` went through; a failure is reported by
    // failed() instead, and later writes are skipped.
    void write(Work work, std::function<void()> done);
    // Runs `work` after everything handed over, also after a failure; `done` gets the error of
    // `work`, empty when it went through.
    void close(Work work, std::function<void(const QString &error)> done);
    // Runs on the writer thread when the writer goes, before its connection is released (undo a
    // pull's tuning, drop statements prepared on that connection).
    void setExitWork(Work work) { m_exitWork = std::move(work); }
    int pending() const { return m_pending; }   // handed over and not reported back yet

Q_SIGNALS:
    void failed(const QString &error);   // empty for a write skipped after an earlier failure

private:
    void report(std::function<void()> onOwnerThread);

    storage::Database m_database;
    QThread m_thread;
    QObject m_worker;   // lives on m_thread: the context the writes run in
    int m_pending = 0;
    Work m_exitWork;
    bool m_failed = false;   // touched on m_thread only
};

} // namespace anchor::sync
