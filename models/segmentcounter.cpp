#include "segmentcounter.h"

#include "backgroundwork.h"

#include <storageerror.h>

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

namespace anchor::models {

SegmentCounter::SegmentCounter(storage::Database database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_delay(new QTimer(this))
{
    m_delay->setSingleShot(true);
    m_delay->setInterval(300);
    connect(m_delay, &QTimer::timeout, this, [this] {
        if (!m_running)
            launch();   // else the running count's end launches the newest filter
    });
}

void SegmentCounter::setDelay(int milliseconds)
{
    m_delay->setInterval(milliseconds);
}

void SegmentCounter::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void SegmentCounter::request(const storage::SegmentFilter &filter)
{
    m_filter = filter;
    ++m_generation;
    setBusy(true);
    m_delay->start();
}

void SegmentCounter::cancel()
{
    ++m_generation;   // a running count's answer is dropped
    m_delay->stop();
    setBusy(false);
}

void SegmentCounter::launch()
{
    m_running = true;
    const quint64 generation = m_generation;
    const storage::SegmentFilter filter = m_filter;
    const storage::Database database = m_database;
    const int previewSize = m_previewSize;
    auto *watcher = new QFutureWatcher<SegmentCount>(this);
    connect(watcher, &QFutureWatcher<SegmentCount>::finished, this, [this, watcher, generation] {
        const SegmentCount result = watcher->result();
        watcher->deleteLater();
        m_running = false;
        if (generation == m_generation) {
            setBusy(false);
            Q_EMIT counted(result);
        } else if (m_busy && !m_delay->isActive()) {
            launch();   // the filter changed while counting and the pause is over: count the newest
        }
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [database, filter, previewSize] {
        SegmentCount result;
        try {
            const storage::SegmentRecipients found = storage::SegmentRepository(database).recipients(filter);
            result.recipients = int(found.recipients.size());
            result.invalid = int(found.invalid.size());
            result.first = found.recipients.mid(0, previewSize);
        } catch (const storage::StorageError &error) {
            result.error = error.message();
        }
        return result;
    }));
}

} // namespace anchor::models
