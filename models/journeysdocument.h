#pragma once

#include <database.h>
#include <journeytypes.h>

#include <QObject>

class QUndoStack;

namespace anchor::models {

class LeadsDocument;

// The one place journey and active-client edits go through, beside LeadsDocument (whose undo
// stack it shares, so Edit > Undo takes back whatever was done last). Every edit is one storage
// transaction and one QUndoCommand, and is announced so every view shows it at once. A failed
// edit changes nothing, is not put on the stack, and is reported through editFailed().
class JourneysDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JourneysDocument)

public:
    explicit JourneysDocument(LeadsDocument *leads, QObject *parent = nullptr);

    storage::Database database() const { return m_database; }
    QString userId() const { return m_userId; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Returns the new journey's id, or empty when it was refused.
    QString startJourney(storage::NewJourney journey);
    bool setStepCompleted(const QString &stepId, bool completed);
    bool setStepNotes(const QString &stepId, const QString &notes);
    bool rescheduleStep(const QString &stepId, const QDateTime &dueAt);
    bool addStep(const QString &journeyId, const storage::TemplateStep &step, const QDateTime &dueAt);
    bool removeStep(const QString &stepId);
    bool addNote(const QString &journeyId, const QString &body);
    bool removeNote(const QString &journeyId, const QString &noteId);
    bool setStatus(const QString &journeyId, const QString &status);
    bool setPaused(const QString &journeyId, bool paused);

    // Converts a journey or a lead into an active client; returns its id, or empty when refused.
    QString convert(storage::Conversion conversion);
    bool linkCallToActiveClient(const QString &callId, const QString &activeClientId);
    bool setActiveClientStatus(const QString &activeClientId, const QString &status);

Q_SIGNALS:
    // Something about these journeys changed (empty: some journeys, reload).
    void journeysChanged(const QStringList &journeyIds);
    void activeClientsChanged();
    void editFailed(const QString &message);

private:
    template<typename Edit>
    bool attempt(Edit &&edit);
    void announceJourney(const QString &journeyId);

    LeadsDocument *m_leads;
    storage::Database m_database;
    QString m_userId;
    QUndoStack *m_undoStack;
};

} // namespace anchor::models
