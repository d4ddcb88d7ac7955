#pragma once

#include "database.h"
#include "taskautomationengine.h"

#include <QCoreApplication>
#include <QDateTime>

namespace anchor::storage {

struct TaskJobsResult
{
    int archived = 0;                       // completed items archived
    TaskAutomationOutcome dueAutomations;   // due-date automation runs
};

// Seed 000's scheduled jobs for task boards, run by the app every five minutes and by
// `anchorctl jobs run`: completed items are archived after 30 days, and due-date automations fire.
// Both are safe to repeat: an archived item is never archived again, a due date fires once.
class TaskJobs
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::TaskJobs)

public:
    static constexpr int kArchiveAfterDays = 30;
    static constexpr int kArchiveBatch = 5000;

    // userId: archived_by of the archived items and the automations' acting user; may be empty.
    TaskJobs(Database database, QString userId);

    // Archives items in a done state (a status label with is_done_state) untouched for `days`
    // days before `now` (task_items.updated_at: the status change is the last edit of a finished
    // item). One transaction. Returns how many were archived.
    int archiveCompleted(const QDateTime &now, int days = kArchiveAfterDays);

    // Both jobs, archiving first (an archived item fires no due-date automation).
    TaskJobsResult runAll(const QDateTime &now);

private:
    Database m_database;
    QString m_userId;
};

} // namespace anchor::storage
