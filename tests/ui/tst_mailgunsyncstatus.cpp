// Mailgun's state in the status bar, offscreen: MailgunStatusWidget follows a real
// MailgunSyncRunner (anchorctl built beside the tests, against the fake Mailgun HTTPS server in
// this process): the queue size and the last successful sync, progress with Cancel while a run
// sends, and the errors of a failed run behind a button that shows their details.
#include "fakemailgunserver.h"
#include "mailguntestdata.h"
#include "testdatabase.h"

#include <clientrepository.h>
#include <mailgunstatuswidget.h>
#include <mailgunsyncrunner.h>
#include <mainwindow.h>

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using anchor::models::MailgunSyncRunner;
using anchor::testing::FakeMailgunServer;
using anchor::testing::TestDatabase;
using anchor::ui::MailgunStatusWidget;

namespace {

const QString kDomain = QStringLiteral("mg.status.test");
const QByteArray kKey = "key-status-1";

} // namespace

class MailgunSyncStatusTest : public QObject
{
    Q_OBJECT

private:
    FakeMailgunServer m_server;

    void queueCampaign(TestDatabase &test, int count, const QString &prefix)
    {
        anchor::testing::queueAgencyCampaign(test, QStringLiteral("Status Dental"), kDomain,
                                             m_server.baseUrl().toString(), FakeMailgunServer::caCertificatePath(),
                                             count, prefix);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_server.setApiKey(QString::fromLatin1(kKey));
        m_server.addDomain(kDomain);
        qputenv("ANCHOR_ANCHORCTL", qgetenv("ANCHOR_TEST_BIN_DIR") + "/anchorctl");
        QSettings().setValue(QStringLiteral("mailgun/firstDelaySeconds"), 3600); // only explicit runs here
    }

    void init()
    {
        qputenv("ANCHOR_MAILGUN_API_KEY", kKey);
        m_server.clearFaults();
    }

    void hiddenUntilMailgunIsSetUp()
    {
        TestDatabase test;
        MailgunSyncRunner runner(test.database());
        MailgunStatusWidget widget(&runner);
        widget.show();
        runner.refreshCounts();
        QVERIFY(widget.isHidden());

        // The main window carries one in its status bar, following its runner.
        anchor::ui::MainWindow window(test.database(),
                                      anchor::storage::UserRepository(test.database()).ensureLocalUser());
        auto *inWindow = window.statusBar()->findChild<MailgunStatusWidget *>();
        QVERIFY(inWindow);
        queueCampaign(test, 1, QStringLiteral("w"));
        window.mailgunRunner()->refreshCounts();
        QVERIFY(!inWindow->isHidden());
        QVERIFY2(inWindow->stateLabel()->text().contains(QStringLiteral("1 message(s) queued")),
                 qPrintable(inWindow->stateLabel()->text()));
    }

    void queueThenProgressThenLastSync()
    {
        TestDatabase test;
        queueCampaign(test, 5, QStringLiteral("a"));
        MailgunSyncRunner runner(test.database());
        MailgunStatusWidget widget(&runner);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        runner.refreshCounts();
        QVERIFY(widget.isVisible());
        QCOMPARE(widget.stateLabel()->text(), QStringLiteral("Mailgun not synced yet · 5 message(s) queued"));
        QVERIFY(widget.progressBar()->isHidden());
        QVERIFY(widget.cancelButton()->isHidden());
        QVERIFY(widget.problemsButton()->isHidden());

        // While it runs: what it does, a progress bar and Cancel; what it reported last is kept.
        QSignalSpy finished(&runner, &MailgunSyncRunner::finished);
        QStringList seen;
        int mostProgress = 0;
        connect(&runner, &MailgunSyncRunner::statusChanged, this, [&] {
            seen.append(widget.stateLabel()->text());
            if (runner.status().running) {
                QVERIFY(widget.progressBar()->isVisible());
                QVERIFY(widget.cancelButton()->isVisible());
                mostProgress = qMax(mostProgress, widget.progressBar()->value());
                if (runner.status().phase == anchor::models::MailgunSyncStatus::Phase::Sending &&
                    runner.status().sendTotal > 0)
                    QCOMPARE(widget.progressBar()->maximum(), runner.status().sendTotal);
            }
        });
        runner.syncNow();
        QVERIFY(widget.cancelButton()->isVisible());
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(seen.filter(QStringLiteral("Mailgun: sending 5 of 5")).size() >= 1, qPrintable(seen.join(u'\n')));
        QCOMPARE(mostProgress, 5);

        QVERIFY2(widget.stateLabel()->text().startsWith(QStringLiteral("Mailgun synced ")),
                 qPrintable(widget.stateLabel()->text()));
        QVERIFY(!widget.stateLabel()->text().contains(QStringLiteral("queued")));
        QVERIFY(widget.progressBar()->isHidden());
        QVERIFY(widget.cancelButton()->isHidden());
        QVERIFY(widget.problemsButton()->isHidden());
    }

    void errorsAreOneClickAway()
    {
        TestDatabase test;
        queueCampaign(test, 2, QStringLiteral("b"));
        qputenv("ANCHOR_MAILGUN_API_KEY", "key-wrong");
        MailgunSyncRunner runner(test.database());
        MailgunStatusWidget widget(&runner);
        widget.show();
        QSignalSpy finished(&runner, &MailgunSyncRunner::finished);
        runner.syncNow();
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(widget.problemsButton()->isVisible());
        QVERIFY(widget.stateLabel()->text().contains(QStringLiteral("2 message(s) queued")));
        const QString errors = runner.status().errors.join(u'\n');
        QVERIFY(!errors.isEmpty());
        QCOMPARE(widget.problemsButton()->toolTip(), errors);

        // Clicked: a box whose details are the errors, without the key.
        QString details;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            details = box->detailedText();
            box->close();
        });
        widget.problemsButton()->click();
        QCOMPARE(details, errors);
        QVERIFY(!details.contains(QStringLiteral("key-wrong")));
    }

    void cancelStopsARunningSync()
    {
        TestDatabase test;
        queueCampaign(test, 30, QStringLiteral("c"));
        m_server.injectFault(FakeMailgunServer::Fault::Slow, QStringLiteral("messages"), 30, 100);
        MailgunSyncRunner runner(test.database());
        MailgunStatusWidget widget(&runner);
        widget.show();
        QSignalSpy finished(&runner, &MailgunSyncRunner::finished);
        runner.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(runner.status().sendDone > 0, 30'000);
        QCOMPARE(widget.progressBar()->maximum(), 30);
        QVERIFY(widget.stateLabel()->text().contains(QStringLiteral(" of 30")));
        widget.cancelButton()->click();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(widget.cancelButton()->isHidden());
        QVERIFY(widget.problemsButton()->toolTip().contains(QStringLiteral("cancelled")));
        QVERIFY(widget.stateLabel()->text().contains(QStringLiteral("message(s) queued")));
    }
};

QTEST_MAIN(MailgunSyncStatusTest)
#include "tst_mailgunsyncstatus.moc"
