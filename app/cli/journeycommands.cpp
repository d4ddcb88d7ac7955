// anchorctl's journey commands: journeys list/start, and the scheduled jobs (jobs run/configure):
// due-journey notifications and the redaction of old service records; jobs run also runs the
// task jobs (taskcommands.cpp).
#include "commandline.h"

#include <callrepository.h>
#include <clientrepository.h>
#include <csvwriter.h>
#include <journeyjobs.h>
#include <journeyrepository.h>
#include <journeytemplaterepository.h>
#include <servicerepository.h>
#include <storageerror.h>
#include <timestamps.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace anchor::cli {

using storage::StorageError;

namespace {

// Machine formats carry UTC timestamps as stored; empty when there is none.
QString utcText(const QDateTime &when)
{
    return when.isValid() ? storage::toDbTimestamp(when) : QString();
}

// People read local times.
QString localText(const QDateTime &when)
{
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QJsonObject journeyJson(const storage::JourneyRow &row)
{
    return {{QStringLiteral("id"), row.id},
            {QStringLiteral("client_id"), row.clientId},
            {QStringLiteral("client"), row.clientName},
            {QStringLiteral("name"), row.personName},
            {QStringLiteral("phone"), row.phone},
            {QStringLiteral("email"), row.email},
            {QStringLiteral("status"), row.status},
            {QStringLiteral("paused"), row.paused},
            {QStringLiteral("next_action_at"), utcText(row.nextActionAt)},
            {QStringLiteral("next_step"), row.nextStepLabel},
            {QStringLiteral("steps_done"), row.stepsDone},
            {QStringLiteral("steps_total"), row.stepsTotal},
            {QStringLiteral("concerns"), QJsonArray::fromStringList(row.concerns)},
            {QStringLiteral("concerns_redacted"), row.concernsRedacted},
            {QStringLiteral("service"), row.serviceName},
            {QStringLiteral("call_id"), row.leadCallKey},
            {QStringLiteral("active_client_id"), row.activeClientId},
            {QStringLiteral("parent_journey_id"), row.parentJourneyId},
            {QStringLiteral("created_at"), utcText(row.createdAt)}};
}

QJsonObject stepJson(const storage::JourneyStep &step)
{
    return {{QStringLiteral("id"), step.id},
            {QStringLiteral("position"), step.position},
            {QStringLiteral("label"), step.label},
            {QStringLiteral("channel"), step.channel},
            {QStringLiteral("due_at"), utcText(step.dueAt)},
            {QStringLiteral("completed_at"), utcText(step.completedAt)}};
}

} // namespace

QStringList CommandLine::parseStatuses() const
{
    QStringList statuses;
    for (const QString &value : m_parser.values(QStringLiteral("status"))) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const QString status = part.trimmed().toLower();
            if (!storage::journeyStatuses().contains(status))
                throw UsageError{tr("Unknown journey status \"%1\"; use one of %2.")
                                     .arg(part.trimmed(), storage::journeyStatuses().join(QStringLiteral(", ")))};
            statuses.append(status);
        }
    }
    return statuses;
}

QString CommandLine::parseClientId(const storage::Database &database) const
{
    const QStringList clients = m_parser.values(QStringLiteral("client"));
    if (clients.isEmpty())
        return {};
    if (clients.size() > 1)
        throw UsageError{tr("Give --client once for this command.")};
    try {
        return storage::ClientRepository(database).resolve(clients.first()).id;
    } catch (const StorageError &error) {
        if (error.kind() != StorageError::Kind::NotFound && error.kind() != StorageError::Kind::Constraint)
            throw;
        throw UsageError{error.message()};   // as the leads filters: a wrong name is a wrong command line
    }
}

