#pragma once

#include "database.h"
#include "journeytypes.h"

#include <QCoreApplication>

namespace anchor::storage {

// Recomputes a journey's next_action_at: its earliest open step while the journey is open,
// none once it is won, lost or archived. Call inside the transaction that changed it.
void updateJourneyNextAction(const QSqlDatabase &db, const QString &journeyId, const QString &context);

// Client journeys: the follow-up of a lead, step by step (client_journeys, client_journey_steps,
// client_journey_notes, client_journey_events). Every method is one transaction; the ones
// that change a journey's steps also keep its next_action_at (the earliest open step) right.
class JourneyRepository
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::JourneyRepository)

public:
    explicit JourneyRepository(Database database);

    QList<JourneyRow> page(const JourneyFilter &filter, const JourneySort &sort, qint64 offset, int limit) const;
    qint64 count(const JourneyFilter &filter) const;
    std::optional<JourneyRow> find(const QString &journeyId) const;
    // The journeys a lead started (and their follow-ups), oldest first.
    QList<JourneyRow> forCall(const QString &callId) const;

    // Starts a journey from a lead: the person and the client business come from the call, the
    // steps from the template with due dates counted from the start. Refuses a call that already
    // started another journey (unless this is a follow-up of it), a template with no steps and
    // services of another client. Returns the journey id.
    QString start(const NewJourney &journey);
    // Deletes a journey with its steps, notes and events (undo of start).
    void remove(const QString &journeyId);

    QList<JourneyStep> steps(const QString &journeyId) const;
    std::optional<JourneyStep> step(const QString &stepId) const;
    void setStepCompleted(const QString &stepId, const QDateTime &completedAt);   // invalid: not done
    void setStepNotes(const QString &stepId, const QString &notes);
    void rescheduleStep(const QString &stepId, const QDateTime &dueAt);
    // Adds a step to one journey (customising it); position -1 appends. Returns the step id.
    QString addStep(const QString &journeyId, const TemplateStep &step, const QDateTime &dueAt, int position = -1);
    void removeStep(const QString &stepId);
    // Puts a step back exactly as captured (undo).
    void restoreStep(const JourneyStep &step);

    QList<JourneyNote> notes(const QString &journeyId) const;
    QString addNote(const QString &journeyId, const QString &body, const QString &authorId);
    void insertNote(const JourneyNote &note);   // undo of a delete
    void removeNote(const QString &noteId);

    JourneyState state(const QString &journeyId) const;
    // Changes the status as seed 000's workflow allows; records the change for the timeline.
    // Returns the event's id (undo removes it with restoreState()).
    QString setStatus(const QString &journeyId, const QString &status, const QString &authorId);
    QString setPaused(const QString &journeyId, bool paused, const QString &authorId);
    // Puts the status, pause flag and link back (undo) and drops the event the edit recorded.
    void restoreState(const JourneyState &state, const QString &eventIdToDrop = {});

    // Calls from the journey's number, steps done, notes and events, in time order.
    QList<TimelineEntry> timeline(const QString &journeyId) const;

private:
    Database m_database;
};

} // namespace anchor::storage
