// Segments in the models layer: the list and recipients models under QAbstractItemModelTester,
// SegmentDocument's edits undone and redone (a deleted segment back under its id), and the live
// counter: debounced, never piling up runs, dropping stale answers.
#include "testdatabase.h"

#include <segmentcounter.h>
#include <segmentdocument.h>
#include <segmentlistmodel.h>
#include <segmentrepository.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace anchor;
using anchor::testing::TestDatabase;

class SegmentModelsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_client;

    QVariant value(const QString &sql, const QVariantList &binds = {}) { return m_db->scalar(sql, binds); }
    void addLead(const QString &id, const QString &email, const QString &category, int stars)
    {
        TestDatabase::Call call{id, m_client, "2026-03-02T10:00:00.000Z", "Person " + id};
        call.category = category;
        call.score = stars;
        const QString row = m_db->addCall(call);
        m_db->exec("UPDATE call_logs SET meta = json_object('email', ?) WHERE id = ?", {email, row});
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_client = m_db->addClient("Bright Smile Dental");
        addLead("a", "a@example.com", "warm", 5);
        addLead("b", "b@example.com", "warm", 1);
        addLead("c", "c@example.com", "spam", 5);
        addLead("d", "bad address", "warm", 5);
    }

    void cleanup() { m_db.reset(); }

    void documentEditsUndoAndRedo()
    {
        QUndoStack stack;
        models::SegmentDocument document(m_db->database(), &stack, m_client);
        models::SegmentListModel model(&document, {});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        storage::Segment segment;
        segment.name = "Warm";
        segment.filter.categories = {"warm"};
        QString id;
        QVERIFY(document.saveSegment(segment, &id));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, models::SegmentListModel::RecipientsColumn).data(models::SegmentListModel::CountRole).toInt(), 2);
        QCOMPARE(model.index(0, 0).data(models::SegmentListModel::IdRole).toString(), id);
        QCOMPARE(value("SELECT created_by FROM segments WHERE id = ?", {id}).toString(), m_client);

        segment = model.segment(0);
        QVERIFY(document.saveSegment(segment));   // unchanged: nothing to undo
        QCOMPARE(stack.count(), 1);
        segment.filter.minStars = 4;
        QVERIFY(document.saveSegment(segment));
        QCOMPARE(model.segment(0).customerCount, 1);
        QVERIFY(document.removeSegment(id));
        QCOMPARE(model.rowCount(), 0);
        stack.undo();
        QCOMPARE(model.rowOf(id), 0);
        QCOMPARE(model.segment(0).filter.minStars, 4);
        QCOMPARE(model.segment(0).customerCount, 1);
        stack.undo();
        QCOMPARE(model.segment(0).filter.minStars, 0);
        stack.undo();
        QCOMPARE(model.rowCount(), 0);
        stack.redo();
        stack.redo();
        QCOMPARE(value("SELECT json_extract(filters, '$.min_stars') FROM segments WHERE id = ?", {id}).toInt(), 4);

        QSignalSpy failed(&document, &models::SegmentDocument::editFailed);
        storage::Segment nameless;
        QVERIFY(!document.saveSegment(nameless));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!document.removeSegment("missing"));
        QCOMPARE(stack.count(), 3);
    }

    void counterCountsTheNewestFilterOnce()
    {
        models::SegmentCounter counter(m_db->database());
        counter.setDelay(50);
        counter.setPreviewSize(1);
        QSignalSpy counted(&counter, &models::SegmentCounter::counted);
        QSignalSpy busy(&counter, &models::SegmentCounter::busyChanged);
        storage::SegmentFilter filter;
        filter.categories = {"spam"};
        counter.request(filter);
        filter.categories = {"warm"};
        counter.request(filter);   // before the pause is over: only this one is counted
        QVERIFY(counter.isBusy());
        QTRY_COMPARE(counted.count(), 1);
        QVERIFY(!counter.isBusy());
        QCOMPARE(busy.count(), 2);
        const auto result = counted.first().first().value<models::SegmentCount>();
        QCOMPARE(result.recipients, 2);
        QCOMPARE(result.invalid, 1);
        QCOMPARE(result.first.size(), 1);   // the preview size
        QCOMPARE(result.first.first().email, "a@example.com");

        // A change while counting: the running answer is dropped (unless it ended first), the
        // newest is counted after it, and its answer comes last.
        counted.clear();
        counter.setDelay(0);
        filter.categories = {"spam"};
        counter.request(filter);
        QTest::qWait(2);
        filter.categories.clear();
        counter.request(filter);
        QTRY_VERIFY(!counter.isBusy());
        QTest::qWait(100);
        QVERIFY(counted.count() >= 1 && counted.count() <= 2);
        QCOMPARE(counted.last().first().value<models::SegmentCount>().recipients, 3);

        // Cancelled: no answer at all.
        counted.clear();
        counter.setDelay(30);
        counter.request(filter);
        counter.cancel();
        QTest::qWait(150);
        QCOMPARE(counted.count(), 0);
        QVERIFY(!counter.isBusy());
    }

    void recipientsModelShowsThePreview()
    {
        models::SegmentRecipientsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecipients({{"a@example.com", "Ann Lee", "Ann", {}, "call-1"}, {"c@example.com", "Carol", "Carol", "c1", {}}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(models::SegmentRecipientsModel::ColumnCount));
        QCOMPARE(model.index(0, models::SegmentRecipientsModel::KindColumn).data().toString(), "Lead");
        QCOMPARE(model.index(1, models::SegmentRecipientsModel::KindColumn).data().toString(), "Active client");
        model.setRecipients({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(SegmentModelsTest)
#include "tst_segmentmodels.moc"
