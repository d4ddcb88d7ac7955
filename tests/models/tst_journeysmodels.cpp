// The journeys models and document: the paged journeys list and the active clients list obey
// the QAbstractItemModel contract (QAbstractItemModelTester watches every change), and every
// journey edit is one undoable step that undo takes back exactly, in the database file.
#include "testdatabase.h"

#include <activeclientsmodel.h>
#include <journeymessage.h>
#include <journeyrepository.h>
#include <journeysdocument.h>
#include <journeystablemodel.h>
#include <journeytemplaterepository.h>
#include <leadsdocument.h>
#include <servicerepository.h>
#include <clientrepository.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace anchor;
using anchor::testing::TestDatabase;

class JourneysModelsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_client;
    QString m_user;

    QString startJourney(const QString &callId, const QString &templateName = QStringLiteral("New lead follow-up"))
    {
        storage::NewJourney journey;
        journey.callId = callId;
        journey.templateId = storage::JourneyTemplateRepository(m_db->database()).resolve(m_client, templateName).id;
        return storage::JourneyRepository(m_db->database()).start(journey);
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_client = m_db->addClient(QStringLiteral("Bright Smile Dental"), QStringLiteral("4242"));
        m_db->exec(QStringLiteral("UPDATE client_profiles SET client_type = 'medical', client_subtype = 'dental' WHERE user_id = ?"),
                   {m_client});
        m_user = storage::UserRepository(m_db->database()).ensureLocalUser();
        for (int i = 0; i < 30; ++i) {
            TestDatabase::Call call{QStringLiteral("call-%1").arg(i), m_client,
                                    QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC).addDays(i).toString(Qt::ISODateWithMs)};
            call.callerName = QStringLiteral("Caller %1").arg(i);
            call.fromNumber = QStringLiteral("+1303555%1").arg(1000 + i);
            call.category = QStringLiteral("very_good");
            m_db->addCall(call);
        }
    }

    void cleanup() { m_db.reset(); }

    void journeysModelPagesFiltersAndRefreshes()
    {
        for (int i = 0; i < 25; ++i)
            startJourney(QStringLiteral("call-%1").arg(i));
        storage::JourneyRepository journeys(m_db->database());
        const QList<storage::JourneyRow> all = journeys.page({}, {}, 0, 100);
        journeys.setStatus(all.at(0).id, QStringLiteral("in_progress"), m_user);
        journeys.setStatus(all.at(1).id, QStringLiteral("in_progress"), m_user);

        models::JourneysTableModel model(m_db->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(10);
        QSignalSpy pages(&model, &models::JourneysTableModel::pageLoaded);
        model.reload();
        QCOMPARE(model.rowCount(), 0);   // nothing arrives synchronously
        QVERIFY(pages.wait(5000));
        while (model.isLoading() || model.canFetchMore({})) {
            if (!model.isLoading())
                model.fetchMore({});
            QVERIFY(pages.wait(5000));
        }
        QCOMPARE(model.rowCount(), 25);

        storage::JourneyFilter filter;
        filter.statuses = {QStringLiteral("in_progress")};
        model.setFilter(filter);
        QVERIFY(pages.wait(5000));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, models::JourneysTableModel::Status).data().toString(), QStringLiteral("In progress"));
        QSignalSpy counted(&model, &models::JourneysTableModel::countReady);
        model.requestCount();
        QVERIFY(counted.wait(5000));
        QCOMPARE(counted.first().first().toLongLong(), 2);

        // An edit elsewhere shows in the loaded row at once.
        const QString id = model.index(0, 0).data(models::JourneysTableModel::JourneyIdRole).toString();
        journeys.setPaused(id, true, m_user);
        model.refreshRows({id});
        QVERIFY(model.index(model.rowOfJourney(id), 0).data(models::JourneysTableModel::PausedRole).toBool());
        QVERIFY(model.index(model.rowOfJourney(id), models::JourneysTableModel::Status).data().toString().contains(QStringLiteral("paused")));
    }

    void overdueJourneysAreMarked()
    {
        storage::NewJourney journey;
        journey.callId = QStringLiteral("call-1");
        journey.templateId = storage::JourneyTemplateRepository(m_db->database()).resolve(m_client, QStringLiteral("New lead follow-up")).id;
        journey.startAt = QDateTime::currentDateTimeUtc().addDays(-10);
        storage::JourneyRepository(m_db->database()).start(journey);
        models::JourneysTableModel model(m_db->database());
        QSignalSpy pages(&model, &models::JourneysTableModel::pageLoaded);
        model.reload();
        QVERIFY(pages.wait(5000));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0, 0).data(models::JourneysTableModel::OverdueRole).toBool());
        QVERIFY(model.index(0, models::JourneysTableModel::NextAction).data(Qt::ForegroundRole).isValid());
    }

    void everyJourneyEditUndoesExactly()
    {
        models::LeadsDocument leads(m_db->database(), m_user);
        models::JourneysDocument document(&leads);
        QUndoStack *stack = document.undoStack();
        QCOMPARE(stack, leads.undoStack());   // one Edit > Undo for leads and journeys

        storage::NewJourney journey;
        journey.callId = QStringLiteral("call-3");
        journey.templateId = storage::JourneyTemplateRepository(m_db->database()).resolve(m_client, QStringLiteral("New lead follow-up")).id;
        const QString id = document.startJourney(journey);
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM client_journey_steps WHERE journey_id = ?"), {id}).toInt(), 5);
        stack->undo();
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM client_journeys")).toInt(), 0);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM client_journey_steps")).toInt(), 0);
        stack->redo();
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM client_journeys WHERE id = ?"), {id}).toInt(), 1);

        storage::JourneyRepository journeys(m_db->database());
        const QList<storage::JourneyStep> steps = journeys.steps(id);
        const QString firstNext = m_db->scalar(QStringLiteral("SELECT next_action_at FROM client_journeys WHERE id = ?"), {id}).toString();
        QVERIFY(document.setStepCompleted(steps.at(0).id, true));
        QVERIFY(m_db->scalar(QStringLiteral("SELECT next_action_at FROM client_journeys WHERE id = ?"), {id}).toString() > firstNext);
        stack->undo();
        QVERIFY(m_db->scalar(QStringLiteral("SELECT completed_at FROM client_journey_steps WHERE id = ?"), {steps.at(0).id}).isNull());
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT next_action_at FROM client_journeys WHERE id = ?"), {id}).toString(), firstNext);

        QVERIFY(document.setStatus(id, QStringLiteral("in_progress")));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM client_journey_events WHERE journey_id = ? AND kind = 'status'"), {id}).toInt(), 1);
        stack->undo();
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT status FROM client_journeys WHERE id = ?"), {id}).toString(), QStringLiteral("pending"));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM client_journey_events WHERE journey_id = ? AND kind = 'status'"), {id}).toInt(), 0);
        stack->redo();
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT status FROM client_journeys WHERE id = ?"), {id}).toString(), QStringLiteral("in_progress"));

        // A change the workflow forbids is refused, reported, and not put on the stack.
        QSignalSpy failed(&document, &models::JourneysDocument::editFailed);
        const int depth = stack->count();
        QVERIFY(!document.setStatus(id, QStringLiteral("active_client")));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(stack->count(), depth);

        QVERIFY(document.addNote(id, QStringLiteral("Prefers mornings")));
        stack->undo();
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM client_journey_notes")).toInt(), 0);
        stack->redo();
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT body FROM client_journey_notes")).toString(), QStringLiteral("Prefers mornings"));

        QVERIFY(document.setPaused(id, true));
        stack->undo();
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT paused FROM client_journeys WHERE id = ?"), {id}).toInt(), 0);
    }

    void conversionUndoesToTheLeadAsItWas()
    {
        models::LeadsDocument leads(m_db->database(), m_user);
        models::JourneysDocument document(&leads);
        const QString journeyId = startJourney(QStringLiteral("call-5"));
        const storage::Service service = storage::ServiceRepository(m_db->database()).resolve(m_client, QStringLiteral("Implants"));
        storage::Conversion conversion;
        conversion.journeyId = journeyId;
        conversion.services = {{{}, service.id, {}, 350000, QDate(2026, 11, 2), false}};
        QSignalSpy activeClients(&document, &models::JourneysDocument::activeClientsChanged);
        const QString activeClientId = document.convert(conversion);
        QVERIFY(!activeClientId.isEmpty());
        QCOMPARE(activeClients.size(), 1);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT score FROM call_logs WHERE call_id = 'call-5'")).toInt(), 5);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT agreed_price FROM client_services")).toLongLong(), 350000);

        models::ActiveClientsModel model(m_db->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &models::ActiveClientsModel::loaded);
        model.reload();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, models::ActiveClientsModel::Name).data().toString(), QStringLiteral("Caller 5"));
        QCOMPARE(model.index(0, models::ActiveClientsModel::Services).data().toInt(), 1);

        document.undoStack()->undo();
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM active_clients")).toInt(), 0);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM client_services")).toInt(), 0);
        QVERIFY(m_db->scalar(QStringLiteral("SELECT score FROM call_logs WHERE call_id = 'call-5'")).isNull());
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT category FROM call_logs WHERE call_id = 'call-5'")).toString(), QStringLiteral("very_good"));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT status FROM client_journeys WHERE id = ?"), {journeyId}).toString(), QStringLiteral("pending"));
        // CTM saw 5 stars queued: the undo queues the rating back to none (score 0) in its place.
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE status = 'pending'")).toInt(), 1);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT json_extract(payload, '$.score') FROM sync_outbox WHERE status = 'pending'")).toInt(), 0);
        model.reload();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 0);

        document.undoStack()->redo();
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT id FROM active_clients")).toString(), activeClientId);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT status FROM client_journeys WHERE id = ?"), {journeyId}).toString(), QStringLiteral("active_client"));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT json_extract(payload, '$.score') FROM sync_outbox WHERE status = 'pending'")).toInt(), 5);

        // Converting twice is refused, with nothing half-written.
        QVERIFY(document.convert(conversion).isEmpty());
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM client_services")).toInt(), 1);
    }

    void messagePlaceholdersAreFilled()
    {
        const models::JourneyMessageValues values{QStringLiteral("Ana Lopez"), QStringLiteral("Implants"),
                                                  QStringLiteral("Bright Smile"), QStringLiteral("+13035550100")};
        QCOMPARE(models::renderJourneyMessage(QStringLiteral("Hi {{first_name}}, {{ service }} at {{business_name}} for {{client_name}} ({{phone}}) {{unknown}}"), values),
                 QStringLiteral("Hi Ana, Implants at Bright Smile for Ana Lopez (+13035550100) {{unknown}}"));
    }
};

QTEST_MAIN(JourneysModelsTest)
#include "tst_journeysmodels.moc"
