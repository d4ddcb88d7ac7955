#include "ctmsyncrunner.h"

#include <callimport.h>
#include <clientrepository.h>
#include <outboxrepository.h>
#include <storageerror.h>
#include <timestamps.h>

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace anchor::models {

namespace {

constexpr int kOfflineRetryMs = 60'000;

} // namespace

CtmSyncRunner::CtmSyncRunner(storage::Database database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &CtmSyncRunner::syncNow);
}

CtmSyncRunner::~CtmSyncRunner()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();   // safe: the sync commits page by page and resumes next time
        m_process->waitForFinished(2000);
    }
}

QString CtmSyncRunner::anchorctlPath()
{
    const QString configured = qEnvironmentVariable("ANCHOR_ANCHORCTL");
    if (!configured.isEmpty())
        return configured;
#ifdef Q_OS_WIN
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("anchorctl.exe"));
#else
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("anchorctl"));
#endif
}

void CtmSyncRunner::startSchedule(int firstDelayMs, int intervalMinutes)
{
    m_intervalMinutes = intervalMinutes;
    refreshCounts();
    m_timer->start(firstDelayMs);
}

void CtmSyncRunner::setIntervalMinutes(int minutes)
{
    m_intervalMinutes = minutes;
    if (!m_status.running)
        scheduleNext();
}

void CtmSyncRunner::refreshCounts()
{
    try {
        storage::OutboxRepository outbox(m_database);
        m_status.pendingOutbox = outbox.pendingCount(QStringLiteral("ctm"));
        m_status.failedOutbox = outbox.failedCount(QStringLiteral("ctm"));
        const QString last = storage::CallImportRepository(m_database).lastSuccessfulPull();
        m_status.lastSuccess = last.isEmpty() ? QDateTime() : storage::fromDbTimestamp(last).toLocalTime();
        m_status.configured = false;
        for (const storage::Client &client : storage::ClientRepository(m_database).list())
            m_status.configured = m_status.configured || !client.ctmAccountNumber.isEmpty();
    } catch (const storage::StorageError &error) {
        m_status.errors = {error.message()};
    }
    Q_EMIT statusChanged();
}

void CtmSyncRunner::syncNow()
{
    if (m_status.running)
        return;
    refreshCounts();
    if (!m_status.configured && m_status.pendingOutbox == 0) {
        scheduleNext();
        return;
    }
    m_status.running = true;
    m_status.errors.clear();
    m_status.clientName.clear();
    m_status.pages = m_status.totalPages = m_status.calls = 0;
    m_cancelled = false;
    Q_EMIT statusChanged();
    // Without CTM clients only the outbox has work (ratings queued before a client was unset).
    m_pushing = !m_status.configured;
    startStep(m_pushing ? QStringList{QStringLiteral("sync"), QStringLiteral("outbox"), QStringLiteral("--json-events")}
                        : QStringList{QStringLiteral("sync"), QStringLiteral("ctm"), QStringLiteral("--json-events")});
}

void CtmSyncRunner::cancel()
{
    if (!m_process)
        return;
    m_cancelled = true;
    m_process->kill();
}

void CtmSyncRunner::startStep(const QStringList &arguments)
{
    delete m_process;
    m_process = new QProcess(this);
    m_pendingOutput.clear();
    connect(m_process, &QProcess::readyReadStandardOutput, this, &CtmSyncRunner::readEvents);
    connect(m_process, &QProcess::finished, this, &CtmSyncRunner::stepFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            m_status.errors.append(tr("The sync program %1 could not be started: %2")
                                       .arg(QDir::toNativeSeparators(anchorctlPath()), m_process->errorString()));
            stepFinished(-1, QProcess::CrashExit);
        }
    });
    m_process->start(anchorctlPath(), arguments + QStringList{QStringLiteral("--database"), m_database.path()});
}

void CtmSyncRunner::readEvents()
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

void CtmSyncRunner::handleEvent(const QJsonObject &event)
{
    const QString kind = event.value(QLatin1String("event")).toString();
    if (kind == QLatin1String("client_started")) {
        m_status.clientName = event.value(QLatin1String("name")).toString();
        m_status.pages = m_status.totalPages = m_status.calls = 0;
    } else if (kind == QLatin1String("progress")) {
        m_status.pages = event.value(QLatin1String("pages")).toInt();
        m_status.totalPages = event.value(QLatin1String("total_pages")).toInt();
        m_status.calls = event.value(QLatin1String("calls")).toInt();
    } else if (kind == QLatin1String("client_finished")) {
        const QString name = event.value(QLatin1String("name")).toString();
        if (!event.value(QLatin1String("ok")).toBool())
            m_status.errors.append(tr("%1: %2").arg(name, event.value(QLatin1String("error")).toString()));
        m_status.offline = event.value(QLatin1String("offline")).toBool();
        if (event.value(QLatin1String("inserted")).toInt() + event.value(QLatin1String("updated")).toInt() > 0)
            Q_EMIT callsChanged(event.value(QLatin1String("client")).toString());
        QStringList attention;
        for (const QJsonValue &id : event.value(QLatin1String("attention")).toArray())
            attention.append(id.toString());
        if (!attention.isEmpty())
            Q_EMIT attentionCalls(name, attention);
    } else if (kind == QLatin1String("outbox_finished")) {
        const QString error = event.value(QLatin1String("error")).toString();
        if (!error.isEmpty())
            m_status.errors.append(tr("Ratings and notes for CallTrackingMetrics: %1").arg(error));
        m_status.offline = m_status.offline || event.value(QLatin1String("offline")).toBool();
    }
    Q_EMIT statusChanged();
}

void CtmSyncRunner::stepFinished(int exitCode, QProcess::ExitStatus exitStatus)
{
    readEvents();
    const QString errorText = QString::fromUtf8(m_process->readAllStandardError()).trimmed();
    if (m_cancelled) {
        m_status.errors.append(tr("Sync cancelled; it resumes where it stopped next time."));
    } else if (exitStatus == QProcess::CrashExit && exitCode != -1) {
        m_status.errors.append(tr("The sync program stopped unexpectedly; nothing stored was lost."));
    } else if (exitCode != 0 && m_status.errors.isEmpty()) {
        // A failure before any event (no clients, unreadable database, ...): its own words.
        const QString lastLine = errorText.section(QLatin1Char('\n'), -1);
        if (!lastLine.isEmpty())
            m_status.errors.append(lastLine);
    }
    if (!m_pushing && !m_cancelled) {
        m_pushing = true;
        startStep({QStringLiteral("sync"), QStringLiteral("outbox"), QStringLiteral("--json-events")});
        return;
    }
    m_process->deleteLater();
    m_process = nullptr;
    m_status.running = false;
    m_status.clientName.clear();
    refreshCounts();
    Q_EMIT finished(m_status.errors.isEmpty());
    scheduleNext();
}

void CtmSyncRunner::scheduleNext()
{
    if (m_status.offline)
        m_timer->start(kOfflineRetryMs);   // catch up soon after the network is back
    else if (m_intervalMinutes > 0)
        m_timer->start(std::chrono::minutes(m_intervalMinutes));
    else
        m_timer->stop();
}

} // namespace anchor::models
