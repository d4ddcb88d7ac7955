#include "journeyjobrunner.h"

#include "backgroundwork.h"

#include <storageerror.h>

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

namespace anchor::models {

namespace {

struct JobResult
{
    QList<storage::DueJourney> due;
    storage::RedactionResult redaction;
    bool redactionRan = false;
    QString error;
};

} // namespace

JourneyJobRunner::JourneyJobRunner(storage::Database database, QString userId, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_userId(std::move(userId))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &JourneyJobRunner::runNow);
}

void JourneyJobRunner::start(int firstDelayMs)
{
    m_timer->start(firstDelayMs);
}

void JourneyJobRunner::runNow()
{
    if (m_running)
        return;
    m_running = true;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool redact = !m_lastRedaction.isValid() || m_lastRedaction.secsTo(now) >= 24 * 3600;
    if (redact)
        m_lastRedaction = now;
    const storage::Database database = m_database;
    const QString userId = m_userId;
    auto *watcher = new QFutureWatcher<JobResult>(this);
    connect(watcher, &QFutureWatcher<JobResult>::finished, this, [this, watcher] {
        const JobResult result = watcher->result();
        watcher->deleteLater();
        m_running = false;
        m_timer->start(kIntervalMs);
        if (!result.error.isEmpty())
            Q_EMIT failed(result.error);
        if (!result.due.isEmpty())
            Q_EMIT journeysDue(result.due);
        if (result.redactionRan && (result.redaction.services > 0 || result.redaction.journeys > 0))
            Q_EMIT redacted(result.redaction.services, result.redaction.journeys);
        Q_EMIT finished();
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [database, userId, now, redact] {
        JobResult result;
        try {
            storage::JourneyJobs jobs(database);
            result.due = jobs.notifyDueJourneys(userId, now);
            if (redact) {
                result.redaction = jobs.redact(jobs.redactionDays(), now);
                result.redactionRan = true;
            }
        } catch (const storage::StorageError &error) {
            result.error = error.message();
        }
        return result;
    }));
}

} // namespace anchor::models
