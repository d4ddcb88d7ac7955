#include "journeyjobs.h"

#include "sqlhelpers.h"
#include "storageerror.h"
#include "timestamps.h"
#include "transaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace anchor::storage {

namespace {

const QString kRedactionKey = QStringLiteral("journeys.redaction_days");
constexpr int kMaxRedactionDays = 36500;

} // namespace

JourneyJobs::JourneyJobs(Database database)
    : m_database(std::move(database))
{
}

QList<DueJourney> JourneyJobs::notifyDueJourneys(const QString &userId, const QDateTime &now)
{
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Checking for journeys that are due");
    Transaction transaction(db);
    // A notification remembers the journey and the due time it was about (meta), so each due
    // time notifies once however often the job runs.
    QSqlQuery due = sql::run(db, QStringLiteral(
        "SELECT j.id, coalesce(j.client_name, ''), coalesce(d.name, ''), j.next_action_at, "
        "       coalesce((SELECT s.label FROM client_journey_steps s WHERE s.journey_id = j.id AND s.completed_at IS NULL "
        "                 ORDER BY s.due_at LIMIT 1), '') "
        "  FROM client_journeys j LEFT JOIN client_directory d ON d.id = j.owner_user_id "
        " WHERE j.next_action_at <= ? AND j.paused = 0 AND j.status IN ('pending', 'in_progress', 'active_client') "
        "   AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.user_id = ? "
        "                   AND json_extract(n.meta, '$.journey_id') = j.id "
        "                   AND json_extract(n.meta, '$.due') = j.next_action_at) "
        " ORDER BY j.next_action_at LIMIT 500"),
        {toDbTimestamp(now), userId}, context);
    QList<DueJourney> journeys;
    QStringList dueTexts;
    while (due.next()) {
        journeys.append({due.value(0).toString(), due.value(1).toString(), due.value(2).toString(),
                         due.value(4).toString(), fromDbTimestamp(due.value(3).toString())});
        dueTexts.append(due.value(3).toString());
    }
    due.finish();
    QSqlQuery notify(db);
    sql::prepare(notify, QStringLiteral("INSERT INTO notifications (user_id, title, body, link_url, meta) "
                                        "VALUES (?, ?, ?, ?, json_object('journey_id', ?, 'due', ?, 'kind', 'journey_due'))"));
    for (qsizetype i = 0; i < journeys.size(); ++i) {
        const DueJourney &journey = journeys.at(i);
        const QString person = journey.personName.isEmpty() ? tr("A journey") : journey.personName;
        notify.addBindValue(userId);
        notify.addBindValue(tr("Follow-up due: %1").arg(person));
        notify.addBindValue(journey.stepLabel.isEmpty() ? journey.clientName
                                                        : tr("%1 (%2)").arg(journey.stepLabel, journey.clientName));
        notify.addBindValue(QString(QStringLiteral("anchor://journey/") + journey.journeyId));
        notify.addBindValue(journey.journeyId);
        notify.addBindValue(dueTexts.at(i));
        sql::exec(notify, context);
    }
    transaction.commit();
    return journeys;
}

RedactionResult JourneyJobs::redact(int days, const QDateTime &now)
{
    RedactionResult result;
    if (days <= 0)
        return result;
    const QString cutoff = toDbTimestamp(now.addDays(-days));
    const QString stamp = toDbTimestamp(now);
    QSqlDatabase db = m_database.connection();
    const QString context = tr("Redacting old service records");
    Transaction transaction(db);
    QSqlQuery services = sql::run(db, QStringLiteral(
        "UPDATE client_services SET redacted_at = ? WHERE redacted_at IS NULL AND coalesce(agreed_date, created_at) < ?"),
        {stamp, cutoff}, context);
    result.services = services.numRowsAffected();
    QSqlQuery journeys = sql::run(db, QStringLiteral(
        "UPDATE client_journeys SET symptoms = '[]', symptoms_redacted = 1 "
        "WHERE symptoms_redacted = 0 AND status IN ('won', 'lost', 'archived', 'active_client') AND updated_at < ?"),
        {cutoff}, context);
    result.journeys = journeys.numRowsAffected();
    transaction.commit();
    return result;
}

int JourneyJobs::redactionDays() const
{
    QSqlQuery query = sql::run(m_database.connection(), QStringLiteral("SELECT json_extract(value, '$') FROM app_settings WHERE key = ?"),
                               {kRedactionKey}, tr("Reading the redaction setting"));
    if (!query.next() || query.value(0).isNull())
        return kDefaultRedactionDays;
    return query.value(0).toInt();
}

void JourneyJobs::setRedactionDays(int days)
{
    if (days < 0 || days > kMaxRedactionDays)
        throw StorageError(StorageError::Kind::Constraint,
                           tr("Redaction happens after 1 to 36,500 days, or never (0), not after %1.").arg(days));
    sql::run(m_database.connection(), QStringLiteral("INSERT OR REPLACE INTO app_settings (key, value) VALUES (?, ?)"),
             {kRedactionKey, QString::number(days)}, tr("Saving the redaction setting"));
}

} // namespace anchor::storage
