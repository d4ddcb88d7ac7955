// Campaign and email log models: the document's undoable edits (and refused moves), Send Now
// on a worker thread, the campaigns list with Pipedrive-style rates, the recipients and the
// email log paged with fetchMore, and the check before sending. Every model runs under
// QAbstractItemModelTester; every test reads the database to prove what was written.
#include "testdatabase.h"

#include <campaignpreflight.h>
#include <campaignrecipientsmodel.h>
#include <campaignsdocument.h>
#include <campaignstablemodel.h>
#include <emaileventrepository.h>
#include <emaillogmodel.h>
#include <emailqueuerepository.h>
#include <suppressionrepository.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace anchor;
using anchor::testing::TestDatabase;

class CampaignModelsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_client;

    QVariant value(const QString &sql, const QVariantList &binds = {}) { return m_db->scalar(sql, binds); }

    storage::CampaignDraft draft(int addresses)
    {
        storage::CampaignDraft d;
        d.clientId = m_client;
        d.name = QStringLiteral("Spring offer");
        d.subject = QStringLiteral("{{first_name}}, spring is here");
        d.content = QStringLiteral("<p>Hi {{first_name}}</p>");
        for (int i = 0; i < addresses; ++i)
            d.addresses.append(QStringLiteral("r%1@example.com").arg(i, 5, 10, QLatin1Char('0')));
        return d;
    }

    // Queues the campaign and marks every message sent, as the sender would.
    QList<storage::OutgoingMessage> sendAll(const QString &campaignId)
    {
        storage::CampaignRepository(m_db->database()).startSending(campaignId, {});
        storage::EmailQueueRepository queue(m_db->database());
        const QList<storage::OutgoingMessage> messages = queue.claim(100000, QDateTime::currentDateTimeUtc());
        for (int i = 0; i < messages.size(); ++i)
            queue.markSent(messages.at(i), QStringLiteral("<m%1@mg.example.com>").arg(i),
                           QDateTime::currentDateTimeUtc());
        return messages;
    }

    // Asks for the next page when the model can take one (QAbstractItemModelTester asks too),
    // and says how many rows are loaded: for QTRY_COMPARE.
    static int fetchStep(QAbstractItemModel &model)
    {
        if (model.canFetchMore({}))
            model.fetchMore({});
        return model.rowCount();
    }

    static storage::MailgunEvent event(const QString &id, const QString &type, const storage::OutgoingMessage &message)
    {
        storage::MailgunEvent e;
        e.eventId = id;
        e.type = type;
        e.occurredAt = QDateTime::currentDateTimeUtc().addSecs(-600);
        e.recipient = message.toAddress;
        e.severity = type == QLatin1String("failed") ? QStringLiteral("permanent") : QString();
        e.userVariables = {{QStringLiteral("anchor-key"), message.idempotencyKey}};
        e.payload = QByteArrayLiteral("{}");
        return e;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_client = m_db->addClient(QStringLiteral("Bright Smiles Dental"));
    }

    void createEditDeleteUndoRedo()
    {
        QUndoStack stack;
        models::CampaignsDocument document(m_db->database(), &stack, {});
        QSignalSpy changed(&document, &models::CampaignsDocument::campaignsChanged);
        const QString id = document.createCampaign(draft(2));
        QVERIFY(!id.isEmpty());
        QCOMPARE(value(QStringLiteral("SELECT status FROM email_campaigns WHERE id = ?"), {id}).toString(),
                 QStringLiteral("draft"));
        QCOMPARE(stack.count(), 1);
        QVERIFY(changed.count() >= 1);

        storage::CampaignDraft edited = draft(3);
        edited.id = id;
        edited.subject = QStringLiteral("A new subject");
        QVERIFY(document.updateCampaign(edited));
        QCOMPARE(value(QStringLiteral("SELECT subject FROM email_campaigns WHERE id = ?"), {id}).toString(),
                 QStringLiteral("A new subject"));
        stack.undo();
        QCOMPARE(value(QStringLiteral("SELECT subject FROM email_campaigns WHERE id = ?"), {id}).toString(),
                 QStringLiteral("{{first_name}}, spring is here"));
        stack.redo();
        QCOMPARE(value(QStringLiteral("SELECT subject FROM email_campaigns WHERE id = ?"), {id}).toString(),
                 QStringLiteral("A new subject"));

        // Delete, then undo: the campaign is back under its own id.
        QVERIFY(document.removeCampaign(id));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM email_campaigns")).toInt(), 0);
        stack.undo();
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM email_campaigns")).toInt(), 1);
        QCOMPARE(value(QStringLiteral("SELECT subject FROM email_campaigns WHERE id = ?"), {id}).toString(),
                 QStringLiteral("A new subject"));
        // Older commands still find it: undoing the edit and the create, and redoing the create.
        stack.undo();
        QCOMPARE(value(QStringLiteral("SELECT subject FROM email_campaigns WHERE id = ?"), {id}).toString(),
                 QStringLiteral("{{first_name}}, spring is here"));
        stack.undo();
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM email_campaigns")).toInt(), 0);
        stack.redo();
        QCOMPARE(value(QStringLiteral("SELECT id FROM email_campaigns")).toString(), id);
        stack.redo(); // the edit
        QCOMPARE(value(QStringLiteral("SELECT subject FROM email_campaigns WHERE id = ?"), {id}).toString(),
                 QStringLiteral("A new subject"));
        stack.redo(); // the delete again
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM email_campaigns")).toInt(), 0);
        stack.undo();

        const QString copy = document.duplicateCampaign(id);
        QCOMPARE(value(QStringLiteral("SELECT name FROM email_campaigns WHERE id = ?"), {copy}).toString(),
                 QStringLiteral("Spring offer (copy)"));
    }

    void scheduleAndRefusedMoves()
    {
        QUndoStack stack;
        models::CampaignsDocument document(m_db->database(), &stack, {});
        const QString id = document.createCampaign(draft(1));
        QSignalSpy failed(&document, &models::CampaignsDocument::editFailed);
        QVERIFY(!document.resumeCampaign(id)); // a draft is not paused
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        QCOMPARE(stack.count(), 1); // the refusal is not on the stack

        const QDateTime when = QDateTime::currentDateTimeUtc().addDays(2);
        QVERIFY(document.scheduleCampaign(id, when));
        QCOMPARE(value(QStringLiteral("SELECT status FROM email_campaigns WHERE id = ?"), {id}).toString(),
                 QStringLiteral("scheduled"));
        QVERIFY(document.pauseCampaign(id));
        QCOMPARE(value(QStringLiteral("SELECT status FROM email_campaigns WHERE id = ?"), {id}).toString(),
                 QStringLiteral("paused"));
        stack.undo(); // resume: back to scheduled
        QCOMPARE(value(QStringLiteral("SELECT status FROM email_campaigns WHERE id = ?"), {id}).toString(),
                 QStringLiteral("scheduled"));
        stack.undo(); // unschedule: a draft again, no time
        QCOMPARE(value(QStringLiteral("SELECT status FROM email_campaigns WHERE id = ?"), {id}).toString(),
                 QStringLiteral("draft"));
        QVERIFY(value(QStringLiteral("SELECT scheduled_at FROM email_campaigns WHERE id = ?"), {id}).isNull());
        stack.redo();
        QCOMPARE(value(QStringLiteral("SELECT status FROM email_campaigns WHERE id = ?"), {id}).toString(),
                 QStringLiteral("scheduled"));

        QVERIFY(document.cancelCampaign(id));
        QCOMPARE(value(QStringLiteral("SELECT status FROM email_campaigns WHERE id = ?"), {id}).toString(),
                 QStringLiteral("cancelled"));
        QVERIFY(document.removeForGood(id));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM email_campaigns")).toInt(), 0);
    }

    void undoDeleteOfASentCampaignKeepsItsRecipientsAndStatistics()
    {
        QUndoStack stack;
        models::CampaignsDocument document(m_db->database(), &stack, {});
        const QString id = document.createCampaign(draft(4));
        const QList<storage::OutgoingMessage> messages = sendAll(id);
        QCOMPARE(messages.size(), 4);
        storage::EmailEventRepository(m_db->database())
            .apply({}, {event(QStringLiteral("e1"), QStringLiteral("delivered"), messages.at(0)),
                        event(QStringLiteral("e2"), QStringLiteral("opened"), messages.at(0)),
                        event(QStringLiteral("e3"), QStringLiteral("delivered"), messages.at(1))});
        QVERIFY(storage::CampaignRepository(m_db->database()).markCompletedIfDone(id));
        const storage::CampaignStatistics before = storage::CampaignRepository(m_db->database()).statistics(id);
        QCOMPARE(before.delivered, 2);
        QCOMPARE(before.uniqueOpens, 1);
        QVERIFY(document.removalIsUndoable(id));

        QVERIFY(document.removeCampaign(id));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM campaign_recipients")).toInt(), 0);
        QCOMPARE(stack.undoText(), QStringLiteral("Delete campaign \"Spring offer\""));
        stack.undo();
        QCOMPARE(value(QStringLiteral("SELECT status FROM email_campaigns WHERE id = ?"), {id}).toString(),
                 QStringLiteral("sent"));
        const storage::CampaignStatistics after = storage::CampaignRepository(m_db->database()).statistics(id);
        QCOMPARE(after.sent, 4);
        QCOMPARE(after.delivered, before.delivered);
        QCOMPARE(after.uniqueOpens, before.uniqueOpens);
        // The recipients models read are the same rows, their events still linked to them.
        models::CampaignRecipientsModel recipients(m_db->database());
        QAbstractItemModelTester tester(&recipients);
        recipients.setCampaign(id);
        QTRY_COMPARE(fetchStep(recipients), 4);
        QCOMPARE(
            value(QStringLiteral("SELECT count(*) FROM email_tracking t JOIN campaign_recipients r "
                                 "ON r.id = t.recipient_id AND r.campaign_id = t.campaign_id WHERE t.campaign_id = ?"),
                  {id})
                .toInt(),
            3);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM email_job_items WHERE campaign_id = ?"), {id}).toInt(), 4);
        stack.redo();
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM email_campaigns")).toInt(), 0);
    }

    void sendNowRunsOnAWorkerThread()
    {
        models::CampaignsDocument document(m_db->database(), nullptr, {});
        storage::CampaignDraft d = draft(300);
        d.addresses << QStringLiteral("not an address");
        const QString id = document.createCampaign(d);
        QVERIFY(
            storage::SuppressionRepository(m_db->database()).add(m_client, QStringLiteral("r00007@example.com"), {}));

        QSignalSpy queued(&document, &models::CampaignsDocument::queued);
        QVERIFY(document.startSending(id));
        QVERIFY(document.isQueueing(id));
        QVERIFY(!document.startSending(id)); // not twice at once
        QVERIFY(queued.wait(20000));
        QVERIFY(!document.isQueueing(id));
        const auto result = queued.at(0).at(1).value<storage::QueueResult>();
        QCOMPARE(result.queued, 299);
        QCOMPARE(result.suppressed, 1);
        QCOMPARE(result.invalid, QStringList{QStringLiteral("not an address")});
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM email_job_items WHERE campaign_id = ?"), {id}).toInt(),
                 299);
        QCOMPARE(value(QStringLiteral(
                           "SELECT count(*) FROM campaign_recipients WHERE campaign_id = ? AND status = 'suppressed'"),
                       {id})
                     .toInt(),
                 1);
        QCOMPARE(value(QStringLiteral("SELECT status FROM email_campaigns WHERE id = ?"), {id}).toString(),
                 QStringLiteral("sending"));

        // Started once: a second Send Now adds nothing.
        QVERIFY(document.startSending(id));
        QVERIFY(queued.wait(20000));
        QVERIFY(queued.at(1).at(1).value<storage::QueueResult>().alreadyQueued);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM email_job_items WHERE campaign_id = ?"), {id}).toInt(),
                 299);

        // A campaign that cannot be sent reports why.
        const QString cancelled = document.createCampaign(draft(2));
        QVERIFY(document.cancelCampaign(cancelled));
        QSignalSpy failed(&document, &models::CampaignsDocument::queueFailed);
        QVERIFY(document.startSending(cancelled));
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("cancelled")));
        QCOMPARE(
            value(QStringLiteral("SELECT count(*) FROM email_job_items WHERE campaign_id = ?"), {cancelled}).toInt(),
            0);
    }

    void sendNowReportsProgressAndCanBeCancelled()
    {
        models::CampaignsDocument document(m_db->database(), nullptr, {});
        const int total = 5 * storage::CampaignRepository::kQueueProgressStep;
        const QString id = document.createCampaign(draft(total));
        const QDateTime when = QDateTime::currentDateTimeUtc().addDays(7);
        QVERIFY(document.scheduleCampaign(id, when));
        const QString scheduledAt =
            value(QStringLiteral("SELECT scheduled_at FROM email_campaigns WHERE id = ?"), {id}).toString();

        // Cancelled at once: the worker stops at its first check and rolls back.
        QSignalSpy cancelled(&document, &models::CampaignsDocument::queueCancelled);
        QSignalSpy queued(&document, &models::CampaignsDocument::queued);
        QVERIFY(!document.cancelQueueing(id)); // not queueing yet
        QVERIFY(document.startSending(id));
        QVERIFY(document.cancelQueueing(id));
        QVERIFY(cancelled.wait(20000));
        QCOMPARE(queued.count(), 0);
        QVERIFY(!document.isQueueing(id));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM email_jobs")).toInt(), 0);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM campaign_recipients")).toInt(), 0);
        // As it was: scheduled, at the same time (Send Now had dropped the schedule).
        QCOMPARE(value(QStringLiteral("SELECT status FROM email_campaigns WHERE id = ?"), {id}).toString(),
                 QStringLiteral("scheduled"));
        QCOMPARE(value(QStringLiteral("SELECT scheduled_at FROM email_campaigns WHERE id = ?"), {id}).toString(),
                 scheduledAt);

        // Not cancelled: progress up to the whole audience, then queued.
        QSignalSpy progress(&document, &models::CampaignsDocument::queueProgress);
        QVERIFY(document.startSending(id));
        QVERIFY(queued.wait(60000));
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(progress.count() >= 1);
        for (const QList<QVariant> &report : std::as_const(progress)) {
            QCOMPARE(report.at(0).toString(), id);
            QCOMPARE(report.at(2).toInt(), total);
        }
        QCOMPARE(progress.last().at(1).toInt(), total);
        QCOMPARE(queued.at(0).at(1).value<storage::QueueResult>().queued, total);
        QVERIFY(!document.cancelQueueing(id)); // finished
    }

    void sendNowOfAScheduledCampaignSendsNow()
    {
        models::CampaignsDocument document(m_db->database(), nullptr, {});
        const QString id = document.createCampaign(draft(3));
        QVERIFY(document.scheduleCampaign(id, QDateTime::currentDateTimeUtc().addDays(7)));
        QSignalSpy queued(&document, &models::CampaignsDocument::queued);
        QVERIFY(document.startSending(id));
        QVERIFY(queued.wait(20000));
        QCOMPARE(queued.at(0).at(1).value<storage::QueueResult>().queued, 3);
        QCOMPARE(value(QStringLiteral("SELECT status FROM email_campaigns WHERE id = ?"), {id}).toString(),
                 QStringLiteral("sending"));
        // The sender may take them at once, not in a week.
        QCOMPARE(storage::EmailQueueRepository(m_db->database()).claim(10, QDateTime::currentDateTimeUtc()).size(), 3);
    }

    void preflightCountsBeforeSending()
    {
        storage::CampaignDraft d = draft(4);
        d.addresses << QStringLiteral("R00001@example.com") << QStringLiteral("bad@") << QStringLiteral("bad@");
        d.content += QStringLiteral("{{coupon_code}}");
        const QString id = storage::CampaignRepository(m_db->database()).create(d);
        storage::SuppressionRepository(m_db->database())
            .add({}, QStringLiteral("r00002@example.com"), {}); // agency-wide
        const auto campaign = storage::CampaignRepository(m_db->database()).find(id);
        QVERIFY(campaign);
        const models::CampaignPreflight check = models::computePreflight(m_db->database(), *campaign);
        QCOMPARE(check.recipients, 4); // the upper-case duplicate counts once
        QCOMPARE(check.suppressed, 1);
        QCOMPARE(check.toQueue(), 3);
        QCOMPARE(check.invalid, QStringList{QStringLiteral("bad@")});
        QCOMPARE(check.unknownPlaceholders, QStringList{QStringLiteral("coupon_code")});

        QStringList valid;
        QStringList invalid;
        models::splitAddresses(QStringLiteral("a@example.com, B@example.com;\nnope\n\na@example.com"), &valid,
                               &invalid);
        QCOMPARE(valid, (QStringList{QStringLiteral("a@example.com"), QStringLiteral("b@example.com")}));
        QCOMPARE(invalid, QStringList{QStringLiteral("nope")});
    }

    void campaignsListShowsRates()
    {
        storage::CampaignRepository campaigns(m_db->database());
        const QString sentId = campaigns.create(draft(4));
        storage::CampaignDraft other = draft(1);
        other.name = QStringLiteral("Autumn news");
        const QString draftId = campaigns.create(other);
        const QList<storage::OutgoingMessage> messages = sendAll(sentId);
        QCOMPARE(messages.size(), 4);
        storage::EmailEventRepository(m_db->database())
            .apply({}, {event(QStringLiteral("d0"), QStringLiteral("delivered"), messages.at(0)),
                        event(QStringLiteral("d1"), QStringLiteral("delivered"), messages.at(1)),
                        event(QStringLiteral("d2"), QStringLiteral("delivered"), messages.at(2)),
                        event(QStringLiteral("d3"), QStringLiteral("delivered"), messages.at(3)),
                        event(QStringLiteral("o0"), QStringLiteral("opened"), messages.at(0)),
                        event(QStringLiteral("o0b"), QStringLiteral("opened"), messages.at(0)),
                        event(QStringLiteral("c0"), QStringLiteral("clicked"), messages.at(0))});

        models::CampaignsTableModel model(m_db->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &models::CampaignsTableModel::loaded);
        model.reload();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 2);
        const int row = model.rowOfCampaign(sentId);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, models::CampaignsTableModel::Recipients).data().toString(), QStringLiteral("4"));
        QCOMPARE(model.index(row, models::CampaignsTableModel::Delivered).data().toString(), QStringLiteral("4"));
        QCOMPARE(model.index(row, models::CampaignsTableModel::OpenRate).data().toString(), QStringLiteral("25.0%"));
        QCOMPARE(model.index(row, models::CampaignsTableModel::ClickRate).data().toString(), QStringLiteral("25.0%"));
        QCOMPARE(model.index(row, models::CampaignsTableModel::Status).data().toString(), QStringLiteral("Sending"));
        QCOMPARE(model.index(row, 0).data(models::CampaignsTableModel::CampaignIdRole).toString(), sentId);

        model.setSearch(QStringLiteral("autumn"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowAt(0)->campaign.id, draftId);
        model.setSearch({});
        model.sort(models::CampaignsTableModel::Name, Qt::AscendingOrder);
        QCOMPARE(model.rowAt(0)->campaign.name, QStringLiteral("Autumn news"));
        model.sort(models::CampaignsTableModel::Name, Qt::DescendingOrder);
        QCOMPARE(model.rowAt(0)->campaign.name, QStringLiteral("Spring offer"));

        model.setFilter(m_client, {storage::CampaignStatus::Draft});
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowAt(0)->campaign.id, draftId);
    }

    void recipientsPageWithFetchMore()
    {
        storage::CampaignRepository campaigns(m_db->database());
        const QString id = campaigns.create(draft(1200));
        const QList<storage::OutgoingMessage> messages = sendAll(id);
        storage::EmailEventRepository(m_db->database())
            .apply({}, {event(QStringLiteral("b0"), QStringLiteral("failed"), messages.at(5))});

        models::CampaignRecipientsModel model(m_db->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(500);
        QSignalSpy pages(&model, &models::CampaignRecipientsModel::pageLoaded);
        QSignalSpy counted(&model, &models::CampaignRecipientsModel::countReady);
        model.setCampaign(id);
        QVERIFY(pages.wait(10000));
        QCOMPARE(pages.at(0).at(0).toInt(), 0);
        QCOMPARE(pages.at(0).at(1).toInt(), 500); // one page, not everything
        QTRY_COMPARE(model.totalCount(), 1200);
        QTRY_COMPARE(fetchStep(model), 1200);
        QCOMPARE(pages.count(), 3);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(0, models::CampaignRecipientsModel::Email).data().toString(),
                 QStringLiteral("r00000@example.com"));

        model.setStatuses({QStringLiteral("bounced")});
        QVERIFY(pages.wait(10000));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, models::CampaignRecipientsModel::Email).data().toString(), messages.at(5).toAddress);
        QCOMPARE(model.index(0, models::CampaignRecipientsModel::Status).data().toString(), QStringLiteral("Bounced"));
    }

    void emailLogPagesAndFilters()
    {
        storage::EmailQueueRepository queue(m_db->database());
        for (int i = 0; i < 25; ++i) {
            storage::TransactionalEmail mail;
            mail.emailType = i % 5 == 0 ? QStringLiteral("document_review") : QStringLiteral("task_notification");
            mail.clientId = m_client;
            mail.toAddress = QStringLiteral("person%1@example.com").arg(i);
            mail.subject = QStringLiteral("Message %1").arg(i);
            mail.html = QStringLiteral("<p>Body</p>");
            queue.enqueueTransactional(mail);
        }
        models::EmailLogModel model(m_db->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(10);
        QSignalSpy pages(&model, &models::EmailLogModel::pageLoaded);
        QSignalSpy counted(&model, &models::EmailLogModel::countReady);
        model.setFilter({});
        QVERIFY(pages.wait(10000));
        QCOMPARE(pages.at(0).at(1).toInt(), 10);
        QTRY_COMPARE(model.totalCount(), 25);
        QTRY_COMPARE(fetchStep(model), 25);
        QCOMPARE(model.index(0, models::EmailLogModel::Status).data().toString(), QStringLiteral("Pending"));

        storage::EmailLogFilter filter;
        filter.emailTypes = {QStringLiteral("document_review")};
        model.setFilter(filter);
        QVERIFY(pages.wait(10000));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, models::EmailLogModel::Type).data().toString(),
                 QStringLiteral("Document review request"));
        filter.search = QStringLiteral("person10@");
        model.setFilter(filter);
        QVERIFY(pages.wait(10000));
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(CampaignModelsTest)
#include "tst_campaignmodels.moc"
