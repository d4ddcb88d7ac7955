#pragma once

#include <leadtypes.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace anchor::models {

// How lead values read as text, shared by the table, the CLI and the CSV export.
class LeadFormat
{
    Q_DECLARE_TR_FUNCTIONS(anchor::models::LeadFormat)

public:
    static QString duration(int seconds);          // "0:42", "12:05", "1:02:10"
    static QString stars(int stars);               // "★★★☆☆", empty when unrated
    static QString tags(const QList<storage::TagRef> &tags);  // "billing; urgent"
    static QString localDateTime(const QDateTime &when);      // user's locale, short format
    static QString callerName(const storage::LeadRow &row);   // falls back to "Unknown caller"

    // One row as a JSON object with machine keys (anchorctl --format json).
    static QJsonObject toJson(const storage::LeadRow &row);
};

} // namespace anchor::models
