// MailgunSyncRunner: the app's background Mailgun work through the real anchorctl (built beside
// the tests) against the fake Mailgun HTTPS server in this process: a run sends the queue and
// reports; a wrong key is an error the user sees; a request while running runs once more after;
// cancel kills the run and the next one sends everything exactly once; nothing runs unconfigured.
#include "fakemailgunserver.h"
#include "mailguntestdata.h"
#include "testdatabase.h"

#include <mailgunsyncrunner.h>

#include <QSignalSpy>
#include <QTest>

using anchor::models::MailgunSyncRunner;
using anchor::testing::FakeMailgunServer;
using anchor::testing::TestDatabase;

namespace {

const QString kDomain = QStringLiteral("mg.runner.test");
const QByteArray kKey = "key-runner-1";

} // namespace

class MailgunSyncRunnerTest : public QObject
{
    Q_OBJECT

private:
    FakeMailgunServer m_server;

    QString queueCampaign(TestDatabase &test, int count, const QString &prefix)
    {
        return anchor::testing::queueAgencyCampaign(test, QStringLiteral("Runner Dental"), kDomain,
                                                    m_server.baseUrl().toString(),
                                                    FakeMailgunServer::caCertificatePath(), count, prefix);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_server.setApiKey(QString::fromLatin1(kKey));
        m_server.addDomain(kDomain);
        qputenv("ANCHOR_ANCHORCTL", qgetenv("ANCHOR_TEST_BIN_DIR") + "/anchorctl");
    }

    void init()
    {
        qputenv("ANCHOR_MAILGUN_API_KEY", kKey);
        m_server.clearFaults();
    }

    void nothingRunsWithoutAConnection()
    {
        TestDatabase test;
        MailgunSyncRunner runner(test.database());
        QSignalSpy finished(&runner, &MailgunSyncRunner::finished);
        runner.syncNow();
        QVERIFY(!runner.status().running);
        QVERIFY(!runner.status().configured);
        QVERIFY(!finished.wait(500));
    }

    void syncNowSendsTheQueueAndReports()
    {
        TestDatabase test;
        queueCampaign(test, 5, QStringLiteral("a"));
        MailgunSyncRunner runner(test.database());
        QSignalSpy finished(&runner, &MailgunSyncRunner::finished);
        QSignalSpy changed(&runner, &MailgunSyncRunner::campaignsChanged);
        QSignalSpy status(&runner, &MailgunSyncRunner::statusChanged);
        runner.syncNow();
        QVERIFY(runner.status().running);
        QVERIFY(runner.status().configured);
        QCOMPARE(runner.status().pending, 5);
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(runner.status().errors.isEmpty(), qPrintable(runner.status().errors.join(u'\n')));
        QVERIFY(!runner.status().running);
        QCOMPARE(runner.status().pending, 0);
        QCOMPARE(runner.status().sendTotal, 5);
        QVERIFY(runner.status().lastSuccess.isValid());
        QCOMPARE(changed.size(), 1);
        QVERIFY(status.size() >= 3);
        for (int n = 0; n < 5; ++n)
            QCOMPARE(m_server.messagesTo(QStringLiteral("a%1@example.com").arg(n)).size(), 1);
    }

    void wrongKeyIsAnErrorAndTheQueueStays()
    {
        TestDatabase test;
        queueCampaign(test, 2, QStringLiteral("b"));
        qputenv("ANCHOR_MAILGUN_API_KEY", "key-wrong");
        MailgunSyncRunner runner(test.database());
        QSignalSpy finished(&runner, &MailgunSyncRunner::finished);
        QSignalSpy errors(&runner, &MailgunSyncRunner::errorOccurred);
        runner.syncNow();
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!errors.isEmpty());
        QVERIFY(!runner.status().errors.isEmpty());
        QVERIFY(!runner.status().errors.join(u' ').contains(QStringLiteral("key-wrong")));
        QCOMPARE(runner.status().pending, 2);
        QCOMPARE(m_server.messagesTo(QStringLiteral("b0@example.com")).size(), 0);
    }

    void aRequestWhileRunningRunsOnceMore()
    {
        TestDatabase test;
        queueCampaign(test, 3, QStringLiteral("c"));
        MailgunSyncRunner runner(test.database());
        QSignalSpy finished(&runner, &MailgunSyncRunner::finished);
        runner.syncNow();
        runner.sendQueueNow();
        runner.sendQueueNow();   // coalesced with the previous request
        QVERIFY(finished.wait(60'000));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60'000);
        QTest::qWait(300);
        QCOMPARE(finished.size(), 2);
        QCOMPARE(m_server.messagesTo(QStringLiteral("c2@example.com")).size(), 1);
    }

    void cancelledRunResumesWithoutSendingTwice()
    {
        TestDatabase test;
        queueCampaign(test, 40, QStringLiteral("d"));
        m_server.injectFault(FakeMailgunServer::Fault::Slow, QStringLiteral("messages"), 40, 100);
        MailgunSyncRunner runner(test.database());
        QSignalSpy finished(&runner, &MailgunSyncRunner::finished);
        runner.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(runner.status().sendDone > 0 || m_server.messageCount() > 0, 30'000);
        runner.cancel();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(runner.status().errors.join(u' ').contains(QStringLiteral("cancelled")));
        m_server.clearFaults();
        runner.syncNow();
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.last().first().toBool(), true);
        for (int n = 0; n < 40; ++n)
            QCOMPARE(m_server.messagesTo(QStringLiteral("d%1@example.com").arg(n)).size(), 1);
    }
};

QTEST_GUILESS_MAIN(MailgunSyncRunnerTest)
#include "tst_mailgunsyncrunner.moc"
