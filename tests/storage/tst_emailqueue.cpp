// The send queue: claiming, rendering, sent / retry / failed, uncertain items after a crash,
// transactional mail, paused and cancelled campaigns.
#include <campaignrepository.h>
#include <emailqueuerepository.h>
#include <mailgunsettingsrepository.h>
#include <storageerror.h>
#include <suppressionrepository.h>
#include <testdatabase.h>
#include <timestamps.h>

#include <QJsonDocument>
#include <QTest>

using namespace anchor::storage;
using anchor::testing::TestDatabase;

class TestEmailQueue : public QObject
{
    Q_OBJECT

private:
    static QString campaign(TestDatabase &db, const QString &client, const QStringList &addresses)
    {
        CampaignDraft d;
        d.clientId = client;
        d.name = QStringLiteral("Spring checkup");
        d.subject = QStringLiteral("{{first_name}}, your checkup at {{client_name}}");
        d.content = QStringLiteral("<p>Hi {{first_name}} {{last_name}} &lt;{{email}}&gt;</p><p>{{sender_name}} / "
                                   "{{campaign_name}}</p><a href=\"{{unsubscribe_url}}\">Unsubscribe</a>");
        d.fromEmail = QStringLiteral("offers@brightsmiles.com");
        d.addresses = addresses;
        CampaignRepository campaigns(db.database());
        const QString id = campaigns.create(d);
        campaigns.startSending(id, {});
        return id;
    }

private slots:
    void claimsRendersAndMarksSent()
    {
        TestDatabase db;
        const QString client = db.addClient(QStringLiteral("Bright Smiles"));
        MailgunConnection own;
        own.scopeId = client;
        own.domain = QStringLiteral("mg.brightsmiles.com");
        own.fromAddress = QStringLiteral("hello@brightsmiles.com");
        own.fromName = QStringLiteral("Dr. Smile");
        MailgunSettingsRepository(db.database()).save(own);
        const QString id = campaign(db, client, {QStringLiteral("a@example.com"), QStringLiteral("b@example.com")});
        db.exec(QStringLiteral("UPDATE campaign_recipients SET name = 'Ann <b>Lee</b>' WHERE email = 'a@example.com'"));

        EmailQueueRepository queue(db.database());
        QCOMPARE(queue.pendingCount(), 2);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<OutgoingMessage> first = queue.claim(1, now);
        QCOMPARE(first.size(), 1);
        const OutgoingMessage message = first.first();
        QCOMPARE(message.kind, OutgoingMessage::Kind::Campaign);
        QCOMPARE(message.toAddress, QStringLiteral("a@example.com"));
        QCOMPARE(message.scopeId, client);
        QCOMPARE(message.fromAddress, QStringLiteral("offers@brightsmiles.com"));
        QCOMPARE(message.subject, QStringLiteral("Ann, your checkup at Bright Smiles"));
        // Values are escaped in HTML; the unsubscribe link is Mailgun's variable.
        QVERIFY2(message.html.contains(QLatin1String("Hi Ann &lt;b&gt;Lee&lt;/b&gt;")), qPrintable(message.html));
        QVERIFY(message.html.contains(QLatin1String("Dr. Smile / Spring checkup")));
        QVERIFY(message.html.contains(QLatin1String("href=\"%unsubscribe_url%\"")));
        QVERIFY(message.text.contains(QLatin1String("Hi Ann <b>Lee</b>")));
        QCOMPARE(message.variables.value(QLatin1String("anchor-key")).toString(), message.idempotencyKey);
        QCOMPARE(message.variables.value(QLatin1String("anchor-campaign")).toString(), id);
        QCOMPARE(message.variables.value(QLatin1String("anchor-recipient")).toString(), message.recipientId);
        QCOMPARE(message.attempts, 0);
        QCOMPARE(message.firstAttemptAt, QDateTime::fromString(toDbTimestamp(now), Qt::ISODateWithMs));
        QCOMPARE(db.scalar(QStringLiteral("SELECT status || attempts FROM email_job_items WHERE id = ?"), {message.queueId}).toString(),
                 QStringLiteral("sending1"));
        QCOMPARE(queue.sendingCount(), 1);
        QCOMPARE(queue.pendingCount(), 1);

        queue.markSent(message, QStringLiteral("<20260301.abc@mg.brightsmiles.com>"), now);
        queue.markSent(message, QStringLiteral("<20260301.abc@mg.brightsmiles.com>"), now);   // idempotent
        QCOMPARE(db.scalar(QStringLiteral("SELECT mailgun_id FROM email_job_items WHERE id = ?"), {message.queueId}).toString(),
                 QStringLiteral("20260301.abc@mg.brightsmiles.com"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT status || '|' || mailgun_id FROM campaign_recipients WHERE id = ?"),
                           {message.recipientId}).toString(),
                 QStringLiteral("sent|20260301.abc@mg.brightsmiles.com"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT sent_count FROM email_campaigns WHERE id = ?"), {id}).toInt(), 1);
        // Everything sent is in email_logs.
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM email_logs")).toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT email_type || '|' || status || '|' || recipient_email || '|' || "
                                          "json_extract(metadata, '$.campaign_id') || '|' || "
                                          "json_extract(metadata, '$.recipient_id') FROM email_logs")).toString(),
                 QStringLiteral("campaign|sent|a@example.com|") + id + u'|' + message.recipientId);

