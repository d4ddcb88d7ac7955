#include "journeyrepository.h"

#include "sqlhelpers.h"
#include "storageerror.h"
#include "timestamps.h"
#include "transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace anchor::storage {

namespace {

// Journeys with nothing left to do sort after every dated one; the expression matches the
// indexes of schema 4 so the list walks an index instead of sorting.
const QString kNextActionKey = QStringLiteral("coalesce(j.next_action_at, '9999-12-31T00:00:00.000Z')");

const QString kRowColumns = QStringLiteral(
    "SELECT j.id, j.owner_user_id, coalesce(d.name, ''), coalesce(j.client_name, ''), coalesce(j.client_phone, ''), "
    "coalesce(j.client_email, ''), j.status, j.paused, coalesce(j.next_action_at, ''), "
    "coalesce((SELECT s.label FROM client_journey_steps s WHERE s.journey_id = j.id AND s.completed_at IS NULL "
    "          ORDER BY s.due_at LIMIT 1), ''), "
    "(SELECT count(*) FROM client_journey_steps s WHERE s.journey_id = j.id AND s.completed_at IS NOT NULL), "
    "(SELECT count(*) FROM client_journey_steps s WHERE s.journey_id = j.id), "
    "coalesce(j.symptoms, '[]'), j.symptoms_redacted, coalesce(sv.name, ''), coalesce(j.lead_call_key, ''), "
    "coalesce(j.active_client_id, ''), coalesce(j.parent_journey_id, ''), j.created_at, j.updated_at "
    "FROM client_journeys j LEFT JOIN client_directory d ON d.id = j.owner_user_id "
    "LEFT JOIN services sv ON sv.id = j.service_id ");

JourneyRow readRow(const QSqlQuery &q)
{
    JourneyRow row;
    row.id = q.value(0).toString();
    row.clientId = q.value(1).toString();
    row.clientName = q.value(2).toString();
    row.personName = q.value(3).toString();
    row.phone = q.value(4).toString();
    row.email = q.value(5).toString();
    row.status = q.value(6).toString();
    row.paused = q.value(7).toInt() != 0;
    row.nextActionAt = fromDbTimestamp(q.value(8).toString());
    row.nextStepLabel = q.value(9).toString();
    row.stepsDone = q.value(10).toInt();
    row.stepsTotal = q.value(11).toInt();
    for (const QJsonValue &value : QJsonDocument::fromJson(q.value(12).toString().toUtf8()).array())
        row.concerns.append(value.toString());
    row.concernsRedacted = q.value(13).toInt() != 0;
    row.serviceName = q.value(14).toString();
    row.leadCallKey = q.value(15).toString();
    row.activeClientId = q.value(16).toString();
    row.parentJourneyId = q.value(17).toString();
    row.createdAt = fromDbTimestamp(q.value(18).toString());
    row.updatedAt = fromDbTimestamp(q.value(19).toString());
    return row;
}

QString likePattern(const QString &text)
{
    QString escaped = text.trimmed();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The WHERE clause of a filter and its bound values, in order.
QString whereClause(const JourneyFilter &filter, QVariantList &values)
{
    QStringList terms;
    if (!filter.clientId.isEmpty()) {
        terms << QStringLiteral("j.owner_user_id = ?");
        values << filter.clientId;
    }
    if (filter.statuses.size() == 1) {
        terms << QStringLiteral("j.status = ?");
        values << filter.statuses.first();
    } else if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (const QString &status : filter.statuses) {
            marks << QStringLiteral("?");
            values << status;
        }
        terms << QStringLiteral("j.status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!filter.search.trimmed().isEmpty()) {
        terms << QStringLiteral("(j.client_name LIKE ? ESCAPE '\\' OR j.client_phone LIKE ? ESCAPE '\\' "
                                "OR j.client_email LIKE ? ESCAPE '\\' OR (j.symptoms_redacted = 0 AND j.symptoms LIKE ? ESCAPE '\\'))");
        const QString pattern = likePattern(filter.search);
        values << pattern << pattern << pattern << pattern;
    }
    if (filter.overdueOnly) {
        terms << QStringLiteral("(j.paused = 0 AND j.status IN ('pending', 'in_progress', 'active_client') "
                                "AND j.next_action_at < ?)");
        values << nowDbTimestamp();
    }
    if (filter.pausedOnly)
        terms << QStringLiteral("j.paused = 1");
    if (!filter.activeClientId.isEmpty()) {
        terms << QStringLiteral("j.active_client_id = ?");
        values << filter.activeClientId;
    }
    return terms.isEmpty() ? QString() : QStringLiteral("WHERE ") + terms.join(QStringLiteral(" AND ")) + QLatin1Char(' ');
}

QString orderClause(const JourneySort &sort)
{
    const QString direction = sort.descending ? QStringLiteral(" DESC") : QString();
    switch (sort.key) {
    case JourneySortKey::Created:
        return QStringLiteral("ORDER BY j.created_at") + direction;
    case JourneySortKey::Name:
        return QStringLiteral("ORDER BY j.client_name COLLATE NOCASE") + direction;
    case JourneySortKey::Status:
        return QStringLiteral("ORDER BY j.status") + direction + QStringLiteral(", ") + kNextActionKey;
    case JourneySortKey::Client:
        return QStringLiteral("ORDER BY d.name COLLATE NOCASE") + direction + QStringLiteral(", ") + kNextActionKey;
    case JourneySortKey::NextAction:
        break;
    }
    return QStringLiteral("ORDER BY ") + kNextActionKey + direction;
}

JourneyStep readStep(const QSqlQuery &q)
{
    JourneyStep step;
    step.id = q.value(0).toString();
    step.journeyId = q.value(1).toString();
    step.position = q.value(2).toInt();
    step.label = q.value(3).toString();
    step.channel = q.value(4).toString();
    step.message = q.value(5).toString();
    step.offsetWeeks = q.value(6).toInt();
    step.dueAt = fromDbTimestamp(q.value(7).toString());
    step.completedAt = fromDbTimestamp(q.value(8).toString());
    step.notes = q.value(9).toString();
    return step;
}

const QString kStepColumns = QStringLiteral(
    "SELECT id, journey_id, position, label, coalesce(channel, 'task'), coalesce(message, ''), offset_weeks, "
    "coalesce(due_at, ''), coalesce(completed_at, ''), coalesce(notes, '') FROM client_journey_steps ");

} // namespace

// The earliest open step is the journey's next action; a won, lost or archived journey has none
// (it leaves the top of the list and never falls due).
void updateJourneyNextAction(const QSqlDatabase &db, const QString &journeyId, const QString &context)
{
    sql::run(db, QStringLiteral(
        "UPDATE client_journeys SET next_action_at = CASE WHEN status IN ('pending', 'in_progress', 'active_client') "
        "THEN (SELECT min(due_at) FROM client_journey_steps WHERE journey_id = ? AND completed_at IS NULL) END, "
        "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"),
        {journeyId, journeyId}, context);
}

namespace {

void updateNextAction(const QSqlDatabase &db, const QString &journeyId, const QString &context)
{
    updateJourneyNextAction(db, journeyId, context);
}

QString journeyOfStep(const QSqlDatabase &db, const QString &stepId, const QString &context)
{
    QSqlQuery query = sql::run(db, QStringLiteral("SELECT journey_id FROM client_journey_steps WHERE id = ?"), {stepId},
                               context);
    if (!query.next())
        throw StorageError(StorageError::Kind::NotFound,
                           QCoreApplication::translate("anchor::storage::JourneyRepository", "The step no longer exists."));
    return query.value(0).toString();
}

QString recordEvent(const QSqlDatabase &db, const QString &journeyId, const QString &kind, const QString &from,
                    const QString &to, const QString &authorId, const QString &context)
{
    const QString id = newId();
    sql::run(db, QStringLiteral("INSERT INTO client_journey_events (id, journey_id, kind, from_status, to_status, author_id) "
                                "VALUES (?, ?, ?, ?, ?, (SELECT id FROM users WHERE id = ?))"),
             {id, journeyId, kind, sql::textOrNull(from), sql::textOrNull(to), authorId}, context);
    return id;
}

} // namespace

bool journeyStatusChangeAllowed(const QString &from, const QString &to)
{
    return journeyStatusesReachableFrom(from).contains(to);
}

QStringList journeyStatusesReachableFrom(const QString &from)
{
    // Seed 000's workflow: pending -> in progress -> active client (by converting) -> won;
    // lost from any open status; archive from any; reopen lost and archived journeys.
    if (from == QLatin1String("pending"))
        return {QStringLiteral("in_progress"), QStringLiteral("lost"), QStringLiteral("archived")};
    if (from == QLatin1String("in_progress"))
        return {QStringLiteral("pending"), QStringLiteral("won"), QStringLiteral("lost"), QStringLiteral("archived")};
    if (from == QLatin1String("active_client"))
        return {QStringLiteral("won"), QStringLiteral("lost"), QStringLiteral("archived")};
    if (from == QLatin1String("won"))
        return {QStringLiteral("archived")};
    if (from == QLatin1String("lost"))
        return {QStringLiteral("in_progress"), QStringLiteral("archived")};
    if (from == QLatin1String("archived"))
        return {QStringLiteral("pending"), QStringLiteral("in_progress")};
    return {};
}

JourneyRepository::JourneyRepository(Database database)
    : m_database(std::move(database))
{
}

QList<JourneyRow> JourneyRepository::page(const JourneyFilter &filter, const JourneySort &sort, qint64 offset,
                                          int limit) const
{
    QVariantList values;
    const QString where = whereClause(filter, values);
    values << limit << offset;
    QSqlQuery query = sql::run(m_database.connection(),
                               kRowColumns + where + orderClause(sort) + QStringLiteral(" LIMIT ? OFFSET ?"), values,
                               tr("Loading journeys"));
    QList<JourneyRow> rows;
    while (query.next())
        rows.append(readRow(query));
    return rows;
}

qint64 JourneyRepository::count(const JourneyFilter &filter) const
{
    QVariantList values;
    const QString where = whereClause(filter, values);
    QSqlQuery query = sql::run(m_database.connection(), QStringLiteral("SELECT count(*) FROM client_journeys j ") + where,
                               values, tr("Counting journeys"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<JourneyRow> JourneyRepository::find(const QString &journeyId) const
{
    QSqlQuery query = sql::run(m_database.connection(), kRowColumns + QStringLiteral("WHERE j.id = ?"), {journeyId},
                               tr("Loading a journey"));
    if (!query.next())
        return std::nullopt;
    return readRow(query);
}

QList<JourneyRow> JourneyRepository::forCall(const QString &callId) const
{
    QSqlQuery query = sql::run(m_database.connection(),
                               kRowColumns + QStringLiteral("WHERE j.lead_call_key = ? ORDER BY j.created_at"), {callId},
                               tr("Loading journeys"));
    QList<JourneyRow> rows;
    while (query.next())
        rows.append(readRow(query));
    return rows;
}

QString JourneyRepository::start(const NewJourney &journey)
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Starting a journey");
    Transaction transaction(db);

    QSqlQuery call = sql::run(db, QStringLiteral("SELECT id, owner_user_id, coalesce(caller_name, ''), "
                                                 "coalesce(from_number, ''), coalesce(active_client_id, '') "
                                                 "FROM call_logs WHERE call_id = ?"),
                              {journey.callId}, context);
    if (!call.next())
        throw StorageError(StorageError::Kind::NotFound, tr("There is no lead with call id \"%1\".").arg(journey.callId));
    const QString callRowId = call.value(0).toString();
    const QString clientId = call.value(1).toString();
    const QString personName = call.value(2).toString();
    const QString phone = call.value(3).toString();
    const QString activeClientId = call.value(4).toString();
    call.finish();

    // One lead starts one journey; more journeys for the same person are follow-ups of it.
    QSqlQuery linked = sql::run(db, QStringLiteral("SELECT id, coalesce(client_name, '') FROM client_journeys "
                                                   "WHERE lead_call_key = ? ORDER BY created_at LIMIT 1"),
                                {journey.callId}, context);
    if (linked.next() && journey.parentJourneyId.isEmpty())
        throw StorageError(StorageError::Kind::Constraint,
                           tr("This call already started a journey. Open that journey, or start a follow-up journey from it."));
    linked.finish();
    if (!journey.parentJourneyId.isEmpty()) {
        QSqlQuery parent = sql::run(db, QStringLiteral("SELECT owner_user_id FROM client_journeys WHERE id = ?"),
                                    {journey.parentJourneyId}, context);
        if (!parent.next())
            throw StorageError(StorageError::Kind::NotFound, tr("The journey to follow up no longer exists."));
        if (parent.value(0).toString() != clientId)
            throw StorageError(StorageError::Kind::Constraint,
                               tr("A follow-up journey belongs to the same client business as the journey it follows."));
    }

    // The services must be the client's own; their names go into the concerns too.
    QStringList concerns;
    QSqlQuery service(db);
    sql::prepare(service, QStringLiteral("SELECT name FROM services WHERE id = ? AND user_id = ?"));
    for (const QString &serviceId : journey.serviceIds) {
        service.addBindValue(serviceId);
        service.addBindValue(clientId);
        sql::exec(service, context);
        if (!service.next())
            throw StorageError(StorageError::Kind::Constraint, tr("A chosen service is not one this client offers."));
        concerns.append(service.value(0).toString());
        service.finish();
    }
    for (const QString &concern : journey.concerns) {
        const QString trimmed = concern.trimmed();
        if (!trimmed.isEmpty() && !concerns.contains(trimmed, Qt::CaseInsensitive))
            concerns.append(trimmed.left(200));
    }

    QList<TemplateStep> steps;
    if (!journey.templateId.isEmpty()) {
        QSqlQuery templ = sql::run(db, QStringLiteral("SELECT label, coalesce(channel, 'task'), coalesce(message, ''), "
                                                      "offset_weeks, offset_days FROM journey_template_steps "
                                                      "WHERE template_id = ? ORDER BY position"),
                                   {journey.templateId}, context);
        while (templ.next())
            steps.append({templ.value(0).toString(), templ.value(1).toString(), templ.value(2).toString(),
                          templ.value(3).toInt(), templ.value(4).toInt()});
        templ.finish();
        if (steps.isEmpty())
            throw StorageError(StorageError::Kind::Constraint,
                               tr("The journey template has no steps (or no longer exists); add steps to it first."));
        for (const TemplateStep &step : std::as_const(steps)) {
            if (step.offsetWeeks < 0 || step.offsetDays < 0 || step.totalDays() > kMaxOffsetDays)
                throw StorageError(StorageError::Kind::Constraint,
                                   tr("The step \"%1\" of the template is due out of range (0 days to 10 years).")
                                       .arg(step.label));
        }
    }

    const QString id = journey.id.isEmpty() ? newId() : journey.id;
    const QDateTime startAt = journey.startAt.isValid() ? journey.startAt : QDateTime::currentDateTimeUtc();
    sql::run(db, QStringLiteral(
        "INSERT INTO client_journeys (id, owner_user_id, lead_call_id, lead_call_key, active_client_id, service_id, "
        "parent_journey_id, client_name, client_phone, symptoms, status, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)"),
        {id, clientId, callRowId, journey.callId, sql::textOrNull(activeClientId),
         journey.serviceIds.isEmpty() ? QVariant() : QVariant(journey.serviceIds.first()),
         sql::textOrNull(journey.parentJourneyId), sql::textOrNull(personName), sql::textOrNull(phone),
         QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(concerns)).toJson(QJsonDocument::Compact)),
         toDbTimestamp(startAt), toDbTimestamp(startAt)},
        context);

    QSqlQuery insert(db);
    sql::prepare(insert, QStringLiteral("INSERT INTO client_journey_steps (id, journey_id, position, label, channel, "
                                        "message, offset_weeks, due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const TemplateStep &step = steps.at(i);
        insert.addBindValue(newId());
        insert.addBindValue(id);
        insert.addBindValue(int(i));
        insert.addBindValue(step.label);
        insert.addBindValue(step.channel);
        insert.addBindValue(sql::textOrNull(step.message));
        insert.addBindValue(step.offsetWeeks);
        insert.addBindValue(toDbTimestamp(startAt.addDays(step.totalDays())));
        sql::exec(insert, context);
    }
    updateNextAction(db, id, context);
    sql::run(db, QStringLiteral("INSERT INTO client_journey_events (id, journey_id, kind, to_status, author_id, created_at) "
                                "VALUES (?, ?, 'started', 'pending', (SELECT id FROM users WHERE id = ?), ?)"),
             {newId(), id, journey.authorId, toDbTimestamp(startAt)}, context);
    transaction.commit();
    return id;
}

void JourneyRepository::remove(const QString &journeyId)
{
    sql::run(m_database.connection(), QStringLiteral("DELETE FROM client_journeys WHERE id = ?"), {journeyId},
             tr("Deleting a journey"));
}

QList<JourneyStep> JourneyRepository::steps(const QString &journeyId) const
{
    QSqlQuery query = sql::run(m_database.connection(),
                               kStepColumns + QStringLiteral("WHERE journey_id = ? ORDER BY position, due_at"),
                               {journeyId}, tr("Loading a journey's steps"));
    QList<JourneyStep> steps;
    while (query.next())
        steps.append(readStep(query));
    return steps;
}

std::optional<JourneyStep> JourneyRepository::step(const QString &stepId) const
{
    QSqlQuery query = sql::run(m_database.connection(), kStepColumns + QStringLiteral("WHERE id = ?"), {stepId},
                               tr("Loading a journey's steps"));
    if (!query.next())
        return std::nullopt;
    return readStep(query);
}

void JourneyRepository::setStepCompleted(const QString &stepId, const QDateTime &completedAt)
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Saving a journey step");
    Transaction transaction(db);
    const QString journeyId = journeyOfStep(db, stepId, context);
    sql::run(db, QStringLiteral("UPDATE client_journey_steps SET completed_at = ? WHERE id = ?"),
             {completedAt.isValid() ? QVariant(toDbTimestamp(completedAt)) : QVariant(), stepId}, context);
    updateNextAction(db, journeyId, context);
    transaction.commit();
}

void JourneyRepository::setStepNotes(const QString &stepId, const QString &notes)
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Saving a journey step");
    Transaction transaction(db);
    const QString journeyId = journeyOfStep(db, stepId, context);
    sql::run(db, QStringLiteral("UPDATE client_journey_steps SET notes = ? WHERE id = ?"),
             {sql::textOrNull(notes.trimmed()), stepId}, context);
    sql::run(db, QStringLiteral("UPDATE client_journeys SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"),
             {journeyId}, context);
    transaction.commit();
}

