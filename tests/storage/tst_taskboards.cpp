// The task board repository against a real database file: boards from templates, dense
// positions through every move, refusals that write nothing, numbering, labels, archiving.
#include "testdatabase.h"

#include <clientrepository.h>
#include <storageerror.h>
#include <taskboardrepository.h>

#include <QTest>

using namespace anchor;
using anchor::storage::StorageError;
using anchor::testing::TestDatabase;

class TaskBoardsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_user;
    QString m_board;
    QList<storage::TaskGroup> m_groups;

    storage::TaskBoardRepository repo() { return storage::TaskBoardRepository(m_db->database()); }

    // "name:position" of each card in a column, in stored order.
    QStringList column(const QString &groupId)
    {
        QStringList result;
        for (const storage::TaskCard &card : repo().cards(m_board)) {
            if (card.groupId == groupId)
                result << QStringLiteral("%1:%2").arg(card.name).arg(card.position);
        }
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_user = storage::UserRepository(m_db->database()).ensureLocalUser();
        const QString workspace = repo().createWorkspace(QStringLiteral("Agency"), m_user);
        m_board = repo().createBoard(workspace, QStringLiteral("Dental"), QStringLiteral("dent"),
                                     storage::BoardTemplate::BasicWorkflow, m_user);
        m_groups = repo().groups(m_board);
    }

    void cleanup() { m_db.reset(); }

    void templateMakesColumnsAndLabels()
    {
        QCOMPARE(m_groups.size(), 3);
        QCOMPARE(m_groups.at(0).name, QStringLiteral("To do"));
        QCOMPARE(m_groups.at(2).name, QStringLiteral("Done"));
        const QList<storage::TaskStatusLabel> labels = repo().statusLabels(m_board);
        QCOMPARE(labels.size(), 3);
        QVERIFY(labels.last().isDone);
        QCOMPARE(repo().board(m_board)->prefix, QStringLiteral("DENT"));   // upper-cased
        QCOMPARE(repo().members(repo().board(m_board)->workspaceId).size(), 1);   // the creator, as admin
        QVERIFY_THROWS_EXCEPTION(StorageError, repo().createBoard(repo().board(m_board)->workspaceId, QStringLiteral("X"),
                                                                  QStringLiteral("no spaces"), storage::BoardTemplate::Blank, m_user));
    }

    void itemsAreNumberedPerBoardWithKeys()
    {
        const QString a = repo().createItem(m_groups.at(0).id, QStringLiteral("Call back"), m_user);
        const QString b = repo().createItem(m_groups.at(1).id, QStringLiteral("Send forms"), m_user);
        QCOMPARE(repo().card(a)->key, QStringLiteral("DENT-1"));
        QCOMPARE(repo().card(b)->key, QStringLiteral("DENT-2"));
        QCOMPARE(repo().card(a)->status, QStringLiteral("Pending"));   // the board's first label
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT board_id FROM task_items WHERE id = ?"), {a}).toString(), m_board);
    }

    void movesKeepPositionsDense()
    {
        const QString todo = m_groups.at(0).id;
        const QString doing = m_groups.at(1).id;
        QStringList ids;
        for (const char *name : {"a", "b", "c", "d"})
            ids << repo().createItem(todo, QString::fromLatin1(name), m_user);
        QCOMPARE(column(todo), (QStringList{"a:0", "b:1", "c:2", "d:3"}));

        // Within a column, down and up.
        QCOMPARE(repo().moveItem(ids.at(0), {todo, 2}), (storage::TaskPlace{todo, 0}));
        QCOMPARE(column(todo), (QStringList{"b:0", "c:1", "a:2", "d:3"}));
        repo().moveItem(ids.at(3), {todo, 0});
        QCOMPARE(column(todo), (QStringList{"d:0", "b:1", "c:2", "a:3"}));

        // Between columns, then back where it was (what undo does).
        const storage::TaskPlace from = repo().moveItem(ids.at(1), {doing, 0});
        QCOMPARE(column(todo), (QStringList{"d:0", "c:1", "a:2"}));
        QCOMPARE(column(doing), (QStringList{"b:0"}));
        repo().moveItem(ids.at(1), from);
        QCOMPARE(column(todo), (QStringList{"d:0", "b:1", "c:2", "a:3"}));
        QCOMPARE(column(doing), QStringList());

        // A position past the end lands at the end.
        repo().moveItem(ids.at(0), {doing, 99});
        QCOMPARE(column(doing), (QStringList{"a:0"}));
    }

    void archivedColumnRefusesDropsAndWritesNothing()
    {
        const QString item = repo().createItem(m_groups.at(0).id, QStringLiteral("Call back"), m_user);
        repo().setGroupArchived(m_groups.at(2).id, true);
        const QString before = m_db->scalar(QStringLiteral("SELECT group_id || '/' || position || '/' || updated_at FROM task_items WHERE id = ?"),
                                            {item}).toString();
        try {
            repo().moveItem(item, {m_groups.at(2).id, 0});
            QFAIL("a drop on an archived column was accepted");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::Constraint);
            QVERIFY(error.message().contains(QStringLiteral("archived")));
        }
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT group_id || '/' || position || '/' || updated_at FROM task_items WHERE id = ?"),
                              {item}).toString(), before);
        QVERIFY_THROWS_EXCEPTION(StorageError, repo().createItem(m_groups.at(2).id, QStringLiteral("x"), m_user));
        QCOMPARE(repo().groups(m_board).size(), 2);          // hidden from the board
        QCOMPARE(repo().groups(m_board, true).size(), 3);    // still stored
    }

    void archivingAnItemClosesTheGapAndRestoringReopensIt()
    {
        const QString todo = m_groups.at(0).id;
        QStringList ids;
        for (const char *name : {"a", "b", "c"})
            ids << repo().createItem(todo, QString::fromLatin1(name), m_user);
        repo().setArchived(ids.at(1), true, m_user);
        QCOMPARE(column(todo), (QStringList{"a:0", "c:1"}));
        repo().setArchived(ids.at(1), false, m_user);
        QCOMPARE(column(todo), (QStringList{"a:0", "b:1", "c:2"}));
    }

    void columnsReorderDensely()
    {
        repo().moveGroup(m_groups.at(2).id, 0);
        const QList<storage::TaskGroup> groups = repo().groups(m_board);
        QCOMPARE(groups.at(0).name, QStringLiteral("Done"));
        QCOMPARE(groups.at(0).orderIndex, 0);
        QCOMPARE(groups.at(2).orderIndex, 2);
    }

    void labelsAreBoardsElseGlobal()
    {
        const QString workspace = repo().board(m_board)->workspaceId;
        const QString blank = repo().createBoard(workspace, QStringLiteral("Blank"), {}, storage::BoardTemplate::Blank, m_user);
        QCOMPARE(repo().statusLabels(blank).size(), 3);   // seed 000's pending, in progress, complete
        repo().saveLabels({}, {{{}, {}, QStringLiteral("Open"), QStringLiteral("#000000"), 0, false},
                               {{}, {}, QStringLiteral("Closed"), QStringLiteral("#188038"), 1, true}});
        QCOMPARE(repo().statusLabels(blank).size(), 2);
        QVERIFY_THROWS_EXCEPTION(StorageError, repo().saveLabels(m_board, {{{}, {}, QStringLiteral("A"), {}, 0, false},
                                                                           {{}, {}, QStringLiteral("a"), {}, 1, false}}));
        QCOMPARE(repo().boardLabels(m_board).size(), 3);   // the refused save changed nothing
    }

    void assigneesAndDueDateShowOnTheCard()
    {
        const QString item = repo().createItem(m_groups.at(0).id, QStringLiteral("Call back"), m_user);
        repo().setAssigned(item, m_user, true);
        repo().setDueDate(item, QDate(2026, 12, 1));
        const storage::TaskCard card = *repo().card(item);
        QCOMPARE(card.assignees.size(), 1);
        QCOMPARE(card.assignees.first().userId, m_user);
        QCOMPARE(card.dueDate, QDate(2026, 12, 1));
        QVERIFY_THROWS_EXCEPTION(StorageError, repo().setPriority(item, QStringLiteral("someday")));
    }
};

QTEST_MAIN(TaskBoardsTest)
#include "tst_taskboards.moc"
