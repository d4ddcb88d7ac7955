// The journeys workspace as a user drives it, on the offscreen platform: starting a journey from
// a lead with a template, ticking steps off and undoing, changing status, converting a journey
// into an active client (a price that is not money refused), and the active clients list.
// Every test reads the database afterwards to prove what was written.
#include "testdatabase.h"

#include <actionregistry.h>
#include <activeclientsmodel.h>
#include <activeclientspage.h>
#include <clientrepository.h>
#include <convertdialog.h>
#include <journeydetailpane.h>
#include <journeyrepository.h>
#include <journeyspage.h>
#include <journeysdocument.h>
#include <journeystablemodel.h>
#include <leaddetailpane.h>
#include <leadjourneystrip.h>
#include <leadspage.h>
#include <leadstablemodel.h>
#include <mainwindow.h>
#include <multiselectbutton.h>
#include <startjourneydialog.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace anchor;
using anchor::testing::TestDatabase;

class JourneysWorkspaceTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_client;
    QString m_userId;

    QVariant value(const QString &sql, const QVariantList &binds = {}) { return m_db->scalar(sql, binds); }
    ui::JourneysPage *journeys() { return m_window->journeysPage(); }

    void openWindow()
    {
        m_window = std::make_unique<ui::MainWindow>(m_db->database(), m_userId);
        QSignalSpy painted(m_window.get(), &ui::MainWindow::firstLeadsPagePainted);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(painted.wait(5000));
    }

    QString startJourneyThroughDialog(const QString &callId)
    {
        ui::StartJourneyDialog dialog(m_window->journeysDocument(), callId, m_window.get());
        // The dental template is chosen for a dental client; its steps are previewed.
        if (dialog.templateBox()->currentText() != QStringLiteral("New patient consultation"))
            return QStringLiteral("wrong template: ") + dialog.templateBox()->currentText();
        if (dialog.preview()->topLevelItemCount() != 6)
            return QStringLiteral("wrong preview");
        for (int i = 0; i < dialog.servicesList()->count(); ++i) {
            if (dialog.servicesList()->item(i)->text() == QStringLiteral("Implants"))
                dialog.servicesList()->item(i)->setCheckState(Qt::Checked);
        }
        dialog.accept();
        return dialog.journeyId();
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_client = m_db->addClient(QStringLiteral("Bright Smile Dental"));
        m_db->exec(QStringLiteral("UPDATE client_profiles SET client_type = 'medical', client_subtype = 'dental' WHERE user_id = ?"),
                   {m_client});
        m_userId = storage::UserRepository(m_db->database()).ensureLocalUser();
        for (int i = 0; i < 5; ++i) {
            TestDatabase::Call call{QStringLiteral("call-%1").arg(i), m_client,
                                    QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC).addDays(i).toString(Qt::ISODateWithMs)};
            call.callerName = QStringLiteral("Caller %1").arg(i);
            call.fromNumber = QStringLiteral("+1303555%1").arg(1000 + i);
            call.category = QStringLiteral("very_good");
            m_db->addCall(call);
        }
        openWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_db.reset();
    }

    void startTickOffAndUndo()
    {
        const QString id = startJourneyThroughDialog(QStringLiteral("call-2"));
        QVERIFY2(id.size() == 36, qPrintable(id));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM client_journey_steps WHERE journey_id = ?"), {id}).toInt(), 6);
        QCOMPARE(value(QStringLiteral("SELECT json_extract(symptoms, '$[0]') FROM client_journeys WHERE id = ?"), {id}).toString(),
                 QStringLiteral("Implants"));
        QCOMPARE(value(QStringLiteral("SELECT lead_call_key FROM client_journeys WHERE id = ?"), {id}).toString(), QStringLiteral("call-2"));

        // The journeys section lists it and the detail pane shows its steps.
        m_window->showSection(ui::MainWindow::JourneysSection);
        journeys()->openJourney(id);
        QTRY_COMPARE(journeys()->currentJourneyId(), id);
        QTreeWidget *steps = journeys()->detailPane()->stepsView();
        QTRY_COMPARE(steps->topLevelItemCount(), 6);
        QCOMPARE(steps->topLevelItem(0)->text(1), QStringLiteral("Book the consultation"));

        // Ticking the first step off stores it; the next action moves to the second step.
        steps->topLevelItem(0)->setCheckState(0, Qt::Checked);
        QVERIFY(!value(QStringLiteral("SELECT completed_at FROM client_journey_steps WHERE journey_id = ? AND position = 0"), {id}).isNull());
        QTRY_COMPARE(journeys()->model()->index(0, models::JourneysTableModel::NextStep).data().toString(),
                     QStringLiteral("Send new-patient forms"));
        QCOMPARE(journeys()->model()->index(0, models::JourneysTableModel::Progress).data().toString(), QStringLiteral("1 of 6"));

        // Ctrl+Z takes it back, in the database and on screen.
        m_window->actions()->action(QStringLiteral("edit.undo"))->trigger();
        QVERIFY(value(QStringLiteral("SELECT completed_at FROM client_journey_steps WHERE journey_id = ? AND position = 0"), {id}).isNull());
        QTRY_VERIFY(steps->topLevelItem(0) && steps->topLevelItem(0)->checkState(0) == Qt::Unchecked);

        // The status filter narrows the list in SQL.
        m_window->journeysDocument()->setStatus(id, QStringLiteral("in_progress"));
        auto chooseStatus = [this](const QString &status) {   // as a click in the status menu does
            for (QAction *action : journeys()->statusFilter()->menu()->actions()) {
                if (action->isCheckable() && action->data().toStringList().contains(status))
                    action->trigger();
            }
        };
        chooseStatus(QStringLiteral("lost"));
        QTRY_COMPARE(journeys()->model()->rowCount(), 0);
        chooseStatus(QStringLiteral("lost"));
        chooseStatus(QStringLiteral("in_progress"));
        QTRY_COMPARE(journeys()->model()->rowCount(), 1);

        // The timeline holds the call, the start and the status change, in time order.
        QListWidget *timeline = journeys()->detailPane()->timelineView();
        QTRY_VERIFY(timeline->count() >= 3);
        QVERIFY(timeline->item(0)->text().contains(QStringLiteral("Call")));
        QVERIFY(timeline->item(timeline->count() - 1)->text().contains(QStringLiteral("In progress")));

        // The same lead cannot start a second journey by accident: the dialog makes it a follow-up.
        const QString followUp = startJourneyThroughDialog(QStringLiteral("call-2"));
        QCOMPARE(followUp.size(), 36);
        QCOMPARE(value(QStringLiteral("SELECT parent_journey_id FROM client_journeys WHERE id = ?"), {followUp}).toString(), id);
    }

    void convertRefusesBadMoneyThenMakesAnActiveClient()
    {
        const QString id = startJourneyThroughDialog(QStringLiteral("call-1"));
        QCOMPARE(id.size(), 36);
        ui::ConvertDialog dialog(m_window->journeysDocument(), id, {}, m_window.get());
        QTreeWidget *services = dialog.servicesView();
        QTreeWidgetItem *implants = nullptr;
        for (int i = 0; i < services->topLevelItemCount(); ++i) {
            if (services->topLevelItem(i)->text(0) == QStringLiteral("Implants"))
                implants = services->topLevelItem(i);
        }
        QVERIFY(implants);
        QCOMPARE(implants->checkState(0), Qt::Checked);   // the journey's service is ticked already
        implants->setText(1, QStringLiteral("three grand"));
        dialog.accept();
        QVERIFY(dialog.errorLabel()->isVisibleTo(&dialog));
        QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("three grand")));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM active_clients")).toInt(), 0);
        QCOMPARE(value(QStringLiteral("SELECT status FROM client_journeys WHERE id = ?"), {id}).toString(), QStringLiteral("pending"));

        implants->setText(1, QStringLiteral("$3,250.50"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(value(QStringLiteral("SELECT agreed_price FROM client_services")).toLongLong(), 325050);
        QCOMPARE(value(QStringLiteral("SELECT status FROM client_journeys WHERE id = ?"), {id}).toString(), QStringLiteral("active_client"));
        QCOMPARE(value(QStringLiteral("SELECT score FROM call_logs WHERE call_id = 'call-1'")).toInt(), 5);

        // The active clients section lists the new client with its service and journey.
        m_window->showSection(ui::MainWindow::ActiveClientsSection);
        ui::ActiveClientsPage *clients = m_window->activeClientsPage();
        QTRY_COMPARE(clients->model()->rowCount(), 1);
        QTRY_COMPARE(clients->servicesView()->topLevelItemCount(), 1);
        QCOMPARE(clients->servicesView()->topLevelItem(0)->text(1), QStringLiteral("$3,250.50"));
        QCOMPARE(clients->journeysView()->topLevelItemCount(), 1);

        // Undo takes the whole conversion back.
        m_window->actions()->action(QStringLiteral("edit.undo"))->trigger();
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM active_clients")).toInt(), 0);
        QTRY_COMPARE(clients->model()->rowCount(), 0);
    }

    void leadDetailShowsTheJourney()
    {
        const QString id = startJourneyThroughDialog(QStringLiteral("call-3"));
        QCOMPARE(id.size(), 36);
        m_window->showSection(ui::MainWindow::LeadsSection);
        m_window->leadsPage()->selectCall(QStringLiteral("call-3"));
        auto *strip = m_window->leadsPage()->detailPane()->findChild<ui::LeadJourneyStrip *>();
        QVERIFY(strip);
        QTRY_VERIFY(strip->journeysLabel()->text().contains(id));
        QVERIFY(strip->journeysLabel()->text().contains(QStringLiteral("Implants")));
    }

    void leadJourneyButtonsAreNeverCutOff()
    {
        // In a narrow detail pane the two buttons stack instead of clipping their text.
        m_window->showSection(ui::MainWindow::LeadsSection);
        m_window->leadsPage()->selectCall(QStringLiteral("call-3"));
        auto *strip = m_window->leadsPage()->detailPane()->findChild<ui::LeadJourneyStrip *>();
        QVERIFY(strip);
        const QList<QPushButton *> buttons = strip->findChildren<QPushButton *>();
        QCOMPARE(buttons.size(), 2);
        for (const int width : {180, 600}) {
            strip->resize(width, 300);
            strip->layout()->activate();
            for (QPushButton *button : buttons) {
                QVERIFY2(button->width() >= button->sizeHint().width() || button->width() >= width,
                         qPrintable(QStringLiteral("%1 is %2 wide in a %3 strip").arg(button->text()).arg(button->width()).arg(width)));
                QVERIFY(button->geometry().right() < width);
            }
        }
    }
};

QTEST_MAIN(JourneysWorkspaceTest)
#include "tst_journeysworkspace.moc"
