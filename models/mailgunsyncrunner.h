#pragma once

#include <database.h>

#include <QDateTime>
#include <QObject>
#include <QProcess>
#include <QStringList>

class QTimer;

namespace anchor::models {

struct MailgunSyncStatus
{
    enum class Phase { Idle, Sending, Events, Suppressions };

    bool configured = false;   // a Mailgun connection is saved (agency or a client)
    bool running = false;
    bool offline = false;      // the last run could not reach Mailgun
    Phase phase = Phase::Idle;
    QString scopeName;         // whose events or suppressions are being pulled
    int sendDone = 0;          // messages sent, refused or deferred in this run
    int sendTotal = 0;
    int eventPages = 0;
    int events = 0;
    int pending = 0;           // messages waiting in the send queue (unconfirmed ones included)
    QDateTime lastSuccess;     // local time of the last complete events pull
    QStringList errors;        // "Who: message" from the last run
};

// The desktop app's Mailgun background work: starts scheduled campaigns whose time has come,
// drains the send queue, pulls events, imports suppressions. Like CtmSyncRunner it runs
// `anchorctl sync mailgun --json-events` as a separate process (its own database connection,
// the network stack and the keychain out of the app) and reads its progress line by line, so
// the GUI never waits on the network; a run that is cancelled or crashes (the process is killed)
// loses nothing and sends nothing twice: the queue is in the database and the next run checks
// what was in flight. Runs every N minutes, on request ("Send queue now"), when the network
// returns, and every minute while offline.
class MailgunSyncRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailgunSyncRunner)

public:
    explicit MailgunSyncRunner(storage::Database database, QObject *parent = nullptr);
    ~MailgunSyncRunner() override;

    void startSchedule(int firstDelayMs, int intervalMinutes);
    void setIntervalMinutes(int minutes);
    // Everything: due campaigns, the queue, events, suppressions. While a run is going, one
    // more run follows it (what was queued meanwhile goes out then).
    void syncNow();
    // "Send queue now": due campaigns and the queue only (a campaign just started, a test).
    void sendQueueNow();
    // Connect to the app's reachability signal: a run that was offline catches up at once.
    void networkAvailable();
    // Stops the run (kills the process); the next run resumes where it stopped.
    void cancel();
    const MailgunSyncStatus &status() const { return m_status; }
    // Queue size, configuration and last success from the database (cheap, indexed).
    void refreshCounts();

Q_SIGNALS:
    void statusChanged();
    // Messages went out or events were stored: campaign views and the email log reload.
    void campaignsChanged();
    // A problem the user should see (a refused key, a domain not allowed to send, ...).
    void errorOccurred(const QString &message);
    void finished(bool ok);

private:
    void start(bool sendOnly);
    void readEvents();
    void handleEvent(const QJsonObject &event);
    void processFinished(int exitCode, QProcess::ExitStatus exitStatus);
    void addError(const QString &message);
    void scheduleNext();

    storage::Database m_database;
    QProcess *m_process = nullptr;
    QTimer *m_timer;
    int m_intervalMinutes = 5;
    bool m_cancelled = false;
    bool m_runAgain = false;        // requested while running
    bool m_againSendOnly = true;    // ... and only the queue was asked for
    bool m_changed = false;         // this run sent or stored something
    QByteArray m_pendingOutput;
    MailgunSyncStatus m_status;
};

} // namespace anchor::models
