#include "mailgunsyncrunner.h"

#include "ctmsyncrunner.h"

#include <emailqueuerepository.h>
#include <mailguncursorrepository.h>
#include <mailgunsettingsrepository.h>
#include <storageerror.h>
#include <timestamps.h>

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace anchor::models {

namespace {

constexpr int kOfflineRetryMs = 60'000;

} // namespace

MailgunSyncRunner::MailgunSyncRunner(storage::Database database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &MailgunSyncRunner::syncNow);
}

MailgunSyncRunner::~MailgunSyncRunner()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();   // safe: the queue is in the database, the next run checks what was in flight
        m_process->waitForFinished(2000);
    }
}

void MailgunSyncRunner::startSchedule(int firstDelayMs, int intervalMinutes)
{
    m_intervalMinutes = intervalMinutes;
    refreshCounts();
    m_timer->start(firstDelayMs);
}

void MailgunSyncRunner::setIntervalMinutes(int minutes)
{
    m_intervalMinutes = minutes;
    if (!m_status.running)
        scheduleNext();
}

void MailgunSyncRunner::refreshCounts()
{
    try {
        // Waiting, and left unconfirmed by an interrupted run (checked, then sent, next time).
        const storage::EmailQueueRepository queue(m_database);
        m_status.pending = queue.pendingCount() + queue.sendingCount();
        const QList<storage::MailgunConnection> connections = storage::MailgunSettingsRepository(m_database).list();
        m_status.configured = !connections.isEmpty();
        const storage::MailgunCursorRepository cursors(m_database);
        QString last;
        for (const storage::MailgunConnection &connection : connections)
            last = qMax(last, cursors.read(storage::MailgunCursorRepository::kEventsSource, connection.scopeId).lastSuccessAt);
        m_status.lastSuccess = last.isEmpty() ? QDateTime() : storage::fromDbTimestamp(last).toLocalTime();
    } catch (const storage::StorageError &error) {
        m_status.errors = {error.message()};
    }
    Q_EMIT statusChanged();
}

void MailgunSyncRunner::syncNow()
{
    start(false);
}

void MailgunSyncRunner::sendQueueNow()
{
    start(true);
}

void MailgunSyncRunner::networkAvailable()
{
    if (!m_status.running && (m_status.offline || m_status.pending > 0))
        syncNow();
}

void MailgunSyncRunner::start(bool sendOnly)
{
    if (m_status.running) {
        // What was queued meanwhile goes out right after this run.
        m_againSendOnly = m_runAgain ? (m_againSendOnly && sendOnly) : sendOnly;
        m_runAgain = true;
        return;
    }
    refreshCounts();
    if (!m_status.configured) {
        scheduleNext();
        return;
    }
    m_timer->stop();
    m_status.running = true;
    m_status.phase = MailgunSyncStatus::Phase::Sending;
    m_status.errors.clear();
    m_status.scopeName.clear();
    m_status.sendDone = m_status.sendTotal = m_status.eventPages = m_status.events = 0;
    m_cancelled = false;
    m_changed = false;
    m_pendingOutput.clear();
    Q_EMIT statusChanged();

    delete m_process;
    m_process = new QProcess(this);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &MailgunSyncRunner::readEvents);
    connect(m_process, &QProcess::finished, this, &MailgunSyncRunner::processFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            addError(tr("The sync program %1 could not be started: %2")
                         .arg(QDir::toNativeSeparators(CtmSyncRunner::anchorctlPath()), m_process->errorString()));
            processFinished(-1, QProcess::CrashExit);
        }
    });
    QStringList arguments{QStringLiteral("sync"), QStringLiteral("mailgun"), QStringLiteral("--json-events")};
    if (sendOnly)
        arguments.append(QStringLiteral("--send-only"));
    m_process->start(CtmSyncRunner::anchorctlPath(), arguments + QStringList{QStringLiteral("--database"), m_database.path()});
}

void MailgunSyncRunner::cancel()
{
    m_runAgain = false;
    if (!m_process || !m_status.running)
        return;
    m_cancelled = true;
    m_process->kill();
}

void MailgunSyncRunner::readEvents()
{
    m_pendingOutput += m_process->readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_pendingOutput.indexOf('\n')) >= 0) {
        const QByteArray line = m_pendingOutput.left(newline).trimmed();
        m_pendingOutput.remove(0, newline + 1);
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        if (!event.isEmpty())
            handleEvent(event);   // other lines are the human summary
    }
}

