#include "networkservice.h"

#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

namespace anchor::sync {

namespace {

// The URL as people may see it: no credentials, no query (it can carry search terms).
QString displayUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toDisplayString();
}

// Errors raised before a byte of the request could reach a server.
bool neverConnected(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
        return true;
    default:
        return false;
    }
}

// A request body that can be read once only. QNetworkAccessManager silently sends a request
// again when the connection closes before the answer (QTBUG-style keep-alive recovery); for a
// request that must not be repeated, the second read is refused, which ends the reply with
// ContentReSendError instead of a second delivery.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent), m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, qint64(m_data.size()) - m_position);
        if (count <= 0)
            return m_position >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

bool isTlsError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError || error == QNetworkReply::UnknownNetworkError;
}

// The server's own words from an error body, when it has some: {"error": ..}, {"message": ..},
// {"reason": ..}. Truncated so a huge HTML page does not become the message.
QString serverWords(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const char *key : {"message", "error", "reason"}) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString() && !value.toString().isEmpty())
            return value.toString().left(300);
    }
    return {};
}

} // namespace

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

struct NetworkService::Pending
{
    HttpRequest request;
    QPointer<const QObject> receiver;
    QMetaObject::Connection receiverGone;
    Callback done;
    int attempt = 0;
    QPointer<QNetworkReply> reply;
    QTimer *timer = nullptr;       // the request's timeout, or the wait before a retry
    QList<QSslCertificate> extraCas;
    bool finished = false;
};

NetworkService::NetworkService(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    m_manager->setAutoDeleteReplies(false);
}

NetworkService::~NetworkService()
{
    cancelAll();
}

void NetworkService::send(const HttpRequest &request, const QObject *receiver, Callback done)
{
    Q_ASSERT(receiver && receiver->thread() == thread());   // its destruction is seen here
    auto pending = std::make_shared<Pending>();
    pending->request = request;
    pending->receiver = receiver;
    pending->done = std::move(done);
    pending->receiverGone = connect(receiver, &QObject::destroyed, this,
                                    [this, weak = std::weak_ptr<Pending>(pending)] {
                                        if (const auto gone = weak.lock())
                                            forget(gone);
                                    });
    if (!request.url.isValid() || request.url.scheme() != QLatin1String("https")) {
        HttpResult result;
        result.error = HttpResult::Error::Configuration;
        result.message = tr("The address %1 is not a valid https:// URL.").arg(displayUrl(request.url));
        result.neverArrived = true;
        QTimer::singleShot(0, this, [this, pending, result] { complete(pending, result); });
        m_active.append(pending);
        return;
    }
    if (!request.caCertificateFile.isEmpty()) {
        QList<QSslCertificate> certificates = m_extraCas.value(request.caCertificateFile);
        if (certificates.isEmpty()) {
            QFile file(request.caCertificateFile);
            if (file.open(QIODevice::ReadOnly))
                certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
            if (!certificates.isEmpty())
                m_extraCas.insert(request.caCertificateFile, certificates);
        }
        pending->extraCas = certificates;
        if (pending->extraCas.isEmpty()) {
            HttpResult result;
            result.error = HttpResult::Error::Configuration;
            result.message = tr("The CA certificate file %1 could not be read as PEM.").arg(request.caCertificateFile);
            result.neverArrived = true;
            QTimer::singleShot(0, this, [this, pending, result] { complete(pending, result); });
            m_active.append(pending);
            return;
        }
    }
    m_active.append(pending);
    attempt(pending);
}

void NetworkService::cancelAll()
{
    const auto active = m_active;
    for (const auto &pending : active) {
        if (pending->reply)
            pending->reply->abort();
        HttpResult result;
        result.error = HttpResult::Error::Cancelled;
        result.message = tr("Cancelled.");
        result.attempts = pending->attempt;
        complete(pending, result);
    }
}

