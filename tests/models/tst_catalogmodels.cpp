// The catalog (services and journey templates): money typed the ways people type it, the
// services and template steps models under QAbstractItemModelTester, and every CatalogDocument
// edit undone and redone against a real database file.
#include "testdatabase.h"

#include <catalogdocument.h>
#include <journeytemplaterepository.h>
#include <money.h>
#include <servicelistmodel.h>
#include <servicerepository.h>
#include <templatestepsmodel.h>

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace anchor;
using anchor::models::CatalogDocument;
using anchor::testing::TestDatabase;

namespace {

storage::JourneyTemplate sampleTemplate()
{
    return {{}, {}, "Implant follow-up", "After the consultation", "dental",
            {{"Call back", "call", "Hi {{first_name}}", 0, 0},
             {"Send brochure", "email", "About {{service}}", 0, 2},
             {"Check in", "sms", {}, 1, 0}}};
}

} // namespace

class CatalogModelsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_client;

    QVariant value(const QString &sql, const QVariantList &binds = {}) { return m_db->scalar(sql, binds); }
    QStringList stepLabels(const QString &templateId)
    {
        QStringList labels;
        QSqlQuery query(m_db->database().connection());
        query.prepare("SELECT label FROM journey_template_steps WHERE template_id = ? ORDER BY position");
        query.addBindValue(templateId);
        query.exec();
        while (query.next())
            labels.append(query.value(0).toString());
        return labels;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_client = m_db->addClient("Bright Smile Dental");
    }
    void cleanup() { m_db.reset(); }

    void parseMoney_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cents");   // -1: not money
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        const QLocale de(QLocale::German, QLocale::Germany);
        const QLocale fr(QLocale::French, QLocale::France);
        const QLocale ch(QLocale::German, QLocale::Switzerland);
        const QLocale in(QLocale::English, QLocale::India);
        QTest::newRow("us grouped") << us << "1,250.50" << qint64(125050);
        QTest::newRow("us symbol one decimal") << us << "$1250.5" << qint64(125050);
        QTest::newRow("us whole") << us << "1250" << qint64(125000);
        QTest::newRow("us spaces") << us << "  $ 1,250.00  " << qint64(125000);
        QTest::newRow("us code") << us << "USD 99.99" << qint64(9999);
        QTest::newRow("us cents only") << us << ".5" << qint64(50);
        QTest::newRow("us zero") << us << "0" << qint64(0);
        QTest::newRow("us millions") << us << "1,250,000" << qint64(125000000);
        QTest::newRow("us thousands comma") << us << "1,250" << qint64(125000);
        QTest::newRow("us negative") << us << "-$12.30" << qint64(-1230);
        QTest::newRow("us accounting") << us << "($12.30)" << qint64(-1230);
        QTest::newRow("us european typing") << us << "1.250,50" << qint64(125050);
        QTest::newRow("de") << de << "1.250,50 €" << qint64(125050);
        QTest::newRow("de plain decimal") << de << "1250,5" << qint64(125050);
        QTest::newRow("de thousands") << de << "1.250" << qint64(125000);
        QTest::newRow("de dot typed as decimal") << de << "1250.5" << qint64(125050);
        QTest::newRow("fr narrow spaces") << fr << QString::fromUtf8("1\u202f250,50\u00a0€") << qint64(125050);
        QTest::newRow("ch apostrophe") << ch << QString::fromUtf8("CHF 1\u2019250.50") << qint64(125050);
        QTest::newRow("in lakh") << in << QString::fromUtf8("₹1,25,000.50") << qint64(12500050);
        QTest::newRow("arabic-indic digits") << us << QString::fromUtf8("\u0661\u0662.\u0665") << qint64(1250);

        QTest::newRow("blank") << us << "   " << qint64(-1);
        QTest::newRow("words") << us << "twelve" << qint64(-1);
        QTest::newRow("trailing letters") << us << "12 dollars" << qint64(-1);
        QTest::newRow("three decimals") << us << "12.505" << qint64(-1);
        QTest::newRow("bad grouping") << us << "1,2,3" << qint64(-1);
        QTest::newRow("two decimal points") << us << "1.2.3,4" << qint64(-1);
        QTest::newRow("only a separator") << us << "." << qint64(-1);
        QTest::newRow("two signs") << us << "-(5)" << qint64(-1);
        QTest::newRow("exponent") << us << "1e5" << qint64(-1);
        QTest::newRow("too big") << us << "99999999999999999999" << qint64(-1);
    }

    void parseMoney()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, text);
        QFETCH(qint64, cents);
        const std::optional<qint64> parsed = models::parseMoney(text, locale);
        if (cents == -1) {
            QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(0))));
        } else {
            QVERIFY(parsed);
            QCOMPARE(*parsed, cents);
        }
    }

    void formatMoneyRoundTrips()
    {
        const QList<QLocale> locales = {QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::German, QLocale::Germany),
                                        QLocale(QLocale::French, QLocale::France), QLocale(QLocale::German, QLocale::Switzerland),
                                        QLocale(QLocale::English, QLocale::India), QLocale(QLocale::Japanese, QLocale::Japan),
                                        QLocale(QLocale::English, QLocale::UnitedKingdom)};
        for (const QLocale &locale : locales) {
            for (qint64 cents : {qint64(0), qint64(5), qint64(125050), qint64(125000), qint64(99), qint64(123456789)}) {
                const QString text = models::formatMoney(cents, locale);
                QCOMPARE(models::parseMoney(text, locale).value_or(-1), cents);
            }
        }
        QCOMPARE(models::formatMoney(125050, QLocale(QLocale::English, QLocale::UnitedStates)), "$1,250.50");
        QCOMPARE(models::formatMoney(125000, QLocale(QLocale::English, QLocale::UnitedStates)), "$1,250.00");
    }

    void serviceListModelSeedsAndFollowsEdits()
    {
        CatalogDocument document(m_db->database(), nullptr);
        models::ServiceListModel model(&document, m_client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Seeded once from seed 000's dental presets.
        QCOMPARE(model.rowCount(), storage::ServiceRepository::presetNames("medical", "dental").size());
        const int implants = model.rowOf(model.index(0, 0).data(models::ServiceListModel::IdRole).toString());
        QCOMPARE(implants, 0);

        storage::Service service = model.service(0);
        service.basePriceCents = 125050;
        QVERIFY(document.saveService(service));
        const int row = model.rowOf(service.id);
        QCOMPARE(model.index(row, models::ServiceListModel::PriceColumn).data().toString(), "$1,250.50");
        QCOMPARE(model.index(row, models::ServiceListModel::PriceColumn).data(models::ServiceListModel::PriceCentsRole).toLongLong(), 125050);
        QVERIFY(document.setServiceActive(service.id, false));
        QCOMPARE(model.index(row, models::ServiceListModel::ActiveColumn).data(models::ServiceListModel::ActiveRole).toBool(), false);
        QVERIFY(document.removeService(service.id));
        QCOMPARE(model.rowOf(service.id), -1);
        document.undoStack()->undo();
        QCOMPARE(model.rowOf(service.id), row);
    }

    void templateStepsModelEditsEveryColumnAndMoves()
    {
        models::TemplateStepsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSteps(sampleTemplate().steps);
        QSignalSpy edited(&model, &models::TemplateStepsModel::stepsEdited);
        QCOMPARE(model.rowCount(), 3);

        using M = models::TemplateStepsModel;
        QVERIFY(model.setData(model.index(0, M::LabelColumn), "Call back today"));
        QVERIFY(model.setData(model.index(0, M::ChannelColumn), "meeting"));
        QVERIFY(!model.setData(model.index(0, M::ChannelColumn), "fax"));
        QVERIFY(model.setData(model.index(0, M::WeeksColumn), 2));
        QVERIFY(model.setData(model.index(0, M::DaysColumn), "3"));
        QVERIFY(!model.setData(model.index(0, M::DaysColumn), "soon"));
        QVERIFY(model.setData(model.index(0, M::MessageColumn), "Hello {{client_name}}\nsee you"));
        const storage::TemplateStep first = model.steps().at(0);
        QCOMPARE(first, (storage::TemplateStep{"Call back today", "meeting", "Hello {{client_name}}\nsee you", 2, 3}));
        QCOMPARE(model.index(0, M::ChannelColumn).data().toString(), "Meeting");
        QCOMPARE(model.index(0, M::ChannelColumn).data(Qt::EditRole).toString(), "meeting");
        QCOMPARE(model.index(0, M::MessageColumn).data().toString(), "Hello {{client_name}} see you");
        QCOMPARE(edited.count(), 5);

        QVERIFY(model.moveStep(0, 2));
        QCOMPARE(model.steps().at(2).label, "Call back today");
        QVERIFY(model.moveStep(2, 0));
        QCOMPARE(model.steps().at(0).label, "Call back today");
        QVERIFY(!model.moveStep(0, 3));

        // Drag and drop: the rows travel as their numbers; dropping below the last step moves there.
        std::unique_ptr<QMimeData> data(model.mimeData({model.index(0, 0), model.index(0, 1)}));
        QVERIFY(data);
        QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));
        QVERIFY(!model.canDropMimeData(data.get(), Qt::CopyAction, 3, 0, {}));
        QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));   // false: the view must not delete
        QCOMPARE(model.steps().at(2).label, "Call back today");
        QCOMPARE(model.rowCount(), 3);
        // Dropping on a step takes its place.
        data.reset(model.mimeData({model.index(2, 0)}));
        model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, model.index(0, 0));
        QCOMPARE(model.steps().at(0).label, "Call back today");
        // Another model's rows are not ours.
        models::TemplateStepsModel other;
        other.setSteps(sampleTemplate().steps);
        data.reset(other.mimeData({other.index(1, 0)}));
        QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));

        QVERIFY(model.insertRows(1, 2));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.steps().at(1).channel, "call");
        QVERIFY(model.removeRows(0, 5));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.removeRows(0, 1));
    }

    void serviceEditsUndoAndRedo()
    {
        QUndoStack stack;
        CatalogDocument document(m_db->database(), &stack);
        QSignalSpy changed(&document, &CatalogDocument::servicesChanged);
        QString id;
        QVERIFY(document.saveService({{}, m_client, "Night guards", "Custom fitted", 45000, true}, &id));
        QVERIFY(!id.isEmpty());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), m_client);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(value("SELECT base_price FROM services WHERE id = ?", {id}).toLongLong(), 45000);

        QVERIFY(document.saveService({id, m_client, "Night guards", "Custom fitted", 52500, true}));
        QVERIFY(document.setServiceActive(id, false));
        QCOMPARE(stack.count(), 3);
        QCOMPARE(value("SELECT active FROM services WHERE id = ?", {id}).toInt(), 0);

        stack.undo();   // active again
        QCOMPARE(value("SELECT active FROM services WHERE id = ?", {id}).toInt(), 1);
        stack.undo();   // old price
        QCOMPARE(value("SELECT base_price FROM services WHERE id = ?", {id}).toLongLong(), 45000);
        stack.undo();   // gone
        QCOMPARE(value("SELECT count(*) FROM services WHERE id = ?", {id}).toInt(), 0);
        stack.redo();   // back under the same id
        QCOMPARE(value("SELECT name FROM services WHERE id = ?", {id}).toString(), "Night guards");
        stack.redo();
        stack.redo();
        QCOMPARE(value("SELECT base_price FROM services WHERE id = ?", {id}).toLongLong(), 52500);
        QCOMPARE(value("SELECT active FROM services WHERE id = ?", {id}).toInt(), 0);

        // Saving without a change puts nothing on the stack.
        QVERIFY(document.saveService({id, m_client, "Night guards", "Custom fitted", 52500, false}));
        QCOMPARE(stack.count(), 3);
    }

    void removingAServiceIsUndoneWithItsJourneyLinks()
    {
        QUndoStack stack;
        CatalogDocument document(m_db->database(), &stack);
        QString id;
        QVERIFY(document.saveService({{}, m_client, "Veneers", "Porcelain", 90000, true}, &id));
        m_db->exec("INSERT INTO client_journeys (id, owner_user_id, service_id, client_name) VALUES ('j1', ?, ?, 'Ann Lee')",
                   {m_client, id});

        QVERIFY(document.removeService(id));
        QCOMPARE(value("SELECT count(*) FROM services WHERE id = ?", {id}).toInt(), 0);
        QVERIFY(value("SELECT service_id FROM client_journeys WHERE id = 'j1'").isNull());
        stack.undo();
        QCOMPARE(value("SELECT name || '|' || description || '|' || base_price || '|' || active FROM services WHERE id = ?", {id})
                     .toString(), "Veneers|Porcelain|90000|1");
        QCOMPARE(value("SELECT service_id FROM client_journeys WHERE id = 'j1'").toString(), id);
        stack.redo();
        QCOMPARE(value("SELECT count(*) FROM services WHERE id = ?", {id}).toInt(), 0);
    }

    void failedServiceEditsChangeNothing()
    {
        QUndoStack stack;
        CatalogDocument document(m_db->database(), &stack);
        QSignalSpy failed(&document, &CatalogDocument::editFailed);
        QString id;
        QVERIFY(document.saveService({{}, m_client, "Crowns plus", {}, 80000, true}, &id));
        m_db->exec("INSERT INTO active_clients (id, owner_user_id, client_name) VALUES ('ac1', ?, 'Ann Lee')", {m_client});
        m_db->exec("INSERT INTO client_services (active_client_id, service_id, agreed_price) VALUES ('ac1', ?, 80000)", {id});

        QVERIFY(!document.removeService(id));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains("inactive"));
        QCOMPARE(value("SELECT count(*) FROM services WHERE id = ?", {id}).toInt(), 1);
        QVERIFY(!document.saveService({{}, m_client, "  ", {}, 100, true}));
        QVERIFY(!document.saveService({{}, m_client, "Pricey", {}, -5, true}));
        QVERIFY(!document.saveService({{}, m_client, "crowns PLUS", {}, 100, true}));   // same name
        QCOMPARE(failed.count(), 4);
        QCOMPARE(stack.count(), 1);
    }

    void templateEditsUndoAndRedo()
    {
        QUndoStack stack;
        CatalogDocument document(m_db->database(), &stack);
        storage::JourneyTemplateRepository repository(m_db->database());
        const int shipped = int(repository.list().size());
        QSignalSpy changed(&document, &CatalogDocument::templatesChanged);
        QSignalSpy failed(&document, &CatalogDocument::editFailed);

        storage::JourneyTemplate draft = sampleTemplate();
        draft.clientId = m_client;
        QString id;
        QVERIFY(document.saveTemplate(draft, &id));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(stepLabels(id), (QStringList{"Call back", "Send brochure", "Check in"}));

        storage::JourneyTemplate edited = *repository.find(id);
        edited.name = "Implant follow-up (short)";
        edited.steps.move(2, 0);
        edited.steps.removeLast();
        QVERIFY(document.saveTemplate(edited));
        QCOMPARE(stepLabels(id), (QStringList{"Check in", "Call back"}));

        const QString copy = document.duplicateTemplate(id);
        QVERIFY(!copy.isEmpty());
        QCOMPARE(value("SELECT name FROM journey_templates WHERE id = ?", {copy}).toString(), "Implant follow-up (short) (copy)");
        QCOMPARE(stepLabels(copy), stepLabels(id));

        QVERIFY(document.removeTemplate(id));
        QCOMPARE(value("SELECT count(*) FROM journey_templates WHERE id = ?", {id}).toInt(), 0);
        QCOMPARE(stack.count(), 4);

        stack.undo();   // the deleted template comes back under its id, with its steps
        QCOMPARE(repository.find(id)->name, "Implant follow-up (short)");
        QCOMPARE(repository.find(id)->clientId, m_client);
        QCOMPARE(stepLabels(id), (QStringList{"Check in", "Call back"}));
        stack.undo();   // the copy goes
        QCOMPARE(value("SELECT count(*) FROM journey_templates WHERE id = ?", {copy}).toInt(), 0);
        stack.undo();   // the first version
        QCOMPARE(repository.find(id)->name, "Implant follow-up");
        QCOMPARE(repository.find(id)->steps, draft.steps);
        stack.undo();   // never added
        QCOMPARE(int(repository.list().size()), shipped);
        stack.redo();
        stack.redo();
        stack.redo();
        stack.redo();
        QCOMPARE(value("SELECT count(*) FROM journey_templates WHERE id = ?", {id}).toInt(), 0);
        QCOMPARE(stepLabels(copy), (QStringList{"Check in", "Call back"}));
        QCOMPARE(failed.count(), 0);
    }

    void invalidTemplatesAreRefused()
    {
        QUndoStack stack;
        CatalogDocument document(m_db->database(), &stack);
        QSignalSpy failed(&document, &CatalogDocument::editFailed);
        storage::JourneyTemplateRepository repository(m_db->database());
        const storage::JourneyTemplate original = repository.list().first();

        storage::JourneyTemplate noSteps = original;
        noSteps.steps.clear();
        QVERIFY(!document.saveTemplate(noSteps));
        QCOMPARE(failed.takeFirst().first().toString(), "A journey template needs at least one step.");

        storage::JourneyTemplate farOut = original;
        farOut.steps[1].offsetWeeks = 600;
        QVERIFY(!document.saveTemplate(farOut));
        QVERIFY(failed.takeFirst().first().toString().contains("Step 2"));

        QCOMPARE(repository.find(original.id)->steps, original.steps);
        QCOMPARE(stack.count(), 0);
    }
};

QTEST_MAIN(CatalogModelsTest)
#include "tst_catalogmodels.moc"
