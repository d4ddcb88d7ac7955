// Campaigns: drafts, the status moves, queueing the audience in one transaction, statistics.
#include <campaignrepository.h>
#include <emaileventrepository.h>
#include <emailqueuerepository.h>
#include <emailtemplaterepository.h>
#include <segmentrepository.h>
#include <storageerror.h>
#include <suppressionrepository.h>
#include <testdatabase.h>
#include <timestamps.h>

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

#include <ctime>

using namespace anchor::storage;
using anchor::testing::TestDatabase;

class TestEmailCampaigns : public QObject
{
    Q_OBJECT

private:
    static CampaignDraft draft(const QString &client, const QStringList &addresses)
    {
        CampaignDraft d;
        d.clientId = client;
        d.name = QStringLiteral("Spring checkup");
        d.subject = QStringLiteral("Hello {{first_name}}");
        d.content = QStringLiteral("<p>Hi {{first_name}}, time for a checkup at {{client_name}}.</p>"
                                   "<p><a href=\"{{unsubscribe_url}}\">Unsubscribe</a></p>");
        d.addresses = addresses;
        return d;
    }

    static MailgunEvent event(const QString &id, const QString &type, const QString &key, const QString &at,
                              const QString &severity = {})
    {
        MailgunEvent e;
        e.eventId = id;
        e.type = type;
        e.occurredAt = fromDbTimestamp(at);
        e.severity = severity;
        e.userVariables = {{QStringLiteral("anchor-key"), key}};
        return e;
    }

private slots:
    void createValidatesAndStoresRecipientsChoice()
    {
        TestDatabase db;
        const QString client = db.addClient(QStringLiteral("Bright Smiles"));
        CampaignRepository campaigns(db.database());

        CampaignDraft bad = draft(client, {QStringLiteral("a@example.com")});
        bad.name = QStringLiteral("  ");
        QVERIFY_THROWS_EXCEPTION(StorageError, campaigns.create(bad));
        bad = draft(client, {});
        bad.subject.clear();
        QVERIFY_THROWS_EXCEPTION(StorageError, campaigns.create(bad));
        bad = draft(client, {});
        bad.content = QStringLiteral(" ");
        QVERIFY_THROWS_EXCEPTION(StorageError, campaigns.create(bad));
        QVERIFY_THROWS_EXCEPTION(StorageError, campaigns.create(draft(QStringLiteral("no-such-client"), {})));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM email_campaigns")).toInt(), 0);

        const QString id = campaigns.create(draft(client, {QStringLiteral("a@example.com"), QStringLiteral("b@example.com")}));
        auto campaign = campaigns.find(id);
        QVERIFY(campaign);
        QCOMPARE(campaign->status, CampaignStatus::Draft);
        QCOMPARE(campaign->clientName, QStringLiteral("Bright Smiles"));
        QCOMPARE(campaign->addresses.size(), 2);
        QCOMPARE(db.scalar(QStringLiteral("SELECT recipient_filters FROM email_campaigns WHERE id = ?"), {id}).toString(),
                 QStringLiteral("{\"addresses\":[\"a@example.com\",\"b@example.com\"]}"));

        Segment segment;
        segment.clientId = client;
        segment.name = QStringLiteral("All");
        const QString segmentId = SegmentRepository(db.database()).save(segment);
        CampaignDraft withSegment = draft(client, {});
        withSegment.segmentId = segmentId;
        withSegment.scheduledAt = QDateTime::currentDateTimeUtc().addDays(1);
        const QString second = campaigns.create(withSegment);
        QCOMPARE(campaigns.find(second)->status, CampaignStatus::Scheduled);
        QCOMPARE(campaigns.find(second)->segmentId, segmentId);

        QCOMPARE(campaigns.list().size(), 2);
        QCOMPARE(campaigns.list(client, {CampaignStatus::Scheduled}).size(), 1);

        CampaignDraft edit = withSegment;
        edit.id = second;
        edit.name = QStringLiteral("Renamed");
        edit.scheduledAt = {};
        campaigns.update(edit);
        QCOMPARE(campaigns.find(second)->name, QStringLiteral("Renamed"));
        QCOMPARE(campaigns.find(second)->status, CampaignStatus::Draft);   // no schedule: a draft again
    }

