#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace anchor::storage {

// Trigger and action types of task automations (seed 000's task_*_automations.trigger_type and
// action_type); their configs are JSON objects with the keys named beside each.
namespace taskautomation {
inline const QString StatusChanged = QStringLiteral("status_changed");     // {"to": label}
inline const QString MovedToGroup = QStringLiteral("moved_to_group");      // {"group_id": id}
inline const QString DueDateArrived = QStringLiteral("due_date_arrived");  // {}
inline const QString ItemCreated = QStringLiteral("item_created");         // {}

inline const QString SetStatus = QStringLiteral("set_status");             // {"status": label}
inline const QString MoveToGroup = QStringLiteral("move_to_group");        // {"group_id": id}
inline const QString Assign = QStringLiteral("assign");                    // {"user_id": id}
inline const QString Notify = QStringLiteral("notify");                    // {"user_id"?: id, "message": text}
inline const QString Archive = QStringLiteral("archive");                  // {}
} // namespace taskautomation

// A board automation (boardId set) or a global one (boardId empty), which runs on every board.
struct TaskAutomation
{
    QString id;
    QString boardId;
    QString name;
    QString triggerType;
    QJsonObject triggerConfig;
    QString actionType;
    QJsonObject actionConfig;
    bool active = true;
    QDateTime createdAt;

    bool isGlobal() const { return boardId.isEmpty(); }
};

// One logged run (task_automation_runs). `error` holds the reason of an error or a skip.
struct TaskAutomationRun
{
    QString id;
    QString scope;             // board, global
    QString automationId;
    QString automationName;    // empty when the automation was deleted since
    QString boardId;
    QString itemId;
    QString itemName;
    QString triggerType;
    QString fingerprint;
    QString status;            // success, error, skipped
    QString error;
    QDateTime ranAt;
};

// Board and global automations and their run log. Saving validates the trigger and action and
// their configs, so the engine only ever meets automations it understands.
class TaskAutomationRepository
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::TaskAutomationRepository)

public:
    explicit TaskAutomationRepository(Database database);

    static QStringList triggerTypes();
    static QStringList actionTypes();
    static QString triggerLabel(const QString &type);
    static QString actionLabel(const QString &type);
    // "When status changes to Done: move to Finished", for lists and logs.
    QString describe(const TaskAutomation &automation) const;

    QList<TaskAutomation> boardAutomations(const QString &boardId) const;
    QList<TaskAutomation> globalAutomations() const;
    std::optional<TaskAutomation> automation(const QString &id) const;
    // The active automations that listen for this trigger on this board: the board's, then the global ones.
    QList<TaskAutomation> activeFor(const QString &boardId, const QString &triggerType) const;

    // Inserts (empty id) or updates an automation; returns its id. Throws StorageError
    // (Constraint) with a clear message when the trigger, the action or a config is wrong.
    QString save(const TaskAutomation &automation, const QString &createdBy = {});
    void setActive(const QString &id, bool active);
    void remove(const QString &id);   // its runs stay in the log

    // The newest runs on a board (its own and global automations'), or on every board (empty).
    QList<TaskAutomationRun> recentRuns(const QString &boardId, int limit = 100) const;

private:
    void validate(const TaskAutomation &automation) const;

    Database m_database;
};

} // namespace anchor::storage
