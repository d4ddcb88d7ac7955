#pragma once

#include <QDateTime>
#include <QString>

namespace anchor::storage {

// The one timestamp form stored everywhere: ISO-8601 in UTC with milliseconds,
// "2026-11-23T09:15:02.000Z". It sorts as text in time order, so indexes work on it.
QString toDbTimestamp(const QDateTime &when);
QDateTime fromDbTimestamp(const QString &text);
QString nowDbTimestamp();

// Lowercase UUID text without braces, as every id column holds.
QString newId();

} // namespace anchor::storage
