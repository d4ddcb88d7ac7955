// The CTM sync as the desktop app drives it, offscreen: the settings dialog tests the
// connection and saves, "Sync Now" runs anchorctl against the fake CTM HTTPS server in this
// process, the leads arrive in the table, and the status bar tells what happened.
#include "fakectmserver.h"
#include "testdatabase.h"

#include <actionregistry.h>
#include <clientrepository.h>
#include <ctmsettingsdialog.h>
#include <ctmsyncrunner.h>
#include <leadspage.h>
#include <mainwindow.h>
#include <syncstatuswidget.h>

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QGroupBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
#include <QApplication>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QTest>

using anchor::testing::FakeCtmServer;
using anchor::testing::TestDatabase;

class SyncUiTest : public QObject
{
    Q_OBJECT

private:
    FakeCtmServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("ANCHOR_ANCHORCTL", (qEnvironmentVariable("ANCHOR_TEST_BIN_DIR") + "/anchorctl").toUtf8());
        // The keychain is tested elsewhere; here the child processes take the keys from these.
        qputenv("ANCHOR_CTM_ACCESS_KEY", "ui-access");
        qputenv("ANCHOR_CTM_SECRET_KEY", "ui-secret");
        QSettings().setValue("sync/firstDelaySeconds", 3600);   // only "Sync Now" syncs in this test
        QVERIFY(m_server.start());
        m_server.setCredentials("ui-access", "ui-secret");
        m_server.addAccount(31, "Summit HVAC");
        m_server.addAccount(32, "Summit HVAC North");
        m_server.addCalls(31, 60, 1, QDateTime::currentSecsSinceEpoch() - 60, 300);
    }

    void settingsDialogTestsAndSaves()
    {
        TestDatabase db;
        const QString client = db.addClient("Summit HVAC");
        anchor::ui::CtmSettingsDialog dialog(db.database(), client);
        auto edits = dialog.findChildren<QLineEdit *>();
        auto *account = dialog.findChildren<QComboBox *>().at(1);
        account->setEditText("31");
        // Line edits in form order: account's own editor first, then keys, address, CA file.
        QLineEdit *baseUrl = nullptr;
        QLineEdit *caFile = nullptr;
        for (QLineEdit *edit : edits) {
            if (edit->placeholderText().startsWith("https://") && !baseUrl)
                baseUrl = edit;   // the CTM address comes before the AI classifier's
            else if (edit->placeholderText().startsWith("None"))
                caFile = edit;
        }
        QVERIFY(baseUrl && caFile);
        baseUrl->setText(m_server.baseUrl().toString());
        caFile->setText(FakeCtmServer::caCertificatePath());

        auto *test = dialog.findChild<QPushButton *>();
        QVERIFY(test);
        test->click();
        QTRY_COMPARE_WITH_TIMEOUT(account->count(), 2, 30'000);   // both accounts listed to pick from
        auto *result = dialog.findChild<QLabel *>("ctmResult");
        QVERIFY(result);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains("Connected"), 10'000);

        // Switch the AI classifier on too (no key typed: the stored one would be kept).
        auto *llm = dialog.findChild<QGroupBox *>();
        QVERIFY(llm && llm->isCheckable() && !llm->isChecked());
        llm->setChecked(true);
        const auto llmEdits = llm->findChildren<QLineEdit *>();
        llmEdits.at(0)->setText("https://llm.example/v1/");
        llmEdits.at(1)->setText("small-model");

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QVERIFY(accepted.count() == 1 || accepted.wait(30'000));
        const auto saved = anchor::storage::ClientRepository(db.database()).ctmConnection(client);
        QCOMPARE(saved.accountId, "31");
        QCOMPARE(saved.baseUrl, m_server.baseUrl().toString());
        const auto llmSaved = anchor::storage::SettingsRepository(db.database()).llmSettings();
        QVERIFY(llmSaved.enabled);
        QCOMPARE(llmSaved.model, "small-model");
        QCOMPARE(llmSaved.url, "https://llm.example/v1/");
    }

    void syncNowFillsTheLeadsAndTheStatusBar()
    {
        TestDatabase db;
        const QString client = db.addClient("Summit HVAC", "31");
        anchor::storage::ClientRepository(db.database())
            .setCtmConnection(client, {"31", m_server.baseUrl().toString(), FakeCtmServer::caCertificatePath()});
        anchor::ui::MainWindow window(db.database(), anchor::storage::UserRepository(db.database()).ensureLocalUser());
        QSignalSpy painted(&window, &anchor::ui::MainWindow::firstLeadsPagePainted);
        window.show();
        QVERIFY(painted.wait(5000));
        QCOMPARE(window.leadsPage()->table()->model()->rowCount(), 0);

        window.findChild<anchor::ui::ActionRegistry *>()->action("file.sync")->trigger();
        auto *runner = window.findChild<anchor::models::CtmSyncRunner *>();
        QVERIFY(runner);
        QSignalSpy finished(runner, &anchor::models::CtmSyncRunner::finished);
        QVERIFY(finished.wait(60'000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(runner->status().errors.join('\n')));
        QCOMPARE(db.scalar("SELECT count(*) FROM call_logs").toInt(), 60);
        QTRY_COMPARE(window.leadsPage()->table()->model()->rowCount(), 60);

        auto *status = window.findChild<anchor::ui::SyncStatusWidget *>();
        QVERIFY(status && status->isVisible());
        const QString text = status->findChild<QLabel *>()->text();
        QVERIFY2(text.contains("Online") && text.contains("last sync"), qPrintable(text));
    }

    void reclassifyRunsInTheBackgroundAndKeepsManualCategories()
    {
        TestDatabase db;
        const QString client = db.addClient("Summit HVAC");
        TestDatabase::Call booked{"r1", client, "2026-01-01T10:00:00.000Z"};
        booked.transcript = "Hi, I'd like to schedule an estimate for a new furnace.";
        db.addCall(booked);
        TestDatabase::Call manual{"r2", client, "2026-01-01T11:00:00.000Z"};
        manual.transcript = "Are you hiring technicians?";
        db.addCall(manual);
        db.exec("UPDATE call_logs SET category = 'warm', category_manual = 1 WHERE call_id = 'r2'");
        anchor::ui::MainWindow window(db.database(), anchor::storage::UserRepository(db.database()).ensureLocalUser());
        window.show();
        // Answer the confirmation once it is up.
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&answer] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(widget);
                if (box && box->isVisible() && box->button(QMessageBox::Yes)) {
                    answer.stop();
                    box->button(QMessageBox::Yes)->click();
                }
            }
        });
        answer.start(50);
        window.findChild<anchor::ui::ActionRegistry *>()->action("leads.reclassify")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(db.scalar("SELECT category FROM call_logs WHERE call_id = 'r1'").toString(),
                                  "very_good", 30'000);
        QCOMPARE(db.scalar("SELECT category FROM call_logs WHERE call_id = 'r2'").toString(), "warm");
        QVERIFY(!db.scalar("SELECT classification_summary FROM call_logs WHERE call_id = 'r1'").toString().isEmpty());
    }

    void aFailedSyncShowsTheProblem()
    {
        TestDatabase db;
        const QString client = db.addClient("Summit HVAC", "99");   // an account the keys do not reach
        anchor::storage::ClientRepository(db.database())
            .setCtmConnection(client, {"99", m_server.baseUrl().toString(), FakeCtmServer::caCertificatePath()});
        anchor::ui::MainWindow window(db.database(), anchor::storage::UserRepository(db.database()).ensureLocalUser());
        QSignalSpy painted(&window, &anchor::ui::MainWindow::firstLeadsPagePainted);
        window.show();
        QVERIFY(painted.wait(5000));
        window.findChild<anchor::ui::ActionRegistry *>()->action("file.sync")->trigger();
        auto *runner = window.findChild<anchor::models::CtmSyncRunner *>();
        QSignalSpy finished(runner, &anchor::models::CtmSyncRunner::finished);
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(runner->status().errors.join('\n').contains("404"), qPrintable(runner->status().errors.join('\n')));
        auto *problems = window.findChild<QToolButton *>("syncProblems");
        QVERIFY(problems && problems->isVisible());
        QVERIFY(problems->toolTip().contains("404"));
    }
};

QTEST_MAIN(SyncUiTest)
#include "tst_syncui.moc"