        CampaignRepository campaigns(db.database());
        QVERIFY(!campaigns.markCompletedIfDone(id));
        const QList<OutgoingMessage> second = queue.claim(10, now);
        QCOMPARE(second.size(), 1);
        queue.markSent(second.first(), QStringLiteral("m2@mg"), now);
        QVERIFY(queue.claim(10, now).isEmpty());
        QVERIFY(campaigns.markCompletedIfDone(id));
        QCOMPARE(campaigns.find(id)->status, CampaignStatus::Sent);
        QVERIFY(campaigns.find(id)->sentAt.isValid());
    }

    void uncertainItemsAreReleasedOrResolved()
    {
        TestDatabase db;
        const QString client = db.addClient(QStringLiteral("Bright Smiles"));
        campaign(db, client, {QStringLiteral("a@example.com"), QStringLiteral("b@example.com"), QStringLiteral("c@example.com")});
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-600);
        {
            EmailQueueRepository queue(db.database());
            QCOMPARE(queue.claim(3, start).size(), 3);
            // ... and the process dies here: nothing was marked.
        }
        EmailQueueRepository queue(db.database());
        QVERIFY(queue.claim(10, QDateTime::currentDateTimeUtc()).isEmpty());   // sending items are not claimed again
        QList<OutgoingMessage> uncertain = queue.uncertain();
        QCOMPARE(uncertain.size(), 3);
        QCOMPARE(uncertain.at(0).firstAttemptAt, QDateTime::fromString(toDbTimestamp(start), Qt::ISODateWithMs));
        QCOMPARE(uncertain.at(0).attempts, 1);
        QVERIFY(uncertain.at(0).subject.contains(QLatin1String("Bright Smiles")));

        // a: Mailgun's events show it was accepted. b: no trace, send again. c: clear refusal.
        queue.markSent(uncertain.at(0), QStringLiteral("found@mg"), start);
        queue.releaseUncertain(uncertain.at(1));
        queue.markFailed(uncertain.at(2), QStringLiteral("403: domain not allowed to send"));
        QVERIFY(queue.uncertain().isEmpty());

        const QList<OutgoingMessage> again = queue.claim(10, QDateTime::currentDateTimeUtc());
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().toAddress, QStringLiteral("b@example.com"));
        QCOMPARE(again.first().idempotencyKey, uncertain.at(1).idempotencyKey);   // the same key travels again
        QCOMPARE(again.first().attempts, 0);   // the claim that never reached Mailgun did not count
        QCOMPARE(again.first().firstAttemptAt, uncertain.at(1).firstAttemptAt);    // the first attempt is kept
        QCOMPARE(db.scalar(QStringLiteral("SELECT status || '|' || error_message FROM campaign_recipients WHERE email = 'c@example.com'"))
                     .toString(),
                 QStringLiteral("failed|403: domain not allowed to send"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM email_logs WHERE status = 'failed'")).toInt(), 1);
    }

    void retriesWaitForTheirTime()
    {
        TestDatabase db;
        const QString client = db.addClient(QStringLiteral("Bright Smiles"));
        campaign(db, client, {QStringLiteral("a@example.com")});
        EmailQueueRepository queue(db.database());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const OutgoingMessage message = queue.claim(5, now).value(0);
        queue.markRetry(message, QStringLiteral("429: slow down"), now.addSecs(60));
        QCOMPARE(db.scalar(QStringLiteral("SELECT error_message FROM email_job_items")).toString(), QStringLiteral("429: slow down"));
        QVERIFY(queue.claim(5, now.addSecs(30)).isEmpty());
        const QList<OutgoingMessage> later = queue.claim(5, now.addSecs(61));
        QCOMPARE(later.size(), 1);
        QCOMPARE(later.first().attempts, 1);
    }

    void pausedCancelledAndLaterCampaignsAreSkipped()
    {
        TestDatabase db;
        const QString client = db.addClient(QStringLiteral("Bright Smiles"));
        const QString paused = campaign(db, client, {QStringLiteral("p@example.com")});
        const QString cancelled = campaign(db, client, {QStringLiteral("c@example.com")});
        CampaignRepository campaigns(db.database());
        campaigns.pause(paused);
        campaigns.cancel(cancelled);
        EmailQueueRepository queue(db.database());
        QVERIFY(queue.claim(10, QDateTime::currentDateTimeUtc()).isEmpty());
        QCOMPARE(queue.pendingCount(), 0);
        // Cancelled items stay unsent.
        QCOMPARE(db.scalar(QStringLiteral("SELECT status FROM email_job_items WHERE campaign_id = ?"), {cancelled}).toString(),
                 QStringLiteral("pending"));
        campaigns.resume(paused);
        QCOMPARE(queue.claim(10, QDateTime::currentDateTimeUtc()).size(), 1);

        // A campaign queued ahead of its schedule waits for it.
        CampaignDraft d;
        d.clientId = client;
        d.name = d.subject = d.content = QStringLiteral("Later");
        d.addresses = {QStringLiteral("l@example.com")};
        d.scheduledAt = QDateTime::currentDateTimeUtc().addDays(1);
        const QString later = campaigns.create(d);
        campaigns.startSending(later, {});
        QVERIFY(queue.claim(10, QDateTime::currentDateTimeUtc()).isEmpty());
        QCOMPARE(queue.claim(10, d.scheduledAt.addSecs(1)).size(), 1);
    }

    void addressesSuppressedAfterQueueingAreNotSent()
    {
        TestDatabase db;
        const QString client = db.addClient(QStringLiteral("Bright Smiles"));
        const QString id = campaign(db, client, {QStringLiteral("a@example.com"), QStringLiteral("b@example.com")});
        SuppressionRepository(db.database()).add(client, QStringLiteral("a@example.com"), QStringLiteral("phoned"));
        EmailQueueRepository queue(db.database());
        const QList<OutgoingMessage> claimed = queue.claim(10, QDateTime::currentDateTimeUtc());
        QCOMPARE(claimed.size(), 1);
        QCOMPARE(claimed.first().toAddress, QStringLiteral("b@example.com"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT status FROM campaign_recipients WHERE email = 'a@example.com'")).toString(),
                 QStringLiteral("suppressed"));
        queue.markSent(claimed.first(), QStringLiteral("m@mg"), QDateTime::currentDateTimeUtc());
        QVERIFY(CampaignRepository(db.database()).markCompletedIfDone(id));
    }

    void transactionalMailGoesThroughTheSameQueue()
    {
        TestDatabase db;
        const QString client = db.addClient(QStringLiteral("Bright Smiles"));
        EmailQueueRepository queue(db.database());
        TransactionalEmail mail;
        mail.emailType = QStringLiteral("task_notification");
        mail.clientId = client;
        mail.toAddress = QStringLiteral(" staff@example.com ");
        mail.toName = QStringLiteral("Staff");
        mail.subject = QStringLiteral("You were assigned DENT-42");
        mail.html = QStringLiteral("<p>Call <b>Ann</b> back.</p>");
        mail.metadata = {{QStringLiteral("task_id"), QStringLiteral("t1")}};
        QVERIFY_THROWS_EXCEPTION(StorageError, queue.enqueueTransactional([&] {
            TransactionalEmail bad = mail;
            bad.toAddress = QStringLiteral("nobody");
            return bad;
        }()));
        const QString logId = queue.enqueueTransactional(mail);
        QCOMPARE(db.scalar(QStringLiteral("SELECT status || '|' || text_body || '|' || json_extract(metadata, '$.task_id') "
                                          "FROM email_logs WHERE id = ?"), {logId}).toString(),
                 QStringLiteral("pending|Call Ann back.|t1"));
        QCOMPARE(queue.pendingCount(), 1);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<OutgoingMessage> claimed = queue.claim(10, now);
        QCOMPARE(claimed.size(), 1);
        const OutgoingMessage message = claimed.first();
        QCOMPARE(message.kind, OutgoingMessage::Kind::Transactional);
        QCOMPARE(message.idempotencyKey, logId);
        QCOMPARE(message.variables.value(QLatin1String("anchor-log")).toString(), logId);
        QCOMPARE(message.toAddress, QStringLiteral("staff@example.com"));
        QCOMPARE(message.scopeId, QString());   // no connection of its own: the agency's
        QCOMPARE(queue.sendingCount(), 1);
        QCOMPARE(queue.uncertain().size(), 1);
        queue.releaseUncertain(message);
        QCOMPARE(queue.claim(10, now).size(), 1);
        queue.markRetry(message, QStringLiteral("timeout"), now.addSecs(5));
        QVERIFY(queue.claim(10, now).isEmpty());
        const OutgoingMessage retried = queue.claim(10, now.addSecs(6)).value(0);
        QCOMPARE(retried.attempts, 1);   // the released claim did not count, the timeout did
        queue.markSent(retried, QStringLiteral("<t@mg>"), now);
        QCOMPARE(db.scalar(QStringLiteral("SELECT status || '|' || mailgun_id || '|' || in_flight || '|' || attempts "
                                          "FROM email_logs WHERE id = ?"), {logId}).toString(),
                 QStringLiteral("sent|t@mg|0|2"));

        // A bounced address gets no transactional mail either.
        SuppressionRepository(db.database()).import({}, {{QStringLiteral("gone@example.com"), QStringLiteral("bounce"), {}, {}}});
        mail.toAddress = QStringLiteral("gone@example.com");
        const QString refused = queue.enqueueTransactional(mail);
        QVERIFY(queue.claim(10, now).isEmpty());
        QCOMPARE(db.scalar(QStringLiteral("SELECT status FROM email_logs WHERE id = ?"), {refused}).toString(),
                 QStringLiteral("failed"));
    }

    void restrictedToScopesLeavesTheOthersAlone()
    {
        TestDatabase db;
        const QString own = db.addClient(QStringLiteral("Bright Smiles"));       // sends with its own settings
        const QString shared = db.addClient(QStringLiteral("Summit Roofing"));   // sends with the agency's
        MailgunConnection connection;
        connection.scopeId = own;
        connection.domain = QStringLiteral("mg.brightsmiles.com");
        connection.fromAddress = QStringLiteral("hello@brightsmiles.com");
        MailgunSettingsRepository(db.database()).save(connection);
        campaign(db, own, {QStringLiteral("a@example.com"), QStringLiteral("b@example.com")});
        campaign(db, shared, {QStringLiteral("c@example.com")});
        EmailQueueRepository(db.database())
            .enqueueTransactional({QStringLiteral("task_notification"), shared, QStringLiteral("crew@summit.test"), {},
                                   QStringLiteral("A task"), QStringLiteral("<p>Due</p>"), {}, {}, {}});
        EmailQueueRepository(db.database())
            .enqueueTransactional({QStringLiteral("task_notification"), {}, QStringLiteral("staff@agency.test"), {},
                                   QStringLiteral("A task"), QStringLiteral("<p>Due</p>"), {}, {}, {}});

        EmailQueueRepository clientOnly(db.database());
        clientOnly.restrictToScopes({own});
        EmailQueueRepository agencyOnly(db.database());
        agencyOnly.restrictToScopes({QString()});
        QCOMPARE(EmailQueueRepository(db.database()).pendingCount(), 5);
        QCOMPARE(clientOnly.pendingCount(), 2);
        QCOMPARE(agencyOnly.pendingCount(), 3);

        const QList<OutgoingMessage> claimed = clientOnly.claim(10, QDateTime::currentDateTimeUtc());
        QCOMPARE(claimed.size(), 2);
        for (const OutgoingMessage &message : claimed)
            QCOMPARE(message.scopeId, own);
        QCOMPARE(clientOnly.sendingCount(), 2);
        QCOMPARE(agencyOnly.sendingCount(), 0);
        QCOMPARE(agencyOnly.uncertain().size(), 0);
        QCOMPARE(clientOnly.uncertain().size(), 2);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM email_logs WHERE in_flight = 1")).toInt(), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM email_job_items i JOIN email_campaigns c ON c.id = "
                                          "i.campaign_id WHERE c.client_id = ? AND i.status = 'pending'"),
                           {shared})
                     .toInt(),
                 1);

        QCOMPARE(agencyOnly.claim(10, QDateTime::currentDateTimeUtc()).size(), 3);
        QCOMPARE(EmailQueueRepository(db.database()).pendingCount(), 0);
        EmailQueueRepository none(db.database());
        none.restrictToScopes({});
        QCOMPARE(none.sendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEmailQueue)
#include "tst_emailqueue.moc"
