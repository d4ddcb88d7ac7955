#pragma once

#include "retrypolicy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QHash>
#include <QSslCertificate>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace anchor::sync {

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType = "application/json";
    QString user;       // HTTP Basic; sent in a header, never in the URL, never logged
    QString password;
    QString bearerToken;   // "Authorization: Bearer", for APIs with a key; never logged
    QString caCertificateFile;   // trusted in addition to the system CAs
    std::chrono::milliseconds timeout{30'000};
    bool expectJson = true;      // a body that is not JSON, or {"status":"error"}, is a failure
    // false for requests that must not be repeated blindly (sending a message): failures after
    // which the server may have acted (timeout, connection lost, 5xx, an unreadable 2xx) end the
    // request at once and are left to the caller; only clear refusals (429) and connections that
    // never got through are retried.
    bool retryAmbiguous = true;
};

struct HttpResult
{
    enum class Error { None, Network, Tls, Timeout, Http, BadReply, Remote, Cancelled, Configuration };

    Error error = Error::None;
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    QString message;   // for people: what went wrong, without secrets
    int attempts = 0;
    QList<QPair<QByteArray, QByteArray>> headers;   // the last reply's headers
    // The request never reached a server (DNS, connection refused, TLS handshake, bad settings):
    // it certainly had no effect there.
    bool neverArrived = false;

    QByteArray header(const QByteArray &name) const;   // case-insensitive; empty when absent

    bool ok() const { return error == Error::None; }
};

// The one owner of the QNetworkAccessManager (DESIGN.md, Network): timeouts on every request,
// retries with backoff and jitter on network errors, 429 (Retry-After) and 5xx, a 200 carrying
// {"status":"error"} or a body that is not JSON treated as a failure and retried, TLS errors
// final and never ignored. Lives in the thread that uses it.
class NetworkService final : public QObject
{
    Q_OBJECT

public:
    explicit NetworkService(QObject *parent = nullptr);
    ~NetworkService() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }

    using Callback = std::function<void(const HttpResult &)>;
    // Calls `done` once, on this object's thread, after the last attempt. When `receiver` is
    // destroyed first, the request is aborted and `done` never runs: a reply must not reach
    // whatever object is built next at the old one's address.
    void send(const HttpRequest &request, const QObject *receiver, Callback done);
    // Ends every request in progress with Error::Cancelled.
    void cancelAll();
    int inFlight() const { return int(m_active.size()); }

Q_SIGNALS:
    // Any reply at all from a server (even an error status): the network is up.
    void serverReached();
    // No server could be reached (DNS, refused, timeouts).
    void networkUnreachable(const QString &message);

private:
    struct Pending;
    void attempt(const std::shared_ptr<Pending> &pending);
    void finished(const std::shared_ptr<Pending> &pending, QNetworkReply *reply, bool timedOut);
    void complete(const std::shared_ptr<Pending> &pending, HttpResult result);
    void forget(const std::shared_ptr<Pending> &pending);

    QNetworkAccessManager *m_manager;
    RetryPolicy m_policy;
    QList<std::shared_ptr<Pending>> m_active;
    QHash<QString, QList<QSslCertificate>> m_extraCas;   // read once per file, not per request
};

} // namespace anchor::sync
