// Mailgun events: deduplication, mapping by anchor-key then message id, forward-only status,
// unique counters, suppression of permanent failures, complaints and unsubscribes.
#include <campaignrepository.h>
#include <emaileventrepository.h>
#include <emailqueuerepository.h>
#include <suppressionrepository.h>
#include <testdatabase.h>
#include <timestamps.h>

#include <QTest>

using namespace anchor::storage;
using anchor::testing::TestDatabase;

class TestEmailEvents : public QObject
{
    Q_OBJECT

private:
    struct Sent
    {
        QString campaignId;
        QString client;
        QList<OutgoingMessage> messages;
    };

    // A campaign to `count` recipients, all sent.
    static Sent sentCampaign(TestDatabase &db, int count, bool markSent = true)
    {
        Sent sent;
        sent.client = db.addClient(QStringLiteral("Bright Smiles"));
        CampaignDraft d;
        d.clientId = sent.client;
        d.name = d.subject = QStringLiteral("News");
        d.content = QStringLiteral("<p>Hi {{first_name}}</p>");
        for (int i = 0; i < count; ++i)
            d.addresses.append(QStringLiteral("r%1@example.com").arg(i));
        CampaignRepository campaigns(db.database());
        sent.campaignId = campaigns.create(d);
        campaigns.startSending(sent.campaignId, {});
        EmailQueueRepository queue(db.database());
        sent.messages = queue.claim(count, QDateTime::currentDateTimeUtc());
        if (markSent) {
            for (int i = 0; i < sent.messages.size(); ++i)
                queue.markSent(sent.messages.at(i), QStringLiteral("<m%1@mg.example.com>").arg(i), QDateTime::currentDateTimeUtc());
        }
        return sent;
    }

    static MailgunEvent event(const QString &id, const QString &type, const OutgoingMessage &message, int minute,
                              const QString &severity = {})
    {
        MailgunEvent e;
        e.eventId = id;
        e.type = type;
        e.occurredAt = QDateTime(QDate(2026, 3, 1), QTime(10, minute), Qt::UTC);
        e.recipient = message.toAddress;
        e.severity = severity;
        e.userVariables = {{QStringLiteral("anchor-key"), message.idempotencyKey}};
        e.payload = QByteArrayLiteral("{\"id\":\"") + id.toUtf8() + QByteArrayLiteral("\"}");
        return e;
    }

    static QString statusOf(TestDatabase &db, const OutgoingMessage &message)
    {
        return db.scalar(QStringLiteral("SELECT status FROM campaign_recipients WHERE id = ?"), {message.recipientId}).toString();
    }

private slots:
    void samePageTwiceCountsOnce()
    {
        TestDatabase db;
        const Sent sent = sentCampaign(db, 2);
        const QList<MailgunEvent> page = {
            event(QStringLiteral("d0"), QStringLiteral("delivered"), sent.messages.at(0), 1),
            event(QStringLiteral("o0"), QStringLiteral("opened"), sent.messages.at(0), 2),
            event(QStringLiteral("o0b"), QStringLiteral("opened"), sent.messages.at(0), 3),
            event(QStringLiteral("c0"), QStringLiteral("clicked"), sent.messages.at(0), 4),
        };
        EmailEventRepository events(db.database());
        const ApplySummary first = events.apply({}, page);
        QCOMPARE(first.inserted, 4);
        QCOMPARE(first.matched, 4);
        QCOMPARE(first.duplicates, 0);
        const ApplySummary again = events.apply({}, page);
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.duplicates, 4);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM email_tracking")).toInt(), 4);
        QCOMPARE(db.scalar(QStringLiteral("SELECT open_count || '/' || click_count FROM email_campaigns")).toString(),
                 QStringLiteral("1/1"));
        QCOMPARE(statusOf(db, sent.messages.at(0)), QStringLiteral("clicked"));
        QCOMPARE(statusOf(db, sent.messages.at(1)), QStringLiteral("sent"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT delivery_status FROM email_logs WHERE mailgun_id = 'm0@mg.example.com'")).toString(),
                 QStringLiteral("clicked"));
        QCOMPARE(events.eventsForRecipient(sent.messages.at(0).recipientId).size(), 4);
        QCOMPARE(events.eventsForRecipient(sent.messages.at(0).recipientId).first().type, QStringLiteral("delivered"));
    }

