#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <chrono>
#include <functional>

class QJsonObject;
class QSslServer;
class QSslSocket;

namespace anchor::testing {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One HTTP/1.1 request as it arrived on the wire.
struct HttpRequest
{
    QByteArray method;
    QByteArray target;       // request-target as sent, still encoded: "/api/v1/x.json?page=2"
    QByteArray version;      // "HTTP/1.1"
    HttpHeaders headers;     // in arrival order, names as sent
    QByteArray body;
    int connection = 0;      // which connection it came on: 1 for the first one accepted, ...

    QByteArray header(const QByteArray &name) const;   // case-insensitive; empty when absent
    QByteArray encodedPath() const;                   // target up to '?'
    QByteArray encodedQuery() const;                  // target after '?', still encoded
    QString path() const;                             // percent-decoded
    QUrlQuery query() const { return QUrlQuery(QString::fromLatin1(encodedQuery())); }
};

// The answer, including the byte-level misbehaviour a test may ask for. Content-Length and
// Connection are always written by the server; do not put them in `headers`.
struct HttpResponse
{
    int status = 200;
    HttpHeaders headers;
    QByteArray body;
    std::chrono::milliseconds delay{0};   // wait this long before sending a single byte
    qsizetype bodyBytesBeforeClose = -1;  // >= 0: announce the whole body, send only this many bytes, close
    bool closeAfter = false;              // close the connection once this answer is out
    bool dropWithoutAnswer = false;       // close the connection without sending a single byte

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse text(int status, const QByteArray &contentType, const QByteArray &body);
};

// A real HTTPS server on 127.0.0.1 (random port) speaking HTTP/1.1 itself, so the tests control
// every byte: keep-alive, pipelined requests answered in order, "Connection: close", answers cut
// short. Each request goes to a handler that returns the response. The certificates come from
// tests/fixtures/tls. Lives in the thread that created it; that thread must run an event loop
// while clients talk to it (QTRY_*, QSignalSpy::wait, QEventLoop).
class FakeHttpsServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit FakeHttpsServer(Handler handler, QObject *parent = nullptr);
    ~FakeHttpsServer() override;

    // A file in tests/fixtures/tls, e.g. "ca.crt".
    static QString tlsFixturePath(const QString &fileName);

    // PEM files; listens on a new random port (or `port`). Listening again drops every open connection.
    bool listen(const QString &certificateFile, const QString &keyFile, quint16 port = 0);
    void close();   // stops listening and drops every open connection
    bool isListening() const;
    quint16 port() const;

    int connectionsAccepted() const { return m_accepted; }   // TLS handshake completed
    int failedHandshakes() const { return m_failedHandshakes; }   // e.g. the client refused the certificate
    int openConnections() const { return int(m_connections.size()); }

private:
    class Connection;

    void acceptPending();
    void socketError(QSslSocket *socket);
    void dropConnections();

    Handler m_handler;
    QSslServer *m_server = nullptr;
    QList<Connection *> m_connections;
    int m_accepted = 0;
    int m_failedHandshakes = 0;
};

} // namespace anchor::testing
