#include "leadformat.h"

#include <timestamps.h>

#include <QJsonArray>
#include <QLocale>

namespace anchor::models {

QString LeadFormat::duration(int seconds)
{
    seconds = qMax(0, seconds);
    const int h = seconds / 3600;
    const int m = (seconds / 60) % 60;
    const int s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString LeadFormat::stars(int stars)
{
    if (stars <= 0)
        return {};
    return QString(qBound(1, stars, 5), QChar(0x2605)) + QString(5 - qBound(1, stars, 5), QChar(0x2606));
}

QString LeadFormat::tags(const QList<storage::TagRef> &tags)
{
    QStringList names;
    for (const auto &tag : tags)
        names.append(tag.name);
    return names.join(QStringLiteral("; "));
}

QString LeadFormat::localDateTime(const QDateTime &when)
{
    // The locale's short date and time, without seconds: lists need the minute, not more.
    const QLocale locale;
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(QStringLiteral(":ss"));
    return locale.toString(when.toLocalTime(), locale.dateFormat(QLocale::ShortFormat) + u' ' + time);
}

QString LeadFormat::callerName(const storage::LeadRow &row)
{
    return row.callerName.isEmpty() ? tr("Unknown caller") : row.callerName;
}

QJsonObject LeadFormat::toJson(const storage::LeadRow &row)
{
    QJsonArray tags;
    for (const auto &tag : row.tags)
        tags.append(tag.name);
    return {
        {QStringLiteral("call_id"), row.callId},
        {QStringLiteral("started_at"), storage::toDbTimestamp(row.startedAt)},
        {QStringLiteral("caller_name"), row.callerName},
        {QStringLiteral("from_number"), row.fromNumber},
        {QStringLiteral("to_number"), row.toNumber},
        {QStringLiteral("client_id"), row.clientId},
        {QStringLiteral("client"), row.clientName},
        {QStringLiteral("category"), row.category},
        {QStringLiteral("category_manual"), row.categoryManual},
        {QStringLiteral("stars"), row.stars > 0 ? QJsonValue(row.stars) : QJsonValue()},
        {QStringLiteral("duration_sec"), row.durationSec},
        {QStringLiteral("caller_type"), row.callerType},
        {QStringLiteral("call_sequence"), row.callSequence},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("stage"), row.stageName},
        {QStringLiteral("source"), row.source},
        {QStringLiteral("direction"), row.direction},
        {QStringLiteral("summary"), row.summary},
    };
}

} // namespace anchor::models
