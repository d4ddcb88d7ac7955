// The email dialogs as a user drives them, on the offscreen platform: writing a template and
// seeing its preview and plain text, undoing and redoing it, the warning for unknown
// placeholders; a segment's live count against the rows it should match; the Mailgun settings
// saved to app_settings while the key never reaches the database file. Every test reads the
// database afterwards to prove what was written. ANCHOR_TEST_GRABS=<folder> saves pictures.
#include "testdatabase.h"

#include <emailtemplatedocument.h>
#include <emailtemplatelistmodel.h>
#include <emailtemplatesdialog.h>
#include <mailgunsettingsdialog.h>
#include <mailgunsettingsrepository.h>
#include <mailgunsetup.h>
#include <multiselectbutton.h>
#include <segmentcounter.h>
#include <segmentlistmodel.h>
#include <segmentrepository.h>
#include <segmentsdialog.h>
#include <undocloserow.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>
#include <QTableView>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoCommand>
#include <QUndoStack>

using namespace anchor;
using anchor::testing::TestDatabase;

namespace {

void grab(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("ANCHOR_TEST_GRABS");
    if (!folder.isEmpty())
        widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

QPushButton *button(QWidget *dialog, const QString &text)
{
    for (QPushButton *candidate : dialog->findChildren<QPushButton *>()) {
        if (candidate->text().remove(u'&') == text)
            return candidate;
    }
    return nullptr;
}

// Answers the next message box with `answer` once it is up.
void answerNextMessageBox(QObject *context, QMessageBox::StandardButton answer)
{
    auto *timer = new QTimer(context);
    QObject::connect(timer, &QTimer::timeout, context, [timer, answer] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (box && box->isVisible() && box->button(answer)) {
                timer->deleteLater();
                timer->stop();
                box->button(answer)->click();
                return;
            }
        }
    });
    timer->start(20);
}

void toggleOption(ui::MultiSelectButton *button, const QString &label)
{
    for (QAction *action : button->menu()->actions()) {
        if (action->text() == label) {
            action->toggle();
            return;
        }
    }
    QFAIL(qPrintable("no option " + label));
}

QStringList listedNames(QTreeView *view)
{
    QStringList names;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        names.append(view->model()->index(row, 0).data().toString());
    return names;
}

// The keychain and Mailgun as the settings dialog sees them, answering a moment later like the
// real ones: keys kept in memory per scope, every call recorded.
class FakeMailgunSetup final : public models::MailgunSetup
{
public:
    QHash<QString, QString> keychain;
    QList<storage::MailgunConnection> tested;
    QStringList keysUsed;
    QStringList testMessagesTo;
    QString failWith;   // non-empty: test and send fail with this

