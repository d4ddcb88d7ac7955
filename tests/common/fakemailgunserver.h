#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace anchor::testing {

class FakeHttpsServer;
struct HttpRequest;
struct HttpResponse;

// Mailgun's HTTP API as described in shared/api/mailgun.md, served over real HTTPS on 127.0.0.1
// for the sync tests and the crash test: sending (recording every message, to prove none went
// twice), events with opaque next URLs, suppressions, the domain check, Basic auth "api:<key>",
// and faults injected at the byte level.
//
//   FakeMailgunServer mailgun;
//   QVERIFY(mailgun.start());
//   mailgun.setApiKey("key-1");
//   mailgun.addDomain("mg.example.com");
//   connection.baseUrl = mailgun.baseUrl().toString();   // trust caCertificatePath()
//
// Routes: POST /v3/{domain}/messages (urlencoded or multipart; answers {"id":"<..@domain>",
// "message":"Queued. Thank you."} and logs an `accepted` event, plus `delivered` when
// auto-delivery is on); GET /v3/{domain}/events (begin/end epoch seconds, ascending=yes|no,
// limit <= 300, recipient, event with "a OR b", message-id) and GET /v3/{domain}/events/<token>
// (the opaque next URL; an empty page at the end, whose next is itself, so polling works);
// GET /v3/{domain}/bounces|unsubscribes|complaints (limit <= 1000, paging ?page=next&address=);
// GET /v3/domains/{domain}. Events are ordered by timestamp, then by arrival; an event added
// with a timestamp before a page already served is not on the next URL (as on Mailgun: hence the
// overlap window).
//
// Test routes (no auth): GET /_test/messages -> {"count":n,"items":[message...]};
// POST /_test/faults {"fault":"accept-then-drop","path":"messages","times":1,"param":0};
// POST /_test/events {"domain":"mg.example.com","event":{...}}.
//
// Lives in the thread that created it; that thread must run an event loop while a client talks
// to it (QTRY_*, QSignalSpy::wait, QEventLoop).
class FakeMailgunServer : public QObject
{
    Q_OBJECT

public:
    // Each injected fault takes over the next `times` requests whose path contains `pathContains`
    // (empty matches all), in the order injected. TooManyRequests, RateLimited420, ServerErrorHtml
    // answer instead of the API, so a message is NOT accepted; Slow, AcceptThenDrop and
    // AcceptThenServerError let the API act first, so a message IS accepted (the client cannot tell).
    enum class Fault {
        TooManyRequests,         // 429, Retry-After: <param> seconds, {"message": ...}
        RateLimited420,          // 420, X-Request-Reset: now + <param> ms (epoch ms), {"message": ...}
        ServerErrorHtml,         // 502, text/html (a proxy's page)
        Slow,                    // waits <param> ms, then the real answer
        AcceptThenDrop,          // the real work done, then the connection closes without a byte
        AcceptThenServerError,   // the real work done, then 500 text/html
    };

    struct Attachment
    {
        QString fileName;
        QByteArray contentType;
        qsizetype size = 0;
    };

    struct Message
    {
        QString id;                 // without angle brackets
        QString domain;
        QString from;
        QString to;                 // as sent: "Name <addr>"
        QString toAddress;          // the bare address, lower-cased
        QString subject;
        QString html;
        QString text;
        QStringList tags;           // o:tag
        QMap<QString, QString> variables;   // v:<name> -> value
        QMap<QString, QString> headers;     // h:<name> -> value
        QList<QPair<QString, QString>> fields;   // every form field, in order
        QList<Attachment> attachments;
        bool multipart = false;
        QDateTime receivedAt;

