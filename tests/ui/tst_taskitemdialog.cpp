// The task item dialog and "my work" as a user drives them, on the offscreen platform: adding,
// ticking off and reordering subitems, posting an update that @mentions someone (picked from the
// completer), attaching a file, logging time. Every test reads the database afterwards.
#include "testdatabase.h"

#include <mentionedit.h>
#include <myworkmodel.h>
#include <myworkpage.h>
#include <taskboardrepository.h>
#include <taskitemdialog.h>
#include <taskitemdocument.h>
#include <taskitemrepository.h>
#include <timestamps.h>

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace anchor;
using anchor::testing::TestDatabase;

class TaskItemDialogTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<models::TaskItemDocument> m_document;
    std::unique_ptr<ui::TaskItemDialog> m_dialog;
    QString m_me;
    QString m_lee;
    QString m_item;

    QVariant value(const QString &sql, const QVariantList &binds = {}) { return m_db->scalar(sql, binds); }

    QString addUser(const char *first, const char *last)
    {
        const QString id = storage::newId();
        m_db->exec(QStringLiteral("INSERT INTO users (id, first_name, last_name, email, role) VALUES (?, ?, ?, ?, 'team')"),
                   {id, QString::fromLatin1(first), QString::fromLatin1(last), QString(id + QStringLiteral("@example.com"))});
        return id;
    }

    QStringList subitemTexts() const
    {
        QStringList texts;
        for (int i = 0; i < m_dialog->subitemsView()->count(); ++i)
            texts << m_dialog->subitemsView()->item(i)->text();
        return texts;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_me = addUser("Sam", "Author");
        m_lee = addUser("Lee", "Park");
        storage::TaskBoardRepository boards(m_db->database());
        const QString workspace = boards.createWorkspace(QStringLiteral("Agency"), m_me);
        const QString board = boards.createBoard(workspace, QStringLiteral("Dental"), QStringLiteral("DENT"),
                                                 storage::BoardTemplate::BasicWorkflow, m_me);
        m_item = boards.createItem(boards.groups(board).first().id, QStringLiteral("Call back Mrs Lee"), m_me);
        boards.setAssigned(m_item, m_me, true);
        m_stack = std::make_unique<QUndoStack>();
        m_document = std::make_unique<models::TaskItemDocument>(m_db->database(), m_me, m_stack.get());
        m_dialog = std::make_unique<ui::TaskItemDialog>(m_document.get(), m_item);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup()
    {
        m_dialog.reset();
        m_document.reset();
        m_stack.reset();
        m_db.reset();
    }

    void showsTheItem()
    {
        QCOMPARE(m_dialog->nameEdit()->text(), QStringLiteral("Call back Mrs Lee"));
        QVERIFY(m_dialog->windowTitle().startsWith(QStringLiteral("DENT-1 ")));
        QCOMPARE(m_dialog->statusBox()->currentData().toString(), QStringLiteral("Pending"));
        QCOMPARE(m_dialog->assigneesView()->count(), 2);
    }

    void addTickAndReorderSubitems()
    {
        m_dialog->tabs()->setCurrentIndex(0);
        QLineEdit *add = m_dialog->newSubitemEdit();
        for (const char *name : {"Find the file", "Call her", "Write notes"}) {
            add->setFocus();
            QTest::keyClicks(add, QString::fromLatin1(name));
            QTest::keyClick(add, Qt::Key_Return);
        }
        QTRY_COMPARE(subitemTexts(), (QStringList{"Find the file", "Call her", "Write notes"}));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM task_subitems WHERE parent_item_id = ?"), {m_item}).toInt(), 3);
        QVERIFY(add->text().isEmpty());

        // Tick the first off.
        QListWidget *list = m_dialog->subitemsView();
        list->item(0)->setCheckState(Qt::Checked);
        QTRY_VERIFY(value(QStringLiteral("SELECT completed_at IS NOT NULL FROM task_subitems WHERE name = 'Find the file'")).toBool());

        // Ctrl+Up moves the last one up.
        QTRY_COMPARE(list->count(), 3);
        list->setFocus();
        list->setCurrentRow(2);
        QTest::keyClick(list, Qt::Key_Up, Qt::ControlModifier);
        QTRY_COMPARE(subitemTexts(), (QStringList{"Find the file", "Write notes", "Call her"}));
        QCOMPARE(value(QStringLiteral("SELECT position FROM task_subitems WHERE name = 'Write notes'")).toInt(), 1);
        QCOMPARE(list->currentItem()->text(), QStringLiteral("Write notes"));

        // And undo puts it back.
        m_stack->undo();
        QTRY_COMPARE(subitemTexts(), (QStringList{"Find the file", "Call her", "Write notes"}));

        // A drag rearranges the list's rows; the dialog stores the new order.
        QVERIFY(list->model()->moveRows({}, 0, 1, {}, 3));
        QTRY_COMPARE(value(QStringLiteral("SELECT position FROM task_subitems WHERE name = 'Find the file'")).toInt(), 2);
        QTRY_COMPARE(subitemTexts(), (QStringList{"Call her", "Write notes", "Find the file"}));
    }

    void postAnUpdateWithAMention()
    {
        m_dialog->tabs()->setCurrentIndex(1);
        ui::MentionEdit *composer = m_dialog->composer();
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("Please call her @Le"));
        // The completer offers Lee Park; Enter picks it.
        QCOMPARE(composer->completer()->currentCompletion(), QStringLiteral("Lee Park"));
        QTRY_VERIFY(composer->completer()->popup()->isVisible());
        QTest::keyClick(composer->completer()->popup(), Qt::Key_Return);
        QTRY_COMPARE(composer->toPlainText(), QStringLiteral("Please call her @Lee Park "));
        QTest::keyClicks(composer, QStringLiteral("today."));
        QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier);

        QTRY_COMPARE(value(QStringLiteral("SELECT count(*) FROM task_updates WHERE item_id = ?"), {m_item}).toInt(), 1);
        QCOMPARE(value(QStringLiteral("SELECT content FROM task_updates")).toString(), QStringLiteral("Please call her @Lee Park today."));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM notifications WHERE user_id = ?"), {m_lee}).toInt(), 1);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM notifications WHERE user_id = ?"), {m_me}).toInt(), 0);
        QVERIFY(composer->toPlainText().isEmpty());
        QTRY_COMPARE(m_dialog->updatesView()->count(), 1);
        QVERIFY(m_dialog->updatesView()->item(0)->text().contains(QStringLiteral("Sam Author")));
    }

    void openingMarksUpdatesRead()
    {
        storage::TaskItemRepository(m_db->database()).addUpdate(m_item, m_lee, QStringLiteral("Left a voicemail"));
        QCOMPARE(storage::TaskItemRepository(m_db->database()).unreadCount(m_item, m_me), 1);
        m_dialog = std::make_unique<ui::TaskItemDialog>(m_document.get(), m_item);
        QCOMPARE(storage::TaskItemRepository(m_db->database()).unreadCount(m_item, m_me), 0);
        QVERIFY(m_dialog->updatesView()->item(0)->font().bold());   // still shown as new this time
    }

    void attachAFile()
    {
        QTemporaryDir source;
        const QString path = source.filePath(QStringLiteral("x-ray.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("png data");
        file.close();
        m_dialog->attachFiles({path});
        QTRY_COMPARE(m_dialog->filesView()->count(), 1);
        QCOMPARE(m_dialog->filesView()->item(0)->text(), QStringLiteral("x-ray.png"));
        const QString copy = QDir(m_db->folder()).filePath(QStringLiteral("anchor-attachments/%1/x-ray.png").arg(m_item));
        QVERIFY(QFileInfo::exists(copy));
        QCOMPARE(value(QStringLiteral("SELECT file_url FROM task_files WHERE item_id = ?"), {m_item}).toString(),
                 QString(m_item + QStringLiteral("/x-ray.png")));

        // A file that is not there: a clear message, nothing written.
        m_dialog->attachFiles({source.filePath(QStringLiteral("gone.png"))});
        QVERIFY(m_dialog->errorLabel()->isVisibleTo(m_dialog.get()));
        QVERIFY(m_dialog->errorLabel()->text().contains(QStringLiteral("does not exist")));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM task_files")).toInt(), 1);
    }

    void logTime()
    {
        m_dialog->tabs()->setCurrentIndex(3);
        m_dialog->minutesBox()->setValue(45);
        m_dialog->billableBox()->setChecked(true);
        const QList<QPushButton *> buttons = m_dialog->findChildren<QPushButton *>();
        const auto addTime = std::find_if(buttons.cbegin(), buttons.cend(),
                                          [](QPushButton *b) { return b->text() == QStringLiteral("Add Time"); });
        QVERIFY(addTime != buttons.cend());
        QTest::mouseClick(*addTime, Qt::LeftButton);
        QTRY_COMPARE(m_dialog->timeView()->topLevelItemCount(), 1);
        QCOMPARE(value(QStringLiteral("SELECT time_spent_minutes * is_billable FROM task_time_entries")).toInt(), 45);
        QVERIFY(m_dialog->totalsLabel()->text().contains(QStringLiteral("45 min")));

        QTest::mouseClick(m_dialog->timerButton(), Qt::LeftButton);
        QTRY_COMPARE(m_dialog->timerButton()->text(), QStringLiteral("Stop Timer"));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM task_time_entries WHERE ended_at IS NULL AND started_at IS NOT NULL")).toInt(), 1);
        QTest::mouseClick(m_dialog->timerButton(), Qt::LeftButton);
        QTRY_COMPARE(m_dialog->timerButton()->text(), QStringLiteral("Start Timer"));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM task_time_entries WHERE ended_at IS NOT NULL")).toInt(), 1);
    }

    void myWorkOpensAnItem()
    {
        ui::MyWorkPage page(m_db->database(), m_me);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy loaded(page.model(), &models::MyWorkModel::loaded);
        QVERIFY(loaded.wait(5000) || page.model()->itemCount() == 1);
        QTRY_VERIFY(page.view()->currentIndex().isValid());
        QSignalSpy open(&page, &ui::MyWorkPage::openItemRequested);
        page.view()->setFocus();
        QTest::keyClick(page.view(), Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), m_item);
    }
};

QTEST_MAIN(TaskItemDialogTest)
#include "tst_taskitemdialog.moc"
