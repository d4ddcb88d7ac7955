#include "backgroundwork.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

namespace anchor::models {

QThreadPool *backgroundPool()
{
    static QThreadPool *pool = [] {
        // A child of the application: its destructor waits for running work before QtSql and
        // the connections go away, so quitting during a count cannot crash.
        auto *created = new QThreadPool(QCoreApplication::instance());
        created->setThreadPriority(QThread::IdlePriority);
        created->setMaxThreadCount(qMax(1, QThread::idealThreadCount() - 1));
        return created;
    }();
    return pool;
}

} // namespace anchor::models
