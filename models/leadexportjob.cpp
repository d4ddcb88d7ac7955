#include "leadexportjob.h"

#include "leadcsvexporter.h"

#include <storageerror.h>

#include <QTimer>
#include <QtConcurrent>

namespace anchor::models {

LeadExportJob::LeadExportJob(storage::Database database, QString path, storage::LeadFilter filter,
                             storage::LeadSort sort, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_path(std::move(path))
    , m_filter(std::move(filter))
    , m_sort(sort)
    , m_shared(std::make_shared<Shared>())
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        Q_EMIT progress(m_shared->done.load(), m_shared->total.load());
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        m_poll->stop();
        const Outcome outcome = m_watcher.result();
        Q_EMIT progress(m_shared->done.load(), m_shared->total.load());
        Q_EMIT finished(outcome.rows, outcome.cancelled, outcome.error);
    });
}

LeadExportJob::~LeadExportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void LeadExportJob::start()
{
    const auto shared = m_shared;
    const storage::Database database = m_database;
    const QString path = m_path;
    const storage::LeadFilter filter = m_filter;
    const storage::LeadSort sort = m_sort;
    m_poll->start();
    m_watcher.setFuture(QtConcurrent::run([shared, database, path, filter, sort] {
        Outcome outcome;
        try {
            const auto result = LeadCsvExporter(database).exportTo(path, filter, sort, [shared](qint64 done, qint64 total) {
                shared->done = done;
                shared->total = total;
                return !shared->cancel.load();
            });
            outcome.rows = result.rows;
            outcome.cancelled = result.cancelled;
        } catch (const storage::StorageError &error) {
            outcome.error = error.message();
        }
        database.releaseThreadConnection();
        return outcome;
    }));
}

void LeadExportJob::cancel()
{
    m_shared->cancel = true;
}

} // namespace anchor::models
