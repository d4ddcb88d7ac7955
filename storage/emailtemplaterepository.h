#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace anchor::storage {

// One reusable email (email_templates): a subject and an HTML body with {{placeholders}}
// (storage/emailcontent.h), filled in per recipient when a campaign's message is sent.
struct EmailTemplate
{
    QString id;
    QString clientId;    // empty: agency-wide, every client can use it
    QString name;
    QString subject;
    QString content;     // HTML
    QString category;    // welcome, offers, updates, birthday, or empty
    bool isDefault = false;   // shipped with the app
    QString createdBy;   // users.id, may be empty
    QDateTime updatedAt;

    // Equal in what the user edits (ids, texts, category, scope); not the timestamps.
    bool sameContent(const EmailTemplate &other) const
    {
        return id == other.id && clientId == other.clientId && name == other.name && subject == other.subject
            && content == other.content && category == other.category && isDefault == other.isDefault;
    }
};

// Someone a template's preview can be filled in for: a lead (a call with an email) or an
// active client with an email.
struct PreviewRecipient
{
    QString name;
    QString email;
    QString clientName;   // the client business they belong to
    bool activeClient = false;
};

// The email templates (email_templates). A few useful templates ship with the app and are added
// once, agency-wide; after that they are the user's to edit or delete.
class EmailTemplateRepository
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::EmailTemplateRepository)

public:
    explicit EmailTemplateRepository(Database database);

    // The templates a client can use: its own and the agency-wide ones (client_id NULL), by
    // category then name. clientId empty: every template. Adds the shipped templates on first use.
    QList<EmailTemplate> list(const QString &clientId = {});
    std::optional<EmailTemplate> find(const QString &templateId) const;

    // Checks the template (validate()) and adds it; returns its new id. createdBy may be empty.
    QString create(const EmailTemplate &emailTemplate);
    // Checks and writes the edited texts, category and scope of a stored template.
    void update(const EmailTemplate &emailTemplate);
    // A copy of a template as the client's (or the agency's) own; newName empty: "<name> (copy)".
    QString duplicate(const QString &templateId, const QString &newName = {}, const QString &createdBy = {});
    // Deletes a template; the campaigns made from it keep their own subject and content (their
    // template_id becomes NULL). Returns the ids of those campaigns, for restore().
    QStringList remove(const QString &templateId);
    // Writes a deleted template back under its id and links the campaigns that were made from it
    // again, in one transaction: the undo of remove() (and of create()).
    void restore(const EmailTemplate &emailTemplate, const QStringList &campaignIds = {});

    // Up to `limit` recent leads and active clients with an email, of the client (empty: of
    // every client), active clients first: real people to preview a template with. Reads only;
    // may scan many calls, so call it off the GUI thread.
    QList<PreviewRecipient> previewRecipients(const QString &clientId, int limit) const;

    // Throws a Constraint error saying what is missing or wrong (a name, a subject, a body, a
    // known category, sizes within reason).
    static void validate(const EmailTemplate &emailTemplate);

    // The categories the schema allows, in display order, and their labels ("" = none).
    static const QStringList &categories();
    static QString categoryLabel(const QString &category);

    // The templates that ship with the app (agency-wide, is_default = 1).
    static QList<EmailTemplate> shippedTemplates();

private:
    void addShippedTemplatesOnce();
    void write(const EmailTemplate &emailTemplate, bool insert);

    Database m_database;
};

} // namespace anchor::storage
