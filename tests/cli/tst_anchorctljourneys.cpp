// anchorctl's journey commands end to end: the real binary on a real database file. Starting
// journeys from calls (steps and due dates as stored), refusals that write nothing, the list
// with its filters and formats, the scheduled jobs (notify once, redact after N days), and the
// demo data's journeys.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
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

class AnchorctlJourneysTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_clientId;
    int m_nextCall = 5001;

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

    qint64 rows(const char *table) { return scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toLongLong(); }

    QString addCall(const QString &number)
    {
        const QString callId = QString::number(m_nextCall++);
        scalar("INSERT INTO call_logs (id, owner_user_id, user_id, call_id, direction, from_number, to_number, started_at, "
               "duration_sec, score, caller_type, call_sequence, category, caller_name) "
               "VALUES (lower(hex(randomblob(16))), ?, ?, ?, 'inbound', ?, '+13035559999', '2026-01-10T15:00:00.000Z', "
               "240, 4, 'new', 1, 'very_good', 'Ana Smith')",
               {m_clientId, m_clientId, callId, number});
        return callId;
    }

    QJsonObject startJourney(const QStringList &arguments)
    {
        const Run run = anchorctl(QStringList{"journeys", "start", "--format", "json"} + arguments);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    QJsonArray list(const QStringList &arguments)
    {
        const Run run = anchorctl(QStringList{"journeys", "list", "--format", "json", "--limit", "1000"} + arguments);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath("journeys.sqlite");
        const Run client = anchorctl({"clients", "add", "--name", "Bright Smile Dental", "--type", "medical",
                                      "--subtype", "dental"});
        QVERIFY2(client.exitCode == 0, qPrintable(client.err));
        m_clientId = client.out.trimmed();
        QVERIFY(!m_clientId.isEmpty());
    }

    void helpNamesTheCommands()
    {
        const Run help = anchorctl({"--help"});
        for (const char *command : {"journeys list", "journeys start --call", "jobs run", "jobs configure"})
            QVERIFY2(help.out.contains(QString::fromLatin1(command)), command);
    }

    void startsFromACallWithATemplate()
    {
        const QString call = addCall("+13035550101");
        const Run run = anchorctl({"journeys", "start", "--call", call, "--template", "new patient consultation",
                                   "--service", "Implants", "--concern", "loose tooth"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString id = run.out.section(u'\n', 0, 0).trimmed();   // the id first, alone on its line
        QCOMPARE(id.size(), 36);
        QVERIFY(run.out.contains("Book the consultation"));

        // Steps as the template says, due that many days after the start.
        QCOMPARE(scalar("SELECT count(*) FROM client_journey_steps WHERE journey_id = ?", {id}).toInt(), 6);
        QCOMPARE(scalar("SELECT group_concat(days, ',') FROM (SELECT CAST(round(julianday(s.due_at) - julianday(j.created_at)) "
                        "AS INTEGER) AS days FROM client_journey_steps s JOIN client_journeys j ON j.id = s.journey_id "
                        "WHERE j.id = ? ORDER BY s.position)", {id}).toString(),
                 QStringLiteral("0,1,6,7,9,21"));
        QCOMPARE(scalar("SELECT next_action_at = (SELECT min(due_at) FROM client_journey_steps WHERE journey_id = ?) "
                        "FROM client_journeys WHERE id = ?", {id, id}).toInt(), 1);
        QCOMPARE(scalar("SELECT lead_call_key || '|' || status || '|' || client_name || '|' || client_phone || '|' || symptoms "
                        "FROM client_journeys WHERE id = ?", {id}).toString(),
                 call + QStringLiteral("|pending|Ana Smith|+13035550101|[\"Implants\",\"loose tooth\"]"));
        QCOMPARE(scalar("SELECT s.name FROM client_journeys j JOIN services s ON s.id = j.service_id WHERE j.id = ?", {id}),
                 QVariant(QStringLiteral("Implants")));
        QCOMPARE(scalar("SELECT author_id IS NOT NULL FROM client_journey_events WHERE journey_id = ? AND kind = 'started'",
                        {id}).toInt(), 1);

        const QJsonObject json = startJourney({"--call", addCall("+13035550102"), "--template", "New lead follow-up"});
        QCOMPARE(json.value("steps").toArray().size(), 5);
        QCOMPARE(json.value("steps").toArray().first().toObject().value("label").toString(), QStringLiteral("Call back"));
    }

    void startingTwiceIsRefusedAndFollowUpsAllowed()
    {
        const QString call = addCall("+13035550103");
        const QString first = startJourney({"--call", call, "--template", "New lead follow-up"}).value("id").toString();
        QVERIFY(!first.isEmpty());
        const QList<qint64> before = {rows("client_journeys"), rows("client_journey_steps"), rows("client_journey_events")};
        const Run again = anchorctl({"journeys", "start", "--call", call, "--template", "New lead follow-up"});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("already started a journey"), qPrintable(again.err));
        QVERIFY(again.out.isEmpty());
        QCOMPARE((QList<qint64>{rows("client_journeys"), rows("client_journey_steps"), rows("client_journey_events")}), before);

        const QJsonObject followUp = startJourney({"--call", call, "--follow-up-of", first});
        QVERIFY(!followUp.value("id").toString().isEmpty());
        QCOMPARE(followUp.value("steps").toArray().size(), 0);
        QCOMPARE(scalar("SELECT parent_journey_id FROM client_journeys WHERE id = ?", {followUp.value("id").toString()}),
                 QVariant(first));
    }

    void badStartsAreClearErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no call") << QStringList{} << 2 << "needs --call";
        QTest::newRow("unknown call") << QStringList{"--call", "999"} << 1 << "no lead with call id \"999\"";
        QTest::newRow("unknown template") << QStringList{"--call", "CALL", "--template", "Nope"} << 1
                                          << "no journey template \"Nope\"";
        QTest::newRow("empty template") << QStringList{"--call", "CALL", "--template", "Empty plan"} << 1
                                        << "has no steps";
        QTest::newRow("unknown service") << QStringList{"--call", "CALL", "--service", "Roof repair"} << 1
                                         << "no service \"Roof repair\"";
        QTest::newRow("csv") << QStringList{"--call", "CALL", "--format", "csv"} << 2 << "table or json";
        QTest::newRow("unknown follow-up") << QStringList{"--call", "CALL", "--follow-up-of", "nope"} << 1
                                           << "journey to follow up no longer exists";
    }

    void badStartsAreClearErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        scalar("INSERT OR IGNORE INTO journey_templates (id, name) VALUES ('empty-template', 'Empty plan')");
        const QString call = addCall("+13035550104");
        arguments.replaceInStrings(QStringLiteral("CALL"), call);
        const qint64 journeys = rows("client_journeys");
        const Run run = anchorctl(QStringList{"journeys", "start"} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(rows("client_journeys"), journeys);
    }

    void listsWithStatusFilterAndFormats()
    {
        const QString id = startJourney({"--call", addCall("+13035550105"), "--template", "New lead follow-up"})
                               .value("id").toString();
        scalar("UPDATE client_journeys SET status = 'in_progress' WHERE id = ?", {id});

        const QJsonArray all = list({});
        QCOMPARE(all.size(), rows("client_journeys"));
        const QJsonArray inProgress = list({"--status", "in_progress"});
        QCOMPARE(inProgress.size(), scalar("SELECT count(*) FROM client_journeys WHERE status = 'in_progress'").toInt());
        QVERIFY(!inProgress.isEmpty());
        for (const QJsonValue &row : inProgress)
            QCOMPARE(row.toObject().value("status").toString(), QStringLiteral("in_progress"));
        QCOMPARE(inProgress.first().toObject().value("id").toString(), id);
        QCOMPARE(inProgress.first().toObject().value("steps_total").toInt(), 5);
        QCOMPARE(inProgress.first().toObject().value("client").toString(), QStringLiteral("Bright Smile Dental"));
        QCOMPARE(list({"--status", "pending,in_progress", "--client", "bright smile dental"}).size(), all.size());
        QCOMPARE(list({"--status", "won"}).size(), 0);
        QCOMPARE(list({"--limit", "2"}).size(), 2);   // a later --limit wins

        // Next action first: journeys with nothing to do last.
        QString previous;
        for (const QJsonValue &row : all) {
            const QString next = row.toObject().value("next_action_at").toString();
            const QString key = next.isEmpty() ? QStringLiteral("9999") : next;
            QVERIFY(previous <= key);
            previous = key;
        }

        const Run table = anchorctl({"journeys", "list", "--status", "in_progress"});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(id));   // ids are never cut
        const Run csv = anchorctl({"journeys", "list", "--format", "csv"});
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.out.count("\r\n"), all.size() + 1);
    }

    void badListOptionsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("status") << QStringList{"--status", "finished"} << "Unknown journey status \"finished\"";
        QTest::newRow("client") << QStringList{"--client", "Nobody Dental"} << "Nobody Dental";
        QTest::newRow("limit") << QStringList{"--limit", "0"} << "--limit must be a whole number";
        QTest::newRow("option") << QStringList{"--category", "warm"} << "does not apply";
        QTest::newRow("subcommand") << QStringList{"--status", "won"} << "needs a subcommand";
    }

    void badListOptionsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QStringList command = QTest::currentDataTag() == QByteArray("subcommand") ? QStringList{"journeys"}
                                                                                         : QStringList{"journeys", "list"};
        const Run run = anchorctl(command + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void jobsNotifyADueJourneyOnce()
    {
        const QString id = startJourney({"--call", addCall("+13035550106"), "--template", "New lead follow-up"})
                               .value("id").toString();
        // Its first step fell due yesterday.
        scalar("UPDATE client_journey_steps SET due_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 day') "
               "WHERE journey_id = ? AND position = 0", {id});
        scalar("UPDATE client_journeys SET next_action_at = (SELECT min(due_at) FROM client_journey_steps "
               "WHERE journey_id = ?) WHERE id = ?", {id, id});
        scalar("UPDATE client_journeys SET paused = 1 WHERE id <> ?", {id});   // only this one is due

        const auto notificationsOf = [&] {
            return scalar("SELECT count(*) FROM notifications WHERE json_extract(meta, '$.journey_id') = ?", {id}).toInt();
        };
        const Run first = anchorctl({"jobs", "run", "--format", "json"});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QJsonArray due = QJsonDocument::fromJson(first.out.toUtf8()).object().value("due").toArray();
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().toObject().value("id").toString(), id);
        QCOMPARE(due.first().toObject().value("step").toString(), QStringLiteral("Call back"));
        QCOMPARE(notificationsOf(), 1);
        QVERIFY(scalar("SELECT title FROM notifications").toString().contains("Ana Smith"));

        const Run second = anchorctl({"jobs", "run"});
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains("0 journey"), qPrintable(second.out));
        QCOMPARE(notificationsOf(), 1);
        scalar("UPDATE client_journeys SET paused = 0");
    }

    void jobsRedactAfterTheDaysGiven()
    {
        // A client agreed to a service 40 days ago; its journey closed then.
        const QString id = startJourney({"--call", addCall("+13035550107"), "--concern", "jaw pain"}).value("id").toString();
        scalar("INSERT INTO active_clients (id, owner_user_id, client_name) VALUES ('ac-1', ?, 'Ana Smith')", {m_clientId});
        scalar("INSERT INTO client_services (id, active_client_id, service_id, agreed_price, agreed_date) "
               "SELECT 'cs-1', 'ac-1', id, 12000, strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-40 days') FROM services "
               "WHERE user_id = ? AND name = 'Crowns'", {m_clientId});
        scalar("UPDATE client_journeys SET status = 'won', updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-40 days') "
               "WHERE id = ?", {id});
        QCOMPARE(rows("client_services"), 1);

        // The default (90 days) and the saved setting leave it; --redact-after-days 30 redacts it.
        QCOMPARE(anchorctl({"jobs", "run"}).exitCode, 0);
        QCOMPARE(anchorctl({"jobs", "configure", "--redact-after-days", "60"}).exitCode, 0);
        QCOMPARE(anchorctl({"jobs", "run"}).exitCode, 0);
        QVERIFY(scalar("SELECT redacted_at IS NULL FROM client_services WHERE id = 'cs-1'").toBool());
        const Run run = anchorctl({"jobs", "run", "--redact-after-days", "30", "--format", "json"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(result.value("redaction_days").toInt(), 30);
        QCOMPARE(result.value("redacted_services").toInt(), 1);
        QCOMPARE(result.value("redacted_journeys").toInt(), 1);
        QVERIFY(!scalar("SELECT redacted_at IS NULL FROM client_services WHERE id = 'cs-1'").toBool());
        QCOMPARE(scalar("SELECT symptoms || symptoms_redacted FROM client_journeys WHERE id = ?", {id}).toString(),
                 QStringLiteral("[]1"));
        QCOMPARE(scalar("SELECT json_extract(value, '$') FROM app_settings WHERE key = 'journeys.redaction_days'").toInt(),
                 60);   // the override is for this run only

        QCOMPARE(anchorctl({"jobs", "configure", "--redact-after-days", "-5"}).exitCode, 2);
        QCOMPARE(anchorctl({"jobs", "configure"}).exitCode, 2);
        QCOMPARE(anchorctl({"jobs", "run", "--format", "csv"}).exitCode, 2);
    }

    void demoMakesJourneys()
    {
        const QString path = m_dir.filePath("demo.sqlite");
        QProcess process;
        process.start(qEnvironmentVariable("ANCHOR_TEST_BIN_DIR") + "/anchorctl",
                      {"demo", "--calls", "3000", "--clients", "4", "--seed", "3", "--until", "2026-06-30", "--database", path});
        QVERIFY(process.waitForFinished(300000));
        QCOMPARE(process.exitCode(), 0);
        const QString saved = m_db;
        m_db = path;
        const auto restore = qScopeGuard([&] { m_db = saved; });

        QVERIFY(rows("client_journeys") > 50);
        QVERIFY(scalar("SELECT count(DISTINCT status) FROM client_journeys").toInt() >= 5);
        QCOMPARE(scalar("SELECT count(*) FROM client_journeys j JOIN call_logs c ON c.call_id = j.lead_call_key "
                        "WHERE c.category NOT IN ('very_good', 'warm', 'converted')").toInt(), 0);
        QVERIFY(scalar("SELECT count(*) FROM client_journey_steps WHERE completed_at IS NOT NULL").toInt() > 0);
        QVERIFY(rows("client_journey_notes") > 0);
        // Conversions: an active client with the services agreed at the client's prices.
        QVERIFY(scalar("SELECT count(*) FROM client_journeys WHERE status = 'active_client' AND active_client_id IS NOT NULL").toInt() > 0);
        QVERIFY(rows("client_services") > 0);
        QCOMPARE(scalar("SELECT count(*) FROM client_services cs JOIN services s ON s.id = cs.service_id "
                        "WHERE cs.agreed_price > s.base_price").toInt(), 0);
        // The next action is the earliest open step of an open journey, as the app keeps it;
        // won, lost and archived journeys have none.
        QCOMPARE(scalar("SELECT count(*) FROM client_journeys j WHERE coalesce(next_action_at, '') <> coalesce(CASE WHEN "
                        "j.status IN ('pending', 'in_progress', 'active_client') THEN (SELECT min(due_at) FROM "
                        "client_journey_steps s WHERE s.journey_id = j.id AND s.completed_at IS NULL) END, '')").toInt(),
                 0);
        QVERIFY(scalar("SELECT count(*) FROM client_journeys WHERE status IN ('won', 'lost', 'archived')").toInt() > 0);
        QCOMPARE(scalar("SELECT count(*) FROM client_journeys WHERE status IN ('won', 'lost', 'archived') "
                        "AND next_action_at IS NOT NULL").toInt(), 0);
        QCOMPARE(scalar("PRAGMA foreign_key_check").isValid(), false);

        // --journeys N: exactly N, about ten steps each, follow-ups when leads run out.
        const QString bench = m_dir.filePath("bench.sqlite");
        process.start(qEnvironmentVariable("ANCHOR_TEST_BIN_DIR") + "/anchorctl",
                      {"demo", "--calls", "500", "--clients", "2", "--journeys", "300", "--database", bench});
        QVERIFY(process.waitForFinished(300000));
        QCOMPARE(process.exitCode(), 0);
        m_db = bench;
        QCOMPARE(rows("client_journeys"), 300);
        const double steps = scalar("SELECT avg(n) FROM (SELECT count(*) AS n FROM client_journey_steps GROUP BY journey_id)").toDouble();
        QVERIFY2(steps >= 9 && steps <= 11, qPrintable(QString::number(steps)));
        QVERIFY(scalar("SELECT count(*) FROM client_journeys WHERE parent_journey_id IS NOT NULL").toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(AnchorctlJourneysTest)
#include "tst_anchorctljourneys.moc"