int CommandLine::runJourneysList()
{
    requireOnly({QStringLiteral("status"), QStringLiteral("client"), QStringLiteral("search"), QStringLiteral("limit"),
                 QStringLiteral("offset"), QStringLiteral("format")});
    const QString format = parseFormat();   // usage errors before the database is touched
    storage::JourneyFilter filter;
    filter.statuses = parseStatuses();
    filter.search = m_parser.value(QStringLiteral("search"));
    const int limit = parseInt(QStringLiteral("limit"), 1, 1'000'000, 50);
    const int offset = parseInt(QStringLiteral("offset"), 0, 2'000'000'000, 0);

    const storage::Database database = openDatabase(false);
    filter.clientId = parseClientId(database);
    // One page, never a count of every journey: the list stays as fast at 100,000 journeys.
    const QList<storage::JourneyRow> rows = storage::JourneyRepository(database).page(filter, {}, offset, limit);
    printJourneys(rows, format);
    finishOutput();
    return 0;
}

void CommandLine::printJourneys(const QList<storage::JourneyRow> &rows, const QString &format)
{
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const auto &row : rows)
            array.append(journeyJson(row));
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return;
    }
    const QStringList headings = {tr("Next action"), tr("Name"), tr("Phone"), tr("Client"), tr("Status"),
                                  tr("Steps"), tr("Next step"), tr("Id")};
    if (format == QLatin1String("csv")) {
        m_out << QString::fromUtf8(models::CsvWriter::record(headings));
        for (const auto &row : rows)
            m_out << QString::fromUtf8(models::CsvWriter::record(
                {utcText(row.nextActionAt), row.personName, row.phone, row.clientName, row.status,
                 QStringLiteral("%1/%2").arg(row.stepsDone).arg(row.stepsTotal), row.nextStepLabel, row.id}));
        return;
    }
    QList<QStringList> table{headings};
    for (const auto &row : rows) {
        const QString status = row.paused ? tr("%1 (paused)").arg(row.status) : row.status;
        table.append({localText(row.nextActionAt), row.personName, row.phone, row.clientName, status,
                      QStringLiteral("%1/%2").arg(row.stepsDone).arg(row.stepsTotal), row.nextStepLabel, row.id});
    }
    printTable(table, true);
    m_out << tr("%n journey(s)", nullptr, static_cast<int>(rows.size())) << Qt::endl;
}

int CommandLine::runJourneysStart()
{
    requireOnly({QStringLiteral("call"), QStringLiteral("template"), QStringLiteral("service"), QStringLiteral("concern"),
                 QStringLiteral("follow-up-of"), QStringLiteral("format")});
    const QString callId = m_parser.value(QStringLiteral("call")).trimmed();
    if (callId.isEmpty())
        throw UsageError{tr("\"journeys start\" needs --call CALL_ID.")};
    const QString format = parseFormat();
    if (format == QLatin1String("csv"))
        throw UsageError{tr("\"journeys start\" prints table or json, not csv.")};

    const storage::Database database = openDatabase(false);
    const std::optional<storage::LeadRow> lead = storage::CallRepository(database).findByCallId(callId);
    if (!lead)
        throw StorageError(StorageError::Kind::NotFound, tr("There is no lead with call id \"%1\".").arg(callId));

    // Templates and services are looked up among the ones of the call's client business.
    storage::NewJourney journey;
    journey.callId = callId;
    journey.concerns = m_parser.values(QStringLiteral("concern"));
    journey.parentJourneyId = m_parser.value(QStringLiteral("follow-up-of")).trimmed();
    if (m_parser.isSet(QStringLiteral("template")))
        journey.templateId = storage::JourneyTemplateRepository(database)
                                 .resolve(lead->clientId, m_parser.value(QStringLiteral("template")).trimmed()).id;
    storage::ServiceRepository services(database);
    for (const QString &service : m_parser.values(QStringLiteral("service")))
        journey.serviceIds.append(services.resolve(lead->clientId, service.trimmed()).id);
    journey.authorId = storage::UserRepository(database).ensureLocalUser();

    storage::JourneyRepository journeys(database);
    const QString id = journeys.start(journey);
    const QList<storage::JourneyStep> steps = journeys.steps(id);
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const auto &step : steps)
            array.append(stepJson(step));
        m_out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("steps"), array}})
                                       .toJson(QJsonDocument::Indented));
    } else {
        // The id alone on the first line, so scripts can take it with head -n 1.
        m_out << id << Qt::endl;
        QList<QStringList> table{{tr("Due"), tr("Channel"), tr("Step")}};
        for (const auto &step : steps)
            table.append({localText(step.dueAt), step.channel, step.label});
        if (steps.isEmpty())
            m_out << tr("The journey has no steps yet.") << Qt::endl;
        else
            printTable(table);
    }
    finishOutput();
    return 0;
}

