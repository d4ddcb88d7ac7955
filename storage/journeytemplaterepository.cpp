#include "journeytemplaterepository.h"

#include "sqlhelpers.h"
#include "storageerror.h"
#include "timestamps.h"
#include "transaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace anchor::storage {

namespace {

const QString kShippedKey = QStringLiteral("journey_templates_shipped");

TemplateStep step(const QString &label, const char *channel, const QString &message, int weeks, int days)
{
    return {label, QString::fromLatin1(channel), message, weeks, days};
}

} // namespace

JourneyTemplateRepository::JourneyTemplateRepository(Database database)
    : m_database(std::move(database))
{
}

QList<JourneyTemplate> JourneyTemplateRepository::shippedTemplates()
{
    QList<JourneyTemplate> templates;
    templates.append({{}, {}, tr("New lead follow-up"),
                      tr("Call back quickly, then keep in touch until the person decides."), {},
                      {step(tr("Call back"), "call", tr("Hi {{first_name}}, this is {{business_name}} returning your call about {{service}}."), 0, 0),
                       step(tr("Send information"), "email", tr("Hi {{first_name}}, as promised, here is more about {{service}}."), 0, 1),
                       step(tr("Check in"), "sms", tr("Hi {{first_name}}, any questions about {{service}}? Reply here or call us."), 0, 3),
                       step(tr("Follow-up call"), "call", tr("Ask whether {{client_name}} is ready to book {{service}}."), 1, 0),
                       step(tr("Last check-in"), "email", tr("Hi {{first_name}}, we are here whenever you are ready."), 4, 0)}});
    templates.append({{}, {}, tr("New patient consultation"),
                      tr("From the first call to the consultation and the treatment plan."), QStringLiteral("dental"),
                      {step(tr("Book the consultation"), "call", tr("Offer {{client_name}} the next consultation times for {{service}}."), 0, 0),
                       step(tr("Send new-patient forms"), "email", tr("Hi {{first_name}}, please fill in these forms before your visit."), 0, 1),
                       step(tr("Appointment reminder"), "sms", tr("Hi {{first_name}}, a reminder of your visit to {{business_name}}."), 0, 6),
                       step(tr("Consultation"), "meeting", {}, 1, 0),
                       step(tr("Review the treatment plan"), "call", tr("Go through the plan and costs for {{service}}."), 1, 2),
                       step(tr("Follow up on the plan"), "call", {}, 3, 0)}});
    templates.append({{}, {}, tr("Sleep consultation"),
                      tr("Screening, sleep study and appliance fitting."), QStringLiteral("tmj_sleep"),
                      {step(tr("Screening call"), "call", tr("Ask {{client_name}} about sleep and jaw symptoms."), 0, 0),
                       step(tr("Book the sleep study"), "task", {}, 0, 2),
                       step(tr("Results review"), "meeting", {}, 3, 0),
                       step(tr("Appliance fitting"), "meeting", {}, 6, 0),
                       step(tr("Comfort check"), "call", tr("How is {{first_name}} sleeping with the appliance?"), 8, 0)}});
    templates.append({{}, {}, tr("Med spa consultation"),
                      tr("Consultation, treatment and the rebooking that keeps clients coming back."), QStringLiteral("med_spa"),
                      {step(tr("Book the consultation"), "call", {}, 0, 0),
                       step(tr("Pre-visit instructions"), "email", tr("Hi {{first_name}}, how to prepare for {{service}}."), 0, 1),
                       step(tr("Treatment"), "meeting", {}, 1, 0),
                       step(tr("Aftercare check"), "sms", tr("Hi {{first_name}}, how are you feeling after {{service}}?"), 1, 2),
                       step(tr("Rebooking reminder"), "email", tr("Time for your next {{service}} at {{business_name}}."), 8, 0)}});
    templates.append({{}, {}, tr("Chiropractic care plan"),
                      tr("First adjustment and the visits of the care plan."), QStringLiteral("chiropractic"),
                      {step(tr("Book the first visit"), "call", {}, 0, 0),
                       step(tr("First adjustment"), "meeting", {}, 0, 3),
                       step(tr("Progress check"), "call", tr("How is {{first_name}}'s pain since the adjustment?"), 1, 0),
                       step(tr("Care plan review"), "meeting", {}, 4, 0)}});
    const QList<QPair<QString, QString>> homeServices = {
        {QStringLiteral("roofing"), tr("Roofing estimate")}, {QStringLiteral("plumbing"), tr("Plumbing estimate")},
        {QStringLiteral("hvac"), tr("HVAC estimate")}, {QStringLiteral("landscaping"), tr("Landscaping estimate")}};
    for (const auto &[subtype, name] : homeServices) {
        templates.append({{}, {}, name, tr("Site visit, written estimate and the follow-up that wins the job."), subtype,
                          {step(tr("Schedule the site visit"), "call", tr("Offer {{client_name}} a visit for {{service}}."), 0, 0),
                           step(tr("Site visit"), "meeting", {}, 0, 2),
                           step(tr("Send the estimate"), "email", tr("Hi {{first_name}}, here is our estimate for {{service}}."), 0, 4),
                           step(tr("Estimate follow-up"), "call", tr("Answer questions about the {{service}} estimate."), 1, 0),
                           step(tr("Last follow-up"), "sms", tr("Hi {{first_name}}, shall we put {{service}} on the schedule?"), 3, 0)}});
    }
    templates.append({{}, {}, tr("Catering inquiry"), tr("Menu, tasting and booking for an event."), QStringLiteral("general"),
                      {step(tr("Call about the event"), "call", {}, 0, 0),
                       step(tr("Send menu and quote"), "email", tr("Hi {{first_name}}, our menu and quote for your event."), 0, 1),
                       step(tr("Tasting"), "meeting", {}, 1, 0),
                       step(tr("Confirm the booking"), "call", {}, 2, 0)}});
    return templates;
}