        QString anchorKey() const { return variables.value(QStringLiteral("anchor-key")); }
        QJsonObject toJson() const;
    };

    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray body;
        QByteArray authorization;
        QByteArray contentType;
        int connection = 0;
    };

    explicit FakeMailgunServer(QObject *parent = nullptr);
    ~FakeMailgunServer() override;

    // Listens on 127.0.0.1 (`port`, 0 = random) with the test certificate (or the given files).
    bool start(quint16 port = 0, const QString &certificateFile = {}, const QString &keyFile = {});
    void stop();
    QUrl baseUrl() const;   // "https://127.0.0.1:<port>"
    quint16 port() const;
    static QString caCertificatePath();

    // Requests must carry Basic "api:<key>"; otherwise 401 text/plain "Forbidden". Until this is
    // called anything is let in.
    void setApiKey(const QString &key) { m_apiKey = key; }
    // Unknown domains answer 404; a domain not allowed to send answers 403 to messages.
    void addDomain(const QString &domain, bool allowedToSend = true);
    void setAllowedToSend(const QString &domain, bool allowed);
    // Messages to `address` are refused with 400 {"message": message} (Mailgun's bad-input answer).
    void rejectAddress(const QString &address, const QString &message) { m_rejected.insert(address.toLower(), message); }
    // Log a `delivered` event half a second after each `accepted` one.
    void setAutoDeliver(bool on) { m_autoDeliver = on; }

    QList<Message> messages() const { return m_messages; }
    int messageCount() const { return int(m_messages.size()); }
    QList<Message> messagesTo(const QString &address) const;
    int countWithAnchorKey(const QString &key) const;

    // Events as the Events API shows them. eventFor builds a realistic item about a message
    // received here (`type` accepted, delivered, failed, opened, clicked, unsubscribed,
    // complained, ...) at `timestamp` (epoch seconds; 0 = now); tweak it and addEvent it.
    QJsonObject eventFor(const Message &message, const QString &type, double timestamp = 0) const;
    // Stored as given (a missing "id" stays missing; the same id twice is served twice).
    void addEvent(const QString &domain, const QJsonObject &event);
    QList<QJsonObject> events(const QString &domain) const;

    enum class SuppressionList { Bounces, Unsubscribes, Complaints };
    void addSuppression(const QString &domain, SuppressionList list, const QJsonObject &item);

    void injectFault(Fault fault, const QString &pathContains, int times = 1, int param = 0);
    void clearFaults() { m_faults.clear(); }
    static bool faultFromName(const QString &name, Fault *fault);   // "accept-then-drop", ...

    QList<Request> requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    int connectionsAccepted() const;

    static constexpr int MaxEventsLimit = 300;
    static constexpr int MaxSuppressionsLimit = 1000;

Q_SIGNALS:
    void messageReceived(const QString &anchorKey);

private:
    struct Domain
    {
        bool allowedToSend = true;
        // Sorted by (timestamp, sequence): the order the Events API pages in.
        QList<QPair<QPair<double, qint64>, QJsonObject>> events;
        QHash<int, QList<QJsonObject>> suppressions;
    };
    struct PendingFault
    {
        Fault fault;
        QString pathContains;
        int times;
        int param;
    };

    HttpResponse handle(const HttpRequest &request);
    HttpResponse route(const HttpRequest &request, bool *accepted);
    HttpResponse testRoute(const HttpRequest &request);
    HttpResponse receiveMessage(const HttpRequest &request, const QString &domainName, Domain &domain);
    HttpResponse eventsPage(const QString &domainName, const Domain &domain, const QJsonObject &state);
    HttpResponse suppressionsPage(const HttpRequest &request, const QString &domainName, const Domain &domain,
                                  const QString &listName);
    bool authorized(const HttpRequest &request) const;
    void logEvent(Domain &domain, const QJsonObject &event);

    FakeHttpsServer *m_http;
    QString m_apiKey;
    QMap<QString, Domain> m_domains;
    QHash<QString, QString> m_rejected;
    QList<Message> m_messages;
    QList<PendingFault> m_faults;
    QList<Request> m_requests;
    bool m_autoDeliver = false;
    qint64 m_sequence = 0;
};

} // namespace anchor::testing