void JourneyRepository::rescheduleStep(const QString &stepId, const QDateTime &dueAt)
{
    if (!dueAt.isValid())
        throw StorageError(StorageError::Kind::Constraint, tr("A step needs a due date."));
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Rescheduling a journey step");
    Transaction transaction(db);
    const QString journeyId = journeyOfStep(db, stepId, context);
    sql::run(db, QStringLiteral("UPDATE client_journey_steps SET due_at = ? WHERE id = ?"), {toDbTimestamp(dueAt), stepId},
             context);
    updateNextAction(db, journeyId, context);
    transaction.commit();
}

QString JourneyRepository::addStep(const QString &journeyId, const TemplateStep &step, const QDateTime &dueAt, int position)
{
    if (step.label.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Constraint, tr("A step needs a label."));
    if (!journeyChannels().contains(step.channel))
        throw StorageError(StorageError::Kind::Constraint, tr("\"%1\" is not a channel.").arg(step.channel));
    if (!dueAt.isValid())
        throw StorageError(StorageError::Kind::Constraint, tr("A step needs a due date."));
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Adding a journey step");
    Transaction transaction(db);
    QSqlQuery last = sql::run(db, QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM client_journey_steps "
                                                 "WHERE journey_id = ?"),
                              {journeyId}, context);
    const int end = last.next() ? last.value(0).toInt() : 0;
    last.finish();
    const int at = position < 0 || position > end ? end : position;
    sql::run(db, QStringLiteral("UPDATE client_journey_steps SET position = position + 1 WHERE journey_id = ? AND position >= ?"),
             {journeyId, at}, context);
    const QString id = newId();
    sql::run(db, QStringLiteral("INSERT INTO client_journey_steps (id, journey_id, position, label, channel, message, "
                                "offset_weeks, due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {id, journeyId, at, step.label.trimmed(), step.channel, sql::textOrNull(step.message), step.offsetWeeks,
              toDbTimestamp(dueAt)},
             context);
    updateNextAction(db, journeyId, context);
    transaction.commit();
    return id;
}

