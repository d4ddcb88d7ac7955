// CSV export: RFC 4180 quoting, formula neutralising, no row cap, and failures that leave an
// existing file alone.
#include "testdatabase.h"

#include <csvwriter.h>
#include <leadcsvexporter.h>
#include <storageerror.h>

#include <QFile>
#include <QTest>

using anchor::models::CsvWriter;
using anchor::models::LeadCsvExporter;
using anchor::testing::TestDatabase;

class LeadExportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesCells_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Ana" << "Ana";
        QTest::newRow("comma") << "Smith, Ana" << "\"Smith, Ana\"";
        QTest::newRow("quote") << "the \"best\"" << "\"the \"\"best\"\"\"";
        QTest::newRow("newline") << "line1\nline2" << "\"line1\nline2\"";
        QTest::newRow("formula =") << "=HYPERLINK(\"x\")" << "\"'=HYPERLINK(\"\"x\"\")\"";
        QTest::newRow("formula +") << "+SUM(A1:A9)" << "'+SUM(A1:A9)";
        QTest::newRow("formula -") << "-2+3" << "'-2+3";
        QTest::newRow("phone number") << "+1 (303) 555-0142" << "+1 (303) 555-0142";
        QTest::newRow("negative number") << "-42.5" << "-42.5";
        QTest::newRow("formula @") << "@SUM(A1)" << "'@SUM(A1)";
        QTest::newRow("tab") << "\tcmd" << "'\tcmd";
        QTest::newRow("unicode") << "Zoë 山田" << "Zoë 山田";
        QTest::newRow("empty") << "" << "";
    }

    void escapesCells()
    {
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::escape(cell), expected);
    }

    void recordsEndWithCrlf()
    {
        QCOMPARE(CsvWriter::record({"a", "b,c", ""}), QByteArray("a,\"b,c\",\r\n"));
    }

    void exportsEveryMatchingRow()
    {
        TestDatabase db;
        const QString client = db.addClient("Bright Smile Dental");
        for (int i = 0; i < 2500; ++i) {
            TestDatabase::Call call{QString::number(i), client,
                                    QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i * 60).toString(Qt::ISODateWithMs)};
            call.callerName = i == 7 ? QStringLiteral("Smith, \"Jo\"") : QStringLiteral("Caller %1").arg(i);
            call.category = i % 2 ? QStringLiteral("warm") : QStringLiteral("spam");
            db.addCall(call);
        }
        const QString path = db.folder() + "/leads.csv";
        anchor::storage::LeadFilter warm;
        warm.categories = {"warm"};
        qint64 lastProgress = 0;
        const auto result = LeadCsvExporter(db.database()).exportTo(path, warm, {}, [&](qint64 done, qint64 total) {
            lastProgress = done;
            return total == 1250;
        });
        QCOMPARE(result.rows, 1250);
        QVERIFY(!result.cancelled);
        QCOMPARE(lastProgress, 1250);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.startsWith("started_at,caller_name,from_number,client,category,stars"));
        QCOMPARE(content.count("\r\n"), 1251);
        QVERIFY(content.contains(",\"Smith, \"\"Jo\"\"\",+13035550100,Bright Smile Dental,warm,"));
        QVERIFY(!content.contains(",spam,"));
    }

    void cancelledExportWritesNothing()
    {
        TestDatabase db;
        const QString client = db.addClient("Summit Roofing");
        for (int i = 0; i < 5000; ++i)
            db.addCall({QString::number(i), client, "2026-01-01T00:00:00.000Z"});
        const QString path = db.folder() + "/leads.csv";
        const auto result = LeadCsvExporter(db.database()).exportTo(path, {}, {}, [](qint64, qint64) { return false; });
        QVERIFY(result.cancelled);
        QVERIFY(!QFile::exists(path));
    }

    void unwritablePathFailsClearlyAndKeepsTheOldFile()
    {
        TestDatabase db;
        db.addCall({"1", db.addClient("Summit Roofing"), "2026-01-01T00:00:00.000Z"});
        try {
            LeadCsvExporter(db.database()).exportTo(db.folder() + "/missing/folder/leads.csv", {}, {});
            QFAIL("export to a missing folder must fail");
        } catch (const anchor::storage::StorageError &error) {
            QVERIFY2(error.message().contains("Cannot write the export"), qPrintable(error.message()));
        }
        try {
            LeadCsvExporter(db.database()).exportTo(db.folder(), {}, {});
            QFAIL("export onto a folder must fail");
        } catch (const anchor::storage::StorageError &error) {
            QVERIFY(error.message().contains("folder"));
        }
    }
};

QTEST_GUILESS_MAIN(LeadExportTest)
#include "tst_leadexport.moc"
