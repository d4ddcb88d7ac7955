#include "mailguntestdata.h"

#include <campaignrepository.h>
#include <mailgunsettingsrepository.h>

namespace anchor::testing {

QString queueAgencyCampaign(TestDatabase &db, const QString &clientName, const QString &domain, const QString &baseUrl,
                            const QString &caCertificateFile, int count, const QString &prefix)
{
    const QString clientId = db.addClient(clientName);
    storage::MailgunConnection connection;
    connection.domain = domain;
    connection.fromAddress = QStringLiteral("news@") + domain;
    connection.baseUrl = baseUrl;
    connection.caCertificateFile = caCertificateFile;
    storage::MailgunSettingsRepository(db.database()).save(connection);
    storage::CampaignDraft draft;
    draft.clientId = clientId;
    draft.name = clientName;
    draft.subject = QStringLiteral("Hello {{first_name}}");
    draft.content = QStringLiteral("<p>Hi {{first_name}}</p>");
    for (int n = 0; n < count; ++n)
        draft.addresses.append(QStringLiteral("%1%2@example.com").arg(prefix).arg(n));
    storage::CampaignRepository campaigns(db.database());
    const QString id = campaigns.create(draft);
    campaigns.startSending(id, {});
    return id;
}

} // namespace anchor::testing