void JourneyRepository::removeStep(const QString &stepId)
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Removing a journey step");
    Transaction transaction(db);
    const QString journeyId = journeyOfStep(db, stepId, context);
    sql::run(db, QStringLiteral("DELETE FROM client_journey_steps WHERE id = ?"), {stepId}, context);
    updateNextAction(db, journeyId, context);
    transaction.commit();
}

void JourneyRepository::restoreStep(const JourneyStep &step)
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Saving a journey step");
    Transaction transaction(db);
    sql::run(db, QStringLiteral(
        "INSERT INTO client_journey_steps (id, journey_id, position, label, channel, message, offset_weeks, due_at, "
        "completed_at, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET position = excluded.position, label = excluded.label, channel = excluded.channel, "
        "message = excluded.message, offset_weeks = excluded.offset_weeks, due_at = excluded.due_at, "
        "completed_at = excluded.completed_at, notes = excluded.notes"),
        {step.id, step.journeyId, step.position, step.label, step.channel, sql::textOrNull(step.message), step.offsetWeeks,
         step.dueAt.isValid() ? QVariant(toDbTimestamp(step.dueAt)) : QVariant(),
         step.completedAt.isValid() ? QVariant(toDbTimestamp(step.completedAt)) : QVariant(), sql::textOrNull(step.notes)},
        context);
    updateNextAction(db, step.journeyId, context);
    transaction.commit();
}

