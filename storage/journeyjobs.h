#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace anchor::storage {

// A journey whose next action fell due, as its notification says.
struct DueJourney
{
    QString journeyId;
    QString personName;
    QString clientName;
    QString stepLabel;
    QDateTime dueAt;
};

struct RedactionResult
{
    int services = 0;   // client_services rows redacted
    int journeys = 0;   // journeys whose concerns were redacted
};

// Seed 000's scheduled jobs that belong to journeys: due-action notifications and the privacy
// redaction of old service records. Each run is one transaction and safe to repeat.
class JourneyJobs
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::JourneyJobs)

public:
    static constexpr int kDefaultRedactionDays = 90;

    explicit JourneyJobs(Database database);

    // Notifies the user of every open, unpaused journey whose next action is due at `now`, once
    // per due time (a rescheduled step notifies again). Returns the journeys notified this run.
    QList<DueJourney> notifyDueJourneys(const QString &userId, const QDateTime &now);

    // Redacts services agreed more than `days` days before `now` (client_services.redacted_at)
    // and the concerns of journeys closed (won, lost, archived, active client) and untouched
    // that long (client_journeys.symptoms_redacted). days 0: nothing is redacted.
    RedactionResult redact(int days, const QDateTime &now);

    // The redaction age, in days (app_settings); 0 turns redaction off.
    int redactionDays() const;
    void setRedactionDays(int days);

private:
    Database m_database;
};

} // namespace anchor::storage
