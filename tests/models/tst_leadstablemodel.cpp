// The leads table model: pages from SQL in the background, drops stale pages, and obeys the
// QAbstractItemModel contract (QAbstractItemModelTester watches every change).
#include "testdatabase.h"

#include <leadstablemodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using anchor::models::LeadsTableModel;
using anchor::storage::LeadColumn;
using anchor::testing::TestDatabase;

class LeadsTableModelTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    static bool waitForPage(LeadsTableModel &model)
    {
        QSignalSpy spy(&model, &LeadsTableModel::pageLoaded);
        return spy.wait(5000);
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        const QString client = m_db->addClient("Bright Smile Dental");
        for (int i = 0; i < 450; ++i) {
            TestDatabase::Call call{QString::number(1000 + i), client,
                                    QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i * 60).toString(Qt::ISODateWithMs)};
            call.category = i % 3 == 0 ? QStringLiteral("warm") : QStringLiteral("neutral");
            call.durationSec = i;
            call.score = i % 5 + 1;
            call.callerName = QStringLiteral("Caller %1").arg(i);
            m_db->addCall(call);
        }
    }

    void cleanup() { m_db.reset(); }

    void loadsPagesInTheBackground()
    {
        LeadsTableModel model(m_db->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(200);
        model.reload();
        QCOMPARE(model.rowCount(), 0);   // nothing arrives synchronously
        QVERIFY(waitForPage(model));
        QVERIFY(model.rowCount() >= 200);   // the tester may already have asked for more
        QCOMPARE(model.rowCount() % 200, 0);
        QCOMPARE(model.columnCount(), int(LeadColumn::Count));
        QCOMPARE(model.index(0, int(LeadColumn::CallerName)).data().toString(), "Caller 449");   // newest first
        QCOMPARE(model.index(199, int(LeadColumn::CallerName)).data().toString(), "Caller 250");
        int pages = 1;
        while (model.isLoading() || model.canFetchMore({})) {
            if (!model.isLoading())
                model.fetchMore({});
            QVERIFY(waitForPage(model));
            QVERIFY(++pages <= 3);
        }
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(model.index(449, int(LeadColumn::CallerName)).data().toString(), "Caller 0");
        QVERIFY(!model.canFetchMore({}));
    }

    void sortsAndFiltersInSql()
    {
        LeadsTableModel model(m_db->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(int(LeadColumn::Duration), Qt::AscendingOrder);
        model.reload();
        QVERIFY(waitForPage(model));
        QCOMPARE(model.index(0, int(LeadColumn::Duration)).data(LeadsTableModel::RawValueRole).toInt(), 0);
        QCOMPARE(model.index(0, int(LeadColumn::Duration)).data().toString(), "0:00");

        anchor::storage::LeadFilter warm;
        warm.categories = {"warm"};
        model.setFilter(warm);
        QVERIFY(waitForPage(model));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, int(LeadColumn::Category)).data(LeadsTableModel::RawValueRole).toString(), "warm");
        QCOMPARE(model.index(0, int(LeadColumn::Stars)).data(LeadsTableModel::StarsRole).toInt(), 1);
    }

    void dropsPagesThatArriveAfterAChange()
    {
        LeadsTableModel model(m_db->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        anchor::storage::LeadFilter warm;
        warm.categories = {"warm"};
        model.setFilter(warm);   // the first page of the unfiltered list is now stale
        QVERIFY(waitForPage(model));
        QTest::qWait(100);
        QCOMPARE(model.rowCount(), 150);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, int(LeadColumn::Category)).data(LeadsTableModel::RawValueRole).toString(), "warm");
    }

    void reportsLoadFailures()
    {
        LeadsTableModel model(m_db->database());
        m_db->exec("DROP VIEW client_directory");   // every page query now fails
        QSignalSpy failed(&model, &LeadsTableModel::loadFailed);
        model.reload();
        QVERIFY(failed.wait(5000));
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(LeadsTableModelTest)
#include "tst_leadstablemodel.moc"
