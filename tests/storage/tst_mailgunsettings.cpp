// Mailgun connections per scope, queue settings, sync cursors and the suppression list (issue 7).
#include <mailguncursorrepository.h>
#include <mailgunsettingsrepository.h>
#include <storageerror.h>
#include <suppressionrepository.h>
#include <testdatabase.h>

#include <QTest>

using namespace anchor::storage;
using anchor::testing::TestDatabase;

class TestMailgunSettings : public QObject
{
    Q_OBJECT

private:
    static MailgunConnection valid(const QString &scope = {})
    {
        MailgunConnection connection;
        connection.scopeId = scope;
        connection.domain = QStringLiteral("mg.example.com");
        connection.region = QStringLiteral("eu");
        connection.fromAddress = QStringLiteral("news@example.com");
        connection.fromName = QStringLiteral("Example");
        return connection;
    }

private slots:
    void savesAndReadsPerScope()
    {
        TestDatabase db;
        const QString client = db.addClient(QStringLiteral("Bright Smiles"));
        const QString other = db.addClient(QStringLiteral("Other Dental"));
        MailgunSettingsRepository settings(db.database());
        QVERIFY(!settings.connection({}).has_value());
        QVERIFY(!settings.effectiveFor(client).has_value());

        settings.save(valid());
        MailgunConnection own = valid(client);
        own.domain = QStringLiteral("mg.brightsmiles.com");
        own.baseUrl = QStringLiteral("https://127.0.0.1:8443");
        settings.save(own);

        QCOMPARE(*settings.connection(client), own);
        QCOMPARE(settings.effectiveFor(client)->domain, QStringLiteral("mg.brightsmiles.com"));
        QCOMPARE(settings.effectiveScopeFor(client), client);
        // A client without its own sends with the agency's.
        QCOMPARE(settings.effectiveFor(other)->domain, QStringLiteral("mg.example.com"));
        QCOMPARE(settings.effectiveScopeFor(other), QString());
        QCOMPARE(db.scalar(QStringLiteral("SELECT json_extract(value, '$.region') FROM app_settings WHERE key = ?"),
                           {QString(QStringLiteral("mailgun.connection:") + client)}).toString(), QStringLiteral("eu"));

        const QList<MailgunConnection> all = settings.list();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().scopeId, QString());
        QCOMPARE(all.last().scopeId, client);

