// The Tasks section as a user drives it, on the offscreen platform: dragging cards between and
// within columns (through the views' drag-and-drop event path: the mime data the source view
// would carry, dropped on the target view's viewport), the keyboard (Ctrl+arrows, N, Enter,
// Delete, Left/Right), quick add, column reordering, the filter bar, and undo. Every test reads
// task_items from the database afterwards.
#include "testdatabase.h"

#include <actionregistry.h>
#include <clientrepository.h>
#include <multiselectbutton.h>
#include <statuslabelsdialog.h>
#include <taskboardmodel.h>
#include <taskboardpage.h>
#include <taskboardrepository.h>
#include <taskmembersdialog.h>
#include <tasksdocument.h>
#include <timestamps.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace anchor;
using anchor::testing::TestDatabase;

class TaskBoardTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<models::TasksDocument> m_document;
    std::unique_ptr<ui::ActionRegistry> m_actions;
    std::unique_ptr<ui::TaskBoardPage> m_page;
    QString m_user;
    QString m_board;
    QStringList m_groups;

    QVariant value(const QString &sql, const QVariantList &binds = {}) { return m_db->scalar(sql, binds); }
    QString idOf(const QString &name)
    {
        return value(QStringLiteral("SELECT id FROM task_items WHERE name = ?"), {name}).toString();
    }
    QString groupOf(const QString &name)
    {
        return value(QStringLiteral("SELECT group_id FROM task_items WHERE name = ?"), {name}).toString();
    }
    int positionOf(const QString &name)
    {
        return value(QStringLiteral("SELECT position FROM task_items WHERE name = ?"), {name}).toInt();
    }
    QString column(int group)
    {
        return value(QStringLiteral("SELECT coalesce(group_concat(name, ','), '') FROM (SELECT name FROM task_items "
                                    "WHERE group_id = ? AND archived_at IS NULL ORDER BY position)"),
                     {m_groups.at(group)})
            .toString();
    }
    QListView *view(int column) { return m_page->columnViews().at(column); }
    QString shown(int column)
    {
        QStringList names;
        QAbstractItemModel *model = view(column)->model();
        for (int row = 0; row < model->rowCount(); ++row)
            names.append(model->index(row, 0).data().toString());
        return names.join(u',');
    }

    // What a mouse drag does once the card leaves its view: the target viewport receives enter,
    // move and drop with the source model's mime data, at the drop point.
    static void dragCard(QListView *source, int row, QListView *target, const QPoint &at)
    {
        std::unique_ptr<QMimeData> mime(source->model()->mimeData({source->model()->index(row, 0)}));
        QWidget *viewport = target->viewport();
        QDragEnterEvent enter(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(at), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
    }
    // A point in the upper part of a row (a drop before it), or below the last row.
    static QPoint before(QListView *view, int row)
    {
        if (row >= view->model()->rowCount()) {
            const QRect last = view->model()->rowCount() > 0
                ? view->visualRect(view->model()->index(view->model()->rowCount() - 1, 0))
                : QRect(0, 0, view->viewport()->width(), 0);
            return {last.center().x(), last.bottom() + 10};
        }
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        return {rect.center().x(), rect.top() + rect.height() / 4};
    }
    void focusCard(int column, int row)
    {
        view(column)->setFocus();
        view(column)->setCurrentIndex(view(column)->model()->index(row, 0));
        QTRY_VERIFY(view(column)->hasFocus());
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_user = storage::UserRepository(m_db->database()).ensureLocalUser();
        m_stack = std::make_unique<QUndoStack>();
        m_document = std::make_unique<models::TasksDocument>(m_db->database(), m_user, m_stack.get());
        m_actions = std::make_unique<ui::ActionRegistry>();
        const QString workspace = m_document->createWorkspace(QStringLiteral("Agency"));
        m_board = m_document->createBoard(workspace, QStringLiteral("Dental"), QStringLiteral("DENT"),
                                          storage::BoardTemplate::BasicWorkflow);
        m_groups.clear();
        for (const storage::TaskGroup &group : storage::TaskBoardRepository(m_db->database()).groups(m_board))
            m_groups.append(group.id);
        for (const char *name : {"A1", "A2", "A3"})
            m_document->createItem(m_groups.at(0), QString::fromLatin1(name));
        for (const char *name : {"B1", "B2"})
            m_document->createItem(m_groups.at(1), QString::fromLatin1(name));
        m_stack->clear();

        m_page = std::make_unique<ui::TaskBoardPage>(m_document.get(), m_actions.get());
        m_page->resize(1100, 700);
        QSignalSpy painted(m_page.get(), &ui::TaskBoardPage::firstBoardPainted);
        m_page->show();
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        if (painted.isEmpty())
            QVERIFY(painted.wait(5000));
        QTRY_VERIFY(!m_page->model()->isLoading());
        QCOMPARE(m_page->boardId(), m_board);
        QCOMPARE(m_page->columnViews().size(), 3);
        QCOMPARE(shown(0), QStringLiteral("A1,A2,A3"));
    }

    void cleanup()
    {
        m_page.reset();
        m_actions.reset();
        m_document.reset();
        m_stack.reset();
        m_db.reset();
    }

    void dragCardBetweenColumnsAndUndo()
    {
        // A2 onto the upper part of B2: it lands between B1 and B2.
        dragCard(view(0), 1, view(1), before(view(1), 1));
        QCOMPARE(groupOf(QStringLiteral("A2")), m_groups.at(1));
        QCOMPARE(positionOf(QStringLiteral("A2")), 1);
        QCOMPARE(positionOf(QStringLiteral("B2")), 2);
        QCOMPARE(positionOf(QStringLiteral("A3")), 1);   // its old column closed the gap
        QCOMPARE(shown(0), QStringLiteral("A1,A3"));
        QCOMPARE(shown(1), QStringLiteral("B1,A2,B2"));
        QCOMPARE(m_page->currentItemId(), idOf(QStringLiteral("A2")));
        QCOMPARE(m_stack->undoText(), QStringLiteral("Move task \"A2\""));

        m_stack->undo();
        QCOMPARE(column(0), QStringLiteral("A1,A2,A3"));
        QCOMPARE(column(1), QStringLiteral("B1,B2"));
        QCOMPARE(shown(0), QStringLiteral("A1,A2,A3"));
        m_stack->redo();
        QCOMPARE(column(1), QStringLiteral("B1,A2,B2"));

        // Onto the empty third column.
        dragCard(view(1), 0, view(2), before(view(2), 0));
        QCOMPARE(groupOf(QStringLiteral("B1")), m_groups.at(2));
        QCOMPARE(positionOf(QStringLiteral("B1")), 0);
        QCOMPARE(column(1), QStringLiteral("A2,B2"));
    }

    void dragCardWithinColumn()
    {
        dragCard(view(0), 0, view(0), before(view(0), 3));   // A1 below A3
        QCOMPARE(column(0), QStringLiteral("A2,A3,A1"));
        QCOMPARE(shown(0), QStringLiteral("A2,A3,A1"));
        dragCard(view(0), 2, view(0), before(view(0), 1));   // back between A2 and A3
        QCOMPARE(column(0), QStringLiteral("A2,A1,A3"));
        m_stack->undo();
        m_stack->undo();
        QCOMPARE(column(0), QStringLiteral("A1,A2,A3"));
        QCOMPARE(shown(0), QStringLiteral("A1,A2,A3"));
    }

    void dropOnArchivedColumnIsRefused()
    {
        // The column is archived behind the board's back (another window): the drop is refused.
        storage::TaskBoardRepository(m_db->database()).setGroupArchived(m_groups.at(1), true);
        QSignalSpy messages(m_page.get(), &ui::TaskBoardPage::statusMessage);
        dragCard(view(0), 0, view(1), before(view(1), 0));
        QCOMPARE(column(0), QStringLiteral("A1,A2,A3"));
        QCOMPARE(m_stack->count(), 0);
        QVERIFY(!messages.isEmpty());
        QVERIFY(messages.last().first().toString().contains(QStringLiteral("archived")));
    }

    void keyboardMovesCards()
    {
        focusCard(0, 1);   // A2
        QTest::keyClick(view(0), Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(groupOf(QStringLiteral("A2")), m_groups.at(1));
        QCOMPARE(positionOf(QStringLiteral("A2")), 1);
        QVERIFY(view(1)->hasFocus());   // the keyboard follows the card
        QCOMPARE(m_page->currentItemId(), idOf(QStringLiteral("A2")));
        QTest::keyClick(view(1), Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(groupOf(QStringLiteral("A2")), m_groups.at(2));
        QTest::keyClick(view(2), Qt::Key_Right, Qt::ControlModifier);   // no column further right
        QCOMPARE(groupOf(QStringLiteral("A2")), m_groups.at(2));
        QTest::keyClick(view(2), Qt::Key_Left, Qt::ControlModifier);
        QTest::keyClick(view(1), Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(groupOf(QStringLiteral("A2")), m_groups.at(0));
        QCOMPARE(column(0), QStringLiteral("A2,A1,A3"));   // it keeps its row: the top, from column 3

        // Within the column.
        QTest::keyClick(view(0), Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(column(0), QStringLiteral("A1,A2,A3"));
        QTest::keyClick(view(0), Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(column(0), QStringLiteral("A1,A3,A2"));
        QTest::keyClick(view(0), Qt::Key_Down, Qt::ControlModifier);   // already last
        QCOMPARE(column(0), QStringLiteral("A1,A3,A2"));
        QTest::keyClick(view(0), Qt::Key_Up, Qt::ControlModifier);
        QTest::keyClick(view(0), Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(column(0), QStringLiteral("A2,A1,A3"));
        QCOMPARE(m_page->currentItemId(), idOf(QStringLiteral("A2")));

        // Every step is undoable, back to the start.
        while (m_stack->canUndo())
            m_stack->undo();
        QCOMPARE(column(0), QStringLiteral("A1,A2,A3"));
        QCOMPARE(column(1), QStringLiteral("B1,B2"));
        QCOMPARE(shown(0), QStringLiteral("A1,A2,A3"));

        // Plain Left/Right walk between columns.
        focusCard(0, 2);
        QTest::keyClick(view(0), Qt::Key_Right);
        QVERIFY(view(1)->hasFocus());
        QCOMPARE(view(1)->currentIndex().row(), 1);   // the nearest row
    }

    void quickAddOpenAndArchive()
    {
        focusCard(1, 0);
        QTest::keyClick(view(1), Qt::Key_N);
        QLineEdit *field = m_page->quickAddFields().at(1);
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, "Order gloves");
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(column(1), QStringLiteral("B1,B2,Order gloves"));
        QCOMPARE(value(QStringLiteral("SELECT item_number FROM task_items WHERE name = 'Order gloves'")).toInt(), 6);
        QCOMPARE(shown(1), QStringLiteral("B1,B2,Order gloves"));
        QVERIFY(field->text().isEmpty());
        QVERIFY(field->hasFocus());   // ready for the next one
        QTest::keyClick(field, Qt::Key_Return);   // empty: nothing added
        QCOMPARE(m_stack->count(), 1);

        // Enter opens the card.
        QSignalSpy open(m_page.get(), &ui::TaskBoardPage::openItemRequested);
        focusCard(1, 2);
        QTest::keyClick(view(1), Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), idOf(QStringLiteral("Order gloves")));

        // Delete archives; undo brings it back to its place.
        focusCard(1, 0);
        QTest::keyClick(view(1), Qt::Key_Delete);
        QCOMPARE(column(1), QStringLiteral("B2,Order gloves"));
        QVERIFY(!value(QStringLiteral("SELECT archived_at FROM task_items WHERE name = 'B1'")).isNull());
        QCOMPARE(shown(1), QStringLiteral("B2,Order gloves"));
        m_stack->undo();
        QCOMPARE(column(1), QStringLiteral("B1,B2,Order gloves"));
        QCOMPARE(shown(1), QStringLiteral("B1,B2,Order gloves"));
        m_stack->undo();   // the quick add
        QCOMPARE(column(1), QStringLiteral("B1,B2"));
        QCOMPARE(shown(1), QStringLiteral("B1,B2"));
    }

    void columnsReorder()
    {
        auto order = [&] {
            return value(QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM task_groups WHERE board_id = ? "
                                        "ORDER BY order_index)"),
                         {m_board})
                .toString();
        };
        focusCard(0, 0);
        QTest::keyClick(view(0), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(m_page->model()->columns().size(), 3);
        QCOMPARE(order(), QStringLiteral("In progress,To do,Done"));
        QTRY_VERIFY(!m_page->model()->isLoading());
        QCOMPARE(m_page->model()->columns().at(1)->groupId(), m_groups.at(0));
        QTRY_COMPARE(m_page->currentItemId(), idOf(QStringLiteral("A1")));
        m_stack->undo();
        QCOMPARE(order(), QStringLiteral("To do,In progress,Done"));
        QTRY_COMPARE(m_page->model()->columns().at(0)->groupId(), m_groups.at(0));

        // Dragging a header: "Done" dropped left of the first column.
        QTRY_COMPARE(m_page->columnViews().size(), 3);
        QMimeData mime;
        mime.setData(QStringLiteral("application/x-anchor-task-group"), m_groups.at(2).toUtf8());
        QWidget *host = m_page->columnsHost();
        const QPoint at(5, 20);
        QDragEnterEvent enter(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(host, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(host, &drop);
        QTRY_COMPARE(order(), QStringLiteral("Done,To do,In progress"));
        QTRY_COMPARE(m_page->model()->columns().at(0)->groupId(), m_groups.at(2));
    }

    void filterBar()
    {
        m_document->setDueDate(idOf(QStringLiteral("B2")), QDate::currentDate().addDays(-2));
        m_document->setAssigned(idOf(QStringLiteral("A3")), m_user, true);
        QTest::keyClicks(m_page->searchField(), "a");
        QTRY_COMPARE(shown(0), QStringLiteral("A1,A2,A3"));
        QTRY_COMPARE(shown(1), QString());
        m_page->searchField()->clear();
        QTRY_COMPARE(shown(1), QStringLiteral("B1,B2"));
        m_page->dueFilter()->setCurrentIndex(m_page->dueFilter()->findData(int(storage::TaskFilter::Due::Overdue)));
        QCOMPARE(shown(0), QString());
        QCOMPARE(shown(1), QStringLiteral("B2"));
        m_page->dueFilter()->setCurrentIndex(0);
        m_page->assigneeFilter()->setCurrentIndex(m_page->assigneeFilter()->findData(m_user));
        QCOMPARE(shown(0), QStringLiteral("A3"));
        // A drop while filtered lands among all cards: A3 before B2 goes between B1 and B2.
        m_page->assigneeFilter()->setCurrentIndex(0);
        m_page->statusFilter()->setSelectedIds({QStringLiteral("Pending")});
        QTRY_COMPARE(shown(1), QStringLiteral("B1,B2"));
        m_page->searchField()->setText(QStringLiteral("B2"));
        QTRY_COMPARE(shown(1), QStringLiteral("B2"));
        m_page->searchField()->setText(QStringLiteral("A3"));
        QTRY_COMPARE(shown(0), QStringLiteral("A3"));
        m_page->searchField()->clear();
        QTRY_COMPARE(shown(0), QStringLiteral("A1,A2,A3"));
    }

    void dialogsSaveUndoably()
    {
        ui::StatusLabelsDialog labels(m_document.get(), m_board, QStringLiteral("Dental"));
        QCOMPARE(labels.table()->rowCount(), 3);
        labels.table()->item(0, 0)->setText(QStringLiteral("Open"));
        labels.accept();
        QCOMPARE(labels.result(), int(QDialog::Accepted));
        QCOMPARE(value(QStringLiteral("SELECT label FROM task_board_status_labels WHERE board_id = ? AND order_index = 0"), {m_board})
                     .toString(),
                 QStringLiteral("Open"));
        m_stack->undo();
        QCOMPARE(value(QStringLiteral("SELECT label FROM task_board_status_labels WHERE board_id = ? AND order_index = 0"), {m_board})
                     .toString(),
                 QStringLiteral("Pending"));

        const QString colleague = storage::newId();
        m_db->exec(QStringLiteral("INSERT INTO users (id, first_name, email, role) VALUES (?, 'Dana', 'dana@example.com', 'team')"),
                   {colleague});
        const QString workspace = m_page->workspaceId();
        ui::TaskMembersDialog members(m_document.get(), workspace, QStringLiteral("Agency"));
        members.setRole(colleague, QStringLiteral("admin"));
        members.accept();
        QCOMPARE(value(QStringLiteral("SELECT role FROM task_workspace_memberships WHERE user_id = ?"), {colleague}).toString(),
                 QStringLiteral("admin"));
        m_stack->undo();
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM task_workspace_memberships WHERE user_id = ?"), {colleague}).toInt(), 0);
    }

    void deletedBoardLeavesThePickersAndComesBack()
    {
        const QString other = m_document->createBoard(m_page->workspaceId(), QStringLiteral("Roofing"), {},
                                                      storage::BoardTemplate::ProjectDelivery);
        QTRY_COMPARE(m_page->boardPicker()->count(), 2);
        m_page->showBoard(other);
        QTRY_COMPARE(m_page->columnViews().size(), 5);
        QVERIFY(m_document->deleteBoard(other));
        QTRY_COMPARE(m_page->boardPicker()->count(), 1);
        QTRY_COMPARE(m_page->boardId(), m_board);
        m_stack->undo();
        QTRY_COMPARE(m_page->boardPicker()->count(), 2);
    }
};

QTEST_MAIN(TaskBoardTest)
#include "tst_taskboard.moc"
