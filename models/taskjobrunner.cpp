#include "taskjobrunner.h"

#include "backgroundwork.h"

#include <storageerror.h>

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

namespace anchor::models {

namespace {

struct JobResult
{
    storage::TaskJobsResult jobs;
    QString error;
};

} // namespace

TaskJobRunner::TaskJobRunner(storage::Database database, QString userId, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_userId(std::move(userId))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &TaskJobRunner::runNow);
}

void TaskJobRunner::start(int firstDelayMs)
{
    m_timer->start(firstDelayMs);
}

void TaskJobRunner::runNow()
{
    if (m_running)
        return;
    m_running = true;
    const storage::Database database = m_database;
    const QString userId = m_userId;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto *watcher = new QFutureWatcher<JobResult>(this);
    connect(watcher, &QFutureWatcher<JobResult>::finished, this, [this, watcher] {
        const JobResult result = watcher->result();
        watcher->deleteLater();
        m_running = false;
        m_timer->start(kIntervalMs);   // the next run counts from the end of this one
        if (!result.error.isEmpty())
            Q_EMIT failed(result.error);
        const int ran = result.jobs.dueAutomations.succeeded;
        if (result.jobs.archived > 0 || ran > 0)
            Q_EMIT boardsChanged(result.jobs.archived, ran);
        if (!result.jobs.dueAutomations.errors.isEmpty())
            Q_EMIT automationErrors(result.jobs.dueAutomations.errors);
        Q_EMIT finished();
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [database, userId, now] {
        JobResult result;
        try {
            result.jobs = storage::TaskJobs(database, userId).runAll(now);
        } catch (const storage::StorageError &error) {
            result.error = error.message();
        }
        return result;
    }));
}

} // namespace anchor::models
