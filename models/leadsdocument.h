#pragma once

#include <callrepository.h>
#include <database.h>
#include <leadannotationrepositories.h>

#include <QObject>
#include <QStringList>

class QUndoStack;

namespace anchor::models {

// The one place lead edits go through. Every edit runs in one transaction (the repositories'),
// lands on the undo stack as a QUndoCommand, and is announced by a signal that every view
// listens to, so all views show it at once. A failed edit changes nothing, is not put on the
// stack, and is reported through editFailed().
class LeadsDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadsDocument)

public:
    LeadsDocument(storage::Database database, QString userId, QObject *parent = nullptr);

    storage::Database database() const { return m_database; }
    QString userId() const { return m_userId; }
    QUndoStack *undoStack() const { return m_undoStack; }

    bool setStars(const QStringList &callIds, int stars);
    bool setCategory(const QStringList &callIds, const QString &category);
    bool setStage(const QStringList &callIds, const QString &stageId, const QString &stageName);
    bool addTag(const QStringList &callIds, const storage::TagRef &tag);
    bool removeTag(const QStringList &callIds, const storage::TagRef &tag);
    // Creates the tag for the client and adds it to the calls, as one undoable step.
    bool createAndAddTag(const QString &clientId, const QStringList &callIds, const QString &name, const QString &color);

    // alsoToCtm also queues the text for the call's notes in CTM (not withdrawn by undo: CTM
    // may have it already).
    bool addNote(const QString &callId, const QString &noteType, const QString &body, bool alsoToCtm = false);
    bool editNote(const QString &noteId, const QString &noteType, const QString &body);
    bool deleteNote(const QString &noteId);

    // Called by the undo commands after they changed the database.
    void announceLeads(const QStringList &callIds);
    void announceNotes(const QString &callId);
    // Stage management is not undoable (like settings); views still need to hear of it.
    void announceStages(const QString &clientId) { Q_EMIT stagesChanged(clientId); }

Q_SIGNALS:
    void leadsChanged(const QStringList &callIds);
    void notesChanged(const QString &callId);
    void tagsChanged(const QString &clientId);
    void stagesChanged(const QString &clientId);
    void editFailed(const QString &message);

private:
    template<typename Edit>
    bool attempt(Edit &&edit);

    storage::Database m_database;
    QString m_userId;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace anchor::models