QList<JourneyNote> JourneyRepository::notes(const QString &journeyId) const
{
    QSqlQuery query = sql::run(m_database.connection(), QStringLiteral(
        "SELECT n.id, n.journey_id, coalesce(n.author_id, ''), "
        "coalesce(nullif(trim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '')), ''), u.email, ''), "
        "n.body, n.created_at FROM client_journey_notes n LEFT JOIN users u ON u.id = n.author_id "
        "WHERE n.journey_id = ? ORDER BY n.created_at DESC"), {journeyId}, tr("Loading a journey's notes"));
    QList<JourneyNote> notes;
    while (query.next())
        notes.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(), query.value(4).toString(), fromDbTimestamp(query.value(5).toString())});
    return notes;
}

QString JourneyRepository::addNote(const QString &journeyId, const QString &body, const QString &authorId)
{
    if (body.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Constraint, tr("A note needs some text."));
    JourneyNote note{newId(), journeyId, authorId, {}, body.trimmed(), QDateTime::currentDateTimeUtc()};
    insertNote(note);
    return note.id;
}

void JourneyRepository::insertNote(const JourneyNote &note)
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Saving a journey note");
    Transaction transaction(db);
    sql::run(db, QStringLiteral("INSERT INTO client_journey_notes (id, journey_id, author_id, body, created_at) "
                                "VALUES (?, ?, (SELECT id FROM users WHERE id = ?), ?, ?)"),
             {note.id, note.journeyId, note.authorId, note.body, toDbTimestamp(note.createdAt)}, context);
    sql::run(db, QStringLiteral("UPDATE client_journeys SET notes_summary = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                                "WHERE id = ?"),
             {note.body.left(200), note.journeyId}, context);
    transaction.commit();
}

