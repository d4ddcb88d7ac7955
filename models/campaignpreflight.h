#pragma once

#include <campaignrepository.h>
#include <database.h>

#include <QStringList>

#include <functional>

class QObject;

namespace anchor::models {

// What Send Now would do to a campaign, told before it is done: how many messages would be
// queued, how many addresses are on the suppression list, which addresses are invalid, and
// the {{placeholders}} in its subject or content that no recipient would get a value for.
struct CampaignPreflight
{
    int recipients = 0;  // distinct valid addresses
    int suppressed = 0;  // of those, on the client's or the agency's suppression list
    QStringList invalid; // rejected, never queued
    QStringList unknownPlaceholders;
    QString error; // set when the check itself failed

    int toQueue() const { return recipients - suppressed; }
};

// The check, reading only (segment recipients, the suppression list). Blocking: may take a
// second for a 100,000-address segment, so call it off the GUI thread.
CampaignPreflight computePreflight(const storage::Database &database, const storage::Campaign &campaign);

// The same on the background pool; `done` runs on `context`'s thread unless it is gone.
void runPreflight(QObject *context, storage::Database database, const storage::Campaign &campaign,
                  std::function<void(const CampaignPreflight &)> done);

// Distinct addresses of a typed list (one per line, or separated by commas or semicolons),
// split into valid (lower-cased, in order) and invalid (as typed).
void splitAddresses(const QString &typed, QStringList *valid, QStringList *invalid);

} // namespace anchor::models