    void movesOnlyAsAllowed()
    {
        TestDatabase db;
        const QString client = db.addClient(QStringLiteral("Bright Smiles"));
        CampaignRepository campaigns(db.database());
        const QString id = campaigns.create(draft(client, {QStringLiteral("a@example.com")}));

        QVERIFY_THROWS_EXCEPTION(StorageError, campaigns.pause(id));    // a draft is not paused
        QVERIFY_THROWS_EXCEPTION(StorageError, campaigns.resume(id));
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(3600);
        campaigns.schedule(id, when);
        QCOMPARE(campaigns.find(id)->status, CampaignStatus::Scheduled);
        QVERIFY(campaigns.dueScheduled(QDateTime::currentDateTimeUtc()).isEmpty());
        QCOMPARE(campaigns.dueScheduled(when.addSecs(1)), QStringList{id});

        campaigns.pause(id);
        campaigns.resume(id);
        QCOMPARE(campaigns.find(id)->status, CampaignStatus::Scheduled);   // back to waiting
        campaigns.startSending(id, {});
        QCOMPARE(campaigns.find(id)->status, CampaignStatus::Sending);
        CampaignDraft edit = draft(client, {});
        edit.id = id;
        QVERIFY_THROWS_EXCEPTION(StorageError, campaigns.update(edit));  // sending: not editable
        campaigns.pause(id);
        campaigns.resume(id);
        QCOMPARE(campaigns.find(id)->status, CampaignStatus::Sending);     // started: sending again
        campaigns.cancel(id);
        QCOMPARE(campaigns.find(id)->status, CampaignStatus::Cancelled);
        QCOMPARE(db.scalar(QStringLiteral("SELECT status FROM email_jobs WHERE campaign_id = ?"), {id}).toString(),
                 QStringLiteral("cancelled"));
        try {
            campaigns.resume(id);
            QFAIL("resumed a cancelled campaign");
        } catch (const StorageError &error) {
            QVERIFY(!error.message().isEmpty());
        }
        QVERIFY_THROWS_EXCEPTION(StorageError, campaigns.startSending(QStringLiteral("missing"), {}));
    }