    void statusOnlyMovesForward()
    {
        TestDatabase db;
        const Sent sent = sentCampaign(db, 2);
        EmailEventRepository events(db.database());
        // Opened arrives before delivered (events are not ordered across pages).
        events.apply({}, {event(QStringLiteral("o"), QStringLiteral("opened"), sent.messages.at(0), 5)});
        events.apply({}, {event(QStringLiteral("d"), QStringLiteral("delivered"), sent.messages.at(0), 1)});
        QCOMPARE(statusOf(db, sent.messages.at(0)), QStringLiteral("opened"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT status FROM email_job_items WHERE id = ?"), {sent.messages.at(0).queueId}).toString(),
                 QStringLiteral("opened"));
        // An unsubscribe wins over opened; a later click does not undo it.
        events.apply({}, {event(QStringLiteral("u"), QStringLiteral("unsubscribed"), sent.messages.at(0), 6),
                          event(QStringLiteral("c"), QStringLiteral("clicked"), sent.messages.at(0), 7)});
        QCOMPARE(statusOf(db, sent.messages.at(0)), QStringLiteral("unsubscribed"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT unsubscribe_count || '/' || click_count FROM email_campaigns")).toString(),
                 QStringLiteral("1/1"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT kind || '|' || campaign_id || '|' || client_id FROM unsubscribes "
                                          "WHERE email = 'r0@example.com'")).toString(),
                 QStringLiteral("unsubscribe|") + sent.campaignId + u'|' + sent.client);
        // A bounce wins over delivered.
        events.apply({}, {event(QStringLiteral("d1"), QStringLiteral("delivered"), sent.messages.at(1), 1),
                          event(QStringLiteral("f1"), QStringLiteral("failed"), sent.messages.at(1), 2, QStringLiteral("permanent"))});
        QCOMPARE(statusOf(db, sent.messages.at(1)), QStringLiteral("bounced"));
    }

    void permanentFailuresSuppressTemporaryOnesDoNot()
    {
        TestDatabase db;
        const Sent sent = sentCampaign(db, 3);
        EmailEventRepository events(db.database());
        MailgunEvent temporary = event(QStringLiteral("t"), QStringLiteral("failed"), sent.messages.at(0), 1, QStringLiteral("temporary"));
        temporary.deliveryMessage = QStringLiteral("452 mailbox full, will retry");
        MailgunEvent permanent = event(QStringLiteral("p"), QStringLiteral("failed"), sent.messages.at(1), 1, QStringLiteral("permanent"));
        permanent.reason = QStringLiteral("bounce");
        permanent.deliveryMessage = QStringLiteral("550 no such user");
        const ApplySummary summary = events.apply({}, {temporary, permanent});
        QCOMPARE(summary.suppressed, 1);

        QCOMPARE(statusOf(db, sent.messages.at(0)), QStringLiteral("sent"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT error_message FROM campaign_recipients WHERE id = ?"),
                           {sent.messages.at(0).recipientId}).toString(),
                 QStringLiteral("452 mailbox full, will retry"));
        QCOMPARE(statusOf(db, sent.messages.at(1)), QStringLiteral("bounced"));
        SuppressionRepository suppressions(db.database());
        QVERIFY(!suppressions.isSuppressed(sent.client, QStringLiteral("r0@example.com")));
        QVERIFY(suppressions.isSuppressed(sent.client, QStringLiteral("r1@example.com")));
        QCOMPARE(db.scalar(QStringLiteral("SELECT kind || '|' || reason FROM unsubscribes")).toString(),
                 QStringLiteral("bounce|550 no such user"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT bounce_count FROM email_campaigns")).toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT status || '|' || delivery_status FROM email_logs WHERE mailgun_id = 'm1@mg.example.com'"))
                     .toString(),
                 QStringLiteral("failed|bounced"));

        // Complaints suppress too, and are never mailed again by the next campaign.
        events.apply({}, {event(QStringLiteral("x"), QStringLiteral("complained"), sent.messages.at(2), 9)});
        QCOMPARE(statusOf(db, sent.messages.at(2)), QStringLiteral("complained"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT kind FROM unsubscribes WHERE email = 'r2@example.com'")).toString(),
                 QStringLiteral("complaint"));
        CampaignDraft next;
        next.clientId = sent.client;
        next.name = next.subject = next.content = QStringLiteral("Next");
        next.addresses = {QStringLiteral("r0@example.com"), QStringLiteral("r1@example.com"), QStringLiteral("r2@example.com")};
        CampaignRepository campaigns(db.database());
        const QueueResult result = campaigns.startSending(campaigns.create(next), {});
        QCOMPARE(result.queued, 1);
        QCOMPARE(result.suppressed, 2);
    }

    void stringUserVariablesFallBackToTheMessageId()
    {
        TestDatabase db;
        const Sent sent = sentCampaign(db, 1);
        MailgunEvent e = event(QStringLiteral("s"), QStringLiteral("delivered"), sent.messages.at(0), 1);
        e.userVariables = {};   // Mailgun sent user-variables as a string: ignored
        e.messageId = QStringLiteral("<m0@mg.example.com>");
        const ApplySummary summary = EmailEventRepository(db.database()).apply({}, {e});
        QCOMPARE(summary.matched, 1);
        QCOMPARE(statusOf(db, sent.messages.at(0)), QStringLiteral("delivered"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT recipient_id FROM email_tracking")).toString(), sent.messages.at(0).recipientId);
    }

    void unmatchedEventsAreKeptWithoutEffectButSuppress()
    {
        TestDatabase db;
        const QString client = db.addClient(QStringLiteral("Bright Smiles"));
        MailgunEvent e;
        e.eventId = QStringLiteral("foreign");
        e.type = QStringLiteral("failed");
        e.severity = QStringLiteral("permanent");
        e.recipient = QStringLiteral("someone@example.com");
        e.messageId = QStringLiteral("not-ours@mg");
        e.occurredAt = QDateTime::currentDateTimeUtc();
        const ApplySummary summary = EmailEventRepository(db.database()).apply(client, {e});
        QCOMPARE(summary.unmatched, 1);
        QCOMPARE(summary.matched, 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT client_id FROM email_tracking")).toString(), client);
        QVERIFY(SuppressionRepository(db.database()).isSuppressed(client, QStringLiteral("someone@example.com")));
    }

    void acceptedEventResolvesAnItemTheSenderNeverHeardAbout()
    {
        TestDatabase db;
        const Sent sent = sentCampaign(db, 1, false);   // claimed, then the answer was lost
        MailgunEvent accepted = event(QStringLiteral("a"), QStringLiteral("accepted"), sent.messages.at(0), 1);
        accepted.messageId = QStringLiteral("<late@mg.example.com>");
        EmailEventRepository events(db.database());
        events.apply({}, {accepted});
        QCOMPARE(statusOf(db, sent.messages.at(0)), QStringLiteral("sent"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT status || '|' || mailgun_id FROM email_job_items")).toString(),
                 QStringLiteral("sent|late@mg.example.com"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM email_logs WHERE email_type = 'campaign' AND status = 'sent'")).toInt(), 1);
        EmailQueueRepository queue(db.database());
        QVERIFY(queue.uncertain().isEmpty());
        // The sender's late markSent changes nothing.
        queue.markSent(sent.messages.at(0), QStringLiteral("late@mg.example.com"), QDateTime::currentDateTimeUtc());
        QCOMPARE(db.scalar(QStringLiteral("SELECT sent_count FROM email_campaigns")).toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM email_logs")).toInt(), 1);
    }

    void aMessageIdLearntEarlierOnThePageMatchesLaterEvents()
    {
        // Accepted (with our key) gives the item its message id; a delivered event later on the
        // same page without user-variables is matched through that id.
        TestDatabase db;
        const Sent sent = sentCampaign(db, 1, false);
        MailgunEvent accepted = event(QStringLiteral("a"), QStringLiteral("accepted"), sent.messages.at(0), 1);
        accepted.messageId = QStringLiteral("<late@mg.example.com>");
        MailgunEvent delivered = event(QStringLiteral("d"), QStringLiteral("delivered"), sent.messages.at(0), 2);
        delivered.userVariables = {};
        delivered.messageId = QStringLiteral("<late@mg.example.com>");
        MailgunEvent again = delivered;   // the same event twice on one page counts once
        const ApplySummary summary = EmailEventRepository(db.database()).apply({}, {accepted, delivered, again});
        QCOMPARE(summary.matched, 2);
        QCOMPARE(summary.inserted, 2);
        QCOMPARE(summary.duplicates, 1);
        QCOMPARE(statusOf(db, sent.messages.at(0)), QStringLiteral("delivered"));
    }

    void transactionalEventsUpdateTheLog()
    {
        TestDatabase db;
        EmailQueueRepository queue(db.database());
        TransactionalEmail mail;
        mail.emailType = QStringLiteral("document_review");
        mail.toAddress = QStringLiteral("reviewer@example.com");
        mail.subject = QStringLiteral("Please review");
        mail.html = QStringLiteral("<p>Review</p>");
        const QString logId = queue.enqueueTransactional(mail);
        const OutgoingMessage message = queue.claim(1, QDateTime::currentDateTimeUtc()).value(0);
        queue.markSent(message, QStringLiteral("<t1@mg>"), QDateTime::currentDateTimeUtc());
        MailgunEvent delivered;
        delivered.eventId = QStringLiteral("td");
        delivered.type = QStringLiteral("delivered");
        delivered.userVariables = {{QStringLiteral("anchor-key"), logId}};
        delivered.occurredAt = QDateTime::currentDateTimeUtc();
        MailgunEvent opened = delivered;
        opened.eventId = QStringLiteral("to");
        opened.type = QStringLiteral("opened");
        opened.userVariables = {};
        opened.messageId = QStringLiteral("t1@mg");
        const ApplySummary summary = EmailEventRepository(db.database()).apply({}, {opened, delivered});
        QCOMPARE(summary.matched, 2);
        QCOMPARE(db.scalar(QStringLiteral("SELECT status || '|' || delivery_status FROM email_logs WHERE id = ?"), {logId}).toString(),
                 QStringLiteral("sent|opened"));
        QCOMPARE(EmailEventRepository(db.database()).eventsForLog(logId).size(), 2);
    }

    void cursorIsStoredWithThePage()
    {
        TestDatabase db;
        const Sent sent = sentCampaign(db, 1);
        MailgunCursor after;
        after.cursorValue = QStringLiteral("1772359200");
        after.pageToken = QStringLiteral("https://api.mailgun.net/v3/mg/events/next-opaque");
        EmailEventRepository(db.database()).apply({}, {event(QStringLiteral("d"), QStringLiteral("delivered"), sent.messages.at(0), 1)},
                                                  after, false);
        const MailgunCursor stored = MailgunCursorRepository(db.database()).read(MailgunCursorRepository::kEventsSource, {});
        QCOMPARE(stored.cursorValue, after.cursorValue);
        QCOMPARE(stored.pageToken, after.pageToken);
    }
};

QTEST_GUILESS_MAIN(TestEmailEvents)
#include "tst_emailevents.moc"
