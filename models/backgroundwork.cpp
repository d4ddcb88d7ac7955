#include "backgroundwork.h"

#include <QThread>
#include <QThreadPool>

namespace anchor::models {

QThreadPool *backgroundPool()
{
    static QThreadPool *pool = [] {
        auto *created = new QThreadPool;   // lives until exit; waits for its threads then
        created->setThreadPriority(QThread::IdlePriority);
        created->setMaxThreadCount(qMax(1, QThread::idealThreadCount() - 1));
        return created;
    }();
    return pool;
}

} // namespace anchor::models
