// The CTM sync against a real HTTPS server on 127.0.0.1 (FakeCtmServer) and a real SQLite file.
#include "fakectmserver.h"
#include "fakehttpsserver.h"
#include "testdatabase.h"

#include <clientrepository.h>
#include <ctmcallmapper.h>
#include <ctmsync.h>
#include <leadclassification.h>
#include <llmclassifier.h>
#include <networkservice.h>
#include <outboxrepository.h>
#include <callrepository.h>

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace anchor;
using anchor::testing::FakeCtmServer;

namespace {

constexpr qint64 kAccount = 4242;
const sync::CtmKeys kKeys{QStringLiteral("access-1"), QStringLiteral("secret-1")};

} // namespace

class CtmSyncTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testing::TestDatabase> m_db;
    std::unique_ptr<FakeCtmServer> m_server;
    std::unique_ptr<sync::NetworkService> m_network;
    QString m_client;

    storage::CtmConnection connection() const
    {
        return {QString::number(kAccount), m_server->baseUrl().toString(), FakeCtmServer::caCertificatePath()};
    }

    sync::CtmPullSummary pull(const sync::CtmKeys &keys = kKeys, int pagesPerTransaction = sync::CtmPullJob::kPagesPerTransaction)
    {
        sync::CtmPullJob job(m_db->database(), m_network.get(), m_client, connection(), keys, &sync::classifyOffline);
        job.setPagesPerTransaction(pagesPerTransaction);
        QSignalSpy finished(&job, &sync::CtmPullJob::finished);
        job.start();
        if (finished.isEmpty())
            finished.wait(60'000);
        return job.summary();
    }

    int callCount() { return m_db->scalar("SELECT count(*) FROM call_logs").toInt(); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<testing::TestDatabase>();
        m_server = std::make_unique<FakeCtmServer>();
        QVERIFY(m_server->start());
        m_server->setCredentials(kKeys.accessKey, kKeys.secretKey);
        m_server->addAccount(kAccount, "Bright Smile Dental");
        m_network = std::make_unique<sync::NetworkService>();
        // Quick retries so fault tests stay fast.
        m_network->setRetryPolicy(sync::RetryPolicy({5, std::chrono::milliseconds(20), std::chrono::milliseconds(200)}));
        storage::UserRepository(m_db->database()).ensureLocalUser();
        m_client = m_db->addClient("Bright Smile Dental", QString::number(kAccount));
        storage::ClientRepository(m_db->database()).setCtmConnection(m_client, connection());
    }

    void cleanup()
    {
        m_network.reset();
        m_server.reset();
        m_db.reset();
    }

    void mapperToleratesOddRecords()
    {
        QString error;
        auto call = sync::mapCtmCall(QJsonObject{{"id", "981"}, {"unix_time", "1767225600"}, {"duration", "42"},
                                                 {"caller_number", "+17607058888"}, {"tag_list", QJsonArray{"a", "b"}},
                                                 {"sale", QJsonObject{{"score", "4"}}}, {"agent", QJsonValue()}},
                                     &error);
        QVERIFY2(call, qPrintable(error));
        QCOMPARE(call->callId, "981");
        QCOMPARE(call->durationSec, 42);
        QCOMPARE(call->startedAt, QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC));
        QCOMPARE(call->remoteStars.value_or(-1), 4);
        QCOMPARE(call->tags, QStringList({"a", "b"}));

        // Old records: no unix_time, only called_at in local time with its offset.
        call = sync::mapCtmCall(QJsonObject{{"id", 729485}, {"called_at", "2013-05-01 11:48 PM -04:00"}}, &error);
        QVERIFY(call);
        QCOMPARE(call->startedAt, QDateTime(QDate(2013, 5, 2), QTime(3, 48), Qt::UTC));
        QVERIFY(!call->remoteStars);

        QVERIFY(!sync::mapCtmCall(QJsonObject{{"unix_time", 1}}, &error));
        QVERIFY(error.contains("id"));
        QVERIFY(!sync::mapCtmCall(QJsonObject{{"id", 5}}, &error));
    }

    void pullsEveryPageOnceOverOneConnection()
    {
        m_server->addCalls(kAccount, 400, 1000, QDateTime::currentSecsSinceEpoch() - 60, 500);
        const auto summary = pull();
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(summary.pages, 3);
        QCOMPARE(summary.inserted, 400);
        QCOMPARE(callCount(), 400);
        QCOMPARE(m_db->scalar("SELECT count(DISTINCT call_id) FROM call_logs").toInt(), 400);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM call_logs WHERE category IN ('unreviewed', 'converted') "
                              "AND category_manual = 0").toInt(), 0);
        QVERIFY(m_server->connectionsAccepted() <= 2);
        // Very good and needs-attention leads notified the staff user, one row each.
        const int attention = m_db->scalar("SELECT count(*) FROM call_logs WHERE category IN ('very_good', 'needs_attention')").toInt();
        QVERIFY(attention > 0);
        QCOMPARE(summary.attentionCallIds.size(), attention);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM notifications WHERE json_extract(meta, '$.call_id') IS NOT NULL").toInt(), attention);
        // Everything went with Basic auth, 150 a page.
        for (const auto &request : m_server->requests()) {
            QCOMPARE(request.authorization, "Basic " + QByteArray("access-1:secret-1").toBase64());
            QCOMPARE(request.query.queryItemValue("per_page"), "150");
        }
        // Searchable at once: the FTS index follows the rows.
        const QString name = m_db->scalar("SELECT caller_name FROM call_logs WHERE caller_name IS NOT NULL LIMIT 1").toString();
        QVERIFY(!name.isEmpty());

        // The next pull starts two days before the newest call and changes nothing.
        m_server->clearRequests();
        const auto again = pull();
        QVERIFY(again.ok);
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.updated, 0);
        QVERIFY(!m_server->requests().first().query.queryItemValue("start_date").isEmpty());
        QCOMPARE(callCount(), 400);
    }

    void repeatedAndShiftingPagesNeverDuplicate()
    {
        m_server->setDuplicateAcrossPages(true);
        m_server->setNumbersAsStrings(true);
        m_server->addCalls(kAccount, 320, 5000, QDateTime::currentSecsSinceEpoch() - 60);
        const auto summary = pull();
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(callCount(), 320);
        QCOMPARE(m_db->scalar("PRAGMA integrity_check").toString(), "ok");
    }

    void faultsAreRetriedAndNothingIsLost()
    {
        m_server->addCalls(kAccount, 300, 1, QDateTime::currentSecsSinceEpoch() - 60);
        m_network->setRetryPolicy(sync::RetryPolicy({8, std::chrono::milliseconds(20), std::chrono::milliseconds(200)}));
        m_server->injectFault(FakeCtmServer::Fault::TooManyRequests, "calls", 1, 0);
        m_server->injectFault(FakeCtmServer::Fault::BadGatewayHtml, "calls", 1);
        m_server->injectFault(FakeCtmServer::Fault::TruncatedJson, "calls", 1);
        m_server->injectFault(FakeCtmServer::Fault::StatusErrorAt200, "calls", 1);
        m_server->injectFault(FakeCtmServer::Fault::CloseMidBody, "calls", 1);
        const auto summary = pull();
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(callCount(), 300);
    }

    void slowRepliesAndHugeTranscripts()
    {
        m_server->addCalls(kAccount, 20, 300, QDateTime::currentSecsSinceEpoch() - 60, 100 * 1024);
        m_server->injectFault(FakeCtmServer::Fault::Slow, "calls", 1, 1500);
        const auto summary = pull();
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(callCount(), 20);
        // Every transcript the server sent (answered calls carry one) is stored whole.
        QVERIFY(m_db->scalar("SELECT count(*) FROM call_logs WHERE transcript IS NOT NULL").toInt() > 0);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM call_logs WHERE transcript IS NOT NULL AND length(transcript) < 102000").toInt(), 0);   // 100 KB, less trailing blanks
        QVERIFY(m_db->scalar("SELECT count(*) FROM call_logs WHERE category IN ('unreviewed', 'converted')").toInt() == 0);
    }

    void unreadableCaFileSaysSo()
    {
        storage::CtmConnection badCa = connection();
        badCa.caCertificateFile = QString(ANCHOR_SOURCE_DIR) + "/README.md";   // not a certificate
        sync::CtmPullJob job(m_db->database(), m_network.get(), m_client, badCa, kKeys, &sync::classifyOffline);
        QSignalSpy finished(&job, &sync::CtmPullJob::finished);
        job.start();
        QVERIFY(finished.count() == 1 || finished.wait(10'000));
        QVERIFY(!job.summary().ok);
        QVERIFY2(job.summary().error.contains("PEM"), qPrintable(job.summary().error));
        QCOMPARE(m_server->requests().size(), 0);
        QCOMPARE(callCount(), 0);
    }

    void unknownHostSaysSo()
    {
        storage::CtmConnection nowhere = connection();
        nowhere.baseUrl = "https://no-such-host.invalid/api/v1/";
        m_network->setRetryPolicy(sync::RetryPolicy({2, std::chrono::milliseconds(10), std::chrono::milliseconds(20)}));
        sync::CtmPullJob job(m_db->database(), m_network.get(), m_client, nowhere, kKeys, &sync::classifyOffline);
        QSignalSpy finished(&job, &sync::CtmPullJob::finished);
        job.start();
        QVERIFY(finished.count() == 1 || finished.wait(60'000));
        QVERIFY(!job.summary().ok);
        QVERIFY(job.summary().networkDown);
        QVERIFY2(job.summary().error.contains("could not be reached"), qPrintable(job.summary().error));
        QCOMPARE(callCount(), 0);
    }

    void wrongKeysSayWhatIsWrongAndStoreNothing()
    {
        m_server->addCalls(kAccount, 10, 1, QDateTime::currentSecsSinceEpoch());
        const auto summary = pull({"access-1", "wrong"});
        QVERIFY(!summary.ok);
        QVERIFY2(summary.error.contains("401") && summary.error.contains("key"), qPrintable(summary.error));
        QVERIFY(!summary.error.contains("wrong"));   // never the secret
        QCOMPARE(callCount(), 0);
        QVERIFY(m_db->scalar("SELECT last_error FROM sync_cursors WHERE scope_id = ?", {m_client}).toString().contains("401"));
    }

    void untrustedCertificatesFailClearly()
    {
        for (auto kind : {FakeCtmServer::Certificate::Expired, FakeCtmServer::Certificate::SelfSigned}) {
            m_server = std::make_unique<FakeCtmServer>();
            QVERIFY(m_server->start(kind));
            m_server->setCredentials(kKeys.accessKey, kKeys.secretKey);
            m_server->addAccount(kAccount, "x");
            m_server->addCalls(kAccount, 5, 1, QDateTime::currentSecsSinceEpoch());
            const auto summary = pull();
            QVERIFY(!summary.ok);
            QVERIFY2(summary.error.contains("secure connection"), qPrintable(summary.error));
            QCOMPARE(m_server->requests().size(), 0);   // no request ever went out unencrypted
        }
        QCOMPARE(callCount(), 0);
    }

    void anInterruptedPullResumesWhereItStopped()
    {
        m_server->addCalls(kAccount, 450, 1, QDateTime::currentSecsSinceEpoch() - 60);
        m_network->setRetryPolicy(sync::RetryPolicy({2, std::chrono::milliseconds(10), std::chrono::milliseconds(10)}));
        // The third page request (and its retry) fails: the server is down from then on.
        int pageRequests = 0;
        auto failFromPageThree = connect(m_server.get(), &FakeCtmServer::requestReceived, this, [&](const QString &path) {
            if (path.contains("calls") && ++pageRequests == 3)
                m_server->injectFault(FakeCtmServer::Fault::ServerError500, "calls", 2);
        });
        auto summary = pull();
        QVERIFY(!summary.ok);
        QCOMPARE(callCount(), 300);   // pages 1 and 2 are stored
        QVERIFY(!m_db->scalar("SELECT page_token FROM sync_cursors WHERE scope_id = ?", {m_client}).isNull());
        QVERIFY(summary.error.contains("500"));

        disconnect(failFromPageThree);
        m_server->clearRequests();
        summary = pull();
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(callCount(), 450);
        QVERIFY(m_server->requests().first().query.queryItemValue("page") == "3");
        QVERIFY(m_db->scalar("SELECT page_token FROM sync_cursors WHERE scope_id = ?", {m_client}).isNull());
    }

    void ratingsGoBackAndPendingLocalRatingsWin()
    {
        m_server->addCalls(kAccount, 3, 700, QDateTime::currentSecsSinceEpoch() - 60);
        QVERIFY(pull().ok);
        storage::CallRepository calls(m_db->database());
        calls.setStars({"700"}, 4);
        QCOMPARE(storage::OutboxRepository(m_db->database()).pendingCount("ctm"), 1);

        // CTM says 2 stars meanwhile; the pending local 4 wins on pull...
        m_server->setCallField(kAccount, 700, "sale", QJsonObject{{"score", 2}});
        QVERIFY(pull().ok);
        QCOMPARE(m_db->scalar("SELECT score FROM call_logs WHERE call_id = '700'").toInt(), 4);

        // ...and is pushed.
        QHash<QString, sync::CtmOutboxJob::Account> accounts{{m_client, {connection(), kKeys}}};
        sync::CtmOutboxJob push(m_db->database(), m_network.get(), accounts);
        QSignalSpy pushed(&push, &sync::CtmOutboxJob::finished);
        push.start();
        QVERIFY(pushed.count() == 1 || pushed.wait(20'000));
        QCOMPARE(push.summary().sent, 1);
        QCOMPARE(m_server->call(kAccount, 700).value("sale").toObject().value("score").toInt(), 4);
        QCOMPARE(storage::OutboxRepository(m_db->database()).pendingCount("ctm"), 0);

        // A note the user chose to add to CTM lands in the call's notes.
        storage::OutboxRepository(m_db->database()).enqueueCtmNote("701", "Booked a consultation.");
        sync::CtmOutboxJob notePush(m_db->database(), m_network.get(), accounts);
        QSignalSpy notePushed(&notePush, &sync::CtmOutboxJob::finished);
        notePush.start();
        QVERIFY(notePushed.count() == 1 || notePushed.wait(20'000));
        QCOMPARE(notePush.summary().sent, 1);
        QCOMPARE(m_server->call(kAccount, 701).value("notes").toString(), "Booked a consultation.");

        // With nothing pending, the remote rating overwrites the local one.
        m_server->setCallField(kAccount, 701, "sale", QJsonObject{{"score", 3}});
        QVERIFY(pull().ok);
        QCOMPARE(m_db->scalar("SELECT score FROM call_logs WHERE call_id = '701'").toInt(), 3);
    }

    void repeatCallersAreNumberedWhateverTheOrder()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        auto add = [&](qint64 id, qint64 time) {
            m_server->addCall(kAccount, QJsonObject{{"id", id}, {"unix_time", time}, {"caller_number", "+15550001111"},
                                                    {"direction", "inbound"}, {"duration", 30}});
        };
        add(2, now - 100);   // arrives first, but is the later call
        QVERIFY(pull().ok);
        QCOMPARE(m_db->scalar("SELECT caller_type FROM call_logs WHERE call_id = '2'").toString(), "new");
        add(1, now - 5000);
        QVERIFY(pull().ok);
        QCOMPARE(m_db->scalar("SELECT call_sequence || caller_type FROM call_logs WHERE call_id = '1'").toString(), "1new");
        QCOMPARE(m_db->scalar("SELECT call_sequence || caller_type FROM call_logs WHERE call_id = '2'").toString(), "2repeat");
    }

    void everyNumberIsNumberedOnceTheLongPullEnds()
    {
        // 1,500 calls newest first, pages written two at a time by the writer thread: every page
        // holds older calls of numbers already stored, and the numbering is right at the end.
        m_server->addCalls(kAccount, 1500, 1, QDateTime::currentSecsSinceEpoch() - 60);
        const auto summary = pull(kKeys, 2);
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(summary.inserted, 1500);
        QCOMPARE(summary.pages, 10);
        QCOMPARE(callCount(), 1500);
        QVERIFY(m_db->scalar("SELECT count(*) FROM call_logs GROUP BY from_number HAVING count(*) > 2 LIMIT 1").toInt() > 2);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM ("
                              "  SELECT call_sequence, caller_type, row_number() OVER (PARTITION BY from_number "
                              "    ORDER BY started_at, call_id) AS expected FROM call_logs) "
                              "WHERE call_sequence IS NOT expected "
                              "   OR caller_type IS NOT (CASE WHEN expected = 1 THEN 'new' ELSE 'repeat' END)").toInt(), 0);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM call_renumber_queue").toInt(), 0);
        // Every call reached the search index (rows went in many to a statement).
        QCOMPARE(m_db->scalar("SELECT count(*) FROM leads_fts WHERE leads_fts MATCH '\"303555\"*'").toInt() > 0, true);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM call_logs c WHERE NOT EXISTS "
                              "(SELECT 1 FROM leads_fts f WHERE f.rowid = c.rowid AND leads_fts MATCH "
                              "'\"' || substr(c.from_number, 2) || '\"')").toInt(), 0);
    }

    void numberingACrashedPullLeftIsFinishedByTheNextPull()
    {
        m_server->addCalls(kAccount, 300, 1, QDateTime::currentSecsSinceEpoch() - 60);
        QVERIFY(pull().ok);
        // As a pull killed before its end leaves it: the numbers queued, the numbering undone.
        m_db->exec("INSERT INTO call_renumber_queue SELECT DISTINCT owner_user_id, from_number FROM call_logs");
        m_db->exec("UPDATE call_logs SET call_sequence = NULL, caller_type = NULL");
        QVERIFY(pull().ok);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM call_logs WHERE call_sequence IS NULL OR caller_type IS NULL").toInt(), 0);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM call_renumber_queue").toInt(), 0);
    }

    void aFailedWriteStopsThePullWhereItsPagesBegin()
    {
        m_server->addCalls(kAccount, 1500, 1, QDateTime::currentSecsSinceEpoch() - 60);
        // The fifth page (third batch of two pages) cannot be stored, as on a full disk.
        const qint64 failingId = 1500 - 4 * 150 - 10;
        m_db->exec(QStringLiteral("CREATE TRIGGER fail_one BEFORE INSERT ON call_logs WHEN new.call_id = '%1' "
                                  "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END").arg(failingId));
        auto summary = pull(kKeys, 2);
        QVERIFY(!summary.ok);
        QVERIFY2(summary.error.contains("disk is full"), qPrintable(summary.error + QString::number(callCount())));
        QCOMPARE(callCount(), 600);   // pages 1 to 4; nothing after the failed batch
        QVERIFY(m_db->scalar("SELECT page_token FROM sync_cursors WHERE scope_id = ?", {m_client}).toString()
                    .contains("page=5"));

        m_db->exec("DROP TRIGGER fail_one");
        m_server->clearRequests();
        summary = pull(kKeys, 2);
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(callCount(), 1500);
        QCOMPARE(m_server->requests().first().query.queryItemValue("page"), "5");
        QCOMPARE(m_db->scalar("SELECT count(DISTINCT call_id) FROM call_logs").toInt(), 1500);
    }

    void aReplyNeverReachesTheObjectThatAskedAfterItIsGone()
    {
        // A pull that ends early leaves its next page in flight. The reply must not run the old
        // job's callback, which would land in whatever job is built at the same address next.
        m_server->addCalls(kAccount, 10, 1, QDateTime::currentSecsSinceEpoch() - 60);
        m_server->injectFault(FakeCtmServer::Fault::Slow, "calls", 1, 300);
        sync::HttpRequest request;
        request.url = m_server->baseUrl().resolved(QUrl(QStringLiteral("accounts/%1/calls.json").arg(kAccount)));
        request.user = kKeys.accessKey;
        request.password = kKeys.secretKey;
        request.caCertificateFile = FakeCtmServer::caCertificatePath();
        int answered = 0;
        auto asker = std::make_unique<QObject>();
        m_network->send(request, asker.get(), [&answered](const sync::HttpResult &) { ++answered; });
        QCOMPARE(m_network->inFlight(), 1);
        asker.reset();
        QCOMPARE(m_network->inFlight(), 0);   // aborted, not left to finish
        QTest::qWait(600);
        QCOMPARE(answered, 0);

        // One that stays answers as usual.
        QObject stays;
        m_network->send(request, &stays, [&answered](const sync::HttpResult &result) { answered += result.ok() ? 1 : 100; });
        QTRY_COMPARE(answered, 1);
    }

    void llmClassifierRefinesNewCallsAndFallsBack()
    {
        // A fake OpenAI-compatible endpoint: "applicant" for calls about jobs, nonsense otherwise.
        QList<QByteArray> authorizations;
        QList<QJsonObject> bodies;
        testing::FakeHttpsServer llm([&](const testing::HttpRequest &request) {
            authorizations.append(request.header("Authorization"));
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            bodies.append(body);
            const QString user = body.value("messages").toArray().last().toObject().value("content").toString();
            const QString content = QString::fromLatin1(user.contains("resume") ? R"({"category":"applicant","summary":"Looking for a job."})"
                                                                                : R"({"category":"converted","summary":"Sold!"})");
            return testing::HttpResponse::json(200, QJsonObject{{"choices", QJsonArray{QJsonObject{
                {"message", QJsonObject{{"role", "assistant"}, {"content", content}}}}}}});
        });
        QVERIFY(llm.listen(testing::FakeHttpsServer::tlsFixturePath("server.crt"), testing::FakeHttpsServer::tlsFixturePath("server.key")));
        m_db->exec("UPDATE client_profiles SET ai_prompt = 'A family dental practice in Denver.' WHERE user_id = ?", {m_client});
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        m_server->addCall(kAccount, QJsonObject{{"id", 51}, {"unix_time", now - 100}, {"call_status", "answered"}, {"duration", 80},
                                                {"transcription_text", "Hi, I sent my resume last week about the front desk role."}});
        m_server->addCall(kAccount, QJsonObject{{"id", 52}, {"unix_time", now - 50}, {"call_status", "answered"}, {"duration", 80},
                                                {"transcription_text", "How much is a cleaning? Do you take Delta?"}});
        const auto pulled = pull();
        QVERIFY(pulled.ok);
        QCOMPARE(pulled.insertedCallIds.size(), 2);

        const storage::LlmSettings settings{true, QStringLiteral("https://127.0.0.1:%1/v1/").arg(llm.port()), "test-model",
                                            FakeCtmServer::caCertificatePath()};
        sync::LlmClassifyJob job(m_db->database(), m_network.get(), settings, "llm-key", m_client, pulled.insertedCallIds);
        QSignalSpy finished(&job, &sync::LlmClassifyJob::finished);
        job.start();
        QVERIFY(finished.count() == 1 || finished.wait(20'000));
        QCOMPARE(job.summary().classified, 1);
        QCOMPARE(job.summary().kept, 1);   // "converted" is never the model's to give
        QCOMPARE(m_db->scalar("SELECT category FROM call_logs WHERE call_id = '51'").toString(), "applicant");
        QCOMPARE(m_db->scalar("SELECT classification_summary FROM call_logs WHERE call_id = '51'").toString(), "Looking for a job.");
        QCOMPARE(m_db->scalar("SELECT category FROM call_logs WHERE call_id = '52'").toString(), "warm");   // offline kept
        QCOMPARE(authorizations.first(), "Bearer llm-key");
        QCOMPARE(bodies.first().value("model").toString(), "test-model");
        QVERIFY(bodies.first().value("messages").toArray().at(1).toObject().value("content").toString().contains("family dental"));
    }

    void manualCategoriesSurviveSyncAndReclassify()
    {
        m_server->addCalls(kAccount, 5, 900, QDateTime::currentSecsSinceEpoch() - 60);
        QVERIFY(pull().ok);
        m_db->exec("UPDATE call_logs SET category = 'applicant', category_manual = 1 WHERE call_id = '900'");
        m_server->setCallField(kAccount, 900, "transcription_text", "I'd like to book a cleaning on Tuesday.");
        QVERIFY(pull().ok);
        QCOMPARE(m_db->scalar("SELECT category FROM call_logs WHERE call_id = '900'").toString(), "applicant");
        auto summary = sync::reclassifyLeads(m_db->database(), m_client, {});
        QVERIFY(summary.error.isEmpty());
        QCOMPARE(summary.examined, 4);
        summary = sync::reclassifyLeads(m_db->database(), QString(), {});   // every client
        QCOMPARE(summary.examined, 4);
        QCOMPARE(m_db->scalar("SELECT category FROM call_logs WHERE call_id = '900'").toString(), "applicant");
    }
};

QTEST_GUILESS_MAIN(CtmSyncTest)
#include "tst_ctmsync.moc"
