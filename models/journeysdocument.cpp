#include "journeysdocument.h"

#include "journeycommands.h"
#include "leadsdocument.h"

#include <activeclientrepository.h>
#include <callrepository.h>
#include <journeyrepository.h>
#include <storageerror.h>

#include <QUndoStack>

#include <memory>

namespace anchor::models {

JourneysDocument::JourneysDocument(LeadsDocument *leads, QObject *parent)
    : QObject(parent)
    , m_leads(leads)
    , m_database(leads->database())
    , m_userId(leads->userId())
    , m_undoStack(leads->undoStack())
{
}

template<typename Edit>
bool JourneysDocument::attempt(Edit &&edit)
{
    try {
        edit();
        return true;
    } catch (const storage::StorageError &error) {
        Q_EMIT editFailed(error.message());
        return false;
    }
}

void JourneysDocument::announceJourney(const QString &journeyId)
{
    Q_EMIT journeysChanged({journeyId});
}

QString JourneysDocument::startJourney(storage::NewJourney journey)
{
    QString id;
    journey.authorId = m_userId;
    attempt([&] {
        storage::JourneyRepository journeys(m_database);
        id = journeys.start(journey);
        journey.id = id;   // redo starts it again under the same id
        const QString callId = journey.callId;
        m_undoStack->push(new JourneyEditCommand(
            this, tr("Start journey"), [this, journey] { storage::JourneyRepository(m_database).start(journey); },
            [this, id] { storage::JourneyRepository(m_database).remove(id); },
            [this, id, callId] {
                announceJourney(id);
                m_leads->announceLeads({callId});
            }));
    });
    return id;
}

bool JourneysDocument::setStepCompleted(const QString &stepId, bool completed)
{
    return attempt([&] {
        storage::JourneyRepository journeys(m_database);
        const std::optional<storage::JourneyStep> before = journeys.step(stepId);
        if (!before)
            throw storage::StorageError(storage::StorageError::Kind::NotFound, tr("The step no longer exists."));
        const QDateTime when = completed ? QDateTime::currentDateTimeUtc() : QDateTime();
        journeys.setStepCompleted(stepId, when);
        const storage::JourneyStep step = *before;
        m_undoStack->push(new JourneyEditCommand(
            this, completed ? tr("Complete step \"%1\"").arg(step.label) : tr("Reopen step \"%1\"").arg(step.label),
            [this, stepId, when] { storage::JourneyRepository(m_database).setStepCompleted(stepId, when); },
            [this, step] { storage::JourneyRepository(m_database).restoreStep(step); },
            [this, journeyId = step.journeyId] { announceJourney(journeyId); }));
    });
}

bool JourneysDocument::setStepNotes(const QString &stepId, const QString &notes)
{
    return attempt([&] {
        storage::JourneyRepository journeys(m_database);
        const std::optional<storage::JourneyStep> before = journeys.step(stepId);
        if (!before)
            throw storage::StorageError(storage::StorageError::Kind::NotFound, tr("The step no longer exists."));
        if (before->notes == notes.trimmed())
            return;
        journeys.setStepNotes(stepId, notes);
        const storage::JourneyStep step = *before;
        m_undoStack->push(new JourneyEditCommand(
            this, tr("Edit notes of step \"%1\"").arg(step.label),
            [this, stepId, notes] { storage::JourneyRepository(m_database).setStepNotes(stepId, notes); },
            [this, step] { storage::JourneyRepository(m_database).restoreStep(step); },
            [this, journeyId = step.journeyId] { announceJourney(journeyId); }));
    });
}

bool JourneysDocument::rescheduleStep(const QString &stepId, const QDateTime &dueAt)
{
    return attempt([&] {
        storage::JourneyRepository journeys(m_database);
        const std::optional<storage::JourneyStep> before = journeys.step(stepId);
        if (!before)
            throw storage::StorageError(storage::StorageError::Kind::NotFound, tr("The step no longer exists."));
        journeys.rescheduleStep(stepId, dueAt);
        const storage::JourneyStep step = *before;
        m_undoStack->push(new JourneyEditCommand(
            this, tr("Reschedule step \"%1\"").arg(step.label),
            [this, stepId, dueAt] { storage::JourneyRepository(m_database).rescheduleStep(stepId, dueAt); },
            [this, step] { storage::JourneyRepository(m_database).restoreStep(step); },
            [this, journeyId = step.journeyId] { announceJourney(journeyId); }));
    });
}

bool JourneysDocument::addStep(const QString &journeyId, const storage::TemplateStep &newStep, const QDateTime &dueAt)
{
    return attempt([&] {
        storage::JourneyRepository journeys(m_database);
        const QString stepId = journeys.addStep(journeyId, newStep, dueAt);
        const std::optional<storage::JourneyStep> added = journeys.step(stepId);
        if (!added)
            return;
        m_undoStack->push(new JourneyEditCommand(
            this, tr("Add step \"%1\"").arg(newStep.label),
            [this, step = *added] { storage::JourneyRepository(m_database).restoreStep(step); },
            [this, stepId] { storage::JourneyRepository(m_database).removeStep(stepId); },
            [this, journeyId] { announceJourney(journeyId); }));
    });
}

bool JourneysDocument::removeStep(const QString &stepId)
{
    return attempt([&] {
        storage::JourneyRepository journeys(m_database);
        const std::optional<storage::JourneyStep> before = journeys.step(stepId);
        if (!before)
            throw storage::StorageError(storage::StorageError::Kind::NotFound, tr("The step no longer exists."));
        journeys.removeStep(stepId);
        m_undoStack->push(new JourneyEditCommand(
            this, tr("Remove step \"%1\"").arg(before->label),
            [this, stepId] { storage::JourneyRepository(m_database).removeStep(stepId); },
            [this, step = *before] { storage::JourneyRepository(m_database).restoreStep(step); },
            [this, journeyId = before->journeyId] { announceJourney(journeyId); }));
    });
}

bool JourneysDocument::addNote(const QString &journeyId, const QString &body)
{
    return attempt([&] {
        storage::JourneyRepository journeys(m_database);
        const QString noteId = journeys.addNote(journeyId, body, m_userId);
        storage::JourneyNote note;
        for (const storage::JourneyNote &candidate : journeys.notes(journeyId)) {
            if (candidate.id == noteId)
                note = candidate;
        }
        m_undoStack->push(new JourneyEditCommand(
            this, tr("Add journey note"), [this, note] { storage::JourneyRepository(m_database).insertNote(note); },
            [this, noteId] { storage::JourneyRepository(m_database).removeNote(noteId); },
            [this, journeyId] { announceJourney(journeyId); }));
    });
}

bool JourneysDocument::removeNote(const QString &journeyId, const QString &noteId)
{
    return attempt([&] {
        storage::JourneyRepository journeys(m_database);
        std::optional<storage::JourneyNote> before;
        for (const storage::JourneyNote &candidate : journeys.notes(journeyId)) {
            if (candidate.id == noteId)
                before = candidate;
        }
        if (!before)
            throw storage::StorageError(storage::StorageError::Kind::NotFound, tr("The note no longer exists."));
        journeys.removeNote(noteId);
        m_undoStack->push(new JourneyEditCommand(
            this, tr("Delete journey note"), [this, noteId] { storage::JourneyRepository(m_database).removeNote(noteId); },
            [this, note = *before] { storage::JourneyRepository(m_database).insertNote(note); },
            [this, journeyId] { announceJourney(journeyId); }));
    });
}

bool JourneysDocument::setStatus(const QString &journeyId, const QString &status)
{
    return attempt([&] {
        storage::JourneyRepository journeys(m_database);
        const storage::JourneyState before = journeys.state(journeyId);
        if (before.status == status)
            return;
        // Redo records a new event; undo drops whichever event the last run recorded.
        auto eventId = std::make_shared<QString>(journeys.setStatus(journeyId, status, m_userId));
        m_undoStack->push(new JourneyEditCommand(
            this, tr("Change journey status"),
            [this, journeyId, status, eventId] {
                *eventId = storage::JourneyRepository(m_database).setStatus(journeyId, status, m_userId);
            },
            [this, before, eventId] { storage::JourneyRepository(m_database).restoreState(before, *eventId); },
            [this, journeyId] { announceJourney(journeyId); }));
    });
}

bool JourneysDocument::setPaused(const QString &journeyId, bool paused)
{
    return attempt([&] {
        storage::JourneyRepository journeys(m_database);
        const storage::JourneyState before = journeys.state(journeyId);
        if (before.paused == paused)
            return;
        auto eventId = std::make_shared<QString>(journeys.setPaused(journeyId, paused, m_userId));
        m_undoStack->push(new JourneyEditCommand(
            this, paused ? tr("Pause journey") : tr("Resume journey"),
            [this, journeyId, paused, eventId] {
                *eventId = storage::JourneyRepository(m_database).setPaused(journeyId, paused, m_userId);
            },
            [this, before, eventId] { storage::JourneyRepository(m_database).restoreState(before, *eventId); },
            [this, journeyId] { announceJourney(journeyId); }));
    });
}

QString JourneysDocument::convert(storage::Conversion conversion)
{
    QString activeClientId;
    conversion.authorId = m_userId;
    attempt([&] {
        storage::ActiveClientRepository clients(m_database);
        storage::CallRepository calls(m_database);
        // The lead's rating and category before, for undo (convert rates it 5 stars).
        QString callId = conversion.callId;
        if (callId.isEmpty() && !conversion.journeyId.isEmpty()) {
            if (auto journey = storage::JourneyRepository(m_database).find(conversion.journeyId))
                callId = journey->leadCallKey;
        }
        const QList<storage::LeadState> leadBefore = callId.isEmpty() ? QList<storage::LeadState>()
                                                                       : calls.states({callId});
        const storage::ConversionResult result = clients.convert(conversion);
        activeClientId = result.activeClientId;
        // Redo converts again with the same ids, so later commands still find them.
        storage::Conversion again = conversion;
        again.activeClientId = result.activeClientId;
        for (qsizetype i = 0; i < again.services.size() && i < result.clientServiceIds.size(); ++i)
            again.services[i].id = result.clientServiceIds.at(i);
        auto last = std::make_shared<storage::ConversionResult>(result);
        m_undoStack->push(new JourneyEditCommand(
            this, tr("Convert to active client"),
            [this, again, last] { *last = storage::ActiveClientRepository(m_database).convert(again); },
            [this, last, leadBefore] {
                storage::ActiveClientRepository(m_database).undoConversion(*last);
                if (!leadBefore.isEmpty())
                    storage::CallRepository(m_database).restore(leadBefore);
            },
            [this, journeyId = conversion.journeyId, callId] {
                Q_EMIT journeysChanged(journeyId.isEmpty() ? QStringList() : QStringList{journeyId});
                Q_EMIT activeClientsChanged();
                if (!callId.isEmpty())
                    m_leads->announceLeads({callId});
            }));
    });
    return activeClientId;
}

bool JourneysDocument::linkCallToActiveClient(const QString &callId, const QString &activeClientId)
{
    return attempt([&] {
        storage::ActiveClientRepository clients(m_database);
        const auto [beforeClient, beforeType] = clients.linkCall(callId, activeClientId);
        m_undoStack->push(new JourneyEditCommand(
            this, tr("Link call to active client"),
            [this, callId, activeClientId] { storage::ActiveClientRepository(m_database).linkCall(callId, activeClientId); },
            [this, callId, beforeClient, beforeType] {
                storage::ActiveClientRepository(m_database).restoreCallLink(callId, beforeClient, beforeType);
            },
            [this, callId] {
                Q_EMIT activeClientsChanged();
                m_leads->announceLeads({callId});
            }));
    });
}

bool JourneysDocument::setActiveClientStatus(const QString &activeClientId, const QString &status)
{
    return attempt([&] {
        storage::ActiveClientRepository clients(m_database);
        const QString before = clients.status(activeClientId);
        if (before == status)
            return;
        clients.setStatus(activeClientId, status);
        m_undoStack->push(new JourneyEditCommand(
            this, tr("Change active client status"),
            [this, activeClientId, status] { storage::ActiveClientRepository(m_database).setStatus(activeClientId, status); },
            [this, activeClientId, before] { storage::ActiveClientRepository(m_database).setStatus(activeClientId, before); },
            [this] { Q_EMIT activeClientsChanged(); }));
    });
}

} // namespace anchor::models
