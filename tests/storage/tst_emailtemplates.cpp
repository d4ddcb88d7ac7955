// Email templates in storage: the shipped ones added once, the scope rules (a client's own plus
// the agency-wide ones), validation with clear messages, duplicate names, and remove/restore
// (the undo of a delete) relinking the campaigns made from a template.
#include "testdatabase.h"

#include <emailcontent.h>
#include <emailtemplaterepository.h>
#include <storageerror.h>

#include <QTest>

using namespace anchor::storage;
using anchor::testing::TestDatabase;

Q_DECLARE_METATYPE(anchor::storage::EmailTemplate)

class EmailTemplatesTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_dental;
    QString m_roofing;

    QVariant value(const QString &sql, const QVariantList &binds = {}) { return m_db->scalar(sql, binds); }
    EmailTemplate draft(const QString &name, const QString &clientId = {})
    {
        EmailTemplate t;
        t.clientId = clientId;
        t.name = name;
        t.subject = "Hello {{first_name}}";
        t.content = "<p>Hi {{first_name}}</p>";
        t.category = "offers";
        return t;
    }
    QStringList names(const QList<EmailTemplate> &templates)
    {
        QStringList result;
        for (const EmailTemplate &t : templates)
            result.append(t.name);
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_dental = m_db->addClient("Bright Smile Dental");
        m_roofing = m_db->addClient("Summit Roofing");
    }

    void cleanup() { m_db.reset(); }

    void shippedTemplatesAreAddedOnceAndUseKnownPlaceholders()
    {
        EmailTemplateRepository repository(m_db->database());
        const QList<EmailTemplate> first = repository.list();
        QCOMPARE(first.size(), 4);
        QCOMPARE(names(first), (QStringList{"Welcome new patient", "Seasonal offer", "Monthly update", "Happy birthday"}));
        QCOMPARE(value("SELECT count(*) FROM email_templates WHERE is_default = 1 AND client_id IS NULL").toInt(), 4);
        for (const EmailTemplate &t : first) {
            QVERIFY(t.isDefault);
            QVERIFY(t.clientId.isEmpty());
            QVERIFY2(email::unknownPlaceholders(t.subject + t.content).isEmpty(), qPrintable(t.name));
            QVERIFY(t.content.contains("{{unsubscribe_url}}"));
            QVERIFY(t.content.contains("{{first_name}}"));
            QVERIFY(t.content.contains("{{client_name}}"));
        }
        // Deleted shipped templates stay deleted.
        repository.remove(first.first().id);
        QCOMPARE(repository.list().size(), 3);
        QCOMPARE(EmailTemplateRepository(m_db->database()).list().size(), 3);
    }

    void listsTheClientsOwnAndTheAgencyWideOnes()
    {
        EmailTemplateRepository repository(m_db->database());
        repository.create(draft("Dental recall", m_dental));
        repository.create(draft("Roof check", m_roofing));
        EmailTemplate none = draft("Agency note");
        none.category.clear();
        repository.create(none);
        const QStringList dental = names(repository.list(m_dental));
        QVERIFY(dental.contains("Dental recall"));
        QVERIFY(!dental.contains("Roof check"));
        QVERIFY(dental.contains("Agency note"));
        QVERIFY(dental.contains("Happy birthday"));
        QCOMPARE(dental.last(), "Agency note");   // no category sorts last
        QCOMPARE(repository.list().size(), 7);     // every template
    }

    void createFindUpdate()
    {
        EmailTemplateRepository repository(m_db->database());
        EmailTemplate t = draft("Spring cleaning", m_dental);
        t.createdBy = m_dental;
        const QString id = repository.create(t);
        std::optional<EmailTemplate> stored = repository.find(id);
        QVERIFY(stored);
        QCOMPARE(stored->name, "Spring cleaning");
        QCOMPARE(stored->clientId, m_dental);
        QCOMPARE(stored->category, "offers");
        QCOMPARE(stored->createdBy, m_dental);
        QVERIFY(!stored->isDefault);
        stored->subject = "  New subject  ";
        stored->category.clear();
        repository.update(*stored);
        QCOMPARE(value("SELECT subject FROM email_templates WHERE id = ?", {id}).toString(), "New subject");
        QVERIFY(value("SELECT category FROM email_templates WHERE id = ?", {id}).isNull());
        QCOMPARE(value("SELECT created_by FROM email_templates WHERE id = ?", {id}).toString(), m_dental);
    }

    void refusesWhatIsMissingOrWrong_data()
    {
        QTest::addColumn<EmailTemplate>("input");
        QTest::addColumn<QString>("message");
        EmailTemplate t = draft("  ");
        QTest::newRow("no name") << t << "needs a name";
        t = draft("X");
        t.subject = " ";
        QTest::newRow("no subject") << t << "needs a subject";
        t = draft("X");
        t.subject = "Two\nlines";
        QTest::newRow("subject with a line break") << t << "one line";
        t = draft("X");
        t.content = "\n ";
        QTest::newRow("no body") << t << "needs a message body";
        t = draft("X");
        t.category = "newsletter";
        QTest::newRow("unknown category") << t << "not an email template category";
        t = draft(QString(201, u'n'));
        QTest::newRow("long name") << t << "at most 200";
        t = draft("X", "no-such-client");
        QTest::newRow("gone client") << t << "no longer exists";
    }

    void refusesWhatIsMissingOrWrong()
    {
        QFETCH(EmailTemplate, input);
        QFETCH(QString, message);
        EmailTemplateRepository repository(m_db->database());
        repository.list();
        const int before = value("SELECT count(*) FROM email_templates").toInt();
        try {
            repository.create(input);
            QFAIL("the template was accepted");
        } catch (const StorageError &error) {
            QVERIFY2(error.message().contains(message), qPrintable(error.message()));
            QCOMPARE(error.kind() == StorageError::Kind::Constraint || error.kind() == StorageError::Kind::NotFound, true);
        }
        QCOMPARE(value("SELECT count(*) FROM email_templates").toInt(), before);
    }

    void namesAreUniquePerScope()
    {
        EmailTemplateRepository repository(m_db->database());
        repository.create(draft("Recall", m_dental));
        repository.create(draft("Recall", m_roofing));   // another client: fine
        repository.create(draft("Recall"));              // agency-wide: fine
        QVERIFY_THROWS_EXCEPTION(StorageError, repository.create(draft("recall", m_dental)));
        QVERIFY_THROWS_EXCEPTION(StorageError, repository.create(draft("RECALL")));
        QCOMPARE(value("SELECT count(*) FROM email_templates WHERE name = 'Recall'").toInt(), 3);
    }

    void duplicateNamesTheCopy()
    {
        EmailTemplateRepository repository(m_db->database());
        const QString shipped = repository.list().first().id;
        const QString first = repository.duplicate(shipped, {}, m_dental);
        const QString second = repository.duplicate(shipped);
        QCOMPARE(repository.find(first)->name, "Welcome new patient (copy)");
        QCOMPARE(repository.find(second)->name, "Welcome new patient (copy 2)");
        QVERIFY(!repository.find(first)->isDefault);   // the copy is the user's own
        QCOMPARE(repository.find(first)->createdBy, m_dental);
        QCOMPARE(repository.find(first)->content, repository.find(shipped)->content);
        QCOMPARE(repository.find(repository.duplicate(first, "Named"))->name, "Named");
        QVERIFY_THROWS_EXCEPTION(StorageError, repository.duplicate("missing"));
    }

    void removeAndRestoreRelinksCampaigns()
    {
        EmailTemplateRepository repository(m_db->database());
        const QString id = repository.create(draft("Recall", m_dental));
        m_db->exec("INSERT INTO email_campaigns (id, client_id, name, subject, content, template_id) "
                   "VALUES ('c1', ?, 'Spring', 's', 'c', ?)", {m_dental, id});
        const EmailTemplate before = *repository.find(id);
        const QStringList campaigns = repository.remove(id);
        QCOMPARE(campaigns, QStringList{"c1"});
        QVERIFY(!repository.find(id));
        QVERIFY(value("SELECT template_id FROM email_campaigns WHERE id = 'c1'").isNull());
        QCOMPARE(value("SELECT subject FROM email_campaigns WHERE id = 'c1'").toString(), "s");   // kept

        repository.restore(before, campaigns);
        QVERIFY(repository.find(id));
        QVERIFY(repository.find(id)->sameContent(before));
        QCOMPARE(value("SELECT template_id FROM email_campaigns WHERE id = 'c1'").toString(), id);
        // Restoring a template that is still there writes its texts back.
        EmailTemplate edited = before;
        edited.subject = "Changed";
        repository.update(edited);
        repository.restore(before);
        QCOMPARE(repository.find(id)->subject, before.subject);
    }

    void updateOfAGoneTemplateIsRefused()
    {
        EmailTemplateRepository repository(m_db->database());
        EmailTemplate t = draft("Gone");
        t.id = "not-stored";
        try {
            repository.update(t);
            QFAIL("accepted");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::NotFound);
        }
    }

    void categoriesMatchTheSchema()
    {
        EmailTemplateRepository repository(m_db->database());
        for (const QString &category : EmailTemplateRepository::categories()) {
            EmailTemplate t = draft("T " + category);
            t.category = category;
            repository.create(t);   // the CHECK accepts each
            QVERIFY(EmailTemplateRepository::categoryLabel(category) != category);
        }
        QCOMPARE(EmailTemplateRepository::categoryLabel({}), "No category");
    }
};

QTEST_GUILESS_MAIN(EmailTemplatesTest)
#include "tst_emailtemplates.moc"
