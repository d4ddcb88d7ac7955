#pragma once

#include <database.h>
#include <emailtypes.h>

#include <QObject>

#include <functional>

class QProcess;

namespace anchor::models {

// What the Mailgun settings dialog asks of the keychain and the network: whether a scope has an
// API key stored, storing one, "Test connection" and "Send test message". The desktop app never
// loads the keychain or the network stack itself (they stay out of its start-up), so the real
// implementation, AnchorctlMailgunSetup, runs anchorctl; tests substitute their own. Every call
// is asynchronous; `done` runs once on this object's thread. A key travels only through the
// call (and a pipe), never through settings, the database or logs.
class MailgunSetup : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        QString message;   // for people: what went wrong, or what happened
    };
    using Done = std::function<void(const Result &result)>;
    using KeyStatusDone = std::function<void(bool stored, const QString &error)>;

    using QObject::QObject;

    // scopeId: '' = the agency, else a client business's users.id.
    virtual void keyStatus(const QString &scopeId, KeyStatusDone done) = 0;
    virtual void storeKey(const QString &scopeId, const QString &key, Done done) = 0;
    // `key` empty: the scope's stored key. The connection is the one typed, not yet saved.
    virtual void testConnection(const storage::MailgunConnection &connection, const QString &key, Done done) = 0;
    virtual void sendTestMessage(const storage::MailgunConnection &connection, const QString &key, const QString &to,
                                 Done done) = 0;
    // Abandons the running call; its `done` is not called.
    virtual void cancel() = 0;
};

// MailgunSetup through anchorctl (beside the application, or $ANCHOR_ANCHORCTL), one process
// per call, the key written to its stdin. The commands, all with --database FILE and, for a
// client's scope, --client ID:
//   mailgun key-status --format json              -> {"stored": true|false}
//   mailgun set-key --key-from-stdin              -> exit 0 when stored in the keychain
//   mailgun test [connection] [--key-from-stdin] --format json               -> {"ok": b, "error": s}
//   mailgun send-test --recipient ADDR [connection] [--key-from-stdin] --format json -> {"ok": b, "error": s}
// where [connection] is --domain D --region us|eu --sender ADDR [--sender-name N] [--base-url URL]
// [--ca-cert FILE]: the settings as typed, which override the stored ones.
class AnchorctlMailgunSetup final : public MailgunSetup
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnchorctlMailgunSetup)

public:
    explicit AnchorctlMailgunSetup(storage::Database database, QObject *parent = nullptr);
    ~AnchorctlMailgunSetup() override;

    void keyStatus(const QString &scopeId, KeyStatusDone done) override;
    void storeKey(const QString &scopeId, const QString &key, Done done) override;
    void testConnection(const storage::MailgunConnection &connection, const QString &key, Done done) override;
    void sendTestMessage(const storage::MailgunConnection &connection, const QString &key, const QString &to,
                         Done done) override;
    void cancel() override;

    // The arguments naming a scope and a typed connection, as the commands above take them.
    static QStringList connectionArguments(const storage::MailgunConnection &connection);

private:
    using Finished = std::function<void(int exitCode, const QByteArray &out, const QString &err)>;
    void run(const QStringList &arguments, const QByteArray &input, Finished finished);
    void runCheck(QStringList arguments, const QString &key, Done done);

    storage::Database m_database;
    QProcess *m_process = nullptr;
};

} // namespace anchor::models
