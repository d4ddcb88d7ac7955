#pragma once

#include <database.h>
#include <journeyjobs.h>

#include <QObject>

class QTimer;

namespace anchor::models {

// Runs seed 000's journey jobs for the app (the same ones `anchorctl jobs run` runs): the
// due-journey notifications and the daily service redaction. Work happens on a background
// thread with its own connection; results arrive as signals on the GUI thread.
class JourneyJobRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JourneyJobRunner)

public:
    static constexpr int kIntervalMs = 5 * 60 * 1000;

    JourneyJobRunner(storage::Database database, QString userId, QObject *parent = nullptr);

    // Starts the schedule: a first run after `firstDelayMs`, then every five minutes.
    void start(int firstDelayMs);
    void runNow();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void journeysDue(const QList<storage::DueJourney> &journeys);
    void redacted(int services, int journeys);
    void failed(const QString &message);
    void finished();

private:
    storage::Database m_database;
    QString m_userId;
    QTimer *m_timer;
    QDateTime m_lastRedaction;   // redaction runs once a day
    bool m_running = false;
};

} // namespace anchor::models
