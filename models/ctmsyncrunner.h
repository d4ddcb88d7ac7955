#pragma once

#include <database.h>

#include <QDateTime>
#include <QObject>
#include <QProcess>
#include <QStringList>

class QTimer;

namespace anchor::models {

struct SyncStatus
{
    bool configured = false;   // at least one client syncs with CTM
    bool running = false;
    bool offline = false;      // the last run could not reach the server
    QString clientName;        // the client being pulled
    int pages = 0;
    int totalPages = 0;
    int calls = 0;
    QDateTime lastSuccess;     // local time
    int pendingOutbox = 0;
    int failedOutbox = 0;
    QStringList errors;        // "Client: message" from the last run
};

// Runs CTM syncs for the desktop app in a separate process, `anchorctl sync ctm --json-events`
// then `anchorctl sync outbox`, reading its progress line by line. The app never loads the
// network stack or the keychain (they stay out of its start-up), never waits on the network,
// and a sync that crashes or is cancelled (the process is killed) cannot hurt the app: every
// page is committed with its cursor, so the next run resumes. Runs on start, every N minutes,
// on request, and every minute while offline, so it catches up soon after the network is back.
class CtmSyncRunner final : public QObject
{
    Q_OBJECT

public:
    CtmSyncRunner(storage::Database database, QObject *parent = nullptr);
    ~CtmSyncRunner() override;

    void startSchedule(int firstDelayMs, int intervalMinutes);
    void setIntervalMinutes(int minutes);
    void syncNow();
    void cancel();
    const SyncStatus &status() const { return m_status; }
    void refreshCounts();   // outbox and last success from the database (cheap, indexed)

    // anchorctl beside the application, or $ANCHOR_ANCHORCTL.
    static QString anchorctlPath();

Q_SIGNALS:
    void statusChanged();
    void callsChanged(const QString &clientId);
    void attentionCalls(const QString &clientName, const QStringList &callIds);
    void finished(bool ok);

private:
    void startStep(const QStringList &arguments);
    void readEvents();
    void handleEvent(const QJsonObject &event);
    void stepFinished(int exitCode, QProcess::ExitStatus exitStatus);
    void scheduleNext();

    storage::Database m_database;
    QProcess *m_process = nullptr;
    QTimer *m_timer;
    int m_intervalMinutes = 15;
    bool m_pushing = false;   // second step: the outbox
    bool m_cancelled = false;
    QByteArray m_pendingOutput;
    SyncStatus m_status;
};

} // namespace anchor::models
