#include "emaillogrepository.h"

#include "sqlhelpers.h"
#include "timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace anchor::storage {

namespace EmailLogStatus {

const QStringList &all()
{
    static const QStringList statuses = {QStringLiteral("pending"),      QStringLiteral("sending"),
                                         QStringLiteral("sent"),         QStringLiteral("delivered"),
                                         QStringLiteral("opened"),       QStringLiteral("clicked"),
                                         QStringLiteral("bounced"),      QStringLiteral("failed"),
                                         QStringLiteral("unsubscribed"), QStringLiteral("complained")};
    return statuses;
}

QString label(const QString &status)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("pending"), QT_TRANSLATE_NOOP("anchor::storage::EmailLogRepository", "Pending")},
        {QStringLiteral("sending"), QT_TRANSLATE_NOOP("anchor::storage::EmailLogRepository", "Sending")},
        {QStringLiteral("sent"), QT_TRANSLATE_NOOP("anchor::storage::EmailLogRepository", "Sent")},
        {QStringLiteral("delivered"), QT_TRANSLATE_NOOP("anchor::storage::EmailLogRepository", "Delivered")},
        {QStringLiteral("opened"), QT_TRANSLATE_NOOP("anchor::storage::EmailLogRepository", "Opened")},
        {QStringLiteral("clicked"), QT_TRANSLATE_NOOP("anchor::storage::EmailLogRepository", "Clicked")},
        {QStringLiteral("bounced"), QT_TRANSLATE_NOOP("anchor::storage::EmailLogRepository", "Bounced")},
        {QStringLiteral("failed"), QT_TRANSLATE_NOOP("anchor::storage::EmailLogRepository", "Failed")},
        {QStringLiteral("unsubscribed"), QT_TRANSLATE_NOOP("anchor::storage::EmailLogRepository", "Unsubscribed")},
        {QStringLiteral("complained"), QT_TRANSLATE_NOOP("anchor::storage::EmailLogRepository", "Complained")},
    };
    const char *source = labels.value(status);
    return source ? EmailLogRepository::tr(source) : status;
}

} // namespace EmailLogStatus

namespace {

// The shown state in one expression, so filtering and display agree: a claimed pending row is
// sending; otherwise the furthest Mailgun event once there is one (a bounce shows as bounced,
// though the row's status is failed), else the queue's status.
const QString kStatusExpression =
    QStringLiteral("(CASE WHEN l.status = 'pending' AND l.in_flight = 1 THEN 'sending' "
                   "WHEN l.delivery_status IS NOT NULL THEN l.delivery_status ELSE l.status END)");

const QString kRowColumns =
    QStringLiteral("l.id, l.email_type, coalesce(l.client_id, ''), coalesce(d.name, ''), l.recipient_email, "
                   "coalesce(l.recipient_name, ''), "
                   "coalesce(l.subject, ''), ") +
    kStatusExpression +
    QStringLiteral(", coalesce(l.error_message, ''), "
                   "coalesce(l.mailgun_id, ''), l.attempts, l.created_at, coalesce(l.sent_at, '')");

const QString kFrom = QStringLiteral(" FROM email_logs l LEFT JOIN client_directory d ON d.id = l.client_id");

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(u',');
}

