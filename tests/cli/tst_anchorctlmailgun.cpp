// anchorctl's Mailgun and campaign commands as a user runs them, against the fake Mailgun HTTPS
// server running in this process: configure, test, send-test, campaigns create / send / list /
// stats / pause / resume / cancel, scheduled campaigns, sync mailgun (each recipient exactly once,
// events ingested), a wrong key (nothing sent, queue intact), and the crash test: `sync mailgun`
// killed with SIGKILL at random points during a 2,000-recipient campaign, then run to the end,
// sends every recipient exactly one message.
#include "fakemailgunserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using anchor::testing::FakeMailgunServer;

namespace {

const QString kDomain = "mg.peakdental.test";
const QString kKey = "key-3ax6xnjp29jd6fds4gc373sgvjxteol0";

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class AnchorctlMailgunTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    FakeMailgunServer m_server;
    QString m_clientId;

    QProcessEnvironment environment(const QString &key = kKey)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("ANCHOR_MAILGUN_API_KEY", key);
        return env;
    }

    // The server answers from this thread's event loop, so wait without blocking it.
    Run anchorctl(const QStringList &arguments, const QProcessEnvironment &env, const QByteArray &input = {})
    {
        QProcess process;
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(qEnvironmentVariable("ANCHOR_TEST_BIN_DIR") + "/anchorctl", arguments + QStringList{"--database", m_db});
        if (!input.isNull()) {
            process.write(input);
            process.closeWriteChannel();
        }
        if (!finished.wait(120'000))
            qWarning("anchorctl did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }
    Run anchorctl(const QStringList &arguments) { return anchorctl(arguments, environment()); }

    bool execute(const QString &statement, const QVariantList &values = {})
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "edit");
            db.setDatabaseName(m_db);
            if (db.open()) {
                QSqlQuery query(db);
                query.exec("PRAGMA foreign_keys = ON");
                query.prepare(statement);
                for (const QVariant &value : values)
                    query.addBindValue(value);
                ok = query.exec();
                if (!ok)
                    qWarning("%s", qPrintable(query.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase("edit");
        return ok;
    }

    QVariant scalar(const QString &statement, const QVariantList &values = {})
    {
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "check");
            db.setDatabaseName(m_db);
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare(statement);
                for (const QVariant &bound : values)
                    query.addBindValue(bound);
                if (query.exec() && query.next())
                    value = query.value(0);
            }
        }
        QSqlDatabase::removeDatabase("check");
        return value;
    }

    int receivedBy(const QString &address) const { return int(m_server.messagesTo(address).size()); }

    // A campaign from the test template: returns its id (the first line anchorctl prints).
    QString createCampaign(const QString &name, const QStringList &extra)
    {
        const Run run = anchorctl(QStringList{"campaigns", "create", "--name", name, "--template", "Spring news",
                                              "--client", "Peak Dental"} + extra);
        if (run.exitCode != 0) {
            qWarning("campaigns create failed: %s", qPrintable(run.err));
            return {};
        }
        return run.out.section('\n', 0, 0).trimmed();
    }

    QJsonObject stats(const QString &campaignId)
    {
        const Run run = anchorctl({"campaigns", "stats", campaignId, "--format", "json"});
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

private Q_SLOTS:
    void init()
    {
        m_server.setAutoDeliver(false);
        m_server.clearFaults();
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath("mail.sqlite");
        QVERIFY(m_server.start());
        m_server.setApiKey(kKey);
        m_server.addDomain(kDomain);

        QCOMPARE(anchorctl({"init"}).exitCode, 0);
        const Run added = anchorctl({"clients", "add", "--name", "Peak Dental", "--type", "medical", "--subtype", "dental"});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        m_clientId = added.out.trimmed();
        QVERIFY(execute("INSERT INTO email_templates (client_id, name, subject, content) VALUES (?, 'Spring news', "
                        "'Spring at {{client_name}}', '<p>Hi {{first_name}},</p><p>Our spring hours.</p>"
                        "<p><a href=\"{{unsubscribe_url}}\">Unsubscribe</a></p>')",
                        {m_clientId}));
    }

    void configureStoresTheConnectionButNeverTheKey()
    {
        // Bad arguments first: nothing is stored.
        Run run = anchorctl({"mailgun", "configure", "--client", "Peak Dental", "--domain", kDomain});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--from"), qPrintable(run.err));
        run = anchorctl({"mailgun", "configure", "--domain", kDomain, "--from", "news@" + kDomain, "--region", "asia"});
        QCOMPARE(run.exitCode, 2);
        run = anchorctl({"mailgun", "configure", "--client", "Nobody Dental", "--domain", kDomain, "--from", "a@b.test"});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(scalar("SELECT count(*) FROM app_settings WHERE key LIKE 'mailgun.connection:%'").toInt(), 0);

        run = anchorctl({"mailgun", "configure", "--client", "Peak Dental", "--domain", kDomain, "--region", "eu",
                         "--from", "news@" + kDomain, "--from-name", "Peak Dental", "--base-url",
                         m_server.baseUrl().toString(), "--ca-cert", FakeMailgunServer::caCertificatePath()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(kDomain));
        const QJsonObject stored = QJsonDocument::fromJson(
            scalar("SELECT value FROM app_settings WHERE key = ?", {QString("mailgun.connection:" + m_clientId)}).toByteArray()).object();
        QCOMPARE(stored.value("domain").toString(), kDomain);
        QVERIFY(scalar("SELECT count(*) FROM app_settings WHERE value LIKE ?", {QString("%" + kKey + "%")}).toInt() == 0);
    }

    void testConnectionAndSendTest()
    {
        Run run = anchorctl({"mailgun", "test", "--client", "Peak Dental"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        run = anchorctl({"mailgun", "send-test", "--client", "Peak Dental", "--to", "owner@peakdental.test"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(receivedBy("owner@peakdental.test"), 1);

        // A wrong key: a clear message without the key, exit 1.
        run = anchorctl({"mailgun", "test", "--client", "Peak Dental"}, environment("key-wrong-123"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("key", Qt::CaseInsensitive), qPrintable(run.err));
        QVERIFY(!run.err.contains("key-wrong-123"));
    }

    void keyFromStdinGoesToTheKeychainOnly()
    {
        // This suite runs inside a private keyring (tests/support/with-keyring.sh).
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("ANCHOR_MAILGUN_API_KEY");
        Run run = anchorctl({"mailgun", "test", "--client", "Peak Dental"}, env);
        QCOMPARE(run.exitCode, 1);   // no key anywhere yet
        QVERIFY2(run.err.contains("ANCHOR_MAILGUN_API_KEY"), qPrintable(run.err));
        QCOMPARE(anchorctl({"mailgun", "key", "--client", "Peak Dental"}, env, QByteArray("")).exitCode, 2);

        run = anchorctl({"mailgun", "key", "--client", "Peak Dental"}, env, kKey.toUtf8() + "\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!run.out.contains(kKey) && !run.err.contains(kKey));
        run = anchorctl({"mailgun", "send-test", "--client", "Peak Dental", "--to", "keychain@peakdental.test"}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(receivedBy("keychain@peakdental.test"), 1);

        // "set-key" (what the settings dialog runs) is the same command: with or without
        // --key-from-stdin, for the agency here; nothing typed is a usage error either way.
        QCOMPARE(anchorctl({"mailgun", "set-key", "--key-from-stdin"}, env, QByteArray("\n")).exitCode, 2);
        QVERIFY(anchorctl({"mailgun", "key-status", "--format", "json"}, env).out.contains("\"stored\":false"));
        run = anchorctl({"mailgun", "set-key"}, env, "key-agency-typed\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains("The Mailgun API key of the agency is stored"), qPrintable(run.out));
        QVERIFY(anchorctl({"mailgun", "key-status", "--format", "json"}, env).out.contains("\"stored\":true"));
        run = anchorctl({"mailgun", "set-key", "--client", "Peak Dental", "--key-from-stdin"}, env, kKey.toUtf8() + "\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains("The Mailgun API key of Peak Dental is stored"));
        // Never in the database files.
        for (const QString &file : QStringList{m_db, m_db + "-wal"}) {
            QFile database(file);
            if (database.open(QIODevice::ReadOnly))
                QVERIFY(!database.readAll().contains(kKey.toUtf8()));
        }
    }

    void badCommandLines()
    {
        QCOMPARE(anchorctl({"campaigns"}).exitCode, 2);
        QCOMPARE(anchorctl({"campaigns", "send"}).exitCode, 2);
        QCOMPARE(anchorctl({"campaigns", "create", "--name", "X", "--template", "Spring news", "--client", "Peak Dental"}).exitCode, 2);
        QCOMPARE(anchorctl({"campaigns", "list", "--status", "flying"}).exitCode, 2);
        QCOMPARE(anchorctl({"campaigns", "send", "no-such-id"}).exitCode, 1);
        const Run unknownTemplate = anchorctl({"campaigns", "create", "--name", "X", "--template", "No such template",
                                               "--client", "Peak Dental", "--to", "a@example.com"});
        QCOMPARE(unknownTemplate.exitCode, 1);
        QVERIFY2(unknownTemplate.err.contains("No such template"), qPrintable(unknownTemplate.err));
        QCOMPARE(anchorctl({"sync", "mailgun", "--events-only", "--send-only"}).exitCode, 2);
        QCOMPARE(scalar("SELECT count(*) FROM email_campaigns").toInt(), 0);
    }

    void createSendSyncAndStatistics()
    {
        m_server.setAutoDeliver(true);
        QVERIFY(execute("INSERT INTO unsubscribes (client_id, email, kind) VALUES (?, 'gone@example.com', 'unsubscribe')",
                        {m_clientId}));
        const QString id = createCampaign("Spring 2026", {"--to", "ann@example.com,bob@example.com", "--to",
                                                          "cy@example.com", "--to", "gone@example.com", "--to", "not an address"});
        QVERIFY(!id.isEmpty());
        const int before = m_server.messageCount();

        Run run = anchorctl({"campaigns", "list", "--format", "json"});
        QCOMPARE(run.exitCode, 0);
        QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value("status").toString(), "draft");

        run = anchorctl({"campaigns", "send", id});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains("3 messages queued, 1 suppressed (not sent), 1 invalid"), qPrintable(run.out));
        QVERIFY(run.out.contains("invalid: not an address"));
        QCOMPARE(m_server.messageCount(), before);   // queueing sends nothing
        QCOMPARE(scalar("SELECT count(*) FROM email_job_items WHERE status = 'pending'").toInt(), 3);

        run = anchorctl({"sync", "mailgun"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY2(run.out.contains("3 sent, 0 refused, 0 waiting"), qPrintable(run.out));
        for (const QString &address : QStringList{"ann@example.com", "bob@example.com", "cy@example.com"})
            QCOMPARE(receivedBy(address), 1);
        QCOMPARE(receivedBy("gone@example.com"), 0);
        const FakeMailgunServer::Message ann = m_server.messagesTo("ann@example.com").first();
        QCOMPARE(ann.subject, "Spring at Peak Dental");
        QVERIFY(!ann.anchorKey().isEmpty());
        QVERIFY(ann.headers.contains("List-Unsubscribe"));
        QCOMPARE(scalar("SELECT status FROM email_campaigns WHERE id = ?", {id}).toString(), "sent");

        // Events: the accepted and delivered ones logged by the fake, opens (one twice), a click,
        // a hard bounce; one event served twice. The next sync stores each once.
        const QString domain = kDomain;
        m_server.addEvent(domain, m_server.eventFor(ann, "opened"));
        QJsonObject click = m_server.eventFor(ann, "clicked");
        click.insert("url", "https://peakdental.test/spring");
        m_server.addEvent(domain, click);
        m_server.addEvent(domain, click);   // a duplicate (same id)
        const FakeMailgunServer::Message bob = m_server.messagesTo("bob@example.com").first();
        m_server.addEvent(domain, m_server.eventFor(bob, "opened"));
        m_server.addEvent(domain, m_server.eventFor(bob, "opened"));
        const FakeMailgunServer::Message cy = m_server.messagesTo("cy@example.com").first();
        QJsonObject bounce = m_server.eventFor(cy, "failed");
        bounce.insert("severity", "permanent");
        bounce.insert("reason", "bounce");
        m_server.addEvent(domain, bounce);

        run = anchorctl({"sync", "mailgun"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QCOMPARE(scalar("SELECT count(*) FROM email_tracking WHERE campaign_id = ? AND event_type = 'opened'", {id}).toInt(), 3);
        QCOMPARE(scalar("SELECT count(*) FROM email_tracking WHERE campaign_id = ? AND event_type = 'clicked'", {id}).toInt(), 1);
        QCOMPARE(scalar("SELECT count(*) FROM email_tracking WHERE campaign_id = ? AND event_type = 'failed'", {id}).toInt(), 1);
        QCOMPARE(scalar("SELECT count(*) FROM email_tracking WHERE campaign_id = ? AND event_type = 'delivered'", {id}).toInt(), 3);
        QCOMPARE(scalar("SELECT url FROM email_tracking WHERE event_type = 'clicked'").toString(), "https://peakdental.test/spring");
        // The bounce suppresses the address for good.
        QCOMPARE(scalar("SELECT count(*) FROM unsubscribes WHERE email = 'cy@example.com'").toInt(), 1);

        // A third sync adds nothing (events deduplicated by id).
        const int tracked = scalar("SELECT count(*) FROM email_tracking").toInt();
        run = anchorctl({"sync", "mailgun"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(scalar("SELECT count(*) FROM email_tracking").toInt(), tracked);

        const QJsonObject numbers = stats(id);
        QCOMPARE(numbers.value("recipients").toInt(), 3);
        QCOMPARE(numbers.value("sent").toInt(), 3);
        QCOMPARE(numbers.value("unique_opens").toInt(), 2);
        QCOMPARE(numbers.value("unique_clicks").toInt(), 1);
        QCOMPARE(numbers.value("bounced").toInt(), 1);
        QCOMPARE(numbers.value("suppressed").toInt(), 1);
        run = anchorctl({"campaigns", "stats", id});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Opened (unique)"), qPrintable(run.out));

        run = anchorctl({"campaigns", "list", "--status", "sent"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(id));
        QVERIFY(run.out.contains("1 campaign"));
        // A sent campaign cannot be cancelled.
        QCOMPARE(anchorctl({"campaigns", "cancel", id}).exitCode, 1);
    }

    void wrongKeySendsNothingAndKeepsTheQueue()
    {
        const QString id = createCampaign("Key check", {"--to", "k1@example.com,k2@example.com,k3@example.com"});
        QCOMPARE(anchorctl({"campaigns", "send", id}).exitCode, 0);
        const int before = m_server.messageCount();

        Run run = anchorctl({"sync", "mailgun"}, environment("key-not-the-right-one"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("key", Qt::CaseInsensitive), qPrintable(run.err));
        QVERIFY(!run.err.contains("key-not-the-right-one") && !run.out.contains("key-not-the-right-one"));
        QCOMPARE(m_server.messageCount(), before);
        QCOMPARE(scalar("SELECT count(*) FROM email_job_items i JOIN email_jobs j ON j.id = i.job_id "
                        "WHERE j.campaign_id = ? AND i.status = 'pending'", {id}).toInt(), 3);

        run = anchorctl({"sync", "mailgun"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        for (const QString &address : QStringList{"k1@example.com", "k2@example.com", "k3@example.com"})
            QCOMPARE(receivedBy(address), 1);
    }

    void pauseResumeAndSchedule()
    {
        const QString paused = createCampaign("Paused one", {"--to", "p1@example.com,p2@example.com"});
        QCOMPARE(anchorctl({"campaigns", "send", paused}).exitCode, 0);
        QCOMPARE(anchorctl({"campaigns", "pause", paused}).exitCode, 0);
        QCOMPARE(scalar("SELECT status FROM email_campaigns WHERE id = ?", {paused}).toString(), "paused");
        Run run = anchorctl({"sync", "mailgun", "--send-only"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QCOMPARE(receivedBy("p1@example.com"), 0);
        QCOMPARE(anchorctl({"campaigns", "resume", paused}).exitCode, 0);
        run = anchorctl({"sync", "mailgun", "--send-only"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QCOMPARE(receivedBy("p1@example.com"), 1);
        QCOMPARE(receivedBy("p2@example.com"), 1);

        // Scheduled: a bad time is a bad argument; a time in the past is due at once and "jobs
        // run" starts it (the queue is written), the next sync sends it.
        const QString scheduled = createCampaign("Scheduled one", {"--to", "s1@example.com"});
        QCOMPARE(anchorctl({"campaigns", "send", scheduled, "--at", "tomorrowish"}).exitCode, 2);
        run = anchorctl({"campaigns", "send", scheduled, "--at", "2026-01-31T09:00:00Z"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(scalar("SELECT status FROM email_campaigns WHERE id = ?", {scheduled}).toString(), "scheduled");
        run = anchorctl({"jobs", "run", "--format", "json"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value("campaigns").toObject()
                     .value("campaigns_started").toInt(), 1);
        QCOMPARE(receivedBy("s1@example.com"), 0);
        run = anchorctl({"sync", "mailgun"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QCOMPARE(receivedBy("s1@example.com"), 1);

        // And cancelling a draft works.
        const QString draft = createCampaign("Never sent", {"--to", "n1@example.com"});
        QCOMPARE(anchorctl({"campaigns", "cancel", draft}).exitCode, 0);
        QCOMPARE(scalar("SELECT status FROM email_campaigns WHERE id = ?", {draft}).toString(), "cancelled");
    }

    void segmentCampaignKilledAtRandomPointsSendsEachRecipientOnce()
    {
        // 2,000 active clients of Peak Dental with an address, and a segment selecting them.
        constexpr int kRecipients = 2000;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "bulk");
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QVERIFY(db.transaction());
            QSqlQuery insert(db);
            QVERIFY(insert.prepare("INSERT INTO active_clients (owner_user_id, client_name, client_email) VALUES (?, ?, ?)"));
            for (int n = 0; n < kRecipients; ++n) {
                insert.addBindValue(m_clientId);
                insert.addBindValue(QString("Patient %1").arg(n));
                insert.addBindValue(QString("patient%1@crash.example.com").arg(n));
                QVERIFY(insert.exec());
            }
            QVERIFY(insert.exec(QString("INSERT INTO segments (client_id, name, filters) VALUES ('%1', 'All patients', "
                                        "'{\"audience\":\"active_clients\",\"client_id\":\"%1\"}')").arg(m_clientId)));
            QVERIFY(db.commit());
        }
        QSqlDatabase::removeDatabase("bulk");

        const QString id = createCampaign("Crash test", {"--segment", "All patients"});
        QVERIFY(!id.isEmpty());
        Run run = anchorctl({"campaigns", "send", id});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QString("%1 messages queued").arg(kRecipients)), qPrintable(run.out));

        // A few sends are accepted but their answer is lost: each must be confirmed from the
        // events, not sent again.
        m_server.injectFault(FakeMailgunServer::Fault::AcceptThenDrop, "messages", 3);
        // Answers slowed to 40 ms (about 100 messages a second at 4 in flight), so the 20 kill
        // rounds (at most 14 s of sending) always end inside the sending, on any machine.
        m_server.injectFault(FakeMailgunServer::Fault::Slow, "messages", 1200, 40);
        m_server.clearRequests();
        const int before = m_server.messageCount();
        QRandomGenerator random(20261123);
        const QString program = qEnvironmentVariable("ANCHOR_TEST_BIN_DIR") + "/anchorctl";
        int kills = 0;
        for (int round = 0; round < 20; ++round) {
            QProcess process;
            process.setProcessEnvironment(environment());
            QSignalSpy started(&process, &QProcess::started);
            QSignalSpy finished(&process, &QProcess::finished);
            process.start(program, {"sync", "mailgun", "--database", m_db});
            QVERIFY(started.wait(10'000));
            // Counted from when the sender starts (its first progress line), so a slow start on
            // a busy machine does not turn every kill into one before any work.
            QByteArray err;
            QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("Sending:") || !finished.isEmpty(),
                                     20'000);
            QTest::qWait(int(random.bounded(10, 700)));
            if (finished.isEmpty()) {
                process.kill();
                ++kills;
            }
            if (finished.isEmpty())
                QVERIFY(finished.wait(10'000));
        }
        QVERIFY2(kills >= 15, qPrintable(QString("only %1 runs were killed").arg(kills)));
        // The kills must have hit the sending, not only what follows it.
        const int beforeFinalRun = m_server.messageCount() - before;
        qInfo("%d kills; %d of %d messages received before the final run", kills, beforeFinalRun, kRecipients);
        QVERIFY(beforeFinalRun < kRecipients);

        run = anchorctl({"sync", "mailgun"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        // Messages caught in flight by a kill (or whose answer was lost) were looked up in the
        // accepted events before any resend.
        int checks = 0;
        for (const FakeMailgunServer::Request &request : m_server.requests())
            checks += request.path.endsWith("/events") && request.query.hasQueryItem("recipient") ? 1 : 0;
        qInfo("%d uncertain messages were checked against the accepted events", checks);
        QVERIFY(checks >= 3);

        // Every recipient exactly once at the fake: per address and per idempotency key.
        QHash<QString, int> perAddress;
        QHash<QString, int> perKey;
        for (const FakeMailgunServer::Message &message : m_server.messages()) {
            if (!message.toAddress.endsWith("@crash.example.com"))
                continue;
            ++perAddress[message.toAddress];
            ++perKey[message.anchorKey()];
        }
        QCOMPARE(m_server.messageCount() - before, kRecipients);
        QCOMPARE(perAddress.size(), kRecipients);
        QCOMPARE(perKey.size(), kRecipients);
        for (auto it = perAddress.constBegin(); it != perAddress.constEnd(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        for (int n = 0; n < kRecipients; ++n)
            QVERIFY(perAddress.contains(QString("patient%1@crash.example.com").arg(n)));

        // And the database agrees: all sent, each with Mailgun's id, nothing lost or failed.
        QCOMPARE(scalar("SELECT count(*) FROM campaign_recipients WHERE campaign_id = ? AND status <> 'suppressed'", {id}).toInt(),
                 kRecipients);
        QCOMPARE(scalar("SELECT count(*) FROM email_job_items i JOIN email_jobs j ON j.id = i.job_id "
                        "WHERE j.campaign_id = ? AND i.status IN ('sent', 'delivered', 'opened', 'clicked')", {id}).toInt(),
                 kRecipients);
        QCOMPARE(scalar("SELECT count(DISTINCT mailgun_id) FROM campaign_recipients WHERE campaign_id = ?", {id}).toInt(),
                 kRecipients);
        QCOMPARE(scalar("SELECT status FROM email_campaigns WHERE id = ?", {id}).toString(), "sent");
        QCOMPARE(scalar("PRAGMA integrity_check").toString(), "ok");
    }

    void jsonEventsForTheDesktopApp()
    {
        const QString id = createCampaign("Json one", {"--to", "j1@example.com"});
        QCOMPARE(anchorctl({"campaigns", "send", id}).exitCode, 0);
        const Run run = anchorctl({"sync", "mailgun", "--json-events"});
        QCOMPARE(run.exitCode, 0);
        QStringList kinds;
        for (const QString &line : run.out.split('\n', Qt::SkipEmptyParts)) {
            const QJsonObject event = QJsonDocument::fromJson(line.toUtf8()).object();
            if (event.isEmpty())
                continue;
            kinds.append(event.value("event").toString());
            if (event.value("event") == "send_finished")
                QCOMPARE(event.value("sent").toInt(), 1);
            if (event.value("event") == "finished")
                QCOMPARE(event.value("ok").toBool(), true);
        }
        QVERIFY2(kinds.contains("send_finished") && kinds.contains("events_finished")
                     && kinds.contains("suppressions_finished") && kinds.last() == "finished",
                 qPrintable(kinds.join(',')));
    }

    void syncForOneClientLeavesOtherSendersAlone()
    {
        // Summit Roofing has no Mailgun settings of its own and the agency none either: its mail
        // has nobody to send it. A sync for Peak Dental alone must not touch it or fail for it.
        const Run added = anchorctl({"clients", "add", "--name", "Summit Roofing", "--type", "home_service"});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString summit = added.out.trimmed();
        QVERIFY(execute("INSERT INTO email_templates (client_id, name, subject, content) VALUES (NULL, 'Roof news', "
                        "'Roofs', '<p>Hi {{first_name}}</p>')"));
        const Run created = anchorctl({"campaigns", "create", "--name", "Roof check", "--template", "Roof news", "--client",
                                       "Summit Roofing", "--to", "r1@example.com,r2@example.com"});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QString roof = created.out.section('\n', 0, 0).trimmed();
        QCOMPARE(anchorctl({"campaigns", "send", roof}).exitCode, 0);
        // One of its items was left in sending by an earlier run: uncertain, checked only by its own sender.
        QVERIFY(execute("UPDATE email_job_items SET status = 'sending', attempts = 1, first_attempt_at = "
                        "'2026-01-01T00:00:00.000Z' WHERE campaign_id = ? AND recipient_id = (SELECT id FROM "
                        "campaign_recipients WHERE campaign_id = ? AND email = 'r2@example.com')",
                        {roof, roof}));
        QVERIFY(execute("INSERT INTO email_logs (email_type, recipient_email, subject, html_body, status, client_id) "
                        "VALUES ('task_notification', 'crew@summit.test', 'A task', '<p>Due</p>', 'pending', ?)",
                        {summit}));
        const auto untouched = [&] {
            return scalar("SELECT group_concat(status || ':' || attempts || ':' || coalesce(next_attempt_at, '-') || ':' "
                          "|| coalesce(error_message, '-'), ',') FROM (SELECT * FROM email_job_items WHERE campaign_id = ? "
                          "ORDER BY idempotency_key)", {roof}).toString().split(',');
        };
        const QStringList before = untouched();
        QCOMPARE(before.size(), 2);

        const QString peak = createCampaign("Peak only", {"--to", "peak1@example.com"});
        QCOMPARE(anchorctl({"campaigns", "send", peak}).exitCode, 0);
        Run run = anchorctl({"sync", "mailgun", "--client", "Peak Dental"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY2(run.out.contains("1 sent, 0 refused, 0 waiting"), qPrintable(run.out));
        QCOMPARE(receivedBy("peak1@example.com"), 1);
        QCOMPARE(receivedBy("r1@example.com") + receivedBy("r2@example.com") + receivedBy("crew@summit.test"), 0);
        QCOMPARE(untouched(), before);
        QCOMPARE(scalar("SELECT status || ':' || in_flight || ':' || attempts || ':' || coalesce(error_message, '-') "
                        "FROM email_logs WHERE recipient_email = 'crew@summit.test'").toString(),
                 "pending:0:0:-");
        QCOMPARE(scalar("SELECT status FROM email_campaigns WHERE id = ?", {roof}).toString(), "sending");

        // A sync of every sender does take them up, and says that nobody can send Summit's mail.
        run = anchorctl({"sync", "mailgun", "--send-only"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Summit Roofing") || run.err.contains("agency"), qPrintable(run.err));
        QVERIFY(untouched() != before);

        // Out of the way of the tests after this one.
        QCOMPARE(anchorctl({"campaigns", "cancel", roof}).exitCode, 0);
        QVERIFY(execute("UPDATE email_logs SET status = 'failed' WHERE recipient_email = 'crew@summit.test'"));
        QVERIFY(execute("UPDATE email_job_items SET status = 'failed' WHERE campaign_id = ? AND status = 'sending'", {roof}));
    }

    void networkDownKeepsTheQueue()
    {
        const QString id = createCampaign("Offline one", {"--to", "o1@example.com"});
        QCOMPARE(anchorctl({"campaigns", "send", id}).exitCode, 0);
        m_server.stop();
        const Run run = anchorctl({"sync", "mailgun"});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(scalar("SELECT count(*) FROM email_job_items i JOIN email_jobs j ON j.id = i.job_id "
                        "WHERE j.campaign_id = ? AND i.status IN ('pending', 'sending')", {id}).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(AnchorctlMailgunTest)
#include "tst_anchorctlmailgun.moc"
