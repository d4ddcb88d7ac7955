#include "emailtemplaterepository.h"

#include "sqlhelpers.h"
#include "storageerror.h"
#include "timestamps.h"
#include "transaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace anchor::storage {

namespace {

const QString kShippedKey = QStringLiteral("email_templates_shipped");

// Long enough for any real template, short enough that a pasted file by mistake is refused.
constexpr qsizetype kMaxNameLength = 200;
constexpr qsizetype kMaxSubjectLength = 998;   // RFC 5322's line limit
constexpr qsizetype kMaxContentLength = 2 * 1024 * 1024;

const QString kColumns = QStringLiteral("SELECT id, coalesce(client_id, ''), name, subject, content, coalesce(category, ''), "
                                        "is_default, coalesce(created_by, ''), updated_at FROM email_templates ");

EmailTemplate readTemplate(const QSqlQuery &query)
{
    EmailTemplate result;
    result.id = query.value(0).toString();
    result.clientId = query.value(1).toString();
    result.name = query.value(2).toString();
    result.subject = query.value(3).toString();
    result.content = query.value(4).toString();
    result.category = query.value(5).toString();
    result.isDefault = query.value(6).toInt() != 0;
    result.createdBy = query.value(7).toString();
    result.updatedAt = fromDbTimestamp(query.value(8).toString());
    return result;
}

// A paragraph of the shipped templates' bodies, with the shared frame around them.
QString page(const QStringList &paragraphs)
{
    QString html = QStringLiteral("<html>\n<body style=\"font-family: Arial, Helvetica, sans-serif; color: #222222;\">\n");
    for (const QString &paragraph : paragraphs)
        html += QStringLiteral("<p>") + paragraph + QStringLiteral("</p>\n");
    html += QStringLiteral("<p style=\"font-size: 12px; color: #777777;\">")
          + EmailTemplateRepository::tr("You receive this email from {{client_name}}. "
                                        "<a href=\"{{unsubscribe_url}}\">Unsubscribe</a>")
          + QStringLiteral("</p>\n</body>\n</html>\n");
    return html;
}

EmailTemplate shipped(const QString &name, const char *category, const QString &subject, const QStringList &body)
{
    EmailTemplate result;
    result.name = name;
    result.category = QString::fromLatin1(category);
    result.subject = subject;
    result.content = page(body);
    result.isDefault = true;
    return result;
}

} // namespace

EmailTemplateRepository::EmailTemplateRepository(Database database)
    : m_database(std::move(database))
{
}

const QStringList &EmailTemplateRepository::categories()
{
    static const QStringList names = {QStringLiteral("welcome"), QStringLiteral("offers"), QStringLiteral("updates"),
                                      QStringLiteral("birthday")};
    return names;
}

QString EmailTemplateRepository::categoryLabel(const QString &category)
{
    if (category == QLatin1String("welcome"))
        return tr("Welcome");
    if (category == QLatin1String("offers"))
        return tr("Offers");
    if (category == QLatin1String("updates"))
        return tr("Updates");
    if (category == QLatin1String("birthday"))
        return tr("Birthday");
    if (category.isEmpty())
        return tr("No category");
    return category;
}

