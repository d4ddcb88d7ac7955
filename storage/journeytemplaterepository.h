#pragma once

#include "database.h"
#include "journeytypes.h"

#include <QCoreApplication>

namespace anchor::storage {

// Reusable follow-up plans (journey_templates, journey_template_steps). A few useful templates
// ship with the app and are added once, agency-wide; after that they are the user's to edit.
class JourneyTemplateRepository
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::JourneyTemplateRepository)

public:
    explicit JourneyTemplateRepository(Database database);

    // The templates a client can use: its own and the agency-wide ones, by name. clientId empty:
    // every template. Adds the shipped templates on first use.
    QList<JourneyTemplate> list(const QString &clientId = {});
    std::optional<JourneyTemplate> find(const QString &templateId) const;
    // By id, else by name (case-insensitive) among the templates the client can use.
    JourneyTemplate resolve(const QString &clientId, const QString &idOrName);

    // Checks the template (a name, at least one step, each with a label, a known channel and
    // offsets in range) and writes it with its steps in one transaction; returns the id. A
    // template with an id that is not stored (undo of a delete) is written back under that id.
    QString save(const JourneyTemplate &journeyTemplate);
    QString duplicate(const QString &templateId, const QString &newName);
    void remove(const QString &templateId);

    // Throws a Constraint error saying what is wrong with the steps, if anything.
    static void validateSteps(const QList<TemplateStep> &steps);

    // The templates that ship with the app.
    static QList<JourneyTemplate> shippedTemplates();

private:
    void addShippedTemplatesOnce();

    Database m_database;
};

} // namespace anchor::storage
