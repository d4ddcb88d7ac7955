#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace anchor::sync {

struct CtmKeys
{
    QString accessKey;
    QString secretKey;
    bool isComplete() const { return !accessKey.isEmpty() && !secretKey.isEmpty(); }
};

// Secrets in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows): one entry per client and service. Never in the database,
// settings, logs or error text. Jobs are asynchronous; callbacks run on this object's thread.
class CredentialStore final : public QObject
{
    Q_OBJECT

public:
    explicit CredentialStore(QObject *parent = nullptr);

    using ReadDone = std::function<void(const CtmKeys &keys, const QString &error)>;
    using WriteDone = std::function<void(const QString &error)>;

    // Missing keys are not an error: the callback gets empty keys and no error.
    void readCtmKeys(const QString &clientId, ReadDone done);
    void writeCtmKeys(const QString &clientId, const CtmKeys &keys, WriteDone done);
    void removeCtmKeys(const QString &clientId, WriteDone done);

    // The LLM classifier's API key (one for the agency).
    void readLlmKey(std::function<void(const QString &key, const QString &error)> done);
    void writeLlmKey(const QString &key, WriteDone done);
    // ANCHOR_LLM_API_KEY, for headless runs (never stored).
    static QString llmKeyFromEnvironment();

    // ANCHOR_CTM_ACCESS_KEY / ANCHOR_CTM_SECRET_KEY, for headless anchorctl runs (never stored).
    static CtmKeys ctmKeysFromEnvironment();

    // The Mailgun API key of one sending scope: '' = the agency, else a client's users.id. A
    // missing entry is not an error: the callback gets an empty key and no error. (A client
    // without its own key sends with the agency's; that fallback is the caller's choice.)
    void readMailgunKey(const QString &scopeId, std::function<void(const QString &key, const QString &error)> done);
    void writeMailgunKey(const QString &scopeId, const QString &key, WriteDone done);
    void removeMailgunKey(const QString &scopeId, WriteDone done);
    // ANCHOR_MAILGUN_API_KEY, for headless anchorctl runs (never stored); used for every scope.
    static QString mailgunKeyFromEnvironment();

    static QString serviceName();

private:
    void read(const QString &key, std::function<void(const QByteArray &secret, const QString &error)> done);
    void write(const QString &key, const QByteArray &secret, WriteDone done);
    void remove(const QString &key, WriteDone done);
};

} // namespace anchor::sync
