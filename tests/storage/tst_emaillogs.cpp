// The email log's queries: every filter narrows what SQL returns, paging is stable, the shown
// status follows the queue and Mailgun's events, and a message is read back in full.
#include <campaignrepository.h>
#include <emaileventrepository.h>
#include <emaillogrepository.h>
#include <emailqueuerepository.h>
#include <testdatabase.h>
#include <timestamps.h>

#include <QTest>

using namespace anchor::storage;
using anchor::testing::TestDatabase;

class TestEmailLogs : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_dental;
    QString m_roofing;

    QString queueMail(const QString &client, const QString &type, const QString &to, const QString &subject)
    {
        TransactionalEmail mail;
        mail.emailType = type;
        mail.clientId = client;
        mail.toAddress = to;
        mail.toName = QStringLiteral("Pat Doe");
        mail.subject = subject;
        mail.html = QStringLiteral("<p>Hello <b>Pat</b></p>");
        return EmailQueueRepository(m_db->database()).enqueueTransactional(mail);
    }

    QStringList ids(const EmailLogFilter &filter)
    {
        QStringList found;
        for (const EmailLogRow &row : EmailLogRepository(m_db->database()).page(filter, 0, 1000))
            found.append(row.id);
        return found;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_dental = m_db->addClient(QStringLiteral("Bright Smiles Dental"));
        m_roofing = m_db->addClient(QStringLiteral("Top Roofing"));
    }

    void filtersNarrowInSql()
    {
        const QString task = queueMail(m_dental, QStringLiteral("task_notification"), QStringLiteral("a@example.com"),
                                       QStringLiteral("Your task is due"));
        const QString review = queueMail(m_roofing, QStringLiteral("document_review"), QStringLiteral("b@example.com"),
                                         QStringLiteral("Please review 50%_off"));
        m_db->exec(QStringLiteral("UPDATE email_logs SET created_at = '2026-01-10T10:00:00.000Z' WHERE id = ?"),
                   {task});
        m_db->exec(QStringLiteral("UPDATE email_logs SET created_at = '2026-02-10T10:00:00.000Z' WHERE id = ?"),
                   {review});
        EmailLogRepository logs(m_db->database());

        QCOMPARE(logs.count({}), 2);
        QCOMPARE(ids({}), (QStringList{review, task})); // newest first

        EmailLogFilter byType;
        byType.emailTypes = {QStringLiteral("task_notification")};
        QCOMPARE(ids(byType), QStringList{task});
        EmailLogFilter byClient;
        byClient.clientId = m_roofing;
        QCOMPARE(ids(byClient), QStringList{review});
        EmailLogFilter bySearch;
        bySearch.search = QStringLiteral("A@EXAMPLE");
        QCOMPARE(ids(bySearch), QStringList{task});
        bySearch.search = QStringLiteral("50%_"); // wildcards typed match themselves
        QCOMPARE(ids(bySearch), QStringList{review});
        bySearch.search = QStringLiteral("5%f");
        QVERIFY(ids(bySearch).isEmpty());
        EmailLogFilter byDate;
        byDate.from = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
        QCOMPARE(ids(byDate), QStringList{review});
        byDate.from = {};
        byDate.to = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
        QCOMPARE(ids(byDate), QStringList{task});
        QCOMPARE(logs.count(byDate), 1);
        QCOMPARE(logs.emailTypes(),
                 (QStringList{QStringLiteral("document_review"), QStringLiteral("task_notification")}));

        // Paging: two pages of one row, in order, no overlap.
        QCOMPARE(logs.page({}, 0, 1).value(0).id, review);
        QCOMPARE(logs.page({}, 1, 1).value(0).id, task);
        QVERIFY(logs.page({}, 2, 1).isEmpty());
    }

    void statusFollowsQueueAndEvents()
    {
        const QString waiting = queueMail(m_dental, QStringLiteral("task_notification"),
                                          QStringLiteral("w@example.com"), QStringLiteral("Waiting"));
        // A campaign message accepted by Mailgun gets its own email_logs row, then a delivery.
        CampaignDraft draft;
        draft.clientId = m_dental;
        draft.name = draft.subject = QStringLiteral("Spring offer");
        draft.content = QStringLiteral("<p>Hi {{first_name}}</p>");
        draft.addresses = {QStringLiteral("c@example.com")};
        CampaignRepository campaigns(m_db->database());
        const QString campaignId = campaigns.create(draft);
        campaigns.startSending(campaignId, {});
        EmailQueueRepository queue(m_db->database());
        const QList<OutgoingMessage> claimed = queue.claim(10, QDateTime::currentDateTimeUtc());
        QCOMPARE(claimed.size(), 2); // the transactional one first, then the campaign's
        OutgoingMessage campaignMessage;
        for (const OutgoingMessage &message : claimed) {
            if (message.kind == OutgoingMessage::Kind::Campaign)
                campaignMessage = message;
        }
        EmailLogRepository logs(m_db->database());
        EmailLogFilter sending;
        sending.statuses = {QStringLiteral("sending")};
        QCOMPARE(ids(sending), QStringList{waiting});

        queue.markSent(campaignMessage, QStringLiteral("<m1@mg.example.com>"), QDateTime::currentDateTimeUtc());
        queue.markFailed(claimed.at(0).kind == OutgoingMessage::Kind::Transactional ? claimed.at(0) : claimed.at(1),
                         QStringLiteral("Domain not allowed to send"));
        EmailLogFilter campaignMail;
        campaignMail.emailTypes = {QStringLiteral("campaign")};
        const QList<EmailLogRow> rows = logs.page(campaignMail, 0, 10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).status, QStringLiteral("sent"));
        QCOMPARE(rows.at(0).recipientEmail, QStringLiteral("c@example.com"));

        MailgunEvent delivered;
        delivered.eventId = QStringLiteral("ev-1");
        delivered.type = QStringLiteral("delivered");
        delivered.occurredAt = QDateTime::currentDateTimeUtc();
        delivered.recipient = QStringLiteral("c@example.com");
        delivered.messageId = QStringLiteral("m1@mg.example.com");
        delivered.userVariables = {{QStringLiteral("anchor-key"), campaignMessage.idempotencyKey}};
        delivered.payload = QByteArrayLiteral("{}");
        EmailEventRepository(m_db->database()).apply({}, {delivered});

        EmailLogFilter deliveredOnly;
        deliveredOnly.statuses = {QStringLiteral("delivered")};
        QCOMPARE(ids(deliveredOnly), QStringList{rows.at(0).id});
        EmailLogFilter failed;
        failed.statuses = {QStringLiteral("failed")};
        const QList<EmailLogRow> failedRows = logs.page(failed, 0, 10);
        QCOMPARE(failedRows.size(), 1);
        QCOMPARE(failedRows.at(0).id, waiting);
        QCOMPARE(failedRows.at(0).errorMessage, QStringLiteral("Domain not allowed to send"));

        // The full message, with what maps it to its campaign recipient's events.
        const std::optional<EmailLogEntry> entry = logs.find(rows.at(0).id);
        QVERIFY(entry);
        QCOMPARE(entry->campaignId, campaignId);
        QCOMPARE(entry->recipientId, campaignMessage.recipientId);
        QVERIFY(entry->htmlBody.contains(QStringLiteral("<p>Hi")));
        QVERIFY(!entry->textBody.isEmpty());
        QCOMPARE(entry->row.clientName, QStringLiteral("Bright Smiles Dental"));
        QCOMPARE(EmailEventRepository(m_db->database()).eventsForRecipient(entry->recipientId).size(), 1);
        QVERIFY(!logs.find(QStringLiteral("missing")));
    }

    void labels()
    {
        QCOMPARE(EmailLogRepository::typeLabel(QStringLiteral("form_submission")), QStringLiteral("Form submission"));
        QCOMPARE(EmailLogStatus::label(QStringLiteral("bounced")), QStringLiteral("Bounced"));
        QCOMPARE(EmailLogStatus::all().size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestEmailLogs)
#include "tst_emaillogs.moc"
