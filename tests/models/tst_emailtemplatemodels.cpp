// Email templates in the models layer: the list model under QAbstractItemModelTester while it
// is filtered and reloaded, every EmailTemplateDocument edit undone and redone against a real
// database file, and the preview filled in for a sample recipient.
#include "testdatabase.h"

#include <emailtemplatedocument.h>
#include <emailtemplatelistmodel.h>
#include <emailtemplatepreview.h>
#include <emailtemplaterepository.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace anchor;
using anchor::models::EmailTemplateDocument;
using anchor::models::EmailTemplateListModel;
using anchor::testing::TestDatabase;

class EmailTemplateModelsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_client;
    QString m_user;

    QVariant value(const QString &sql, const QVariantList &binds = {}) { return m_db->scalar(sql, binds); }
    storage::EmailTemplate draft(const QString &name)
    {
        storage::EmailTemplate t;
        t.clientId = m_client;
        t.name = name;
        t.subject = "Hi {{first_name}}";
        t.content = "<p>Hello {{first_name}} from {{client_name}}</p>";
        t.category = "updates";
        return t;
    }
    QStringList names(const EmailTemplateListModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.index(row, EmailTemplateListModel::NameColumn).data().toString());
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_client = m_db->addClient("Bright Smile Dental");
        m_user = m_db->addClient("Agency user");
    }

    void cleanup() { m_db.reset(); }

    void listModelFiltersByCategoryAndSearch()
    {
        EmailTemplateDocument document(m_db->database(), nullptr, m_user);
        EmailTemplateListModel model(&document, m_client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);   // the shipped ones
        QCOMPARE(model.columnCount(), int(EmailTemplateListModel::ColumnCount));
        QCOMPARE(model.index(0, EmailTemplateListModel::CategoryColumn).data().toString(), "Welcome");
        QVERIFY(model.index(0, 0).data(EmailTemplateListModel::DefaultRole).toBool());
        QVERIFY(model.index(0, 0).data(EmailTemplateListModel::AgencyWideRole).toBool());

        QVERIFY(document.createTemplate(draft("Clinic news")));
        QCOMPARE(model.rowCount(), 5);   // reloaded on the document's signal
        model.setCategoryFilter(QString("updates"));
        QCOMPARE(names(model), (QStringList{"Clinic news", "Monthly update"}));
        model.setSearchText("  CLINIC ");
        QCOMPARE(names(model), QStringList{"Clinic news"});
        model.setSearchText("happy");   // matches nothing in updates
        QCOMPARE(model.rowCount(), 0);
        model.setCategoryFilter(std::nullopt);
        QCOMPARE(names(model), QStringList{"Happy birthday"});
        model.setSearchText("{{client_name}}");   // subjects are searched too
        QCOMPARE(names(model), (QStringList{"Welcome new patient", "Seasonal offer", "Monthly update"}));
        model.setSearchText({});
        model.setCategoryFilter(QString());   // only templates without a category
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOf(model.allTemplates().first().id), -1);
        QCOMPARE(model.allTemplates().size(), 5);
    }

    void everyEditUndoesAndRedoes()
    {
        QUndoStack stack;
        EmailTemplateDocument document(m_db->database(), &stack, m_user);
        EmailTemplateListModel model(&document, m_client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&document, &EmailTemplateDocument::templatesChanged);
        const auto count = [&] { return value("SELECT count(*) FROM email_templates").toInt(); };

        QString id;
        QVERIFY(document.createTemplate(draft("Clinic news"), &id));
        QCOMPARE(count(), 5);
        QCOMPARE(value("SELECT created_by FROM email_templates WHERE id = ?", {id}).toString(), m_user);
        QCOMPARE(stack.undoText(), "Add email template \"Clinic news\"");

        storage::EmailTemplate edited = *storage::EmailTemplateRepository(m_db->database()).find(id);
        edited.subject = "Changed {{first_name}}";
        QVERIFY(document.saveTemplate(edited));
        QCOMPARE(stack.count(), 2);
        QVERIFY(document.saveTemplate(edited));   // nothing changed: nothing to undo
        QCOMPARE(stack.count(), 2);

        const QString copy = document.duplicateTemplate(id);
        QVERIFY(!copy.isEmpty());
        QCOMPARE(value("SELECT name FROM email_templates WHERE id = ?", {copy}).toString(), "Clinic news (copy)");
        m_db->exec("INSERT INTO email_campaigns (id, client_id, name, subject, content, template_id) "
                   "VALUES ('c1', ?, 'Spring', 's', 'c', ?)", {m_client, id});
        QVERIFY(document.removeTemplate(id));
        QCOMPARE(count(), 5);
        QCOMPARE(model.rowOf(id), -1);

        stack.undo();   // the delete: back under its id, the campaign linked again
        QCOMPARE(value("SELECT subject FROM email_templates WHERE id = ?", {id}).toString(), "Changed {{first_name}}");
        QCOMPARE(value("SELECT template_id FROM email_campaigns WHERE id = 'c1'").toString(), id);
        QVERIFY(model.rowOf(id) >= 0);
        stack.undo();   // the duplicate
        QCOMPARE(value("SELECT count(*) FROM email_templates WHERE id = ?", {copy}).toInt(), 0);
        stack.undo();   // the edit
        QCOMPARE(value("SELECT subject FROM email_templates WHERE id = ?", {id}).toString(), "Hi {{first_name}}");
        stack.undo();   // the add (the campaign made from it is unlinked, and linked again by redo)
        QCOMPARE(count(), 4);
        QVERIFY(value("SELECT template_id FROM email_campaigns WHERE id = 'c1'").isNull());

        stack.redo();
        QCOMPARE(value("SELECT name FROM email_templates WHERE id = ?", {id}).toString(), "Clinic news");
        QCOMPARE(value("SELECT template_id FROM email_campaigns WHERE id = 'c1'").toString(), id);
        stack.redo();
        stack.redo();
        stack.redo();
        QCOMPARE(value("SELECT count(*) FROM email_templates WHERE id = ?", {id}).toInt(), 0);
        QCOMPARE(value("SELECT count(*) FROM email_templates WHERE id = ?", {copy}).toInt(), 1);
        QVERIFY(changed.count() >= 8);
    }

    void refusedEditsAreReportedAndNotStacked()
    {
        QUndoStack stack;
        EmailTemplateDocument document(m_db->database(), &stack, m_user);
        QSignalSpy failed(&document, &EmailTemplateDocument::editFailed);
        storage::EmailTemplate noSubject = draft("Broken");
        noSubject.subject.clear();
        QVERIFY(!document.createTemplate(noSubject));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains("needs a subject"));
        QVERIFY(!document.removeTemplate("missing"));
        QVERIFY(document.duplicateTemplate("missing").isEmpty());
        QCOMPARE(stack.count(), 0);
        QCOMPARE(value("SELECT count(*) FROM email_templates WHERE name = 'Broken'").toInt(), 0);
    }

    void previewFillsInTheSampleRecipient()
    {
        const storage::PreviewRecipient jane = models::sampleRecipient("Bright & Smile");
        QCOMPARE(jane.name, "Jane Doe");
        const auto values = models::previewValues(jane, {});
        QCOMPARE(values.value("first_name"), "Jane");
        QCOMPARE(values.value("last_name"), "Doe");
        QCOMPARE(values.value("sender_name"), "Bright & Smile");   // no sender configured: the business
        const models::EmailPreview preview = models::renderPreview(
            "Hi {{first_name}} {{coupon}}", "<p>{{client_name}}: {{ first_name }} <a href=\"{{unsubscribe_url}}\">out</a> "
                                            "{{fristname}} {{coupon}}</p>", values);
        QCOMPARE(preview.subject, "Hi Jane {{coupon}}");
        QVERIFY(preview.html.contains("Bright &amp; Smile: Jane"));   // values escaped in HTML
        QVERIFY(preview.text.contains("Bright & Smile: Jane"));
        QVERIFY(preview.text.contains("out (https://unsubscribe.example/preview)"));
        QCOMPARE(preview.unknownPlaceholders, (QStringList{"coupon", "fristname"}));
    }

    void previewRecipientsAreRealPeopleWithAnEmail()
    {
        TestDatabase::Call call{"call-1", m_client, "2026-01-02T09:00:00.000Z", "Ann Lee"};
        const QString callRow = m_db->addCall(call);
        m_db->exec("UPDATE call_logs SET meta = json_object('email', 'ann@example.com') WHERE id = ?", {callRow});
        m_db->addCall({"call-2", m_client, "2026-01-03T09:00:00.000Z", "No Mail"});
        m_db->exec("INSERT INTO active_clients (id, owner_user_id, client_name, client_email) "
                   "VALUES ('a1', ?, 'Bo Chen', 'bo@example.com')", {m_client});
        QList<storage::PreviewRecipient> people;
        bool done = false;
        QObject context;
        models::loadPreviewRecipients(&context, m_db->database(), m_client, 10,
                                      [&](const QList<storage::PreviewRecipient> &found) {
                                          people = found;
                                          done = true;
                                      });
        QTRY_VERIFY(done);
        QCOMPARE(people.size(), 2);
        QCOMPARE(people.at(0).email, "bo@example.com");   // active clients first
        QVERIFY(people.at(0).activeClient);
        QCOMPARE(people.at(1).name, "Ann Lee");
        QCOMPARE(people.at(1).clientName, "Bright Smile Dental");
        QCOMPARE(storage::EmailTemplateRepository(m_db->database()).previewRecipients(m_user, 10).size(), 0);
        QCOMPARE(storage::EmailTemplateRepository(m_db->database()).previewRecipients({}, 1).size(), 1);
    }
};

QTEST_GUILESS_MAIN(EmailTemplateModelsTest)
#include "tst_emailtemplatemodels.moc"