    void keyStatus(const QString &scopeId, KeyStatusDone done) override
    {
        later([this, scopeId, done] { done(keychain.contains(scopeId), {}); });
    }
    void storeKey(const QString &scopeId, const QString &key, Done done) override
    {
        later([this, scopeId, key, done] {
            keychain.insert(scopeId, key);
            done({true, {}});
        });
    }
    void testConnection(const storage::MailgunConnection &connection, const QString &key, Done done) override
    {
        tested.append(connection);
        keysUsed.append(key);
        later([this, done] { done({failWith.isEmpty(), failWith}); });
    }
    void sendTestMessage(const storage::MailgunConnection &connection, const QString &key, const QString &to,
                         Done done) override
    {
        tested.append(connection);
        keysUsed.append(key);
        testMessagesTo.append(to);
        later([this, done] { done({failWith.isEmpty(), failWith}); });
    }
    void cancel() override { ++m_generation; }

private:
    void later(std::function<void()> work)
    {
        const int generation = m_generation;
        QTimer::singleShot(30, this, [this, generation, work] {
            if (generation == m_generation)
                work();
        });
    }
    int m_generation = 0;
};

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class EmailDialogsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_client;
    QString m_user;

    QVariant value(const QString &sql, const QVariantList &binds = {}) { return m_db->scalar(sql, binds); }

    // A lead with an email (call_logs.meta $.email, as CTM delivers it).
    QString addLead(const QString &callId, const QString &name, const QString &email, const QString &category = "warm",
                    const QVariant &stars = QVariant(), const QString &startedAt = "2026-03-02T10:00:00.000Z",
                    const QString &callerType = "new")
    {
        TestDatabase::Call call{callId, m_client, startedAt, name};
        call.category = category;
        call.score = stars;
        call.callerType = callerType;
        const QString id = m_db->addCall(call);
        if (!email.isEmpty())
            m_db->exec("UPDATE call_logs SET meta = json_object('email', ?) WHERE id = ?", {email, id});
        return id;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_client = m_db->addClient("Bright Smile Dental");
        m_user = m_db->addClient("Agency staff");
    }

    void cleanup()
    {
        m_db.reset();
    }

    void templateIsWrittenPreviewedUndoneAndRedone()
    {
        addLead("call-1", "Ann Lee", "ann@example.com");
        QUndoStack stack;
        ui::EmailTemplatesDialog dialog(m_db->database(), m_user, &stack, m_client);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(listedNames(dialog.templateList()).size(), 4);   // the shipped ones
        QCOMPARE(dialog.currentTemplateId(), dialog.listModel()->emailTemplate(0).id);

        button(&dialog, "New")->click();
        QVERIFY(dialog.hasUnsavedChanges());
        auto *name = dialog.findChild<QLineEdit *>("templateName");
        auto *subject = dialog.findChild<QLineEdit *>("templateSubject");
        auto *category = dialog.findChild<QComboBox *>("templateCategory");
        QVERIFY(name && subject && category);
        name->selectAll();
        QTest::keyClicks(name, "Implant offer");
        category->setCurrentIndex(category->findData("offers"));
        subject->clear();
        QTest::keyClicks(subject, "A smile for ");
        subject->setFocus();
        // Insert placeholder goes into the subject, the field used last.
        auto *insert = dialog.findChild<QToolButton *>("insertPlaceholder");
        QVERIFY(insert && insert->menu());
        QAction *firstName = nullptr;
        for (QAction *action : insert->menu()->actions()) {
            if (action->data().toString() == "first_name")
                firstName = action;
        }
        QVERIFY(firstName);
        firstName->trigger();
        QCOMPARE(subject->text(), "A smile for {{first_name}}");
        dialog.htmlEditor()->setPlainText("<h1>Hello {{first_name}}</h1>\n<p>Implants at <b>{{client_name}}</b>.</p>\n"
                                          "<ul><li>Free consultation</li></ul>\n"
                                          "<p><a href=\"{{unsubscribe_url}}\">Unsubscribe</a></p>");
        dialog.htmlEditor()->setFocus();
        dialog.htmlEditor()->moveCursor(QTextCursor::End);
        firstName->trigger();   // now into the message, at the cursor
        QVERIFY(dialog.htmlEditor()->toPlainText().endsWith("</p>{{first_name}}"));
        dialog.htmlEditor()->undo();
        QVERIFY(dialog.htmlEditor()->toPlainText().endsWith("Unsubscribe</a></p>"));

        QVERIFY(dialog.save());
        const QString id = dialog.currentTemplateId();
        QVERIFY(!id.isEmpty());
        QCOMPARE(value("SELECT name FROM email_templates WHERE id = ?", {id}).toString(), "Implant offer");
        QCOMPARE(value("SELECT category FROM email_templates WHERE id = ?", {id}).toString(), "offers");
        QCOMPARE(value("SELECT client_id FROM email_templates WHERE id = ?", {id}).toString(), m_client);
        QCOMPARE(value("SELECT created_by FROM email_templates WHERE id = ?", {id}).toString(), m_user);
        QCOMPARE(value("SELECT subject FROM email_templates WHERE id = ?", {id}).toString(), "A smile for {{first_name}}");
        QVERIFY(listedNames(dialog.templateList()).contains("Implant offer"));
        QCOMPARE(dialog.templateList()->currentIndex().data().toString(), "Implant offer");

        // The preview, filled in for the made-up recipient, then for the real lead.
        auto *tabs = dialog.findChild<QTabWidget *>("templateTabs");
        tabs->setCurrentIndex(1);
        QCOMPARE(dialog.previewSubject(), "A smile for Jane");
        QVERIFY(dialog.previewBrowser()->toPlainText().contains("Hello Jane"));
        QVERIFY(dialog.previewBrowser()->toPlainText().contains("Implants at Bright Smile Dental."));
        QVERIFY(!dialog.previewBrowser()->toHtml().contains("{{"));
        QTRY_COMPARE(dialog.sampleRecipients()->count(), 2);
        QVERIFY(dialog.sampleRecipients()->itemText(1).contains("ann@example.com"));
        dialog.sampleRecipients()->setCurrentIndex(1);
        QCOMPARE(dialog.previewSubject(), "A smile for Ann");
        QVERIFY(dialog.previewBrowser()->toPlainText().contains("Hello Ann"));
        grab(&dialog, "email-template-preview");
        tabs->setCurrentIndex(2);
        const QString plain = dialog.plainTextView()->toPlainText();
        QVERIFY(dialog.plainTextView()->isReadOnly());
        QVERIFY2(plain.contains("Hello Ann"), qPrintable(plain));
        QVERIFY2(plain.contains("Free consultation"), qPrintable(plain));
        QVERIFY2(plain.contains("Unsubscribe (https://unsubscribe.example/preview)"), qPrintable(plain));
        QVERIFY(!plain.contains("<"));
        grab(&dialog, "email-template-plaintext");

        // Edit, then undo and redo the edit and the add.
        subject->setText("Changed");
        QTest::keyClick(subject, Qt::Key_Exclam);
        QVERIFY(dialog.save());
        QCOMPARE(value("SELECT subject FROM email_templates WHERE id = ?", {id}).toString(), "Changed!");
        QCOMPARE(stack.count(), 2);
        stack.undo();
        QCOMPARE(value("SELECT subject FROM email_templates WHERE id = ?", {id}).toString(), "A smile for {{first_name}}");
        QCOMPARE(subject->text(), "A smile for {{first_name}}");   // the editor follows
        stack.undo();
        QCOMPARE(value("SELECT count(*) FROM email_templates WHERE id = ?", {id}).toInt(), 0);
        QVERIFY(!listedNames(dialog.templateList()).contains("Implant offer"));
        QVERIFY(dialog.currentTemplateId() != id);
        stack.redo();
        QCOMPARE(value("SELECT name FROM email_templates WHERE id = ?", {id}).toString(), "Implant offer");
        QVERIFY(listedNames(dialog.templateList()).contains("Implant offer"));
        stack.redo();
        QCOMPARE(value("SELECT subject FROM email_templates WHERE id = ?", {id}).toString(), "Changed!");
        dialog.selectTemplate(id);
        QCOMPARE(dialog.currentTemplateId(), id);
        QCOMPARE(subject->text(), "Changed!");
    }

    void undoCloseRowActsOnTheSharedStack()
    {
        // The row alone: icon buttons named after the edit, keys that work in the whole dialog, Close.
        QUndoStack stack;
        QDialog dialog;
        auto *row = new ui::UndoCloseRow(&stack, &dialog);
        dialog.setLayout(row);
        QVERIFY(!row->undoButton()->isEnabled());
        stack.push(new QUndoCommand("Add service Whitening"));
        QVERIFY(row->undoButton()->isEnabled());
        QCOMPARE(row->undoButton()->defaultAction()->text(), "Undo Add service Whitening");
        QCOMPARE(row->undoButton()->toolButtonStyle(), Qt::ToolButtonIconOnly);
        QVERIFY(dialog.actions().contains(row->undoButton()->defaultAction()));
        QVERIFY(dialog.actions().contains(row->redoButton()->defaultAction()));
        QCOMPARE(row->undoButton()->defaultAction()->shortcut(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(row->redoButton()->defaultAction()->shortcut(), QKeySequence(QKeySequence::Redo));
        row->undoButton()->click();
        QCOMPARE(stack.index(), 0);
        row->redoButton()->click();
        QCOMPARE(stack.index(), 1);
        QPushButton *close = row->buttons()->button(QDialogButtonBox::Close);
        QVERIFY(!close->autoDefault());
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        close->click();
        QCOMPARE(rejected.count(), 1);

        // The templates and segments dialogs end with it, on the stack they were given.
        ui::EmailTemplatesDialog templates(m_db->database(), m_user, &stack, m_client);
        ui::SegmentsDialog segments(m_db->database(), m_user, &stack, m_client);
        for (QDialog *withRow : std::initializer_list<QDialog *>{&templates, &segments}) {
            auto *found = withRow->findChild<ui::UndoCloseRow *>();
            QVERIFY(found);
            QCOMPARE(found->undoButton()->defaultAction()->text(), "Undo Add service Whitening");
        }
    }

    void unknownPlaceholdersAreWarnedAbout()
    {
        ui::EmailTemplatesDialog dialog(m_db->database(), m_user, nullptr, m_client);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QLabel *warning = dialog.placeholderWarning();
        QVERIFY(!warning->isVisible());   // the shipped templates use known ones only
        dialog.htmlEditor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(dialog.htmlEditor(), "<p>{{coupon_code}}</p>");
        auto *subject = dialog.findChild<QLineEdit *>("templateSubject");
        QTest::keyClicks(subject, " {{frist_name}}");
        QTRY_VERIFY(warning->isVisible());   // after the typing pause
        QVERIFY2(warning->text().contains("{{frist_name}}"), qPrintable(warning->text()));
        QVERIFY(warning->text().contains("{{coupon_code}}"));
        QVERIFY(!warning->text().contains("{{first_name}}"));
        grab(&dialog, "email-template-warning");
        // Saving is allowed (the campaign warns again before sending); fixing clears the warning.
        QVERIFY(dialog.save());
        subject->setText("Fixed {{first_name}}");
        QString body = dialog.htmlEditor()->toPlainText();
        dialog.htmlEditor()->setPlainText(body.remove("{{coupon_code}}"));
        dialog.refreshPreview();
        QVERIFY(!warning->isVisible());
    }

    void listFiltersDuplicatesAndDeletesWithUndo()
    {
        QUndoStack stack;
        ui::EmailTemplatesDialog dialog(m_db->database(), m_user, &stack, m_client);
        auto *filter = dialog.findChild<QComboBox *>("categoryFilter");
        auto *search = dialog.findChild<QLineEdit *>("templateSearch");
        filter->setCurrentIndex(filter->findData("birthday"));
        QCOMPARE(listedNames(dialog.templateList()), QStringList{"Happy birthday"});
        QTest::keyClicks(search, "xyz");
        QCOMPARE(listedNames(dialog.templateList()).size(), 0);
        search->clear();
        dialog.templateList()->setCurrentIndex(dialog.listModel()->index(0, 0));
        const QString birthday = dialog.currentTemplateId();
        QCOMPARE(value("SELECT name FROM email_templates WHERE id = ?", {birthday}).toString(), "Happy birthday");

        button(&dialog, "Duplicate")->click();
        const QString copy = dialog.currentTemplateId();
        QVERIFY(copy != birthday);
        QCOMPARE(value("SELECT name FROM email_templates WHERE id = ?", {copy}).toString(), "Happy birthday (copy)");
        QCOMPARE(value("SELECT is_default FROM email_templates WHERE id = ?", {copy}).toInt(), 0);
        QCOMPARE(listedNames(dialog.templateList()), (QStringList{"Happy birthday", "Happy birthday (copy)"}));

        answerNextMessageBox(&dialog, QMessageBox::Yes);
        button(&dialog, "Delete")->click();
        QCOMPARE(value("SELECT count(*) FROM email_templates WHERE id = ?", {copy}).toInt(), 0);
        QCOMPARE(listedNames(dialog.templateList()), QStringList{"Happy birthday"});
        stack.undo();
        QCOMPARE(value("SELECT count(*) FROM email_templates WHERE id = ?", {copy}).toInt(), 1);
        QCOMPARE(listedNames(dialog.templateList()).size(), 2);

        // A refused save shows why and writes nothing.
        dialog.selectTemplate(copy);
        QCOMPARE(dialog.currentTemplateId(), copy);
        auto *name = dialog.findChild<QLineEdit *>("templateName");
        name->clear();
        QTest::keyClicks(name, "Happy birthday");   // taken in the agency-wide scope
        auto *scope = dialog.findChild<QComboBox *>("templateScope");
        QCOMPARE(scope->currentData().toString(), QString());
        QVERIFY(!dialog.save());
        QVERIFY(dialog.findChild<QLabel *>("templatesMessage")->text().contains("already exists"));
        QCOMPARE(value("SELECT name FROM email_templates WHERE id = ?", {copy}).toString(), "Happy birthday (copy)");
        dialog.revert();
        QCOMPARE(name->text(), "Happy birthday (copy)");
    }

    // Leads and active clients of two clients, with valid, invalid and repeated addresses.
    void addSegmentPeople(const QString &other)
    {
        addLead("l1", "Ann Lee", "ann@example.com", "warm", 4);
        addLead("l2", "Bob Ray", "bob@example.com", "warm", 2);
        addLead("l3", "Spammy", "spam@example.com", "spam", 5);
        addLead("l4", "Typo Tom", "not-an-email", "warm", 5);
        addLead("l5", "Ann Lee", "ANN@example.com ", "warm", 3, "2026-03-05T10:00:00.000Z", "repeat");
        addLead("l6", "No Mail", "", "warm", 5);
        m_db->exec("INSERT INTO active_clients (id, owner_user_id, client_name, client_email) "
                   "VALUES ('a1', ?, 'Carol Diaz', 'carol@example.com')", {m_client});
        TestDatabase::Call call{"o1", other, "2026-03-02T10:00:00.000Z", "Dave Other"};
        call.category = "warm";
        call.score = 5;
        const QString row = m_db->addCall(call);
        m_db->exec("UPDATE call_logs SET meta = json_object('email', 'dave@example.com') WHERE id = ?", {row});
    }

    // What a filter should match, counted here without the repository: distinct valid lead
    // addresses of the client's calls with the category and stars.
    int expectedLeads(const QString &clientId, const QString &category, int minStars)
    {
        return value("SELECT count(DISTINCT lower(trim(json_extract(meta, '$.email')))) FROM call_logs "
                     "WHERE owner_user_id = ? AND category = ? AND score >= ? "
                     "AND json_extract(meta, '$.email') LIKE '%_@_%._%'", {clientId, category, minStars}).toInt();
    }

    void segmentLiveCountMatchesTheRows()
    {
        const QString other = m_db->addClient("Summit Roofing");
        addSegmentPeople(other);
        QUndoStack stack;
        ui::SegmentsDialog dialog(m_db->database(), m_user, &stack, m_client);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.hasUnsavedChanges());   // no segments yet: a new one is in the editor
        auto *counter = dialog.counter();
        QSignalSpy counted(counter, &models::SegmentCounter::counted);

        // The client's people, leads and active clients: ann, bob, spam, carol; one invalid.
        QTRY_COMPARE_WITH_TIMEOUT(dialog.liveCount(), 4, 10'000);
        QVERIFY2(dialog.countLabel()->text().contains("4 recipient"), qPrintable(dialog.countLabel()->text()));
        QVERIFY(dialog.countLabel()->text().contains("1 invalid address"));
        QCOMPARE(dialog.recipientsModel()->rowCount(), 4);

        // Driven through the widgets: warm leads with three stars or more.
        counted.clear();
        auto *audience = dialog.findChild<QComboBox *>("segmentAudience");
        audience->setCurrentIndex(audience->findData(int(storage::SegmentFilter::Audience::Leads)));
        toggleOption(dialog.findChild<ui::MultiSelectButton *>("segmentCategories"), "Warm");
        auto *minStars = dialog.findChild<QSpinBox *>("segmentMinStars");
        minStars->setValue(2);
        minStars->setValue(3);   // edits in quick succession: counted once, after the pause
        QVERIFY(counter->isBusy());
        QCOMPARE(dialog.liveCount(), -1);
        QTRY_VERIFY_WITH_TIMEOUT(!counter->isBusy(), 10'000);
        QCOMPARE(counted.count(), 1);
        QCOMPARE(dialog.liveCount(), expectedLeads(m_client, "warm", 3));
        QCOMPARE(dialog.liveCount(), 1);   // ann, once, though she called twice
        QCOMPARE(dialog.recipientsModel()->recipients().first().email, "ann@example.com");
        QCOMPARE(dialog.findChild<QTableView *>("segmentPreview")->model()->index(0, 1).data().toString(), "Ann Lee");
        grab(&dialog, "segments-live-count");

        // The filter as stored, the other client's lead never in it.
        storage::SegmentFilter filter = dialog.editedFilter();
        QCOMPARE(filter.clientId, m_client);
        QCOMPARE(filter.categories, QStringList{"warm"});
        QCOMPARE(filter.minStars, 3);
        filter.minStars = 2;
        filter.callerTypes = {"new"};
        dialog.setEditedFilter(filter);
        QTRY_VERIFY_WITH_TIMEOUT(!counter->isBusy(), 10'000);
        QCOMPARE(dialog.liveCount(), 2);   // ann's first call (new) and bob
        QCOMPARE(dialog.liveCount(), storage::SegmentRepository(m_db->database()).count(filter));

        // Save, undo, redo: the same id comes back.
        auto *name = dialog.findChild<QLineEdit *>("segmentName");
        name->selectAll();
        QTest::keyClicks(name, "Warm new callers");
        QVERIFY(dialog.save());
        const QString id = dialog.currentSegmentId();
        QVERIFY(!id.isEmpty());
        QCOMPARE(value("SELECT name FROM segments WHERE id = ?", {id}).toString(), "Warm new callers");
        QCOMPARE(value("SELECT client_id FROM segments WHERE id = ?", {id}).toString(), m_client);
        QCOMPARE(value("SELECT customer_count FROM segments WHERE id = ?", {id}).toInt(), 2);
        QCOMPARE(value("SELECT json_extract(filters, '$.min_stars') FROM segments WHERE id = ?", {id}).toInt(), 2);
        QCOMPARE(dialog.listModel()->rowCount(), 1);
        QCOMPARE(dialog.segmentList()->currentIndex().data().toString(), "Warm new callers");

        minStars->setValue(4);
        QVERIFY(dialog.save());
        QCOMPARE(value("SELECT json_extract(filters, '$.min_stars') FROM segments WHERE id = ?", {id}).toInt(), 4);
        stack.undo();
        QCOMPARE(value("SELECT json_extract(filters, '$.min_stars') FROM segments WHERE id = ?", {id}).toInt(), 2);
        QCOMPARE(minStars->value(), 2);   // the editor follows
        stack.undo();
        QCOMPARE(value("SELECT count(*) FROM segments").toInt(), 0);
        stack.redo();
        QCOMPARE(value("SELECT name FROM segments WHERE id = ?", {id}).toString(), "Warm new callers");

        answerNextMessageBox(&dialog, QMessageBox::Yes);
        dialog.selectSegment(id);
        dialog.removeCurrent();
        QCOMPARE(value("SELECT count(*) FROM segments").toInt(), 0);
        QCOMPARE(dialog.listModel()->rowCount(), 0);
        stack.undo();
        QCOMPARE(value("SELECT count(*) FROM segments WHERE id = ?", {id}).toInt(), 1);
        QCOMPARE(value("SELECT created_by FROM segments WHERE id = ?", {id}).toString(), m_user);
        QCOMPARE(dialog.listModel()->rowCount(), 1);
    }

    void segmentRefusesABadFilter()
    {
        ui::SegmentsDialog dialog(m_db->database(), m_user, nullptr, {});
        auto *minStars = dialog.findChild<QSpinBox *>("segmentMinStars");
        auto *maxStars = dialog.findChild<QSpinBox *>("segmentMaxStars");
        minStars->setValue(4);
        maxStars->setValue(2);
        QVERIFY(!dialog.save());
        QVERIFY(dialog.findChild<QLabel *>("segmentsMessage")->text().contains("above the highest"));
        QCOMPARE(value("SELECT count(*) FROM segments").toInt(), 0);
        QVERIFY(dialog.findChild<QComboBox *>("segmentClient")->isEnabled());   // agency-wide: any client
    }

    void mailgunSettingsAreSavedAndTheKeyStaysOutOfTheDatabase()
    {
        const QString key = QStringLiteral("key-3ax6xnjp29jd6fds4gc373sgvjxteol0");
        FakeMailgunSetup setup;
        {
            ui::MailgunSettingsDialog dialog(m_db->database(), {}, &setup);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTRY_VERIFY(dialog.keyStatusLabel()->text().contains("No API key"));
            auto *domain = dialog.findChild<QLineEdit *>("mailgunDomain");
            auto *from = dialog.findChild<QLineEdit *>("mailgunFromAddress");
            auto *validation = dialog.findChild<QLabel *>("mailgunValidation");
            QVERIFY(!validation->isVisible());   // nothing typed yet

            // Bad input: said at once, and the checks refuse to run with it.
            QTest::keyClicks(domain, "mg example");
            QVERIFY(validation->isVisible());
            QVERIFY2(validation->text().contains("is not a domain name"), qPrintable(validation->text()));
            domain->clear();
            QTest::keyClicks(domain, "MG.Example.com");
            QTest::keyClicks(from, "news at example");
            QVERIFY(validation->text().contains("not a valid sending address"));
            button(&dialog, "Test connection")->click();
            QVERIFY(dialog.resultLabel()->text().contains("not a valid sending address"));
            QVERIFY(setup.tested.isEmpty());
            from->clear();
            QTest::keyClicks(from, "news@mg.example.com");
            QVERIFY(!validation->isVisible());

            auto *region = dialog.findChild<QComboBox *>("mailgunRegion");
            region->setCurrentIndex(region->findData("eu"));
            QTest::keyClicks(dialog.findChild<QLineEdit *>("mailgunFromName"), "Bright Smile");
            auto *apiKey = dialog.findChild<QLineEdit *>("mailgunApiKey");
            QCOMPARE(apiKey->echoMode(), QLineEdit::Password);
            QTest::keyClicks(apiKey, key);

            // Test connection: busy, then the answer; what was typed was tested, with the typed key.
            button(&dialog, "Test connection")->click();
            QVERIFY(dialog.isBusy());
            QVERIFY(!button(&dialog, "Send test message...")->isEnabled());
            QTRY_VERIFY(!dialog.isBusy());
            QVERIFY2(dialog.resultLabel()->text().contains("Connected"), qPrintable(dialog.resultLabel()->text()));
            QCOMPARE(setup.tested.last().domain, "mg.example.com");
            QCOMPARE(setup.tested.last().region, "eu");
            QCOMPARE(setup.keysUsed.last(), key);

            // Send test message: a bad address is refused here, a good one goes out.
            dialog.sendTestMessageTo("jane at example");
            QVERIFY(dialog.resultLabel()->text().contains("is not an email address"));
            QVERIFY(setup.testMessagesTo.isEmpty());
            dialog.sendTestMessageTo(" jane@example.com ");
            QVERIFY(dialog.isBusy());
            QTRY_VERIFY(!dialog.isBusy());
            QCOMPARE(setup.testMessagesTo, QStringList{"jane@example.com"});
            QVERIFY(dialog.resultLabel()->text().contains("accepted the test message"));
            setup.failWith = "the API key is wrong (401)";
            button(&dialog, "Test connection")->click();
            QTRY_VERIFY(!dialog.isBusy());
            QVERIFY(dialog.resultLabel()->text().contains("Not connected: the API key is wrong (401)"));
            grab(&dialog, "mailgun-settings");

            QSignalSpy accepted(&dialog, &QDialog::accepted);
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
            QTRY_COMPARE(accepted.count(), 1);
        }
        // The connection in app_settings, the key in the keychain only.
        const auto saved = storage::MailgunSettingsRepository(m_db->database()).connection({});
        QVERIFY(saved);
        QCOMPARE(saved->domain, "mg.example.com");
        QCOMPARE(saved->region, "eu");
        QCOMPARE(saved->fromAddress, "news@mg.example.com");
        QCOMPARE(saved->fromName, "Bright Smile");
        QCOMPARE(setup.keychain.value(QString()), key);
        const QString json = value("SELECT value FROM app_settings WHERE key = ?",
                                   {storage::MailgunSettingsRepository::settingsKey({})}).toString();
        QVERIFY(json.contains("mg.example.com"));
        QVERIFY(!json.contains(key));
        QCOMPARE(value("SELECT count(*) FROM app_settings WHERE value LIKE ?", {QString("%" + key + "%")}).toInt(), 0);
        // Nowhere in the file's bytes either (nor in its write-ahead log).
        m_db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        for (const QString &file : QStringList{m_db->path(), m_db->path() + "-wal", m_db->path() + "-shm"}) {
            const QByteArray bytes = fileBytes(file);
            QVERIFY2(!bytes.contains(key.toUtf8()), qPrintable(file));
            QVERIFY(!bytes.contains(key.toUtf8().toBase64()));
        }
        QVERIFY(fileBytes(m_db->path()).contains("mg.example.com"));   // the check can find things

        // Opened again: the key is said to be stored, never shown.
        ui::MailgunSettingsDialog again(m_db->database(), {}, &setup);
        QTRY_VERIFY(again.hasStoredKey());
        QVERIFY(again.keyStatusLabel()->text().contains("stored in the keychain"));
        QVERIFY(again.findChild<QLineEdit *>("mailgunApiKey")->text().isEmpty());
        QCOMPARE(again.findChild<QLineEdit *>("mailgunDomain")->text(), "mg.example.com");
        QVERIFY(!again.keyStatusLabel()->text().contains(key));

        // A client without its own settings uses the agency's, until it saves its own.
        again.selectScope(m_client);
        QVERIFY(again.findChild<QLabel *>("mailgunScopeNote")->text().contains("agency's connection (mg.example.com)"));
        QVERIFY(again.findChild<QLineEdit *>("mailgunDomain")->text().isEmpty());
        QVERIFY(!button(&again, "Use the agency's connection")->isEnabled());
        QTRY_VERIFY(again.keyStatusLabel()->text().contains("the agency's is used"));
        QTest::keyClicks(again.findChild<QLineEdit *>("mailgunDomain"), "mg.brightsmile.com");
        QTest::keyClicks(again.findChild<QLineEdit *>("mailgunFromAddress"), "hello@brightsmile.com");
        QSignalSpy accepted(&again, &QDialog::accepted);
        again.save();
        QCOMPARE(accepted.count(), 1);   // no key typed: nothing to wait for
        QCOMPARE(storage::MailgunSettingsRepository(m_db->database()).effectiveFor(m_client)->domain, "mg.brightsmile.com");
        QVERIFY(!setup.keychain.contains(m_client));
    }

    void mailgunSettingsRefuseToSaveBadInput()
    {
        FakeMailgunSetup setup;
        ui::MailgunSettingsDialog dialog(m_db->database(), m_client, &setup);
        QCOMPARE(dialog.scopeId(), m_client);
        QTest::keyClicks(dialog.findChild<QLineEdit *>("mailgunDomain"), "mg.example.com");
        QTest::keyClicks(dialog.findChild<QLineEdit *>("mailgunFromAddress"), "news@mg.example.com");
        QTest::keyClicks(dialog.findChild<QLineEdit *>("mailgunBaseUrl"), "http://insecure.example");
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.save();
        QCOMPARE(accepted.count(), 0);
        QVERIFY2(dialog.resultLabel()->text().contains("https://"), qPrintable(dialog.resultLabel()->text()));
        QVERIFY(!storage::MailgunSettingsRepository(m_db->database()).connection(m_client));
    }
};

QTEST_MAIN(EmailDialogsTest)
#include "tst_emaildialogs.moc"
