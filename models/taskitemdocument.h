#pragma once

#include <database.h>
#include <taskitemrepository.h>
#include <tasktypes.h>

#include <QDate>
#include <QObject>

#include <functional>
#include <optional>

class QUndoStack;

namespace anchor::models {

// The one place edits of a single task item go through: its own fields (name, description,
// status, due date, priority, flags, assignees), subitems, the update thread, files and time.
// It shares the application's undo stack, so Edit > Undo takes back whatever was done last.
// Every edit is one storage transaction and one QUndoCommand and is announced by itemChanged().
// A failed edit changes nothing, is not put on the stack, and is reported through editFailed().
// Marking updates read is bookkeeping, not an edit: it is never on the stack.
class TaskItemDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskItemDocument)

public:
    TaskItemDocument(storage::Database database, const QString &userId, QUndoStack *undoStack,
                     QObject *parent = nullptr);

    storage::Database database() const { return m_database; }
    QString userId() const { return m_userId; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // The item itself (through TaskBoardRepository).
    bool setName(const QString &itemId, const QString &name);
    bool setDescription(const QString &itemId, const QString &description);
    bool setStatus(const QString &itemId, const QString &status);
    bool setDueDate(const QString &itemId, const QDate &due); // invalid: no due date
    bool setPriority(const QString &itemId, const QString &priority);
    bool setFlags(const QString &itemId, bool voicemail, bool needsAttention);
    bool setAssigned(const QString &itemId, const QString &userId, bool assigned);

    // Subitems. add returns the new id, or empty when refused.
    QString addSubitem(const QString &itemId, const QString &name);
    bool renameSubitem(const QString &subitemId, const QString &name);
    bool setSubitemCompleted(const QString &subitemId, bool completed);
    bool moveSubitem(const QString &subitemId, int position);
    bool removeSubitem(const QString &subitemId);

    // Updates: posting notifies the people it @mentions; only the author deletes an update.
    QString postUpdate(const QString &itemId, const QString &content);
    bool removeUpdate(const QString &updateId);
    void markRead(const QString &itemId);

    // Files, copied into the attachments folder beside the database.
    QString attachFile(const QString &itemId, const QString &path);
    bool removeFile(const QString &fileId);

    // Time: manual entries and this user's one timer.
    QString addTimeEntry(const QString &itemId, int minutes, bool billable, const QString &description = {});
    QString startTimer(const QString &itemId);
    bool stopTimer();
    std::optional<storage::TaskTimeEntry> runningTimer() const;
    bool setBillable(const QString &entryId, bool billable);
    bool removeTimeEntry(const QString &entryId);

Q_SIGNALS:
    void itemChanged(const QString &itemId);
    void editFailed(const QString &message);

private:
    using Step = std::function<void()>;
    // Runs redo now (a StorageError leaves the stack alone) and pushes the pair as one step.
    void apply(const QString &itemId, const QString &text, const Step &redo, const Step &undo);
    template <typename Edit> bool attempt(Edit &&edit);

    storage::Database m_database;
    QString m_userId;
    QUndoStack *m_undoStack;
};

} // namespace anchor::models
