#pragma once

#include <database.h>
#include <taskjobs.h>

#include <QObject>
#include <QStringList>

class QTimer;

namespace anchor::models {

// Runs seed 000's task jobs for the app (the same ones `anchorctl jobs run` runs): completed
// items archived after 30 days, and due-date automations. Every five minutes, on a background
// thread with its own connection; results arrive as signals on the GUI thread.
class TaskJobRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskJobRunner)

public:
    static constexpr int kIntervalMs = 5 * 60 * 1000;

    // userId: the desktop's staff user (archived_by, the automations' acting user).
    TaskJobRunner(storage::Database database, QString userId, QObject *parent = nullptr);

    // Starts the schedule: a first run after `firstDelayMs`, then every five minutes.
    void start(int firstDelayMs);
    void runNow();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // Something changed on the boards (items archived or automations ran): views reload.
    void boardsChanged(int archived, int automationsRan);
    // Automations that failed (loops included), with their messages, for the status bar.
    void automationErrors(const QStringList &messages);
    void failed(const QString &message);
    void finished();

private:
    storage::Database m_database;
    QString m_userId;
    QTimer *m_timer;
    bool m_running = false;
};

} // namespace anchor::models
