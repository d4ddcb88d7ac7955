#pragma once

#include <callimport.h>

#include <QJsonObject>
#include <QString>

#include <optional>

namespace anchor::sync {

// Turns one CTM call object (../shared/api/ctm.md) into the CRM's terms. Tolerant by design:
// any field may be missing, null, or a number sent as a string; unknown fields are ignored.
// A record without an id or any start time cannot be stored: nullopt, with the reason.
std::optional<storage::IncomingCall> mapCtmCall(const QJsonObject &call, QString *error);

// "2013-05-01 11:48 PM -04:00", CTM's called_at, for old records without unix_time.
QDateTime parseCtmCalledAt(const QString &text);

} // namespace anchor::sync
