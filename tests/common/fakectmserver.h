#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace anchor::testing {

class FakeHttpsServer;
struct HttpRequest;
struct HttpResponse;

// CallTrackingMetrics API v1 as described in shared/api/ctm.md, served over real HTTPS on
// 127.0.0.1 for the sync tests: accounts, paged calls, one call, sale and notes writes, Basic
// auth; plus faults injected at the byte level and the data quirks the real service has.
//
//   FakeCtmServer ctm;
//   QVERIFY(ctm.start());
//   ctm.setCredentials("key", "secret");
//   ctm.addCalls(123, 400, 1000, 1767225600);    // account 123, ids 1000..1399
//   client.setBaseUrl(ctm.baseUrl());            // trust FakeCtmServer::caCertificatePath()
//
// Routes under /api/v1/, with or without ".json": GET accounts, accounts/{id}, accounts/{id}/calls,
// accounts/{id}/calls/{call}; GET/POST/DELETE .../calls/{call}/sale; PUT .../calls/{call}/modify.
// Lists: page (from 1), per_page (default 10, more than 150 is a 400), start_date/end_date (whole
// UTC days, both included, against unix_time, else called_at), filter (text anywhere in the call);
// newest first, then highest id. A GET of the sale of an unrated call answers its fields as null.
// Unknown paths 404, wrong methods 405, always with a JSON {"error": ...}.
//
// Lives in the thread that created it; that thread must run an event loop while a client talks
// to it (QTRY_*, QSignalSpy::wait, QEventLoop).
class FakeCtmServer : public QObject
{
    Q_OBJECT

public:
    enum class Certificate {
        Valid,        // signed by the test CA, SAN 127.0.0.1 and localhost
        Expired,      // signed by the test CA, expired in 2021
        SelfSigned,   // not from the test CA
    };

    // Each injected fault takes over the next `times` requests whose path contains `pathContains`
    // (an empty string matches every request); faults are consulted in the order injected.
    // TooManyRequests, BadGatewayHtml, StatusErrorAt200 and ServerError500 answer instead of the
    // API, so a write is NOT applied; Slow, TruncatedJson and CloseMidBody spoil the API's real
    // answer, so a write IS applied (the client cannot tell whether it was).
    enum class Fault {
        TooManyRequests,    // 429, Retry-After: <param> seconds, JSON body
        BadGatewayHtml,     // 502, text/html body (a proxy's page)
        TruncatedJson,      // the real status, the first half of the body, Content-Length to match
        StatusErrorAt200,   // 200 {"status":"error","message":"Internal failure"}
        Slow,               // waits <param> ms, then the real answer
        CloseMidBody,       // headers with the full Content-Length, half the body, then the socket closes
        ServerError500,     // 500 {"error":"Internal Server Error"}
    };

    struct Request
    {
        QByteArray method;
        QString path;               // decoded, e.g. "/api/v1/accounts/5/calls.json"
        QUrlQuery query;
        QByteArray body;
        QByteArray authorization;   // the Authorization header as sent
        int connection = 0;         // which TLS connection carried it: 1, 2, ...
    };

    explicit FakeCtmServer(QObject *parent = nullptr);
    ~FakeCtmServer() override;

    // Listens on 127.0.0.1, random port. Starting again (e.g. with another certificate) drops the
    // open connections and changes the port; the data stays.
    bool start(Certificate certificate = Certificate::Valid);
    void stop();
    QUrl baseUrl() const;   // "https://127.0.0.1:<port>/api/v1/"
    static QString caCertificatePath();   // tests/fixtures/tls/ca.crt: what a client trusts in addition

    // HTTP Basic: access key as user, secret key as password. A wrong or missing Authorization
    // answers 401 {"error":"Unauthorized"}. Until this is called any request is let in.
    void setCredentials(const QString &accessKey, const QString &secretKey);

    // An account named in a path that was never added answers 404. addCall/addCalls add the account
    // (named "Account <id>") if needed.
    void addAccount(qint64 id, const QString &name);
    // Stored as given, odd types included; an existing call with the same "id" is replaced.
    void addCall(qint64 accountId, const QJsonObject &call);
    // `count` realistic calls with ids firstId .. firstId + count - 1; the highest id is the newest,
    // at newestUnixTime, the others 15 to 60 minutes apart. Every field of ctm.md (about one call in
    // five rated with an embedded "sale", the rest "sale": null; unanswered ones without agent or
    // audio). transcriptBytes > 0 gives every call a transcription_text of exactly that many bytes.
    // Deterministic: the same arguments give the same calls.
    void addCalls(qint64 accountId, int count, qint64 firstId, qint64 newestUnixTime, int transcriptBytes = 0);
    // The server-side record (incl. "sale" after a POST, "notes" after a modify); empty if none.
    QJsonObject call(qint64 accountId, qint64 callId) const;
    QList<QJsonObject> calls(qint64 accountId) const;   // as stored, in insertion order
    // Simulates an edit made in CTM; an undefined value removes the field.
    void setCallField(qint64 accountId, qint64 callId, const QString &field, const QJsonValue &value);
    void removeCall(qint64 accountId, qint64 callId);

    void injectFault(Fault fault, const QString &pathContains, int times = 1, int param = 0);
    void clearFaults();

    // Page N+1 starts with the last call of page N (as when a new call pushes the list down
    // between two page reads); the pages still cover every call. Needs per_page >= 2.
    void setDuplicateAcrossPages(bool on) { m_duplicateAcrossPages = on; }
    // "id", "duration" and "unix_time" of calls go out as JSON strings ("729485").
    void setNumbersAsStrings(bool on) { m_numbersAsStrings = on; }

    QList<Request> requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    int connectionsAccepted() const;   // TLS connections; fewer than requests means keep-alive
    int failedHandshakes() const;      // connections whose TLS handshake failed (certificate refused)

    static constexpr int MaxPerPage = 150;
    static constexpr int DefaultPerPage = 10;

Q_SIGNALS:
    void requestReceived(const QString &path);

private:
    struct Account
    {
        QString name;
        QList<QJsonObject> calls;
    };
    struct PendingFault
    {
        Fault fault;
        QString pathContains;
        int times;
        int param;
    };

    HttpResponse handle(const HttpRequest &request);
    HttpResponse route(const HttpRequest &request);
    HttpResponse listAccounts(const HttpRequest &request);
    HttpResponse listCalls(const HttpRequest &request, const Account &account);
    // The CTM envelope around one page of `items`; next_page/previous_page are absolute URLs.
    HttpResponse page(const HttpRequest &request, const QString &key, const QList<QJsonObject> &items,
                      bool overlapping);
    HttpResponse sale(const HttpRequest &request, QJsonObject &call);
    HttpResponse modify(const HttpRequest &request, QJsonObject &call);
    bool authorized(const HttpRequest &request) const;
    QJsonObject wireCall(const QJsonObject &call) const;
    QJsonObject *findCall(qint64 accountId, qint64 callId);
    Account &account(qint64 accountId);

    FakeHttpsServer *m_http;
    QMap<qint64, Account> m_accounts;
    QByteArray m_credentials;   // "key:secret"; empty: no check
    QList<PendingFault> m_faults;
    QList<Request> m_requests;
    bool m_duplicateAcrossPages = false;
    bool m_numbersAsStrings = false;
};

} // namespace anchor::testing