void JourneyRepository::removeNote(const QString &noteId)
{
    sql::run(m_database.connection(), QStringLiteral("DELETE FROM client_journey_notes WHERE id = ?"), {noteId},
             tr("Deleting a journey note"));
}

JourneyState JourneyRepository::state(const QString &journeyId) const
{
    QSqlQuery query = sql::run(m_database.connection(), QStringLiteral(
        "SELECT status, paused, coalesce(archived_at, ''), coalesce(active_client_id, '') FROM client_journeys WHERE id = ?"),
        {journeyId}, tr("Loading a journey"));
    if (!query.next())
        throw StorageError(StorageError::Kind::NotFound, tr("The journey no longer exists."));
    return {journeyId, query.value(0).toString(), query.value(1).toInt() != 0, query.value(2).toString(),
            query.value(3).toString()};
}

QString JourneyRepository::setStatus(const QString &journeyId, const QString &status, const QString &authorId)
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Changing a journey's status");
    Transaction transaction(db);
    const JourneyState before = state(journeyId);
    if (before.status == status)
        return {};
    if (status == QLatin1String("active_client"))
        throw StorageError(StorageError::Kind::Constraint,
                           tr("A journey becomes an active client by converting it, with the services agreed."));
    if (!journeyStatusChangeAllowed(before.status, status))
        throw StorageError(StorageError::Kind::Constraint,
                           tr("A journey cannot go from \"%1\" to \"%2\".").arg(before.status, status));
    sql::run(db, QStringLiteral(
        "UPDATE client_journeys SET status = ?, archived_at = CASE WHEN ? = 'archived' THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') END, "
        "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"),
        {status, status, journeyId}, context);
    updateNextAction(db, journeyId, context);
    const QString eventId = recordEvent(db, journeyId, QStringLiteral("status"), before.status, status, authorId, context);
    transaction.commit();
    return eventId;
}

