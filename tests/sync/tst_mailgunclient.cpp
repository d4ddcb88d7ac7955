// MailgunClient against a real HTTPS server on 127.0.0.1 (FakeMailgunServer): the form it sends,
// the limits it checks before sending, and how every Mailgun answer maps to what callers do.
#include "fakehttpsserver.h"
#include "fakemailgunserver.h"

#include <mailgunclient.h>
#include <networkservice.h>

#include <QEventLoop>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace anchor;
using anchor::sync::MailgunClient;
using anchor::sync::MailgunResult;
using anchor::testing::FakeMailgunServer;

namespace {

const QString kDomain = QStringLiteral("mg.brightsmile.example");
const QString kKey = QStringLiteral("key-3ax6xnjp29jd6fds4gc373sgvjxteol0");

// Runs `start(done)` and waits (with an event loop, so the fake answers) for done to be called.
template<typename Result, typename Start>
Result await(Start start, int timeoutMs = 30'000)
{
    std::optional<Result> result;
    QEventLoop loop;
    start([&](const Result &value) {
        result = value;
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!result)
        qWarning("no answer within %d ms", timeoutMs);
    return result.value_or(Result{});
}

storage::OutgoingMessage sampleMessage(const QString &to = QStringLiteral("jane.doe@example.com"))
{
    storage::OutgoingMessage message;
    message.queueId = QStringLiteral("item-1");
    message.idempotencyKey = QStringLiteral("9b2f6c1e-4f0a-4a55-9d43-1d3c0a7e5b21");
    message.toAddress = to;
    message.toName = QStringLiteral("Jane Doe");
    message.subject = QStringLiteral("Your spring cleaning, Jane");
    message.html = QStringLiteral("<p>Hello Jane, book now: <a href=\"https://brightsmile.example\">here</a></p>");
    message.text = QStringLiteral("Hello Jane, book now: here (https://brightsmile.example)");
    message.tags = {QStringLiteral("campaign")};
    message.variables = {{QStringLiteral("anchor-key"), message.idempotencyKey},
                         {QStringLiteral("anchor-campaign"), QStringLiteral("c-1")},
                         {QStringLiteral("anchor-recipient"), QStringLiteral("r-1")},
                         {QStringLiteral("attempt"), 2}};
    return message;
}

} // namespace

class MailgunClientTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeMailgunServer> m_server;
    std::unique_ptr<sync::NetworkService> m_network;

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

    MailgunResult send(MailgunClient &client, const storage::OutgoingMessage &message,
                       const QList<sync::MailgunAttachment> &attachments = {})
    {
        return await<MailgunResult>([&](auto done) { client.sendMessage(message, done, attachments); });
    }

    MailgunResult test(MailgunClient &client)
    {
        return await<MailgunResult>([&](auto done) { client.testConnection(done); });
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeMailgunServer>();
        QVERIFY(m_server->start());
        m_server->setApiKey(kKey);
        m_server->addDomain(kDomain);
        m_network = std::make_unique<sync::NetworkService>();
        m_network->setRetryPolicy(sync::RetryPolicy({4, std::chrono::milliseconds(20), std::chrono::milliseconds(200)}));
    }

    void cleanup()
    {
        m_network.reset();
        m_server.reset();
    }

    void baseUrlFollowsTheRegion()
    {
        storage::MailgunConnection connection;
        QCOMPARE(sync::mailgunBaseUrl(connection), QUrl("https://api.mailgun.net"));
        connection.region = "eu";
        QCOMPARE(sync::mailgunBaseUrl(connection), QUrl("https://api.eu.mailgun.net"));
        connection.baseUrl = "https://127.0.0.1:8443/";
        QCOMPARE(sync::mailgunBaseUrl(connection), QUrl("https://127.0.0.1:8443"));
    }

    void mailboxQuotesNamesThatNeedIt()
    {
        QCOMPARE(MailgunClient::mailbox("Jane Doe", "jane@example.com"), "Jane Doe <jane@example.com>");
        QCOMPARE(MailgunClient::mailbox("", "jane@example.com"), "jane@example.com");
        QCOMPARE(MailgunClient::mailbox("Doe, Jane", "jane@example.com"), "\"Doe, Jane\" <jane@example.com>");
        QCOMPARE(MailgunClient::mailbox("J. \"JD\" Doe", "jd@example.com"), "\"J. \\\"JD\\\" Doe\" <jd@example.com>");
    }

    void sendsTheFormWithVariablesAndListUnsubscribe()
    {
        MailgunClient client(m_network.get(), connection(), kKey);
        storage::OutgoingMessage message = sampleMessage();
        message.tags = {"campaign", "spring", "dental", "fourth-is-dropped"};
        const MailgunResult result = send(client, message);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(m_server->messageCount(), 1);
        const FakeMailgunServer::Message received = m_server->messages().first();
        QCOMPARE(result.messageId, received.id);   // answered with <>, given back without
        QVERIFY(!result.messageId.startsWith('<'));
        QCOMPARE(received.from, "Bright Smile Dental <hello@brightsmile.example>");
        QCOMPARE(received.to, "Jane Doe <jane.doe@example.com>");
        QCOMPARE(received.subject, message.subject);
        QCOMPARE(received.html, message.html);
        QCOMPARE(received.text, message.text);
        QCOMPARE(received.tags, QStringList({"campaign", "spring", "dental"}));   // Mailgun's limit: 3
        QCOMPARE(received.variables.value("anchor-key"), message.idempotencyKey);
        QCOMPARE(received.variables.value("anchor-campaign"), "c-1");
        QCOMPARE(received.variables.value("anchor-recipient"), "r-1");
        QCOMPARE(received.variables.value("attempt"), "2");   // numbers go as text
        QCOMPARE(received.headers.value("List-Unsubscribe"),
                 "<mailto:unsubscribe@" + kDomain + "?subject=unsubscribe>, <%unsubscribe_url%>");
        QVERIFY(!received.multipart);
        // Basic auth api:<key>, urlencoded body.
        const auto request = m_server->requests().first();
        QCOMPARE(request.authorization, "Basic " + ("api:" + kKey).toUtf8().toBase64());
        QCOMPARE(request.contentType, "application/x-www-form-urlencoded");
        // The fake logged an accepted event carrying the variables.
        const QJsonObject accepted = m_server->events(kDomain).first();
        QCOMPARE(accepted.value("event").toString(), "accepted");
        QCOMPARE(accepted.value("user-variables").toObject().value("anchor-key").toString(), message.idempotencyKey);
    }

    void aCampaignMaySendFromItsOwnAddress()
    {
        MailgunClient client(m_network.get(), connection(), kKey);
        storage::OutgoingMessage message = sampleMessage();
        message.fromAddress = "offers@brightsmile.example";
        QVERIFY(send(client, message).ok());
        QCOMPARE(m_server->messages().first().from, "Bright Smile Dental <offers@brightsmile.example>");
    }

    void plusAddressesSurviveTheForm()
    {
        MailgunClient client(m_network.get(), connection(), kKey);
        storage::OutgoingMessage message = sampleMessage("Jane+news@Example.com");
        message.subject = "Ümlaut & ampersand = 100% +plus";
        QVERIFY(send(client, message).ok());
        QCOMPARE(m_server->messages().first().toAddress, "jane+news@example.com");
        QCOMPARE(m_server->messages().first().subject, message.subject);
    }

    void attachmentsGoMultipart()
    {
        MailgunClient client(m_network.get(), connection(), kKey);
        const QList<sync::MailgunAttachment> files{{"price list.pdf", "application/pdf", QByteArray(70'000, 'x')},
                                                   {"logo.png", "image/png", QByteArray(1000, '\0')}};
        const MailgunResult result = send(client, sampleMessage(), files);
        QVERIFY2(result.ok(), qPrintable(result.message));
        const auto received = m_server->messages().first();
        QVERIFY(received.multipart);
        QCOMPARE(received.attachments.size(), 2);
        QCOMPARE(received.attachments.at(0).fileName, "price list.pdf");
        QCOMPARE(received.attachments.at(0).size, 70'000);
        QCOMPARE(received.attachments.at(1).contentType, "image/png");
        QCOMPARE(received.variables.value("anchor-key"), sampleMessage().idempotencyKey);
        QVERIFY(m_server->requests().first().contentType.startsWith("multipart/form-data; boundary="));
    }

    void oversizedMessagesAreRefusedBeforeSending()
    {
        MailgunClient client(m_network.get(), connection(), kKey);
        const QList<sync::MailgunAttachment> huge{{"scan.tiff", "image/tiff", QByteArray(26 * 1024 * 1024, 'a')}};
        MailgunResult result = send(client, sampleMessage(), huge);
        QCOMPARE(result.error, MailgunResult::Error::BadInput);
        QVERIFY2(result.message.contains("25 MB"), qPrintable(result.message));

        storage::OutgoingMessage chatty = sampleMessage();
        chatty.variables.insert("notes", QString(17 * 1024, 'n'));
        result = send(client, chatty);
        QCOMPARE(result.error, MailgunResult::Error::BadInput);
        QVERIFY2(result.message.contains("16 KB"), qPrintable(result.message));
        QCOMPARE(m_server->requests().size(), 0);   // nothing left the machine
    }

    void errorsMapToWhatCallersDo_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("words");
        QTest::addColumn<int>("messagesAccepted");
        QTest::newRow("wrong key: plain-text 401") << "wrong-key" << int(MailgunResult::Error::WrongKey) << "Forbidden" << 0;
        QTest::newRow("domain not allowed: 403") << "not-allowed" << int(MailgunResult::Error::NotAllowed)
                                                 << "not allowed to send" << 0;
        QTest::newRow("unknown domain: 404") << "unknown-domain" << int(MailgunResult::Error::NotFound) << "404" << 0;
        QTest::newRow("bad input: 400") << "bad-input" << int(MailgunResult::Error::BadInput) << "not a valid address" << 0;
        QTest::newRow("420 rate limit") << "420" << int(MailgunResult::Error::RateLimited) << "420" << 0;
        QTest::newRow("5xx after acceptance is ambiguous, never retried")
            << "accept-then-500" << int(MailgunResult::Error::Ambiguous) << "checked" << 1;
        QTest::newRow("connection dropped after acceptance is ambiguous")
            << "accept-then-drop" << int(MailgunResult::Error::Ambiguous) << "checked" << 1;
        QTest::newRow("a 502 from a proxy is ambiguous too, never retried")
            << "502" << int(MailgunResult::Error::Ambiguous) << "502" << 0;
    }

    void errorsMapToWhatCallersDo()
    {
        QFETCH(QString, scenario);
        QFETCH(int, error);
        QFETCH(QString, words);
        QFETCH(int, messagesAccepted);
        QString key = kKey;
        storage::MailgunConnection settings = connection();
        storage::OutgoingMessage message = sampleMessage();
        if (scenario == "wrong-key")
            key = "key-wrong";
        else if (scenario == "not-allowed")
            m_server->setAllowedToSend(kDomain, false);
        else if (scenario == "unknown-domain")
            settings.domain = "mg.nowhere.example";
        else if (scenario == "bad-input")
            message.toAddress = "not-an-address";
        else if (scenario == "420")
            m_server->injectFault(FakeMailgunServer::Fault::RateLimited420, "messages", 1, 7000);
        else if (scenario == "accept-then-500")
            m_server->injectFault(FakeMailgunServer::Fault::AcceptThenServerError, "messages", 1);
        else if (scenario == "accept-then-drop")
            m_server->injectFault(FakeMailgunServer::Fault::AcceptThenDrop, "messages", 1);
        else if (scenario == "502")
            m_server->injectFault(FakeMailgunServer::Fault::ServerErrorHtml, "messages", 1);
        MailgunClient client(m_network.get(), settings, key);
        const MailgunResult result = send(client, message);
        QCOMPARE(int(result.error), error);
        QVERIFY2(result.message.contains(words, Qt::CaseInsensitive), qPrintable(result.message));
        QVERIFY(!result.message.contains(key));
        QCOMPARE(m_server->messageCount(), messagesAccepted);
        // Sends are never repeated automatically: one request, whatever happened.
        QCOMPARE(m_server->requests().size(), 1);
        if (scenario == "420") {
            QVERIFY(result.retryAfter >= std::chrono::seconds(5));   // from X-Request-Reset (epoch ms)
            QVERIFY(result.retryAfter <= std::chrono::seconds(8));
        }
        if (scenario == "wrong-key" || scenario == "not-allowed")
            QVERIFY(result.stopsScope());
    }

    void tooManyRequestsIsRetriedAfterRetryAfter()
    {
        // 429 means not accepted: the network service may repeat it, honouring Retry-After.
        m_server->injectFault(FakeMailgunServer::Fault::TooManyRequests, "messages", 1, 1);
        MailgunClient client(m_network.get(), connection(), kKey);
        QElapsedTimer timer;
        timer.start();
        const MailgunResult result = send(client, sampleMessage());
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(timer.elapsed() >= 950);
        QCOMPARE(m_server->messageCount(), 1);
        QCOMPARE(m_server->requests().size(), 2);
    }

    void persistentRateLimitReportsTheWait()
    {
        m_server->injectFault(FakeMailgunServer::Fault::TooManyRequests, "messages", 10, 0);
        MailgunClient client(m_network.get(), connection(), kKey);
        const MailgunResult result = send(client, sampleMessage());
        QCOMPARE(result.error, MailgunResult::Error::RateLimited);
        QVERIFY(result.retryAfter >= std::chrono::seconds(1));
        QCOMPARE(m_server->messageCount(), 0);
    }

    void timeoutWhileSendingIsAmbiguous()
    {
        m_server->injectFault(FakeMailgunServer::Fault::Slow, "messages", 1, 3000);
        MailgunClient client(m_network.get(), connection(), kKey);
        // The message request's own timeout is long; a short one shows the mapping.
        std::optional<sync::HttpRequest> request;
        MailgunResult refused;
        request = client.messageRequest(sampleMessage(), {}, &refused);
        QVERIFY(request);
        QVERIFY(!request->retryAmbiguous);
        request->timeout = std::chrono::milliseconds(500);
        const sync::HttpResult http = await<sync::HttpResult>([&](auto done) { m_network->send(*request, this, done); });
        const MailgunResult result = MailgunClient::mapResult(http, true, connection());
        QCOMPARE(result.error, MailgunResult::Error::Ambiguous);
        QTRY_COMPARE(m_server->messageCount(), 1);   // it did arrive
        QCOMPARE(m_server->requests().size(), 1);     // and was not repeated
    }

    void unreachableServerMeansNothingArrived()
    {
        storage::MailgunConnection settings = connection();
        m_server->stop();   // nobody listens on the port any more
        m_network->setRetryPolicy(sync::RetryPolicy({2, std::chrono::milliseconds(10), std::chrono::milliseconds(20)}));
        MailgunClient client(m_network.get(), settings, kKey);
        const MailgunResult result = send(client, sampleMessage());
        QCOMPARE(result.error, MailgunResult::Error::Network);
    }

    void untrustedCertificateIsATlsError()
    {
        storage::MailgunConnection settings = connection();
        settings.caCertificateFile.clear();   // the system CAs do not know the test CA
        MailgunClient client(m_network.get(), settings, kKey);
        const MailgunResult result = test(client);
        QCOMPARE(result.error, MailgunResult::Error::Tls);
        QVERIFY2(result.message.contains("certificate", Qt::CaseInsensitive), qPrintable(result.message));
        QCOMPARE(m_server->messageCount(), 0);
    }

    void testConnectionSaysWhatIsWrong()
    {
        MailgunClient good(m_network.get(), connection(), kKey);
        MailgunResult result = test(good);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.message.contains(kDomain));
        QCOMPARE(m_server->requests().last().path, "/v3/domains/" + kDomain);

        MailgunClient wrongKey(m_network.get(), connection(), "key-nope");
        result = test(wrongKey);
        QCOMPARE(result.error, MailgunResult::Error::WrongKey);
        QVERIFY2(result.message.contains("Wrong API key"), qPrintable(result.message));

        storage::MailgunConnection elsewhere = connection();
        elsewhere.domain = "mg.other.example";
        elsewhere.region = "eu";
        MailgunClient unknown(m_network.get(), elsewhere, kKey);
        result = test(unknown);
        QCOMPARE(result.error, MailgunResult::Error::NotFound);
        QVERIFY2(result.message.contains("Unknown domain for this region"), qPrintable(result.message));
        QVERIFY(result.message.contains("EU"));

        MailgunClient noKey(m_network.get(), connection(), QString());
        result = test(noKey);
        QCOMPARE(result.error, MailgunResult::Error::Configuration);
        QVERIFY(result.message.contains("ANCHOR_MAILGUN_API_KEY"));
    }

    void sendTestMessageSendsOnePlainMessage()
    {
        MailgunClient client(m_network.get(), connection(), kKey);
        const MailgunResult result = await<MailgunResult>([&](auto done) { client.sendTestMessage("owner@brightsmile.example", done); });
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(m_server->messageCount(), 1);
        const auto received = m_server->messages().first();
        QCOMPARE(received.toAddress, "owner@brightsmile.example");
        QVERIFY(!received.text.isEmpty());
        QCOMPARE(received.tags, QStringList{"anchor-test"});
    }

    void eventsPagesFollowOpaqueNextUrls()
    {
        const double base = QDateTime::currentSecsSinceEpoch() - 7200;
        FakeMailgunServer::Message message;
        message.id = "20260101.1@" + kDomain;
        message.toAddress = "jane@example.com";
        message.to = message.toAddress;
        for (int i = 0; i < 650; ++i)
            m_server->addEvent(kDomain, m_server->eventFor(message, QString::fromLatin1(i % 2 ? "opened" : "delivered"), base + i));
        MailgunClient client(m_network.get(), connection(), kKey);
        QUrl url = client.eventsUrl(QDateTime::fromSecsSinceEpoch(qint64(base) - 60, Qt::UTC));
        QCOMPARE(QUrlQuery(url).queryItemValue("ascending"), "yes");
        QCOMPARE(QUrlQuery(url).queryItemValue("limit"), "300");
        QList<int> sizes;
        QSet<QString> ids;
        for (int guard = 0; guard < 10; ++guard) {
            using Pair = std::pair<MailgunResult, sync::EventPage>;
            const Pair pair = await<Pair>([&](auto done) {
                client.fetchEvents(url, [done](const MailgunResult &r, const sync::EventPage &p) { done(Pair{r, p}); });
            });
            QVERIFY2(pair.first.ok(), qPrintable(pair.first.message));
            sizes.append(pair.second.itemCount);
            for (const auto &event : pair.second.events)
                ids.insert(event.eventId);
            if (pair.second.isEnd())
                break;
            QVERIFY(pair.second.next.path().startsWith("/v3/" + kDomain + "/events/"));
            url = pair.second.next;
        }
        QCOMPARE(sizes, QList<int>({300, 300, 50, 0}));
        QCOMPARE(ids.size(), 650);
    }

    void nextUrlsToAnotherHostAreNotFollowed()
    {
        MailgunClient client(m_network.get(), connection(), kKey);
        using Pair = std::pair<MailgunResult, sync::EventPage>;
        const Pair pair = await<Pair>([&](auto done) {
            client.fetchEvents(QUrl("https://evil.example/v3/x/events/abc"),
                               [done](const MailgunResult &r, const sync::EventPage &p) { done(Pair{r, p}); });
        });
        QCOMPARE(pair.first.error, MailgunResult::Error::Configuration);
        QVERIFY(pair.first.message.contains("evil.example"));
    }

    void findAcceptedLooksForTheAnchorKey()
    {
        MailgunClient client(m_network.get(), connection(), kKey);
        // Two earlier messages to the same address, then ours.
        for (const QString &key : QStringList{"other-1", "other-2"}) {
            storage::OutgoingMessage other = sampleMessage();
            other.variables.insert("anchor-key", key);
            QVERIFY(send(client, other).ok());
        }
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QVERIFY(send(client, sampleMessage()).ok());
        struct Found { MailgunResult result; bool found = false; QString id; };
        Found found = await<Found>([&](auto done) {
            client.findAccepted("Jane.Doe@example.com", sampleMessage().idempotencyKey, before,
                                [done](const MailgunResult &r, bool f, const QString &id) { done(Found{r, f, id}); });
        });
        QVERIFY2(found.result.ok(), qPrintable(found.result.message));
        QVERIFY(found.found);
        QCOMPARE(found.id, m_server->messages().last().id);
        const auto lookup = m_server->requests().last();
        QCOMPARE(lookup.query.queryItemValue("event"), "accepted");
        QCOMPARE(lookup.query.queryItemValue("recipient", QUrl::FullyDecoded), "jane.doe@example.com");
        QCOMPARE(lookup.query.queryItemValue("ascending"), "yes");
        QVERIFY(lookup.query.queryItemValue("begin").toLongLong() <= before.toSecsSinceEpoch() - 300);

        found = await<Found>([&](auto done) {
            client.findAccepted("jane.doe@example.com", "never-sent", before,
                                [done](const MailgunResult &r, bool f, const QString &id) { done(Found{r, f, id}); });
        });
        QVERIFY(found.result.ok());
        QVERIFY(!found.found);
    }

    void suppressionPagesEndOnAnEmptyPage()
    {
        for (int i = 0; i < 1500; ++i)
            m_server->addSuppression(kDomain, FakeMailgunServer::SuppressionList::Bounces,
                                     {{"address", QString("b%1@example.com").arg(i, 4, 10, QChar('0'))},
                                      {"code", "550"},
                                      {"error", "No such mailbox"},
                                      {"created_at", "Fri, 21 Oct 2011 11:02:55 UTC"}});
        MailgunClient client(m_network.get(), connection(), kKey);
        QUrl url = client.suppressionsUrl(MailgunClient::SuppressionList::Bounces);
        QCOMPARE(QUrlQuery(url).queryItemValue("limit"), "1000");
        QList<storage::SuppressionEntry> all;
        int pages = 0;
        while (url.isValid() && pages < 10) {
            using Pair = std::pair<MailgunResult, sync::SuppressionPage>;
            const Pair pair = await<Pair>([&](auto done) {
                client.fetchSuppressions(MailgunClient::SuppressionList::Bounces, url,
                                         [done](const MailgunResult &r, const sync::SuppressionPage &p) { done(Pair{r, p}); });
            });
            QVERIFY2(pair.first.ok(), qPrintable(pair.first.message));
            all += pair.second.entries;
            url = pair.second.next;
            ++pages;
        }
        QCOMPARE(all.size(), 1500);
        QCOMPARE(pages, 3);   // 1000, 500, then the empty page
        QCOMPARE(all.first().kind, "bounce");
        QCOMPARE(all.first().reason, "550 No such mailbox");
        QCOMPARE(all.first().createdAt, QDateTime(QDate(2011, 10, 21), QTime(11, 2, 55), Qt::UTC));
    }
};

QTEST_GUILESS_MAIN(MailgunClientTest)
#include "tst_mailgunclient.moc"
