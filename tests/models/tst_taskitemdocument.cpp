// Every edit of a task item through TaskItemDocument, against a real database file: done,
// undone and redone, with the database read after each step. Also the "my work" model under
// QAbstractItemModelTester and its due-date sections.
#include "testdatabase.h"

#include <myworkmodel.h>
#include <storageerror.h>
#include <taskboardrepository.h>
#include <taskitemdocument.h>
#include <taskitemrepository.h>
#include <timestamps.h>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace anchor;
using anchor::testing::TestDatabase;

class TaskItemDocumentTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<models::TaskItemDocument> m_document;
    QString m_me;
    QString m_lee;
    QString m_board;
    QString m_group;
    QString m_item;

    QVariant value(const QString &sql, const QVariantList &binds = {}) { return m_db->scalar(sql, binds); }
    storage::TaskItemRepository items() { return storage::TaskItemRepository(m_db->database()); }

    QString addUser(const char *first, const char *last)
    {
        const QString id = storage::newId();
        m_db->exec(QStringLiteral("INSERT INTO users (id, first_name, last_name, email, role) VALUES (?, ?, ?, ?, 'team')"),
                   {id, QString::fromLatin1(first), QString::fromLatin1(last), QString(id + QStringLiteral("@example.com"))});
        return id;
    }

    // The edit has been made; reads `read` after it, after undo and after redo.
    void checkUndoRedo(const std::function<QVariant()> &read, const QVariant &before, const QVariant &after)
    {
        QCOMPARE(read(), after);
        QSignalSpy changed(m_document.get(), &models::TaskItemDocument::itemChanged);
        m_stack->undo();
        QCOMPARE(read(), before);
        m_stack->redo();
        QCOMPARE(read(), after);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.first().first().toString(), m_item);
    }

    std::function<QVariant()> column(const char *expression, const QString &id, const char *table = "task_items")
    {
        return [this, expression, id, table] {
            return value(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(QLatin1String(expression), QLatin1String(table)), {id});
        };
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_me = addUser("Sam", "Author");
        m_lee = addUser("Lee", "Park");
        storage::TaskBoardRepository boards(m_db->database());
        const QString workspace = boards.createWorkspace(QStringLiteral("Agency"), m_me);
        m_board = boards.createBoard(workspace, QStringLiteral("Dental"), QStringLiteral("DENT"),
                                     storage::BoardTemplate::BasicWorkflow, m_me);
        m_group = boards.groups(m_board).first().id;
        m_item = boards.createItem(m_group, QStringLiteral("Call back"), m_me);
        m_stack = std::make_unique<QUndoStack>();
        m_document = std::make_unique<models::TaskItemDocument>(m_db->database(), m_me, m_stack.get());
    }

    void cleanup()
    {
        m_document.reset();
        m_stack.reset();
        m_db.reset();
    }

    void itemFields()
    {
        QVERIFY(m_document->setName(m_item, QStringLiteral("Call back Mrs Lee")));
        checkUndoRedo(column("name", m_item), QStringLiteral("Call back"), QStringLiteral("Call back Mrs Lee"));
        QVERIFY(m_document->setDescription(m_item, QStringLiteral("She asked about implants.")));
        checkUndoRedo(column("coalesce(description, '')", m_item), QString(), QStringLiteral("She asked about implants."));
        QVERIFY(m_document->setStatus(m_item, QStringLiteral("In progress")));
        checkUndoRedo(column("status", m_item), QStringLiteral("Pending"), QStringLiteral("In progress"));
        QVERIFY(m_document->setDueDate(m_item, QDate(2026, 12, 1)));
        checkUndoRedo(column("coalesce(due_date, '')", m_item), QString(), QStringLiteral("2026-12-01"));
        QVERIFY(m_document->setDueDate(m_item, {}));
        checkUndoRedo(column("coalesce(due_date, '')", m_item), QStringLiteral("2026-12-01"), QString());
        QVERIFY(m_document->setPriority(m_item, QStringLiteral("urgent")));
        checkUndoRedo(column("priority", m_item), QStringLiteral("normal"), QStringLiteral("urgent"));
        QVERIFY(m_document->setFlags(m_item, true, true));
        checkUndoRedo(column("is_voicemail + 2 * needs_attention", m_item), 0, 3);
        QVERIFY(m_document->setAssigned(m_item, m_lee, true));
        const auto assigned = [this] {
            return value(QStringLiteral("SELECT count(*) FROM task_item_assignees WHERE item_id = ? AND user_id = ?"), {m_item, m_lee});
        };
        checkUndoRedo(assigned, 0, 1);
        // No change, no step.
        const int steps = m_stack->count();
        QVERIFY(m_document->setName(m_item, QStringLiteral("Call back Mrs Lee")));
        QCOMPARE(m_stack->count(), steps);
        QCOMPARE(m_stack->undoText(), QStringLiteral("Assign task"));
    }

    void subitemEdits()
    {
        const auto count = [this] {
            return value(QStringLiteral("SELECT count(*) FROM task_subitems WHERE parent_item_id = ?"), {m_item});
        };
        const QString a = m_document->addSubitem(m_item, QStringLiteral("Find the file"));
        QVERIFY(!a.isEmpty());
        checkUndoRedo(count, 0, 1);
        const QString b = m_document->addSubitem(m_item, QStringLiteral("Call"));
        QVERIFY(m_document->renameSubitem(b, QStringLiteral("Call her")));
        checkUndoRedo(column("name", b, "task_subitems"), QStringLiteral("Call"), QStringLiteral("Call her"));
        QVERIFY(m_document->setSubitemCompleted(a, true));
        checkUndoRedo(column("completed_at IS NOT NULL", a, "task_subitems"), 0, 1);
        QVERIFY(m_document->moveSubitem(b, 0));
        checkUndoRedo(column("position", b, "task_subitems"), 1, 0);
        QCOMPARE(column("position", a, "task_subitems")().toInt(), 1);
        QVERIFY(m_document->removeSubitem(a));
        checkUndoRedo(count, 2, 1);
        m_stack->undo();
        QCOMPARE(column("position", a, "task_subitems")().toInt(), 1);
        QVERIFY(column("completed_at IS NOT NULL", a, "task_subitems")().toBool());   // restored as it was

        // Refusals change nothing and put nothing on the stack.
        QSignalSpy failed(m_document.get(), &models::TaskItemDocument::editFailed);
        const int steps = m_stack->count();
        QVERIFY(m_document->addSubitem(m_item, QStringLiteral("  ")).isEmpty());
        QVERIFY(!m_document->removeSubitem(storage::newId()));
        QCOMPARE(failed.size(), 2);
        QCOMPARE(m_stack->count(), steps);
    }

    void updateEdits()
    {
        const auto notifications = [this] {
            return value(QStringLiteral("SELECT count(*) FROM notifications WHERE user_id = ?"), {m_lee});
        };
        const QString id = m_document->postUpdate(m_item, QStringLiteral("@Lee Park can you call her?"));
        QVERIFY(!id.isEmpty());
        checkUndoRedo(notifications, 0, 1);
        checkUndoRedo(column("count(*)", id, "task_updates"), 0, 1);
        QCOMPARE(notifications().toInt(), 1);   // redo raised it once, not twice

        QVERIFY(m_document->removeUpdate(id));
        checkUndoRedo(column("count(*)", id, "task_updates"), 1, 0);
        QCOMPARE(notifications().toInt(), 1);   // people were told; deleting does not untell them

        // Only the author deletes an update.
        const QString theirs = items().addUpdate(m_item, m_lee, QStringLiteral("mine")).updateId;
        QSignalSpy failed(m_document.get(), &models::TaskItemDocument::editFailed);
        QVERIFY(!m_document->removeUpdate(theirs));
        QCOMPARE(failed.size(), 1);

        // Reading is not an edit.
        const int steps = m_stack->count();
        QCOMPARE(items().unreadCount(m_item, m_me), 1);
        m_document->markRead(m_item);
        QCOMPARE(items().unreadCount(m_item, m_me), 0);
        QCOMPARE(m_stack->count(), steps);
    }

    void fileEdits()
    {
        QTemporaryDir source;
        const QString path = source.filePath(QStringLiteral("photo.jpg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("jpeg");
        file.close();
        const auto rows = [this] { return value(QStringLiteral("SELECT count(*) FROM task_files WHERE item_id = ?"), {m_item}); };
        const QString id = m_document->attachFile(m_item, path);
        QVERIFY(!id.isEmpty());
        const QString copy = items().absolutePath(*items().file(id));
        checkUndoRedo(rows, 0, 1);
        QVERIFY(QFileInfo::exists(copy));
        QVERIFY(m_document->removeFile(id));
        checkUndoRedo(rows, 1, 0);
        QVERIFY(QFileInfo::exists(copy));   // kept for undo

        QSignalSpy failed(m_document.get(), &models::TaskItemDocument::editFailed);
        const int steps = m_stack->count();
        QVERIFY(m_document->attachFile(m_item, source.filePath(QStringLiteral("gone.jpg"))).isEmpty());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(m_stack->count(), steps);
    }

    void timeEdits()
    {
        const auto total = [this] { return items().itemTotals(m_item).minutes; };
        const auto billable = [this] { return items().itemTotals(m_item).billableMinutes; };
        const QString id = m_document->addTimeEntry(m_item, 40, false, QStringLiteral("Called"));
        QVERIFY(!id.isEmpty());
        checkUndoRedo(total, 0, 40);
        QVERIFY(m_document->setBillable(id, true));
        checkUndoRedo(billable, 0, 40);
        QVERIFY(m_document->removeTimeEntry(id));
        checkUndoRedo(total, 40, 0);

        QSignalSpy failed(m_document.get(), &models::TaskItemDocument::editFailed);
        QVERIFY(m_document->addTimeEntry(m_item, -1, false).isEmpty());
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("negative")));

        const auto running = [this] { return m_document->runningTimer().has_value(); };
        const QString timer = m_document->startTimer(m_item);
        QVERIFY(!timer.isEmpty());
        checkUndoRedo(running, false, true);
        QVERIFY(m_document->startTimer(m_item).isEmpty());   // one per user
        QVERIFY(m_document->stopTimer());
        checkUndoRedo(running, true, false);
        QVERIFY(column("ended_at IS NOT NULL", timer, "task_time_entries")().toBool());
        QVERIFY(!m_document->stopTimer());   // nothing running
    }

    void myWorkSections_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<int>("bucket");
        const QDate wednesday(2026, 11, 25);
        QTest::newRow("none") << QDate() << int(models::MyWorkModel::Bucket::NoDate);
        QTest::newRow("yesterday") << wednesday.addDays(-1) << int(models::MyWorkModel::Bucket::Overdue);
        QTest::newRow("today") << wednesday << int(models::MyWorkModel::Bucket::Today);
        QTest::newRow("sunday") << wednesday.addDays(4) << int(models::MyWorkModel::Bucket::ThisWeek);
        QTest::newRow("next monday") << wednesday.addDays(5) << int(models::MyWorkModel::Bucket::Later);
    }

    void myWorkSections()
    {
        QFETCH(QDate, due);
        QFETCH(int, bucket);
        QCOMPARE(int(models::MyWorkModel::bucketFor(due, QDate(2026, 11, 25), Qt::Monday)), bucket);
    }

    void myWorkModel()
    {
        storage::TaskBoardRepository boards(m_db->database());
        const QString today = boards.createItem(m_group, QStringLiteral("Today"), m_me);
        const QString overdue = boards.createItem(m_group, QStringLiteral("Overdue"), m_me);
        const QString someday = boards.createItem(m_group, QStringLiteral("Someday"), m_me);
        for (const QString &id : {today, overdue, someday})
            boards.setAssigned(id, m_me, true);
        boards.setDueDate(today, QDate::currentDate());
        boards.setDueDate(overdue, QDate::currentDate().addDays(-2));

        models::MyWorkModel model(m_db->database(), m_me);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &models::MyWorkModel::loaded);
        model.reload();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.first().first().toInt(), 3);
        QCOMPARE(model.rowCount(), 3);   // empty sections are left out
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Overdue (1)"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Today (1)"));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("No date (1)"));
        const QModelIndex first = model.index(0, models::MyWorkModel::Name, model.index(0, 0));
        QCOMPARE(first.data().toString(), QStringLiteral("Overdue"));
        QCOMPARE(first.data(models::MyWorkModel::ItemIdRole).toString(), overdue);
        QCOMPARE(model.index(0, models::MyWorkModel::Key, model.index(0, 0)).data().toString(), QStringLiteral("DENT-3"));
        QCOMPARE(model.index(0, models::MyWorkModel::Board, model.index(0, 0)).data().toString(), QStringLiteral("Dental"));
        QCOMPARE(model.indexOfItem(someday).parent().row(), 2);

        // Done items leave my work at the next load.
        boards.setStatus(overdue, QStringLiteral("Complete"));
        loaded.clear();
        model.reload();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.itemCount(), 2);
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TaskItemDocumentTest)
#include "tst_taskitemdocument.moc"
