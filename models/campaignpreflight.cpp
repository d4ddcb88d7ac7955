#include "campaignpreflight.h"

#include <emailcontent.h>
#include <segmentrepository.h>
#include <storageerror.h>
#include <suppressionrepository.h>

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QRegularExpression>
#include <QSet>
#include <QtConcurrent>

namespace anchor::models {

void splitAddresses(const QString &typed, QStringList *valid, QStringList *invalid)
{
    static const QRegularExpression separators(QStringLiteral("[\\n\\r,;]+"));
    QSet<QString> seen;
    for (const QString &part : typed.split(separators, Qt::SkipEmptyParts)) {
        const QString address = part.trimmed();
        if (address.isEmpty() || seen.contains(address.toLower()))
            continue;
        seen.insert(address.toLower());
        if (storage::email::isValidAddress(address.toLower()))
            valid->append(address.toLower());
        else
            invalid->append(address);
    }
}

CampaignPreflight computePreflight(const storage::Database &database, const storage::Campaign &campaign)
{
    CampaignPreflight check;
    check.unknownPlaceholders =
        storage::email::unknownPlaceholders(campaign.subject + QLatin1Char('\n') + campaign.content);
    try {
        QStringList addresses;
        if (!campaign.segmentId.isEmpty()) {
            storage::SegmentRepository segments(database);
            const std::optional<storage::Segment> segment = segments.find(campaign.segmentId);
            if (!segment) {
                check.error = QCoreApplication::translate("anchor::models::CampaignPreflight",
                                                          "The campaign's segment no longer exists.");
                return check;
            }
            storage::SegmentFilter filter = segment->filter;
            filter.clientId = campaign.clientId; // as startSending narrows it
            const storage::SegmentRecipients selected = segments.recipients(filter);
            for (const storage::SegmentRecipient &recipient : selected.recipients)
                addresses.append(recipient.email);
            check.invalid = selected.invalid;
        } else {
            splitAddresses(campaign.addresses.join(QLatin1Char('\n')), &addresses, &check.invalid);
        }
        check.recipients = int(addresses.size());
        const storage::SuppressionRepository suppressions(database);
        for (const QString &address : addresses) {
            if (suppressions.isSuppressed(campaign.clientId, address))
                ++check.suppressed;
        }
    } catch (const storage::StorageError &error) {
        check.error = error.message();
    }
    return check;
}

void runPreflight(QObject *context, storage::Database database, const storage::Campaign &campaign,
                  std::function<void(const CampaignPreflight &)> done)
{
    auto *watcher = new QFutureWatcher<CampaignPreflight>(context);
    QObject::connect(watcher, &QFutureWatcher<CampaignPreflight>::finished, context, [watcher, done = std::move(done)] {
        const CampaignPreflight check = watcher->result();
        watcher->deleteLater();
        done(check);
    });
    watcher->setFuture(
        QtConcurrent::run([database = std::move(database), campaign] { return computePreflight(database, campaign); }));
}

} // namespace anchor::models
