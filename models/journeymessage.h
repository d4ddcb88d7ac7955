#pragma once

#include <QHash>
#include <QString>

namespace anchor::models {

// Fills a step's message template: {{client_name}} (the person), {{first_name}}, {{service}},
// {{business_name}} and {{phone}}. Unknown placeholders stay as written, so a typo shows.
struct JourneyMessageValues
{
    QString personName;
    QString service;
    QString businessName;
    QString phone;
};

QString renderJourneyMessage(const QString &message, const JourneyMessageValues &values);

} // namespace anchor::models