void JourneyTemplateRepository::addShippedTemplatesOnce()
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Adding the shipped journey templates");
    QSqlQuery shipped = sql::run(db, QStringLiteral("SELECT 1 FROM app_settings WHERE key = ?"), {kShippedKey}, context);
    if (shipped.next())
        return;
    shipped.finish();
    Transaction transaction(db);
    for (const JourneyTemplate &journeyTemplate : shippedTemplates())
        save(journeyTemplate);
    sql::run(db, QStringLiteral("INSERT OR REPLACE INTO app_settings (key, value) VALUES (?, json('true'))"), {kShippedKey},
             context);
    transaction.commit();
}

QList<JourneyTemplate> JourneyTemplateRepository::list(const QString &clientId)
{
    addShippedTemplatesOnce();
    QSqlQuery query = sql::run(m_database.connection(), QStringLiteral(
        "SELECT id FROM journey_templates WHERE archived_at IS NULL AND (coalesce(?, '') = '' OR owner_user_id IS NULL OR owner_user_id = ?) "
        "ORDER BY name COLLATE NOCASE"), {clientId, clientId}, tr("Loading journey templates"));
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    QList<JourneyTemplate> templates;
    for (const QString &id : std::as_const(ids)) {
        if (auto found = find(id))
            templates.append(*found);
    }
    return templates;
}

std::optional<JourneyTemplate> JourneyTemplateRepository::find(const QString &templateId) const
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Loading a journey template");
    QSqlQuery query = sql::run(db, QStringLiteral("SELECT id, coalesce(owner_user_id, ''), name, coalesce(description, ''), "
                                                  "coalesce(service_type, '') FROM journey_templates WHERE id = ?"),
                               {templateId}, context);
    if (!query.next())
        return std::nullopt;
    JourneyTemplate result{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toString(), query.value(4).toString(), {}};
    QSqlQuery steps = sql::run(db, QStringLiteral("SELECT label, coalesce(channel, 'task'), coalesce(message, ''), "
                                                  "offset_weeks, offset_days FROM journey_template_steps "
                                                  "WHERE template_id = ? ORDER BY position"),
                               {templateId}, context);
    while (steps.next())
        result.steps.append({steps.value(0).toString(), steps.value(1).toString(), steps.value(2).toString(),
                             steps.value(3).toInt(), steps.value(4).toInt()});
    return result;
}