QList<EmailTemplate> EmailTemplateRepository::shippedTemplates()
{
    return {
        shipped(tr("Welcome new patient"), "welcome", tr("Welcome to {{client_name}}, {{first_name}}!"),
                {tr("Hi {{first_name}},"),
                 tr("Thank you for choosing {{client_name}}. We are glad to have you with us and look forward to "
                    "seeing you soon."),
                 tr("If you have any questions before your first visit, just reply to this email or give us a call."),
                 tr("Warm regards,<br>{{sender_name}}")}),
        shipped(tr("Seasonal offer"), "offers", tr("{{first_name}}, a seasonal offer from {{client_name}}"),
                {tr("Hi {{first_name}},"),
                 tr("This season we have a special offer for our patients and customers. Book before the end of the "
                    "month and enjoy <strong>15% off</strong> your next appointment."),
                 tr("Reply to this email or call us to book your spot."),
                 tr("Best wishes,<br>{{sender_name}}")}),
        shipped(tr("Monthly update"), "updates", tr("News from {{client_name}}"),
                {tr("Hi {{first_name}},"),
                 tr("Here is what is new at {{client_name}} this month:"),
                 tr("<ul>\n<li>New appointment times</li>\n<li>Tips from our team</li>\n<li>What is coming next</li>\n</ul>"),
                 tr("Thank you for being with us,<br>{{sender_name}}")}),
        shipped(tr("Happy birthday"), "birthday", tr("Happy birthday, {{first_name}}!"),
                {tr("Hi {{first_name}},"),
                 tr("Everyone at {{client_name}} wishes you a very happy birthday!"),
                 tr("As a small gift, your next visit comes with a treat from us. Just mention this email when you "
                    "book."),
                 tr("All the best,<br>{{sender_name}}")}),
    };
}

void EmailTemplateRepository::addShippedTemplatesOnce()
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Adding the shipped email templates");
    QSqlQuery shippedAlready = sql::run(db, QStringLiteral("SELECT 1 FROM app_settings WHERE key = ?"), {kShippedKey},
                                        context);
    if (shippedAlready.next())
        return;
    shippedAlready.finish();
    Transaction transaction(db);
    for (EmailTemplate emailTemplate : shippedTemplates()) {
        emailTemplate.id = newId();
        write(emailTemplate, true);
    }
    sql::run(db, QStringLiteral("INSERT OR REPLACE INTO app_settings (key, value) VALUES (?, json('true'))"), {kShippedKey},
             context);
    transaction.commit();
}

QList<EmailTemplate> EmailTemplateRepository::list(const QString &clientId)
{
    addShippedTemplatesOnce();
    // The CASE puts the categories in their display order and "none" last.
    QSqlQuery query = sql::run(m_database.connection(),
                               kColumns + QStringLiteral(
                                   "WHERE (coalesce(?, '') = '' OR client_id IS NULL OR client_id = ?) "
                                   "ORDER BY CASE category WHEN 'welcome' THEN 0 WHEN 'offers' THEN 1 "
                                   "WHEN 'updates' THEN 2 WHEN 'birthday' THEN 3 ELSE 4 END, name COLLATE NOCASE, id"),
                               {clientId, clientId}, tr("Loading email templates"));
    QList<EmailTemplate> templates;
    while (query.next())
        templates.append(readTemplate(query));
    return templates;
}

std::optional<EmailTemplate> EmailTemplateRepository::find(const QString &templateId) const
{
    QSqlQuery query = sql::run(m_database.connection(), kColumns + QStringLiteral("WHERE id = ?"), {templateId},
                               tr("Loading an email template"));
    if (!query.next())
        return std::nullopt;
    return readTemplate(query);
}

void EmailTemplateRepository::validate(const EmailTemplate &emailTemplate)
{
    const auto refuse = [](const QString &message) { throw StorageError(StorageError::Kind::Constraint, message); };
    const QString name = emailTemplate.name.trimmed();
    if (name.isEmpty())
        refuse(tr("An email template needs a name."));
    if (name.size() > kMaxNameLength)
        refuse(tr("A template name can be at most %1 characters.").arg(kMaxNameLength));
    const QString subject = emailTemplate.subject.trimmed();
    if (subject.isEmpty())
        refuse(tr("The template \"%1\" needs a subject.").arg(name));
    if (subject.size() > kMaxSubjectLength)
        refuse(tr("A subject can be at most %1 characters.").arg(kMaxSubjectLength));
    if (subject.contains(u'\n') || subject.contains(u'\r'))
        refuse(tr("A subject is one line; remove the line breaks."));
    if (emailTemplate.content.trimmed().isEmpty())
        refuse(tr("The template \"%1\" needs a message body.").arg(name));
    if (emailTemplate.content.size() > kMaxContentLength)
        refuse(tr("The message body is too large (at most 2 MB of text)."));
    if (!emailTemplate.category.isEmpty() && !categories().contains(emailTemplate.category))
        refuse(tr("\"%1\" is not an email template category; use welcome, offers, updates, birthday or none.")
                   .arg(emailTemplate.category));
}