void NetworkService::attempt(const std::shared_ptr<Pending> &pending)
{
    ++pending->attempt;
    const HttpRequest &request = pending->request;
    QNetworkRequest netRequest(request.url);
    netRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    netRequest.setRawHeader("Accept", "application/json");
    netRequest.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("AnchorCRM/" ANCHOR_VERSION));
    if (!request.bearerToken.isEmpty())
        netRequest.setRawHeader("Authorization", "Bearer " + request.bearerToken.toUtf8());
    else if (!request.user.isEmpty() || !request.password.isEmpty())
        netRequest.setRawHeader("Authorization",
                                "Basic " + (request.user + QLatin1Char(':') + request.password).toUtf8().toBase64());
    if (!request.body.isEmpty() || request.method != "GET")
        netRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    if (!pending->extraCas.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(pending->extraCas);
        netRequest.setSslConfiguration(tls);
    }

    QNetworkReply *reply = nullptr;
    if (!request.retryAmbiguous && !request.body.isEmpty()) {
        // Streamed (not buffered by QNAM) from a body that refuses a second read: never sent twice.
        netRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        netRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        // HTTP/1.1, whose resend-on-close path is the one the one-shot body guards.
        netRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        auto *body = new OneShotBody(request.body, nullptr);
        reply = m_manager->sendCustomRequest(netRequest, request.method, body);
        body->setParent(reply);
    } else {
        reply = m_manager->sendCustomRequest(netRequest, request.method, request.body);
    }
    pending->reply = reply;
    if (pending->timer)
        pending->timer->deleteLater();   // this may run inside that timer's own timeout
    pending->timer = new QTimer(this);
    pending->timer->setSingleShot(true);
    bool *timedOut = new bool(false);
    connect(pending->timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    pending->timer->start(request.timeout);
    // A transfer that keeps moving is not timed out: restart the clock on progress.
    connect(reply, &QNetworkReply::downloadProgress, pending->timer, [timer = pending->timer, timeout = request.timeout] {
        timer->start(timeout);
    });
    connect(reply, &QNetworkReply::finished, this, [this, pending, reply, timedOut] {
        const bool wasTimedOut = *timedOut;
        delete timedOut;
        finished(pending, reply, wasTimedOut);
    });
}