QString JourneyRepository::setPaused(const QString &journeyId, bool paused, const QString &authorId)
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Pausing a journey");
    Transaction transaction(db);
    const JourneyState before = state(journeyId);
    if (before.paused == paused)
        return {};
    sql::run(db, QStringLiteral("UPDATE client_journeys SET paused = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                                "WHERE id = ?"),
             {paused ? 1 : 0, journeyId}, context);
    const QString eventId = recordEvent(db, journeyId, paused ? QStringLiteral("paused") : QStringLiteral("resumed"),
                                        before.status, before.status, authorId, context);
    transaction.commit();
    return eventId;
}

void JourneyRepository::restoreState(const JourneyState &state, const QString &eventIdToDrop)
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Changing a journey's status");
    Transaction transaction(db);
    sql::run(db, QStringLiteral("UPDATE client_journeys SET status = ?, paused = ?, archived_at = ?, active_client_id = ?, "
                                "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"),
             {state.status, state.paused ? 1 : 0, sql::textOrNull(state.archivedAt), sql::textOrNull(state.activeClientId),
              state.journeyId},
             context);
    updateNextAction(db, state.journeyId, context);
    if (!eventIdToDrop.isEmpty())
        sql::run(db, QStringLiteral("DELETE FROM client_journey_events WHERE id = ?"), {eventIdToDrop}, context);
    transaction.commit();
}

