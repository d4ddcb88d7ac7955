// anchorctl's CTM commands as a user runs them, against the fake CTM HTTPS server running in this
// process; including the crash test: `sync ctm` killed with SIGKILL at random points, then run
// to the end, loses and duplicates nothing.
#include "fakectmserver.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using anchor::testing::FakeCtmServer;

namespace {

constexpr qint64 kAccount = 777;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class AnchorctlSyncTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    FakeCtmServer m_server;

    QProcessEnvironment environment(const QString &access = "key-a", const QString &secret = "key-s")
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("ANCHOR_CTM_ACCESS_KEY", access);
        env.insert("ANCHOR_CTM_SECRET_KEY", secret);
        return env;
    }

    // The server answers from this thread's event loop, so wait without blocking it.
    Run anchorctl(const QStringList &arguments, const QProcessEnvironment &env)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(qEnvironmentVariable("ANCHOR_TEST_BIN_DIR") + "/anchorctl", arguments + QStringList{"--database", m_db});
        if (!finished.wait(120'000))
            qWarning("anchorctl did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QVariant scalar(const QString &statement)
    {
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "check");
            db.setDatabaseName(m_db);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(statement) && query.next())
                    value = query.value(0);
            }
        }
        QSqlDatabase::removeDatabase("check");
        return value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath("sync.sqlite");
        QVERIFY(m_server.start());
        m_server.setCredentials("key-a", "key-s");
        m_server.addAccount(kAccount, "Peak Roofing");
        m_server.addCalls(kAccount, 1000, 1, QDateTime::currentSecsSinceEpoch() - 120, 2000);

        const QProcessEnvironment env = environment();
        QCOMPARE(anchorctl({"init"}, env).exitCode, 0);
        const Run added = anchorctl({"clients", "add", "--name", "Peak Roofing", "--type", "home_service",
                                     "--subtype", "roofing"}, env);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const Run configured = anchorctl({"ctm", "configure", "--client", "Peak Roofing", "--account",
                                          QString::number(kAccount), "--base-url", m_server.baseUrl().toString(),
                                          "--ca-cert", FakeCtmServer::caCertificatePath()}, env);
        QVERIFY2(configured.exitCode == 0, qPrintable(configured.err));
        // The keys were never stored: the schema columns stay empty.
        QVERIFY(scalar("SELECT count(*) FROM client_profiles WHERE ctm_api_key IS NOT NULL OR ctm_api_secret IS NOT NULL").toInt() == 0);
    }

    void testConnectionListsAccounts()
    {
        Run run = anchorctl({"ctm", "test", "--client", "Peak Roofing"}, environment());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains("* 777  Peak Roofing"));

        run = anchorctl({"ctm", "test", "--client", "Peak Roofing"}, environment("key-a", "not-the-secret"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("refused the credentials"), qPrintable(run.err));
        QVERIFY(!run.err.contains("not-the-secret"));
    }

    void killedAtRandomPointsThenFinishedLosesNothing()
    {
        // Kill `sync ctm` (SIGKILL) at random moments, many times; then let it run to the end.
        QRandomGenerator random(20261123);
        const QString program = qEnvironmentVariable("ANCHOR_TEST_BIN_DIR") + "/anchorctl";
        for (int round = 0; round < 12; ++round) {
            QProcess process;
            process.setProcessEnvironment(environment());
            QSignalSpy started(&process, &QProcess::started);
            QSignalSpy finished(&process, &QProcess::finished);
            process.start(program, {"sync", "ctm", "--database", m_db});
            QVERIFY(started.wait(10'000));
            QTest::qWait(int(random.bounded(20, 400)));
            process.kill();
            if (finished.isEmpty())
                QVERIFY(finished.wait(10'000));
        }
        const Run run = anchorctl({"sync", "ctm"}, environment());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY(run.out.contains("1 client(s) synced, 0 failed"));
        QCOMPARE(scalar("SELECT count(*) FROM call_logs").toInt(), 1000);
        QCOMPARE(scalar("SELECT count(DISTINCT call_id) FROM call_logs").toInt(), 1000);
        QCOMPARE(scalar("PRAGMA integrity_check").toString(), "ok");
        QCOMPARE(scalar("SELECT count(*) FROM leads_fts").toInt(), 1000);
        QVERIFY(scalar("SELECT page_token FROM sync_cursors").isNull());
    }

    void jsonEventsForTheDesktopApp()
    {
        m_server.addCalls(kAccount, 5, 5000, QDateTime::currentSecsSinceEpoch());
        const Run run = anchorctl({"sync", "ctm", "--json-events"}, environment());
        QCOMPARE(run.exitCode, 0);
        bool sawFinished = false;
        for (const QString &line : run.out.split('\n', Qt::SkipEmptyParts)) {
            const QJsonObject event = QJsonDocument::fromJson(line.toUtf8()).object();
            if (event.value("event") == "client_finished") {
                sawFinished = true;
                QCOMPARE(event.value("ok").toBool(), true);
                QCOMPARE(event.value("inserted").toInt(), 5);
            }
        }
        QVERIFY(sawFinished);
    }

    void ratingsQueuedOfflineArePushedBySyncOutbox()
    {
        // The server is down: nothing is lost, the push waits.
        const QString callId = scalar("SELECT call_id FROM call_logs ORDER BY call_id LIMIT 1").toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "edit");
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QString("INSERT INTO sync_outbox (target, operation, client_id, entity_key, payload) "
                                       "SELECT 'ctm', 'ctm_set_rating', owner_user_id, call_id, '{\"score\":5}' "
                                       "FROM call_logs WHERE call_id = '%1'").arg(callId)));
        }
        QSqlDatabase::removeDatabase("edit");
        m_server.stop();
        Run run = anchorctl({"sync", "outbox"}, environment());
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains("1 waiting to retry"));
        QCOMPARE(scalar("SELECT count(*) FROM sync_outbox WHERE status = 'pending'").toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(AnchorctlSyncTest)
#include "tst_anchorctlsync.moc"