    void startSendingExcludesSuppressedAndListsInvalid()
    {
        TestDatabase db;
        const QString client = db.addClient(QStringLiteral("Bright Smiles"));
        const QString other = db.addClient(QStringLiteral("Other"));
        SuppressionRepository suppressions(db.database());
        suppressions.import(client, {{QStringLiteral("bounced@example.com"), QStringLiteral("bounce"), {}, {}}});
        suppressions.add({}, QStringLiteral("agency-wide@example.com"), {});
        suppressions.add(other, QStringLiteral("only-other@example.com"), {});   // another client's: still mailed

        CampaignRepository campaigns(db.database());
        const QString id = campaigns.create(draft(client, {
            QStringLiteral("ok1@example.com"), QStringLiteral("OK1@Example.com"), QStringLiteral("Bounced@example.com"),
            QStringLiteral("agency-wide@example.com"), QStringLiteral("only-other@example.com"),
            QStringLiteral("broken@"), QStringLiteral("two words@example.com")}));
        const QueueResult result = campaigns.startSending(id, {});
        QCOMPARE(result.queued, 2);
        QCOMPARE(result.suppressed, 2);
        QCOMPARE(result.invalid, (QStringList{QStringLiteral("broken@"), QStringLiteral("two words@example.com")}));
        QVERIFY(!result.alreadyQueued);

        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM campaign_recipients WHERE campaign_id = ?"), {id}).toInt(), 4);
        QCOMPARE(db.scalar(QStringLiteral("SELECT group_concat(email) FROM (SELECT email FROM campaign_recipients "
                                          "WHERE status = 'suppressed' ORDER BY email)")).toString(),
                 QStringLiteral("agency-wide@example.com,bounced@example.com"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM email_job_items WHERE campaign_id = ?"), {id}).toInt(), 2);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(DISTINCT idempotency_key) FROM email_job_items")).toInt(), 2);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM email_jobs WHERE campaign_id = ?"), {id}).toInt(), 1);
        const Campaign campaign = *campaigns.find(id);
        QCOMPARE(campaign.status, CampaignStatus::Sending);
        QCOMPARE(campaign.totalRecipients, 2);
        const CampaignStatistics stats = campaigns.statistics(id);
        QCOMPARE(stats.total, 2);
        QCOMPARE(stats.suppressed, 2);
        QCOMPARE(stats.pending, 2);
        QCOMPARE(campaigns.recipientCount(id, {QStringLiteral("suppressed")}), 2);
        QCOMPARE(campaigns.recipients(id, {}, 0, 10).size(), 4);
        QCOMPARE(campaigns.recipients(id, {}, 3, 10).size(), 1);
    }

    void startingTwiceNeverDuplicates()
    {
        TestDatabase db;
        const QString client = db.addClient(QStringLiteral("Bright Smiles"));
        CampaignRepository campaigns(db.database());
        const QString id = campaigns.create(draft(client, {QStringLiteral("a@example.com"), QStringLiteral("b@example.com")}));
        const QueueResult first = campaigns.startSending(id, {});
        QCOMPARE(first.queued, 2);
        const QueueResult second = campaigns.startSending(id, {});
        QVERIFY(second.alreadyQueued);
        QCOMPARE(second.queued, 2);
        campaigns.pause(id);
        QVERIFY(campaigns.startSending(id, {}).alreadyQueued);   // a paused started campaign is not re-queued
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM email_job_items")).toInt(), 2);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM campaign_recipients")).toInt(), 2);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM email_jobs")).toInt(), 1);
    }

    void refusesACampaignWithoutRecipients()
    {
        TestDatabase db;
        const QString client = db.addClient(QStringLiteral("Bright Smiles"));
        CampaignRepository campaigns(db.database());
        const QString id = campaigns.create(draft(client, {QStringLiteral("nope")}));
        QVERIFY_THROWS_EXCEPTION(StorageError, campaigns.startSending(id, {}));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM email_jobs")).toInt(), 0);   // rolled back
        QCOMPARE(campaigns.find(id)->status, CampaignStatus::Draft);
    }

    void cancelledQueueingLeavesNothingQueued()
    {
        TestDatabase db;
        const QString client = db.addClient(QStringLiteral("Bright Smiles"));
        QStringList addresses;
        for (int i = 0; i < 3 * CampaignRepository::kQueueProgressStep + 10; ++i)
            addresses.append(QStringLiteral("r%1@example.com").arg(i));
        CampaignRepository campaigns(db.database());
        CampaignDraft d = draft(client, addresses);
        d.scheduledAt = QDateTime::currentDateTimeUtc().addDays(2);
        const QString id = campaigns.create(d);
        const Campaign before = *campaigns.find(id);

        // Cancelled while the second thousand is written: everything goes back.
        std::atomic_bool cancel = false;
        QList<std::pair<int, int>> reports;
        try {
            campaigns.startSending(id, {}, [&](int written, int total) {
                reports.append({written, total});
                if (written >= CampaignRepository::kQueueProgressStep)
                    cancel = true;
            }, &cancel);
            QFAIL("queueing went on after the cancel");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::Interrupted);
        }
        QCOMPARE(reports.first(), std::make_pair(0, int(addresses.size())));
        QCOMPARE(reports.last().first, CampaignRepository::kQueueProgressStep);
        for (const QString &table : {QStringLiteral("email_jobs"), QStringLiteral("email_job_items"),
                                     QStringLiteral("campaign_recipients")})
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ") + table).toInt(), 0);
        const Campaign after = *campaigns.find(id);
        QCOMPARE(after.status, CampaignStatus::Scheduled);
        QCOMPARE(after.scheduledAt, before.scheduledAt);
        QCOMPARE(after.totalRecipients, 0);

        // Cancelled before it began: nothing either. Not cancelled: the whole audience, reported to the end.
        cancel = true;
        QVERIFY_THROWS_EXCEPTION(StorageError, campaigns.startSending(id, {}, {}, &cancel));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM email_job_items")).toInt(), 0);
        cancel = false;
        reports.clear();
        const QueueResult result = campaigns.startSending(id, {}, [&](int written, int total) {
            reports.append({written, total});
        }, &cancel);
        QCOMPARE(result.queued, int(addresses.size()));
        QCOMPARE(reports.size(), 5);   // 0, 1000, 2000, 3000 and the end
        QCOMPARE(reports.last(), std::make_pair(int(addresses.size()), int(addresses.size())));
        QCOMPARE(campaigns.find(id)->status, CampaignStatus::Sending);
    }

    void queuesAHundredThousandRecipientsInOneTransaction()
    {
        TestDatabase db;
        const QString client = db.addClient(QStringLiteral("Bright Smiles"));
        const int total = 100000;
        {
            QSqlQuery insert(db.database().connection());
            db.exec(QStringLiteral("BEGIN"));
            insert.prepare(QStringLiteral("INSERT INTO call_logs (owner_user_id, call_id, started_at, caller_name, meta) "
                                          "VALUES (?, ?, '2026-01-01T00:00:00.000Z', ?, ?)"));
            for (int i = 0; i < total; ++i) {
                insert.bindValue(0, client);
                insert.bindValue(1, QStringLiteral("call-%1").arg(i));
                insert.bindValue(2, QStringLiteral("Person %1").arg(i));
                insert.bindValue(3, QStringLiteral("{\"email\":\"person%1@example.com\"}").arg(i));
                QVERIFY(insert.exec());
            }
            db.exec(QStringLiteral("COMMIT"));
        }
        SuppressionRepository(db.database()).add(client, QStringLiteral("person7@example.com"), {});
        Segment segment;
        segment.clientId = client;
        segment.name = QStringLiteral("Everyone");
        CampaignDraft d = draft(client, {});
        d.segmentId = SegmentRepository(db.database()).save(segment);
        CampaignRepository campaigns(db.database());
        const QString id = campaigns.create(d);

        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        const QueueResult result = campaigns.startSending(id, {});
        // CPU time too: on a shared machine the wall clock mostly measures the neighbours.
        qInfo("startSending queued %d recipients in %.2f s (%.2f s of CPU)", result.queued, timer.elapsed() / 1000.0,
              double(std::clock() - cpu) / CLOCKS_PER_SEC);
        QCOMPARE(result.queued, total - 1);
        QCOMPARE(result.suppressed, 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM email_job_items")).toInt(), total - 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(DISTINCT idempotency_key) FROM email_job_items")).toInt(), total - 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM campaign_recipients")).toInt(), total);
        QCOMPARE(campaigns.find(id)->totalRecipients, total - 1);

        // The sender takes them in order without sorting the whole queue.
        EmailQueueRepository queue(db.database());
        timer.restart();
        const QList<OutgoingMessage> batch = queue.claim(100, QDateTime::currentDateTimeUtc());
        qInfo("claimed and rendered 100 of them in %lld ms", timer.elapsed());
        QCOMPARE(batch.size(), 100);
        QCOMPARE(queue.pendingCount(), total - 101);
    }

    void statisticsFollowPipedrivesRates()
    {
        TestDatabase db;
        const QString client = db.addClient(QStringLiteral("Bright Smiles"));
        CampaignRepository campaigns(db.database());
        QStringList addresses;
        for (int i = 0; i < 10; ++i)
            addresses.append(QStringLiteral("r%1@example.com").arg(i));
        const QString id = campaigns.create(draft(client, addresses));
        campaigns.startSending(id, {});
        EmailQueueRepository queue(db.database());
        const QList<OutgoingMessage> claimed = queue.claim(100, QDateTime::currentDateTimeUtc());
        QCOMPARE(claimed.size(), 10);
        QHash<QString, QString> keyOf;
        for (int i = 0; i < claimed.size(); ++i) {
            const OutgoingMessage &message = claimed.at(i);
            keyOf.insert(message.toAddress, message.idempotencyKey);
            if (i < 9)   // r9 is never accepted
                queue.markSent(message, QStringLiteral("<msg-%1@mg.example.com>").arg(i), QDateTime::currentDateTimeUtc());
            else
                queue.markFailed(message, QStringLiteral("400: bad recipient"));
        }
        QVERIFY(campaigns.markCompletedIfDone(id));
        QCOMPARE(campaigns.find(id)->status, CampaignStatus::Sent);

        // 8 delivered (r0..r7), r8 bounced; r0..r3 opened (r0 twice), r0 and r1 clicked, r2
        // unsubscribed, r3 complained; r4 had a temporary failure before delivery.
        QList<MailgunEvent> events;
        int n = 0;
        const auto add = [&](const QString &type, int r, const QString &at, const QString &severity = {}) {
            events.append(event(QStringLiteral("e%1").arg(n++), type, keyOf.value(QStringLiteral("r%1@example.com").arg(r)), at,
                                severity));
        };
        for (int r = 0; r < 8; ++r)
            add(QStringLiteral("delivered"), r, QStringLiteral("2026-03-01T10:05:00.000Z"));
        add(QStringLiteral("failed"), 8, QStringLiteral("2026-03-01T10:06:00.000Z"), QStringLiteral("permanent"));
        add(QStringLiteral("failed"), 4, QStringLiteral("2026-03-01T10:01:00.000Z"), QStringLiteral("temporary"));
        for (int r = 0; r < 4; ++r)
            add(QStringLiteral("opened"), r, QStringLiteral("2026-03-01T11:00:00.000Z"));
        add(QStringLiteral("opened"), 0, QStringLiteral("2026-03-02T09:00:00.000Z"));
        add(QStringLiteral("clicked"), 0, QStringLiteral("2026-03-01T11:01:00.000Z"));
        add(QStringLiteral("clicked"), 1, QStringLiteral("2026-03-02T09:30:00.000Z"));
        add(QStringLiteral("unsubscribed"), 2, QStringLiteral("2026-03-02T10:00:00.000Z"));
        add(QStringLiteral("complained"), 3, QStringLiteral("2026-03-02T10:00:00.000Z"));
        EmailEventRepository(db.database()).apply({}, events);

        const CampaignStatistics stats = campaigns.statistics(id);
        QCOMPARE(stats.total, 10);
        QCOMPARE(stats.sent, 9);
        QCOMPARE(stats.failed, 1);
        QCOMPARE(stats.delivered, 8);
        QCOMPARE(stats.uniqueOpens, 4);
        QCOMPARE(stats.uniqueClicks, 2);
        QCOMPARE(stats.bounced, 1);
        QCOMPARE(stats.failedTemporary, 1);
        QCOMPARE(stats.unsubscribed, 1);
        QCOMPARE(stats.complained, 1);
        QCOMPARE(stats.pending, 0);
        QCOMPARE(stats.openRate(), 4.0 / 8.0);          // unique opens / delivered
        QCOMPARE(stats.clickRate(), 2.0 / 8.0);         // unique clicks / delivered
        QCOMPARE(stats.bounceRate(), 1.0 / 9.0);        // bounced / sent
        QCOMPARE(stats.unsubscribeRate(), 1.0 / 8.0);   // unsubscribed / delivered
        QCOMPARE(CampaignStatistics{}.openRate(), 0.0);

        const Campaign campaign = *campaigns.find(id);
        QCOMPARE(campaign.sentCount, 9);
        QCOMPARE(campaign.openCount, 4);   // unique, although r0 opened twice
        QCOMPARE(campaign.clickCount, 2);
        QCOMPARE(campaign.bounceCount, 1);
        QCOMPARE(campaign.unsubscribeCount, 1);

        const QList<CampaignTimelineBucket> days = campaigns.timeline(id, CampaignRepository::Bucket::Days);
        QCOMPARE(days.size(), 2);
        QCOMPARE(days.at(0).start, QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(days.at(0).delivered, 8);
        QCOMPARE(days.at(0).opened, 4);
        QCOMPARE(days.at(0).clicked, 1);
        QCOMPARE(days.at(0).bounced, 1);
        QCOMPARE(days.at(1).opened, 1);
        QCOMPARE(days.at(1).clicked, 1);
        QCOMPARE(days.at(1).unsubscribed, 1);
        QCOMPARE(days.at(1).complained, 1);
        const QList<CampaignTimelineBucket> hours = campaigns.timeline(id, CampaignRepository::Bucket::Hours);
        QCOMPARE(hours.first().start, QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(hours.last().start, QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
        QCOMPARE(hours.size(), 25);   // gaps filled
        QCOMPARE(hours.at(1).opened, 4);
    }
    void restoreBringsADeletedCampaignBackUnderItsOwnId()
    {
        TestDatabase db;
        const QString client = db.addClient(QStringLiteral("Bright Smiles"));
        EmailTemplate templ;
        templ.name = QStringLiteral("Checkup");
        templ.subject = QStringLiteral("Hello");
        templ.content = QStringLiteral("<p>Hi</p>");
        const QString templateId = EmailTemplateRepository(db.database()).create(templ);
        CampaignRepository campaigns(db.database());
        CampaignDraft d = draft(client, {QStringLiteral("r0@example.com"), QStringLiteral("r1@example.com"),
                                         QStringLiteral("r2@example.com")});
        d.templateId = templateId;
        const QString id = campaigns.create(d);
        campaigns.startSending(id, {});
        EmailQueueRepository queue(db.database());
        QList<MailgunEvent> events;
        for (const OutgoingMessage &message : queue.claim(10, QDateTime::currentDateTimeUtc())) {
            queue.markSent(message, QStringLiteral("<%1@mg.example.com>").arg(message.idempotencyKey),
                           QDateTime::currentDateTimeUtc());
            events.append(event(QStringLiteral("d-") + message.toAddress, QStringLiteral("delivered"),
                                message.idempotencyKey, QStringLiteral("2026-03-01T10:00:00.000Z")));
            if (message.toAddress == QLatin1String("r1@example.com"))
                events.append(event(QStringLiteral("u-r1"), QStringLiteral("unsubscribed"), message.idempotencyKey,
                                    QStringLiteral("2026-03-01T11:00:00.000Z")));
        }
        EmailEventRepository(db.database()).apply({}, events);
        QVERIFY(campaigns.markCompletedIfDone(id));
        const CampaignStatistics before = campaigns.statistics(id);
        QCOMPARE(before.delivered, 3);
        QCOMPARE(before.unsubscribed, 1);
        const auto linkedRows = [&db, &id] {
            return db.scalar(QStringLiteral(
                       "SELECT (SELECT count(*) FROM email_tracking t JOIN campaign_recipients r ON r.id = t.recipient_id "
                       "WHERE t.campaign_id = ?) || '/' || (SELECT count(*) FROM email_job_items i JOIN campaign_recipients r "
                       "ON r.id = i.recipient_id WHERE i.campaign_id = ?) || '/' || "
                       "(SELECT count(*) FROM unsubscribes WHERE campaign_id = ?)"),
                       {id, id, id}).toString();
        };
        QCOMPARE(linkedRows(), QStringLiteral("4/3/1"));
        const QList<CampaignRecipientRow> recipientsBefore = campaigns.recipients(id, {}, 0, 10);
        QCOMPARE(campaigns.dependentRowCount(id), 3 + 3 + 4);

        CampaignArchive archive;
        campaigns.remove(id, &archive);
        QVERIFY(!campaigns.find(id));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM email_tracking")).toInt(), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM unsubscribes WHERE campaign_id IS NULL")).toInt(), 1);
        // Deleted meanwhile: the campaign comes back without it, as deleting it would have left it.
        EmailTemplateRepository(db.database()).remove(templateId);

        campaigns.restore(archive);
        const std::optional<Campaign> back = campaigns.find(id);
        QVERIFY(back);
        QCOMPARE(back->status, CampaignStatus::Sent);
        QCOMPARE(back->templateId, QString());
        QCOMPARE(back->sentCount, 3);
        QCOMPARE(back->unsubscribeCount, 1);
        QCOMPARE(linkedRows(), QStringLiteral("4/3/1"));
        const CampaignStatistics after = campaigns.statistics(id);
        QCOMPARE(after.delivered, before.delivered);
        QCOMPARE(after.unsubscribed, before.unsubscribed);
        QCOMPARE(after.sent, before.sent);
        const QList<CampaignRecipientRow> recipientsAfter = campaigns.recipients(id, {}, 0, 10);
        QCOMPARE(recipientsAfter.size(), recipientsBefore.size());
        for (qsizetype i = 0; i < recipientsBefore.size(); ++i) {
            QCOMPARE(recipientsAfter.at(i).id, recipientsBefore.at(i).id);
            QCOMPARE(recipientsAfter.at(i).status, recipientsBefore.at(i).status);
            QCOMPARE(recipientsAfter.at(i).mailgunId, recipientsBefore.at(i).mailgunId);
        }
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(), 0);
        // Once is enough: the campaign is there.
        QVERIFY_THROWS_EXCEPTION(StorageError, campaigns.restore(archive));
    }

    void restoreRefusesWhenTheClientIsGone()
    {
        TestDatabase db;
        const QString client = db.addClient(QStringLiteral("Bright Smiles"));
        CampaignRepository campaigns(db.database());
        const QString id = campaigns.create(draft(client, {QStringLiteral("a@example.com")}));
        CampaignArchive archive;
        campaigns.remove(id, &archive);
        QCOMPARE(archive.campaignId, id);
        db.exec(QStringLiteral("DELETE FROM users WHERE id = ?"), {client});
        QVERIFY_THROWS_EXCEPTION(StorageError, campaigns.restore(archive));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM email_campaigns")).toInt(), 0);
        QVERIFY_THROWS_EXCEPTION(StorageError, campaigns.restore(CampaignArchive{}));
    }
};

QTEST_GUILESS_MAIN(TestEmailCampaigns)
#include "tst_emailcampaigns.moc"
