#pragma once

#include "mailguneventparser.h"
#include "networkservice.h"

#include <emailtypes.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

namespace anchor::sync {

// Mailgun's API host for the connection: its baseUrl when set (tests, proxies), else the
// region's (https://api.mailgun.net, https://api.eu.mailgun.net). No trailing slash.
QUrl mailgunBaseUrl(const storage::MailgunConnection &connection);

// A file sent with a message; its presence makes the request multipart/form-data.
struct MailgunAttachment
{
    QString fileName;
    QByteArray contentType = "application/octet-stream";
    QByteArray data;
};

// What one Mailgun request came to, sorted by what the caller has to do about it
// (shared/api/mailgun.md, Errors).
struct MailgunResult
{
    enum class Error {
        None,
        BadInput,        // 400 (or refused here before sending: too large, options over 16 KB): this message fails
        WrongKey,        // 401: the API key is wrong (or for another region); stop the scope
        NotAllowed,      // 403: the domain may not send (or the key may not use it); stop the scope
        NotFound,        // 404: unknown domain for this region (can be temporary)
        RateLimited,     // 420/429: nothing was accepted; wait retryAfter, then go on
        Server,          // 5xx after the retries (reads only)
        Network,         // the server could not be reached; nothing arrived
        Tls,             // the certificate was refused; never ignored
        Ambiguous,       // a send that may have been accepted: timeout, connection lost, 5xx, unreadable answer
        BadReply,        // a 2xx that is not the JSON expected (reads only)
        Configuration,   // no domain, no key, a bad address or CA file
        Cancelled,
    };

    Error error = Error::None;
    int status = 0;
    QString message;                        // for people; never the key
    std::chrono::milliseconds retryAfter{0};   // RateLimited: how long Mailgun asked us to wait
    QJsonObject json;                       // the answer's JSON object, when it had one
    QString messageId;                      // sendMessage: Mailgun's id without angle brackets

    bool ok() const { return error == Error::None; }
    // Nothing more can go out through this connection until the user fixes its settings.
    bool stopsScope() const { return error == Error::WrongKey || error == Error::NotAllowed || error == Error::Configuration; }
};

// One page of a suppression list.
struct SuppressionPage
{
    QList<storage::SuppressionEntry> entries;
    int itemCount = 0;      // items on the page, readable or not
    QStringList problems;   // items that could not be read
    QUrl next;              // invalid at the end
};

// Mailgun's HTTP API for one connection and key: sending, events, suppressions, and the checks
// the settings dialog offers ("Test connection", "Send test message"). Every call is
// asynchronous; `done` runs once, on this object's thread, and never after it is destroyed.
// HTTP Basic user "api", the key as password; the key goes nowhere else.
class MailgunClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailgunClient)

public:
    MailgunClient(NetworkService *network, storage::MailgunConnection connection, QString apiKey,
                  QObject *parent = nullptr);

    using Done = std::function<void(const MailgunResult &result)>;

    // POST /v3/{domain}/messages. Urlencoded, or multipart when there are attachments. Never
    // repeated automatically after the request may have arrived: such failures come back as
    // Ambiguous and the caller checks the events before sending again.
    void sendMessage(const storage::OutgoingMessage &message, Done done, const QList<MailgunAttachment> &attachments = {});

    // GET /v3/domains/{domain}: ok, or a message naming the problem (wrong key, unknown domain
    // for this region, certificate, network).
    void testConnection(Done done);
    // A short plain message from the connection's sender to `to`, tagged "anchor-test".
    void sendTestMessage(const QString &to, Done done);

    // The first events page: ascending from `begin`, 300 a page; optional filters.
    QUrl eventsUrl(const QDateTime &begin, const QString &recipient = {}, const QString &eventType = {}) const;
    using EventsDone = std::function<void(const MailgunResult &result, const EventPage &page)>;
    // One events page (the first URL or a paging.next, followed verbatim).
    void fetchEvents(const QUrl &url, EventsDone done);

    // Whether an `accepted` event for `recipient` since `since` carries anchor-key `idempotencyKey`
    // in its user-variables: the check before sending an uncertain message again. On success
    // `messageId` is set when it was found (empty: Mailgun never accepted it).
    using AcceptedDone = std::function<void(const MailgunResult &result, bool found, const QString &messageId)>;
    void findAccepted(const QString &recipient, const QString &idempotencyKey, const QDateTime &since, AcceptedDone done);

    enum class SuppressionList { Bounces, Unsubscribes, Complaints };
    QUrl suppressionsUrl(SuppressionList list) const;   // limit 1000
    using SuppressionsDone = std::function<void(const MailgunResult &result, const SuppressionPage &page)>;
    void fetchSuppressions(SuppressionList list, const QUrl &url, SuppressionsDone done);

    const storage::MailgunConnection &connection() const { return m_connection; }
    // The key is only ever sent back to the configured host.
    bool sameServer(const QUrl &url) const;

    // The request sendMessage would make, or nullopt with `error` set when it is refused before
    // sending (too large, options over 16 KB, no recipient). For tests and size checks.
    std::optional<HttpRequest> messageRequest(const storage::OutgoingMessage &message,
                                              const QList<MailgunAttachment> &attachments, MailgunResult *error) const;

    static constexpr int kEventsPerPage = 300;
    static constexpr int kSuppressionsPerPage = 1000;
    static constexpr int kMaxTags = 3;
    static constexpr qsizetype kMaxOptionsBytes = 16 * 1024;
    static constexpr qsizetype kMaxMessageBytes = 25 * 1024 * 1024;
    static constexpr int kAcceptedLookbackMinutes = 5;

    // Maps a NetworkService result to what it means for Mailgun; `isSend` makes the failures
    // after which the message may have been accepted Ambiguous.
    static MailgunResult mapResult(const HttpResult &http, bool isSend, const storage::MailgunConnection &connection);

    // "Jane Doe <jane@example.com>", the name quoted when it needs to be (RFC 5322).
    static QString mailbox(const QString &name, const QString &address);

private:
    HttpRequest request(const QUrl &url) const;
    MailgunResult precheck() const;
    void findAcceptedPage(const QUrl &url, const QString &key, int pages, AcceptedDone done);

    NetworkService *m_network;
    storage::MailgunConnection m_connection;
    QString m_apiKey;
    QUrl m_base;
};

} // namespace anchor::sync