QList<TimelineEntry> JourneyRepository::timeline(const QString &journeyId) const
{
    // Calls: every call of the client business from the journey's number.
    QSqlQuery timeline(m_database.connection());
    sql::prepare(timeline, QStringLiteral(
        "SELECT 0, c.started_at, c.call_id, coalesce(c.category, ''), coalesce(c.classification_summary, ''), '', '', "
        "       coalesce(c.duration_sec, -1) "
        "  FROM client_journeys j JOIN call_logs c ON c.owner_user_id = j.owner_user_id AND c.from_number = j.client_phone "
        " WHERE j.id = :journey AND j.client_phone <> '' "
        "UNION ALL "
        "SELECT 1, s.completed_at, s.id, s.label, coalesce(s.notes, ''), '', '', -1 "
        "  FROM client_journey_steps s WHERE s.journey_id = :journey AND s.completed_at IS NOT NULL "
        "UNION ALL "
        "SELECT 2, n.created_at, n.id, '', n.body, '', '', -1 FROM client_journey_notes n WHERE n.journey_id = :journey "
        "UNION ALL "
        "SELECT 3, e.created_at, e.id, e.kind, '', coalesce(e.from_status, ''), coalesce(e.to_status, ''), -1 "
        "  FROM client_journey_events e WHERE e.journey_id = :journey "
        "ORDER BY 2, 1"));
    timeline.bindValue(QStringLiteral(":journey"), journeyId);
    sql::exec(timeline, tr("Loading a journey's timeline"));
    QList<TimelineEntry> entries;
    while (timeline.next()) {
        TimelineEntry entry;
        entry.kind = TimelineEntry::Kind(timeline.value(0).toInt());
        entry.at = fromDbTimestamp(timeline.value(1).toString());
        entry.refId = timeline.value(2).toString();
        entry.title = timeline.value(3).toString();
        entry.detail = timeline.value(4).toString();
        entry.fromStatus = timeline.value(5).toString();
        entry.toStatus = timeline.value(6).toString();
        entry.durationSec = timeline.value(7).toInt();
        entries.append(entry);
    }
    return entries;
}

} // namespace anchor::storage
