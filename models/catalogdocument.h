#pragma once

#include <database.h>
#include <journeytypes.h>

#include <QObject>

class QUndoStack;

namespace anchor::models {

// The one place edits of the catalog go through: each client's services and the journey
// templates. Every edit is one storage transaction and one QUndoCommand on the shared undo
// stack (so Edit > Undo takes back whatever was done last, here or in the leads and journeys),
// and is announced by a signal. A failed edit changes nothing, is not put on the stack, and is
// reported through editFailed() with the storage layer's message.
class CatalogDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogDocument)

public:
    // sharedStack null: the document keeps a stack of its own.
    CatalogDocument(storage::Database database, QUndoStack *sharedStack, QObject *parent = nullptr);

    storage::Database database() const { return m_database; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Adds (empty id) or edits a service; savedId receives its id.
    bool saveService(const storage::Service &service, QString *savedId = nullptr);
    bool setServiceActive(const QString &serviceId, bool active);
    // Refused (editFailed) when an active client agreed to the service.
    bool removeService(const QString &serviceId);

    // Adds (empty id) or edits a template with its steps; savedId receives its id.
    bool saveTemplate(const storage::JourneyTemplate &journeyTemplate, QString *savedId = nullptr);
    // Returns the copy's id, or empty when refused. newName empty: "<name> (copy)".
    QString duplicateTemplate(const QString &templateId, const QString &newName = {});
    bool removeTemplate(const QString &templateId);

    // Called by the undo commands after they changed the database.
    void announceServices(const QString &clientId) { Q_EMIT servicesChanged(clientId); }
    void announceTemplates() { Q_EMIT templatesChanged(); }

Q_SIGNALS:
    void servicesChanged(const QString &clientId);
    void templatesChanged();
    void editFailed(const QString &message);

private:
    template<typename Edit>
    bool attempt(Edit &&edit);

    storage::Database m_database;
    QUndoStack *m_undoStack;
};

} // namespace anchor::models
