#include "timestamps.h"

#include <QTimeZone>
#include <QUuid>

namespace anchor::storage {

QString toDbTimestamp(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromDbTimestamp(const QString &text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    return parsed.toUTC();
}

QString nowDbTimestamp()
{
    return toDbTimestamp(QDateTime::currentDateTimeUtc());
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace anchor::storage
