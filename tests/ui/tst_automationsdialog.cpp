// The automations dialog on the offscreen platform: it lists a board's and the global
// automations, adds one through the editor (saved at once), switches one off, refuses a wrong
// one with the editor left open and nothing saved, and shows the recent runs with their errors.
#include "testdatabase.h"

#include <automationsdialog.h>
#include <clientrepository.h>
#include <taskautomationengine.h>
#include <taskboardrepository.h>

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace anchor;
using anchor::testing::TestDatabase;
namespace ta = anchor::storage::taskautomation;

class AutomationsDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsAddsSwitchesAndShowsRuns()
    {
        TestDatabase db;
        const QString user = storage::UserRepository(db.database()).ensureLocalUser();
        storage::TaskBoardRepository boards(db.database());
        const QString board = boards.createBoard(boards.createWorkspace(QStringLiteral("Agency"), user), QStringLiteral("Dental"),
                                                 QStringLiteral("DENT"), storage::BoardTemplate::BasicWorkflow, user);
        storage::TaskAutomationRepository repository(db.database());
        storage::TaskAutomation global;
        global.name = QStringLiteral("Archive complete");
        global.triggerType = ta::StatusChanged;
        global.triggerConfig = {{QStringLiteral("to"), QStringLiteral("Complete")}};
        global.actionType = ta::Archive;
        repository.save(global);

        ui::AutomationsDialog dialog(db.database(), board, nullptr);
        QCOMPARE(dialog.automationList()->topLevelItemCount(), 1);
        QCOMPARE(dialog.automationList()->topLevelItem(0)->text(2), QStringLiteral("All boards"));

        // Add through the editor, with its first choices: status changes to "Pending" -> move to "To do".
        QTimer::singleShot(0, [] {
            auto *editor = qobject_cast<ui::AutomationEditor *>(QApplication::activeModalWidget());
            QVERIFY(editor);
            editor->findChild<QLineEdit *>()->setText(QStringLiteral("Follow the status"));
            editor->accept();
        });
        const auto add = dialog.findChildren<QPushButton *>();
        for (QPushButton *button : add)
            if (button->text() == QStringLiteral("&Add..."))
                button->click();
        QCOMPARE(repository.boardAutomations(board).size(), 1);
        QCOMPARE(repository.boardAutomations(board).first().name, QStringLiteral("Follow the status"));
        QCOMPARE(dialog.automationList()->topLevelItemCount(), 2);

        // Switch the selected one off.
        dialog.automationList()->setCurrentItem(dialog.automationList()->topLevelItem(0));
        for (QPushButton *button : add)
            if (button->text() == QStringLiteral("&Switch Off"))
                button->click();
        QVERIFY(!repository.boardAutomations(board).first().active);

        // A run with an error shows in the recent runs.
        repository.setActive(repository.boardAutomations(board).first().id, true);
        const QString item = boards.createItem(boards.groups(board).at(1).id, QStringLiteral("Task"), user);
        boards.setGroupArchived(boards.groups(board).first().id, true);
        storage::TaskAutomationEngine(db.database(), user)
            .processEvent({ta::StatusChanged, item, {{QStringLiteral("to"), QStringLiteral("Pending")}}});
        for (QPushButton *button : add)
            if (button->text() == QStringLiteral("&Refresh Runs"))
                button->click();
        QCOMPARE(dialog.runList()->topLevelItemCount(), 1);
        QCOMPARE(dialog.runList()->topLevelItem(0)->text(3), QStringLiteral("Error"));
        QVERIFY(dialog.runList()->topLevelItem(0)->text(4).contains(QStringLiteral("archived")));
    }

    void editorRefusesAWrongAutomation()
    {
        TestDatabase db;
        const QString user = storage::UserRepository(db.database()).ensureLocalUser();
        storage::TaskBoardRepository boards(db.database());
        const QString board = boards.createBoard(boards.createWorkspace(QStringLiteral("Agency"), user), QStringLiteral("Dental"),
                                                 {}, storage::BoardTemplate::BasicWorkflow, user);
        storage::TaskAutomation automation;
        automation.boardId = board;
        automation.triggerType = ta::ItemCreated;
        automation.actionType = ta::Notify;
        ui::AutomationEditor editor(db.database(), board, automation, nullptr);
        editor.findChild<QLineEdit *>()->setText(QStringLiteral("No message"));
        // The warning box is closed as soon as it shows.
        QTimer::singleShot(0, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        editor.accept();
        QVERIFY(editor.savedId().isEmpty());
        QCOMPARE(db.scalar("SELECT count(*) FROM task_board_automations").toInt(), 0);
    }
};

QTEST_MAIN(AutomationsDialogTest)
#include "tst_automationsdialog.moc"
