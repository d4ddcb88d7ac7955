// The journey repositories on a real database: services and their presets, templates and their
// validation, journeys (due dates, next action, workflow, timeline, list), conversion into an
// active client and its undo, and the scheduled jobs. Bad input must leave nothing half-written.
#include "testdatabase.h"

#include <activeclientrepository.h>
#include <clientrepository.h>
#include <journeyjobs.h>
#include <journeyrepository.h>
#include <journeytemplaterepository.h>
#include <servicerepository.h>
#include <storageerror.h>
#include <timestamps.h>

#include <QTest>

using namespace anchor::storage;
using anchor::testing::TestDatabase;

namespace {

QDateTime utc(const char *text)
{
    return fromDbTimestamp(QString::fromLatin1(text));
}

} // namespace

class JourneysTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_dental;    // has a CTM account: conversions queue the rating
    QString m_roofing;
    QString m_me;

    Database &db() { return m_db->database(); }
    qint64 rows(const char *table) { return m_db->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toLongLong(); }

    QString addCall(const char *callId, const QString &client, const char *when, const char *number = "+13035550100")
    {
        TestDatabase::Call call{QString::fromLatin1(callId), client, QString::fromLatin1(when)};
        call.callerName = QStringLiteral("Ana Smith");
        call.fromNumber = QString::fromLatin1(number);
        call.category = QStringLiteral("very_good");
        call.score = 4;
        return m_db->addCall(call);
    }

    QString addTemplate(const QList<TemplateStep> &steps, const QString &name = QStringLiteral("Plan"))
    {
        return JourneyTemplateRepository(db()).save({{}, m_dental, name, {}, {}, steps});
    }

    QString startJourney(const char *callId, const QString &templateId = {}, const QDateTime &startAt = {},
                         const QString &parent = {})
    {
        NewJourney journey;
        journey.callId = QString::fromLatin1(callId);
        journey.templateId = templateId;
        journey.startAt = startAt;
        journey.parentJourneyId = parent;
        journey.authorId = m_me;
        return JourneyRepository(db()).start(journey);
    }

    QString serviceNamed(const QString &client, const char *name)
    {
        return ServiceRepository(db()).resolve(client, QString::fromLatin1(name)).id;
    }

    QStringList pageIds(const JourneyFilter &filter, const JourneySort &sort = {})
    {
        QStringList ids;
        for (const JourneyRow &row : JourneyRepository(db()).page(filter, sort, 0, 100))
            ids.append(row.id);
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_dental = m_db->addClient(QStringLiteral("Bright Smile Dental"), QStringLiteral("ctm-77"));
        m_roofing = m_db->addClient(QStringLiteral("Summit Roofing"));
        m_db->exec(QStringLiteral("UPDATE client_profiles SET client_type = 'home_service', client_subtype = 'roofing' "
                                  "WHERE user_id = ?"), {m_roofing});
        m_me = UserRepository(db()).ensureLocalUser();
        addCall("c1", m_dental, "2026-01-01T09:00:00.000Z");
        addCall("c2", m_dental, "2026-01-02T09:00:00.000Z", "+13035550111");
        addCall("r1", m_roofing, "2026-01-03T09:00:00.000Z", "+17205550122");
    }

    void cleanup() { m_db.reset(); }

    void presetsAreSeededOnceAndStayDeleted()
    {
        ServiceRepository services(db());
        const QList<Service> first = services.forClient(m_dental);
        QCOMPARE(first.size(), ServiceRepository::presetNames(QStringLiteral("medical"), QStringLiteral("dental")).size());
        QCOMPARE(first.size(), 10);
        const QString exams = serviceNamed(m_dental, "Exams");
        services.remove(exams);
        const QList<Service> again = services.forClient(m_dental);
        QCOMPARE(again.size(), 9);
        for (const Service &service : again)
            QVERIFY(service.name != QLatin1String("Exams"));
        QCOMPARE(services.forClient(m_roofing).size(), 6);   // roofing presets, separately
    }

    void serviceSaveRejectsBadInput()
    {
        ServiceRepository services(db());
        services.forClient(m_dental);
        const qint64 before = rows("services");
        QVERIFY_THROWS_EXCEPTION(StorageError, services.save({{}, m_dental, QStringLiteral("Veneers"), {}, -100, true}));
        QVERIFY_THROWS_EXCEPTION(StorageError, services.save({{}, m_dental, QStringLiteral("whitening"), {}, 5000, true}));
        QVERIFY_THROWS_EXCEPTION(StorageError, services.save({{}, m_dental, QStringLiteral("  "), {}, 5000, true}));
        QCOMPARE(rows("services"), before);
        const QString id = services.save({{}, m_dental, QStringLiteral("Veneers"), {}, 120'000, true});
        QCOMPARE(services.find(id)->basePriceCents.value(), 120'000);
        QCOMPARE(rows("services"), before + 1);
    }

    void templateValidationWritesNothing_data()
    {
        QTest::addColumn<QList<TemplateStep>>("steps");
        QTest::newRow("no steps") << QList<TemplateStep>{};
        QTest::newRow("bad channel") << QList<TemplateStep>{{QStringLiteral("Call"), QStringLiteral("fax"), {}, 0, 0}};
        QTest::newRow("no label") << QList<TemplateStep>{{QStringLiteral(" "), QStringLiteral("call"), {}, 0, 0}};
        QTest::newRow("negative offset") << QList<TemplateStep>{{QStringLiteral("Call"), QStringLiteral("call"), {}, 0, -1}};
        QTest::newRow("too far") << QList<TemplateStep>{{QStringLiteral("Call"), QStringLiteral("call"), {}, 0, 0},
                                                        {QStringLiteral("Later"), QStringLiteral("sms"), {}, 521, 0}};
        QTest::newRow("total too far") << QList<TemplateStep>{{QStringLiteral("Later"), QStringLiteral("sms"), {}, 500, 200}};
    }

    void templateValidationWritesNothing()
    {
        QFETCH(QList<TemplateStep>, steps);
        JourneyTemplateRepository templates(db());
        const QString existing = addTemplate({{QStringLiteral("Call back"), QStringLiteral("call"), {}, 0, 0}});
        const qint64 templatesBefore = rows("journey_templates");
        const qint64 stepsBefore = rows("journey_template_steps");
        QVERIFY_THROWS_EXCEPTION(StorageError, templates.save({{}, m_dental, QStringLiteral("New"), {}, {}, steps}));
        // Editing a stored template with bad steps keeps its old steps.
        QVERIFY_THROWS_EXCEPTION(StorageError, templates.save({existing, m_dental, QStringLiteral("Plan"), {}, {}, steps}));
        QCOMPARE(rows("journey_templates"), templatesBefore);
        QCOMPARE(rows("journey_template_steps"), stepsBefore);
        QCOMPARE(templates.find(existing)->steps.size(), 1);
    }

    void startComputesDueDatesAndNextAction()
    {
        const QString templateId = addTemplate({{QStringLiteral("Call back"), QStringLiteral("call"), {}, 0, 0},
                                                {QStringLiteral("Send forms"), QStringLiteral("email"), {}, 0, 2},
                                                {QStringLiteral("Visit"), QStringLiteral("meeting"), {}, 1, 3}});
        NewJourney journey;
        journey.callId = QStringLiteral("c1");
        journey.templateId = templateId;
        journey.startAt = utc("2026-01-01T10:00:00.000Z");
        journey.serviceIds = {serviceNamed(m_dental, "Implants")};
        journey.concerns = {QStringLiteral("loose tooth"), QStringLiteral("implants")};   // the service is not repeated
        journey.authorId = m_me;
        JourneyRepository journeys(db());
        const QString id = journeys.start(journey);

        const QList<JourneyStep> steps = journeys.steps(id);
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(0).dueAt, utc("2026-01-01T10:00:00.000Z"));
        QCOMPARE(steps.at(1).dueAt, utc("2026-01-03T10:00:00.000Z"));
        QCOMPARE(steps.at(2).dueAt, utc("2026-01-11T10:00:00.000Z"));
        QCOMPARE(steps.at(2).channel, QStringLiteral("meeting"));
        const JourneyRow row = *journeys.find(id);
        QCOMPARE(row.nextActionAt, utc("2026-01-01T10:00:00.000Z"));
        QCOMPARE(row.status, QStringLiteral("pending"));
        QCOMPARE(row.personName, QStringLiteral("Ana Smith"));
        QCOMPARE(row.phone, QStringLiteral("+13035550100"));
        QCOMPARE(row.clientId, m_dental);
        QCOMPARE(row.leadCallKey, QStringLiteral("c1"));
        QCOMPARE(row.serviceName, QStringLiteral("Implants"));
        QCOMPARE(row.concerns, (QStringList{QStringLiteral("Implants"), QStringLiteral("loose tooth")}));
        QCOMPARE(row.stepsTotal, 3);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT lead_call_id FROM client_journeys WHERE id = ?"), {id}).toString(),
                 m_db->scalar(QStringLiteral("SELECT id FROM call_logs WHERE call_id = 'c1'")).toString());
    }

    void startRefusesBadInputAndWritesNothing()
    {
        const QString templateId = addTemplate({{QStringLiteral("Call back"), QStringLiteral("call"), {}, 0, 0}});
        const QString first = startJourney("c1", templateId);
        const qint64 journeys = rows("client_journeys");
        const qint64 steps = rows("client_journey_steps");
        const qint64 events = rows("client_journey_events");
        QVERIFY_THROWS_EXCEPTION(StorageError, startJourney("c1", templateId));          // the call has one already
        QVERIFY_THROWS_EXCEPTION(StorageError, startJourney("nope", templateId));        // no such call
        m_db->exec(QStringLiteral("INSERT INTO journey_templates (id, name) VALUES ('empty', 'Empty')"));
        QVERIFY_THROWS_EXCEPTION(StorageError, startJourney("c2", QStringLiteral("empty")));   // a template with no steps
        NewJourney other;
        other.callId = QStringLiteral("c2");
        other.serviceIds = {serviceNamed(m_roofing, "Repair")};                           // another client's service
        QVERIFY_THROWS_EXCEPTION(StorageError, JourneyRepository(db()).start(other));
        QVERIFY_THROWS_EXCEPTION(StorageError, startJourney("r1", templateId, {}, first)); // follow-up across clients
        QCOMPARE(rows("client_journeys"), journeys);
        QCOMPARE(rows("client_journey_steps"), steps);
        QCOMPARE(rows("client_journey_events"), events);

        const QString followUp = startJourney("c1", templateId, {}, first);   // a follow-up of the first is fine
        QCOMPARE(JourneyRepository(db()).find(followUp)->parentJourneyId, first);
        QCOMPARE(JourneyRepository(db()).forCall(QStringLiteral("c1")).size(), 2);
    }

    void completingStepsMovesTheNextAction()
    {
        const QString templateId = addTemplate({{QStringLiteral("One"), QStringLiteral("call"), {}, 0, 0},
                                                {QStringLiteral("Two"), QStringLiteral("sms"), {}, 0, 5}});
        const QString id = startJourney("c1", templateId, utc("2026-02-01T08:00:00.000Z"));
        JourneyRepository journeys(db());
        const QList<JourneyStep> steps = journeys.steps(id);
        journeys.setStepCompleted(steps.at(0).id, utc("2026-02-01T09:00:00.000Z"));
        QCOMPARE(journeys.find(id)->nextActionAt, utc("2026-02-06T08:00:00.000Z"));
        QCOMPARE(journeys.find(id)->stepsDone, 1);
        QCOMPARE(journeys.find(id)->nextStepLabel, QStringLiteral("Two"));
        journeys.setStepCompleted(steps.at(1).id, utc("2026-02-06T09:00:00.000Z"));
        QVERIFY(!journeys.find(id)->nextActionAt.isValid());   // nothing left to do
        journeys.setStepCompleted(steps.at(0).id, {});
        QCOMPARE(journeys.find(id)->nextActionAt, utc("2026-02-01T08:00:00.000Z"));
        journeys.rescheduleStep(steps.at(0).id, utc("2026-03-01T08:00:00.000Z"));
        QCOMPARE(journeys.find(id)->nextActionAt, utc("2026-03-01T08:00:00.000Z"));
    }

    void statusFollowsTheWorkflow()
    {
        const QString id = startJourney("c1");
        JourneyRepository journeys(db());
        const qint64 events = rows("client_journey_events");
        QVERIFY_THROWS_EXCEPTION(StorageError, journeys.setStatus(id, QStringLiteral("won"), m_me));   // pending -> won
        QVERIFY_THROWS_EXCEPTION(StorageError, journeys.setStatus(id, QStringLiteral("active_client"), m_me));
        QCOMPARE(journeys.state(id).status, QStringLiteral("pending"));
        QCOMPARE(rows("client_journey_events"), events);

        const JourneyState before = journeys.state(id);
        const QString event = journeys.setStatus(id, QStringLiteral("in_progress"), m_me);
        QVERIFY(!event.isEmpty());
        QCOMPARE(rows("client_journey_events"), events + 1);
        journeys.restoreState(before, event);   // undo
        QCOMPARE(journeys.state(id), before);
        QCOMPARE(rows("client_journey_events"), events);

        journeys.setStatus(id, QStringLiteral("in_progress"), m_me);
        journeys.setStatus(id, QStringLiteral("lost"), m_me);
        QVERIFY_THROWS_EXCEPTION(StorageError, journeys.setStatus(id, QStringLiteral("won"), m_me));   // lost -> won
        journeys.setStatus(id, QStringLiteral("archived"), m_me);
        QVERIFY(!journeys.state(id).archivedAt.isEmpty());
        journeys.setStatus(id, QStringLiteral("in_progress"), m_me);   // reopened
        QVERIFY(journeys.state(id).archivedAt.isEmpty());
        journeys.setStatus(id, QStringLiteral("won"), m_me);
        QCOMPARE(journeys.state(id).status, QStringLiteral("won"));
        QVERIFY(journeyStatusChangeAllowed(QStringLiteral("active_client"), QStringLiteral("won")));
        QVERIFY(!journeyStatusChangeAllowed(QStringLiteral("won"), QStringLiteral("pending")));
    }

    void convertingMakesAnActiveClient()
    {
        const QString journey = startJourney("c1");
        Conversion conversion;
        conversion.journeyId = journey;
        conversion.email = QStringLiteral("ana@example.com");
        conversion.services = {{{}, serviceNamed(m_dental, "Implants"), {}, 350'000, QDate(2026, 1, 20), false},
                               {{}, serviceNamed(m_dental, "Whitening"), {}, 40'000, QDate(2026, 1, 21), false}};
        conversion.authorId = m_me;
        const qint64 outbox = rows("sync_outbox");
        const ConversionResult result = ActiveClientRepository(db()).convert(conversion);
        QVERIFY(result.createdActiveClient);

        const ActiveClient client = *ActiveClientRepository(db()).find(result.activeClientId);
        QCOMPARE(client.clientId, m_dental);
        QCOMPARE(client.name, QStringLiteral("Ana Smith"));
        QCOMPARE(client.phone, QStringLiteral("+13035550100"));
        QCOMPARE(client.email, QStringLiteral("ana@example.com"));
        QCOMPARE(client.serviceCount, 2);
        QCOMPARE(client.agreedCents, 390'000);
        const QList<AgreedService> services = ActiveClientRepository(db()).services(result.activeClientId);
        QCOMPARE(services.size(), 2);
        QCOMPARE(services.at(0).agreedDate, QDate(2026, 1, 20));
        QCOMPARE(services.at(0).priceCents.value(), 350'000);

        const JourneyState state = JourneyRepository(db()).state(journey);
        QCOMPARE(state.status, QStringLiteral("active_client"));
        QCOMPARE(state.activeClientId, result.activeClientId);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT score || ' ' || category || ' ' || active_client_id FROM call_logs "
                                             "WHERE call_id = 'c1'")).toString(),
                 QStringLiteral("5 converted ") + result.activeClientId);
        QCOMPARE(rows("sync_outbox"), outbox + 1);   // the 5 stars go to CTM
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT json_extract(payload, '$.score') FROM sync_outbox "
                                             "WHERE entity_key = 'c1'")).toInt(), 5);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM client_journey_events WHERE journey_id = ? "
                                             "AND kind = 'converted'"), {journey}).toInt(), 1);
    }

    void convertingTwiceIsRefusedWhole()
    {
        const QString journey = startJourney("c1");
        Conversion conversion;
        conversion.journeyId = journey;
        conversion.services = {{{}, serviceNamed(m_dental, "Implants"), {}, 350'000, QDate(2026, 1, 20), false}};
        ActiveClientRepository(db()).convert(conversion);
        const QList<qint64> before = {rows("active_clients"), rows("client_services"), rows("sync_outbox"),
                                      rows("client_journey_events")};
        QVERIFY_THROWS_EXCEPTION(StorageError, ActiveClientRepository(db()).convert(conversion));
        Conversion lead;   // the lead itself, directly ("Agreed to Service")
        lead.callId = QStringLiteral("c1");
        lead.services = conversion.services;
        QVERIFY_THROWS_EXCEPTION(StorageError, ActiveClientRepository(db()).convert(lead));
        Conversion badPrice;
        badPrice.callId = QStringLiteral("c2");
        badPrice.services = {{{}, serviceNamed(m_dental, "Implants"), {}, -1, QDate(2026, 1, 20), false}};
        QVERIFY_THROWS_EXCEPTION(StorageError, ActiveClientRepository(db()).convert(badPrice));
        Conversion otherClient;
        otherClient.callId = QStringLiteral("c2");
        otherClient.services = {{{}, serviceNamed(m_roofing, "Repair"), {}, 100, QDate(2026, 1, 20), false}};
        QVERIFY_THROWS_EXCEPTION(StorageError, ActiveClientRepository(db()).convert(otherClient));
        const QList<qint64> after = {rows("active_clients"), rows("client_services"), rows("sync_outbox"),
                                     rows("client_journey_events")};
        QCOMPARE(after, before);
        QVERIFY(m_db->scalar(QStringLiteral("SELECT active_client_id IS NULL FROM call_logs WHERE call_id = 'c2'")).toBool());
    }

    void undoConversionRestoresEverything()
    {
        const QString journey = startJourney("c1");
        JourneyRepository(db()).setStatus(journey, QStringLiteral("in_progress"), m_me);
        const JourneyState before = JourneyRepository(db()).state(journey);
        const qint64 events = rows("client_journey_events");
        Conversion conversion;
        conversion.journeyId = journey;
        conversion.services = {{{}, serviceNamed(m_dental, "Crowns"), {}, 120'000, QDate(2026, 1, 20), false}};
        const ConversionResult result = ActiveClientRepository(db()).convert(conversion);
        ActiveClientRepository(db()).undoConversion(result);
        QCOMPARE(JourneyRepository(db()).state(journey), before);
        QCOMPARE(rows("active_clients"), 0);
        QCOMPARE(rows("client_services"), 0);
        QCOMPARE(rows("client_journey_events"), events);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT coalesce(active_client_id, '-') || ' ' || caller_type FROM call_logs "
                                             "WHERE call_id = 'c1'")).toString(),
                 QStringLiteral("- new"));
        // Redo under the same id, as the undo stack does.
        Conversion redo = conversion;
        redo.activeClientId = result.activeClientId;
        QCOMPARE(ActiveClientRepository(db()).convert(redo).activeClientId, result.activeClientId);
    }

    void linkingALaterCallMakesAReturningCustomer()
    {
        Conversion conversion;
        conversion.callId = QStringLiteral("c1");
        conversion.services = {{{}, serviceNamed(m_dental, "Exams"), {}, 9'000, QDate(2026, 1, 2), false}};
        const ConversionResult result = ActiveClientRepository(db()).convert(conversion);
        const auto before = ActiveClientRepository(db()).linkCall(QStringLiteral("c2"), result.activeClientId);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT caller_type FROM call_logs WHERE call_id = 'c2'")).toString(),
                 QStringLiteral("returning_customer"));
        ActiveClientRepository(db()).restoreCallLink(QStringLiteral("c2"), before.first, before.second);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT caller_type FROM call_logs WHERE call_id = 'c2'")).toString(),
                 QStringLiteral("new"));
        QVERIFY_THROWS_EXCEPTION(StorageError, ActiveClientRepository(db()).linkCall(QStringLiteral("r1"), result.activeClientId));
    }

    void timelineIsInTimeOrder()
    {
        addCall("c3", m_dental, "2026-01-05T09:00:00.000Z");   // the same number calls again
        const QString templateId = addTemplate({{QStringLiteral("Call back"), QStringLiteral("call"), {}, 0, 0}});
        const QString id = startJourney("c1", templateId, utc("2026-01-01T10:00:00.000Z"));
        JourneyRepository journeys(db());
        journeys.setStepCompleted(journeys.steps(id).first().id, utc("2026-01-04T09:00:00.000Z"));
        journeys.insertNote({newId(), id, m_me, {}, QStringLiteral("Prefers mornings"), utc("2026-01-02T12:00:00.000Z")});
        journeys.setStatus(id, QStringLiteral("in_progress"), m_me);   // now, after everything else

        using Kind = TimelineEntry::Kind;
        QList<Kind> kinds;
        QList<QDateTime> times;
        for (const TimelineEntry &entry : journeys.timeline(id)) {
            kinds.append(entry.kind);
            times.append(entry.at);
        }
        QCOMPARE(kinds, (QList<Kind>{Kind::Call, Kind::Event, Kind::Note, Kind::Step, Kind::Call, Kind::Event}));
        QVERIFY(std::is_sorted(times.begin(), times.end()));
        const TimelineEntry last = journeys.timeline(id).last();
        QCOMPARE(last.fromStatus, QStringLiteral("pending"));
        QCOMPARE(last.toStatus, QStringLiteral("in_progress"));
    }

    void pageFiltersAndSorts()
    {
        addCall("c3", m_dental, "2026-01-05T09:00:00.000Z", "+13035550133");
        const QString templateId = addTemplate({{QStringLiteral("Call back"), QStringLiteral("call"), {}, 0, 0}});
        const QString a = startJourney("c1", templateId, utc("2026-03-03T10:00:00.000Z"));
        const QString b = startJourney("c2", templateId, utc("2026-03-01T10:00:00.000Z"));
        const QString c = startJourney("c3", {});   // no steps: no next action, sorts last
        const QString d = startJourney("r1", templateId, utc("2026-03-02T10:00:00.000Z"));
        JourneyRepository journeys(db());
        for (const QString &id : {a, c, d})
            journeys.setStatus(id, QStringLiteral("in_progress"), m_me);

        QCOMPARE(pageIds({}), (QStringList{b, d, a, c}));
        JourneyFilter inProgress;
        inProgress.statuses = {QStringLiteral("in_progress")};
        QCOMPARE(pageIds(inProgress), (QStringList{d, a, c}));
        QCOMPARE(journeys.count(inProgress), 3);
        QCOMPARE(pageIds(inProgress, {JourneySortKey::NextAction, true}), (QStringList{c, a, d}));
        inProgress.clientId = m_dental;
        QCOMPARE(pageIds(inProgress), (QStringList{a, c}));
        JourneyFilter twoStatuses;
        twoStatuses.statuses = {QStringLiteral("pending"), QStringLiteral("in_progress")};
        QCOMPARE(journeys.count(twoStatuses), 4);
        JourneyFilter search;
        search.search = QStringLiteral("550111");
        QCOMPARE(pageIds(search), QStringList{b});
        QCOMPARE(journeys.page({}, {}, 1, 2).size(), 2);   // paging
        QCOMPARE(journeys.page({}, {}, 1, 2).first().id, d);
    }

    void dueJourneysNotifyOncePerDueTime()
    {
        const QString templateId = addTemplate({{QStringLiteral("Call back"), QStringLiteral("call"), {}, 0, 0},
                                                {QStringLiteral("Later"), QStringLiteral("sms"), {}, 0, 30}});
        const QDateTime now = utc("2026-02-01T12:00:00.000Z");
        const QString due = startJourney("c1", templateId, utc("2026-01-31T12:00:00.000Z"));
        const QString paused = startJourney("c2", templateId, utc("2026-01-31T12:00:00.000Z"));
        startJourney("r1", templateId, utc("2026-02-05T12:00:00.000Z"));   // not due yet
        JourneyRepository(db()).setPaused(paused, true, m_me);
        JourneyJobs jobs(db());

        const QList<DueJourney> first = jobs.notifyDueJourneys(m_me, now);
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().journeyId, due);
        QCOMPARE(first.first().stepLabel, QStringLiteral("Call back"));
        QCOMPARE(rows("notifications"), 1);
        QCOMPARE(jobs.notifyDueJourneys(m_me, now).size(), 0);   // again: nothing new
        QCOMPARE(rows("notifications"), 1);
        // Rescheduled to another time that is also past: that due time notifies once more.
        JourneyRepository(db()).rescheduleStep(JourneyRepository(db()).steps(due).first().id, utc("2026-02-01T08:00:00.000Z"));
        QCOMPARE(jobs.notifyDueJourneys(m_me, now).size(), 1);
        QCOMPARE(jobs.notifyDueJourneys(m_me, now).size(), 0);
        QCOMPARE(rows("notifications"), 2);
    }

    void redactionAfterTheConfiguredDays()
    {
        JourneyJobs jobs(db());
        QCOMPARE(jobs.redactionDays(), JourneyJobs::kDefaultRedactionDays);
        jobs.setRedactionDays(30);
        QCOMPARE(jobs.redactionDays(), 30);
        QVERIFY_THROWS_EXCEPTION(StorageError, jobs.setRedactionDays(-1));
        QCOMPARE(jobs.redactionDays(), 30);

        NewJourney journey;
        journey.callId = QStringLiteral("c1");
        journey.concerns = {QStringLiteral("tooth pain")};
        const QString id = JourneyRepository(db()).start(journey);
        Conversion conversion;
        conversion.journeyId = id;
        conversion.services = {{{}, serviceNamed(m_dental, "Crowns"), {}, 120'000, QDate(2026, 1, 1), false}};
        const ConversionResult result = ActiveClientRepository(db()).convert(conversion);
        const QString open = startJourney("c2");   // open journeys keep their concerns
        m_db->exec(QStringLiteral("UPDATE client_journeys SET symptoms = '[\"x\"]', updated_at = '2026-01-01T00:00:00.000Z'"));

        const QDateTime now = utc("2026-01-20T00:00:00.000Z");
        QCOMPARE(jobs.redact(30, now).services, 0);   // 19 days: too soon
        const RedactionResult redacted = jobs.redact(30, utc("2026-03-01T00:00:00.000Z"));
        QCOMPARE(redacted.services, 1);
        QCOMPARE(redacted.journeys, 1);
        QVERIFY(ActiveClientRepository(db()).services(result.activeClientId).first().redacted);
        QVERIFY(JourneyRepository(db()).find(id)->concernsRedacted);
        QVERIFY(JourneyRepository(db()).find(id)->concerns.isEmpty());
        QCOMPARE(JourneyRepository(db()).find(open)->concerns, QStringList{QStringLiteral("x")});
        const RedactionResult again = jobs.redact(30, utc("2026-03-01T00:00:00.000Z"));
        QCOMPARE(again.services + again.journeys, 0);
        QCOMPARE(jobs.redact(0, utc("2030-01-01T00:00:00.000Z")).journeys, 0);   // 0: off
    }
};

QTEST_GUILESS_MAIN(JourneysTest)
#include "tst_journeys.moc"
