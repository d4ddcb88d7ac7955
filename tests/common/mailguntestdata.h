#pragma once

#include "testdatabase.h"

#include <QString>

namespace anchor::testing {

// For tests that run the Mailgun sync against the fake server: saves the agency's connection
// (`domain`, news@<domain>, the fake's `baseUrl` and CA file) and starts a campaign of a new
// client `clientName` to <prefix>0@example.com ... <prefix><count - 1>@example.com: queued, not
// sent. Returns the campaign's id.
QString queueAgencyCampaign(TestDatabase &db, const QString &clientName, const QString &domain, const QString &baseUrl,
                            const QString &caCertificateFile, int count, const QString &prefix);

} // namespace anchor::testing
