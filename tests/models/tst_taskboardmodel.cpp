// Task boards below the widgets: every TasksDocument edit done, undone and redone against a real
// database file (read back with SQL), a drop on an archived column refused with nothing written,
// moves keeping positions dense, and the board model (QAbstractItemModelTester on every column)
// loading in two steps, following edits in memory and filtering.
#include "testdatabase.h"

#include <clientrepository.h>
#include <taskboardmodel.h>
#include <taskboardrepository.h>
#include <timestamps.h>
#include <tasksdocument.h>

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>
#include <vector>

using namespace anchor;
using anchor::testing::TestDatabase;

class TaskBoardModelTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<models::TasksDocument> m_document;
    QString m_user;
    QString m_workspace;
    QString m_board;
    QStringList m_groups;   // To do, In progress, Done (Basic Workflow)

    QVariant value(const QString &sql, const QVariantList &binds = {}) { return m_db->scalar(sql, binds); }
    // The names of a column's cards in stored order.
    QString column(const QString &groupId)
    {
        return value(QStringLiteral("SELECT coalesce(group_concat(name, ','), '') FROM (SELECT name FROM task_items "
                                    "WHERE group_id = ? AND archived_at IS NULL ORDER BY position)"),
                     {groupId})
            .toString();
    }
    bool dense(const QString &groupId)
    {
        return value(QStringLiteral("SELECT count(*) = 0 OR (min(position) = 0 AND max(position) = count(*) - 1 "
                                    "AND count(DISTINCT position) = count(*)) FROM task_items "
                                    "WHERE group_id = ? AND archived_at IS NULL"),
                     {groupId})
            .toBool();
    }
    QString add(int group, const QString &name) { return m_document->createItem(m_groups.at(group), name); }
    // Undo then redo the last step, checking the database after each with `check(done)`.
    template<typename Check>
    void undoRedo(Check check)
    {
        check(true);
        m_stack->undo();
        check(false);
        m_stack->redo();
        check(true);
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_user = storage::UserRepository(m_db->database()).ensureLocalUser();
        m_stack = std::make_unique<QUndoStack>();
        m_document = std::make_unique<models::TasksDocument>(m_db->database(), m_user, m_stack.get());
        m_workspace = m_document->createWorkspace(QStringLiteral("Agency"));
        m_board = m_document->createBoard(m_workspace, QStringLiteral("Dental"), QStringLiteral("dent"),
                                          storage::BoardTemplate::BasicWorkflow);
        QVERIFY(!m_board.isEmpty());
        m_groups.clear();
        for (const storage::TaskGroup &group : storage::TaskBoardRepository(m_db->database()).groups(m_board))
            m_groups.append(group.id);
        QCOMPARE(m_groups.size(), 3);
        m_stack->clear();
    }

    void cleanup()
    {
        m_document.reset();
        m_stack.reset();
        m_db.reset();
    }

    void workspaceEditsUndoAndRedo()
    {
        QSignalSpy changed(m_document.get(), &models::TasksDocument::workspacesChanged);
        const QString id = m_document->createWorkspace(QStringLiteral("Roofers"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(changed.size(), 1);
        undoRedo([&](bool done) {
            QCOMPARE(value(QStringLiteral("SELECT deleted_at IS NULL FROM task_workspaces WHERE id = ?"), {id}).toBool(), done);
        });
        QVERIFY(m_document->renameWorkspace(id, QStringLiteral("Roofing team")));
        undoRedo([&](bool done) {
            QCOMPARE(value(QStringLiteral("SELECT name FROM task_workspaces WHERE id = ?"), {id}).toString(),
                     done ? QStringLiteral("Roofing team") : QStringLiteral("Roofers"));
        });
        QVERIFY(m_document->deleteWorkspace(id));
        QCOMPARE(m_stack->undoText(), QStringLiteral("Delete workspace \"Roofing team\""));
        undoRedo([&](bool done) {
            QCOMPARE(value(QStringLiteral("SELECT deleted_at IS NOT NULL FROM task_workspaces WHERE id = ?"), {id}).toBool(), done);
        });
        // A refused edit: nothing pushed, reported.
        QSignalSpy failed(m_document.get(), &models::TasksDocument::editFailed);
        const int steps = m_stack->count();
        QVERIFY(m_document->createWorkspace(QStringLiteral("   ")).isEmpty());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(m_stack->count(), steps);
    }

    void membersUndoAndRedo()
    {
        const QString colleague = storage::newId();
        m_db->exec(QStringLiteral("INSERT INTO users (id, first_name, last_name, email, role) VALUES (?, 'Dana', 'Reyes', 'dana@example.com', 'team')"),
                   {colleague});
        auto role = [&] {
            return value(QStringLiteral("SELECT coalesce((SELECT role FROM task_workspace_memberships WHERE workspace_id = ? AND user_id = ?), '')"),
                         {m_workspace, colleague})
                .toString();
        };
        QVERIFY(m_document->setMember(m_workspace, colleague, QStringLiteral("member")));
        QCOMPARE(m_stack->undoText(), QStringLiteral("Add Dana Reyes to the workspace"));
        undoRedo([&](bool done) { QCOMPARE(role(), done ? QStringLiteral("member") : QString()); });
        QVERIFY(m_document->setMember(m_workspace, colleague, QStringLiteral("admin")));
        undoRedo([&](bool done) { QCOMPARE(role(), done ? QStringLiteral("admin") : QStringLiteral("member")); });
        QVERIFY(m_document->setMember(m_workspace, colleague, QString()));
        undoRedo([&](bool done) { QCOMPARE(role(), done ? QString() : QStringLiteral("admin")); });
        QSignalSpy failed(m_document.get(), &models::TasksDocument::editFailed);
        QVERIFY(!m_document->setMember(m_workspace, colleague, QStringLiteral("owner")));   // not a role
        QCOMPARE(failed.size(), 1);
        QCOMPARE(role(), QString());
    }

    void boardEditsUndoAndRedo()
    {
        // From a template, with a prefix: columns and labels appear, and go with undo.
        const QString board = m_document->createBoard(m_workspace, QStringLiteral("Sales"), QStringLiteral("SAL"),
                                                      storage::BoardTemplate::SalesSprint);
        QVERIFY(!board.isEmpty());
        undoRedo([&](bool done) {
            QCOMPARE(value(QStringLiteral("SELECT deleted_at IS NULL FROM task_boards WHERE id = ?"), {board}).toBool(), done);
        });
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM task_groups WHERE board_id = ?"), {board}).toInt(), 5);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM task_board_status_labels WHERE board_id = ?"), {board}).toInt(), 4);
        QVERIFY(m_document->renameBoard(board, QStringLiteral("Sales sprint 12")));
        undoRedo([&](bool done) {
            QCOMPARE(value(QStringLiteral("SELECT name FROM task_boards WHERE id = ?"), {board}).toString(),
                     done ? QStringLiteral("Sales sprint 12") : QStringLiteral("Sales"));
            QCOMPARE(value(QStringLiteral("SELECT board_prefix FROM task_boards WHERE id = ?"), {board}).toString(), QStringLiteral("SAL"));
        });
        QVERIFY(m_document->deleteBoard(board));
        undoRedo([&](bool done) {
            QCOMPARE(value(QStringLiteral("SELECT deleted_at IS NOT NULL FROM task_boards WHERE id = ?"), {board}).toBool(), done);
        });
        QSignalSpy failed(m_document.get(), &models::TasksDocument::editFailed);
        QVERIFY(m_document->createBoard(m_workspace, QStringLiteral("Bad"), QStringLiteral("no-dash"),
                                        storage::BoardTemplate::Blank).isEmpty());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM task_boards WHERE name = 'Bad'")).toInt(), 0);
    }

    void statusLabelsUndoAndRedo()
    {
        auto labels = [&] {
            return value(QStringLiteral("SELECT group_concat(label || ':' || is_done_state, ',') FROM (SELECT label, is_done_state "
                                        "FROM task_board_status_labels WHERE board_id = ? ORDER BY order_index)"),
                         {m_board})
                .toString();
        };
        const QString before = labels();
        QList<storage::TaskStatusLabel> edited = storage::TaskBoardRepository(m_db->database()).boardLabels(m_board);
        edited.append({QString(), m_board, QStringLiteral("Blocked"), QStringLiteral("#d93025"), 0, false});
        std::swap(edited[0], edited[1]);
        QVERIFY(m_document->saveLabels(m_board, edited));
        const QString after = labels();
        QVERIFY(after.endsWith(QStringLiteral(",Blocked:0")));
        undoRedo([&](bool done) { QCOMPARE(labels(), done ? after : before); });
        // Global labels too.
        QVERIFY(m_document->saveLabels({}, {{QString(), QString(), QStringLiteral("Open"), QStringLiteral("#000000"), 0, false},
                                            {QString(), QString(), QStringLiteral("Closed"), QStringLiteral("#188038"), 1, true}}));
        undoRedo([&](bool done) {
            QCOMPARE(value(QStringLiteral("SELECT count(*) FROM task_global_status_labels WHERE label IN ('Open', 'Closed')")).toInt(),
                     done ? 2 : 0);
        });
        // A repeated label is refused; nothing changes.
        QSignalSpy failed(m_document.get(), &models::TasksDocument::editFailed);
        const int steps = m_stack->count();
        edited.append(edited.first());
        QVERIFY(!m_document->saveLabels(m_board, edited));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(m_stack->count(), steps);
        QCOMPARE(labels(), after);
    }

    void columnEditsUndoAndRedo()
    {
        auto order = [&] {
            return value(QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM task_groups WHERE board_id = ? "
                                        "AND archived_at IS NULL ORDER BY order_index)"),
                         {m_board})
                .toString();
        };
        const QString review = m_document->addGroup(m_board, QStringLiteral("Review"));
        QVERIFY(!review.isEmpty());
        undoRedo([&](bool done) {
            QCOMPARE(order(), done ? QStringLiteral("To do,In progress,Done,Review") : QStringLiteral("To do,In progress,Done"));
        });
        QVERIFY(m_document->renameGroup(m_board, review, QStringLiteral("QA")));
        undoRedo([&](bool done) {
            QCOMPARE(order(), done ? QStringLiteral("To do,In progress,Done,QA") : QStringLiteral("To do,In progress,Done,Review"));
        });
        QVERIFY(m_document->moveGroup(m_board, review, 1));
        undoRedo([&](bool done) {
            QCOMPARE(order(), done ? QStringLiteral("To do,QA,In progress,Done") : QStringLiteral("To do,In progress,Done,QA"));
        });
        QVERIFY(m_document->setGroupArchived(m_board, review, true));
        undoRedo([&](bool done) {
            QCOMPARE(order(), done ? QStringLiteral("To do,In progress,Done") : QStringLiteral("To do,QA,In progress,Done"));
        });
    }

    void cardEditsUndoAndRedo()
    {
        const QString id = add(0, QStringLiteral("Call back Mrs Lee"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(value(QStringLiteral("SELECT item_number FROM task_items WHERE id = ?"), {id}).toInt(), 1);
        QCOMPARE(storage::TaskBoardRepository(m_db->database()).card(id)->key, QStringLiteral("DENT-1"));
        undoRedo([&](bool done) {
            QCOMPARE(value(QStringLiteral("SELECT archived_at IS NULL FROM task_items WHERE id = ?"), {id}).toBool(), done);
        });
        auto field = [&](const char *column) {
            return value(QStringLiteral("SELECT coalesce(%1, '') FROM task_items WHERE id = ?").arg(QLatin1String(column)), {id}).toString();
        };
        QVERIFY(m_document->renameItem(id, QStringLiteral("Call back Mrs Lee today")));
        undoRedo([&](bool done) {
            QCOMPARE(field("name"), done ? QStringLiteral("Call back Mrs Lee today") : QStringLiteral("Call back Mrs Lee"));
        });
        QVERIFY(m_document->setStatus(id, QStringLiteral("In progress")));
        undoRedo([&](bool done) { QCOMPARE(field("status"), done ? QStringLiteral("In progress") : QStringLiteral("Pending")); });
        QVERIFY(m_document->setDueDate(id, QDate(2026, 12, 1)));
        undoRedo([&](bool done) { QCOMPARE(field("due_date"), done ? QStringLiteral("2026-12-01") : QString()); });
        QVERIFY(m_document->setPriority(id, QStringLiteral("urgent")));
        undoRedo([&](bool done) { QCOMPARE(field("priority"), done ? QStringLiteral("urgent") : QStringLiteral("normal")); });
        QVERIFY(m_document->setAssigned(id, m_user, true));
        auto assigned = [&] {
            return value(QStringLiteral("SELECT count(*) FROM task_item_assignees WHERE item_id = ? AND user_id = ?"), {id, m_user}).toInt();
        };
        undoRedo([&](bool done) { QCOMPARE(assigned(), done ? 1 : 0); });
        QVERIFY(m_document->setAssigned(id, m_user, false));
        undoRedo([&](bool done) { QCOMPARE(assigned(), done ? 0 : 1); });

        // Archive keeps the place: undo puts the card back between its neighbours.
        add(0, QStringLiteral("B"));
        m_document->moveItem(id, {m_groups.at(0), 1});
        add(0, QStringLiteral("C"));
        QCOMPARE(column(m_groups.at(0)), QStringLiteral("B,Call back Mrs Lee today,C"));
        QVERIFY(m_document->setArchived(id, true));
        QCOMPARE(m_stack->undoText(), QStringLiteral("Archive task \"Call back Mrs Lee today\""));
        undoRedo([&](bool done) {
            QCOMPARE(column(m_groups.at(0)), done ? QStringLiteral("B,C") : QStringLiteral("B,Call back Mrs Lee today,C"));
            QVERIFY(dense(m_groups.at(0)));
        });
    }

    void movesKeepPositionsDenseAndUndoExactly()
    {
        for (const char *name : {"A1", "A2", "A3", "A4", "A5"})
            add(0, QString::fromLatin1(name));
        for (const char *name : {"B1", "B2"})
            add(1, QString::fromLatin1(name));
        const QString a2 = value(QStringLiteral("SELECT id FROM task_items WHERE name = 'A2'")).toString();
        const QString a5 = value(QStringLiteral("SELECT id FROM task_items WHERE name = 'A5'")).toString();
        QSignalSpy cards(m_document.get(), &models::TasksDocument::cardsChanged);

        // Between columns.
        QVERIFY(m_document->moveItem(a2, {m_groups.at(1), 1}));
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards.first().at(1).toStringList(), QStringList{a2});
        undoRedo([&](bool done) {
            QCOMPARE(column(m_groups.at(0)), done ? QStringLiteral("A1,A3,A4,A5") : QStringLiteral("A1,A2,A3,A4,A5"));
            QCOMPARE(column(m_groups.at(1)), done ? QStringLiteral("B1,A2,B2") : QStringLiteral("B1,B2"));
            QVERIFY(dense(m_groups.at(0)));
            QVERIFY(dense(m_groups.at(1)));
        });
        // Within a column, to the top, then to an empty column.
        QVERIFY(m_document->moveItem(a5, {m_groups.at(0), 0}));
        undoRedo([&](bool done) {
            QCOMPARE(column(m_groups.at(0)), done ? QStringLiteral("A5,A1,A3,A4") : QStringLiteral("A1,A3,A4,A5"));
            QVERIFY(dense(m_groups.at(0)));
        });
        QVERIFY(m_document->moveItem(a5, {m_groups.at(2), 0}));
        undoRedo([&](bool done) {
            QCOMPARE(column(m_groups.at(0)), done ? QStringLiteral("A1,A3,A4") : QStringLiteral("A5,A1,A3,A4"));
            QCOMPARE(column(m_groups.at(2)), done ? QStringLiteral("A5") : QString());
        });
        // Undo everything: the board is as it started.
        while (m_stack->canUndo() && m_stack->index() > 7)
            m_stack->undo();
        QCOMPARE(column(m_groups.at(0)), QStringLiteral("A1,A2,A3,A4,A5"));
        QCOMPARE(column(m_groups.at(1)), QStringLiteral("B1,B2"));
        QCOMPARE(column(m_groups.at(2)), QString());
    }

    void dropOnArchivedColumnIsRefused()
    {
        const QString id = add(0, QStringLiteral("A1"));
        add(2, QStringLiteral("C1"));
        QVERIFY(m_document->setGroupArchived(m_board, m_groups.at(2), true));
        const int steps = m_stack->count();
        QSignalSpy failed(m_document.get(), &models::TasksDocument::editFailed);
        QSignalSpy cards(m_document.get(), &models::TasksDocument::cardsChanged);
        QVERIFY(!m_document->moveItem(id, {m_groups.at(2), 0}));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("archived")));
        QCOMPARE(cards.size(), 0);
        QCOMPARE(m_stack->count(), steps);
        QCOMPARE(value(QStringLiteral("SELECT group_id FROM task_items WHERE id = ?"), {id}).toString(), m_groups.at(0));
        QCOMPARE(value(QStringLiteral("SELECT position FROM task_items WHERE id = ?"), {id}).toInt(), 0);
        QCOMPARE(column(m_groups.at(2)), QStringLiteral("C1"));
        // Nor can a card be added there.
        QVERIFY(add(2, QStringLiteral("C2")).isEmpty());
        QCOMPARE(m_stack->count(), steps);
    }

    void boardModelLoadsFollowsEditsAndFilters()
    {
        // More cards than the first read takes, so the board loads in two steps.
        const int many = models::TaskBoardModel::kFirstCardsPerColumn + 25;
        storage::TaskBoardRepository boards(m_db->database());
        for (int i = 0; i < many; ++i)
            boards.createItem(m_groups.at(0), QStringLiteral("Card %1").arg(i), m_user);
        const QString b1 = boards.createItem(m_groups.at(1), QStringLiteral("Invoice Bright Smile"), m_user);
        boards.setDueDate(b1, QDate::currentDate().addDays(-3));
        boards.setAssigned(b1, m_user, true);
        const QString b2 = boards.createItem(m_groups.at(1), QStringLiteral("Order gloves"), m_user);
        boards.setStatus(b2, QStringLiteral("Complete"));
        boards.setDueDate(b2, QDate::currentDate().addDays(-1));

        models::TaskBoardModel model(m_db->database());
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        connect(&model, &models::TaskBoardModel::columnsReset, this, [&] {
            testers.clear();
            for (models::TaskColumnModel *column : model.columns())
                testers.push_back(std::make_unique<QAbstractItemModelTester>(column, QAbstractItemModelTester::FailureReportingMode::QtTest));
        });
        QSignalSpy reset(&model, &models::TaskBoardModel::columnsReset);
        QSignalSpy loaded(&model, &models::TaskBoardModel::loaded);
        model.load(m_board);
        QVERIFY(model.isLoading());
        QVERIFY(reset.wait(5000));
        QCOMPARE(model.columns().size(), 3);
        QCOMPARE(model.columns().at(0)->rowCount(), models::TaskBoardModel::kFirstCardsPerColumn);   // the first read
        QVERIFY(loaded.wait(5000));
        QVERIFY(!model.isLoading());
        models::TaskColumnModel *todo = model.columns().at(0);
        models::TaskColumnModel *doing = model.columns().at(1);
        QCOMPARE(todo->rowCount(), many);
        QCOMPARE(todo->index(many - 1).data().toString(), QStringLiteral("Card %1").arg(many - 1));
        QCOMPARE(todo->index(0).data(models::TaskColumnModel::KeyRole).toString(), QStringLiteral("DENT-1"));
        QCOMPARE(doing->index(0).data(models::TaskColumnModel::AssigneeInitialsRole).toStringList().size(), 1);
        QCOMPARE(doing->index(1).data(models::TaskColumnModel::StatusColorRole).toString(), QStringLiteral("#188038"));
        QCOMPARE(model.totalCards(), many + 2);

        // An edit reaches the model through the document, without a reload.
        connect(m_document.get(), &models::TasksDocument::cardsChanged, &model,
                [&](const QString &, const QStringList &ids) { model.refreshCards(ids); });
        const QString card3 = todo->index(3).data(models::TaskColumnModel::ItemIdRole).toString();
        QVERIFY(m_document->moveItem(card3, model.dropPlace(1, 1, card3)));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(todo->rowCount(), many - 1);
        QCOMPARE(doing->rowCount(), 3);
        QCOMPARE(doing->index(1).data(models::TaskColumnModel::ItemIdRole).toString(), card3);
        QCOMPARE(value(QStringLiteral("SELECT position FROM task_items WHERE id = ?"), {card3}).toInt(), 1);
        m_stack->undo();
        QCOMPARE(todo->index(3).data(models::TaskColumnModel::ItemIdRole).toString(), card3);
        QCOMPARE(doing->rowCount(), 2);
        // Within a column: dropped before row 6 it lands at index 5 (it left index 3 above).
        QCOMPARE(model.dropPlace(0, 6, card3).position, 5);
        QCOMPARE(model.dropPlace(0, 3, card3).position, 3);   // on itself: stays
        QCOMPARE(model.dropPlace(0, todo->rowCount(), card3).position, many - 1);
        QVERIFY(m_document->moveItem(card3, model.dropPlace(0, 6, card3)));
        QCOMPARE(todo->index(5).data(models::TaskColumnModel::ItemIdRole).toString(), card3);
        QCOMPARE(value(QStringLiteral("SELECT position FROM task_items WHERE id = ?"), {card3}).toInt(), 5);
        QVERIFY(m_document->renameItem(card3, QStringLiteral("Renamed")));
        QCOMPARE(todo->index(5).data().toString(), QStringLiteral("Renamed"));
        const QString added = m_document->createItem(m_groups.at(2), QStringLiteral("Quick"));
        QCOMPARE(model.columns().at(2)->rowCount(), 1);
        m_stack->undo();   // the add
        QCOMPARE(model.columns().at(2)->rowCount(), 0);
        Q_UNUSED(added);

        // Filters, in memory.
        storage::TaskFilter filter;
        filter.text = QStringLiteral("invoice");
        model.setFilter(filter);
        QCOMPARE(todo->rowCount(), 0);
        QCOMPARE(doing->rowCount(), 1);
        filter = {};
        filter.due = storage::TaskFilter::Due::Overdue;   // a done card is never overdue
        model.setFilter(filter);
        QCOMPARE(doing->rowCount(), 1);
        QCOMPARE(doing->index(0).data(models::TaskColumnModel::ItemIdRole).toString(), b1);
        filter = {};
        filter.assigneeId = m_user;
        model.setFilter(filter);
        QCOMPARE(todo->rowCount() + doing->rowCount(), 1);
        filter = {};
        filter.statuses = {QStringLiteral("Complete")};
        model.setFilter(filter);
        QCOMPARE(doing->rowCount(), 1);
        QCOMPARE(doing->index(0).data(models::TaskColumnModel::ItemIdRole).toString(), b2);
        // A drop while filtered still lands among all cards: before "Order gloves" is index 1.
        QCOMPARE(model.dropPlace(1, 0, card3).position, 1);
        // An edit taking a card out of the filter removes its row.
        QVERIFY(m_document->setStatus(b2, QStringLiteral("Pending")));
        QCOMPARE(doing->rowCount(), 0);
        m_stack->undo();
        QCOMPARE(doing->rowCount(), 1);
        filter = {};
        filter.due = storage::TaskFilter::Due::None;
        model.setFilter(filter);
        QCOMPARE(doing->rowCount(), 0);
        QCOMPARE(todo->rowCount(), many);
        model.setFilter({});
        QCOMPARE(doing->rowCount(), 2);

        // A column change reloads the columns.
        QVERIFY(m_document->addGroup(m_board, QStringLiteral("Review")).size() > 0);
        model.reload();
        QVERIFY(reset.wait(5000));
        QCOMPARE(model.columns().size(), 4);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.totalCards(), many + 2);
    }

    void columnMimeRoundTrip()
    {
        const QString id = add(0, QStringLiteral("Drag me"));
        models::TaskBoardModel model(m_db->database());
        QSignalSpy loaded(&model, &models::TaskBoardModel::loaded);
        model.load(m_board);
        QVERIFY(loaded.wait(5000));
        models::TaskColumnModel *source = model.columns().at(0);
        models::TaskColumnModel *target = model.columns().at(1);
        std::unique_ptr<QMimeData> mime(source->mimeData({source->index(0)}));
        QCOMPARE(models::TaskColumnModel::itemIdsOf(mime.get()), QStringList{id});
        QSignalSpy dropped(target, &models::TaskColumnModel::cardsDropped);
        QVERIFY(target->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
        QVERIFY(!target->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));   // the database moves it, not the model
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.first().at(0).toStringList(), QStringList{id});
        QCOMPARE(dropped.first().at(1).toInt(), 0);
        QVERIFY(!(source->flags(source->index(0)) & Qt::ItemIsDropEnabled));
    }
};

QTEST_GUILESS_MAIN(TaskBoardModelTest)
#include "tst_taskboardmodel.moc"