QString whereClause(const EmailLogFilter &filter, QVariantList &values)
{
    QStringList conditions;
    if (!filter.statuses.isEmpty()) {
        conditions.append(kStatusExpression + QStringLiteral(" IN (") + placeholders(filter.statuses.size()) + u')');
        for (const QString &status : filter.statuses)
            values.append(status);
    }
    if (!filter.emailTypes.isEmpty()) {
        conditions.append(QStringLiteral("l.email_type IN (") + placeholders(filter.emailTypes.size()) + u')');
        for (const QString &type : filter.emailTypes)
            values.append(type);
    }
    if (!filter.clientId.isEmpty()) {
        conditions.append(QStringLiteral("l.client_id = ?"));
        values.append(filter.clientId);
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        // LIKE's wildcards in what was typed match themselves.
        QString escaped = search;
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        const QString pattern = u'%' + escaped + u'%';
        conditions.append(QStringLiteral("(l.recipient_email LIKE ? ESCAPE '\\' OR l.recipient_name LIKE ? ESCAPE '\\' "
                                         "OR l.subject LIKE ? ESCAPE '\\')"));
        values << pattern << pattern << pattern;
    }
    if (filter.from.isValid()) {
        conditions.append(QStringLiteral("l.created_at >= ?"));
        values.append(toDbTimestamp(filter.from));
    }
    if (filter.to.isValid()) {
        conditions.append(QStringLiteral("l.created_at < ?"));
        values.append(toDbTimestamp(filter.to));
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QDateTime timestampOrInvalid(const QString &text)
{
    return text.isEmpty() ? QDateTime() : fromDbTimestamp(text);
}

EmailLogRow readRow(const QSqlQuery &query)
{
    EmailLogRow row;
    row.id = query.value(0).toString();
    row.emailType = query.value(1).toString();
    row.clientId = query.value(2).toString();
    row.clientName = query.value(3).toString();
    row.recipientEmail = query.value(4).toString();
    row.recipientName = query.value(5).toString();
    row.subject = query.value(6).toString();
    row.status = query.value(7).toString();
    row.errorMessage = query.value(8).toString();
    row.mailgunId = query.value(9).toString();
    row.attempts = query.value(10).toInt();
    row.createdAt = fromDbTimestamp(query.value(11).toString());
    row.sentAt = timestampOrInvalid(query.value(12).toString());
    return row;
}

QStringList stringList(const QString &json)
{
    QStringList list;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
        list.append(value.toString());
    return list;
}

} // namespace

EmailLogRepository::EmailLogRepository(Database database)
    : m_database(std::move(database))
{
}

QList<EmailLogRow> EmailLogRepository::page(const EmailLogFilter &filter, int offset, int limit) const
{
    QVariantList values;
    const QString where = whereClause(filter, values);
    values << limit << offset;
    QSqlQuery query = sql::run(m_database.connection(),
                               QStringLiteral("SELECT ") + kRowColumns + kFrom + where +
                                   QStringLiteral(" ORDER BY l.created_at DESC, l.id DESC LIMIT ? OFFSET ?"),
                               values, tr("Loading the email log"));
    QList<EmailLogRow> rows;
    while (query.next())
        rows.append(readRow(query));
    return rows;
}

qint64 EmailLogRepository::count(const EmailLogFilter &filter) const
{
    QVariantList values;
    const QString where = whereClause(filter, values);
    QSqlQuery query = sql::run(m_database.connection(), QStringLiteral("SELECT count(*) FROM email_logs l") + where,
                               values, tr("Counting the email log"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<EmailLogEntry> EmailLogRepository::find(const QString &id) const
{
    QSqlQuery query =
        sql::run(m_database.connection(),
                 QStringLiteral("SELECT ") + kRowColumns +
                     QStringLiteral(", coalesce(l.html_body, ''), coalesce(l.text_body, ''), "
                                    "coalesce(l.cc_emails, '[]'), coalesce(l.bcc_emails, '[]'), "
                                    "coalesce(nullif(trim(coalesce(u.first_name, '') || ' ' || "
                                    "coalesce(u.last_name, '')), ''), u.email, ''), coalesce(l.metadata, '{}')") +
                     kFrom + QStringLiteral(" LEFT JOIN users u ON u.id = l.triggered_by_id WHERE l.id = ?"),
                 {id}, tr("Loading the message"));
    if (!query.next())
        return std::nullopt;
    EmailLogEntry entry;
    entry.row = readRow(query);
    entry.htmlBody = query.value(13).toString();
    entry.textBody = query.value(14).toString();
    entry.cc = stringList(query.value(15).toString());
    entry.bcc = stringList(query.value(16).toString());
    entry.triggeredBy = query.value(17).toString();
    entry.metadata = QJsonDocument::fromJson(query.value(18).toString().toUtf8()).object();
    entry.campaignId = entry.metadata.value(QLatin1String("campaign_id")).toString();
    entry.recipientId = entry.metadata.value(QLatin1String("recipient_id")).toString();
    return entry;
}

QStringList EmailLogRepository::emailTypes() const
{
    QSqlQuery query =
        sql::run(m_database.connection(), QStringLiteral("SELECT DISTINCT email_type FROM email_logs ORDER BY 1"), {},
                 tr("Loading the email log"));
    QStringList types;
    while (query.next())
        types.append(query.value(0).toString());
    return types;
}

QString EmailLogRepository::typeLabel(const QString &emailType)
{
    if (emailType == QLatin1String("campaign"))
        return tr("Campaign");
    if (emailType == QLatin1String("task_notification"))
        return tr("Task notification");
    if (emailType == QLatin1String("document_review"))
        return tr("Document review request");
    if (emailType == QLatin1String("test"))
        return tr("Test message");
    QString words = emailType;
    words.replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

} // namespace anchor::storage
