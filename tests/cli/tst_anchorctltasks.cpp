// anchorctl's task commands end to end: the real binary on a real database file. Boards from
// templates (the workspace made on the way), tasks added with their key printed, listed with
// filters in every format, moved (an archived column refused with exit 1 and nothing moved), the
// tasks-from-leads setting, the task jobs of "jobs run", and wrong command lines (exit 2).
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
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

} // namespace

class AnchorctlTasksTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_board;
    QString m_clientId;

    Run anchorctl(QStringList arguments)
    {
        arguments << "--database" << m_db;
        QProcess process;
        process.start(qEnvironmentVariable("ANCHOR_TEST_BIN_DIR") + "/anchorctl", arguments);
        if (!process.waitForFinished(300000))
            qWarning("anchorctl did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    // The test reads and arranges the file directly, between anchorctl runs.
    QVariant scalar(const QString &statement, const QVariantList &values = {})
    {
        QVariant result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "check");
            db.setDatabaseName(m_db);
            if (!db.open())
                qWarning("cannot open %s", qPrintable(m_db));
            QSqlQuery query(db);
            query.prepare(statement);
            for (const QVariant &value : values)
                query.addBindValue(value);
            if (!query.exec())
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
            if (query.next())
                result = query.value(0);
        }
        QSqlDatabase::removeDatabase("check");
        return result;
    }

    QJsonArray tasks(const QStringList &arguments = {})
    {
        const Run run = anchorctl(QStringList{"tasks", "list", "--format", "json"} + arguments);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

    QJsonObject task(const QString &key)
    {
        for (const QJsonValue &value : tasks()) {
            if (value.toObject().value("key").toString() == key)
                return value.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath("tasks.sqlite");
        QCOMPARE(anchorctl({"init"}).exitCode, 0);
        const Run board = anchorctl({"boards", "add", "--workspace", "Agency", "--name", "Dental Leads", "--prefix", "dent",
                                     "--template", "project"});
        QVERIFY2(board.exitCode == 0, qPrintable(board.err));
        m_board = board.out.section(u'\n', 0, 0).trimmed();   // the id first, alone on its line
        QCOMPARE(m_board.size(), 36);
        QVERIFY(board.out.contains("Backlog, Planned, In progress, Review, Delivered"));
        const Run client = anchorctl({"clients", "add", "--name", "Bright Smile Dental", "--type", "medical"});
        QVERIFY2(client.exitCode == 0, qPrintable(client.err));
        m_clientId = client.out.trimmed();
    }

    void helpNamesTheCommands()
    {
        const Run help = anchorctl({"--help"});
        for (const char *command : {"tasks list", "tasks add --board", "tasks move ITEM", "tasks from-leads", "boards add", "boards list"})
            QVERIFY2(help.out.contains(QString::fromLatin1(command)), command);
    }

    void boardsAddReusesTheWorkspaceAndLists()
    {
        const Run sales = anchorctl({"boards", "add", "--workspace", "AGENCY", "--name", "Sales", "--template", "sales"});
        QVERIFY2(sales.exitCode == 0, qPrintable(sales.err));
        QCOMPARE(scalar("SELECT count(*) FROM task_workspaces").toInt(), 1);   // found by name, any case
        const Run list = anchorctl({"boards", "list", "--format", "json"});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray boards = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(boards.size(), 2);
        QCOMPARE(boards.at(0).toObject().value("name").toString(), QStringLiteral("Dental Leads"));
        QCOMPARE(boards.at(0).toObject().value("prefix").toString(), QStringLiteral("DENT"));
        QCOMPARE(boards.at(0).toObject().value("workspace").toString(), QStringLiteral("Agency"));
        QCOMPARE(anchorctl({"boards", "add", "--workspace", "Agency", "--name", "X", "--template", "fancy"}).exitCode, 2);
        QCOMPARE(anchorctl({"boards", "add", "--name", "X"}).exitCode, 2);
        QCOMPARE(scalar("SELECT count(*) FROM task_boards").toInt(), 2);
    }

    void addPrintsTheKey()
    {
        const Run first = anchorctl({"tasks", "add", "--board", "dental leads", "--name", "Call back Ana", "--due", "2026-03-10",
                                     "--assignee", "me"});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QCOMPARE(first.out.trimmed(), QStringLiteral("DENT-1"));
        const Run second = anchorctl({"tasks", "add", "--board", m_board, "--group", "review", "--name", "Quote veneers"});
        QCOMPARE(second.out.trimmed(), QStringLiteral("DENT-2"));

        const QJsonObject ana = task("DENT-1");
        QCOMPARE(ana.value("name").toString(), QStringLiteral("Call back Ana"));
        QCOMPARE(ana.value("group").toString(), QStringLiteral("Backlog"));
        QCOMPARE(ana.value("due_date").toString(), QStringLiteral("2026-03-10"));
        QCOMPARE(ana.value("assignees").toArray().size(), 1);
        QCOMPARE(ana.value("status").toString(), QStringLiteral("Not started"));
        QCOMPARE(task("DENT-2").value("group").toString(), QStringLiteral("Review"));
    }

    void addRefusesWrongInputAndWritesNothing()
    {
        const int before = scalar("SELECT count(*) FROM task_items").toInt();
        QCOMPARE(anchorctl({"tasks", "add", "--board", "Dental Leads"}).exitCode, 2);                        // no name
        QCOMPARE(anchorctl({"tasks", "add", "--board", "Dental Leads", "--name", "X", "--due", "tomorrow"}).exitCode, 2);
        const Run board = anchorctl({"tasks", "add", "--board", "Nowhere", "--name", "X"});
        QCOMPARE(board.exitCode, 1);
        QVERIFY2(board.err.contains("no board \"Nowhere\""), qPrintable(board.err));
        QCOMPARE(anchorctl({"tasks", "add", "--board", "Dental Leads", "--name", "X", "--call", "999999"}).exitCode, 1);
        QCOMPARE(anchorctl({"tasks", "add", "--board", "Dental Leads", "--name", "X", "--assignee", "Nobody"}).exitCode, 1);
        QCOMPARE(anchorctl({"tasks", "add", "--board", "Dental Leads", "--name", "X", "--group", "Nope"}).exitCode, 1);
        QCOMPARE(scalar("SELECT count(*) FROM task_items").toInt(), before);
    }

    void listFiltersAndFormats()
    {
        QCOMPARE(tasks().size(), 2);
        QCOMPARE(tasks({"--board", "Sales"}).size(), 0);
        QCOMPARE(tasks({"--assignee", "me"}).size(), 1);
        QCOMPARE(tasks({"--due-before", "2026-03-10"}).size(), 0);
        QCOMPARE(tasks({"--due-before", "2026-03-11"}).size(), 1);
        const Run csv = anchorctl({"tasks", "list", "--format", "csv"});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("Key,Board,Column,Status,Due,Assignees,Name,Id"));
        QCOMPARE(csv.out.count(u'\n'), 3);
        const Run table = anchorctl({"tasks", "list"});
        QVERIFY(table.out.contains("DENT-1") && table.out.contains("2 tasks"));
        QCOMPARE(anchorctl({"tasks", "list", "--due-before", "soon"}).exitCode, 2);
        QCOMPARE(anchorctl({"tasks", "list", "--format", "xml"}).exitCode, 2);
        QCOMPARE(anchorctl({"tasks", "list", "--board", "Nowhere"}).exitCode, 1);
    }

    void moveByKeyOrIdAndRefuseArchivedColumns()
    {
        const Run move = anchorctl({"tasks", "move", "dent-1", "--group", "Review", "--position", "1"});
        QVERIFY2(move.exitCode == 0, qPrintable(move.err));
        QCOMPARE(task("DENT-1").value("group").toString(), QStringLiteral("Review"));
        QCOMPARE(scalar("SELECT group_concat(name, ',') FROM (SELECT name FROM task_items WHERE group_id = "
                        "(SELECT id FROM task_groups WHERE name = 'Review' AND board_id = ?) ORDER BY position)", {m_board})
                     .toString(),
                 QStringLiteral("Call back Ana,Quote veneers"));
        const QString id = task("DENT-2").value("id").toString();
        QCOMPARE(anchorctl({"tasks", "move", id, "--group", "Planned"}).exitCode, 0);
        QCOMPARE(task("DENT-2").value("group").toString(), QStringLiteral("Planned"));

        scalar("UPDATE task_groups SET archived_at = '2026-01-01T00:00:00.000Z' WHERE name = 'Delivered'");
        const Run refused = anchorctl({"tasks", "move", "DENT-2", "--group", "Delivered"});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("\"Delivered\" is archived"), qPrintable(refused.err));
        QCOMPARE(task("DENT-2").value("group").toString(), QStringLiteral("Planned"));

        QCOMPARE(anchorctl({"tasks", "move", "DENT-99", "--group", "Planned"}).exitCode, 1);
        QCOMPARE(anchorctl({"tasks", "move", "DENT-2"}).exitCode, 2);
        QCOMPARE(anchorctl({"tasks", "move", "--group", "Planned"}).exitCode, 2);
    }

    void movingRunsAutomations()
    {
        // An automation on the board: moved to Review -> status Stuck.
        scalar("INSERT INTO task_board_automations (board_id, name, trigger_type, trigger_config, action_type, action_config) "
               "VALUES (?, 'Review means stuck', 'moved_to_group', json_object('group_id', "
               "(SELECT id FROM task_groups WHERE name = 'Review' AND board_id = ?)), 'set_status', '{\"status\": \"Stuck\"}')",
               {m_board, m_board});
        QCOMPARE(anchorctl({"tasks", "move", "DENT-2", "--group", "Review"}).exitCode, 0);
        QCOMPARE(task("DENT-2").value("status").toString(), QStringLiteral("Stuck"));
        QCOMPARE(scalar("SELECT count(*) FROM task_automation_runs WHERE status = 'success'").toInt(), 1);
    }

    void fromLeadsSaysWhichLeadsBecomeTasks()
    {
        const Run run = anchorctl({"tasks", "from-leads", "--client", "bright smile dental", "--board", "Dental Leads",
                                   "--needs-attention", "off"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains("voicemail leads of Bright Smile Dental"), qPrintable(run.out));
        QCOMPARE(scalar("SELECT task_board_id FROM client_profiles WHERE user_id = ?", {m_clientId}).toString(), m_board);
        QCOMPARE(scalar("SELECT json_extract(value, '$.voicemail') || json_extract(value, '$.needs_attention') FROM app_settings "
                        "WHERE key = ?", {QString("tasks.from_leads:" + m_clientId)}).toString(),
                 QStringLiteral("10"));
        QCOMPARE(anchorctl({"tasks", "from-leads", "--client", "Bright Smile Dental", "--board", "Dental Leads", "--voicemail",
                            "maybe"}).exitCode, 2);
        QCOMPARE(anchorctl({"tasks", "from-leads", "--client", "Bright Smile Dental"}).exitCode, 2);
        QCOMPARE(anchorctl({"tasks", "from-leads", "--client", "Bright Smile Dental", "--board", "Nowhere"}).exitCode, 1);
    }

    void jobsRunArchivesDoneTasks()
    {
        scalar("UPDATE task_items SET status = 'Done', updated_at = '2020-01-01T00:00:00.000Z' WHERE item_number = 1");
        const Run run = anchorctl({"jobs", "run"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains("1 task archived; 0 due-date automations ran"), qPrintable(run.out));
        QVERIFY(task("DENT-1").isEmpty());   // archived items are not listed
        const Run json = anchorctl({"jobs", "run", "--format", "json"});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject tasksJob = QJsonDocument::fromJson(json.out.toUtf8()).object().value("tasks").toObject();
        QCOMPARE(tasksJob.value("tasks_archived").toInt(), 0);
        QVERIFY(tasksJob.contains("due_automations_ran"));
    }
};

QTEST_GUILESS_MAIN(AnchorctlTasksTest)
#include "tst_anchorctltasks.moc"
