// anchorctl end to end: every command, both places for --database, every output format, and
// the errors (bad options and values, unusable files) with their messages and exit codes.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

} // namespace

class AnchorctlTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;   // a demo database shared by the read-only tests

    Run anchorctl(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(qEnvironmentVariable("ANCHOR_TEST_BIN_DIR") + "/anchorctl", arguments);
        if (!process.waitForFinished(300000))
            qWarning("anchorctl did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QJsonArray leadsJson(const QStringList &arguments)
    {
        const Run run = anchorctl(QStringList{"leads", "list", "--database", m_demo, "--format", "json"} + arguments);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath("demo.sqlite");
        const Run run = anchorctl({"demo", "--calls", "3000", "--clients", "4", "--seed", "11", "--until", "2026-06-30",
                                   "--database", m_demo});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains("3000 calls"));
        QVERIFY(run.err.contains("Generating demo calls"));   // progress on stderr
    }

    void versionAndHelp()
    {
        const Run version = anchorctl({"--version"});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("anchorctl 0.1.0"));
        const Run help = anchorctl({"--help"});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"init", "demo --calls", "leads list", "leads search", "export leads"})
            QVERIFY2(help.out.contains(QString::fromLatin1(command)), command);
    }

    void initTakesDatabaseOnEitherSide()
    {
        const QString first = m_dir.filePath("before.sqlite");
        const QString second = m_dir.filePath("after.sqlite");
        const Run before = anchorctl({"--database", first, "init"});
        const Run after = anchorctl({"init", "--database", second});
        QCOMPARE(before.exitCode, 0);
        QCOMPARE(after.exitCode, 0);
        // The version printed is the one the file now holds.
        int schemaVersion = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version-check"));
            db.setDatabaseName(first);
            QVERIFY(db.open());
            QSqlQuery version(db);
            QVERIFY(version.exec(QStringLiteral("PRAGMA user_version")) && version.next());
            schemaVersion = version.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("version-check"));
        QVERIFY(schemaVersion >= 5);
        QVERIFY2(before.out.contains(QStringLiteral("schema version %1").arg(schemaVersion)), qPrintable(before.out));
        QVERIFY(QFile::exists(first));
        QVERIFY(QFile::exists(second));
        QCOMPARE(anchorctl({"init", "--database", second}).exitCode, 0);   // again: nothing to do
    }

    void usesTheDefaultDatabaseWithoutOption()
    {
        QTemporaryDir home;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("HOME", home.path());
        environment.insert("XDG_DATA_HOME", home.filePath("data"));
        const Run run = anchorctl({"init"}, environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(home.filePath("data/anchor-crm/anchor.sqlite")));
        QCOMPARE(anchorctl({"leads", "list"}, environment).exitCode, 0);
    }

    void demoIsDeterministicForASeed()
    {
        const QString a = m_dir.filePath("a.sqlite");
        const QString b = m_dir.filePath("b.sqlite");
        for (const QString &path : {a, b})
            QCOMPARE(anchorctl({"demo", "--calls", "400", "--clients", "2", "--seed", "5", "--until", "2026-03-01",
                                "--database", path}).exitCode, 0);
        const QStringList list = {"leads", "list", "--limit", "1000", "--format", "csv", "--database"};
        const Run first = anchorctl(list + QStringList{a});
        const Run second = anchorctl(list + QStringList{b});
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.out.count("\r\n"), 401);
        QCOMPARE(first.out, second.out);
    }

    void listFiltersAndSorts()
    {
        const QJsonArray warm = leadsJson({"--category", "warm", "--limit", "200"});
        QVERIFY(warm.size() > 50);
        for (const auto &row : warm)
            QCOMPARE(row.toObject().value("category").toString(), "warm");

        const QJsonArray longest = leadsJson({"--category", "warm", "--sort", "duration:desc", "--limit", "50"});
        QCOMPARE(longest.size(), 50);
        for (qsizetype i = 1; i < longest.size(); ++i)
            QVERIFY(longest.at(i - 1).toObject().value("duration_sec").toInt() >= longest.at(i).toObject().value("duration_sec").toInt());

        const QJsonArray rated = leadsJson({"--min-stars", "4", "--limit", "100"});
        QVERIFY(!rated.isEmpty());
        for (const auto &row : rated)
            QVERIFY(row.toObject().value("stars").toInt() >= 4);

        const QString client = leadsJson({"--limit", "1"}).first().toObject().value("client").toString();
        const QJsonArray ofClient = leadsJson({"--client", client, "--limit", "100"});
        QVERIFY(!ofClient.isEmpty());
        for (const auto &row : ofClient)
            QCOMPARE(row.toObject().value("client").toString(), client);

        const QJsonArray newest = leadsJson({"--limit", "20"});
        for (qsizetype i = 1; i < newest.size(); ++i)
            QVERIFY(newest.at(i - 1).toObject().value("started_at").toString() >= newest.at(i).toObject().value("started_at").toString());
    }

    void tableAndCsvFormats()
    {
        const Run table = anchorctl({"leads", "list", "--limit", "5", "--database", m_demo});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.startsWith("Date"));
        QVERIFY(table.out.contains("5 leads"));
        const Run csv = anchorctl({"leads", "list", "--limit", "5", "--format", "csv", "--database", m_demo});
        QVERIFY(csv.out.startsWith("started_at,caller_name,from_number"));
        QCOMPARE(csv.out.count("\r\n"), 6);
    }

    void searchFindsNames()
    {
        const Run run = anchorctl({"leads", "search", "smith", "--format", "json", "--limit", "50", "--database", m_demo});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY(!rows.isEmpty());
        for (const auto &row : rows)
            QVERIFY(row.toObject().value("caller_name").toString().contains("Smith", Qt::CaseInsensitive));
        QCOMPARE(anchorctl({"leads", "search", "--database", m_demo}).exitCode, 2);   // no text
    }

    void exportsCsvWithoutCap()
    {
        const QString output = m_dir.filePath("all.csv");
        const Run run = anchorctl({"export", "leads", "--output", output, "--database", m_demo});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains("Exported 3000 leads"));
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QCOMPARE(content.count("\r\n"), 3001);
        QVERIFY(content.contains(",+1"));     // phone numbers stay numbers
        QVERIFY(!content.contains(",'+1"));

        const QString warm = m_dir.filePath("warm.csv");
        QCOMPARE(anchorctl({"export", "leads", "--category", "warm", "--output", warm, "--database", m_demo}).exitCode, 0);
        QFile warmFile(warm);
        QVERIFY(warmFile.open(QIODevice::ReadOnly));
        QVERIFY(warmFile.readAll().count("\r\n") < 3001);
    }

    void badCommandLines_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << "No command given";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "Unknown command \"frobnicate\"";
        QTest::newRow("unknown option") << QStringList{"init", "--colour"} << "Unknown option 'colour'";
        QTest::newRow("option of another command") << QStringList{"init", "--limit", "5"} << "--limit does not apply";
        QTest::newRow("leads without subcommand") << QStringList{"leads"} << "list, search or reclassify";
        QTest::newRow("unknown category") << QStringList{"leads", "list", "--category", "lukewarm"} << "Unknown category \"lukewarm\"";
        QTest::newRow("stars out of range") << QStringList{"leads", "list", "--min-stars", "9"} << "--min-stars must be a whole number from 1 to 5";
        QTest::newRow("star range reversed") << QStringList{"leads", "list", "--min-stars", "4", "--max-stars", "2"} << "more than --max-stars";
        QTest::newRow("unknown sort") << QStringList{"leads", "list", "--sort", "loudness"} << "Cannot sort by \"loudness\"";
        QTest::newRow("bad sort direction") << QStringList{"leads", "list", "--sort", "duration:up"} << "Cannot sort by";
        QTest::newRow("unknown format") << QStringList{"leads", "list", "--format", "xml"} << "Unknown format \"xml\"";
        QTest::newRow("bad limit") << QStringList{"leads", "list", "--limit", "many"} << "--limit must be a whole number";
        QTest::newRow("bad date") << QStringList{"leads", "list", "--from", "yesterday"} << "--from must be a date";
        QTest::newRow("unknown caller type") << QStringList{"leads", "list", "--caller-type", "alien"} << "Unknown caller type";
        QTest::newRow("unknown tag") << QStringList{"leads", "list", "--tag", "no-such-tag"} << "No tag is called";
        QTest::newRow("demo without calls") << QStringList{"demo"} << "needs --calls";
        QTest::newRow("demo bad clients") << QStringList{"demo", "--calls", "10", "--clients", "0"} << "--clients must be a whole number from 1 to 200";
        QTest::newRow("export without output") << QStringList{"export", "leads"} << "needs --output";
    }

    void badCommandLines()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QByteArray before = fileHash(m_demo);
        const Run run = anchorctl(arguments + QStringList{"--database", m_demo});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.err.contains("anchorctl --help"));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(fileHash(m_demo), before);
    }

    void unknownClientIsAnError()
    {
        const Run run = anchorctl({"leads", "list", "--client", "Nobody Dental", "--database", m_demo});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("No client is called \"Nobody Dental\""));
        const Run punctuation = anchorctl({"leads", "search", "\"(-)\"", "--database", m_demo});
        QCOMPARE(punctuation.exitCode, 2);   // nothing searchable is not "everything"
    }

    void outputThatCannotBeWrittenFails()
    {
        if (!QFile::exists("/dev/full"))
            QSKIP("no /dev/full here");
        QProcess process;
        process.setStandardOutputFile("/dev/full");
        process.start(qEnvironmentVariable("ANCHOR_TEST_BIN_DIR") + "/anchorctl",
                      {"leads", "list", "--limit", "500", "--format", "csv", "--database", m_demo});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains("writing the output failed"));
    }

    void exportToAnUnwritablePathFails()
    {
        const QString existing = m_dir.filePath("keep.csv");
        QFile keep(existing);
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("precious");
        keep.close();
        const Run missing = anchorctl({"export", "leads", "--output", m_dir.filePath("nope/x.csv"), "--database", m_demo});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("Cannot write the export"), qPrintable(missing.err));
        const Run folder = anchorctl({"export", "leads", "--output", m_dir.path(), "--database", m_demo});
        QCOMPARE(folder.exitCode, 1);
        QVERIFY(folder.err.contains("it is a folder"));
        QCOMPARE(fileHash(existing), QCryptographicHash::hash("precious", QCryptographicHash::Sha256));
    }

    void unusableDatabaseFiles()
    {
        // Not SQLite.
        const QString text = m_dir.filePath("contacts.csv");
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,phone\nAna,555\n");
        file.close();
        const QByteArray before = fileHash(text);
        for (const QStringList &command : {QStringList{"init"}, QStringList{"leads", "list"}}) {
            const Run run = anchorctl(command + QStringList{"--database", text});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains("not an Anchor CRM database"), qPrintable(run.err));
        }
        QCOMPARE(fileHash(text), before);

        // Missing for a read command: not created.
        const QString absent = m_dir.filePath("absent.sqlite");
        const Run missing = anchorctl({"leads", "list", "--database", absent});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("does not exist"));
        QVERIFY(!QFile::exists(absent));

        // Missing folder.
        const Run noFolder = anchorctl({"init", "--database", m_dir.filePath("no/folder/x.sqlite")});
        QCOMPARE(noFolder.exitCode, 1);
        QVERIFY(noFolder.err.contains("does not exist"));

        // Newer schema.
        const QString future = m_dir.filePath("future.sqlite");
        QCOMPARE(anchorctl({"init", "--database", future}).exitCode, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "future");
            db.setDatabaseName(future);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec("PRAGMA journal_mode = DELETE"));
            QVERIFY(query.exec("PRAGMA user_version = 999"));
            db.close();
        }
        QSqlDatabase::removeDatabase("future");
        const QByteArray futureHash = fileHash(future);
        const Run newer = anchorctl({"leads", "list", "--database", future});
        QCOMPARE(newer.exitCode, 1);
        QVERIFY2(newer.err.contains("newer version of Anchor CRM"), qPrintable(newer.err));
        QCOMPARE(anchorctl({"init", "--database", future}).exitCode, 1);
        QCOMPARE(fileHash(future), futureHash);
    }
};

QTEST_GUILESS_MAIN(AnchorctlTest)
#include "tst_anchorctl.moc"
