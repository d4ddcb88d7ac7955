// The Mailgun jobs (send queue, events, suppressions) against a real HTTPS server on 127.0.0.1
// (FakeMailgunServer) and a real SQLite file. The fake records every message it accepted, so
// "exactly once" is checked on what actually arrived.
#include "fakehttpsserver.h"
#include "fakemailgunserver.h"
#include "testdatabase.h"

#include <campaignrepository.h>
#include <emailqueuerepository.h>
#include <mailguncursorrepository.h>
#include <mailgunsettingsrepository.h>
#include <mailgunsync.h>
#include <networkservice.h>
#include <suppressionrepository.h>

#include <QEventLoop>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace anchor;
using anchor::sync::MailgunEventsJob;
using anchor::sync::MailgunSendJob;
using anchor::sync::MailgunSuppressionsJob;
using anchor::testing::FakeMailgunServer;

namespace {

const QString kDomain = QStringLiteral("mg.brightsmile.example");
const QString kKey = QStringLiteral("key-live-1234");

} // namespace

class MailgunSyncTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testing::TestDatabase> m_db;
    std::unique_ptr<FakeMailgunServer> m_server;
    std::unique_ptr<sync::NetworkService> m_network;
    QString m_client;

    storage::MailgunConnection connection() const
    {
        storage::MailgunConnection connection;
        connection.domain = kDomain;
        connection.fromAddress = QStringLiteral("hello@brightsmile.example");
        connection.fromName = QStringLiteral("Bright Smile Dental");
        connection.baseUrl = m_server->baseUrl().toString();
        connection.caCertificateFile = FakeMailgunServer::caCertificatePath();
        return connection;
    }

    QHash<QString, sync::MailgunAccount> accounts(const QString &key = kKey) const
    {
        return {{QString(), sync::MailgunAccount{connection(), key}}};
    }

    // A campaign of `count` recipients r0..@example.com, started (queued) but not sent.
    QString queueCampaign(int count, const QString &prefix = QStringLiteral("r"))
    {
        storage::CampaignDraft draft;
        draft.clientId = m_client;
        draft.name = QStringLiteral("Spring cleaning %1").arg(prefix);
        draft.subject = QStringLiteral("Spring cleaning, {{first_name}}");
        draft.content = QStringLiteral("<p>Hi {{first_name}}, book now.</p><p><a href=\"{{unsubscribe_url}}\">Unsubscribe</a></p>");
        for (int i = 0; i < count; ++i)
            draft.addresses.append(QStringLiteral("%1%2@example.com").arg(prefix).arg(i));
        storage::CampaignRepository campaigns(m_db->database());
        const QString id = campaigns.create(draft);
        const storage::QueueResult queued = campaigns.startSending(id, {});
        if (queued.queued != count)
            qWarning("queued %d of %d", queued.queued, count);
        return id;
    }

    sync::MailgunSendSummary sendQueue(const QHash<QString, sync::MailgunAccount> &accounts,
                                       MailgunSendJob::Options options = {})
    {
        MailgunSendJob job(m_db->database(), m_network.get(), accounts, options);
        QSignalSpy finished(&job, &MailgunSendJob::finished);
        job.start();
        if (finished.isEmpty())
            finished.wait(120'000);
        if (finished.isEmpty())
            qWarning("the send job did not finish");
        return job.summary();
    }

    sync::MailgunSendSummary sendQueue() { return sendQueue(accounts()); }

    sync::MailgunEventsSummary pullEvents(const QString &key = kKey, const MailgunEventsJob::Options &options = {})
    {
        MailgunEventsJob job(m_db->database(), m_network.get(), QString(), sync::MailgunAccount{connection(), key}, options);
        QSignalSpy finished(&job, &MailgunEventsJob::finished);
        job.start();
        if (finished.isEmpty())
            finished.wait(120'000);
        return job.summary();
    }

    // `count` delivered events, one a second from `base`, of mail this database never sent.
    void addStrangersEvents(const QString &messageId, double base, int count)
    {
        FakeMailgunServer::Message stranger;
        stranger.id = messageId;
        stranger.toAddress = "someone@example.com";
        for (int i = 0; i < count; ++i)
            m_server->addEvent(kDomain, m_server->eventFor(stranger, "delivered", base + i));
    }

    int itemsWithStatus(const QString &status)
    {
        return m_db->scalar("SELECT count(*) FROM email_job_items WHERE status = ?", {status}).toInt();
    }

    // Every message the fake accepted carries a distinct anchor-key: none went twice.
    void verifyEachKeyOnce(int expected)
    {
        QSet<QString> keys;
        for (const auto &message : m_server->messages())
            keys.insert(message.anchorKey());
        QCOMPARE(m_server->messageCount(), expected);
        QCOMPARE(keys.size(), expected);
        QVERIFY(!keys.contains(QString()));
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<testing::TestDatabase>();
        m_server = std::make_unique<FakeMailgunServer>();
        QVERIFY(m_server->start());
        m_server->setApiKey(kKey);
        m_server->addDomain(kDomain);
        m_network = std::make_unique<sync::NetworkService>();
        m_network->setRetryPolicy(sync::RetryPolicy({4, std::chrono::milliseconds(20), std::chrono::milliseconds(200)}));
        m_client = m_db->addClient(QStringLiteral("Bright Smile Dental"));
        storage::MailgunSettingsRepository(m_db->database()).save(connection());   // the agency's
    }

    void cleanup()
    {
        m_network.reset();
        m_server.reset();
        m_db.reset();
    }

    void fiftyRecipientsEachExactlyOnce()
    {
        const QString campaign = queueCampaign(50);
        MailgunSendJob job(m_db->database(), m_network.get(), accounts());
        QSignalSpy progressSpy(&job, &MailgunSendJob::progress);
        QSignalSpy finished(&job, &MailgunSendJob::finished);
        job.start();
        QVERIFY(finished.count() == 1 || finished.wait(60'000));
        const sync::MailgunSendSummary summary = job.summary();
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(summary.sent, 50);
        QCOMPARE(summary.failed, 0);
        verifyEachKeyOnce(50);
        QCOMPARE(itemsWithStatus("sent"), 50);
        QVERIFY(!progressSpy.isEmpty());
        QCOMPARE(progressSpy.last().at(0).toInt(), 50);
        // The database keeps Mailgun's ids, without brackets, for the events to map to.
        QCOMPARE(m_db->scalar("SELECT count(*) FROM email_job_items WHERE mailgun_id LIKE '%@" + kDomain + "' "
                              "AND mailgun_id NOT LIKE '<%'").toInt(), 50);
        QCOMPARE(m_db->scalar("SELECT status FROM email_campaigns WHERE id = ?", {campaign}).toString(), "sent");
        // Rendered per recipient, with List-Unsubscribe and the CRM's ids.
        const auto first = m_server->messagesTo("r0@example.com");
        QCOMPARE(first.size(), 1);
        QVERIFY2(first.first().subject.startsWith("Spring cleaning"), qPrintable(first.first().subject));
        QVERIFY(first.first().html.contains("%unsubscribe_url%"));
        QVERIFY(!first.first().text.isEmpty());
        QCOMPARE(first.first().variables.value("anchor-campaign"), campaign);
        QVERIFY(!first.first().variables.value("anchor-recipient").isEmpty());
        QVERIFY(first.first().headers.contains("List-Unsubscribe"));
        QVERIFY(m_server->connectionsAccepted() <= 6);   // kept alive, a few in parallel

        // Nothing is due any more: a second run sends nothing.
        const sync::MailgunSendSummary again = sendQueue();
        QVERIFY(again.ok);
        QCOMPARE(again.sent, 0);
        QCOMPARE(m_server->messageCount(), 50);
    }

    void afterACrashAcceptedItemsAreNotSentAgain()
    {
        queueCampaign(20);
        // A run claimed 10 items and got 4 of them out before it was killed.
        storage::EmailQueueRepository queue(m_db->database());
        const QList<storage::OutgoingMessage> claimed = queue.claim(10, QDateTime::currentDateTimeUtc());
        QCOMPARE(claimed.size(), 10);
        sync::MailgunClient client(m_network.get(), connection(), kKey);
        for (int i = 0; i < 4; ++i) {
            bool done = false;
            client.sendMessage(claimed.at(i), [&](const sync::MailgunResult &result) {
                QVERIFY(result.ok());
                done = true;
            });
            QTRY_VERIFY(done);
        }
        QCOMPARE(m_server->messageCount(), 4);
        QCOMPARE(itemsWithStatus("sending"), 10);

        const sync::MailgunSendSummary summary = sendQueue();
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(summary.confirmedSent, 4);   // found among the accepted events: not sent again
        QCOMPARE(summary.requeued, 6);        // never reached Mailgun: sent now
        QCOMPARE(summary.sent, 16);
        verifyEachKeyOnce(20);
        QCOMPARE(itemsWithStatus("sent"), 20);
        // The confirmed ones carry the id Mailgun gave them back then.
        for (int i = 0; i < 4; ++i) {
            const QString stored = m_db->scalar("SELECT mailgun_id FROM email_job_items WHERE id = ?",
                                                {claimed.at(i).queueId}).toString();
            QCOMPARE(stored, m_server->messages().at(i).id);
        }
        // The check asked Mailgun's events for accepted mail to that address since the first attempt.
        bool sawLookup = false;
        for (const auto &request : m_server->requests()) {
            if (request.path.endsWith("/events") && request.query.queryItemValue("event") == "accepted")
                sawLookup = true;
        }
        QVERIFY(sawLookup);
    }

    void connectionLostAfterAcceptanceSendsOnce()
    {
        queueCampaign(12);
        m_server->injectFault(FakeMailgunServer::Fault::AcceptThenDrop, "messages", 3);
        m_server->injectFault(FakeMailgunServer::Fault::AcceptThenServerError, "messages", 2);
        m_server->injectFault(FakeMailgunServer::Fault::ServerErrorHtml, "messages", 2);   // not accepted
        const sync::MailgunSendSummary summary = sendQueue();
        QVERIFY2(summary.ok, qPrintable(summary.error));
        verifyEachKeyOnce(12);
        QCOMPARE(summary.confirmedSent, 5);   // dropped or 500 after acceptance: confirmed, not resent
        QCOMPARE(summary.requeued, 2);        // the proxy's 502 never reached Mailgun: sent again
        QCOMPARE(summary.sent + summary.confirmedSent, 12);
        QCOMPARE(itemsWithStatus("sent"), 12);
        QCOMPARE(itemsWithStatus("sending"), 0);
    }

    void uncheckableItemsWaitInSending()
    {
        queueCampaign(3);
        m_server->injectFault(FakeMailgunServer::Fault::AcceptThenDrop, "messages", 1);
        // The check itself fails every time (events unreachable): the item must stay uncertain.
        m_server->injectFault(FakeMailgunServer::Fault::ServerErrorHtml, "events", 1000);
        const sync::MailgunSendSummary summary = sendQueue();
        QVERIFY(!summary.ok);
        QCOMPARE(summary.uncertainLeft, 1);
        QCOMPARE(itemsWithStatus("sending"), 1);
        QCOMPARE(m_server->messageCount(), 3);
        QVERIFY(!summary.error.isEmpty());
        // Next run, with the events back: confirmed, still exactly once.
        m_server->clearFaults();
        const sync::MailgunSendSummary next = sendQueue();
        QVERIFY2(next.ok, qPrintable(next.error));
        QCOMPARE(next.confirmedSent, 1);
        verifyEachKeyOnce(3);
    }

    void wrongKeyLosesNothing()
    {
        queueCampaign(8);
        const sync::MailgunSendSummary summary = sendQueue(accounts(QStringLiteral("key-wrong")));
        QVERIFY(!summary.ok);
        QCOMPARE(summary.sent, 0);
        QCOMPARE(summary.failed, 0);
        QVERIFY2(summary.scopeErrors.value(QString()).contains("401"), qPrintable(summary.error));
        QVERIFY2(summary.error.contains("API key"), qPrintable(summary.error));
        QVERIFY(!summary.error.contains("key-wrong"));
        QCOMPARE(m_server->messageCount(), 0);
        QCOMPARE(itemsWithStatus("pending"), 8);   // nothing failed, nothing lost
        QCOMPARE(m_db->scalar("SELECT count(*) FROM campaign_recipients WHERE status = 'failed'").toInt(), 0);
        // The scope stopped at the first refusal: no more than the requests already in flight.
        QVERIFY(m_server->requests().size() <= MailgunSendJob::Options{}.maxInFlight);

        const sync::MailgunSendSummary fixed = sendQueue();
        QVERIFY2(fixed.ok, qPrintable(fixed.error));
        QCOMPARE(fixed.sent, 8);
        verifyEachKeyOnce(8);
    }

    void domainNotAllowedKeepsTheQueue()
    {
        queueCampaign(5);
        m_server->setAllowedToSend(kDomain, false);
        const sync::MailgunSendSummary summary = sendQueue();
        QVERIFY(!summary.ok);
        QVERIFY2(summary.error.contains("403") && summary.error.contains(kDomain), qPrintable(summary.error));
        QCOMPARE(itemsWithStatus("pending"), 5);
        QCOMPARE(m_server->messageCount(), 0);
    }

    void missingKeySaysWhereToPutIt()
    {
        queueCampaign(2);
        const sync::MailgunSendSummary summary = sendQueue(accounts(QString()));
        QVERIFY(!summary.ok);
        QVERIFY2(summary.error.contains("ANCHOR_MAILGUN_API_KEY"), qPrintable(summary.error));
        QCOMPARE(itemsWithStatus("pending"), 2);
        QCOMPARE(m_server->requests().size(), 0);
    }

    void rateLimitedRunsFinishLater()
    {
        queueCampaign(10);
        // More 429s than the network service retries: the job itself waits Retry-After and goes on.
        m_server->injectFault(FakeMailgunServer::Fault::TooManyRequests, "messages", 6, 1);
        m_server->injectFault(FakeMailgunServer::Fault::RateLimited420, "messages", 2, 800);
        QElapsedTimer timer;
        timer.start();
        const sync::MailgunSendSummary summary = sendQueue();
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QVERIFY(summary.rateLimitWaits >= 1);
        QVERIFY(timer.elapsed() >= 1000);
        verifyEachKeyOnce(10);
        QCOMPARE(itemsWithStatus("sent"), 10);
    }

    void longRateLimitDefersToTheNextRun()
    {
        queueCampaign(4);
        m_server->injectFault(FakeMailgunServer::Fault::TooManyRequests, "messages", 100, 3600);
        m_network->setRetryPolicy(sync::RetryPolicy({1, std::chrono::milliseconds(10), std::chrono::milliseconds(20)}));
        MailgunSendJob::Options options;
        options.maxInFlight = 1;
        const sync::MailgunSendSummary summary = sendQueue(accounts(), options);
        QVERIFY(!summary.ok);
        QVERIFY2(summary.error.contains("429"), qPrintable(summary.error));
        QCOMPARE(itemsWithStatus("pending"), 4);
        QCOMPARE(m_server->messageCount(), 0);
        // Held back until Mailgun's time.
        QVERIFY(m_db->scalar("SELECT min(next_attempt_at) FROM email_job_items").toString()
                > QDateTime::currentDateTimeUtc().addSecs(3000).toString(Qt::ISODate));
    }

    void badInputFailsOnlyThatMessage()
    {
        queueCampaign(6);
        m_server->rejectAddress("r3@example.com", "'to' parameter is not a valid address. please check documentation");
        const sync::MailgunSendSummary summary = sendQueue();
        QCOMPARE(summary.sent, 5);
        QCOMPARE(summary.failed, 1);
        QVERIFY(!summary.ok);
        QCOMPARE(summary.failures.size(), 1);
        QVERIFY2(summary.failures.first().contains("r3@example.com") && summary.failures.first().contains("not a valid address"),
                 qPrintable(summary.failures.first()));
        const QString error = m_db->scalar("SELECT error_message FROM campaign_recipients WHERE email = 'r3@example.com'").toString();
        QVERIFY2(error.contains("not a valid address"), qPrintable(error));
        QCOMPARE(itemsWithStatus("failed"), 1);
    }

    void transactionalMailGoesThroughTheSameQueue()
    {
        storage::TransactionalEmail email;
        email.emailType = "task_notification";
        email.toAddress = "dana@anchor.example";
        email.toName = "Dana Whitfield";
        email.subject = "You have a new task";
        email.html = "<p>Call back Maria Lopez</p>";
        const QString logId = storage::EmailQueueRepository(m_db->database()).enqueueTransactional(email);
        const sync::MailgunSendSummary summary = sendQueue();
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(summary.sent, 1);
        const auto message = m_server->messages().first();
        QCOMPARE(message.variables.value("anchor-key"), logId);
        QCOMPARE(message.variables.value("anchor-log"), logId);
        QCOMPARE(message.tags, QStringList{"task_notification"});
        QCOMPARE(m_db->scalar("SELECT status FROM email_logs WHERE id = ?", {logId}).toString(), "sent");
        QCOMPARE(m_db->scalar("SELECT mailgun_id FROM email_logs WHERE id = ?", {logId}).toString(), message.id);
    }

    void cancelPutsBackWhatWasNotSent()
    {
        queueCampaign(30);
        m_server->injectFault(FakeMailgunServer::Fault::Slow, "messages", 30, 300);
        MailgunSendJob::Options options;
        options.maxInFlight = 1;
        MailgunSendJob job(m_db->database(), m_network.get(), accounts(), options);
        QSignalSpy finished(&job, &MailgunSendJob::finished);
        connect(m_server.get(), &FakeMailgunServer::messageReceived, &job, [&job](const QString &) { job.cancel(); },
                Qt::SingleShotConnection);
        job.start();
        QVERIFY(finished.count() == 1 || finished.wait(30'000));
        QVERIFY(job.summary().cancelled);
        QVERIFY(!job.summary().ok);
        // The request in flight finished normally: its item is sent; the rest is pending again.
        QCOMPARE(m_server->messageCount(), 1);
        QCOMPARE(itemsWithStatus("sent"), 1);
        QCOMPARE(itemsWithStatus("sending"), 0);
        QCOMPARE(itemsWithStatus("pending"), 29);
        m_server->clearFaults();
        QVERIFY(sendQueue().ok);
        verifyEachKeyOnce(30);
    }

    // ------------------------------------------------------------------------- events

    void eventsUpdateTheCampaignAndDeduplicate()
    {
        m_server->setAutoDeliver(true);
        const QString campaign = queueCampaign(5);
        QVERIFY(sendQueue().ok);
        QList<FakeMailgunServer::Message> messages;   // in recipient order (they went out in parallel)
        for (int i = 0; i < 5; ++i)
            messages.append(m_server->messagesTo(QStringLiteral("r%1@example.com").arg(i)).value(0));
        // Opens and a click for r0, a hard bounce for r1, a spam complaint for r2, a soft bounce for r3.
        const double now = QDateTime::currentMSecsSinceEpoch() / 1000.0;
        m_server->addEvent(kDomain, m_server->eventFor(messages.at(0), "opened", now + 1));
        QJsonObject click = m_server->eventFor(messages.at(0), "clicked", now + 2);
        m_server->addEvent(kDomain, click);
        m_server->addEvent(kDomain, click);   // the same event twice
        QJsonObject bounce = m_server->eventFor(messages.at(1), "failed", now + 3);
        m_server->addEvent(kDomain, bounce);
        m_server->addEvent(kDomain, m_server->eventFor(messages.at(2), "complained", now + 4));
        QJsonObject soft = m_server->eventFor(messages.at(3), "failed", now + 5);
        soft.insert("severity", "temporary");
        soft.insert("reason", "greylisted");
        m_server->addEvent(kDomain, soft);
        // Truncated user-variables: mapped by message id instead.
        QJsonObject opened4 = m_server->eventFor(messages.at(4), "opened", now + 6);
        opened4.insert("user-variables", "{\"anchor-key\":\"trunc");
        m_server->addEvent(kDomain, opened4);
        // An event type the CRM does not use.
        m_server->addEvent(kDomain, {{"id", "lm-1"}, {"event", "list_member_uploaded"}, {"timestamp", now + 7}});

        const sync::MailgunEventsSummary summary = pullEvents();
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(summary.inserted, 10 + 6);   // accepted + delivered each, and the six new ones
        QCOMPARE(summary.duplicates, 1);
        QCOMPARE(summary.unknownSkipped, 1);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM email_tracking").toInt(), 16);
        auto statusOf = [&](const QString &address) {
            return m_db->scalar("SELECT status FROM campaign_recipients WHERE email = ?", {address}).toString();
        };
        QCOMPARE(statusOf("r0@example.com"), "clicked");
        QCOMPARE(statusOf("r1@example.com"), "bounced");
        QCOMPARE(statusOf("r2@example.com"), "complained");
        QCOMPARE(statusOf("r3@example.com"), "delivered");   // a soft bounce is shown, not terminal
        QCOMPARE(statusOf("r4@example.com"), "opened");
        QCOMPARE(m_db->scalar("SELECT url FROM email_tracking WHERE event_type = 'clicked'").toString(),
                 "https://brightsmile.example/book");
        // Hard bounce and complaint suppress; the soft bounce does not.
        storage::SuppressionRepository suppressions(m_db->database());
        QVERIFY(suppressions.isSuppressed(m_client, "r1@example.com"));
        QVERIFY(suppressions.isSuppressed(m_client, "r2@example.com"));
        QVERIFY(!suppressions.isSuppressed(m_client, "r3@example.com"));
        QCOMPARE(m_db->scalar("SELECT open_count FROM email_campaigns WHERE id = ?", {campaign}).toInt(), 2);

        // A second pull re-reads the overlap: nothing new, nothing counted twice.
        const sync::MailgunEventsSummary again = pullEvents();
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.inserted, 0);
        QVERIFY(again.duplicates >= 16);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM email_tracking").toInt(), 16);
        QCOMPARE(m_db->scalar("SELECT open_count FROM email_campaigns WHERE id = ?", {campaign}).toInt(), 2);
    }

    void manyPagesOpaqueNextUrlsAndTheCursor()
    {
        const double base = QDateTime::currentSecsSinceEpoch() - 5 * 3600;
        FakeMailgunServer::Message stranger;
        stranger.id = "old.1@" + kDomain;
        stranger.toAddress = "someone@example.com";
        stranger.to = stranger.toAddress;
        for (int i = 0; i < 700; ++i)
            m_server->addEvent(kDomain, m_server->eventFor(stranger, "delivered", base + i * 10));
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const sync::MailgunEventsSummary summary = pullEvents();
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(summary.pages, 4);   // 300 + 300 + 100 + the empty page
        QCOMPARE(summary.inserted, 700);
        QCOMPARE(summary.unmatched, 700);   // not mail this database sent: kept, no effect
        // The first request was a query; every later one followed the opaque next URL verbatim.
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 4);
        QCOMPARE(requests.first().path, "/v3/" + kDomain + "/events");
        for (int i = 1; i < requests.size(); ++i)
            QVERIFY(requests.at(i).path.startsWith("/v3/" + kDomain + "/events/"));
        // The cursor stops 30 minutes before the pull started (events may still arrive late).
        const storage::MailgunCursor cursor = storage::MailgunCursorRepository(m_db->database())
                                                  .read(storage::MailgunCursorRepository::kEventsSource, QString());
        const qint64 stored = cursor.cursorValue.toLongLong();
        QVERIFY(stored >= before - 1800 && stored <= before - 1800 + 5);
        QVERIFY(cursor.pageToken.isEmpty());
        QVERIFY(!cursor.lastSuccessAt.isEmpty());

        // The next pull starts at the cursor minus the 30-minute overlap.
        m_server->clearRequests();
        const sync::MailgunEventsSummary next = pullEvents();
        QVERIFY(next.ok);
        QCOMPARE(QUrlQuery(m_server->requests().first().query).queryItemValue("begin").toLongLong(), stored - 1800);
        QCOMPARE(next.inserted, 0);
    }

    void lateEventsInsideTheTrustWindowAreCaught()
    {
        const QString campaign = queueCampaign(1);
        QVERIFY(sendQueue().ok);
        const auto message = m_server->messages().first();
        const double now = QDateTime::currentMSecsSinceEpoch() / 1000.0;
        m_server->addEvent(kDomain, m_server->eventFor(message, "delivered", now + 1));
        QVERIFY(pullEvents().ok);
        // An open that happened 10 minutes ago reaches Mailgun's storage only now: it sorts before
        // everything the last pull saw, so only the overlap finds it.
        m_server->addEvent(kDomain, m_server->eventFor(message, "opened", now - 600));
        const sync::MailgunEventsSummary summary = pullEvents();
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(summary.inserted, 1);
        QCOMPARE(m_db->scalar("SELECT status FROM campaign_recipients WHERE campaign_id = ?", {campaign}).toString(), "opened");
    }

    void failedPullKeepsTheCursor()
    {
        const double base = QDateTime::currentSecsSinceEpoch() - 4 * 3600;
        addStrangersEvents("old.2@" + kDomain, base, 400);
        // The second page fails for good.
        m_server->injectFault(FakeMailgunServer::Fault::ServerErrorHtml, "/events/", 100);
        const sync::MailgunEventsSummary summary = pullEvents();
        QVERIFY(!summary.ok);
        QVERIFY2(summary.error.contains("502"), qPrintable(summary.error));
        QCOMPARE(summary.inserted, 300);   // the first page is stored
        const storage::MailgunCursor cursor = storage::MailgunCursorRepository(m_db->database())
                                                  .read(storage::MailgunCursorRepository::kEventsSource, QString());
        // The cursor moved to the newest stored event, not beyond.
        QCOMPARE(cursor.cursorValue.toLongLong(), qint64(base + 299));
        QVERIFY(!cursor.lastError.isEmpty());
        m_server->clearFaults();
        const sync::MailgunEventsSummary resumed = pullEvents();
        QVERIFY2(resumed.ok, qPrintable(resumed.error));
        QCOMPARE(resumed.inserted, 100);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM email_tracking").toInt(), 400);
    }

    void aStorageFailureStopsThePullAtTheLastStoredPages()
    {
        // Pages are written on the writer thread, up to ten to a transaction here (as many as
        // were read while it wrote the last ones). When a batch cannot be stored (a full disk,
        // say), nothing of it is kept, nothing after it is written, the cursor stays at the
        // newest event stored, and the next pull picks the rest up.
        const double base = QDateTime::currentSecsSinceEpoch() - 6 * 3600;
        addStrangersEvents("old.3@" + kDomain, base, 3600);
        const QString failFrom = QDateTime::fromSecsSinceEpoch(qint64(base) + 3100, Qt::UTC)
                                     .toString(Qt::ISODateWithMs);
        m_db->exec(QStringLiteral("CREATE TRIGGER fail_late BEFORE INSERT ON email_tracking WHEN new.occurred_at >= '%1' "
                                  "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END").arg(failFrom));
        MailgunEventsJob::Options tenPages;
        tenPages.pagesPerTransaction = 10;
        const sync::MailgunEventsSummary summary = pullEvents(kKey, tenPages);
        QVERIFY(!summary.ok);
        QVERIFY2(summary.error.contains("disk is full"), qPrintable(summary.error));
        const int stored = m_db->scalar("SELECT count(*) FROM email_tracking").toInt();
        QCOMPARE(summary.inserted, stored);
        QVERIFY2(stored % 300 == 0 && stored <= 3000, qPrintable(QString::number(stored)));   // whole pages before the bad one
        const storage::MailgunCursor cursor = storage::MailgunCursorRepository(m_db->database())
                                                  .read(storage::MailgunCursorRepository::kEventsSource, QString());
        if (stored > 0)
            QCOMPARE(cursor.cursorValue.toLongLong(), qint64(base) + stored - 1);   // the newest event stored
        else
            QVERIFY(cursor.cursorValue.toLongLong() < qint64(base));

        m_db->exec("DROP TRIGGER fail_late");
        const sync::MailgunEventsSummary resumed = pullEvents(kKey, tenPages);
        QVERIFY2(resumed.ok, qPrintable(resumed.error));
        QCOMPARE(resumed.inserted, 3600 - stored);
        QCOMPARE(m_db->scalar("SELECT count(DISTINCT event_id) FROM email_tracking").toInt(), 3600);
    }

    void wrongKeyForEvents()
    {
        const sync::MailgunEventsSummary summary = pullEvents(QStringLiteral("nope"));
        QVERIFY(!summary.ok);
        QVERIFY2(summary.error.contains("401"), qPrintable(summary.error));
    }

    // ------------------------------------------------------------------------- suppressions

    void suppressionListsAreImported()
    {
        for (int i = 0; i < 1200; ++i)
            m_server->addSuppression(kDomain, FakeMailgunServer::SuppressionList::Bounces,
                                     {{"address", QString("b%1@example.com").arg(i)}, {"code", "550"}, {"error", "No such user"}});
        m_server->addSuppression(kDomain, FakeMailgunServer::SuppressionList::Unsubscribes,
                                 {{"address", "Left@Example.com"}, {"tags", QJsonArray{"*"}}});
        m_server->addSuppression(kDomain, FakeMailgunServer::SuppressionList::Complaints, {{"address", "spam@example.com"}});

        auto run = [&] {
            MailgunSuppressionsJob job(m_db->database(), m_network.get(), QString(), sync::MailgunAccount{connection(), kKey});
            QSignalSpy finished(&job, &MailgunSuppressionsJob::finished);
            job.start();
            if (finished.isEmpty())
                finished.wait(60'000);
            return job.summary();
        };
        const sync::MailgunSuppressionsSummary summary = run();
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(summary.seen, 1202);
        QCOMPARE(summary.added, 1202);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM unsubscribes WHERE client_id IS NULL AND kind = 'bounce'").toInt(), 1200);
        QCOMPARE(m_db->scalar("SELECT kind FROM unsubscribes WHERE email = 'left@example.com'").toString(), "unsubscribe");
        QCOMPARE(m_db->scalar("SELECT kind FROM unsubscribes WHERE email = 'spam@example.com'").toString(), "complaint");
        QVERIFY(!storage::MailgunCursorRepository(m_db->database())
                     .read(storage::MailgunCursorRepository::kSuppressionsSource, QString()).lastSuccessAt.isEmpty());

        // Imported addresses are never mailed: a campaign to one of them excludes it.
        storage::CampaignDraft draft;
        draft.clientId = m_client;
        draft.name = draft.subject = "News";
        draft.content = "<p>Hi</p>";
        draft.addresses = {"b7@example.com", "fresh@example.com"};
        storage::CampaignRepository campaigns(m_db->database());
        const auto result = campaigns.startSending(campaigns.create(draft), {});
        QCOMPARE(result.queued, 1);
        QCOMPARE(result.suppressed, 1);

        const sync::MailgunSuppressionsSummary again = run();
        QVERIFY(again.ok);
        QCOMPARE(again.added, 0);
    }
};

QTEST_GUILESS_MAIN(MailgunSyncTest)
#include "tst_mailgunsync.moc"