        settings.remove(client);
        QVERIFY(!settings.connection(client).has_value());
        QCOMPARE(settings.effectiveFor(client)->domain, QStringLiteral("mg.example.com"));
        settings.remove({});
        QVERIFY(!settings.effectiveFor(client).has_value());
    }

    void refusesInvalidConnections_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("empty domain") << "domain" << "";
        QTest::newRow("domain with space") << "domain" << "mg example.com";
        QTest::newRow("domain without dot") << "domain" << "localhost";
        QTest::newRow("region") << "region" << "asia";
        QTest::newRow("empty from") << "from" << "";
        QTest::newRow("bad from") << "from" << "news at example.com";
        QTest::newRow("display name in from") << "from" << "News <news@example.com>";
        QTest::newRow("http base url") << "base" << "http://127.0.0.1:8080";
    }

    void refusesInvalidConnections()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        TestDatabase db;
        MailgunSettingsRepository settings(db.database());
        MailgunConnection connection = valid();
        if (field == QLatin1String("domain"))
            connection.domain = value;
        else if (field == QLatin1String("region"))
            connection.region = value;
        else if (field == QLatin1String("from"))
            connection.fromAddress = value;
        else
            connection.baseUrl = value;
        QVERIFY(!MailgunSettingsRepository::validationError(connection).isEmpty());
        try {
            settings.save(connection);
            QFAIL("saved an invalid connection");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::Constraint);
            QVERIFY(!error.message().isEmpty());
        }
        QVERIFY(!settings.connection({}).has_value());
    }

    void refusesAnUnknownClientScope()
    {
        TestDatabase db;
        MailgunSettingsRepository settings(db.database());
        QVERIFY_THROWS_EXCEPTION(StorageError, settings.save(valid(QStringLiteral("no-such-client"))));
    }

    void queueSettingsRoundTripAndValidate()
    {
        TestDatabase db;
        MailgunSettingsRepository settings(db.database());
        QCOMPARE(settings.queueSettings(), MailgunQueueSettings{});
        settings.setQueueSettings({600, 100, 7});
        QCOMPARE(settings.queueSettings(), (MailgunQueueSettings{600, 100, 7}));
        QVERIFY_THROWS_EXCEPTION(StorageError, settings.setQueueSettings({-1, 100, 7}));
        QVERIFY_THROWS_EXCEPTION(StorageError, settings.setQueueSettings({0, 0, 7}));
        QVERIFY_THROWS_EXCEPTION(StorageError, settings.setQueueSettings({0, 10, 0}));
        QCOMPARE(settings.queueSettings(), (MailgunQueueSettings{600, 100, 7}));
    }

    void cursorsPerSourceAndScope()
    {
        TestDatabase db;
        const QString client = db.addClient(QStringLiteral("Bright Smiles"));
        MailgunCursorRepository cursors(db.database());
        QCOMPARE(cursors.read(MailgunCursorRepository::kEventsSource, {}), MailgunCursor{});

        cursors.save(MailgunCursorRepository::kEventsSource, {}, QStringLiteral("1700000000"),
                     QStringLiteral("https://api.mailgun.net/v3/mg.example.com/events/W3siYSI6IGZhbHNlfQ=="), false);
        MailgunCursor cursor = cursors.read(MailgunCursorRepository::kEventsSource, {});
        QCOMPARE(cursor.cursorValue, QStringLiteral("1700000000"));
        QVERIFY(cursor.pageToken.endsWith(QLatin1String("==")));
        QVERIFY(cursor.lastSuccessAt.isEmpty());
        QVERIFY(!cursor.lastAttemptAt.isEmpty());

        cursors.recordError(MailgunCursorRepository::kEventsSource, {}, QStringLiteral("401: wrong key"));
        cursor = cursors.read(MailgunCursorRepository::kEventsSource, {});
        QCOMPARE(cursor.lastError, QStringLiteral("401: wrong key"));
        QCOMPARE(cursor.cursorValue, QStringLiteral("1700000000"));   // the position is kept

        cursors.save(MailgunCursorRepository::kEventsSource, {}, QStringLiteral("1700000500"), {}, true);
        cursor = cursors.read(MailgunCursorRepository::kEventsSource, {});
        QCOMPARE(cursor.cursorValue, QStringLiteral("1700000500"));
        QVERIFY(cursor.pageToken.isEmpty());
        QVERIFY(cursor.lastError.isEmpty());
        QVERIFY(!cursor.lastSuccessAt.isEmpty());

        // Other sources and scopes are separate rows.
        QCOMPARE(cursors.read(MailgunCursorRepository::kSuppressionsSource, {}), MailgunCursor{});
        QCOMPARE(cursors.read(MailgunCursorRepository::kEventsSource, client), MailgunCursor{});
        cursors.save(MailgunCursorRepository::kSuppressionsSource, client, {}, QStringLiteral("next-page"), false);
        QCOMPARE(cursors.read(MailgunCursorRepository::kSuppressionsSource, client).pageToken, QStringLiteral("next-page"));
    }

    void suppressionListIsScopedAndIdempotent()
    {
        TestDatabase db;
        const QString client = db.addClient(QStringLiteral("Bright Smiles"));
        const QString other = db.addClient(QStringLiteral("Other Dental"));
        SuppressionRepository suppressions(db.database());

        const QList<SuppressionEntry> page = {
            {QStringLiteral("Bounced@Example.com"), QStringLiteral("bounce"), QStringLiteral("550 no such user"), {}},
            {QStringLiteral("left@example.com"), QStringLiteral("unsubscribe"), {}, {}},
            {QStringLiteral("spam@example.com"), QStringLiteral("complaint"), {}, {}},
        };
        QCOMPARE(suppressions.import(client, page), 3);
        QCOMPARE(suppressions.import(client, page), 0);   // the same page again adds nothing
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM unsubscribes")).toInt(), 3);
        QCOMPARE(db.scalar(QStringLiteral("SELECT kind FROM unsubscribes WHERE email = 'bounced@example.com'")).toString(),
                 QStringLiteral("bounce"));

        QVERIFY(suppressions.isSuppressed(client, QStringLiteral("BOUNCED@example.com")));
        QVERIFY(!suppressions.isSuppressed(other, QStringLiteral("bounced@example.com")));

        // Agency-wide entries hold for every client.
        QVERIFY(suppressions.add({}, QStringLiteral("Never@Example.com"), QStringLiteral("asked by phone")));
        QVERIFY(!suppressions.add({}, QStringLiteral("never@example.com"), {}));
        QVERIFY(suppressions.isSuppressed(other, QStringLiteral("never@example.com")));
        QVERIFY(suppressions.isSuppressed(client, QStringLiteral("never@example.com")));
        QVERIFY_THROWS_EXCEPTION(StorageError, suppressions.add({}, QStringLiteral("not an address"), {}));

        QCOMPARE(suppressions.count(client, {}), 3);
        QCOMPARE(suppressions.count(client, QStringLiteral("spam")), 1);
        QCOMPARE(suppressions.list(client, QStringLiteral("spam"), 0, 10).first().kind, QStringLiteral("complaint"));
        QCOMPARE(suppressions.list(client, {}, 1, 10).size(), 2);
        QCOMPARE(suppressions.list({}, {}, 0, 10).size(), 1);
        // LIKE wildcards in the search are literal.
        QCOMPARE(suppressions.count(client, QStringLiteral("%")), 0);

        QVERIFY(suppressions.remove(client, QStringLiteral("left@example.com")));
        QVERIFY(!suppressions.remove(client, QStringLiteral("left@example.com")));
        QVERIFY(!suppressions.isSuppressed(client, QStringLiteral("left@example.com")));

        // The cursor is stored with the page.
        MailgunCursor after;
        after.pageToken = QStringLiteral("https://api.mailgun.net/v3/mg/bounces?page=next");
        QCOMPARE(suppressions.import(other, {{QStringLiteral("x@example.com"), QStringLiteral("bounce"), {}, {}}}, after, false), 1);
        QCOMPARE(MailgunCursorRepository(db.database()).read(MailgunCursorRepository::kSuppressionsSource, other).pageToken,
                 after.pageToken);
    }
};

QTEST_GUILESS_MAIN(TestMailgunSettings)
#include "tst_mailgunsettings.moc"
