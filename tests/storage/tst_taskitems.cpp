// Inside a task item on a real database: subitems and their order, the update thread with
// @mentions (notifications for the staff users mentioned, never the author or a client) and read
// marks, files copied beside the database (refused cleanly when they cannot be read or copied),
// time entries (negative minutes refused, one timer per user, totals per item and board), and
// the "my work" query.
#include "testdatabase.h"

#include <storageerror.h>
#include <taskboardrepository.h>
#include <taskitemrepository.h>
#include <timestamps.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace anchor::storage;
using anchor::testing::TestDatabase;

class TaskItemsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_me;        // Sam Author, admin
    QString m_danaS;     // Dana Smith, team
    QString m_danaJ;     // Dana Jones, editor
    QString m_lee;       // Lee Park, admin
    QString m_client;    // Lee Client: a client user, never mentioned
    QString m_board;
    QString m_otherBoard;
    QString m_group;
    QString m_item;

    Database &db() { return m_db->database(); }
    TaskItemRepository items() { return TaskItemRepository(db()); }
    QVariant value(const QString &sql, const QVariantList &binds = {}) { return m_db->scalar(sql, binds); }

    QString addUser(const char *first, const char *last, const char *role)
    {
        const QString id = newId();
        m_db->exec(QStringLiteral("INSERT INTO users (id, first_name, last_name, email, role) VALUES (?, ?, ?, ?, ?)"),
                   {id, QString::fromLatin1(first), QString::fromLatin1(last), QString(id + QStringLiteral("@example.com")),
                    QString::fromLatin1(role)});
        return id;
    }

    int notificationsFor(const QString &userId)
    {
        return value(QStringLiteral("SELECT count(*) FROM notifications WHERE user_id = ?"), {userId}).toInt();
    }

    QStringList filesIn(const QString &folder)
    {
        QStringList found;
        QDir dir(folder);
        if (!dir.exists())
            return found;
        for (const QFileInfo &info : dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
            if (info.isDir())
                found += filesIn(info.filePath());
            else
                found << info.filePath();
        }
        return found;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_me = addUser("Sam", "Author", "admin");
        m_danaS = addUser("Dana", "Smith", "team");
        m_danaJ = addUser("Dana", "Jones", "editor");
        m_lee = addUser("Lee", "Park", "admin");
        m_client = addUser("Lee", "Client", "client");
        TaskBoardRepository boards(db());
        const QString workspace = boards.createWorkspace(QStringLiteral("Agency"), m_me);
        m_board = boards.createBoard(workspace, QStringLiteral("Dental"), QStringLiteral("DENT"), BoardTemplate::BasicWorkflow, m_me);
        m_otherBoard = boards.createBoard(workspace, QStringLiteral("Roofing"), QStringLiteral("ROOF"), BoardTemplate::BasicWorkflow, m_me);
        m_group = boards.groups(m_board).first().id;
        m_item = boards.createItem(m_group, QStringLiteral("Call back Mrs Lee"), m_me);
    }

    void cleanup() { m_db.reset(); }

    void subitemsKeepADenseOrder()
    {
        TaskItemRepository repo = items();
        const QString a = repo.addSubitem(m_item, QStringLiteral("Find the file"));
        const QString b = repo.addSubitem(m_item, QStringLiteral("Call"));
        const QString c = repo.addSubitem(m_item, QStringLiteral("Write notes"));
        QCOMPARE(repo.moveSubitem(c, 0), 2);
        QList<TaskSubitem> list = repo.subitems(m_item);
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).id, c);
        QCOMPARE(list.at(1).id, a);
        QCOMPARE(list.at(2).id, b);
        for (int i = 0; i < list.size(); ++i)
            QCOMPARE(list.at(i).position, i);

        const TaskSubitem removed = *repo.subitem(a);
        repo.removeSubitem(a);
        QCOMPARE(repo.subitems(m_item).size(), 2);
        QCOMPARE(repo.subitems(m_item).at(1).position, 1);
        repo.restoreSubitem(removed);
        list = repo.subitems(m_item);
        QCOMPARE(list.at(1).id, a);
        QCOMPARE(list.at(2).position, 2);

        repo.setSubitemCompleted(b, QDateTime::currentDateTimeUtc());
        QVERIFY(repo.subitem(b)->completedAt.isValid());
        repo.setSubitemCompleted(b, {});
        QVERIFY(!repo.subitem(b)->completedAt.isValid());
        repo.renameSubitem(b, QStringLiteral("  Call her  "));
        QCOMPARE(repo.subitem(b)->name, QStringLiteral("Call her"));
        QVERIFY_THROWS_EXCEPTION(StorageError, repo.addSubitem(m_item, QStringLiteral("   ")));
        QCOMPARE(repo.subitems(m_item).size(), 3);
    }

    void mentionsParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");   // names, for readability
        QTest::newRow("full name") << "Thanks @Dana Smith!" << QStringList{"Dana Smith"};
        QTest::newRow("case-insensitive") << "@dana jones please look" << QStringList{"Dana Jones"};
        QTest::newRow("first name, two Danas") << "@Dana can one of you" << QStringList{"Dana Smith", "Dana Jones"};
        QTest::newRow("unique first name") << "cc @lee" << QStringList{"Lee Park"};
        QTest::newRow("email is no mention") << "mail lee@example.com" << QStringList{};
        QTest::newRow("prefix of a name is no mention") << "@Dan and @Leeroy" << QStringList{};
        QTest::newRow("twice is once") << "@Lee Park and again @Lee" << QStringList{"Lee Park"};
    }

    void mentionsParse()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const QList<TaskAssignee> people{{"1", "Dana Smith", {}}, {"2", "Dana Jones", {}}, {"3", "Lee Park", {}}};
        QStringList names;
        for (const QString &id : TaskItemRepository::mentionedUsers(text, people)) {
            for (const TaskAssignee &person : people) {
                if (person.userId == id)
                    names << person.name;
            }
        }
        QCOMPARE(names, expected);
    }

    void mentionsNotifyTheMentionedStaffOnly()
    {
        const PostedUpdate posted =
            items().addUpdate(m_item, m_me, QStringLiteral("@Dana Smith and @Lee Park, see this. @Sam Author (me) and @Lee"));
        QCOMPARE(posted.mentionedUserIds.size(), 2);
        QCOMPARE(notificationsFor(m_danaS), 1);
        QCOMPARE(notificationsFor(m_lee), 1);
        QCOMPARE(notificationsFor(m_danaJ), 0);
        QCOMPARE(notificationsFor(m_me), 0);       // the author
        QCOMPARE(notificationsFor(m_client), 0);   // "@Lee" is a client too, but clients are not staff
        QCOMPARE(value(QStringLiteral("SELECT json_extract(meta, '$.item_id') FROM notifications WHERE user_id = ?"), {m_danaS})
                     .toString(),
                 m_item);
        QVERIFY(value(QStringLiteral("SELECT title FROM notifications WHERE user_id = ?"), {m_danaS})
                    .toString()
                    .contains(QStringLiteral("DENT-1")));

        // Taking the update back takes its notifications with it; restoring raises them again.
        const TaskUpdate update = *items().update(posted.updateId);
        items().removeUpdate(posted.updateId, true);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM notifications")).toInt(), 0);
        items().restoreUpdate(update, true);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM notifications")).toInt(), 2);
        QCOMPARE(items().updates(m_item, m_me).first().userName, QStringLiteral("Sam Author"));

        QVERIFY_THROWS_EXCEPTION(StorageError, items().addUpdate(m_item, m_me, QStringLiteral("  ")));
        QVERIFY_THROWS_EXCEPTION(StorageError, items().addUpdate(newId(), m_me, QStringLiteral("@Lee Park gone")));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM notifications")).toInt(), 2);
    }

    void unreadCounts()
    {
        TaskItemRepository repo = items();
        repo.addUpdate(m_item, m_me, QStringLiteral("first"));
        repo.addUpdate(m_item, m_me, QStringLiteral("second"));
        repo.addUpdate(m_item, m_lee, QStringLiteral("from Lee"));
        QCOMPARE(repo.unreadCount(m_item, m_danaS), 3);
        QCOMPARE(repo.unreadCount(m_item, m_me), 1);    // own updates are never unread
        QCOMPARE(repo.unreadCounts(m_danaS).value(m_item), 3);
        QVERIFY(!repo.updates(m_item, m_danaS).first().readByMe);

        repo.markRead(m_item, m_danaS);
        repo.markRead(m_item, m_danaS);   // twice is harmless
        QCOMPARE(repo.unreadCount(m_item, m_danaS), 0);
        QVERIFY(!repo.unreadCounts(m_danaS).contains(m_item));
        QVERIFY(repo.updates(m_item, m_danaS).last().readByMe);
        QCOMPARE(repo.unreadCount(m_item, m_me), 1);   // Dana's reading is Dana's

        repo.addUpdate(m_item, m_me, QStringLiteral("third"));
        QCOMPARE(repo.unreadCount(m_item, m_danaS), 1);
    }

    void filesAreCopiedBesideTheDatabase()
    {
        QTemporaryDir source;
        const QString original = source.filePath(QStringLiteral("quote.pdf"));
        QFile file(original);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(300 * 1024, 'q'));   // bigger than one copy buffer
        file.close();

        TaskItemRepository repo = items();
        QCOMPARE(repo.attachmentsFolder(), QDir(m_db->folder()).filePath(QStringLiteral("anchor-attachments")));
        const QString first = repo.attachFile(m_item, original, m_me);
        const QString second = repo.attachFile(m_item, original, m_me);
        const TaskFile one = *repo.file(first);
        const TaskFile two = *repo.file(second);
        QCOMPARE(one.relativePath, QString(m_item + QStringLiteral("/quote.pdf")));
        QCOMPARE(two.fileName, QStringLiteral("quote (2).pdf"));
        QVERIFY(QFileInfo::exists(QDir(m_db->folder()).filePath(QStringLiteral("anchor-attachments/") + one.relativePath)));
        QCOMPARE(QFileInfo(repo.absolutePath(two)).size(), 300 * 1024);
        QCOMPARE(filesIn(repo.attachmentsFolder()).size(), 2);   // no temporary copies left

        // Removing drops the row and keeps the copy, so undo can put the row back.
        repo.removeFile(first);
        QCOMPARE(repo.files(m_item).size(), 1);
        QVERIFY(QFileInfo::exists(repo.absolutePath(one)));
        repo.restoreFile(one);
        QCOMPARE(repo.files(m_item).size(), 2);
    }

    void unreadableFilesWriteNothing()
    {
        TaskItemRepository repo = items();
        QTemporaryDir source;
        auto refused = [&](const QString &path, const char *expected) {
            try {
                repo.attachFile(m_item, path, m_me);
            } catch (const StorageError &error) {
                if (!error.message().contains(QLatin1String(expected)))
                    qWarning("unexpected message: %s", qPrintable(error.message()));
                return error.message().contains(QLatin1String(expected));
            }
            return false;
        };
        QVERIFY(refused(source.filePath(QStringLiteral("missing.pdf")), "does not exist"));
        QVERIFY(refused(source.path(), "is not a file"));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM task_files")).toInt(), 0);
        QVERIFY(!QFileInfo::exists(repo.attachmentsFolder()));

        const QString original = source.filePath(QStringLiteral("notes.txt"));
        QFile file(original);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("notes");
        file.close();
        // Unreadable by permissions (root reads anything, so only as another user).
        if (geteuid() != 0) {
            QFile::setPermissions(original, QFileDevice::Permissions());
            QVERIFY(refused(original, "cannot be read"));
            QFile::setPermissions(original, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        // A copy that cannot be made: a plain file stands where the attachments folder goes.
        QFile blocker(repo.attachmentsFolder());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(refused(original, "attachments folder"));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM task_files")).toInt(), 0);
        QVERIFY(QFileInfo(repo.attachmentsFolder()).isFile());
        QCOMPARE(QDir(m_db->folder()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).filter(QStringLiteral("notes")),
                 QStringList());
    }

    void negativeMinutesAreRefused()
    {
        TaskItemRepository repo = items();
        try {
            repo.addTimeEntry(m_item, m_me, -5, true);
            QFAIL("negative minutes were accepted");
        } catch (const StorageError &error) {
            QVERIFY2(error.message().contains(QLatin1String("negative")), qPrintable(error.message()));
        }
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM task_time_entries")).toInt(), 0);
        const QString zero = repo.addTimeEntry(m_item, m_me, 0, false);
        QCOMPARE(repo.timeEntry(zero)->minutes, 0);
    }

    void timerStartsAndStops()
    {
        TaskItemRepository repo = items();
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const QString id = repo.startTimer(m_item, m_me, start);
        const std::optional<TaskTimeEntry> running = repo.runningTimer(m_me);
        QVERIFY(running);
        QCOMPARE(running->id, id);
        QVERIFY(!running->endedAt.isValid());
        QVERIFY(value(QStringLiteral("SELECT ended_at IS NULL AND started_at IS NOT NULL FROM task_time_entries WHERE id = ?"), {id})
                    .toBool());

        // One running timer per user; another user may run their own.
        const QString other = TaskBoardRepository(db()).createItem(m_group, QStringLiteral("Other"), m_me);
        try {
            repo.startTimer(other, m_me);
            QFAIL("a second timer started");
        } catch (const StorageError &error) {
            QVERIFY2(error.message().contains(QLatin1String("DENT-1")), qPrintable(error.message()));
        }
        QVERIFY(!repo.startTimer(other, m_lee).isEmpty());

        const TaskTimeEntry stopped = repo.stopTimer(m_me, start.addSecs(25 * 60 + 10));
        QCOMPARE(stopped.minutes, 26);   // a started minute counts
        QCOMPARE(repo.timeEntry(id)->minutes, 26);
        QVERIFY(repo.timeEntry(id)->endedAt.isValid());
        QVERIFY(!repo.runningTimer(m_me));
        QVERIFY_THROWS_EXCEPTION(StorageError, repo.stopTimer(m_me));

        // Undo of a stop writes the running entry back.
        repo.restoreTimeEntry(*running);
        QVERIFY(repo.runningTimer(m_me));
        QCOMPARE(repo.timeEntry(id)->minutes, 0);
    }

    void totalsPerItemAndBoard()
    {
        TaskItemRepository repo = items();
        TaskBoardRepository boards(db());
        const QString second = boards.createItem(m_group, QStringLiteral("Second"), m_me);
        const QString elsewhere = boards.createItem(boards.groups(m_otherBoard).first().id, QStringLiteral("Roof"), m_me);
        repo.addTimeEntry(m_item, m_me, 30, true);
        const QString unbilled = repo.addTimeEntry(m_item, m_me, 15, false);
        repo.addTimeEntry(second, m_lee, 45, true);
        repo.addTimeEntry(elsewhere, m_me, 100, true);
        QCOMPARE(repo.itemTotals(m_item), (TaskTimeTotals{45, 30}));
        QCOMPARE(repo.boardTotals(m_board), (TaskTimeTotals{90, 75}));
        QCOMPARE(repo.boardTotals(m_otherBoard), (TaskTimeTotals{100, 100}));

        repo.setBillable(unbilled, true);
        QCOMPARE(repo.itemTotals(m_item), (TaskTimeTotals{45, 45}));
        QCOMPARE(value(QStringLiteral("SELECT billable_minutes FROM task_time_entries WHERE id = ?"), {unbilled}).toInt(), 15);
        const TaskTimeEntry entry = *repo.timeEntry(unbilled);
        repo.removeTimeEntry(unbilled);
        QCOMPARE(repo.itemTotals(m_item), (TaskTimeTotals{30, 30}));
        repo.restoreTimeEntry(entry);
        QCOMPARE(repo.itemTotals(m_item), (TaskTimeTotals{45, 45}));
        // Archived items still count on their board.
        boards.setArchived(second, true, m_me);
        QCOMPARE(repo.boardTotals(m_board).minutes, 90);
    }

    void myWorkListsOpenAssignedItems()
    {
        TaskBoardRepository boards(db());
        const QString later = boards.createItem(m_group, QStringLiteral("Later"), m_me);
        const QString done = boards.createItem(m_group, QStringLiteral("Done"), m_me);
        const QString archived = boards.createItem(m_group, QStringLiteral("Archived"), m_me);
        const QString notMine = boards.createItem(m_group, QStringLiteral("Not mine"), m_me);
        const QString roof = boards.createItem(boards.groups(m_otherBoard).first().id, QStringLiteral("Roof"), m_me);
        for (const QString &id : {m_item, later, done, archived, roof})
            boards.setAssigned(id, m_danaS, true);
        boards.setAssigned(notMine, m_lee, true);
        boards.setDueDate(m_item, QDate::currentDate().addDays(3));
        boards.setDueDate(later, QDate::currentDate().addDays(30));
        boards.setDueDate(roof, QDate::currentDate().addDays(-1));
        boards.setStatus(done, QStringLiteral("Complete"));   // a done state of Basic Workflow
        boards.setArchived(archived, true, m_me);

        const QList<MyWorkItem> work = items().myWork(m_danaS);
        QStringList names;
        for (const MyWorkItem &row : work)
            names << row.card.name;
        QCOMPARE(names, (QStringList{"Roof", "Call back Mrs Lee", "Later"}));
        QCOMPARE(work.first().boardName, QStringLiteral("Roofing"));
        QCOMPARE(work.first().card.key, QStringLiteral("ROOF-1"));
        QCOMPARE(work.at(1).card.status, QStringLiteral("Pending"));
        QVERIFY(!work.at(1).card.statusColor.isEmpty());

        // A deleted board takes its items out of my work.
        boards.setBoardDeleted(m_otherBoard, true);
        QCOMPARE(items().myWork(m_danaS).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TaskItemsTest)
#include "tst_taskitems.moc"