void MailgunSyncRunner::handleEvent(const QJsonObject &event)
{
    const QString kind = event.value(QLatin1String("event")).toString();
    const auto number = [&event](const char *key) { return event.value(QLatin1String(key)).toInt(); };
    const QString error = event.value(QLatin1String("error")).toString();
    if (kind == QLatin1String("campaigns_started")) {
        m_changed = m_changed || number("count") > 0;
    } else if (kind == QLatin1String("send_progress")) {
        m_status.phase = MailgunSyncStatus::Phase::Sending;
        m_status.sendDone = number("done");
        m_status.sendTotal = number("total");
    } else if (kind == QLatin1String("send_finished")) {
        m_changed = m_changed || number("sent") + number("failed") > 0;
        m_status.offline = event.value(QLatin1String("offline")).toBool();
        if (!error.isEmpty())
            addError(tr("Sending: %1").arg(error));
    } else if (kind == QLatin1String("scope_started")) {
        m_status.phase = MailgunSyncStatus::Phase::Events;
        m_status.scopeName = event.value(QLatin1String("name")).toString();
        m_status.eventPages = m_status.events = 0;
    } else if (kind == QLatin1String("events_progress")) {
        m_status.eventPages = number("pages");
        m_status.events = number("events");
    } else if (kind == QLatin1String("events_finished")) {
        m_status.phase = MailgunSyncStatus::Phase::Suppressions;
        m_status.eventPages = number("pages");
        m_changed = m_changed || number("inserted") > 0;
        m_status.offline = m_status.offline || event.value(QLatin1String("offline")).toBool();
        if (!error.isEmpty())
            addError(tr("%1, events: %2").arg(event.value(QLatin1String("name")).toString(), error));
    } else if (kind == QLatin1String("suppressions_finished")) {
        m_status.offline = m_status.offline || event.value(QLatin1String("offline")).toBool();
        if (!error.isEmpty())
            addError(tr("%1, suppression lists: %2").arg(m_status.scopeName, error));
    } else if (kind == QLatin1String("finished")) {
        m_status.offline = event.value(QLatin1String("offline")).toBool();
        m_status.pending = number("waiting");
    }
    Q_EMIT statusChanged();
}

void MailgunSyncRunner::addError(const QString &message)
{
    if (m_status.errors.contains(message))
        return;
    m_status.errors.append(message);
    Q_EMIT errorOccurred(message);
}

void MailgunSyncRunner::processFinished(int exitCode, QProcess::ExitStatus exitStatus)
{
    if (!m_process)
        return;
    readEvents();
    const QString errorText = QString::fromUtf8(m_process->readAllStandardError()).trimmed();
    if (m_cancelled) {
        m_status.errors.append(tr("Mailgun sync cancelled; it resumes where it stopped next time."));
    } else if (exitStatus == QProcess::CrashExit && exitCode != -1) {
        addError(tr("The sync program stopped unexpectedly; nothing queued was lost or will be sent twice."));
    } else if (exitCode != 0 && m_status.errors.isEmpty()) {
        // A failure before any event (no key, unreadable database, ...): in its own words.
        const QString lastLine = errorText.section(QLatin1Char('\n'), -1);
        if (!lastLine.isEmpty())
            addError(lastLine);
    }
    m_process->deleteLater();
    m_process = nullptr;
    m_status.running = false;
    m_status.phase = MailgunSyncStatus::Phase::Idle;
    m_status.scopeName.clear();
    refreshCounts();
    if (m_changed)
        Q_EMIT campaignsChanged();
    const bool ok = exitCode == 0 && exitStatus == QProcess::NormalExit && !m_cancelled;
    Q_EMIT finished(ok);
    if (m_runAgain) {
        m_runAgain = false;
        start(m_againSendOnly);
        return;
    }
    scheduleNext();
}

void MailgunSyncRunner::scheduleNext()
{
    if (m_status.offline)
        m_timer->start(kOfflineRetryMs);   // catch up soon after the network is back
    else if (m_intervalMinutes > 0)
        m_timer->start(std::chrono::minutes(m_intervalMinutes));
    else
        m_timer->stop();
}

} // namespace anchor::models
