#include "taskjobs.h"

#include "sqlhelpers.h"
#include "taskboardrepository.h"
#include "timestamps.h"
#include "transaction.h"

#include <QSqlQuery>

namespace anchor::storage {

TaskJobs::TaskJobs(Database database, QString userId)
    : m_database(std::move(database))
    , m_userId(std::move(userId))
{
}

int TaskJobs::archiveCompleted(const QDateTime &now, int days)
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Archiving completed tasks");
    Transaction transaction(db);
    QSqlQuery done = sql::run(db, QStringLiteral("SELECT i.id FROM task_items i WHERE i.archived_at IS NULL AND i.updated_at < ? "
                                                 "AND %1 ORDER BY i.updated_at LIMIT ?")
                                      .arg(TaskAutomationEngine::doneCondition(QStringLiteral("i"))),
                              {toDbTimestamp(now.addDays(-days)), kArchiveBatch}, context);
    QStringList ids;
    while (done.next())
        ids.append(done.value(0).toString());
    done.finish();
    // Through the repository, which keeps the positions of the cards left on the board dense.
    TaskBoardRepository board(m_database);
    for (const QString &id : std::as_const(ids))
        board.setArchived(id, true, m_userId);
    transaction.commit();
    return int(ids.size());
}

TaskJobsResult TaskJobs::runAll(const QDateTime &now)
{
    TaskJobsResult result;
    result.archived = archiveCompleted(now);
    result.dueAutomations = TaskAutomationEngine(m_database, m_userId).runDueDateAutomations(now);
    return result;
}

} // namespace anchor::storage
