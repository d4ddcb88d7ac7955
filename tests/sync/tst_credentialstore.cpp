// The keychain path against a real Secret Service: gnome-keyring in a private D-Bus session
// (tests/support/with-keyring.sh starts it). Secrets go there and nowhere else.
#include "fakectmserver.h"

#include <credentialstore.h>

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using anchor::sync::CredentialStore;
using anchor::sync::CtmKeys;
using anchor::testing::FakeCtmServer;

class CredentialStoreTest : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // Waits without blocking this thread's event loop (the fake server answers from it).
    Run anchorctl(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("ANCHOR_CTM_ACCESS_KEY");
        env.remove("ANCHOR_CTM_SECRET_KEY");
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(qEnvironmentVariable("ANCHOR_TEST_BIN_DIR") + "/anchorctl", arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!finished.wait(60'000))
            qWarning("anchorctl did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    static bool anyFileContains(const QString &folder, const QByteArray &needle)
    {
        QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.fileName().contains("keyrings"))
                continue;   // the keyring itself holds it (encrypted), by design
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-keyring.sh (CTest does)");
    }

    void writeReadRemove()
    {
        CredentialStore store;
        QString error = "not called";
        store.writeCtmKeys("client-1", {"access-xyz", "secret-xyz"}, [&](const QString &e) { error = e; });
        QTRY_VERIFY_WITH_TIMEOUT(error != "not called", 20'000);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        CtmKeys keys;
        error = "not called";
        store.readCtmKeys("client-1", [&](const CtmKeys &read, const QString &e) {
            keys = read;
            error = e;
        });
        QTRY_VERIFY_WITH_TIMEOUT(error != "not called", 20'000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(keys.accessKey, "access-xyz");
        QCOMPARE(keys.secretKey, "secret-xyz");

        error = "not called";
        store.removeCtmKeys("client-1", [&](const QString &e) { error = e; });
        QTRY_VERIFY_WITH_TIMEOUT(error != "not called", 20'000);
        QVERIFY(error.isEmpty());
        error = "not called";
        store.readCtmKeys("client-1", [&](const CtmKeys &read, const QString &e) {
            keys = read;
            error = e;
        });
        QTRY_VERIFY_WITH_TIMEOUT(error != "not called", 20'000);
        QVERIFY(error.isEmpty());   // a missing entry is not an error
        QVERIFY(!keys.isComplete());
    }

    void anchorctlKeepsKeysInTheKeychainOnly()
    {
        FakeCtmServer server;
        QVERIFY(server.start());
        const QString secret = "s3cr3t-" + QString::number(QDateTime::currentMSecsSinceEpoch());
        server.setCredentials("access-42", secret);
        server.addAccount(42, "Glow Med Spa");
        server.addCalls(42, 30, 1, QDateTime::currentSecsSinceEpoch());

        QTemporaryDir dir;
        const QString db = dir.filePath("keys.sqlite");
        QCOMPARE(anchorctl({"init", "--database", db}).exitCode, 0);
        QCOMPARE(anchorctl({"clients", "add", "--name", "Glow Med Spa", "--database", db}).exitCode, 0);
        Run run = anchorctl({"ctm", "configure", "--client", "Glow Med Spa", "--account", "42", "--base-url",
                             server.baseUrl().toString(), "--ca-cert", FakeCtmServer::caCertificatePath(),
                             "--keys-from-stdin", "--database", db},
                            "access-42\n" + secret.toUtf8() + "\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        // No environment keys: the sync reads them from the keychain.
        run = anchorctl({"sync", "ctm", "--database", db});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains("30 new calls"));

        // The secret is in no file but the keyring: not the database, not settings, not logs.
        QVERIFY(!anyFileContains(dir.path(), secret.toUtf8()));
        QVERIFY(!anyFileContains(qEnvironmentVariable("HOME"), secret.toUtf8()));
        QVERIFY(!run.out.contains(secret) && !run.err.contains(secret));
    }
};

QTEST_GUILESS_MAIN(CredentialStoreTest)
#include "tst_credentialstore.moc"
