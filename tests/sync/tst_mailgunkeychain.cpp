// The Mailgun API key in the keychain, one entry per sending scope, against a real Secret
// Service (tests/support/with-keyring.sh starts one in a private D-Bus session).
#include <credentialstore.h>
#include <mailgunaccounts.h>

#include <QTest>

using anchor::sync::CredentialStore;

class MailgunKeychainTest : public QObject
{
    Q_OBJECT

private:
    CredentialStore m_store;

    QString write(const QString &scope, const QString &key)
    {
        QString error = QStringLiteral("not called");
        m_store.writeMailgunKey(scope, key, [&](const QString &e) { error = e; });
        if (!QTest::qWaitFor([&] { return error != QLatin1String("not called"); }, 20'000))
            return QStringLiteral("timeout");
        return error;
    }

    std::pair<QString, QString> read(const QString &scope)
    {
        std::optional<std::pair<QString, QString>> result;
        m_store.readMailgunKey(scope, [&](const QString &key, const QString &error) { result = {key, error}; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20'000))
            return {QString(), QStringLiteral("timeout")};
        return *result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-keyring.sh (CTest does)");
    }

    void oneKeyPerScope()
    {
        QCOMPARE(write(QString(), "key-agency-1"), QString());
        QCOMPARE(write("client-7", " key-client-7\n"), QString());   // pasted with blanks
        QCOMPARE(read(QString()), std::make_pair(QString("key-agency-1"), QString()));
        QCOMPARE(read("client-7"), std::make_pair(QString("key-client-7"), QString()));

        // A scope without its own key reads empty, without an error.
        QCOMPARE(read("client-8"), std::make_pair(QString(), QString()));

        QString error = "not called";
        m_store.removeMailgunKey("client-7", [&](const QString &e) { error = e; });
        QTRY_VERIFY_WITH_TIMEOUT(error != "not called", 20'000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(read("client-7"), std::make_pair(QString(), QString()));
        QCOMPARE(read(QString()).first, "key-agency-1");   // the agency's is untouched

        // Removing what is not there is fine too.
        error = "not called";
        m_store.removeMailgunKey("client-7", [&](const QString &e) { error = e; });
        QTRY_VERIFY_WITH_TIMEOUT(error != "not called", 20'000);
        QVERIFY(error.isEmpty());
    }

    void accountsPairConnectionsWithTheirKeys()
    {
        QCOMPARE(write(QString(), "key-agency-2"), QString());
        QCOMPARE(write("client-9", "key-client-9"), QString());
        anchor::storage::MailgunConnection agency;
        agency.domain = "mg.agency.example";
        anchor::storage::MailgunConnection client = agency;
        client.scopeId = "client-9";
        anchor::storage::MailgunConnection keyless = agency;
        keyless.scopeId = "client-10";
        std::optional<QHash<QString, anchor::sync::MailgunAccount>> accounts;
        anchor::sync::loadMailgunAccounts({agency, client, keyless}, &m_store,
                                          [&](const QHash<QString, anchor::sync::MailgunAccount> &loaded, const QString &error) {
                                              QVERIFY(error.isEmpty());
                                              accounts = loaded;
                                          });
        QTRY_VERIFY_WITH_TIMEOUT(accounts.has_value(), 20'000);
        QCOMPARE(accounts->size(), 3);
        QCOMPARE(accounts->value(QString()).apiKey, "key-agency-2");
        QCOMPARE(accounts->value("client-9").apiKey, "key-client-9");
        QCOMPARE(accounts->value("client-9").connection.scopeId, "client-9");
        // No key of its own: it sends with the agency's, as anchorctl does (one function for both).
        QCOMPARE(accounts->value("client-10").apiKey, "key-agency-2");
        QCOMPARE(accounts->value("client-10").connection.scopeId, "client-10");

        // The environment wins for every scope (headless anchorctl runs).
        qputenv("ANCHOR_MAILGUN_API_KEY", "key-env");
        accounts.reset();
        anchor::sync::loadMailgunAccounts({agency, client}, &m_store,
                                          [&](const QHash<QString, anchor::sync::MailgunAccount> &loaded, const QString &) {
                                              accounts = loaded;
                                          });
        qunsetenv("ANCHOR_MAILGUN_API_KEY");
        QVERIFY(accounts.has_value());
        QCOMPARE(accounts->value("client-9").apiKey, "key-env");
    }

    void clientWithoutItsOwnKeyFallsBackToTheAgencys()
    {
        const auto keyFor = [this](const QString &scope) {
            std::optional<std::pair<QString, QString>> result;
            anchor::sync::readMailgunKeyFor(&m_store, scope,
                                            [&](const QString &key, const QString &error) { result = {key, error}; });
            if (!QTest::qWaitFor([&] { return result.has_value(); }, 20'000))
                return std::make_pair(QString(), QStringLiteral("timeout"));
            return *result;
        };
        QCOMPARE(write(QString(), "key-agency-3"), QString());
        QCOMPARE(write("client-11", "key-client-11"), QString());
        QCOMPARE(keyFor("client-11"), std::make_pair(QString("key-client-11"), QString()));   // its own wins
        QCOMPARE(keyFor("client-12"), std::make_pair(QString("key-agency-3"), QString()));
        QCOMPARE(keyFor(QString()), std::make_pair(QString("key-agency-3"), QString()));

        // Without an agency key either, a keyless client has none: listed empty, its queue waits.
        QString error = "not called";
        m_store.removeMailgunKey(QString(), [&](const QString &e) { error = e; });
        QTRY_VERIFY_WITH_TIMEOUT(error != "not called", 20'000);
        QCOMPARE(keyFor("client-12"), std::make_pair(QString(), QString()));
        anchor::storage::MailgunConnection keyless;
        keyless.scopeId = "client-12";
        anchor::storage::MailgunConnection own = keyless;
        own.scopeId = "client-11";
        std::optional<QHash<QString, anchor::sync::MailgunAccount>> accounts;
        anchor::sync::loadMailgunAccounts({keyless, own}, &m_store,
                                          [&](const QHash<QString, anchor::sync::MailgunAccount> &loaded, const QString &) {
                                              accounts = loaded;
                                          });
        QTRY_VERIFY_WITH_TIMEOUT(accounts.has_value(), 20'000);
        QCOMPARE(accounts->size(), 2);
        QVERIFY(accounts->value("client-12").apiKey.isEmpty());
        QCOMPARE(accounts->value("client-11").apiKey, "key-client-11");

        // The environment decides for every scope, without the keychain.
        qputenv("ANCHOR_MAILGUN_API_KEY", "key-env-2");
        const auto fromEnvironment = keyFor("client-12");
        qunsetenv("ANCHOR_MAILGUN_API_KEY");
        QCOMPARE(fromEnvironment, std::make_pair(QString("key-env-2"), QString()));
    }

    void environmentKeyForHeadlessRuns()
    {
        qputenv("ANCHOR_MAILGUN_API_KEY", " key-from-env ");
        QCOMPARE(CredentialStore::mailgunKeyFromEnvironment(), "key-from-env");
        qunsetenv("ANCHOR_MAILGUN_API_KEY");
        QVERIFY(CredentialStore::mailgunKeyFromEnvironment().isEmpty());
    }
};

QTEST_GUILESS_MAIN(MailgunKeychainTest)
#include "tst_mailgunkeychain.moc"
