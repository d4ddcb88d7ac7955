#include "emailtemplatedocument.h"

#include "emailtemplatecommands.h"

#include <storageerror.h>

#include <QUndoStack>

namespace anchor::models {

using storage::EmailTemplate;
using storage::EmailTemplateRepository;
using storage::StorageError;

EmailTemplateDocument::EmailTemplateDocument(storage::Database database, QUndoStack *sharedStack, QString userId,
                                             QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_undoStack(sharedStack ? sharedStack : new QUndoStack(this))
    , m_userId(std::move(userId))
{
}

template<typename Edit>
bool EmailTemplateDocument::attempt(Edit &&edit)
{
    try {
        edit();
        return true;
    } catch (const StorageError &error) {
        Q_EMIT editFailed(error.message());
        return false;
    }
}

bool EmailTemplateDocument::createTemplate(const EmailTemplate &emailTemplate, QString *savedId)
{
    return attempt([&] {
        EmailTemplateRepository templates(m_database);
        EmailTemplate draft = emailTemplate;
        if (draft.createdBy.isEmpty())
            draft.createdBy = m_userId;
        const QString id = templates.create(draft);
        if (savedId)
            *savedId = id;
        const std::optional<EmailTemplate> after = templates.find(id);
        m_undoStack->push(new EmailTemplateCommand(this, tr("Add email template \"%1\"").arg(after->name), std::nullopt,
                                                   after));
        announce();
    });
}

bool EmailTemplateDocument::saveTemplate(const EmailTemplate &emailTemplate)
{
    return attempt([&] {
        EmailTemplateRepository templates(m_database);
        const std::optional<EmailTemplate> before = templates.find(emailTemplate.id);
        if (!before)
            throw StorageError(StorageError::Kind::NotFound, tr("The email template no longer exists."));
        templates.update(emailTemplate);
        const std::optional<EmailTemplate> after = templates.find(emailTemplate.id);
        if (!after || before->sameContent(*after))
            return;   // nothing changed: nothing to undo
        m_undoStack->push(new EmailTemplateCommand(this, tr("Edit email template \"%1\"").arg(after->name), before, after));
        announce();
    });
}

QString EmailTemplateDocument::duplicateTemplate(const QString &templateId)
{
    QString id;
    attempt([&] {
        EmailTemplateRepository templates(m_database);
        id = templates.duplicate(templateId, {}, m_userId);
        const std::optional<EmailTemplate> after = templates.find(id);
        m_undoStack->push(new EmailTemplateCommand(this, tr("Duplicate email template as \"%1\"").arg(after->name),
                                                   std::nullopt, after));
        announce();
    });
    return id;
}

bool EmailTemplateDocument::removeTemplate(const QString &templateId)
{
    return attempt([&] {
        EmailTemplateRepository templates(m_database);
        const std::optional<EmailTemplate> before = templates.find(templateId);
        if (!before)
            throw StorageError(StorageError::Kind::NotFound, tr("The email template no longer exists."));
        const QStringList campaigns = templates.remove(templateId);
        m_undoStack->push(new EmailTemplateCommand(this, tr("Delete email template \"%1\"").arg(before->name), before,
                                                   std::nullopt, campaigns));
        announce();
    });
}

} // namespace anchor::models