JourneyTemplate JourneyTemplateRepository::resolve(const QString &clientId, const QString &idOrName)
{
    if (auto byId = find(idOrName))
        return *byId;
    for (const JourneyTemplate &candidate : list(clientId)) {
        if (candidate.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    throw StorageError(StorageError::Kind::NotFound, tr("There is no journey template \"%1\".").arg(idOrName));
}

void JourneyTemplateRepository::validateSteps(const QList<TemplateStep> &steps)
{
    if (steps.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, tr("A journey template needs at least one step."));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const TemplateStep &step = steps.at(i);
        const int number = int(i + 1);
        if (step.label.trimmed().isEmpty())
            throw StorageError(StorageError::Kind::Constraint, tr("Step %1 needs a label.").arg(number));
        if (!journeyChannels().contains(step.channel))
            throw StorageError(StorageError::Kind::Constraint,
                               tr("Step %1: \"%2\" is not a channel (call, sms, email, meeting or task).")
                                   .arg(number).arg(step.channel));
        if (step.offsetWeeks < 0 || step.offsetDays < 0 || step.offsetWeeks > kMaxOffsetWeeks
            || step.offsetDays > kMaxOffsetDays || step.totalDays() > kMaxOffsetDays)
            throw StorageError(StorageError::Kind::Constraint,
                               tr("Step %1: the offset must be between 0 days and 10 years after the start.").arg(number));
    }
}

QString JourneyTemplateRepository::save(const JourneyTemplate &journeyTemplate)
{
    const QString name = journeyTemplate.name.trimmed();
    if (name.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, tr("A journey template needs a name."));
    validateSteps(journeyTemplate.steps);

    QSqlDatabase db = m_database.connection();
    const QString context = tr("Saving a journey template");
    Transaction transaction(db);
    // An id that is not stored (undo of a delete) is written back under that id.
    const QString id = journeyTemplate.id.isEmpty() ? newId() : journeyTemplate.id;
    sql::run(db, QStringLiteral(
        "INSERT INTO journey_templates (id, owner_user_id, name, description, service_type) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET owner_user_id = excluded.owner_user_id, name = excluded.name, "
        "description = excluded.description, service_type = excluded.service_type, "
        "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"),
        {id, sql::textOrNull(journeyTemplate.clientId), name, sql::textOrNull(journeyTemplate.description.trimmed()),
         sql::textOrNull(journeyTemplate.serviceType)},
        context);
    sql::run(db, QStringLiteral("DELETE FROM journey_template_steps WHERE template_id = ?"), {id}, context);
    QSqlQuery insert(db);
    sql::prepare(insert, QStringLiteral("INSERT INTO journey_template_steps "
                                        "(id, template_id, position, label, channel, message, offset_weeks, offset_days) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < journeyTemplate.steps.size(); ++i) {
        const TemplateStep &step = journeyTemplate.steps.at(i);
        insert.addBindValue(newId());
        insert.addBindValue(id);
        insert.addBindValue(int(i));
        insert.addBindValue(step.label.trimmed());
        insert.addBindValue(step.channel);
        insert.addBindValue(sql::textOrNull(step.message));
        insert.addBindValue(step.offsetWeeks);
        insert.addBindValue(step.offsetDays);
        sql::exec(insert, context);
    }
    transaction.commit();
    return id;
}

QString JourneyTemplateRepository::duplicate(const QString &templateId, const QString &newName)
{
    std::optional<JourneyTemplate> original = find(templateId);
    if (!original)
        throw StorageError(StorageError::Kind::NotFound, tr("The journey template no longer exists."));
    JourneyTemplate copy = *original;
    copy.id.clear();
    copy.name = newName.trimmed().isEmpty() ? tr("%1 (copy)").arg(original->name) : newName;
    return save(copy);
}

void JourneyTemplateRepository::remove(const QString &templateId)
{
    sql::run(m_database.connection(), QStringLiteral("DELETE FROM journey_templates WHERE id = ?"), {templateId},
             tr("Deleting a journey template"));
}

} // namespace anchor::storage
