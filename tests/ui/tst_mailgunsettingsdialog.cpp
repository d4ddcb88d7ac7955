// The Mailgun settings dialog end to end, as the desktop app runs it: its checks and the key go
// through anchorctl (models/AnchorctlMailgunSetup) to a real keychain (a private Secret Service,
// tests/support/with-keyring.sh) and to the fake Mailgun over HTTPS on 127.0.0.1. Proves the key
// is used, stored in the keychain, and found nowhere in the database file.
#include "fakemailgunserver.h"
#include "testdatabase.h"

#include <mailgunsettingsdialog.h>
#include <mailgunsettingsrepository.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace anchor;
using anchor::testing::FakeMailgunServer;
using anchor::testing::TestDatabase;

namespace {

const QString kKey = QStringLiteral("key-0123456789abcdef0123456789abcdef");

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class MailgunSettingsDialogTest : public QObject
{
    Q_OBJECT

private:
    FakeMailgunServer m_server;

    void fill(ui::MailgunSettingsDialog &dialog, const QString &key)
    {
        dialog.findChild<QLineEdit *>("mailgunDomain")->setText("mg.example.com");
        dialog.findChild<QLineEdit *>("mailgunFromAddress")->setText("news@mg.example.com");
        dialog.findChild<QLineEdit *>("mailgunFromName")->setText("Bright Smile");
        dialog.findChild<QLineEdit *>("mailgunBaseUrl")->setText(m_server.baseUrl().toString());
        dialog.findChild<QLineEdit *>("mailgunCaFile")->setText(FakeMailgunServer::caCertificatePath());
        dialog.findChild<QLineEdit *>("mailgunApiKey")->setText(key);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("ANCHOR_ANCHORCTL", QByteArray(qgetenv("ANCHOR_TEST_BIN_DIR") + "/anchorctl"));
        qunsetenv("ANCHOR_MAILGUN_API_KEY");
        QVERIFY(m_server.start());
        m_server.addDomain("mg.example.com");
        m_server.setApiKey(kKey);
    }

    void checksSavesAndKeepsTheKeyInTheKeychain()
    {
        TestDatabase db;
        {
            ui::MailgunSettingsDialog dialog(db.database(), {});
            QTRY_VERIFY_WITH_TIMEOUT(dialog.keyStatusLabel()->text().contains("No API key"), 20'000);

            fill(dialog, "key-wrong");
            dialog.testConnection();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30'000);
            QVERIFY2(dialog.resultLabel()->text().startsWith("Not connected"), qPrintable(dialog.resultLabel()->text()));

            dialog.findChild<QLineEdit *>("mailgunApiKey")->setText(kKey);
            dialog.testConnection();
            QVERIFY(dialog.isBusy());
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30'000);
            QVERIFY2(dialog.resultLabel()->text().startsWith("Connected"), qPrintable(dialog.resultLabel()->text()));

            dialog.sendTestMessageTo("jane@example.com");
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30'000);
            QVERIFY2(dialog.resultLabel()->text().contains("accepted the test message"),
                     qPrintable(dialog.resultLabel()->text()));
            QCOMPARE(m_server.messagesTo("jane@example.com").size(), 1);

            QSignalSpy accepted(&dialog, &QDialog::accepted);
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
            QVERIFY(accepted.count() == 1 || accepted.wait(30'000));
        }
        const auto saved = storage::MailgunSettingsRepository(db.database()).connection({});
        QVERIFY(saved);
        QCOMPARE(saved->baseUrl, m_server.baseUrl().toString());
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        for (const QString &file : QStringList{db.path(), db.path() + "-wal"})
            QVERIFY2(!fileBytes(file).contains(kKey.toUtf8()), qPrintable(file));

        // Again: the stored key is reported and used (the key field stays empty).
        ui::MailgunSettingsDialog again(db.database(), {});
        QTRY_VERIFY_WITH_TIMEOUT(again.hasStoredKey(), 20'000);
        QVERIFY(again.keyStatusLabel()->text().contains("stored in the keychain"));
        QVERIFY(again.findChild<QLineEdit *>("mailgunApiKey")->text().isEmpty());
        again.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(!again.isBusy(), 30'000);
        QVERIFY2(again.resultLabel()->text().startsWith("Connected"), qPrintable(again.resultLabel()->text()));
    }
};

QTEST_MAIN(MailgunSettingsDialogTest)
#include "tst_mailgunsettingsdialog.moc"
