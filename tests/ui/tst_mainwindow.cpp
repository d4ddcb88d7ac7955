// The first GUI on the offscreen platform: the window shows only working sections, pages the
// leads in, and signals the first painted page (what --quit-after-first-paint waits for).
#include "testdatabase.h"

#include <clientrepository.h>
#include <leadspage.h>
#include <leadstablemodel.h>
#include <mainwindow.h>

#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using anchor::testing::TestDatabase;

class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsLeadsAndSignalsFirstPaint()
    {
        TestDatabase db;
        const QString client = db.addClient("Bright Smile Dental");
        for (int i = 0; i < 30; ++i) {
            TestDatabase::Call call{QString::number(i), client, QStringLiteral("2026-01-01T10:%1:00.000Z").arg(i, 2, 10, QLatin1Char('0'))};
            call.callerName = QStringLiteral("Caller %1").arg(i);
            db.addCall(call);
        }
        anchor::ui::MainWindow window(db.database(), anchor::storage::UserRepository(db.database()).ensureLocalUser());
        QSignalSpy painted(&window, &anchor::ui::MainWindow::firstLeadsPagePainted);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(painted.wait(5000));

        auto *navigation = window.findChild<QListWidget *>();
        QVERIFY(navigation);
        QCOMPARE(navigation->count(), 9);   // only sections that work
        QCOMPARE(navigation->item(0)->text(), "Leads");
        QCOMPARE(navigation->item(1)->text(), "Pipeline");
        QCOMPARE(navigation->item(2)->text(), "Dashboard");
        QCOMPARE(navigation->item(3)->text(), "Journeys");
        QCOMPARE(navigation->item(4)->text(), "Active Clients");
        QCOMPARE(navigation->item(5)->text(), "Tasks");
        QCOMPARE(navigation->item(6)->text(), "My Work");
        QCOMPARE(navigation->item(7)->text(), "Campaigns");
        QCOMPARE(navigation->item(8)->text(), "Email Log");

        QTableView *table = window.leadsPage()->table();
        QCOMPARE(table->model()->rowCount(), 30);
        QCOMPARE(table->model()->index(0, 1).data().toString(), "Caller 29");
        QVERIFY(table->isVisible());
    }

    void showsAProblemInsteadOfAnEmptyTable()
    {
        TestDatabase db;
        const QString user = anchor::storage::UserRepository(db.database()).ensureLocalUser();
        db.exec("DROP VIEW client_directory");
        anchor::ui::MainWindow window(db.database(), user);
        QSignalSpy painted(&window, &anchor::ui::MainWindow::firstLeadsPagePainted);
        window.show();
        QVERIFY(painted.wait(5000));
        bool bannerShown = false;
        for (auto *label : window.leadsPage()->findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().contains("could not be loaded"))
                bannerShown = true;
        }
        QVERIFY(bannerShown);
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