void EmailTemplateRepository::write(const EmailTemplate &emailTemplate, bool insert)
{
    validate(emailTemplate);
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Saving an email template");
    const QString name = emailTemplate.name.trimmed();
    Transaction transaction(db);
    if (!emailTemplate.clientId.isEmpty()) {
        QSqlQuery client = sql::run(db, QStringLiteral("SELECT 1 FROM users WHERE id = ?"), {emailTemplate.clientId}, context);
        if (!client.next())
            throw StorageError(StorageError::Kind::NotFound, tr("The client business of this template no longer exists."));
    }
    // One name per scope, so a template can be picked by name (anchorctl campaigns create --template).
    QSqlQuery clash = sql::run(db, QStringLiteral("SELECT 1 FROM email_templates WHERE name = ? COLLATE NOCASE "
                                                  "AND client_id IS ? AND id IS NOT ?"),
                               {name, sql::textOrNull(emailTemplate.clientId), sql::textOrNull(emailTemplate.id)},
                               context);
    if (clash.next())
        throw StorageError(StorageError::Kind::Constraint,
                           emailTemplate.clientId.isEmpty()
                               ? tr("An agency-wide template named \"%1\" already exists.").arg(name)
                               : tr("The client already has a template named \"%1\".").arg(name));
    clash.finish();
    const QVariantList values = {emailTemplate.id,
                                 sql::textOrNull(emailTemplate.clientId),
                                 name,
                                 emailTemplate.subject.trimmed(),
                                 emailTemplate.content,
                                 sql::textOrNull(emailTemplate.category),
                                 emailTemplate.isDefault ? 1 : 0,
                                 sql::textOrNull(emailTemplate.createdBy)};
    if (insert) {
        sql::run(db, QStringLiteral("INSERT INTO email_templates (id, client_id, name, subject, content, category, "
                                    "is_default, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 values, context);
    } else {
        // created_by stays who made it.
        QSqlQuery update = sql::run(db, QStringLiteral(
            "UPDATE email_templates SET client_id = ?, name = ?, subject = ?, content = ?, category = ?, "
            "is_default = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"),
            values.mid(1, 6) + QVariantList{emailTemplate.id}, context);
        if (update.numRowsAffected() == 0)
            throw StorageError(StorageError::Kind::NotFound, tr("The email template \"%1\" no longer exists.").arg(name));
    }
    transaction.commit();
}

QString EmailTemplateRepository::create(const EmailTemplate &emailTemplate)
{
    EmailTemplate copy = emailTemplate;
    copy.id = newId();
    write(copy, true);
    return copy.id;
}

void EmailTemplateRepository::update(const EmailTemplate &emailTemplate)
{
    if (emailTemplate.id.isEmpty())
        throw StorageError(StorageError::Kind::NotFound, tr("Only a stored email template can be changed."));
    write(emailTemplate, false);
}

QString EmailTemplateRepository::duplicate(const QString &templateId, const QString &newName, const QString &createdBy)
{
    const std::optional<EmailTemplate> original = find(templateId);
    if (!original)
        throw StorageError(StorageError::Kind::NotFound, tr("The email template no longer exists."));
    EmailTemplate copy = *original;
    copy.isDefault = false;
    copy.createdBy = createdBy;
    if (!newName.trimmed().isEmpty()) {
        copy.name = newName.trimmed();
        return create(copy);
    }
    // "<name> (copy)", then "(copy 2)", ... until the name is free in the template's scope.
    QSqlDatabase db = m_database.connection();
    for (int attempt = 1;; ++attempt) {
        copy.name = attempt == 1 ? tr("%1 (copy)").arg(original->name) : tr("%1 (copy %2)").arg(original->name).arg(attempt);
        QSqlQuery clash = sql::run(db, QStringLiteral("SELECT 1 FROM email_templates WHERE name = ? COLLATE NOCASE "
                                                      "AND client_id IS ?"),
                                   {copy.name, sql::textOrNull(copy.clientId)}, tr("Copying an email template"));
        if (!clash.next())
            break;
    }
    return create(copy);
}

QStringList EmailTemplateRepository::remove(const QString &templateId)
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Deleting an email template");
    Transaction transaction(db);
    QSqlQuery campaigns = sql::run(db, QStringLiteral("SELECT id FROM email_campaigns WHERE template_id = ? ORDER BY id"),
                                   {templateId}, context);
    QStringList campaignIds;
    while (campaigns.next())
        campaignIds.append(campaigns.value(0).toString());
    campaigns.finish();
    sql::run(db, QStringLiteral("DELETE FROM email_templates WHERE id = ?"), {templateId}, context);
    transaction.commit();
    return campaignIds;
}

void EmailTemplateRepository::restore(const EmailTemplate &emailTemplate, const QStringList &campaignIds)
{
    if (emailTemplate.id.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, tr("Only an email template with an id can be restored."));
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Restoring an email template");
    Transaction transaction(db);
    QSqlQuery stored = sql::run(db, QStringLiteral("SELECT 1 FROM email_templates WHERE id = ?"), {emailTemplate.id},
                                context);
    const bool exists = stored.next();
    stored.finish();
    write(emailTemplate, !exists);
    QSqlQuery relink(db);
    sql::prepare(relink, QStringLiteral("UPDATE email_campaigns SET template_id = ? WHERE id = ? AND template_id IS NULL"));
    for (const QString &campaignId : campaignIds) {
        relink.addBindValue(emailTemplate.id);
        relink.addBindValue(campaignId);
        sql::exec(relink, context);
    }
    transaction.commit();
}

QList<PreviewRecipient> EmailTemplateRepository::previewRecipients(const QString &clientId, int limit) const
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Loading people to preview a template with");
    QList<PreviewRecipient> people;
    QSqlQuery clients = sql::run(db, QStringLiteral(
        "SELECT coalesce(a.client_name, ''), a.client_email, coalesce(b.business_name, '') FROM active_clients a "
        "LEFT JOIN brand_assets b ON b.user_id = a.owner_user_id "
        "WHERE coalesce(a.client_email, '') <> '' AND (coalesce(?, '') = '' OR a.owner_user_id = ?) "
        "ORDER BY a.updated_at DESC LIMIT ?"), {clientId, clientId, limit}, context);
    while (clients.next())
        people.append({clients.value(0).toString(), clients.value(1).toString(), clients.value(2).toString(), true});
    clients.finish();
    if (people.size() >= limit)
        return people;
    // Leads: caller_email is CTM's meta.email, indexed where there is one (0006_email.sql).
    QSqlQuery leads = sql::run(db, QStringLiteral(
        "SELECT coalesce(c.caller_name, ''), c.caller_email, coalesce(b.business_name, '') "
        "FROM call_logs c LEFT JOIN brand_assets b ON b.user_id = c.owner_user_id "
        "WHERE c.caller_email IS NOT NULL "
        "AND (coalesce(?, '') = '' OR c.owner_user_id = ?) ORDER BY c.started_at DESC LIMIT ?"),
        {clientId, clientId, limit - int(people.size())}, context);
    while (leads.next())
        people.append({leads.value(0).toString(), leads.value(1).toString(), leads.value(2).toString(), false});
    return people;
}

} // namespace anchor::storage
