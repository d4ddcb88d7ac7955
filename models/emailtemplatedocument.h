#pragma once

#include <database.h>
#include <emailtemplaterepository.h>

#include <QObject>

class QUndoStack;

namespace anchor::models {

// The one place edits of email templates go through. Every edit is one storage transaction and
// one QUndoCommand on the given undo stack, and is announced by templatesChanged(). A refused
// edit changes nothing, is not put on the stack, and is reported through editFailed() with the
// storage layer's message.
class EmailTemplateDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailTemplateDocument)

public:
    // sharedStack null: the document keeps a stack of its own. userId: who makes new templates.
    EmailTemplateDocument(storage::Database database, QUndoStack *sharedStack, QString userId,
                          QObject *parent = nullptr);

    storage::Database database() const { return m_database; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QString userId() const { return m_userId; }

    // Adds a template (its id is ignored); savedId receives the new id.
    bool createTemplate(const storage::EmailTemplate &emailTemplate, QString *savedId = nullptr);
    // Writes the edits of a stored template; nothing changed: nothing is put on the stack.
    bool saveTemplate(const storage::EmailTemplate &emailTemplate);
    // Returns the copy's id, or empty when refused.
    QString duplicateTemplate(const QString &templateId);
    bool removeTemplate(const QString &templateId);

    // Called by the undo commands after they changed the database.
    void announce() { Q_EMIT templatesChanged(); }

Q_SIGNALS:
    void templatesChanged();
    void editFailed(const QString &message);

private:
    template<typename Edit>
    bool attempt(Edit &&edit);

    storage::Database m_database;
    QUndoStack *m_undoStack;
    QString m_userId;
};

} // namespace anchor::models
