#pragma once

#include <database.h>
#include <segmentrepository.h>

#include <QObject>

class QUndoStack;

namespace anchor::models {

// The one place edits of saved segments go through. Every edit is one storage transaction and
// one QUndoCommand on the given undo stack, announced by segmentsChanged(); a refused edit
// changes nothing, is not put on the stack, and is reported through editFailed().
class SegmentDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentDocument)

public:
    // sharedStack null: the document keeps a stack of its own. userId: who makes new segments.
    SegmentDocument(storage::Database database, QUndoStack *sharedStack, QString userId, QObject *parent = nullptr);

    storage::Database database() const { return m_database; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Adds (empty id) or edits a segment; savedId receives its id. Unchanged: nothing stacked.
    bool saveSegment(const storage::Segment &segment, QString *savedId = nullptr);
    bool removeSegment(const QString &segmentId);

    void announce() { Q_EMIT segmentsChanged(); }

Q_SIGNALS:
    void segmentsChanged();
    void editFailed(const QString &message);

private:
    storage::Database m_database;
    QUndoStack *m_undoStack;
    QString m_userId;
};

} // namespace anchor::models