void NetworkService::finished(const std::shared_ptr<Pending> &pending, QNetworkReply *reply, bool timedOut)
{
    reply->deleteLater();
    if (pending->finished)
        return;
    if (pending->timer)
        pending->timer->stop();

    HttpResult result;
    result.attempts = pending->attempt;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    const QString where = displayUrl(pending->request.url);
    RetryPolicy::Failure failure = RetryPolicy::Failure::Http;

    if (timedOut) {
        result.error = HttpResult::Error::Timeout;
        failure = RetryPolicy::Failure::Timeout;
        result.message = tr("%1 did not answer within %2 seconds.")
                             .arg(where)
                             .arg(std::chrono::duration_cast<std::chrono::seconds>(pending->request.timeout).count());
    } else if (reply->error() != QNetworkReply::NoError && result.status == 0) {
        const QNetworkReply::NetworkError error = reply->error();
        result.neverArrived = neverConnected(error);
        if (isTlsError(error)) {
            result.error = HttpResult::Error::Tls;
            failure = RetryPolicy::Failure::Tls;
            // QNAM keeps a failed connection's TLS settings for the host; forget them, so a
            // corrected CA setting takes effect on the next request.
            m_manager->clearConnectionCache();
            result.message = tr("The secure connection to %1 failed: %2. The server's certificate is not trusted "
                                "(expired, self-signed or for another name); check the address and the CA "
                                "certificate setting.")
                                 .arg(where, reply->errorString());
        } else if (error == QNetworkReply::OperationCanceledError) {
            result.error = HttpResult::Error::Cancelled;
            result.message = tr("Cancelled.");
        } else if (error == QNetworkReply::ContentReSendError) {
            // A request that must not be repeated lost its connection before the answer.
            result.error = HttpResult::Error::Network;
            failure = RetryPolicy::Failure::Network;
            result.message = tr("the connection to %1 closed before it answered").arg(where);
        } else {
            result.error = HttpResult::Error::Network;
            failure = RetryPolicy::Failure::Network;
            result.message = tr("%1 could not be reached: %2").arg(where, reply->errorString());
        }
    } else {
        Q_EMIT serverReached();
        if (result.status < 200 || result.status >= 300) {
            result.error = HttpResult::Error::Http;
            const QString words = serverWords(result.body);
            if (result.status == 401 || result.status == 403)
                result.message = tr("%1 refused the credentials (HTTP %2). Check the access key and secret key.")
                                     .arg(where)
                                     .arg(result.status);
            else if (result.status == 404)
                result.message = tr("%1 was not found (HTTP 404): check the account id and the address.").arg(where);
            else
                result.message = tr("%1 answered HTTP %2%3").arg(where).arg(result.status)
                                     .arg(words.isEmpty() ? QString() : QStringLiteral(": ") + words);
        } else if (pending->request.expectJson) {
            QJsonParseError parseError;
            result.json = QJsonDocument::fromJson(result.body, &parseError);
            if (parseError.error != QJsonParseError::NoError || result.json.isNull()) {
                result.error = HttpResult::Error::BadReply;
                failure = RetryPolicy::Failure::Network;   // a cut-off body is worth another try
                result.message = tr("%1 sent a reply that is not valid JSON (%2 at byte %3 of %4).")
                                     .arg(where, parseError.errorString())
                                     .arg(parseError.offset)
                                     .arg(result.body.size());
            } else if (result.json.object().value(QLatin1String("status")).toString() == QLatin1String("error")) {
                result.error = HttpResult::Error::Remote;
                failure = RetryPolicy::Failure::Network;
                const QString words = serverWords(result.body);
                result.message = tr("%1 reported an error: %2").arg(where, words.isEmpty() ? tr("no reason given") : words);
            }
        }
    }
    if (result.error == HttpResult::Error::Network || result.error == HttpResult::Error::Timeout)
        Q_EMIT networkUnreachable(result.message);

    bool retryable = result.error != HttpResult::Error::None && result.error != HttpResult::Error::Cancelled
                     && m_policy.shouldRetry(pending->attempt, failure, result.status);
    if (retryable && !pending->request.retryAmbiguous) {
        // Only what certainly had no effect on the server may be repeated here.
        retryable = result.neverArrived || (result.error == HttpResult::Error::Http && result.status == 429);
    }
    if (!retryable) {
        complete(pending, result);
        return;
    }
    const auto retryAfter = RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    const auto delay = m_policy.delayAfter(pending->attempt, QRandomGenerator::global()->generateDouble(), retryAfter);
    pending->timer->disconnect();
    connect(pending->timer, &QTimer::timeout, this, [this, pending] {
        if (!pending->finished)
            attempt(pending);
    });
    pending->timer->start(delay);
}

void NetworkService::complete(const std::shared_ptr<Pending> &pending, HttpResult result)
{
    if (pending->finished)
        return;
    forget(pending);
    if (result.attempts == 0)
        result.attempts = pending->attempt;
    if (pending->done && pending->receiver)
        pending->done(result);
}

void NetworkService::forget(const std::shared_ptr<Pending> &pending)
{
    if (std::exchange(pending->finished, true))
        return;
    disconnect(pending->receiverGone);
    if (QNetworkReply *reply = pending->reply.data(); reply != nullptr)
        reply->abort();   // its finished() finds the request already ended
    if (pending->timer) {   // after the abort, whose last progress signal restarts it
        pending->timer->stop();
        pending->timer->deleteLater();
        pending->timer = nullptr;
    }
    m_active.removeOne(pending);
}

} // namespace anchor::sync