int CommandLine::runJobsRun()
{
    requireOnly({QStringLiteral("redact-after-days"), QStringLiteral("format")});
    const QString format = parseFormat();
    if (format == QLatin1String("csv"))
        throw UsageError{tr("\"jobs run\" prints table or json, not csv.")};
    const bool overridden = m_parser.isSet(QStringLiteral("redact-after-days"));
    const int overrideDays = parseInt(QStringLiteral("redact-after-days"), 0, 36'500, 0);

    const storage::Database database = openDatabase(false);
    storage::JourneyJobs jobs(database);
    const int days = overridden ? overrideDays : jobs.redactionDays();
    const QString userId = storage::UserRepository(database).ensureLocalUser();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<storage::DueJourney> due = jobs.notifyDueJourneys(userId, now);
    const storage::RedactionResult redacted = jobs.redact(days, now);
    const bool json = format == QLatin1String("json");

    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const auto &journey : due)
            list.append(QJsonObject{{QStringLiteral("id"), journey.journeyId},
                                    {QStringLiteral("name"), journey.personName},
                                    {QStringLiteral("client"), journey.clientName},
                                    {QStringLiteral("step"), journey.stepLabel},
                                    {QStringLiteral("due_at"), utcText(journey.dueAt)}});
        QJsonObject result{{QStringLiteral("due"), list},
                           {QStringLiteral("redaction_days"), days},
                           {QStringLiteral("redacted_services"), redacted.services},
                           {QStringLiteral("redacted_journeys"), redacted.journeys}};
        result.insert(QStringLiteral("tasks"), runTaskJobs(database, userId, now, json));
        result.insert(QStringLiteral("campaigns"), runCampaignJobs(database, userId, now, json));
        m_out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    } else {
        for (const auto &journey : due)
            m_out << tr("Due: %1 (%2), %3 since %4")
                         .arg(journey.personName, journey.clientName, journey.stepLabel, localText(journey.dueAt))
                  << Qt::endl;
        m_out << tr("%1; %2 and %3 redacted.")
                     .arg(tr("%n journey(s) due", nullptr, int(due.size())),
                          tr("%n service(s)", nullptr, redacted.services),
                          tr("%n journey(s)", nullptr, redacted.journeys));
        if (days == 0)
            m_out << u' ' << tr("(Redaction is off.)");
        m_out << Qt::endl;
        runTaskJobs(database, userId, now, json);
        runCampaignJobs(database, userId, now, json);
    }
    finishOutput();
    return 0;
}

int CommandLine::runJobsConfigure()
{
    requireOnly({QStringLiteral("redact-after-days")});
    if (!m_parser.isSet(QStringLiteral("redact-after-days")))
        throw UsageError{tr("\"jobs configure\" needs --redact-after-days N (0 turns redaction off).")};
    const int days = parseInt(QStringLiteral("redact-after-days"), 0, 36'500, 0);
    const storage::Database database = openDatabase(false);
    storage::JourneyJobs(database).setRedactionDays(days);
    if (days == 0)
        m_out << tr("Service records are never redacted.") << Qt::endl;
    else
        m_out << tr("Service records and closed journeys' concerns are redacted after %1 days.").arg(days) << Qt::endl;
    finishOutput();
    return 0;
}

} // namespace anchor::cli
